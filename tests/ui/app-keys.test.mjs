// The main window and the keys (app.js itself, on a stand-in of
// index.html, #22): a page for writing something new opens with the
// cursor in its first field — after Ctrl+M, a link, or the unlock — so
// typed words land there; Escape in an entry's editor goes back to the
// entry with focus on Edit; Ctrl+Q quits from anywhere, even behind the
// lock; and the backend's close-asked brings the close question.

import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';

import {
  FakeEvent, appPage, installDom, installTauri, removeDom, removeTauri, settle,
} from './fake-dom.mjs';
import { resetLockStatus } from '../../ui/lib/lock-status.js';

let doc;
let calls;
let emit;
let keydown;
let loads = 0;
let windowListeners;

const $ = (sel) => doc.body.querySelector(sel);
const callsOf = (cmd) => calls.filter((c) => c.cmd === cmd);

const OPEN = { state: 'open', keeper: 'passphrase', previousKept: false, autoLockMinutes: 10, notificationsShowText: false };
const LOCKED = { ...OPEN, state: 'locked' };
const REFUSED = { kind: 'locked', message: 'This journal is locked. Unlock it to go on.' };
const HOME = { focus: null, today: [], recent: [], nextSession: null, reflectionCount: 0 };
const NOTE = {
  id: 7, at: '2026-11-24T17:50:00+01:00', text: 'Walked by the river.', mood: null, private: false, starred: false, tags: [],
};
const VOCAB = { emotions: [{ group: 'fear', words: ['anxious'] }], traps: [] };

/** Sets the hash as a browser does: the hashchange listeners hear it a
 *  moment later. */
function fakeLocation(hash) {
  let current = hash;
  return {
    search: '',
    get hash() { return current; },
    set hash(next) {
      const value = next.startsWith('#') ? next : `#${next}`;
      if (value === current) return;
      current = value;
      setImmediate(() => {
        for (const fn of windowListeners.hashchange ?? []) fn(new FakeEvent('hashchange'));
      });
    },
  };
}

