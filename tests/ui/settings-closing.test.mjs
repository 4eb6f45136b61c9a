// Settings' "Interlude on this computer" group (#22): what closing the
// window does, how to find Interlude again (the tray line, live), and Quit
// Interlude. Every save sends the whole preferences object, theme and
// closing choice both.

import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';

import { installDom, installTauri, removeDom, removeTauri, settle } from './fake-dom.mjs';
import settings from '../../ui/views/settings.js';

let doc;
let calls;
let listeners;

const $ = (sel) => doc.body.querySelector(sel);
const callsOf = (cmd) => calls.filter((c) => c.cmd === cmd);

/** A fake backend that also records event listeners, so a test can emit. */
function backend(handlers) {
  calls = installTauri(handlers);
  listeners = [];
  globalThis.__TAURI__.event = {
    async listen(name, cb) {
      listeners.push({ name, cb });
      return () => {};
    },
  };
}
const emit = (name, payload) => {
  for (const l of listeners.filter((x) => x.name === name)) l.cb({ event: name, payload });
};

beforeEach(() => { doc = installDom(); });
afterEach(() => {
  removeDom();
  removeTauri();
});

describe('Settings: Interlude on this computer', () => {
  const base = (over = {}) => ({
    get_settings: () => ({ theme: 'dark', whenClosed: 'ask' }),
    set_settings: ({ settings: s }) => s,
    get_tray_status: () => ({ hostPresent: false }),
    get_app_info: () => ({ version: '0.1.0', schemaVersion: 3, dataDir: '/home/a/.local/share/interlude' }),
    get_autostart: () => false,
    quit_app: () => null,
    ...over,
  });

  async function show(over) {
    backend(base(over));
    const root = doc.createElement('div');
    await settings.render(root, {}, { refresh: () => {} });
    doc.body.append(root);
    await settle();
    return root;
  }

  const checked = () => doc.body.querySelectorAll('input[name="when-closed"]').filter((r) => r.checked).map((r) => r.value);

  it('while nobody has chosen, neither choice is marked and Interlude says it will ask', async () => {
    await show();
    assert.equal($('#this-computer-heading').textContent, 'Interlude on this computer');
    assert.equal($('#when-closed legend').textContent, 'When you close the window');
    assert.match($('#when-closed-background').parentNode.textContent, /Keep reminders running in the background/);
    assert.match($('#when-closed-quit').parentNode.textContent, /Quit Interlude/);
    assert.deepEqual(checked(), []);
    assert.equal($('#when-closed-ask').hidden, false);
    assert.match($('#when-closed-ask').textContent, /ask the first time/);
    assert.equal($('#when-closed').getAttribute('aria-describedby'), 'when-closed-ask tray-line');
    assert.equal($('#quit-app').getAttribute('aria-describedby'), 'quit-hint');
  });

  for (const when of ['background', 'quit']) {
    it(`whenClosed '${when}' is the marked choice, with no "will ask"`, async () => {
      await show({ get_settings: () => ({ theme: 'system', whenClosed: when }) });
      assert.deepEqual(checked(), [when]);
      assert.equal($('#when-closed-ask').hidden, true);
      assert.equal($('#when-closed').getAttribute('aria-describedby'), 'tray-line', 'a hidden line isn’t read out');
    });
  }

  it('a choice saves the whole object, the theme as it is', async () => {
    await show();
    $('#when-closed-background').click();
    await settle();
    assert.deepEqual(callsOf('set_settings').map((c) => c.args), [{ settings: { theme: 'dark', whenClosed: 'background' } }]);
    assert.equal($('#when-closed-ask').hidden, true);
    assert.equal($('#when-closed-status').textContent, 'Saved');
    $('#when-closed-quit').click();
    await settle();
    assert.deepEqual(callsOf('set_settings').at(-1).args, { settings: { theme: 'dark', whenClosed: 'quit' } });
  });

  it('a theme saves the whole object too, with the closing choice as saved', async () => {
    await show({ get_settings: () => ({ theme: 'system', whenClosed: 'background' }) });
    $('#theme-light').click();
    await settle();
    assert.deepEqual(callsOf('set_settings').map((c) => c.args), [{ settings: { theme: 'light', whenClosed: 'background' } }]);
    $('#when-closed-quit').click();
    await settle();
    assert.deepEqual(callsOf('set_settings').at(-1).args, { settings: { theme: 'light', whenClosed: 'quit' } },
      'each save builds on the last');
  });

  it('a choice that doesn’t save is put back, and the reason said', async () => {
    await show({
      get_settings: () => ({ theme: 'dark', whenClosed: 'quit' }),
      set_settings: () => { throw { kind: 'desktop', message: 'Your settings couldn’t be read or saved.' }; },
    });
    $('#when-closed-background').click();
    await settle();
    assert.deepEqual(checked(), ['quit']);
    assert.equal($('#when-closed-status').textContent, 'Your settings couldn’t be read or saved.');
  });

  it('says how to find Interlude again, and follows a tray that comes and goes', async () => {
    await show();
    assert.equal($('#tray-line').hidden, false);
    assert.equal($('#tray-line').textContent,
      'This desktop has no tray icon area, so open Interlude from your apps to see it again.');
    emit('tray-changed', { hostPresent: true });
    assert.equal($('#tray-line').textContent, 'Interlude’s tray icon opens it again.');
    emit('tray-changed', { hostPresent: false });
    assert.match($('#tray-line').textContent, /no tray icon area/);
  });

  it('with a tray host from the start, says so; without an answer, says nothing', async () => {
    await show({ get_tray_status: () => ({ hostPresent: true }) });
    assert.equal($('#tray-line').textContent, 'Interlude’s tray icon opens it again.');
    removeDom();
    doc = installDom();
    await show({ get_tray_status: () => { throw { kind: 'internal', message: 'x' }; } });
    assert.equal($('#tray-line').hidden, true);
    assert.equal($('#app-version').textContent, '0.1.0', 'the rest of Settings is there');
  });

  it('Quit Interlude quits', async () => {
    await show();
    assert.equal($('#quit-app').textContent, 'Quit Interlude');
    $('#quit-app').click();
    await settle();
    assert.deepEqual(callsOf('quit_app').map((c) => c.args), [{}]);
  });
});
