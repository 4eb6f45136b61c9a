// #22: the reflection window (reflect.js on a stand-in of reflect.html)
// asks about a session date years away before saving, and doesn't ask
// about the date an edited reflection was saved with.

import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';

import { FakeEvent, installDom, installTauri, removeDom, removeTauri, settle } from './fake-dom.mjs';
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

/** The parts of reflect.html that reflect.js reaches for, by id. */
function page() {
  const el = (tag, id, attrs = {}) => {
    const e = doc.createElement(tag);
    if (id) e.id = id;
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    return e;
  };
  const main = el('main', 'content');
  const header = el('header');
  header.append(el('h1', 'reflect-heading'), el('p', 'reflect-intro'));
  const locked = el('section', 'locked');
  locked.hidden = true;
  const restored = el('div', 'draft-restored');
  restored.hidden = true;
  restored.append(el('button', 'start-fresh', { type: 'button' }));
  const formError = el('div', 'form-error', { role: 'alert' });
  formError.hidden = true;
  const form = el('form', 'reflection-form');
  form.hidden = true;
  const when = el('div', null, { class: 'card field' });
  when.append(el('label', null, { for: 'session-at' }), el('input', 'session-at', { type: 'datetime-local' }));
  form.append(
    when,
    el('textarea', 'takeaway'), el('textarea', 'difficult'), el('textarea', 'focus'),
    el('input', 'feeling-rating', { type: 'range', value: '5' }), el('output', 'feeling-rating-value'),
    el('button', 'clear-rating', { type: 'button' }), el('div', 'feeling-chips'),
    el('input', 'feeling-own', { type: 'text' }), el('button', 'feeling-add', { type: 'button' }),
    el('textarea', 'feeling-note'), el('div', 'extra-questions'),
    el('p', 'draft-status'), el('button', 'save', { type: 'submit' }));
  const saved = el('section', 'saved');
  saved.hidden = true;
  saved.append(el('p', 'saved-focus'), el('button', 'open-main', { type: 'button' }), el('button', 'close', { type: 'button' }));
  main.append(header, locked, restored, formError, form, saved);
  doc.body.append(main);
}

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
  page();
  loads += 1;
  await import(`../../ui/reflect.js?far=${loads}`);
  await settle();
}

beforeEach(() => {
  doc = installDom();
  doc.addEventListener = () => {};
  doc.visibilityState = 'visible';
  const win = {
    addEventListener: () => {},
    removeEventListener: () => {},
    location: { search: '', reload: () => {} },
  };
  globalThis.window = win;
  globalThis.location = win.location;
  resetLockStatus();
});
afterEach(() => {
  resetLockStatus();
  delete globalThis.window;
  delete globalThis.location;
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
