// The first-run choice, through a stand-in document and a fake backend:
// with no journal yet, the lock screen's place holds one calm choice —
// the login on this computer, a passphrase, or not now — under the same
// covers; a short or mismatched passphrase is caught before any call; the
// choice is sent with exactly the arguments the backend expects; a keychain
// that can't keep the key moves the choice to a passphrase; with the login,
// the recovery key is shown before the app opens, holding the screen until
// the person goes on; and once the journal exists the app is uncovered as
// after an unlock.

import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';

import { FakeEvent, installDom, installTauri, removeDom, removeTauri, settle, deferred } from './fake-dom.mjs';
import {
  FIRST_RUN_TITLE, KEPT_IT, LOGIN_HINT, RECOVERY_LATER, firstRun,
} from '../../ui/components/first-run.js';
import { lockScreen, screenFor } from '../../ui/components/lock-screen.js';
import { resetLockStatus } from '../../ui/lib/lock-status.js';
import { NO_KEYCHAIN } from '../../ui/lib/passphrase.js';
import {
  RECOVERY_ABOUT, fillRecoveryKey, recoveryGroups, recoveryKeyElement, spelt,
} from '../../ui/lib/recovery-key.js';

let doc;
let calls;

const $ = (sel) => doc.body.querySelector(sel);
const callsOf = (cmd) => calls.filter((c) => c.cmd === cmd);

const BASE = {
  state: 'new', keeper: 'none', previousKept: false, autoLockMinutes: 0, notificationsShowText: false,
  loginAvailable: true, loginProblem: null,
};
const NEW = BASE;
const NEW_NO_KEYCHAIN = { ...BASE, loginAvailable: false };
const made = (keeper) => ({
  ...BASE, state: 'open', keeper,
  autoLockMinutes: keeper === 'none' ? 0 : 10,
});
const KEYCHAIN = { kind: 'keychain', message: 'This computer’s keychain couldn’t keep the key just now, so please choose a passphrase.' };
const CODE = '7K2M 9QXR 0ABC DEFG HJKM NPQR STVW XYZ0 1234 5678 9ABC DEFG HJKM';
const CROCKFORD_CODE = /^([0-9A-HJKMNP-TV-Z]{4} ){12}[0-9A-HJKMNP-TV-Z]{4}$/;

beforeEach(() => {
  doc = installDom();
  resetLockStatus();
});
afterEach(() => {
  resetLockStatus();
  removeDom();
  removeTauri();
});

/** The app's shell and the lock screen's host, as in index.html. */
function mount(status, handlers = {}) {
  calls = installTauri(handlers);
  const shell = doc.createElement('div');
  shell.className = 'shell';
  const host = doc.createElement('div');
  host.id = 'lock-screen';
  host.hidden = true;
  doc.body.append(shell, host);
  const unlocked = [];
  const screen = lockScreen(host, { covers: [shell, $('#toast')], onUnlocked: (s) => unlocked.push(s) });
  screen.show(status, { atStart: true });
  return { screen, host, shell, unlocked };
}

const radio = (value) => $(`#first-run-keeper-${value}`);
const chosen = () => ['login', 'passphrase', 'none'].find((v) => radio(v).checked);

function start() {
  $('#first-run-form').dispatchEvent(new FakeEvent('submit'));
}

