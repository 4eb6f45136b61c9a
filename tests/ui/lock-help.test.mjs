// "Need help now?" wherever the journal is out of reach — the lock screen
// (passphrase, login, recovery key), the first run, and the band about a
// damaged or unreadable journal — through a stand-in document and a fake
// backend: one click opens the crisis lines, nothing is unlocked or
// uncovered, focus goes in and comes back.

import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';

import { FakeEvent, installDom, installTauri, removeDom, removeTauri, settle, deferred } from './fake-dom.mjs';
import { journalBanner } from '../../ui/components/journal-banner.js';
import { lockScreen } from '../../ui/components/lock-screen.js';
import { resetLockStatus } from '../../ui/lib/lock-status.js';

let doc;
let calls;
const $ = (sel) => doc.body.querySelector(sel);
const callsOf = (cmd) => calls.filter((c) => c.cmd === cmd);

const OPEN = {
  state: 'open', keeper: 'passphrase', previousKept: false, autoLockMinutes: 10, notificationsShowText: false,
};
const PASSPHRASE_LOCKED = { ...OPEN, state: 'locked', keeper: 'passphrase', loginAvailable: true, loginProblem: null };
const LOGIN_LOCKED = { ...PASSPHRASE_LOCKED, keeper: 'login' };
const NO_KEY = 'Your login’s keychain didn’t open your journal. Unlock the keychain, or use your recovery key.';
const NEW = {
  state: 'new', keeper: 'none', previousKept: false, autoLockMinutes: 0, notificationsShowText: false,
  loginAvailable: true, loginProblem: null,
};
const INDIA = {
  region: { code: 'IN', name: 'India' }, regionSource: 'timeZone',
  lines: [{ name: 'Tele-MANAS', number: '14416', hours: '24 hours, every day', ways: ['call'], note: 'Free.', source: 'x', verified: '2026-12-04' }],
  emergency: '112',
  fallback: { number: '112', note: 'In many countries.', directory: 'findahelpline.com', directoryNote: 'Type it into a browser.' },
  safetyPlan: null,
};
// Anything that would open or read the journal: none of it may be asked.
const JOURNAL = ['unlock', 'unlock_with_login', 'unlock_with_recovery_key', 'create_journal', 'get_safety_plan'];

beforeEach(() => {
  doc = installDom();
  resetLockStatus();
});
afterEach(() => {
  resetLockStatus();
  removeDom();
  removeTauri();
});

function mount(status, handlers = {}, { atStart = false } = {}) {
  calls = installTauri({
    get_crisis_help: () => INDIA,
    list_regions: () => [{ code: 'IN', name: 'India', hasLines: true }],
    ...handlers,
  });
  const shell = doc.createElement('div');
  shell.className = 'shell';
  const host = doc.createElement('div');
  host.id = 'lock-screen';
  host.hidden = true;
  doc.body.append(shell, host);
  const screen = lockScreen(host, { covers: [shell], onUnlocked: () => {} });
  screen.show(status, { atStart });
  return { screen, host, shell };
}

/** Opens the crisis lines with `buttonId` and checks they came without
 *  anything of the journal: still covered, nothing unlocked. */
async function opensWithoutUnlocking({ buttonId, panelId, shell, host }) {
  const button = $(`#${buttonId}`);
  assert.equal(button.textContent, 'Need help now?');
  assert.ok(host.contains(button), 'on the lock screen itself');
  button.click();
  assert.equal(doc.activeElement, $(`#${panelId}-title`), 'focus moves into it');
  await settle();
  assert.equal($(`#${panelId}`).hidden, false);
  assert.ok(host.contains($(`#${panelId}`)), 'in the lock card, not over the app');
  assert.equal($(`#${panelId}-region-name`).textContent, 'Crisis lines for India');
  assert.equal($(`#${panelId}-lines .crisis-help-number`).textContent, '14416');
  assert.deepEqual(callsOf('get_crisis_help').map((c) => c.args), [{}]);
  for (const cmd of JOURNAL) assert.equal(callsOf(cmd).length, 0, `${cmd} is not asked`);
  assert.equal(host.hidden, false, 'the lock screen stays');
  assert.ok(shell.hasAttribute('inert'), 'the journal stays covered');
  assert.equal(shell.getAttribute('aria-hidden'), 'true');
  // The rest of the card steps aside (crisis.css), so the numbers are on
  // screen at once.
  assert.ok(button.closest('.card').classList.contains('is-helping'));

  $(`#${panelId}`).dispatchEvent(new FakeEvent('keydown', { key: 'Escape' }));
  assert.equal($(`#${panelId}`).hidden, true);
  assert.equal(doc.activeElement, button, 'focus back on the button');
  assert.ok(!button.closest('.card').classList.contains('is-helping'), 'and the card is whole again');
}

