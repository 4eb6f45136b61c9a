// Settings → Appearance → Language: the computer's own language (named),
// or one of the translations, each in its own words. A change is kept by
// the backend (set_language), which tells every window; here it only says
// it was saved, or puts back what is saved when it wasn't.

import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';

import { FakeEvent, installDom, installTauri, removeDom, removeTauri, settle } from './fake-dom.mjs';
import settings from '../../ui/views/settings.js';

let doc;
let calls;

const $ = (sel) => doc.body.querySelector(sel);
const callsOf = (cmd) => calls.filter((c) => c.cmd === cmd);

beforeEach(() => { doc = installDom(); });
afterEach(() => {
  removeDom();
  removeTauri();
});

describe('Settings: language', () => {
  const base = (over = {}) => ({
    get_settings: () => ({ theme: 'system', whenClosed: 'ask' }),
    get_app_info: () => ({ version: '0.1.0', schemaVersion: 3, dataDir: '/home/a/.local/share/interlude' }),
    get_autostart: () => false,
    get_tray_status: () => ({ hostPresent: true }),
    get_language: () => ({ choice: 'system', inUse: 'en-US', system: 'en-US' }),
    set_language: ({ choice }) => ({ choice, inUse: choice === 'system' ? 'en-US' : choice, system: 'en-US' }),
    ...over,
  });

  async function show(over) {
    doc.body.replaceChildren();
    calls = installTauri(base(over));
    globalThis.__TAURI__.event = { listen: async () => () => {} };
    const root = doc.createElement('div');
    await settings.render(root, {}, { refresh: () => {} });
    doc.body.append(root);
    await settle();
    return root;
  }

  const options = () => $('#language').querySelectorAll('option');

  it('sits under the theme, labelled, with the hint about crisis lines', async () => {
    await show();
    const field = $('#language-field');
    assert.equal(field.closest('section').querySelector('h2').textContent, 'Appearance');
    assert.equal($('label[for="language"]').textContent, 'Language');
    assert.equal($('#language').localName, 'select');
    assert.equal($('#language').getAttribute('aria-describedby'), 'language-hint');
    assert.equal($('#language-hint').textContent,
      'Crisis lines follow your region, which is set on its own in My safety plan.');
    assert.equal($('#language-status').getAttribute('role'), 'status');
  });

  it('starts on the saved choice', async () => {
    await show({ get_language: () => ({ choice: 'de', inUse: 'de', system: 'en-US' }) });
    assert.equal($('#language').value, 'de');
    await show({ get_language: () => ({ choice: 'system', inUse: 'en-US', system: 'en-GB' }) });
    assert.equal($('#language').value, 'system');
  });

  it('lists the computer’s own language by name first, then each language in itself', async () => {
    await show({ get_language: () => ({ choice: 'system', inUse: 'de', system: 'de-AT' }) });
    assert.deepEqual(options().map((o) => o.getAttribute('value')), ['system', 'en-US', 'de']);
    assert.deepEqual(options().map((o) => o.textContent), ['Same as this computer (Deutsch)', 'English', 'Deutsch']);
    assert.deepEqual(options().map((o) => o.getAttribute('lang')), [null, 'en-US', 'de']);

    await show({ get_language: () => ({ choice: 'de', inUse: 'de', system: 'fr-FR' }) });
    assert.equal(options()[0].textContent, 'Same as this computer (English)', 'an untranslated language comes to English');
  });

  it('a change calls set_language with the choice, and says it is saved', async () => {
    await show();
    $('#language').value = 'de';
    $('#language').dispatchEvent(new FakeEvent('change'));
    await settle();
    assert.deepEqual(callsOf('set_language').map((c) => c.args), [{ choice: 'de' }]);
    assert.equal($('#language-status').textContent, 'Saved');
    assert.equal(callsOf('set_settings').length, 0, 'the theme and closing choice are not touched');

    $('#language').value = 'system';
    $('#language').dispatchEvent(new FakeEvent('change'));
    await settle();
    assert.deepEqual(callsOf('set_language').at(-1).args, { choice: 'system' });
  });

  it('a change that doesn’t save is put back, and the reason said', async () => {
    await show({
      get_language: () => ({ choice: 'en-US', inUse: 'en-US', system: 'de-DE' }),
      set_language: () => { throw { kind: 'desktop', message: 'Your settings couldn’t be read or saved.' }; },
    });
    $('#language').value = 'de';
    $('#language').dispatchEvent(new FakeEvent('change'));
    await settle();
    assert.equal($('#language').value, 'en-US');
    assert.equal($('#language-status').textContent, 'Your settings couldn’t be read or saved.');
    assert.ok($('#language-status').classList.contains('is-error'));
  });

  it('is left out when the backend can’t say, and the rest of Settings is there', async () => {
    await show({ get_language: () => { throw { kind: 'internal', message: 'x' }; } });
    assert.equal($('#language'), null);
    assert.ok($('#theme-system'));
    assert.equal($('#app-version').textContent, '0.1.0');
  });
});