describe('first run: what it shows', () => {
  it('stands in for the lock screen while there is no journal, covering everything', () => {
    assert.equal(screenFor(NEW), 'first-run');
    const { screen, host, shell } = mount(NEW);
    assert.equal(screen.shown, true);
    assert.equal(screen.kind, 'first-run');
    assert.equal(screen.title, FIRST_RUN_TITLE);
    assert.equal(FIRST_RUN_TITLE, 'Welcome');
    assert.equal(host.children.length, 1);
    assert.equal(host.children[0], $('#first-run'));
    assert.equal($('#unlock-passphrase'), null, 'nothing to unlock yet');
    for (const el of [shell, $('#toast')]) {
      assert.ok(el.hasAttribute('inert'));
      assert.equal(el.getAttribute('aria-hidden'), 'true');
      assert.ok(el.classList.contains('is-covered'));
    }
    assert.equal(callsOf('unlock_with_login').length, 0, 'no journal: nothing to open by itself');
  });

  it('welcomes, says what the choice is about, and is read from the top', () => {
    mount(NEW);
    const card = $('#first-run');
    assert.equal(card.getAttribute('aria-labelledby'), 'first-run-heading');
    assert.equal($('#first-run-heading').textContent, 'Welcome to Interlude');
    assert.equal($('#first-run-heading').localName, 'h1');
    assert.equal($('#first-run-about').textContent,
      'What you write here stays on this computer. Choose how to keep it private — you can change this later in Settings.');
    assert.equal(doc.activeElement, $('#first-run-heading'), 'focus starts at the welcome');
    assert.equal($('#first-run-heading').getAttribute('tabindex'), '-1');
  });

  it('offers three labelled choices in one group, the login first and chosen when the keychain answered', () => {
    mount(NEW);
    const group = $('#first-run-keeper');
    assert.equal(group.localName, 'fieldset');
    assert.equal(group.querySelector('legend').textContent, 'Keep my journal private with…');
    const radios = group.querySelectorAll('input[type="radio"]');
    assert.deepEqual(radios.map((r) => r.value), ['login', 'passphrase', 'none']);
    for (const r of radios) {
      assert.equal(r.getAttribute('name'), 'keeper');
      assert.ok(r.closest('label'), `${r.value} has a label`);
      assert.ok($(`#${r.getAttribute('aria-describedby')}`), `${r.value} has its hint`);
    }
    assert.deepEqual(radios.map((r) => r.closest('label').textContent),
      ['My login on this computer', 'A passphrase', 'Not now']);
    assert.equal($('#first-run-keeper-login-hint').textContent, 'Opens by itself when you’re logged in. Nothing to remember.');
    assert.equal(LOGIN_HINT, $('#first-run-keeper-login-hint').textContent);
    assert.match($('#first-run-keeper-passphrase-hint').textContent, /forgotten, nobody can recover it/);
    assert.equal($('#first-run-keeper-none-hint').textContent,
      'Your journal is kept unencrypted. You can protect it later in Settings → Privacy and lock.');
    assert.equal(chosen(), 'login');
    assert.equal(radio('login').disabled, false);
    assert.equal($('#first-run-passphrase-fields').hidden, true, 'no passphrase fields unless one is chosen');

    assert.equal($('#first-run-start').textContent, 'Start my journal');
    assert.equal($('#first-run-start').type, 'submit');
    assert.equal($('#first-run-start').closest('form'), $('#first-run-form'));
    assert.equal($('#first-run-problem').getAttribute('role'), 'alert');
    assert.equal($('#first-run-status').getAttribute('role'), 'status');
  });

  it('without a keychain, says so plainly, leaves the login out of reach and chooses a passphrase', () => {
    mount(NEW_NO_KEYCHAIN);
    assert.equal(radio('login').disabled, true);
    assert.equal($('#first-run-keeper-login-hint').textContent, NO_KEYCHAIN);
    assert.match(NO_KEYCHAIN, /no keychain Interlude can use, so a passphrase is the way to protect/);
    assert.ok($('#first-run-keeper-login').closest('.keeper-choice').classList.contains('is-unavailable'));
    assert.equal(chosen(), 'passphrase');
    assert.equal($('#first-run-passphrase-fields').hidden, false);
    radio('login').click();
    assert.equal(chosen(), 'passphrase', 'a disabled choice can’t be taken');
  });

  it('shows the two passphrase fields only while a passphrase is chosen', () => {
    mount(NEW);
    radio('passphrase').click();
    assert.equal($('#first-run-passphrase-fields').hidden, false);
    for (const id of ['first-run-passphrase', 'first-run-confirm']) {
      const field = $(`#${id}`);
      assert.equal(field.getAttribute('type'), 'password');
      assert.equal(field.getAttribute('autocomplete'), 'new-password');
      assert.ok($(`label[for="${id}"]`), `#${id} has a label`);
    }
    assert.match($('#first-run-passphrase-hint').textContent, /At least 8 characters/);
    radio('none').click();
    assert.equal($('#first-run-passphrase-fields').hidden, true);
    radio('login').click();
    assert.equal($('#first-run-passphrase-fields').hidden, true);
  });
});

