// The first run's language: above the choice of how to keep the journal,
// the welcome offers the language (the computer's, named, or a
// translation in its own words). A choice is sent at once; the welcome is
// drawn again in the new language when the backend says so
// (lock.relabel), keeping the choice made and anything typed, and the
// focus on the list; a choice the backend refuses is put back.

import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';

import { FakeEvent, installDom, installTauri, removeDom, removeTauri, settle } from './fake-dom.mjs';
import { lockScreen } from '../../ui/components/lock-screen.js';
import { useLanguage } from '../../ui/lib/i18n.js';
import { resetLockStatus } from '../../ui/lib/lock-status.js';

let doc;
let calls;

const $ = (sel) => doc.body.querySelector(sel);
const callsOf = (cmd) => calls.filter((c) => c.cmd === cmd);

const NEW = {
  state: 'new', keeper: 'none', previousKept: false, autoLockMinutes: 0, notificationsShowText: false,
  loginAvailable: true, loginProblem: null,
};
const SYSTEM = { choice: 'system', inUse: 'en-US', system: 'en-US' };
const GERMAN = { choice: 'de', inUse: 'de', system: 'en-US' };

beforeEach(() => {
  doc = installDom();
  resetLockStatus();
});
afterEach(async () => {
  await useLanguage('en-US');
  resetLockStatus();
  removeDom();
  removeTauri();
});

function mount(handlers = {}) {
  calls = installTauri({ get_language: () => SYSTEM, ...handlers });
  const host = doc.createElement('div');
  host.id = 'lock-screen';
  host.hidden = true;
  doc.body.append(host);
  const screen = lockScreen(host, { covers: [], onUnlocked: () => {} });
  screen.show(NEW, { atStart: true });
  return screen;
}

function change(select, value) {
  select.value = value;
  select.dispatchEvent(new FakeEvent('change'));
}

describe('first run: the language', () => {
  it('is offered above the choice, the computer\'s language named first', async () => {
    mount();
    await settle();
    const select = $('#first-run-language');
    assert.ok(select, 'the list is on the welcome');
    assert.equal($('label[for="first-run-language"]').textContent, 'Language');
    const options = select.querySelectorAll('option');
    assert.deepEqual(options.map((o) => o.value), ['system', 'en-US', 'de']);
    assert.equal(options[0].textContent, 'Same as this computer (English)');
    assert.equal(options[2].textContent, 'Deutsch');
    assert.equal(options[2].getAttribute('lang'), 'de', 'each name is read in its own language');
    assert.equal(select.value, 'system');
    assert.equal(select.getAttribute('aria-describedby'), 'first-run-language-hint');
    assert.match($('#first-run-language-hint').textContent, /change this any time in Settings/);
    // Before the form in reading order: chosen before the rest is read.
    const card = $('#first-run');
    const order = [...card.children];
    assert.ok(order.indexOf($('#first-run-language-field').parentNode) < order.indexOf($('#first-run-form')));
  });

  it('is left out, and the welcome goes on, if the backend can\'t say', async () => {
    mount({ get_language: () => { throw { kind: 'storage', message: 'no' }; } });
    await settle();
    assert.equal($('#first-run-language'), null);
    assert.ok($('#first-run-start'), 'the welcome is all there');
  });

  it('sends a choice at once, and the welcome speaks it — what was chosen and typed kept, focus on the list', async () => {
    const screen = mount({ set_language: () => GERMAN });
    await settle();
    for (const v of ['login', 'passphrase', 'none']) $(`#first-run-keeper-${v}`).checked = v === 'passphrase';
    $('#first-run-keeper').dispatchEvent(new FakeEvent('change'));
    $('#first-run-passphrase').value = 'the river in winter';
    $('#first-run-confirm').value = 'the river in';
    $('#first-run-language').focus();
    change($('#first-run-language'), 'de');
    await settle();
    assert.deepEqual(callsOf('set_language').map((c) => c.args), [{ choice: 'de' }]);

    // The backend's language-changed, as app.js passes it on.
    await useLanguage('de');
    screen.relabel(GERMAN);
    assert.equal($('#first-run-heading').textContent, 'Willkommen bei Interlude');
    assert.equal($('label[for="first-run-language"]').textContent, 'Sprache');
    assert.equal($('#first-run-language').value, 'de');
    assert.equal($('#first-run-keeper-passphrase').checked, true);
    assert.equal($('#first-run-passphrase-fields').hidden, false);
    assert.equal($('#first-run-passphrase').value, 'the river in winter');
    assert.equal($('#first-run-confirm').value, 'the river in');
    assert.equal(doc.activeElement, $('#first-run-language'), 'the keyboard is where it was');
    assert.equal(screen.title, 'Willkommen');
  });

  it('puts back what is kept when the choice can\'t be saved', async () => {
    mount({ set_language: () => { throw { kind: 'storage', message: 'The settings file couldn’t be written.' }; } });
    await settle();
    change($('#first-run-language'), 'de');
    await settle();
    assert.equal($('#first-run-language').value, 'system');
    assert.equal($('#first-run-language-status').textContent, 'The settings file couldn’t be written.');
  });

  it('draws nothing again when the language is the one already in use', async () => {
    const screen = mount();
    await settle();
    const before = $('#first-run');
    screen.relabel(SYSTEM);
    assert.equal($('#first-run'), before);
  });
});

describe('a region in the language in use', () => {
  it('keeps the backend\'s English name in English, and is the webview\'s own name in German', async () => {
    const { regionName } = await import('../../ui/lib/i18n.js');
    assert.equal(regionName('GB', 'United Kingdom'), 'United Kingdom');
    assert.equal(regionName('HK', 'Hong Kong'), 'Hong Kong', 'the table\'s plainer name stays in English');
    await useLanguage('de');
    assert.equal(regionName('DE', 'Germany'), 'Deutschland');
    assert.equal(regionName('AT', 'Austria'), 'Österreich');
    // A code no list knows: the name given, else the code.
    assert.equal(regionName('XZ', 'Nowhere'), 'Nowhere');
    assert.equal(regionName('XZ'), 'XZ');
  });
});
