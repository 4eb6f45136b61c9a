// #22: the reflection window (reflect.js on a stand-in of reflect.html)
// asks about a session date years away before saving, and doesn't ask
// about the date an edited reflection was saved with.

import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';

import { FakeEvent, installDom, installTauri, removeDom, removeTauri, settle } from './fake-dom.mjs';
import { installReflectWindow, reflectPage, removeReflectWindow } from './reflect-page.mjs';
import { resetLockStatus } from '../../ui/lib/lock-status.js';
import { localInputToRfc3339 } from '../../ui/lib/time.js';

let doc;
let calls;
let loads = 0;

const $ = (sel) => doc.body.querySelector(sel);
const callsOf = (cmd) => calls.filter((c) => c.cmd === cmd);

const OPEN = {
  state: 'open', keeper: 'passphrase', previousKept: false, autoLockMinutes: 10, notificationsShowText: false,
};

/** Opens reflect.js afresh (its own module instance) on the page. */
async function open(handlers) {
  calls = installTauri({
    get_lock_status: () => OPEN,
    get_settings: () => ({ theme: 'system' }),
    get_feeling_words: () => ({ vocabulary: ['calm'], own: [] }),
    get_draft: () => null,
    save_draft: ({ body }) => ({ key: 'reflection:new', body, updatedAt: '2026-11-24T18:00:00Z' }),
    still_here: () => null,
    create_reflection: ({ input }) => ({ id: 9, ...input }),
    update_reflection: ({ id, input }) => ({ id, ...input }),
    ...handlers,
  });
  globalThis.__TAURI__.event = { listen: async () => () => {} };
  reflectPage(doc);
  loads += 1;
  await import(`../../ui/reflect.js?far=${loads}`);
  await settle();
}

beforeEach(() => {
  doc = installDom();
  installReflectWindow(doc);
  resetLockStatus();
});
afterEach(() => {
  resetLockStatus();
  removeReflectWindow();
  removeDom();
  removeTauri();
});

describe('the reflection window\'s session date', () => {
  it('asks about a session in 1901 under the field, and saves only once it is answered', async () => {
    await open();
    assert.equal($('#session-at-far').hidden, true, 'now needs no question');
    assert.equal($('#session-at-far').parentNode, $('#session-at').parentNode, 'the question sits with its field');
    const when = $('#session-at');
    when.value = '1901-11-24T17:00';
    when.dispatchEvent(new FakeEvent('input'));
    when.dispatchEvent(new FakeEvent('change'));
    assert.equal($('#session-at-far').hidden, false);
    assert.match($('#session-at-far-question').textContent, /^That's 1\d\d years ago — is 1901 right\?$/);
    $('#takeaway').fill('Slow down');
    $('#save').click();
    await settle();
    assert.equal(callsOf('create_reflection').length, 0, 'nothing is saved until it is answered');
    assert.equal(doc.activeElement, $('#session-at-far-yes'));
    $('#session-at-far-yes').click();
    $('#save').click();
    await settle();
    assert.equal(callsOf('create_reflection')[0].args.input.sessionAt, localInputToRfc3339('1901-11-24T17:00'));
  });

  it('saves an edit of a reflection from years ago without asking about its own date', async () => {
    globalThis.location.search = '?id=3';
    const REFLECTION = {
      id: 3, sessionAt: '2019-03-05T17:00:00+01:00', takeaway: 'One thing', difficult: '', focus: '',
      feelingNote: '', feelingRating: null, feelings: [],
    };
    await open({ get_reflection: () => REFLECTION });
    assert.equal($('#session-at').value, '2019-03-05T17:00');
    assert.equal($('#session-at-far').hidden, true);
    $('#takeaway').fill('One thing, and another');
    $('#save').click();
    await settle();
    assert.equal(callsOf('update_reflection')[0].args.input.sessionAt, REFLECTION.sessionAt);
  });
});