describe('first run: starting the journal', () => {
  it('with the login: sends keeper "login" and no passphrase, shows the recovery key, then uncovers the app', async () => {
    const { screen, shell, unlocked } = mount(NEW, {
      create_journal: () => made('login'), get_recovery_key: () => ({ code: CODE }),
    });
    $('#first-run-start').click();
    await settle();
    assert.deepEqual(callsOf('create_journal').map((c) => c.args), [{ keeper: 'login', passphrase: null }]);
    assert.equal(screen.shown, true, 'the recovery key comes first');
    assert.deepEqual(unlocked, []);
    $('#first-run-continue').click();
    assert.equal(screen.shown, false);
    assert.equal(shell.hasAttribute('inert'), false);
    assert.equal(shell.hasAttribute('aria-hidden'), false);
    assert.deepEqual(unlocked, [made('login')], 'the app goes on as after an unlock');
  });

  it('not now: sends keeper "none"', async () => {
    const { unlocked } = mount(NEW, { create_journal: () => made('none') });
    radio('none').click();
    start();
    await settle();
    assert.deepEqual(callsOf('create_journal').map((c) => c.args), [{ keeper: 'none', passphrase: null }]);
    assert.equal(unlocked.length, 1);
    assert.equal(callsOf('get_recovery_key').length, 0, 'no key, no recovery key');
    assert.equal($('#recovery-step'), null);
  });

  it('catches a too-short passphrase, and a mismatch, without calling', async () => {
    mount(NEW, { create_journal: () => made('passphrase') });
    radio('passphrase').click();
    $('#first-run-passphrase').fill('seven c');
    $('#first-run-confirm').fill('seven c');
    start();
    await settle();
    assert.equal(callsOf('create_journal').length, 0);
    assert.equal($('#first-run-problem').textContent, 'Please use at least 8 characters.');
    assert.equal(doc.activeElement, $('#first-run-passphrase'));
    assert.equal($('#first-run-passphrase').getAttribute('aria-invalid'), 'true');

    $('#first-run-passphrase').fill('a quiet lake at dawn');
    assert.equal($('#first-run-problem').textContent, '', 'the note goes once the person types again');
    $('#first-run-confirm').fill('a quiet lake at dusk');
    start();
    await settle();
    assert.equal(callsOf('create_journal').length, 0);
    assert.match($('#first-run-problem').textContent, /don’t match/);
    assert.equal(doc.activeElement, $('#first-run-confirm'));
    assert.equal($('#first-run-confirm').selectionEnd, 'a quiet lake at dusk'.length, 'typing again replaces it');
  });

  it('with a passphrase: calmly busy while it is set up, asks once, then forgets the passphrase', async () => {
    const answer = deferred();
    const { screen, unlocked } = mount(NEW, { create_journal: () => answer.promise });
    radio('passphrase').click();
    $('#first-run-passphrase').fill('a quiet lake at dawn');
    $('#first-run-confirm').fill('a quiet lake at dawn');
    $('#first-run-start').click();
    start(); // Enter again meanwhile
    await settle();
    assert.deepEqual(callsOf('create_journal').map((c) => c.args),
      [{ keeper: 'passphrase', passphrase: 'a quiet lake at dawn' }]);
    assert.equal($('#first-run-form').getAttribute('aria-busy'), 'true');
    assert.equal($('#first-run-status').textContent, 'Setting up your journal…');
    assert.equal($('#first-run-form fieldset').disabled, true, 'the form rests while it works');
    assert.equal(doc.activeElement, $('#first-run-status'), 'focus waits on the status, not on a resting control');
    assert.equal(screen.shown, true);

    answer.resolve(made('passphrase'));
    await settle();
    assert.equal(screen.shown, false);
    assert.deepEqual(unlocked, [made('passphrase')]);
    assert.equal($('#first-run-passphrase').value, '', 'the passphrase does not linger in the page');
    assert.equal($('#first-run-confirm').value, '');
    assert.equal(callsOf('get_recovery_key').length, 0, 'a passphrase journal’s key is the passphrase’s');
    assert.equal($('#recovery-step'), null);
  });

  it('when the keychain can’t keep the key: moves to a passphrase, leaves the login out, and says why', async () => {
    let refused = 0;
    const { screen } = mount(NEW, {
      create_journal: ({ keeper }) => {
        if (keeper === 'login') {
          refused += 1;
          throw KEYCHAIN;
        }
        return made(keeper);
      },
    });
    $('#first-run-start').click();
    await settle();
    assert.equal(refused, 1);
    assert.equal(screen.shown, true);
    assert.equal(chosen(), 'passphrase');
    assert.equal(radio('login').disabled, true);
    assert.equal($('#first-run-passphrase-fields').hidden, false);
    assert.equal($('#first-run-problem').textContent, KEYCHAIN.message);
    assert.equal(doc.activeElement, $('#first-run-passphrase'), 'ready for the passphrase');
    assert.equal($('#first-run-form').hasAttribute('aria-busy'), false);
    assert.equal($('#first-run-form fieldset').disabled, false);
    assert.equal(callsOf('get_recovery_key').length, 0);
    assert.equal($('#recovery-step'), null);

    // A later status saying the keychain answered doesn't offer it again.
    screen.show({ ...NEW, loginAvailable: true });
    assert.equal(radio('login').disabled, true);
    assert.equal(chosen(), 'passphrase');

    $('#first-run-passphrase').fill('a quiet lake at dawn');
    $('#first-run-confirm').fill('a quiet lake at dawn');
    start();
    await settle();
    assert.deepEqual(callsOf('create_journal').at(-1).args, { keeper: 'passphrase', passphrase: 'a quiet lake at dawn' });
    assert.equal(screen.shown, false);
  });

  it('shows the backend’s reason for a passphrase it won’t take, keeping what was typed', async () => {
    const { screen } = mount(NEW, {
      create_journal: () => { throw { kind: 'invalid', message: 'Please use at least 8 characters.' }; },
    });
    radio('passphrase').click();
    $('#first-run-passphrase').fill('eight ch');
    $('#first-run-confirm').fill('eight ch');
    start();
    await settle();
    assert.equal($('#first-run-problem').textContent, 'Please use at least 8 characters.');
    assert.equal(doc.activeElement, $('#first-run-passphrase'));
    assert.equal($('#first-run-passphrase').value, 'eight ch');
    assert.equal(screen.shown, true);
  });

  it('any other trouble is said calmly, and Start can be pressed again', async () => {
    let fail = true;
    const { screen } = mount(NEW, {
      create_journal: () => {
        if (fail) throw { kind: 'io', message: 'Interlude couldn’t write to its folder just now.' };
        return made('none');
      },
    });
    radio('none').click();
    start();
    await settle();
    assert.equal($('#first-run-problem').textContent, 'Interlude couldn’t write to its folder just now.');
    assert.equal(doc.activeElement, $('#first-run-start'));
    assert.equal($('#first-run-problem').classList.contains('is-error'), false, 'calm attention styling, not an error');
    fail = false;
    $('#first-run-start').click();
    await settle();
    assert.equal(screen.shown, false);
  });

  it('never uncovers a journal the answer says isn’t there yet', async () => {
    const { screen, unlocked } = mount(NEW, { create_journal: () => NEW });
    start();
    await settle();
    assert.equal(screen.shown, true);
    assert.deepEqual(unlocked, []);
    assert.match($('#first-run-problem').textContent, /didn’t set up your journal just now/);
  });
});

