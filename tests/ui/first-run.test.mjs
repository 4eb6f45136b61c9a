// The first-run choice, through a stand-in document and a fake backend:
// with no journal yet, the lock screen's place holds one calm choice —
// the login on this computer, a passphrase, or not now — under the same
// covers; a short or mismatched passphrase is caught before any call; the
// choice is sent with exactly the arguments the backend expects; a keychain
// that can't keep the key moves the choice to a passphrase; and once the
// journal exists the app is uncovered as after an unlock.

import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';

import { FakeEvent, installDom, installTauri, removeDom, removeTauri, settle, deferred } from './fake-dom.mjs';
import { FIRST_RUN_TITLE, LOGIN_HINT, firstRun } from '../../ui/components/first-run.js';
import { lockScreen, screenFor } from '../../ui/components/lock-screen.js';
import { resetLockStatus } from '../../ui/lib/lock-status.js';
import { NO_KEYCHAIN } from '../../ui/lib/passphrase.js';

let doc;
let calls;

const $ = (sel) => doc.body.querySelector(sel);
const callsOf = (cmd) => calls.filter((c) => c.cmd === cmd);

const BASE = {
  encrypted: false, locked: true, previousKept: false, autoLockMinutes: 0, notificationsShowText: false,
  keeper: 'none', newJournal: true, loginAvailable: true, loginProblem: null,
};
const NEW = BASE;
const NEW_NO_KEYCHAIN = { ...BASE, loginAvailable: false };
const made = (keeper) => ({
  ...BASE, locked: false, newJournal: false, keeper, encrypted: keeper !== 'none',
  autoLockMinutes: keeper === 'none' ? 0 : 10,
});
const KEYCHAIN = { kind: 'keychain', message: 'This computer’s keychain couldn’t keep the key just now, so please choose a passphrase.' };

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
  it('with the login: sends keeper "login" and no passphrase, then uncovers the app', async () => {
    const { screen, shell, unlocked } = mount(NEW, { create_journal: () => made('login') });
    $('#first-run-start').click();
    await settle();
    assert.deepEqual(callsOf('create_journal').map((c) => c.args), [{ keeper: 'login', passphrase: null }]);
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
