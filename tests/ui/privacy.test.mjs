// "Privacy and lock" in Settings, through a stand-in document and a fake
// backend: each state offers the right controls; a too-short or mismatched
// passphrase is caught before any call; every call carries exactly the
// arguments the backend expects; and each answer is published so the lock
// screen and the shortcut know.

import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';

import { FakeEvent, installDom, installTauri, removeDom, removeTauri, settle, deferred } from './fake-dom.mjs';
import { currentLockStatus, publishLockStatus, resetLockStatus } from '../../ui/lib/lock-status.js';
import { AUTO_LOCK_MINUTES, privacySection } from '../../ui/views/privacy.js';
import settings from '../../ui/views/settings.js';
import { MIN_PASSPHRASE_LENGTH, NO_KEYCHAIN, passphraseProblem } from '../../ui/lib/passphrase.js';
import { RECOVERY_ABOUT } from '../../ui/lib/recovery-key.js';

let doc;
let calls;

const $ = (sel) => doc.body.querySelector(sel);
const callsOf = (cmd) => calls.filter((c) => c.cmd === cmd);

const PLAIN = { state: 'open', keeper: 'none', previousKept: false, autoLockMinutes: 0, notificationsShowText: false };
const OPEN = {
  state: 'open', keeper: 'passphrase', previousKept: false, autoLockMinutes: 10, notificationsShowText: false,
};
const KEEPING = { loginAvailable: true, loginProblem: null };
const NONE = { ...PLAIN, ...KEEPING, keeper: 'none' };
const WITH_PASSPHRASE = { ...OPEN, ...KEEPING, keeper: 'passphrase' };
const WITH_LOGIN = { ...OPEN, ...KEEPING, keeper: 'login' };
const KEYCHAIN = { kind: 'keychain', message: 'This computer’s keychain couldn’t keep the key just now.' };
const CODE = '7K2M 9QXR 0ABC DEFG HJKM NPQR STVW XYZ0 1234 5678 9ABC DEFG HJKM';

async function show(status, handlers = {}) {
  calls = installTauri({ get_lock_status: () => status, ...handlers });
  const section = await privacySection({ refresh: () => {} });
  doc.body.append(section);
  return section;
}

function type(sel, value) {
  $(sel).fill(value);
}

function submit(formSel) {
  $(formSel).dispatchEvent(new FakeEvent('submit'));
}