describe('first run: following the keychain', () => {
  it('offers the login once the keychain answers, if nothing was chosen yet', () => {
    const { screen } = mount(NEW_NO_KEYCHAIN);
    assert.equal(chosen(), 'passphrase');
    screen.show({ ...NEW, loginAvailable: true }); // a lock-changed event
    assert.equal(radio('login').disabled, false);
    assert.equal($('#first-run-keeper-login-hint').textContent, LOGIN_HINT);
    assert.equal(chosen(), 'login');
    assert.equal($('#first-run-passphrase-fields').hidden, true);
  });

  it('keeps what the person chose or started typing', () => {
    const { screen } = mount(NEW_NO_KEYCHAIN);
    $('#first-run-passphrase').fill('a quiet');
    screen.show({ ...NEW, loginAvailable: true });
    assert.equal(radio('login').disabled, false);
    assert.equal(chosen(), 'passphrase');
    assert.equal($('#first-run-passphrase').value, 'a quiet');
  });

  it('moves off the login when the keychain stops answering', () => {
    const { screen } = mount(NEW);
    screen.show(NEW_NO_KEYCHAIN);
    assert.equal(radio('login').disabled, true);
    assert.equal(chosen(), 'passphrase');
  });

  it('builds on its own for a status, too (the component without the lock screen)', () => {
    calls = installTauri({});
    const screen = firstRun(NEW_NO_KEYCHAIN);
    doc.body.append(screen.element);
    assert.equal(screen.element.id, 'first-run');
    screen.focus();
    assert.equal(doc.activeElement, $('#first-run-heading'));
    screen.update(null); // nothing known: nothing changes
    assert.equal(chosen(), 'passphrase');
  });
});