describe('need help now? on the lock screen', () => {
  it('the passphrase form: opens the lines in place, and what was typed stays', async () => {
    const { shell, host } = mount(PASSPHRASE_LOCKED);
    $('#unlock-passphrase').fill('half typed');
    assert.equal($('#lock-help').closest('form'), null, 'outside the form: it never submits it');
    await opensWithoutUnlocking({ buttonId: 'lock-help', panelId: 'lock-help-panel', shell, host });
    assert.equal($('#unlock-passphrase').value, 'half typed');
  });

  it('the login form: opens the lines in place without asking the keychain', async () => {
    const { shell, host } = mount(LOGIN_LOCKED);
    assert.ok($('#unlock-login'));
    await opensWithoutUnlocking({ buttonId: 'lock-help', panelId: 'lock-help-panel', shell, host });
  });

  it('the recovery-key form: opens the lines in place, and the code typed stays', async () => {
    const { shell, host } = mount({ ...LOGIN_LOCKED, loginProblem: NO_KEY });
    assert.ok($('#recovery-form'));
    $('#recovery-code').fill('7K2M 9QXR');
    await opensWithoutUnlocking({ buttonId: 'lock-help', panelId: 'lock-help-panel', shell, host });
    assert.equal($('#recovery-code').value, '7K2M 9QXR');
  });

  it('putting the lines away brings the form back to the top of a scrolled lock screen', async () => {
    const { host } = mount(PASSPHRASE_LOCKED);
    host.className = 'lock-screen';
    $('#lock-help').click();
    await settle();
    host.scrollTop = 410; // read down to the last line
    $('#lock-help-panel').dispatchEvent(new FakeEvent('keydown', { key: 'Escape' }));
    assert.equal(host.scrollTop, 0, 'the passphrase and Unlock are in view again');
    assert.equal(doc.activeElement, $('#lock-help'));
  });

  it('stays within reach while the journal is being opened', async () => {
    const answer = deferred();
    mount(PASSPHRASE_LOCKED, { unlock: () => answer.promise });
    $('#unlock-passphrase').fill('correct horse');
    $('#unlock').click();
    await settle();
    assert.equal($('#unlock-status').textContent, 'Opening your journal…');
    $('#lock-help').click();
    await settle();
    assert.equal($('#lock-help-panel').hidden, false);
    answer.resolve({ ...PASSPHRASE_LOCKED, state: 'open' });
    await settle();
  });

  it('news about the unlock doesn’t pull focus away from the lines', async () => {
    // Sealed at start, the login is tried by itself; it fails while the
    // person reads.
    const keychain = deferred();
    const { screen } = mount({ ...LOGIN_LOCKED, state: 'sealed' }, { unlock_with_login: () => keychain.promise }, { atStart: true });
    assert.equal(callsOf('unlock_with_login').length, 1);
    screen.openHelp();
    keychain.reject({ kind: 'keychain', message: 'The keychain didn’t answer just now.' });
    await settle();
    assert.equal($('#unlock-problem').textContent, 'The keychain didn’t answer just now.', 'said');
    assert.equal(doc.activeElement, $('#lock-help-panel-title'), 'focus stays where the person is reading');

    // The same for a wrong passphrase sent just before.
    removeDom();
    doc = installDom();
    const answer = deferred();
    mount(PASSPHRASE_LOCKED, { unlock: () => answer.promise });
    $('#unlock-passphrase').fill('not it');
    $('#unlock').click();
    $('#lock-help').click();
    answer.reject({ kind: 'wrongKey', message: 'That passphrase doesn’t open this journal.' });
    await settle();
    assert.equal($('#unlock-problem').textContent, 'That passphrase doesn’t open this journal.');
    assert.equal(doc.activeElement, $('#lock-help-panel-title'));
  });

  it('openHelp() opens it from outside; an unlock puts it away for next time', async () => {
    const { screen, host } = mount(PASSPHRASE_LOCKED, { unlock: () => ({ ...PASSPHRASE_LOCKED, state: 'open' }) });
    assert.equal(screen.openHelp(), true);
    assert.equal(doc.activeElement, $('#lock-help-panel-title'));
    await settle();
    assert.equal($('#lock-help-panel').hidden, false);
    $('#unlock-passphrase').fill('correct horse');
    $('#unlock').click();
    await settle();
    assert.equal(host.hidden, true);
    assert.equal($('#lock-help-panel').hidden, true, 'closed with the screen');
    assert.equal(screen.openHelp(), false, 'nothing to open it on while the app is open');
    screen.show(PASSPHRASE_LOCKED);
    assert.equal($('#lock-help-panel').hidden, true, 'the next lock starts without it');
  });
});