async function open({ hash = '#home', startLocked = false, ...handlers } = {}) {
  let locked = startLocked;
  const guarded = (answer) => () => {
    if (locked) throw REFUSED;
    return answer;
  };
  globalThis.location = fakeLocation(hash);
  calls = installTauri({
    get_lock_status: () => (locked ? LOCKED : OPEN),
    unlock: () => {
      locked = false;
      return OPEN;
    },
    get_home: guarded(HOME),
    get_schedule: () => null,
    get_settings: () => ({ theme: 'system', whenClosed: 'ask' }),
    get_reminder_status: () => ({ pausedUntil: null, next: null, notificationsWorking: true, banner: null }),
    app_ready: () => null,
    still_here: () => null,
    quit_app: () => null,
    answer_close: () => null,
    get_draft: () => null,
    save_draft: ({ key, body }) => ({ key, body, updatedAt: '2026-11-24T18:00:00Z' }),
    list_tags: () => [],
    get_note: guarded(NOTE),
    get_journal_vocabulary: () => VOCAB,
    get_feeling_words: () => ({ vocabulary: [], own: [] }),
    recent_triggers: () => [],
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
  appPage(doc);
  loads += 1;
  await import(`../../ui/app.js?keys=${loads}`);
  await settle();
}

beforeEach(() => {
  doc = installDom();
  const docListeners = [];
  doc.addEventListener = (type, fn) => docListeners.push({ type, fn });
  doc.querySelectorAll = (sel) => doc.body.querySelectorAll(sel);
  keydown = (init) => {
    const event = new FakeEvent('keydown', {
      target: doc.activeElement ?? doc.body, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...init,
    });
    for (const l of docListeners.filter((x) => x.type === 'keydown')) l.fn(event);
    return event;
  };
  windowListeners = {};
  globalThis.window = {
    addEventListener: (type, fn) => { (windowListeners[type] ??= []).push(fn); },
    removeEventListener: (type, fn) => {
      windowListeners[type] = (windowListeners[type] ?? []).filter((f) => f !== fn);
    },
    dispatchEvent: (event) => {
      for (const fn of [...(windowListeners[event.type] ?? [])]) fn(event);
      return true;
    },
  };
  globalThis.history = { replaceState: () => {} };
  globalThis.CSS = { escape: (s) => s };
  resetLockStatus();
});
afterEach(() => {
  resetLockStatus();
  for (const name of ['window', 'location', 'history', 'CSS']) delete globalThis[name];
  removeDom();
  removeTauri();
});

/** Presses Escape where focus is, as the page would hear it. */
function escape() {
  const event = new FakeEvent('keydown', { key: 'Escape' });
  doc.activeElement.dispatchEvent(event);
  return event;
}

describe('a page for writing something new takes the keys', () => {
  it('Ctrl+M from Home: the moment’s first field has focus, so typing lands there', async () => {
    await open();
    assert.ok($('#log-moment'), 'Home is drawn');
    const event = keydown({ key: 'm', ctrlKey: true });
    assert.equal(event.defaultPrevented, true);
    await settle();
    assert.equal(location.hash, '#moment/new');
    assert.equal(doc.activeElement, $('#moment-situation'));

    // A page that isn't for something new still starts at its heading.
    location.hash = '#note/7';
    await settle();
    assert.equal(doc.activeElement, $('h1'));
  });

  for (const [hash, first] of [['#note/new', '#note-text'], ['#checkin/new', '#checkin-mood']]) {
    it(`${hash} (a link, the tray): focus in ${first}`, async () => {
      await open();
      location.hash = hash;
      await settle();
      assert.equal(doc.activeElement, $(first));
    });
  }

  it('opened behind the lock (the tray’s "Log a moment"), the field has focus once it opens', async () => {
    await open({ hash: '#moment/new', startLocked: true });
    assert.equal($('#moment-situation'), null, 'nothing drawn behind the lock');
    $('#unlock-passphrase').fill('correct horse');
    $('#unlock').click();
    await settle();
    assert.equal(doc.activeElement, $('#moment-situation'));
  });
});

describe('Escape closes an entry’s editor', () => {
  it('goes back to the entry with focus on Edit, and says the changes are kept', async () => {
    await open({ hash: '#note/7/edit' });
    $('#note-text').focus();
    $('#note-text').fill('Walked by the river, and sat a while.');
    const event = escape();
    assert.equal(event.defaultPrevented, true);
    await settle();
    assert.equal(location.hash, '#note/7');
    assert.equal(doc.activeElement, $('#edit-entry'));
    assert.equal($('#edit-entry').getAttribute('href'), '#note/7/edit');
    assert.deepEqual(callsOf('save_draft').map((c) => c.args.body.text), ['Walked by the river, and sat a while.'],
      'the words were kept as a draft on the way out');
    assert.match($('#toast').textContent, /kept as a draft/);
  });

  it('unchanged, it goes back without a word; a page for something new stays', async () => {
    await open({ hash: '#note/7/edit' });
    $('#note-text').focus();
    escape();
    await settle();
    assert.equal(location.hash, '#note/7');
    assert.equal($('#toast').textContent, '');

    location.hash = '#note/new';
    await settle();
    const event = escape();
    await settle();
    assert.equal(event.defaultPrevented, false);
    assert.equal(location.hash, '#note/new');
  });

});

describe('Ctrl+Q quits', () => {
  it('from a text field, and the forms keep their drafts first', async () => {
    await open({ hash: '#note/new' });
    $('#note-text').fill('Half a thought');
    const event = keydown({ key: 'q', ctrlKey: true });
    assert.equal(event.defaultPrevented, true);
    await new Promise((r) => { setTimeout(r, 5); });
    await settle();
    assert.deepEqual(calls.filter((c) => ['save_draft', 'quit_app'].includes(c.cmd)).map((c) => c.cmd),
      ['save_draft', 'quit_app'], 'the draft is sent before the quit');
    assert.deepEqual(callsOf('quit_app').map((c) => c.args), [{}]);
  });

  it('behind the lock too (it reveals nothing)', async () => {
    await open({ startLocked: true });
    assert.equal($('#lock-screen').hidden, false);
    keydown({ key: 'q', metaKey: true, target: $('#unlock-passphrase') });
    await new Promise((r) => { setTimeout(r, 5); });
    await settle();
    assert.equal(callsOf('quit_app').length, 1);
  });
});

describe('closing the window on a desktop with no tray', () => {
  it('close-asked brings the one question', async () => {
    await open();
    emit('close-asked', null);
    assert.equal($('#close-choice').open, true);
    assert.equal(doc.activeElement, $('#close-choice-background'));
    $('#close-choice-quit').click();
    await settle();
    assert.deepEqual(callsOf('answer_close').map((c) => c.args), [{ choice: 'quit' }]);
  });
});
