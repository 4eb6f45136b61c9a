// The app lock, through a stand-in document and a fake backend: the main
// window's lock screen covers everything and meets a wrong passphrase
// calmly; the shared LockStatus follows events and refused calls; signs of
// life reach the backend at most twice a minute; and the reflection window
// steps aside for a calm note while locked, without losing a word.

import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';

import { FakeEvent, installDom, installTauri, removeDom, removeTauri, settle, deferred } from './fake-dom.mjs';
import { lockScreen, LOCKED_TITLE, screenFor } from '../../ui/components/lock-screen.js';
import {
  LOCKED_MESSAGE, NEW_JOURNAL_MESSAGE, lockedMessage, lockedNote,
} from '../../ui/components/locked-note.js';
import { stillHere } from '../../ui/ipc.js';
import { ACTIVITY_EVENTS, PING_INTERVAL_MS, throttlePings, watchActivity } from '../../ui/lib/activity.js';
import {
  confirmLocked, currentLockStatus, isClosed, isLocked, onLockStatus, publishLockStatus, resetLockStatus,
  watchLockStatus,
} from '../../ui/lib/lock-status.js';
import { keeperOf } from '../../ui/lib/passphrase.js';

let doc;
let calls;

const $ = (sel) => doc.body.querySelector(sel);
const callsOf = (cmd) => calls.filter((c) => c.cmd === cmd);

const OPEN = {
  state: 'open', keeper: 'passphrase', previousKept: false, autoLockMinutes: 10, notificationsShowText: false,
};
const LOCKED = { ...OPEN, state: 'locked' };
const WRONG = { kind: 'wrongKey', message: 'That passphrase doesn’t open this journal. Please try again.' };
const REFUSED = { kind: 'locked', message: 'This journal is locked. Unlock it to go on.' };
const LOGIN_OPEN = { ...OPEN, keeper: 'login', loginAvailable: true, loginProblem: null };
const LOGIN_LOCKED = { ...LOGIN_OPEN, state: 'locked' };
const LOGIN_SEALED = { ...LOGIN_OPEN, state: 'sealed' };
const PASSPHRASE_LOCKED = { ...LOCKED, keeper: 'passphrase', loginAvailable: true, loginProblem: null };
const NEW = {
  state: 'new', keeper: 'none', previousKept: false, autoLockMinutes: 0, notificationsShowText: false,
  loginAvailable: true, loginProblem: null,
};
const KEYCHAIN = { kind: 'keychain', message: 'The keychain didn’t give Interlude its key just now. Is it unlocked?' };
const NO_KEY = 'Your login’s keychain didn’t open your journal. Unlock the keychain, then try again.';
const CODE = '7K2M 9QXR 0ABC DEFG HJKM NPQR STVW XYZ0 1234 5678 9ABC DEFG HJKM';
const WRONG_CODE = { kind: 'wrongKey', message: 'That recovery key doesn’t open this journal. Nothing was changed; please check it and try again.' };
const NOT_A_CODE = { kind: 'invalid', message: 'That isn’t a recovery key: it has 51 characters, and a recovery key has 52.' };
const STILL_NOT_KEPT = 'Your journal is open, but the keychain couldn’t keep its key, so the recovery key will be needed again next time.';

/** Adds Tauri's event API to the fake backend; returns `emit(name, payload)`. */
function installEvents() {
  const listeners = [];
  globalThis.__TAURI__.event = {
    async listen(name, cb) {
      listeners.push({ name, cb });
      return () => listeners.splice(listeners.findIndex((l) => l.cb === cb), 1);
    },
  };
  return (name, payload) => {
    for (const l of listeners.filter((x) => x.name === name)) l.cb({ event: name, payload });
  };
}

beforeEach(() => {
  doc = installDom();
  resetLockStatus();
});
afterEach(() => {
  resetLockStatus();
  removeDom();
  removeTauri();
});