/** Every field has a name a screen reader can say. */
function assertLabelled(section) {
  for (const control of section.querySelectorAll('input')) {
    const labelled = section.querySelector(`label[for="${control.id}"]`) || control.closest('label');
    assert.ok(labelled, `#${control.id} has a label`);
  }
  for (const control of section.querySelectorAll('select')) {
    assert.ok(section.querySelector(`label[for="${control.id}"]`), `#${control.id} has a label`);
  }
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

describe('passphrase rules', () => {
  it('wants 8 characters as a person counts them, and the same twice', () => {
    assert.equal(MIN_PASSPHRASE_LENGTH, 8);
    assert.deepEqual(passphraseProblem('short', 'short'),
      { field: 'new', message: 'Please use at least 8 characters.' });
    assert.equal(passphraseProblem('', '').field, 'new');
    assert.equal(passphraseProblem('🌿🌿🌿🌿', '🌿🌿🌿🌿').field, 'new', 'four leaves are four characters, not 16 bytes');
    assert.equal(passphraseProblem('eight ch', 'eight ch'), null);
    assert.equal(passphraseProblem('long enough', 'long enougH').field, 'confirm');
    assert.match(passphraseProblem('long enough', '').message, /don’t match/);
  });
});

describe('privacy and lock, without a passphrase', () => {
  it('explains what encryption protects and what forgetting means, and offers only the set-up form', async () => {
    const section = await show(PLAIN);
    assert.equal($('#privacy-heading').textContent, 'Privacy and lock');
    assert.equal(section.getAttribute('aria-labelledby'), 'privacy-heading');
    const about = $('#privacy-about').textContent;
    for (const part of [/journal file/, /search index/, /backups/, /can’t be read without it/]) assert.match(about, part);
    assert.match($('#privacy-forget').textContent, /forgotten, the journal can’t be opened/);
    assert.equal($('#protect-heading').textContent, 'Protect with a passphrase');
    for (const id of ['new-passphrase', 'confirm-passphrase']) {
      assert.equal($(`#${id}`).getAttribute('type'), 'password');
      assert.equal($(`#${id}`).getAttribute('autocomplete'), 'new-password');
    }
    assert.match($('#new-passphrase-hint').textContent, /At least 8 characters/);
    assert.equal($('#protect-submit').type, 'submit');
    assert.equal($('#protect-status').getAttribute('role'), 'status');
    for (const absent of ['#current-passphrase', '#lock-now', '#auto-lock', '#lock-show-text', '#previous-copy', '#change-form']) {
      assert.equal($(absent), null, absent);
    }
    assertLabelled(section);
  });

  it('catches a too-short passphrase without calling', async () => {
    await show(PLAIN, { set_passphrase: () => OPEN });
    type('#new-passphrase', 'seven c');
    type('#confirm-passphrase', 'seven c');
    submit('#protect-form');
    await settle();
    assert.equal(callsOf('set_passphrase').length, 0);
    assert.equal($('#protect-status').textContent, 'Please use at least 8 characters.');
    assert.equal(doc.activeElement, $('#new-passphrase'));
  });

  it('catches a mismatch without calling', async () => {
    await show(PLAIN, { set_passphrase: () => OPEN });
    type('#new-passphrase', 'a quiet lake at dawn');
    type('#confirm-passphrase', 'a quiet lake at dusk');
    submit('#protect-form');
    await settle();
    assert.equal(callsOf('set_passphrase').length, 0);
    assert.match($('#protect-status').textContent, /don’t match/);
    assert.equal(doc.activeElement, $('#confirm-passphrase'));
  });

  it('encrypts with current: null, calmly busy meanwhile, then confirms and shows the lock controls', async () => {
    const answer = deferred();
    const section = await show(PLAIN, { set_passphrase: () => answer.promise });
    type('#new-passphrase', 'a quiet lake at dawn');
    type('#confirm-passphrase', 'a quiet lake at dawn');
    submit('#protect-form');
    submit('#protect-form'); // a second Enter while it works
    await settle();
    assert.deepEqual(callsOf('set_passphrase').map((c) => c.args),
      [{ current: null, passphrase: 'a quiet lake at dawn' }]);
    assert.equal($('#protect-form fieldset').disabled, true, 'the form is disabled while it works');
    assert.equal($('#protect-form').getAttribute('aria-busy'), 'true');
    assert.match($('#protect-status').textContent, /Protecting your journal… This can take a few seconds/);
    assert.equal(doc.activeElement, $('#protect-status'), 'focus waits on the status, not on a disabled field');

    const encrypted = { ...OPEN, previousKept: true };
    answer.resolve(encrypted);
    await settle();
    assert.match($('#privacy-status').textContent, /Your journal is protected now/);
    assert.equal($('#privacy-status').getAttribute('role'), 'status');
    assert.equal(doc.activeElement, $('#privacy-status'));
    assert.equal($('#protect-form'), null);
    assert.ok($('#lock-now'));
    assert.ok($('#previous-copy'));
    assert.equal(doc.body.querySelectorAll('#privacy').length, 1);
    assert.equal(section.querySelector('#new-passphrase').value, '', 'the passphrase is not left in the page');
    assert.deepEqual(currentLockStatus(), encrypted, 'published for the lock screen and the shortcut');
  });

  it('shows the backend’s reason and gives the form back', async () => {
    await show(PLAIN, { set_passphrase: () => { throw { kind: 'invalid', message: 'Please use at least 8 characters.' }; } });
    type('#new-passphrase', 'eight ch');
    type('#confirm-passphrase', 'eight ch');
    submit('#protect-form');
    await settle();
    assert.equal($('#protect-status').textContent, 'Please use at least 8 characters.');
    assert.equal($('#protect-form fieldset').disabled, false);
    assert.equal($('#protect-form').hasAttribute('aria-busy'), false);
    assert.equal(doc.activeElement, $('#new-passphrase'));
    assert.equal($('#new-passphrase').value, 'eight ch', 'what was typed stays');
  });
});

describe('privacy and lock, with a passphrase', () => {
  it('offers Lock now, auto-lock, reminder wording and changing the passphrase', async () => {
    const section = await show(OPEN);
    assert.match($('#privacy-about').textContent, /encrypted on this computer/);
    assert.equal($('#lock-now').textContent, 'Lock now');
    assert.match($('#lock-now-hint').textContent, /Ctrl\+Shift\+L/);

    const select = $('#auto-lock');
    assert.deepEqual(select.querySelectorAll('option').map((o) => o.getAttribute('value')),
      AUTO_LOCK_MINUTES.map(String));
    assert.deepEqual(select.querySelectorAll('option').map((o) => o.textContent),
      ['Never', '5 minutes', '10 minutes', '15 minutes', '30 minutes', '60 minutes']);
    assert.equal(select.value, '10');

    const box = $('#lock-show-text');
    assert.equal(box.getAttribute('type'), 'checkbox');
    assert.equal(box.checked, false, 'off unless the person turns it on');
    assert.equal(box.closest('label').textContent, 'Show plan names in reminders while locked');
    assert.match($('#lock-show-text-hint').textContent, /just say “Time for your practice”/);
    assert.equal($('#lock-settings-status').getAttribute('role'), 'status');

    assert.equal($('#change-heading').textContent, 'Change passphrase');
    assert.equal($('#current-passphrase').getAttribute('autocomplete'), 'current-password');
    assert.equal($('#new-passphrase').getAttribute('autocomplete'), 'new-password');
    assert.equal($('#confirm-passphrase').getAttribute('autocomplete'), 'new-password');
    assert.equal($('#change-status').getAttribute('role'), 'status');

    assert.equal($('#previous-copy'), null, 'no old copy, no notice');
    assert.equal($('#protect-form'), null);
    assertLabelled(section);
  });

  it('shows a saved auto-lock this version does not offer as it is', async () => {
    await show({ ...OPEN, autoLockMinutes: 20 });
    assert.equal($('#auto-lock').value, '20');
  });

  it('Lock now locks, and says so to the rest of the app', async () => {
    await show(OPEN, { lock_now: () => ({ ...OPEN, state: 'locked' }) });
    $('#lock-now').click();
    await settle();
    assert.deepEqual(callsOf('lock_now').map((c) => c.args), [{}]);
    assert.equal(currentLockStatus().state, 'locked');
  });

  it('saves auto-lock and the reminder wording together, with exact arguments', async () => {
    await show(OPEN, { set_lock_settings: (a) => ({ ...OPEN, ...a }) });
    const select = $('#auto-lock');
    select.value = '30';
    select.dispatchEvent(new FakeEvent('change'));
    await settle();
    $('#lock-show-text').click();
    await settle();
    assert.deepEqual(callsOf('set_lock_settings').map((c) => c.args), [
      { autoLockMinutes: 30, notificationsShowText: false, safetyPlanOnLockScreen: false },
      { autoLockMinutes: 30, notificationsShowText: true, safetyPlanOnLockScreen: false },
    ]);
    assert.equal($('#lock-settings-status').textContent, 'Saved');
    assert.equal(currentLockStatus().notificationsShowText, true);

    select.value = '0';
    select.dispatchEvent(new FakeEvent('change'));
    await settle();
    assert.deepEqual(callsOf('set_lock_settings')[2].args,
      { autoLockMinutes: 0, notificationsShowText: true, safetyPlanOnLockScreen: false });
  });

  it('puts back what is really saved when saving fails', async () => {
    await show(OPEN, { set_lock_settings: () => { throw { kind: 'invalid', message: 'That isn’t a choice here.' }; } });
    const select = $('#auto-lock');
    select.value = '60';
    select.dispatchEvent(new FakeEvent('change'));
    await settle();
    assert.equal(select.value, '10');
    assert.equal($('#lock-settings-status').textContent, 'That isn’t a choice here.');
  });

  it('changes the passphrase with the current one, after checking the new one here', async () => {
    await show(OPEN, { set_passphrase: () => ({ ...OPEN, previousKept: true }) });
    // No current passphrase typed: nothing is sent.
    type('#new-passphrase', 'a new one, longer');
    type('#confirm-passphrase', 'a new one, longer');
    submit('#change-form');
    await settle();
    assert.equal(callsOf('set_passphrase').length, 0);
    assert.equal(doc.activeElement, $('#current-passphrase'));

    type('#current-passphrase', 'the old one');
    type('#confirm-passphrase', 'a new one, longr');
    submit('#change-form');
    await settle();
    assert.equal(callsOf('set_passphrase').length, 0, 'mismatch caught here');

    type('#confirm-passphrase', 'a new one, longer');
    submit('#change-form');
    await settle();
    assert.deepEqual(callsOf('set_passphrase').map((c) => c.args),
      [{ current: 'the old one', passphrase: 'a new one, longer' }]);
    assert.match($('#privacy-status').textContent, /Your passphrase is changed/);
    assert.equal($('#previous-copy p').textContent,
      'A copy from before the change is kept until you’re sure everything is here.');
  });

  it('a wrong current passphrase keeps everything typed and puts focus back on it', async () => {
    await show(OPEN, { set_passphrase: () => { throw { kind: 'wrongKey', message: 'That isn’t your current passphrase.' }; } });
    type('#current-passphrase', 'not the old one');
    type('#new-passphrase', 'a new one, longer');
    type('#confirm-passphrase', 'a new one, longer');
    submit('#change-form');
    await settle();
    assert.equal($('#change-status').textContent, 'That isn’t your current passphrase.');
    assert.equal(doc.activeElement, $('#current-passphrase'));
    assert.equal($('#current-passphrase').selectionEnd, 'not the old one'.length);
    assert.equal($('#new-passphrase').value, 'a new one, longer');
  });
});

describe('the safety plan on the lock screen', () => {
  const HINT = 'A copy of your safety plan is kept beside the journal without encryption, so it can be read '
    + 'without your passphrase — by you in a hard moment, and by anyone who can open your files.';

  it('is off unless the person turns it on, with what it costs said right beside it', async () => {
    const section = await show(WITH_PASSPHRASE);
    const box = $('#lock-safety-plan');
    assert.equal(box.getAttribute('type'), 'checkbox');
    assert.equal(box.checked, false);
    assert.equal(box.closest('label').textContent, 'Show my safety plan on the lock screen');
    assert.equal(box.getAttribute('aria-describedby'), 'lock-safety-plan-hint');
    assert.equal($('#lock-safety-plan-hint').textContent, HINT);
    assertLabelled(section);
  });

  it('shows as saved', async () => {
    await show({ ...WITH_PASSPHRASE, safetyPlanOnLockScreen: true });
    assert.equal($('#lock-safety-plan').checked, true);
  });

  it('is saved through set_lock_settings with the other lock settings, and published', async () => {
    await show(WITH_PASSPHRASE, { set_lock_settings: (a) => ({ ...WITH_PASSPHRASE, ...a }) });
    $('#lock-safety-plan').click();
    await settle();
    assert.deepEqual(callsOf('set_lock_settings').map((c) => c.args),
      [{ autoLockMinutes: 10, notificationsShowText: false, safetyPlanOnLockScreen: true }]);
    assert.equal($('#lock-settings-status').textContent, 'Saved');
    assert.equal(currentLockStatus().safetyPlanOnLockScreen, true);

    // Another setting later keeps this one as it is.
    $('#lock-show-text').click();
    await settle();
    assert.deepEqual(callsOf('set_lock_settings')[1].args,
      { autoLockMinutes: 10, notificationsShowText: true, safetyPlanOnLockScreen: true });
    $('#lock-safety-plan').click();
    await settle();
    assert.equal(callsOf('set_lock_settings')[2].args.safetyPlanOnLockScreen, false);
  });

  it('puts back what is really saved when saving fails', async () => {
    await show(WITH_PASSPHRASE, {
      set_lock_settings: () => { throw { kind: 'io', message: 'The copy couldn’t be written just now.' }; },
    });
    $('#lock-safety-plan').click();
    await settle();
    assert.equal($('#lock-safety-plan').checked, false);
    assert.equal($('#lock-settings-status').textContent, 'The copy couldn’t be written just now.');
  });

  it('says “without unlocking” for a journal kept with the login (there is no passphrase)', async () => {
    await show(WITH_LOGIN);
    assert.match($('#lock-safety-plan-hint').textContent, /so it can be read without unlocking — by you in a hard moment/);
  });

  it('isn’t offered without a lock (an unencrypted journal has no lock screen)', async () => {
    await show(NONE);
    assert.equal($('#lock-safety-plan'), null);
  });
});

describe('the copy kept from before a change', () => {
  function dialog() {
    const d = doc.createElement('dialog');
    d.id = 'confirm-forget-copy';
    const keep = doc.createElement('button');
    keep.id = 'confirm-forget-copy-no';
    d.append(keep);
    doc.body.append(d);
    return d;
  }

  it('is removed only after the dialog says so', async () => {
    const d = dialog();
    await show({ ...OPEN, previousKept: true }, { forget_previous_copy: () => OPEN });
    assert.equal($('#forget-previous').textContent, 'Remove the old copy');

    $('#forget-previous').click();
    await settle();
    assert.equal(d.open, true);
    assert.equal(doc.activeElement, $('#confirm-forget-copy-no'), 'the safe choice has focus');
    d.close('keep');
    await settle();
    assert.equal(callsOf('forget_previous_copy').length, 0);
    assert.ok($('#previous-copy'));

    $('#forget-previous').click();
    await settle();
    d.close('remove');
    await settle();
    assert.deepEqual(callsOf('forget_previous_copy').map((c) => c.args), [{}]);
    assert.equal($('#previous-copy'), null);
    assert.equal($('#privacy-status').textContent, 'The old copy is removed.');
    assert.equal(doc.activeElement, $('#privacy-status'));
  });

  it('says why when it could not be removed', async () => {
    const d = dialog();
    await show({ ...OPEN, previousKept: true }, {
      forget_previous_copy: () => { throw { kind: 'io', message: 'The old copy couldn’t be removed just now.' }; },
    });
    $('#forget-previous').click();
    await settle();
    d.close('remove');
    await settle();
    assert.equal($('#previous-copy-status').textContent, 'The old copy couldn’t be removed just now.');
    assert.equal($('#forget-previous').disabled, false);
  });
});

describe('privacy in Settings', () => {
  const base = {
    get_settings: () => ({ theme: 'system' }),
    get_app_info: () => ({ version: '0.1.0', schemaVersion: 3, dataDir: '/home/a/.local/share/interlude' }),
    get_autostart: () => false,
    get_reminder_settings: () => { throw { kind: 'internal', message: 'x' }; },
    get_reminder_status: () => { throw { kind: 'internal', message: 'x' }; },
  };

  it('sits after Reminders and before Your data', async () => {
    calls = installTauri({ ...base, get_lock_status: () => OPEN });
    const root = doc.createElement('div');
    await settings.render(root, {}, { refresh: () => {} });
    const headings = root.querySelectorAll('h2').map((h) => h.textContent);
    assert.deepEqual(headings.filter((t) => ['Reminders', 'Privacy and lock', 'Your data'].includes(t)),
      ['Reminders', 'Privacy and lock', 'Your data']);
  });

  it('fails on its own, inside its section', async () => {
    calls = installTauri({ ...base, get_lock_status: () => { throw { kind: 'internal', message: 'Privacy settings didn’t load.' }; } });
    const root = doc.createElement('div');
    await settings.render(root, {}, { refresh: () => {} });
    doc.body.append(root);
    assert.match($('#privacy').textContent, /Privacy settings didn’t load\./);
    assert.equal($('#app-version').textContent, '0.1.0');
  });
});

describe('how your journal is kept', () => {
  it('unencrypted: two ways to protect it, the login first', async () => {
    const section = await show(NONE);
    assert.equal($('#keeper-heading').textContent, 'How your journal is kept');
    assert.match($('#keeper-now').textContent, /kept unencrypted/);
    assert.equal($('#privacy-keeper').dataset.keeper, 'none');
    const button = $('#protect-login');
    assert.equal(button.textContent, 'Protect it with my login');
    assert.equal(button.disabled, false);
    assert.match($('#protect-login-about').textContent, /keychain/);
    assert.match($('#protect-login-about').textContent, /anyone who can log in as you here can open it/);
    assert.equal($('#protect-login-note'), null);
    assert.ok($('#protect-form'), 'and the passphrase form, as before');
    assert.equal($('#protect-heading').textContent, 'Protect with a passphrase');
    for (const absent of ['#use-login', '#use-passphrase', '#lock-now', '#change-form']) assert.equal($(absent), null, absent);
    assertLabelled(section);
  });

  it('unencrypted, without a keychain: the login is offered disabled, with a plain note', async () => {
    await show({ ...NONE, loginAvailable: false }, { use_login: () => WITH_LOGIN });
    assert.equal($('#protect-login').disabled, true);
    assert.equal($('#protect-login-note').textContent, NO_KEYCHAIN);
    assert.match($('#protect-login').getAttribute('aria-describedby'), /protect-login-note/);
    $('#protect-login').click();
    await settle();
    assert.equal(callsOf('use_login').length, 0);
    assert.ok($('#protect-form'), 'the passphrase is still offered');
  });

  it('a status that doesn’t say (no keeper, no loginAvailable) reads as unencrypted with the login out of reach', async () => {
    await show({ state: 'open', previousKept: false, autoLockMinutes: 0, notificationsShowText: false });
    assert.equal($('#privacy-keeper').dataset.keeper, 'none');
    assert.equal($('#protect-login').disabled, true);
  });

  it('Protect it with my login: one call with current null, calmly busy, then the login’s part', async () => {
    const answer = deferred();
    await show(NONE, { use_login: () => answer.promise });
    $('#protect-login').click();
    $('#protect-login').click(); // twice, while it works
    await settle();
    assert.deepEqual(callsOf('use_login').map((c) => c.args), [{ current: null }]);
    assert.match($('#protect-login-status').textContent, /Protecting your journal…/);
    assert.equal(doc.activeElement, $('#protect-login-status'));
    assert.equal($('#protect-login').disabled, true);

    answer.resolve({ ...WITH_LOGIN, previousKept: true });
    await settle();
    assert.equal($('#privacy-status').textContent,
      'Your journal is protected now. It opens with your login on this computer.');
    assert.equal(doc.activeElement, $('#privacy-status'));
    assert.equal($('#privacy-keeper').dataset.keeper, 'login');
    assert.ok($('#lock-now'));
    assert.ok($('#previous-copy'));
    assert.equal(currentLockStatus().keeper, 'login', 'published for the lock screen');
  });

  it('Protect it with my login: a keychain that won’t keep the key is said plainly, and the button comes back', async () => {
    await show(NONE, { use_login: () => { throw KEYCHAIN; } });
    $('#protect-login').click();
    await settle();
    assert.equal($('#protect-login-status').textContent, KEYCHAIN.message);
    assert.equal($('#protect-login').disabled, false);
    assert.equal($('#privacy-keeper').dataset.keeper, 'none');
  });

  it('with a passphrase: change it, or use the login instead with the current passphrase', async () => {
    const section = await show(WITH_PASSPHRASE);
    assert.equal($('#keeper-now').textContent, 'With a passphrase you type when Interlude opens.');
    assert.ok($('#change-form'));
    assert.equal($('#change-heading').textContent, 'Change passphrase');
    assert.equal($('#use-login-heading').textContent, 'Use my login instead');
    const field = $('#use-login-current');
    assert.equal(field.getAttribute('type'), 'password');
    assert.equal(field.getAttribute('autocomplete'), 'current-password');
    assert.equal($('label[for="use-login-current"]').textContent, 'Current passphrase');
    assert.equal($('#use-login').textContent, 'Use my login instead');
    assert.equal($('#use-login').disabled, false);
    assert.equal($('#use-login-status').getAttribute('role'), 'status');
    for (const id of ['#lock-now', '#auto-lock', '#lock-show-text']) assert.ok($(id), id);
    for (const absent of ['#protect-login', '#use-passphrase', '#protect-form']) assert.equal($(absent), null, absent);
    assert.equal(section.querySelectorAll('#current-passphrase').length, 1, 'ids stay unique');
    assertLabelled(section);
  });

  it('with a passphrase, without a keychain: Use my login is disabled, with the note', async () => {
    await show({ ...WITH_PASSPHRASE, loginAvailable: false }, { use_login: () => WITH_LOGIN });
    assert.equal($('#use-login').disabled, true);
    assert.equal($('#use-login-current').disabled, true);
    assert.equal($('#use-login-note').textContent, NO_KEYCHAIN);
    submit('#use-login-form');
    await settle();
    assert.equal(callsOf('use_login').length, 0);
  });

  it('Use my login instead: asks for the current passphrase first, then sends it', async () => {
    await show(WITH_PASSPHRASE, { use_login: () => ({ ...WITH_LOGIN, previousKept: true }) });
    submit('#use-login-form');
    await settle();
    assert.equal(callsOf('use_login').length, 0);
    assert.equal($('#use-login-status').textContent, 'Please type your current passphrase first.');
    assert.equal(doc.activeElement, $('#use-login-current'));

    type('#use-login-current', 'the old one');
    $('#use-login').click();
    await settle();
    assert.deepEqual(callsOf('use_login').map((c) => c.args), [{ current: 'the old one' }]);
    assert.match($('#privacy-status').textContent, /opens with your login on this computer now/);
    assert.equal($('#privacy-keeper').dataset.keeper, 'login');
    assert.equal($('#use-login-current'), null, 'the passphrase is not left in the page');
    assert.ok($('#previous-copy'));
  });

  it('Use my login instead: a wrong passphrase keeps it typed, selected, with focus', async () => {
    await show(WITH_PASSPHRASE, {
      use_login: () => { throw { kind: 'wrongKey', message: 'That isn’t your current passphrase.' }; },
    });
    type('#use-login-current', 'not it');
    submit('#use-login-form');
    await settle();
    assert.equal($('#use-login-status').textContent, 'That isn’t your current passphrase.');
    assert.equal(doc.activeElement, $('#use-login-current'));
    assert.equal($('#use-login-current').selectionEnd, 'not it'.length);
    assert.equal($('#use-login').disabled, false);
    assert.equal($('#use-login-form').hasAttribute('aria-busy'), false);
  });

  it('with the login: says so, keeps the lock controls, and offers a passphrase instead', async () => {
    const section = await show(WITH_LOGIN);
    assert.match($('#privacy-about').textContent, /encrypted on this computer/);
    assert.doesNotMatch($('#privacy-about').textContent, /passphrase/);
    assert.equal($('#keeper-now').textContent, 'Opens with your login on this computer.');
    for (const id of ['#lock-now', '#auto-lock', '#lock-show-text']) assert.ok($(id), id);
    assert.equal($('#use-passphrase-heading').textContent, 'Use a passphrase instead');
    for (const id of ['use-passphrase-new', 'use-passphrase-confirm']) {
      assert.equal($(`#${id}`).getAttribute('type'), 'password');
      assert.equal($(`#${id}`).getAttribute('autocomplete'), 'new-password');
    }
    assert.match($('#use-passphrase-new-hint').textContent, /At least 8 characters/);
    assert.match($('#use-passphrase-forget').textContent, /forgotten, the journal can’t be opened/);
    assert.equal($('#use-passphrase').type, 'submit');
    for (const absent of ['#current-passphrase', '#change-form', '#protect-form', '#protect-login', '#use-login']) {
      assert.equal($(absent), null, absent);
    }
    assertLabelled(section);
  });

  it('Use a passphrase instead: checked here first, then set with current null', async () => {
    const answer = deferred();
    await show({ ...WITH_LOGIN, previousKept: true }, { set_passphrase: () => answer.promise, forget_previous_copy: () => WITH_LOGIN });
    assert.ok($('#previous-copy'), 'the old copy part works for the login too');
    type('#use-passphrase-new', 'short');
    type('#use-passphrase-confirm', 'short');
    submit('#use-passphrase-form');
    await settle();
    assert.equal(callsOf('set_passphrase').length, 0);
    assert.equal($('#use-passphrase-status').textContent, 'Please use at least 8 characters.');
    assert.equal(doc.activeElement, $('#use-passphrase-new'));

    type('#use-passphrase-new', 'a quiet lake at dawn');
    type('#use-passphrase-confirm', 'a quiet lake at dusk');
    submit('#use-passphrase-form');
    await settle();
    assert.equal(callsOf('set_passphrase').length, 0);
    assert.equal(doc.activeElement, $('#use-passphrase-confirm'));

    type('#use-passphrase-confirm', 'a quiet lake at dawn');
    $('#use-passphrase').click();
    await settle();
    assert.deepEqual(callsOf('set_passphrase').map((c) => c.args), [{ current: null, passphrase: 'a quiet lake at dawn' }]);
    assert.match($('#use-passphrase-status').textContent, /Moving your journal to a passphrase…/);
    assert.equal($('#use-passphrase-form fieldset').disabled, true);

    answer.resolve({ ...WITH_PASSPHRASE, previousKept: true });
    await settle();
    assert.match($('#privacy-status').textContent, /opens with your passphrase now/);
    assert.equal($('#privacy-keeper').dataset.keeper, 'passphrase');
    assert.ok($('#change-form'));
    assert.equal(currentLockStatus().keeper, 'passphrase');
  });
});

describe('the recovery key in Settings', () => {
  const withKey = (more = {}) => ({ get_recovery_key: () => ({ code: CODE }), ...more });

  it('is offered for a login-kept journal only, and not fetched until asked for', async () => {
    await show(WITH_LOGIN, withKey());
    const part = $('#recovery-part');
    assert.ok(part);
    assert.equal(part.closest('#privacy-keeper'), $('#privacy-keeper'), 'part of how the journal is kept');
    assert.equal($('#recovery-part-heading').textContent, 'Recovery key');
    assert.equal($('#recovery-part-about').textContent, RECOVERY_ABOUT);
    const button = $('#show-recovery-key');
    assert.equal(button.textContent, 'Show my recovery key');
    assert.equal(button.type, 'button');
    assert.equal(button.getAttribute('aria-expanded'), 'false');
    assert.equal(button.getAttribute('aria-controls'), 'recovery-key-shown');
    assert.equal($('#recovery-key-shown').hidden, true);
    assert.equal($('#recovery-key-shown').textContent, '');
    assert.equal(callsOf('get_recovery_key').length, 0);
    assert.equal($('#recovery-status').getAttribute('role'), 'status');

    for (const status of [NONE, WITH_PASSPHRASE]) {
      removeDom();
      doc = installDom();
      await show(status, withKey());
      assert.equal($('#recovery-part'), null, `not for keeper ${status.keeper}`);
      assert.equal($('#show-recovery-key'), null);
    }
  });

  it('Show fetches it and shows it, focused; Hide takes it out of the page and gives focus back', async () => {
    await show(WITH_LOGIN, withKey());
    $('#show-recovery-key').click();
    await settle();
    assert.deepEqual(callsOf('get_recovery_key').map((c) => c.args), [{}]);
    const key = $('#recovery-key-shown');
    assert.equal(key.hidden, false);
    assert.equal(key.textContent, CODE);
    assert.equal(key.getAttribute('aria-label'), 'Recovery key');
    assert.equal(key.querySelectorAll('span').length, 13);
    assert.equal(doc.activeElement, key, 'read out at once');
    assert.equal($('#show-recovery-key').hidden, true);
    assert.equal($('#show-recovery-key').getAttribute('aria-expanded'), 'true');
    const hide = $('#hide-recovery-key');
    assert.equal(hide.textContent, 'Hide');
    assert.equal(hide.closest('[hidden]'), null, 'Hide is there to press');

    hide.click();
    assert.equal(key.textContent, '', 'hidden means gone from the page');
    assert.equal(key.children.length, 0);
    assert.equal(key.hidden, true);
    assert.equal(hide.closest('[hidden]') !== null, true);
    assert.equal($('#show-recovery-key').hidden, false);
    assert.equal($('#show-recovery-key').getAttribute('aria-expanded'), 'false');
    assert.equal(doc.activeElement, $('#show-recovery-key'));

    $('#show-recovery-key').click();
    await settle();
    assert.equal(callsOf('get_recovery_key').length, 2, 'fetched again, never kept');
    assert.equal(key.textContent, CODE);
  });

  it('is hidden again when the app locks', async () => {
    await show(WITH_LOGIN, withKey({ lock_now: () => ({ ...WITH_LOGIN, state: 'locked' }) }));
    $('#show-recovery-key').click();
    await settle();
    publishLockStatus({ ...WITH_LOGIN, autoLockMinutes: 5 }); // news that isn't a lock
    assert.equal($('#recovery-key-shown').textContent, CODE);
    $('#lock-now').click();
    await settle();
    assert.equal($('#recovery-key-shown').textContent, '');
    assert.equal($('#recovery-key-shown').hidden, true);
    assert.equal($('#show-recovery-key').hidden, false);
  });

  it('is hidden again once the section has left the page (another page, a redraw)', async () => {
    const section = await show(WITH_LOGIN, withKey());
    $('#show-recovery-key').click();
    await settle();
    const key = $('#recovery-key-shown');
    section.remove();
    publishLockStatus(WITH_LOGIN); // the next news of any kind
    assert.equal(key.textContent, '');
  });

  it('an answer that comes after the page was left isn’t shown', async () => {
    const answer = deferred();
    const section = await show(WITH_LOGIN, withKey({ get_recovery_key: () => answer.promise }));
    const key = $('#recovery-key-shown');
    $('#show-recovery-key').click();
    await settle();
    assert.equal($('#recovery-part').getAttribute('aria-busy'), 'true');
    section.remove();
    answer.resolve({ code: CODE });
    await settle();
    assert.equal(key.textContent, '');
  });

  it('says why when it can’t be shown, and the button comes back', async () => {
    await show(WITH_LOGIN, withKey({
      get_recovery_key: () => { throw { kind: 'invalid', message: 'A recovery key is for a journal your login keeps.' }; },
    }));
    $('#show-recovery-key').click();
    await settle();
    assert.equal($('#recovery-status').textContent, 'A recovery key is for a journal your login keeps.');
    assert.equal($('#recovery-key-shown').hidden, true);
    assert.equal($('#show-recovery-key').hidden, false);
    assert.equal($('#recovery-part').hasAttribute('aria-busy'), false);
  });
});

describe('after a key change, the backend’s notice', () => {
  const NOTICE = 'Your journal now opens with its new key. 1 older backup couldn’t be moved to it '
    + '(the disk was full) and is kept as it was: interlude-20261124-090500-daily.db.';
  const PASSPHRASE = 'a quiet lake at dawn';

  /** Each way the key can change: the status it starts from, what the
   *  backend is asked, how the person asks, and the usual sentence. */
  const CHANGES = [
    {
      name: 'protect with a passphrase', from: NONE, cmd: 'set_passphrase', to: WITH_PASSPHRASE,
      usual: /Your journal is protected now/,
      act: () => {
        type('#new-passphrase', PASSPHRASE);
        type('#confirm-passphrase', PASSPHRASE);
        submit('#protect-form');
      },
    },
    {
      name: 'protect with the login', from: NONE, cmd: 'use_login', to: WITH_LOGIN,
      usual: /Your journal is protected now\. It opens with your login/,
      act: () => $('#protect-login').click(),
    },
    {
      name: 'change the passphrase', from: WITH_PASSPHRASE, cmd: 'set_passphrase', to: WITH_PASSPHRASE,
      usual: /Your passphrase is changed/,
      act: () => {
        type('#current-passphrase', 'the old one');
        type('#new-passphrase', PASSPHRASE);
        type('#confirm-passphrase', PASSPHRASE);
        submit('#change-form');
      },
    },
    {
      name: 'use the login instead', from: WITH_PASSPHRASE, cmd: 'use_login', to: WITH_LOGIN,
      usual: /opens with your login on this computer now/,
      act: () => {
        type('#use-login-current', 'the old one');
        submit('#use-login-form');
      },
    },
    {
      name: 'use a passphrase instead', from: WITH_LOGIN, cmd: 'set_passphrase', to: WITH_PASSPHRASE,
      usual: /opens with your passphrase now/,
      act: () => {
        type('#use-passphrase-new', PASSPHRASE);
        type('#use-passphrase-confirm', PASSPHRASE);
        submit('#use-passphrase-form');
      },
    },
  ];

  for (const change of CHANGES) {
    it(`${change.name}: the notice is said instead of the usual sentence, calmly`, async () => {
      await show(change.from, { [change.cmd]: () => ({ ...change.to, previousKept: true, notice: NOTICE }) });
      change.act();
      await settle();
      assert.equal(callsOf(change.cmd).length, 1);
      const status = $('#privacy-status');
      assert.equal(status.textContent, NOTICE);
      assert.equal(status.getAttribute('role'), 'status', 'a polite live region');
      assert.equal(status.classList.contains('is-error'), false, 'not an error: the change went through');
      assert.equal(doc.activeElement, status);
      assert.equal($('#privacy-keeper').dataset.keeper, change.to.keeper);
    });

    it(`${change.name}: without a notice (null, or only spaces), the usual sentence`, async () => {
      for (const notice of [null, '  ']) {
        doc.body.replaceChildren();
        await show(change.from, { [change.cmd]: () => ({ ...change.to, notice }) });
        change.act();
        await settle();
        assert.match($('#privacy-status').textContent, change.usual, JSON.stringify(notice));
      }
    });
  }
});
