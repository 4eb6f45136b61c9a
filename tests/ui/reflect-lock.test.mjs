// The reflection window (reflect.js itself, on a stand-in of reflect.html)
// while the journal is locked: opened locked, it shows only the calm note
// and loads the form after the unlock; locked mid-sentence, the form steps
// aside with every word in it, a refused draft save says nothing scary,
// and the words are kept as a draft once the journal is open again.

import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';

import { FakeEvent, installDom, installTauri, removeDom, removeTauri, settle } from './fake-dom.mjs';
import { installReflectWindow, reflectPage, reloads, removeReflectWindow } from './reflect-page.mjs';
import { resetLockStatus } from '../../ui/lib/lock-status.js';

let doc;
let calls;
let emit;
let loads = 0;

const $ = (sel) => doc.body.querySelector(sel);
const callsOf = (cmd) => calls.filter((c) => c.cmd === cmd);
const wait = (ms) => new Promise((r) => setTimeout(r, ms));

const OPEN = {
  state: 'open', keeper: 'passphrase', previousKept: false, autoLockMinutes: 10, notificationsShowText: false,
};
const LOCKED = { ...OPEN, state: 'locked' };
const REFUSED = { kind: 'locked', message: 'This journal is locked. Unlock it to go on.' };

/** Opens reflect.js afresh (its own module instance) on the page. */
async function open(handlers) {
  calls = installTauri({
    get_settings: () => ({ theme: 'system' }),
    get_feeling_words: () => ({ vocabulary: ['calm', 'tired'], own: [] }),
    get_draft: () => null,
    save_draft: ({ body }) => ({ key: 'reflection:new', body, updatedAt: '2026-11-24T18:00:00Z' }),
    still_here: () => null,
    show_main_window: () => null,
    ...handlers,
  });
  const listeners = [];
  globalThis.__TAURI__.event = {
    async listen(name, cb) {
      listeners.push({ name, cb });
      return () => {};
    },
  };
  emit = (name, payload) => {
    for (const l of listeners.filter((x) => x.name === name)) l.cb({ event: name, payload });
  };
  reflectPage(doc);
  loads += 1;
  await import(`../../ui/reflect.js?open=${loads}`);
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

describe('reflection window and the lock', () => {
  it('opened while locked, shows only the note, and starts over after the unlock', async () => {
    await open({ get_lock_status: () => LOCKED });
    assert.equal($('#locked').hidden, false);
    assert.equal($('#locked-message').textContent,
      'Interlude is locked. Unlock it in the main window to write your reflection — your draft is safe.');
    assert.ok($('#reflection-form').classList.contains('is-locked-away'));
    assert.equal(callsOf('get_draft').length, 0, 'nothing is asked of a locked journal');
    assert.equal(callsOf('get_feeling_words').length, 0);
    assert.equal($('#form-error').hidden, true, 'no error, only the note');

    $('#locked-open-main').click();
    await settle();
    assert.equal(callsOf('show_main_window').length, 1);

    emit('lock-changed', LOCKED); // the same news again
    assert.equal(reloads, 0);
    emit('lock-changed', OPEN);
    assert.equal(reloads, 1, 'the form loads from the open journal');
  });

  it('opened before there is a journal, asks to set it up in the main window first', async () => {
    const FIRST = {
      ...LOCKED, state: 'new', keeper: 'none', loginAvailable: true, loginProblem: null,
    };
    await open({ get_lock_status: () => FIRST });
    assert.equal($('#locked').hidden, false);
    assert.equal($('#locked-message').textContent.startsWith('Open Interlude to set up your journal first.'), true);
    assert.doesNotMatch($('#locked-message').textContent, /passphrase/i);
    assert.equal(callsOf('get_draft').length, 0, 'nothing is asked of a journal that isn’t there');
    emit('lock-changed', { ...FIRST, state: 'open' });
    assert.equal(reloads, 1, 'the form loads once the journal is made');
  });

  it('a journal kept with the login: the note says unlock, never passphrase', async () => {
    await open({ get_lock_status: () => ({ ...LOCKED, keeper: 'login' }) });
    assert.equal($('#locked').hidden, false);
    assert.match($('#locked-message').textContent, /Unlock it in the main window/);
    assert.doesNotMatch($('#locked-message').textContent, /passphrase/i);
  });

  it('opened unlocked, shows the form as before', async () => {
    await open({ get_lock_status: () => OPEN });
    assert.equal($('#locked').hidden, true);
    assert.equal($('#reflection-form').hidden, false);
    assert.equal(callsOf('get_draft').length, 1);
  });

  it('with an older backend (no lock status), goes on as before', async () => {
    await open({});
    assert.equal($('#locked').hidden, true);
    assert.equal($('#reflection-form').hidden, false);
  });

  it('locked mid-sentence: the form steps aside with every word, the refused save is calm, and it saves after', async () => {
    let locked = false;
    await open({
      get_lock_status: () => (locked ? LOCKED : OPEN),
      save_draft: ({ body }) => {
        if (locked) throw REFUSED;
        return { key: 'reflection:new', body, updatedAt: '2026-11-24T18:00:00Z' };
      },
    });
    const takeaway = $('#takeaway');
    takeaway.focus();
    takeaway.fill('Noticing the should voice');
    locked = true;
    emit('lock-changed', LOCKED);
    assert.equal($('#locked').hidden, false);
    assert.ok($('#reflection-form').classList.contains('is-locked-away'));

    await wait(500); // the draft save comes due while locked
    await settle();
    assert.equal(callsOf('save_draft').length, 1);
    const status = $('#draft-status');
    assert.equal(status.classList.contains('is-error'), false, 'nothing scary');
    assert.match(status.textContent, /Your words are still here/);
    assert.equal($('#form-error').hidden, true);
    assert.equal(takeaway.value, 'Noticing the should voice');

    locked = false;
    emit('lock-changed', OPEN);
    assert.equal(reloads, 0, 'no reload: that would lose the words');
    assert.equal($('#locked').hidden, true);
    assert.equal($('#reflection-form').classList.contains('is-locked-away'), false);
    assert.equal(doc.activeElement, takeaway, 'back where the person was writing');

    await wait(500);
    await settle();
    const saves = callsOf('save_draft');
    assert.equal(saves.length, 2);
    assert.equal(saves[1].args.body.takeaway, 'Noticing the should voice');
    assert.match(status.textContent, /Draft kept/);
  });

  it('a save refused because of the lock shows the note, not an error', async () => {
    let locked = false;
    await open({
      get_lock_status: () => (locked ? LOCKED : OPEN),
      create_reflection: () => { throw REFUSED; },
    });
    $('#takeaway').fill('One thing');
    locked = true;
    $('#reflection-form').dispatchEvent(new FakeEvent('submit'));
    await settle();
    assert.equal(callsOf('create_reflection').length, 1);
    assert.equal($('#form-error').hidden, true);
    assert.equal($('#locked').hidden, false, 'found out from the refused call');
    assert.equal($('#takeaway').value, 'One thing');
  });
});

describe('reflection window: where the cursor starts (#22)', () => {
  it('a new reflection opens in the takeaway (the time is filled in already); an edit at its heading', async () => {
    await open({ get_lock_status: () => OPEN });
    assert.equal($('#reflection-form').hidden, false);
    assert.equal(doc.activeElement, $('#takeaway'));

    removeDom();
    doc = installDom();
    doc.addEventListener = () => {};
    globalThis.location.search = '?id=3';
    await open({
      get_lock_status: () => OPEN,
      get_reflection: () => ({
        id: 3, sessionAt: '2026-11-24T17:00:00+01:00', takeaway: 'One thing', difficult: '', focus: '',
        feelingNote: '', feelingRating: null, feelings: [],
      }),
    });
    assert.equal($('#takeaway').value, 'One thing');
    assert.equal(doc.activeElement, $('#reflect-heading'));
  });
});