describe('lock screen', () => {
  function mount(handlers = {}) {
    calls = installTauri(handlers);
    const rail = doc.createElement('nav');
    rail.className = 'rail';
    const main = doc.createElement('main');
    main.id = 'content';
    const shell = doc.createElement('div');
    shell.className = 'shell';
    shell.append(rail, main);
    const host = doc.createElement('div');
    host.id = 'lock-screen';
    host.hidden = true;
    doc.body.append(shell, host);
    const unlocked = [];
    const screen = lockScreen(host, { covers: [shell, $('#toast')], onUnlocked: (s) => unlocked.push(s) });
    return { screen, host, shell, unlocked };
  }

  it('draws nothing until the journal is locked', () => {
    const { screen, host, shell } = mount();
    assert.equal(screen.shown, false);
    assert.equal(host.children.length, 0);
    assert.equal(shell.hasAttribute('inert'), false);
  });

  it('covers the whole app and asks for the passphrase in one labelled field', () => {
    const { screen, host, shell } = mount();
    assert.equal(screen.show(), true);
    assert.equal(screen.shown, true);
    assert.equal(host.hidden, false);
    assert.equal($('#lock-heading').textContent, LOCKED_TITLE);
    assert.equal($('#lock-heading').textContent, 'Interlude is locked');

    const field = $('#unlock-passphrase');
    assert.equal(field.getAttribute('type'), 'password');
    assert.equal(field.getAttribute('autocomplete'), 'current-password');
    assert.ok(field.hasAttribute('autofocus'));
    assert.equal($('label[for="unlock-passphrase"]').textContent, 'Passphrase');
    assert.equal(doc.activeElement, field, 'the field has the keys at once');
    assert.equal(host.querySelectorAll('input').length, 1, 'one field, nothing else to fill');

    // Enter submits: the field and a submit button share one form.
    const button = $('#unlock');
    assert.equal(button.type, 'submit');
    assert.equal(button.textContent, 'Unlock');
    assert.equal(button.closest('form'), field.closest('form'));

    assert.equal($('#unlock-problem').getAttribute('role'), 'alert');
    assert.equal($('#unlock-status').getAttribute('role'), 'status');
    assert.match($('#unlock-why').textContent, /nobody can open this journal — not even the Interlude team/);

    for (const el of [shell, $('#toast')]) {
      assert.ok(el.hasAttribute('inert'), 'nothing under it can be reached');
      assert.equal(el.getAttribute('aria-hidden'), 'true');
      assert.ok(el.classList.contains('is-covered'));
    }
  });

  it('a second lock while shown changes nothing', () => {
    const { screen } = mount();
    screen.show();
    $('#unlock-passphrase').fill('half typed');
    assert.equal(screen.show(), false);
    assert.equal($('#unlock-passphrase').value, 'half typed');
  });

  it('asks for something to be typed before calling the backend', async () => {
    const { screen } = mount({ unlock: () => OPEN });
    screen.show();
    $('#unlock').click();
    await settle();
    assert.equal(callsOf('unlock').length, 0);
    assert.match($('#unlock-problem').textContent, /Type your passphrase/);
    assert.equal(doc.activeElement, $('#unlock-passphrase'));
  });

  it('is calmly busy while the passphrase is checked, and asks only once', async () => {
    const answer = deferred();
    const { screen } = mount({ unlock: () => answer.promise });
    screen.show();
    $('#unlock-passphrase').fill('correct horse');
    $('#unlock').click();
    $('#unlock-form').dispatchEvent(new FakeEvent('submit')); // Enter pressed again meanwhile
    await settle();
    assert.equal(callsOf('unlock').length, 1);
    assert.equal($('#unlock-form').getAttribute('aria-busy'), 'true');
    assert.equal($('#unlock').getAttribute('aria-disabled'), 'true');
    assert.ok($('#unlock-passphrase').hasAttribute('readonly'));
    assert.equal($('#unlock-status').textContent, 'Opening your journal…');
    answer.resolve(OPEN);
    await settle();
    assert.equal(screen.shown, false);
  });

  it('meets a wrong passphrase with the backend’s words, in an alert, keeping the field focused and selected', async () => {
    const { screen, shell, unlocked } = mount({ unlock: () => { throw WRONG; } });
    screen.show();
    const field = $('#unlock-passphrase');
    field.fill('not it');
    $('#unlock-form').dispatchEvent(new FakeEvent('submit')); // Enter
    await settle();

    assert.deepEqual(callsOf('unlock')[0].args, { passphrase: 'not it' });
    const problem = $('#unlock-problem');
    assert.equal(problem.getAttribute('role'), 'alert');
    assert.equal(problem.textContent, WRONG.message);
    assert.equal(problem.classList.contains('is-error'), false, 'calm attention styling, not an error');
    assert.equal(field.getAttribute('aria-invalid'), 'true');
    assert.equal(doc.activeElement, field);
    assert.equal(field.selectionStart, 0);
    assert.equal(field.selectionEnd, 'not it'.length, 'typing again replaces it');
    assert.equal(field.hasAttribute('readonly'), false);
    assert.equal($('#unlock-form').hasAttribute('aria-busy'), false);
    assert.equal($('#unlock-status').textContent, '');
    assert.equal(screen.shown, true);
    assert.ok(shell.hasAttribute('inert'));
    assert.deepEqual(unlocked, []);

    field.fill('n');
    assert.equal(problem.textContent, '', 'the note goes once the person types again');
    assert.equal(field.hasAttribute('aria-invalid'), false);
  });

  it('shows an empty-passphrase answer from the backend the same calm way', async () => {
    const { screen } = mount({ unlock: () => { throw { kind: 'invalid', message: 'Please type your passphrase.' }; } });
    screen.show();
    $('#unlock-passphrase').fill(' ');
    $('#unlock').click();
    await settle();
    assert.equal($('#unlock-problem').textContent, 'Please type your passphrase.');
    assert.equal(screen.shown, true);
  });

  it('on success uncovers the app, forgets the passphrase and calls the re-render hook once', async () => {
    const { screen, shell, host, unlocked } = mount({ unlock: () => OPEN });
    screen.show();
    $('#unlock-passphrase').fill('correct horse');
    $('#unlock').click();
    await settle();
    assert.equal(host.hidden, true);
    assert.equal(screen.shown, false);
    for (const el of [shell, $('#toast')]) {
      assert.equal(el.hasAttribute('inert'), false);
      assert.equal(el.hasAttribute('aria-hidden'), false);
      assert.equal(el.classList.contains('is-covered'), false);
    }
    assert.equal($('#unlock-passphrase').value, '', 'the passphrase does not linger in the page');
    assert.deepEqual(unlocked, [OPEN]);
    assert.equal(screen.hide(), false, 'an unlock event arriving after is a no-op');
  });

  it('an unlock that lands after the screen was already hidden calls nobody', async () => {
    const answer = deferred();
    const { screen, unlocked } = mount({ unlock: () => answer.promise });
    screen.show();
    $('#unlock-passphrase').fill('correct horse');
    $('#unlock').click();
    await settle();
    assert.equal(screen.hide(), true); // the lock-changed event got there first
    answer.resolve(OPEN);
    await settle();
    assert.deepEqual(unlocked, [], 'the app redraws once, from the event');
  });

  it('shows again fresh after a later lock', async () => {
    const { screen } = mount({ unlock: () => { throw WRONG; } });
    screen.show();
    $('#unlock-passphrase').fill('nope');
    $('#unlock').click();
    await settle();
    screen.hide();
    screen.show();
    assert.equal($('#unlock-passphrase').value, '');
    assert.equal($('#unlock-problem').textContent, '');
    assert.equal(doc.activeElement, $('#unlock-passphrase'));
  });
});