describe('first run: the recovery key of a login-kept journal', () => {
  const backend = (more = {}) => ({
    create_journal: () => made('login'), get_recovery_key: () => ({ code: CODE }), ...more,
  });

  it('shows it as a second step, read from its heading, before the app opens', async () => {
    const { screen, shell, unlocked } = mount(NEW, backend());
    $('#first-run-start').click();
    await settle();
    assert.deepEqual(callsOf('get_recovery_key').map((c) => c.args), [{}]);
    assert.equal(screen.shown, true);
    assert.equal(screen.kind, 'first-run');
    assert.ok(shell.hasAttribute('inert'), 'the app stays covered');
    assert.deepEqual(unlocked, []);

    const step = $('#recovery-step');
    assert.ok(step);
    assert.equal(step.closest('#first-run'), $('#first-run'), 'in the same card');
    assert.equal($('#recovery-heading').localName, 'h1');
    assert.equal($('#recovery-heading').textContent, 'Your recovery key');
    assert.equal(doc.activeElement, $('#recovery-heading'));
    assert.equal($('#recovery-heading').getAttribute('tabindex'), '-1');
    assert.equal($('#recovery-about').textContent, RECOVERY_ABOUT);
    assert.equal(RECOVERY_ABOUT, 'If this computer’s keychain is ever reset, this key opens your journal. '
      + 'Write it down and keep it somewhere safe, away from this computer.');
    assert.equal($('#first-run').getAttribute('aria-labelledby'), 'recovery-heading');
    assert.equal($('#first-run').getAttribute('aria-describedby'), 'recovery-about');
    for (const gone of ['#first-run-heading', '#first-run-about', '#first-run-form']) {
      assert.equal($(gone).hidden, true, `${gone} has done its work`);
    }

    const key = $('#recovery-key');
    assert.equal(key.textContent, CODE, 'selected and copied, it is the code exactly');
    assert.match(key.textContent, CROCKFORD_CODE);
    assert.equal(key.getAttribute('aria-label'), 'Recovery key');
    assert.equal(key.getAttribute('role'), 'list');
    const groups = key.querySelectorAll('span');
    assert.equal(groups.length, 13);
    assert.equal(groups[0].getAttribute('role'), 'listitem');
    assert.equal(groups[0].getAttribute('aria-label'), '7 K 2 M', 'read group by group, a character at a time');
    assert.ok(key.classList.contains('recovery-key'));

    const next = $('#first-run-continue');
    assert.equal(next.textContent, KEPT_IT);
    assert.equal(KEPT_IT, 'I’ve kept it safe — continue');
    assert.ok(next.classList.contains('primary'));
    assert.equal(next.type, 'button');
    assert.equal($('#recovery-problem'), null);
  });

  it('“I’ve kept it safe” takes the key out of the page and opens the app as before, once', async () => {
    const { screen, shell, unlocked } = mount(NEW, backend());
    $('#first-run-start').click();
    await settle();
    $('#first-run-continue').click();
    $('#first-run-continue').click(); // twice
    assert.equal(screen.shown, false);
    assert.equal(shell.hasAttribute('inert'), false);
    assert.deepEqual(unlocked, [made('login')], 'the status create_journal answered');
    assert.equal($('#recovery-key').textContent, '', 'the code doesn’t linger in the page');
    assert.equal($('#recovery-key').children.length, 0);
  });

  it('stays calmly busy while the key is fetched, with no empty box', async () => {
    const key = deferred();
    mount(NEW, backend({ get_recovery_key: () => key.promise }));
    $('#first-run-start').click();
    await settle();
    assert.equal($('#first-run-status').textContent, 'Setting up your journal…');
    assert.equal($('#first-run-form').getAttribute('aria-busy'), 'true');
    assert.equal($('#recovery-step'), null);
    key.resolve({ code: CODE });
    await settle();
    assert.equal($('#recovery-key').textContent, CODE);
    assert.equal($('#first-run-form').hasAttribute('aria-busy'), false);
  });

  it('holds the screen against the new journal’s own news, before and after the answer', async () => {
    const answer = deferred();
    const { screen, unlocked } = mount(NEW, backend({ create_journal: () => answer.promise }));
    $('#first-run-start').click();
    await settle();
    assert.equal(screen.hide(), false, 'the lock-changed event may come before the answer');
    assert.equal(screen.shown, true);
    answer.resolve(made('login'));
    await settle();
    assert.ok($('#recovery-key'));
    assert.equal(screen.hide(), false, '…or after it');
    assert.equal(screen.shown, true);
    assert.equal($('#recovery-key').textContent, CODE, 'the key is still there to write down');
    $('#first-run-continue').click();
    assert.equal(screen.shown, false);
    assert.deepEqual(unlocked, [made('login')]);
  });

  it('holds nothing once the keychain refused the key', async () => {
    const { screen } = mount(NEW, backend({ create_journal: () => { throw KEYCHAIN; } }));
    $('#first-run-start').click();
    await settle();
    assert.equal(screen.hide(), true);
  });

  it('holds nothing for the other choices: their news uncovers the app as before', async () => {
    const answer = deferred();
    const { screen } = mount(NEW, backend({ create_journal: () => answer.promise }));
    radio('none').click();
    start();
    await settle();
    assert.equal(screen.hide(), true, 'the event first');
    answer.resolve(made('none'));
    await settle();
    assert.equal(callsOf('get_recovery_key').length, 0);
  });

  it('if the key can’t be fetched, says calmly where to find it later, and Continue still opens the app', async () => {
    const { screen, unlocked } = mount(NEW, backend({
      get_recovery_key: () => { throw { kind: 'locked', message: 'This journal is locked. Unlock it to go on.' }; },
      get_lock_status: () => made('login'),
    }));
    $('#first-run-start').click();
    await settle();
    assert.equal(screen.shown, true);
    assert.equal(doc.activeElement, $('#recovery-heading'));
    assert.equal($('#recovery-key'), null, 'no empty box');
    const note = $('#recovery-problem');
    assert.equal(note.textContent, RECOVERY_LATER);
    assert.match(RECOVERY_LATER, /Settings → Privacy and lock/);
    assert.equal(note.getAttribute('role'), 'alert');
    assert.ok(note.classList.contains('lock-problem'), 'the calm attention note');
    assert.equal(note.classList.contains('is-error'), false);
    assert.doesNotMatch($('#recovery-about').textContent, /this key/, 'no key on screen to point at');
    assert.equal($('#first-run-continue').textContent, 'Continue');
    $('#first-run-continue').click();
    assert.equal(screen.shown, false);
    assert.deepEqual(unlocked, [made('login')]);
  });

  it('a lock while the key is shown draws the lock screen, and the key is gone', async () => {
    const { screen, unlocked } = mount(NEW, backend());
    $('#first-run-start').click();
    await settle();
    const key = $('#recovery-key');
    const next = $('#first-run-continue');
    screen.show({ ...made('login'), state: 'locked' }); // auto-lock, or the tray
    assert.equal(screen.kind, 'login');
    assert.equal($('#recovery-key'), null);
    assert.ok($('#unlock-login'));
    assert.equal(key.textContent, '', 'not even kept aside');
    next.click();
    assert.deepEqual(unlocked, [], 'the old step opens nothing');
    assert.equal(screen.shown, true);
  });

  it('a lock while the key is being fetched: the key is never drawn', async () => {
    const key = deferred();
    const { screen } = mount(NEW, backend({ get_recovery_key: () => key.promise }));
    $('#first-run-start').click();
    await settle();
    const card = $('#first-run');
    screen.show({ ...made('login'), state: 'locked' });
    key.resolve({ code: CODE });
    await settle();
    assert.equal(screen.kind, 'login');
    assert.equal(card.querySelector('#recovery-step'), null, 'not even in the card set aside');
    assert.doesNotMatch(doc.body.textContent, /7K2M/);
  });
});

describe('recovery key: shown as text, read group by group', () => {
  it('splits the backend’s code into its groups, and spells each one out', () => {
    assert.deepEqual(recoveryGroups(CODE).length, 13);
    assert.deepEqual(recoveryGroups(' 7K2M  9QXR '), ['7K2M', '9QXR']);
    assert.deepEqual(recoveryGroups(null), []);
    assert.equal(spelt('7K2M'), '7 K 2 M');
  });

  it('fills and empties the element, one space between groups', () => {
    calls = installTauri({});
    const el = recoveryKeyElement('k', CODE);
    doc.body.append(el);
    assert.equal(el.textContent, CODE);
    assert.equal(el.getAttribute('tabindex'), '-1');
    fillRecoveryKey(el, '0000 1111');
    assert.equal(el.textContent, '0000 1111');
    assert.equal(el.querySelectorAll('span').length, 2);
    fillRecoveryKey(el, '');
    assert.equal(el.childNodes.length, 0);
  });
});