describe('need help now? on the first run', () => {
  it('opens the lines in place before any journal exists', async () => {
    const { shell, host } = mount(NEW);
    assert.ok($('#first-run'));
    assert.ok($('#first-run').contains($('#first-run-help')));
    assert.equal($('#first-run-help').closest('form'), null);
    await opensWithoutUnlocking({ buttonId: 'first-run-help', panelId: 'first-run-help-panel', shell, host });
  });

  it('stays usable while the journal is being set up', async () => {
    const answer = deferred();
    mount(NEW, { create_journal: () => answer.promise });
    $('#first-run-keeper-none').click();
    $('#first-run-form').dispatchEvent(new FakeEvent('submit'));
    await settle();
    assert.equal($('#first-run-form fieldset').disabled, true, 'the form rests');
    assert.equal($('#first-run-help').disabled, false);
    $('#first-run-help').click();
    await settle();
    assert.equal($('#first-run-help-panel').hidden, false);
    answer.resolve({ ...NEW, state: 'open' });
    await settle();
  });

  it('stays last in the card on the recovery-key step', async () => {
    mount(NEW, {
      create_journal: () => ({ ...NEW, state: 'open', keeper: 'login' }),
      get_recovery_key: () => ({ code: '7K2M 9QXR 0ABC DEFG HJKM NPQR STVW XYZ0 1234 5678 9ABC DEFG HJKM' }),
    });
    $('#first-run-form').dispatchEvent(new FakeEvent('submit'));
    await settle();
    const card = $('#first-run');
    assert.ok($('#recovery-step'));
    assert.equal(card.children.at(-1), $('#first-run-help').parentNode);
    $('#first-run-help').click();
    await settle();
    assert.equal($('#first-run-help-panel').hidden, false);
  });
});

describe('need help now? beside a damaged or unreadable journal', () => {
  function band(handlers) {
    calls = installTauri({
      get_crisis_help: () => INDIA,
      list_regions: () => [{ code: 'IN', name: 'India', hasLines: true }],
      ...handlers,
    });
    const content = doc.createElement('main');
    content.id = 'content';
    const el = doc.createElement('div');
    el.id = 'journal-banner';
    el.hidden = true;
    doc.body.append(el, content);
    return journalBanner(el);
  }
  const listed = (damage) => () => ({ backups: [], damage, folder: '/tmp/backups' });

  for (const kind of ['damaged', 'unreadable']) {
    it(`${kind}: one click opens the lines, in a dialog outside the band`, async () => {
      const b = band({ list_backups: listed('row 12 missing') });
      await (kind === 'damaged' ? b.refresh() : b.unreadable());
      await settle();
      const button = $('#journal-banner-help');
      assert.ok($('#journal-banner').contains(button));
      assert.equal(button.textContent, 'Need help now?');
      button.click();
      await settle();
      const dialog = $('#crisis-help-dialog');
      assert.equal(dialog.open, true);
      assert.equal($('#journal-banner').contains(dialog), false, 'not read out by the band’s live region');
      assert.equal(doc.activeElement, $('#crisis-help-dialog-panel-title'));
      assert.equal($('#crisis-help-dialog-panel-region-name').textContent, 'Crisis lines for India');
      $('#crisis-help-dialog-panel-close').click();
      assert.equal(doc.activeElement, button);
    });
  }
});