describe('lock screen for a journal kept with the login', () => {
  function mount(handlers = {}) {
    calls = installTauri(handlers);
    const shell = doc.createElement('div');
    shell.className = 'shell';
    const host = doc.createElement('div');
    host.id = 'lock-screen';
    host.hidden = true;
    doc.body.append(shell, host);
    const unlocked = [];
    const screen = lockScreen(host, { covers: [shell, $('#toast')], onUnlocked: (s) => unlocked.push(s) });
    return { screen, host, shell, unlocked };
  }

  it('knows which screen each status calls for', () => {
    assert.equal(screenFor(LOGIN_LOCKED), 'login');
    assert.equal(screenFor(PASSPHRASE_LOCKED), 'passphrase');
    assert.equal(screenFor({ state: 'locked' }), 'passphrase', 'a status without keeper');
    assert.equal(screenFor(null), 'passphrase');
    assert.equal(screenFor(NEW), 'first-run');
    assert.equal(keeperOf({ state: 'open', keeper: 'none' }), 'none');
    assert.equal(keeperOf({ state: 'open' }), 'none');
    assert.equal(keeperOf(PASSPHRASE_LOCKED), 'passphrase');
    assert.equal(keeperOf(LOGIN_SEALED), 'login');
  });

  it('asks for nothing to be typed: one Unlock button, focused, under the same covers', () => {
    const { screen, host, shell } = mount();
    assert.equal(screen.show(LOGIN_LOCKED), true);
    assert.equal(screen.kind, 'login');
    assert.equal(screen.title, LOCKED_TITLE);
    assert.equal($('#lock-heading').textContent, LOCKED_TITLE);
    assert.equal($('#unlock-login-about').textContent, 'Your journal opens with your login on this computer.');
    assert.equal(host.querySelectorAll('input').length, 0, 'no passphrase field');
    assert.equal($('#unlock-passphrase'), null);
    assert.equal($('#unlock'), null);
    const button = $('#unlock-login');
    assert.equal(button.textContent, 'Unlock');
    assert.equal(button.type, 'submit');
    assert.equal(doc.activeElement, button);
    assert.equal($('#unlock-problem').getAttribute('role'), 'alert');
    assert.equal($('#unlock-status').getAttribute('role'), 'status');
    assert.doesNotMatch(host.textContent, /passphrase/i);
    for (const el of [shell, $('#toast')]) {
      assert.ok(el.hasAttribute('inert'));
      assert.equal(el.getAttribute('aria-hidden'), 'true');
    }
    assert.equal(calls.length, 0, 'shown after a lock, it waits for the click');
  });

  it('Unlock asks the keychain, calmly busy, and uncovers the app', async () => {
    const answer = deferred();
    const { screen, shell, unlocked } = mount({ unlock_with_login: () => answer.promise });
    screen.show(LOGIN_LOCKED);
    $('#unlock-login').click();
    $('#unlock-login-form').dispatchEvent(new FakeEvent('submit')); // Enter again meanwhile
    await settle();
    assert.deepEqual(callsOf('unlock_with_login').map((c) => c.args), [{}]);
    assert.equal($('#unlock-status').textContent, 'Opening your journal…');
    assert.equal($('#unlock-login').getAttribute('aria-disabled'), 'true');
    assert.equal($('#unlock-login-form').getAttribute('aria-busy'), 'true');
    answer.resolve(LOGIN_OPEN);
    await settle();
    assert.equal(screen.shown, false);
    assert.equal(shell.hasAttribute('inert'), false);
    assert.deepEqual(unlocked, [LOGIN_OPEN]);
  });

  it('meets a keychain that doesn’t answer with its sentence, and the button says Try again', async () => {
    let fail = true;
    const { screen, unlocked } = mount({
      unlock_with_login: () => {
        if (fail) throw KEYCHAIN;
        return LOGIN_OPEN;
      },
    });
    screen.show(LOGIN_LOCKED);
    $('#unlock-login').click();
    await settle();
    assert.equal($('#unlock-problem').textContent, KEYCHAIN.message);
    assert.equal($('#unlock-problem').classList.contains('is-error'), false, 'calm attention styling');
    assert.equal($('#unlock-login').textContent, 'Try again');
    assert.equal($('#unlock-login').hasAttribute('aria-disabled'), false);
    assert.equal($('#unlock-status').textContent, '');
    assert.equal(doc.activeElement, $('#unlock-login'));
    assert.equal(screen.shown, true);

    fail = false;
    $('#unlock-login').click();
    await settle();
    assert.equal(screen.shown, false);
    assert.equal(unlocked.length, 1);
  });

  it('never opens on an answer that is still locked', async () => {
    const { screen } = mount({ unlock_with_login: () => ({ ...LOGIN_LOCKED, loginProblem: NO_KEY }) });
    screen.show(LOGIN_LOCKED);
    $('#unlock-login').click();
    await settle();
    assert.equal(screen.shown, true);
    assert.equal($('#unlock-problem').textContent, NO_KEY);
    assert.equal($('#unlock-login').textContent, 'Try again');
  });

  it('sealed at start, opens by itself once, saying so meanwhile', async () => {
    const answer = deferred();
    const { screen, unlocked } = mount({ unlock_with_login: () => answer.promise });
    screen.show(LOGIN_SEALED, { atStart: true });
    await settle();
    assert.deepEqual(callsOf('unlock_with_login').map((c) => c.args), [{}], 'asked without a click');
    assert.equal($('#unlock-status').textContent, 'Opening your journal…');
    answer.resolve(LOGIN_OPEN);
    await settle();
    assert.equal(screen.shown, false);
    assert.deepEqual(unlocked, [LOGIN_OPEN]);

    // Locked by hand later: it waits for the click.
    screen.show(LOGIN_LOCKED);
    await settle();
    assert.equal(callsOf('unlock_with_login').length, 1);
    assert.equal($('#unlock-status').textContent, '');
    assert.equal($('#unlock-login').textContent, 'Unlock');
  });

  it('a window opened again on a journal locked by hand waits for the click', async () => {
    const { screen } = mount({ unlock_with_login: () => LOGIN_OPEN });
    screen.show(LOGIN_LOCKED, { atStart: true });
    await settle();
    assert.equal(callsOf('unlock_with_login').length, 0, 'not opened without a click');
    assert.equal($('#unlock-login').textContent, 'Unlock');
    $('#unlock-login').click();
    await settle();
    assert.equal(callsOf('unlock_with_login').length, 1);
    assert.equal(screen.shown, false);
  });

  it('sealed, as the backend says, opens by itself once', async () => {
    const { screen } = mount({ unlock_with_login: () => LOGIN_OPEN });
    screen.show(LOGIN_SEALED);
    await settle();
    assert.equal(callsOf('unlock_with_login').length, 1, 'asked without a click');
    assert.equal(screen.shown, false);
  });

  it('covered by an early event, then found sealed at start, still opens by itself', async () => {
    const { screen } = mount({ unlock_with_login: () => LOGIN_OPEN });
    screen.show(LOGIN_LOCKED); // lock-changed before get_lock_status answered
    await settle();
    assert.equal(callsOf('unlock_with_login').length, 0);
    assert.equal(screen.show(LOGIN_SEALED, { atStart: true }), false);
    await settle();
    assert.equal(callsOf('unlock_with_login').length, 1);
    assert.equal(screen.shown, false);
  });

  it('sealed at start, tries by itself only once; the trouble shows with Try again', async () => {
    const { screen } = mount({ unlock_with_login: () => { throw KEYCHAIN; } });
    screen.show(LOGIN_SEALED, { atStart: true });
    await settle();
    assert.equal(callsOf('unlock_with_login').length, 1);
    assert.equal($('#unlock-problem').textContent, KEYCHAIN.message);
    assert.equal($('#unlock-login').textContent, 'Try again');
    screen.show({ ...LOGIN_SEALED }); // the same news again
    await settle();
    assert.equal(callsOf('unlock_with_login').length, 1, 'no loop of tries');
    screen.show({ ...PASSPHRASE_LOCKED, state: 'sealed' }); // drawn again while still sealed
    screen.show(LOGIN_SEALED);
    await settle();
    assert.equal(callsOf('unlock_with_login').length, 1, 'still once');
  });

  it('with a login problem already known, shows it and waits for Try again', async () => {
    const { screen } = mount({ unlock_with_login: () => LOGIN_OPEN });
    screen.show({ ...LOGIN_SEALED, loginProblem: NO_KEY }, { atStart: true });
    await settle();
    assert.equal(callsOf('unlock_with_login').length, 0, 'the backend already asked; it said why not');
    assert.equal($('#unlock-problem').textContent, NO_KEY);
    assert.equal($('#unlock-login').textContent, 'Try again');
    $('#unlock-login').click();
    await settle();
    assert.equal(screen.shown, false);
  });

  it('a login problem heard while shown comes into the note', async () => {
    const { screen } = mount();
    screen.show(LOGIN_LOCKED);
    assert.equal(screen.show({ ...LOGIN_LOCKED, loginProblem: NO_KEY }), false, 'already shown');
    assert.equal($('#unlock-problem').textContent, NO_KEY);
    assert.equal($('#unlock-login').textContent, 'Try again');
  });

  it('the journal opening by itself first leaves focus to the page when the late answer fails', async () => {
    const answer = deferred();
    const { screen, unlocked } = mount({ unlock_with_login: () => answer.promise });
    screen.show(LOGIN_SEALED, { atStart: true });
    await settle();
    assert.equal(screen.hide(), true); // the backend's lock-changed got there first
    const main = doc.createElement('main');
    doc.body.append(main);
    main.focus();
    answer.reject(KEYCHAIN);
    await settle();
    assert.equal(doc.activeElement, main);
    assert.deepEqual(unlocked, []);
  });

  it('draws the screen again when the way the key is kept differs', async () => {
    const { screen, host } = mount();
    screen.show(PASSPHRASE_LOCKED);
    assert.ok($('#unlock-passphrase'));
    screen.show(LOGIN_LOCKED); // a newer status while shown
    assert.equal(screen.kind, 'login');
    assert.equal($('#unlock-passphrase'), null);
    assert.equal(doc.activeElement, $('#unlock-login'));
    assert.equal(host.querySelectorAll('#lock-heading').length, 1);

    screen.hide();
    screen.show(PASSPHRASE_LOCKED); // changed in Settings, then locked
    assert.equal(screen.kind, 'passphrase');
    assert.equal($('#unlock-login'), null);
    assert.equal(doc.activeElement, $('#unlock-passphrase'));

    screen.hide();
    screen.show(); // no status: the screen as last built
    assert.equal(screen.kind, 'passphrase');
  });
});

describe('lock screen: the recovery key', () => {
  const SEALED_PROBLEM = { ...LOGIN_SEALED, loginProblem: NO_KEY };

  function mount(handlers = {}) {
    calls = installTauri(handlers);
    const shell = doc.createElement('div');
    shell.className = 'shell';
    const host = doc.createElement('div');
    host.id = 'lock-screen';
    host.hidden = true;
    doc.body.append(shell, host);
    const unlocked = [];
    const screen = lockScreen(host, { covers: [shell, $('#toast')], onUnlocked: (s) => unlocked.push(s) });
    return { screen, host, shell, unlocked };
  }

  const submitCode = () => $('#recovery-form').dispatchEvent(new FakeEvent('submit'));

  it('is not offered on an ordinary login lock', () => {
    const { screen, host } = mount();
    screen.show(LOGIN_LOCKED);
    assert.equal($('#recovery-form'), null);
    assert.equal(host.querySelectorAll('input').length, 0);
  });

  it('with a login problem, offers a small form under the sentence and Try again', async () => {
    const { screen, host } = mount({ unlock_with_login: () => LOGIN_OPEN });
    screen.show(SEALED_PROBLEM, { atStart: true });
    await settle();
    const form = $('#recovery-form');
    assert.ok(form);
    assert.equal(form.localName, 'form');
    const card = $('#unlock-login-form').parentNode;
    const order = card.children.map((el) => el.id);
    assert.ok(order.indexOf('recovery-form') === order.indexOf('unlock-login-form') + 1,
      'right under the problem and the Try again button');
    assert.equal($('#unlock-problem').textContent, NO_KEY);
    assert.equal($('#unlock-login').textContent, 'Try again');
    assert.equal(doc.activeElement, $('#unlock-login'), 'Try again keeps focus; Tab goes on to the form');

    assert.equal(form.getAttribute('aria-labelledby'), 'recovery-form-heading');
    assert.equal($('#recovery-form-heading').textContent, 'Use your recovery key');
    const field = $('#recovery-code');
    assert.equal(field.getAttribute('type'), 'text');
    assert.equal(field.getAttribute('autocomplete'), 'off');
    assert.equal(field.getAttribute('spellcheck'), 'false');
    assert.equal(field.getAttribute('autocapitalize'), 'characters');
    assert.match(field.getAttribute('aria-describedby'), /unlock-problem/);
    assert.equal($('label[for="recovery-code"]').textContent, 'Recovery key');
    const button = $('#unlock-recovery');
    assert.equal(button.textContent, 'Open with recovery key');
    assert.equal(button.type, 'submit');
    assert.equal(button.closest('form'), form);
    assert.doesNotMatch(host.textContent, /passphrase/i);
    assert.equal(callsOf('unlock_with_recovery_key').length, 0);
  });

  it('comes with a login problem heard while shown, and goes with a fresh lock', async () => {
    const { screen } = mount();
    screen.show(LOGIN_LOCKED);
    assert.equal($('#recovery-form'), null);
    screen.show(SEALED_PROBLEM); // lock-changed with the backend's reason
    assert.ok($('#recovery-form'));
    $('#recovery-code').fill('7K2M');
    screen.hide();
    assert.equal($('#recovery-form'), null, 'what was typed leaves the page');
    screen.show(LOGIN_LOCKED);
    assert.equal($('#recovery-form'), null);
    screen.hide();
    screen.show(SEALED_PROBLEM);
    assert.equal($('#recovery-code').value, '');
  });

  it('comes after a Try again that failed, when the backend said why meanwhile', async () => {
    const { screen } = mount({
      unlock_with_login: () => {
        screen.show(SEALED_PROBLEM); // the lock-changed event while it works
        throw { kind: 'keychain', message: NO_KEY };
      },
    });
    screen.show(LOGIN_LOCKED);
    $('#unlock-login').click();
    await settle();
    assert.equal($('#unlock-problem').textContent, NO_KEY);
    assert.ok($('#recovery-form'));
  });

  it('asks for the key to be typed before calling', async () => {
    const { screen } = mount({ unlock_with_recovery_key: () => LOGIN_OPEN });
    screen.show(SEALED_PROBLEM);
    $('#recovery-code').fill('   ');
    submitCode();
    await settle();
    assert.equal(callsOf('unlock_with_recovery_key').length, 0);
    assert.equal($('#unlock-problem').textContent, 'Type your recovery key, then choose Open with recovery key.');
    assert.equal(doc.activeElement, $('#recovery-code'));
  });

  it('sends the key as typed, calmly busy, once, and opens like the login', async () => {
    const answer = deferred();
    const { screen, shell, unlocked } = mount({ unlock_with_recovery_key: () => answer.promise });
    screen.show(SEALED_PROBLEM);
    $('#recovery-code').fill(' 7k2m-9qxr 0abc ');
    $('#unlock-recovery').click();
    submitCode(); // Enter again meanwhile
    $('#unlock-login').click(); // and the other button
    await settle();
    assert.deepEqual(callsOf('unlock_with_recovery_key').map((c) => c.args), [{ code: '7k2m-9qxr 0abc' }],
      'the backend reads spaces, dashes and case');
    assert.equal(callsOf('unlock_with_login').length, 0, 'one try at a time');
    assert.equal($('#unlock-status').textContent, 'Opening your journal…');
    assert.equal($('#recovery-form').getAttribute('aria-busy'), 'true');
    assert.equal($('#unlock-recovery').getAttribute('aria-disabled'), 'true');
    assert.equal($('#unlock-login').getAttribute('aria-disabled'), 'true');
    assert.ok($('#recovery-code').hasAttribute('readonly'));

    answer.resolve(LOGIN_OPEN);
    await settle();
    assert.equal(screen.shown, false);
    assert.equal(shell.hasAttribute('inert'), false);
    assert.deepEqual(unlocked, [LOGIN_OPEN]);
    assert.equal($('#recovery-form'), null, 'the key doesn’t linger in the page');
    assert.equal($('#toast').textContent, '', 'nothing more to say');
  });

  it('meets a key that doesn’t open it calmly: the sentence, focus on the field, its text selected', async () => {
    let answer = () => { throw WRONG_CODE; };
    const { screen, unlocked } = mount({ unlock_with_recovery_key: () => answer() });
    screen.show(SEALED_PROBLEM);
    const field = $('#recovery-code');
    field.fill(CODE);
    submitCode();
    await settle();
    assert.equal($('#unlock-problem').textContent, WRONG_CODE.message);
    assert.equal($('#unlock-problem').getAttribute('role'), 'alert');
    assert.equal($('#unlock-problem').classList.contains('is-error'), false, 'calm attention styling, not an error');
    assert.equal(field.getAttribute('aria-invalid'), 'true');
    assert.equal(doc.activeElement, field);
    assert.equal(field.selectionEnd, CODE.length, 'typing again replaces it');
    assert.equal(field.hasAttribute('readonly'), false);
    assert.equal($('#unlock-recovery').hasAttribute('aria-disabled'), false);
    assert.equal($('#unlock-login').textContent, 'Try again', 'the login can still be tried');
    assert.equal(screen.shown, true);
    assert.deepEqual(unlocked, []);

    field.fill('7K2M 9QXR');
    assert.equal(field.hasAttribute('aria-invalid'), false);
    assert.equal($('#unlock-problem').textContent, NO_KEY, 'back to the keychain’s sentence');

    answer = () => { throw NOT_A_CODE; };
    $('#unlock-recovery').click();
    await settle();
    assert.equal($('#unlock-problem').textContent, NOT_A_CODE.message);
    assert.equal(doc.activeElement, field);

    answer = () => LOGIN_OPEN;
    $('#unlock-recovery').click();
    await settle();
    assert.equal(screen.shown, false);
  });

  it('never opens on an answer that is still locked', async () => {
    const { screen } = mount({ unlock_with_recovery_key: () => SEALED_PROBLEM });
    screen.show(SEALED_PROBLEM);
    $('#recovery-code').fill(CODE);
    submitCode();
    await settle();
    assert.equal(screen.shown, true);
    assert.match($('#unlock-problem').textContent, /didn't open the journal just now/);
  });

  it('open, but the keychain still can’t keep the key: says so once, calmly, over the page', async (t) => {
    t.mock.timers.enable({ apis: ['setTimeout'] }); // the toast's own time to go
    const { screen, unlocked } = mount({
      unlock_with_recovery_key: () => ({ ...LOGIN_OPEN, loginProblem: STILL_NOT_KEPT }),
    });
    screen.show(SEALED_PROBLEM);
    $('#recovery-code').fill(CODE);
    submitCode();
    await settle();
    assert.equal(screen.shown, false, 'the journal opens anyway');
    assert.equal(unlocked.length, 1);
    assert.equal($('#toast').textContent, STILL_NOT_KEPT);
    assert.ok($('#toast').classList.contains('is-shown'));
    t.mock.timers.tick(14_999);
    assert.equal($('#toast').textContent, STILL_NOT_KEPT, 'long enough to read');
    t.mock.timers.tick(1);
    assert.equal($('#toast').textContent, '');
  });
});

describe('lock status', () => {
  it('passes each status to every listener and remembers the last', () => {
    const heard = [];
    const stop = onLockStatus((s) => heard.push(s.state));
    publishLockStatus(LOCKED);
    publishLockStatus(OPEN);
    stop();
    publishLockStatus(LOCKED);
    assert.deepEqual(heard, ['locked', 'open']);
    assert.deepEqual(currentLockStatus(), LOCKED);
  });

  it('never reads a missing or half status as "unlocked"', () => {
    publishLockStatus(LOCKED);
    for (const odd of [null, undefined, {}, { state: 'no' }, { state: true }, { locked: false }, 'unlocked']) {
      publishLockStatus(odd);
    }
    assert.deepEqual(currentLockStatus(), LOCKED);
  });

  it('follows lock-changed events', async () => {
    calls = installTauri({});
    const emit = installEvents();
    const stop = watchLockStatus();
    await settle();
    emit('lock-changed', LOCKED);
    assert.equal(currentLockStatus().state, 'locked');
    emit('lock-changed', OPEN);
    assert.equal(currentLockStatus().state, 'open');
    stop();
  });

  it('a refused call is checked with the backend before anything is covered', async () => {
    let answer = LOCKED;
    calls = installTauri({ get_home: () => { throw REFUSED; }, get_lock_status: () => answer });
    installEvents();
    const stop = watchLockStatus();
    const heard = [];
    onLockStatus((s) => heard.push(s.state));
    const { getHome } = await import('../../ui/ipc.js');
    await Promise.allSettled([getHome(), getHome(), getHome()]);
    await settle();
    assert.equal(callsOf('get_lock_status').length, 1, 'three refusals, one question');
    assert.deepEqual(heard, ['locked']);

    // Old news: a call sent just before an unlock, answered just after.
    resetLockStatus();
    answer = OPEN;
    const heard2 = [];
    onLockStatus((s) => heard2.push(s.state));
    await Promise.allSettled([getHome()]);
    await settle();
    assert.deepEqual(heard2, ['open']);
    stop();
  });

  it('counts a journal not made yet, sealed or locked as closed; open or failed as not', () => {
    assert.equal(isClosed(NEW), true);
    assert.equal(isClosed(LOGIN_SEALED), true);
    assert.equal(isClosed(LOCKED), true);
    assert.equal(isClosed(OPEN), false);
    assert.equal(isClosed({ ...OPEN, state: 'failed', keeper: 'none' }), false);
    assert.equal(isClosed(null), false);
    assert.equal(isClosed({}), false);
    publishLockStatus(NEW);
    assert.equal(isLocked(), true, 'no activity pings, no shortcut before the journal exists');
  });

  it('when even the question fails, it locks (the safe side)', async () => {
    calls = installTauri({ get_lock_status: () => { throw { kind: 'internal', message: 'x' }; } });
    publishLockStatus(OPEN);
    const status = await confirmLocked();
    assert.equal(status.state, 'locked');
    assert.equal(status.keeper, 'passphrase');
    assert.equal(currentLockStatus().state, 'locked');
  });

  it('when the question fails, a login-kept journal stays login-kept, and an unknown one needs a passphrase', async () => {
    calls = installTauri({ get_lock_status: () => { throw { kind: 'internal', message: 'x' }; } });
    publishLockStatus(LOGIN_OPEN);
    assert.deepEqual(await confirmLocked(), { ...LOGIN_OPEN, state: 'locked' });
    resetLockStatus();
    assert.deepEqual(await confirmLocked(), { state: 'locked', keeper: 'passphrase' });
    assert.equal(isLocked(), true);
  });
});

describe('activity pings', () => {
  it('passes on the first sign of life, then at most one per 30 seconds', () => {
    let t = 1_000_000;
    let pings = 0;
    const onActivity = throttlePings(() => { pings += 1; }, { now: () => t });
    assert.equal(PING_INTERVAL_MS, 30_000);
    assert.equal(onActivity(), true);
    for (const step of [1, 1000, 10_000, 18_998]) {
      t += step;
      onActivity();
    }
    assert.equal(pings, 1, 'a burst of keys is one ping');
    t += 1; // 30 s after the first
    assert.equal(onActivity(), true);
    assert.equal(pings, 2);
    t += 29_999;
    onActivity();
    assert.equal(pings, 2);
    t += 5 * 60_000;
    onActivity();
    assert.equal(pings, 3);
  });

  it('does nothing while disabled, and spends no turn doing it', () => {
    let t = 0;
    let on = false;
    let pings = 0;
    const onActivity = throttlePings(() => { pings += 1; }, { now: () => t, enabled: () => on });
    onActivity();
    t += 1000;
    assert.equal(onActivity(), false);
    assert.equal(pings, 0);
    on = true;
    assert.equal(onActivity(), true, 'the first sign of life after counts at once');
    assert.equal(pings, 1);
  });

  it('lets a failed ping go, quietly', async () => {
    let t = 0;
    const rejecting = throttlePings(() => Promise.reject(new Error('locked')), { now: () => t });
    const throwing = throttlePings(() => { throw new Error('no backend'); }, { now: () => t });
    assert.equal(rejecting(), true);
    assert.equal(throwing(), true);
    await settle(); // an unhandled rejection would fail the run
    t += PING_INTERVAL_MS;
    assert.equal(rejecting(), true);
  });

  it('watches keys, pointers, the wheel and focus, only watching', async () => {
    calls = installTauri({ still_here: () => null });
    const added = [];
    const removed = [];
    const target = {
      addEventListener: (type, fn, opts) => added.push({ type, fn, opts }),
      removeEventListener: (type, fn, opts) => removed.push({ type, fn, opts }),
    };
    const stop = watchActivity(target, stillHere);
    assert.deepEqual(added.map((a) => a.type), ACTIVITY_EVENTS);
    assert.deepEqual(ACTIVITY_EVENTS, ['keydown', 'pointerdown', 'wheel', 'focus']);
    for (const a of added) assert.deepEqual(a.opts, { capture: true, passive: true });
    for (const a of added) a.fn(new FakeEvent(a.type));
    await settle();
    assert.deepEqual(calls, [{ cmd: 'still_here', args: {} }], 'four kinds of activity at once, one call');
    stop();
    assert.deepEqual(removed.map((r) => r.type), ACTIVITY_EVENTS);
    assert.equal(removed[0].fn, added[0].fn);
  });
});

describe('reflection window note while locked', () => {
  function mount(handlers = {}) {
    calls = installTauri(handlers);
    const intro = doc.createElement('p');
    intro.id = 'reflect-intro';
    const form = doc.createElement('form');
    form.id = 'reflection-form';
    const takeaway = doc.createElement('textarea');
    takeaway.id = 'takeaway';
    form.append(takeaway);
    const saved = doc.createElement('section');
    saved.id = 'saved';
    saved.hidden = true;
    const host = doc.createElement('section');
    host.id = 'locked';
    host.hidden = true;
    doc.body.append(intro, host, form, saved);
    const note = lockedNote(host, { covers: [intro, form, saved] });
    return { note, host, form, takeaway, saved, intro };
  }

  it('stands in for the form with a calm message, keeping every word typed', () => {
    const { note, host, form, takeaway, saved } = mount();
    takeaway.fill('What stayed with me was');
    takeaway.focus();
    assert.equal(note.show(), true);
    assert.equal(host.hidden, false);
    assert.equal($('#locked-message').textContent, LOCKED_MESSAGE);
    assert.equal(LOCKED_MESSAGE,
      'Interlude is locked. Unlock it in the main window to write your reflection — your draft is safe.');
    for (const el of [form, saved]) {
      assert.ok(el.classList.contains('is-locked-away'));
      assert.ok(el.hasAttribute('inert'));
      assert.equal(el.getAttribute('aria-hidden'), 'true');
    }
    assert.equal(takeaway.value, 'What stayed with me was', 'nothing typed is thrown away');
    assert.equal(doc.activeElement, $('#locked-message'));
    assert.equal($('#locked-open-main').textContent, 'Open Interlude');
    assert.equal(note.show(), false);
  });

  it('never names the passphrase: the login unlocks too, and a new journal is set up first', () => {
    const { note } = mount();
    assert.equal(lockedMessage(LOGIN_LOCKED), LOCKED_MESSAGE);
    assert.doesNotMatch(LOCKED_MESSAGE, /passphrase/i);
    assert.equal(lockedMessage(NEW), NEW_JOURNAL_MESSAGE);
    assert.equal(lockedMessage(LOGIN_SEALED), LOCKED_MESSAGE);
    assert.match(NEW_JOURNAL_MESSAGE, /^Open Interlude to set up your journal first\./);
    assert.doesNotMatch(NEW_JOURNAL_MESSAGE, /passphrase|locked/i);

    assert.equal(note.show(NEW), true);
    assert.equal($('#locked-message').textContent, NEW_JOURNAL_MESSAGE);
    assert.equal($('#locked').getAttribute('aria-label'), 'Your journal isn’t set up yet');
    // Set up with a passphrase, then locked before this window caught up.
    assert.equal(note.show(PASSPHRASE_LOCKED), false, 'already shown');
    assert.equal($('#locked-message').textContent, LOCKED_MESSAGE);
    assert.equal($('#locked').getAttribute('aria-label'), 'Interlude is locked');
  });

  it('brings the main window forward', async () => {
    const { note } = mount({ show_main_window: () => null });
    note.show();
    $('#locked-open-main').click();
    await settle();
    assert.deepEqual(calls, [{ cmd: 'show_main_window', args: {} }]);
    assert.equal($('#locked-status').textContent, '');
  });

  it('says where else to go if the main window does not come', async () => {
    const { note } = mount({ show_main_window: () => { throw REFUSED; } });
    note.show();
    $('#locked-open-main').click();
    await settle();
    assert.match($('#locked-status').textContent, /open it from Interlude’s icon in the tray/);
  });

  it('gives the form back as it was, with focus where the person was writing', () => {
    const { note, host, form, saved, takeaway } = mount();
    takeaway.fill('still here');
    takeaway.focus();
    note.show();
    assert.equal(note.hide(), true);
    assert.equal(host.hidden, true);
    for (const el of [form, saved]) {
      assert.equal(el.classList.contains('is-locked-away'), false);
      assert.equal(el.hasAttribute('inert'), false);
      assert.equal(el.hasAttribute('aria-hidden'), false);
    }
    assert.equal(saved.hidden, true, 'what was hidden before stays hidden');
    assert.equal(takeaway.value, 'still here');
    assert.equal(doc.activeElement, takeaway);
    assert.equal(note.hide(), false);
  });
});
