// The main window and the lock (app.js itself, on a stand-in of
// index.html): opened locked it draws no page until the passphrase is
// given; a lock-changed event or a refused call covers the app; after the
// unlock the page is drawn again and focus is on the content; and
// Ctrl+Shift+L locks only once there is a passphrase.

import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';

import { FakeEvent, installDom, installTauri, removeDom, removeTauri, settle, appPage } from './fake-dom.mjs';
import { resetLockStatus } from '../../ui/lib/lock-status.js';

let doc;
let calls;
let emit;
let keydown;
let loads = 0;

const $ = (sel) => doc.body.querySelector(sel);
const callsOf = (cmd) => calls.filter((c) => c.cmd === cmd);

const PLAIN = { state: 'open', keeper: 'none', previousKept: false, autoLockMinutes: 0, notificationsShowText: false };
const OPEN = { ...PLAIN, keeper: 'passphrase', autoLockMinutes: 10 };
const LOCKED = { ...OPEN, state: 'locked' };
const CLOSED = ['new', 'sealed', 'locked'];
const REFUSED = { kind: 'locked', message: 'This journal is locked. Unlock it to go on.' };

const HOME = {
  focus: null, today: [], recent: [], nextSession: null, reflectionCount: 0,
};

/** The app's page, with this file's dialog. */
function page() {
  appPage(doc, (el) => [el('dialog', 'confirm-delete')]);
}

async function open(handlers) {
  let locked = handlers.startLocked ?? false;
  const status = () => (locked ? LOCKED : handlers.status ?? OPEN);
  calls = installTauri({
    get_lock_status: status,
    unlock: ({ passphrase }) => {
      if (passphrase !== 'correct horse') throw { kind: 'wrongKey', message: 'That passphrase doesn’t open it.' };
      locked = false;
      return status();
    },
    lock_now: () => {
      locked = true;
      return status();
    },
    get_home: () => {
      if (locked) throw REFUSED;
      return HOME;
    },
    get_schedule: () => null,
    ...handlers,
    get_settings: () => ({ theme: 'system' }),
    get_reminder_status: () => ({ pausedUntil: null, next: null, notificationsWorking: true, banner: null }),
    app_ready: () => null,
    still_here: () => null,
  });
  const listeners = [];
  globalThis.__TAURI__.event = {
    async listen(name, cb) {
      listeners.push({ name, cb });
      return () => {};
    },
  };
  emit = (name, payload) => {
    if (name === 'lock-changed') locked = CLOSED.includes(payload.state);
    for (const l of listeners.filter((x) => x.name === name)) l.cb({ event: name, payload });
  };
  page();
  loads += 1;
  await import(`../../ui/app.js?open=${loads}`);
  await settle();
  return { lockBackend: () => { locked = true; } };
}

beforeEach(() => {
  doc = installDom();
  const docListeners = [];
  doc.addEventListener = (type, fn) => docListeners.push({ type, fn });
  doc.querySelectorAll = (sel) => doc.body.querySelectorAll(sel);
  keydown = (init) => {
    const event = new FakeEvent('keydown', { target: doc.body, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...init });
    for (const l of docListeners.filter((x) => x.type === 'keydown')) l.fn(event);
    return event;
  };
  const win = { addEventListener: () => {}, removeEventListener: () => {} };
  globalThis.window = win;
  globalThis.location = { hash: '#home', search: '' };
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

describe('main window and the lock', () => {
  it('opened locked: the lock screen only, no page drawn until the unlock', async () => {
    await open({ startLocked: true });
    assert.equal($('#lock-screen').hidden, false);
    assert.equal(doc.activeElement, $('#unlock-passphrase'));
    assert.equal(callsOf('get_home').length, 0, 'nothing is asked of a locked journal');
    // The theme is a preference, not the journal: the lock screen follows it.
    assert.equal(callsOf('get_settings').length, 1, 'the theme is asked for behind the lock');
    assert.equal($('#content').children.length, 0);
    assert.ok($('.shell').hasAttribute('inert'));
    assert.equal($('.shell').getAttribute('aria-hidden'), 'true');
    assert.equal(doc.title, 'Interlude is locked · Interlude');
    // No Tab stop behind the lock: the skip link leads into the covered page.
    assert.ok($('#skip-link').hasAttribute('inert'), 'the skip link is covered too');

    $('#unlock-passphrase').fill('wrong one');
    $('#unlock').click();
    await settle();
    assert.equal($('#unlock-problem').textContent, 'That passphrase doesn’t open it.');
    assert.equal($('#lock-screen').hidden, false);

    $('#unlock-passphrase').fill('correct horse');
    $('#unlock').click();
    await settle();
    assert.deepEqual(callsOf('unlock').map((c) => c.args), [{ passphrase: 'wrong one' }, { passphrase: 'correct horse' }]);
    assert.equal($('#lock-screen').hidden, true);
    assert.equal($('.shell').hasAttribute('inert'), false);
    assert.equal($('.shell').hasAttribute('aria-hidden'), false);
    assert.equal($('#skip-link').hasAttribute('inert'), false, 'and back once the journal opens');
    assert.equal(callsOf('get_home').length, 1, 'the current page is drawn from the open journal');
    assert.ok($('#content').children.length > 0);
    assert.equal(doc.activeElement, $('#content'), 'focus moves to the main content');
  });

  it('a lock-changed event covers the app, closes an open dialog, and the page is redrawn after', async () => {
    await open({});
    assert.equal(callsOf('get_home').length, 1);
    assert.equal($('#lock-screen').hidden, true);
    const dialog = $('#confirm-delete');
    dialog.showModal();

    emit('lock-changed', LOCKED);
    assert.equal($('#lock-screen').hidden, false);
    assert.equal(dialog.open, false, 'nothing is decided behind the lock');
    assert.ok($('.shell').hasAttribute('inert'));

    // Unlocked elsewhere: the event alone uncovers and redraws.
    emit('lock-changed', OPEN);
    await settle();
    assert.equal($('#lock-screen').hidden, true);
    assert.equal(callsOf('get_home').length, 2);
    assert.equal(doc.activeElement, $('#content'));
  });

  it('a page that is not live (a form) is left as it was, so nothing half-typed is lost', async () => {
    globalThis.location.hash = '#settings';
    await open({
      get_app_info: () => ({ version: '0.1.0', schemaVersion: 3, dataDir: '/tmp/x' }),
      get_autostart: () => false,
    });
    assert.equal(callsOf('get_app_info').length, 1);
    $('#current-passphrase').fill('half typed');
    emit('lock-changed', LOCKED);
    emit('lock-changed', OPEN);
    await settle();
    assert.equal(callsOf('get_app_info').length, 1, 'not drawn again');
    assert.equal($('#current-passphrase').value, 'half typed');
    assert.equal(doc.title, 'Settings · Interlude', 'the page title is back');
    assert.equal(doc.activeElement, $('#content'));
  });

  it('a call refused because of the lock brings the lock screen', async () => {
    const { lockBackend } = await open({});
    lockBackend(); // auto-lock, with the event lost
    const { getHome } = await import('../../ui/ipc.js');
    await getHome().catch(() => {});
    await settle();
    assert.equal($('#lock-screen').hidden, false);
  });

  it('Ctrl+Shift+L locks once there is a passphrase', async () => {
    await open({});
    const event = keydown({ key: 'L', ctrlKey: true, shiftKey: true });
    assert.equal(event.defaultPrevented, true);
    await settle();
    assert.deepEqual(callsOf('lock_now').map((c) => c.args), [{}]);
    assert.equal($('#lock-screen').hidden, false);

    // Behind the lock no shortcut does anything.
    const later = keydown({ key: 'm', ctrlKey: true });
    assert.equal(later.defaultPrevented, false);
    assert.equal(location.hash, '#home');
  });

  it('opened locked on a page that is not live, draws it once the journal is open', async () => {
    globalThis.location.hash = '#settings';
    await open({
      startLocked: true,
      get_app_info: () => ({ version: '0.1.0', schemaVersion: 3, dataDir: '/tmp/x' }),
      get_autostart: () => false,
    });
    assert.equal(callsOf('get_app_info').length, 0);
    $('#unlock-passphrase').fill('correct horse');
    $('#unlock').click();
    await settle();
    assert.equal(callsOf('get_app_info').length, 1, 'nothing was drawn behind the lock, so it is drawn now');
    assert.equal(doc.title, 'Settings · Interlude');
  });

  it('Ctrl+Shift+L does nothing without a passphrase', async () => {
    await open({ status: PLAIN });
    const event = keydown({ key: 'L', ctrlKey: true, shiftKey: true });
    await settle();
    assert.equal(event.defaultPrevented, false);
    assert.equal(callsOf('lock_now').length, 0);
    assert.equal($('#lock-screen').hidden, true);
  });
});

describe('main window: the first run', () => {
  const FIRST = {
    ...PLAIN, state: 'new', keeper: 'none', loginAvailable: true, loginProblem: null,
  };

  function firstRunBackend() {
    let state = FIRST;
    return {
      made: (next) => { state = next; },
      get_lock_status: () => state,
      create_journal: ({ keeper }) => {
        state = { ...FIRST, state: 'open', keeper };
        return state;
      },
      get_recovery_key: () => ({ code: CODE }),
      get_home: () => {
        if (state.state === 'new') throw REFUSED;
        return HOME;
      },
    };
  }
  const CODE = '7K2M 9QXR 0ABC DEFG HJKM NPQR STVW XYZ0 1234 5678 9ABC DEFG HJKM';

  it('opens on the welcome, asks nothing of the journal, and goes Home once it is made', async () => {
    await open(firstRunBackend());
    assert.equal($('#lock-screen').hidden, false);
    assert.ok($('#first-run'));
    assert.equal($('#unlock-passphrase'), null);
    assert.equal(doc.title, 'Welcome · Interlude');
    assert.equal(doc.activeElement, $('#first-run-heading'));
    assert.ok($('.shell').hasAttribute('inert'));
    assert.equal($('.shell').getAttribute('aria-hidden'), 'true');
    assert.equal(callsOf('get_home').length, 0, 'no journal yet: nothing is asked of it');

    // No shortcut acts behind it.
    const later = keydown({ key: 'm', ctrlKey: true });
    assert.equal(later.defaultPrevented, false);

    $('#first-run-start').click();
    await settle();
    assert.deepEqual(callsOf('create_journal').map((c) => c.args), [{ keeper: 'login', passphrase: null }]);
    assert.equal($('#recovery-key').textContent, CODE, 'with the login, its recovery key first');
    assert.equal($('#lock-screen').hidden, false);
    assert.equal(callsOf('get_home').length, 0);
    $('#first-run-continue').click();
    await settle();
    assert.equal($('#lock-screen').hidden, true);
    assert.equal($('.shell').hasAttribute('inert'), false);
    assert.equal(callsOf('get_home').length, 1, 'Home is drawn from the new journal');
    assert.ok($('#content').children.length > 0);
    assert.equal(doc.activeElement, $('#content'));
  });

  it('the new journal’s own event doesn’t take the recovery key away before it is kept', async () => {
    const backend = firstRunBackend();
    const create = backend.create_journal;
    backend.create_journal = (args) => {
      const made = create(args);
      emit('lock-changed', made); // the backend's news, ahead of its answer
      return made;
    };
    await open(backend);
    $('#first-run-start').click();
    await settle();
    assert.equal($('#lock-screen').hidden, false);
    assert.equal($('#recovery-key').textContent, CODE);
    assert.equal($('.shell').hasAttribute('inert'), true);
    assert.equal(callsOf('get_home').length, 0, 'nothing drawn behind it');
    const later = keydown({ key: 'm', ctrlKey: true });
    assert.equal(later.defaultPrevented, false, 'no shortcut acts behind it');
    $('#first-run-continue').click();
    await settle();
    assert.equal($('#lock-screen').hidden, true);
    assert.equal(callsOf('get_home').length, 1, 'drawn once');
    assert.equal($('#recovery-key').textContent, '');
    assert.equal(doc.activeElement, $('#content'));
  });

  it('a new journal made in another way (the event first) uncovers the app just the same', async () => {
    const backend = firstRunBackend();
    await open(backend);
    const made = { ...FIRST, state: 'open' };
    backend.made(made);
    emit('lock-changed', made);
    await settle();
    assert.equal($('#lock-screen').hidden, true);
    assert.equal(callsOf('get_home').length, 1);
  });
});

describe('main window: a journal kept with the login', () => {
  const LOGIN_OPEN = {
    ...OPEN, keeper: 'login', loginAvailable: true, loginProblem: null,
  };
  const LOGIN_SEALED = { ...LOGIN_OPEN, state: 'sealed' };
  const LOGIN_LOCKED = { ...LOGIN_OPEN, state: 'locked' };

  function loginBackend({ sealed = true, opens = () => true } = {}) {
    let state = sealed ? LOGIN_SEALED : LOGIN_OPEN;
    return {
      opened: () => { state = LOGIN_OPEN; },
      get_lock_status: () => state,
      unlock_with_login: () => {
        if (!opens()) throw { kind: 'keychain', message: 'The keychain didn’t answer just now.' };
        state = LOGIN_OPEN;
        return state;
      },
      lock_now: () => {
        state = LOGIN_LOCKED;
        return state;
      },
      get_home: () => {
        if (CLOSED.includes(state.state)) throw REFUSED;
        return HOME;
      },
    };
  }

  it('sealed at start, opens by itself and draws Home', async () => {
    await open(loginBackend());
    await settle();
    assert.deepEqual(callsOf('unlock_with_login').map((c) => c.args), [{}]);
    assert.equal($('#lock-screen').hidden, true);
    assert.equal(callsOf('get_home').length, 1);
    assert.equal(doc.activeElement, $('#content'));
  });

  it('when the keychain doesn’t answer at start, says so and waits for Try again', async () => {
    let opens = false;
    await open(loginBackend({ opens: () => opens }));
    await settle();
    assert.equal($('#lock-screen').hidden, false);
    assert.equal($('#unlock-problem').textContent, 'The keychain didn’t answer just now.');
    assert.equal($('#unlock-login').textContent, 'Try again');
    assert.equal(callsOf('get_home').length, 0);
    opens = true;
    $('#unlock-login').click();
    await settle();
    assert.equal($('#lock-screen').hidden, true);
    assert.equal(callsOf('get_home').length, 1);
  });

  it('the backend’s own opening at start (the event) uncovers the app just the same', async () => {
    const backend = loginBackend();
    let answer;
    backend.unlock_with_login = () => new Promise((resolve) => { answer = resolve; });
    await open(backend);
    assert.equal($('#unlock-status').textContent, 'Opening your journal…');
    backend.opened();
    emit('lock-changed', LOGIN_OPEN);
    await settle();
    assert.equal($('#lock-screen').hidden, true);
    answer(LOGIN_OPEN);
    await settle();
    assert.equal(callsOf('get_home').length, 1, 'drawn once');
  });

  it('locked by hand, it waits for Unlock instead of opening at once', async () => {
    await open(loginBackend({ sealed: false }));
    const event = keydown({ key: 'L', ctrlKey: true, shiftKey: true });
    assert.equal(event.defaultPrevented, true, 'encrypted by the login, so there is a lock');
    await settle();
    assert.equal($('#lock-screen').hidden, false);
    assert.ok($('#unlock-login'));
    assert.equal($('#unlock-passphrase'), null);
    assert.equal(doc.title, 'Interlude is locked · Interlude');
    assert.equal(callsOf('unlock_with_login').length, 0);
    $('#unlock-login').click();
    await settle();
    assert.equal($('#lock-screen').hidden, true);
    assert.equal(callsOf('unlock_with_login').length, 1);
  });
});

describe('main window: the tray’s “My safety plan” while locked', () => {
  // The backend shows the window at #safety-plan; the plan itself can't be
  // read behind the lock, so the lock screen's crisis lines open instead.
  const INDIA = {
    region: { code: 'IN', name: 'India' }, regionSource: 'timeZone',
    lines: [{ name: 'Tele-MANAS', number: '14416', hours: '24 hours, every day', ways: ['call'], note: '', source: 'x', verified: '2026-12-04' }],
    emergency: '112',
    fallback: { number: '112', note: 'In many countries.', directory: 'findahelpline.com', directoryNote: 'Type it into a browser.' },
    safetyPlan: null,
  };
  const PLAN = {
    sections: [], contacts: [], crisisLines: [{ name: 'Tele-MANAS', number: '14416', note: '' }],
    region: 'IN', currentRegion: 'IN', crisisLinesEdited: false, updatedAt: null,
  };
  const crisis = {
    get_crisis_help: () => INDIA,
    list_regions: () => [{ code: 'IN', name: 'India', hasLines: true }],
    get_safety_plan: () => PLAN,
  };
  let hashListeners;

  beforeEach(() => {
    hashListeners = [];
    globalThis.window.addEventListener = (type, fn) => {
      if (type === 'hashchange') hashListeners.push(fn);
    };
  });

  /** The tray sets the hash: the web view fires hashchange. */
  function trayOpens(hash) {
    globalThis.location.hash = hash;
    for (const fn of [...hashListeners]) fn();
  }

  it('opened locked at #safety-plan: the crisis lines open at once, and the plan waits for the unlock', async () => {
    globalThis.location.hash = '#safety-plan';
    await open({ startLocked: true, ...crisis });
    assert.equal($('#lock-screen').hidden, false);
    assert.equal($('#lock-help-panel').hidden, false);
    assert.equal(doc.activeElement, $('#lock-help-panel-title'));
    assert.equal($('#lock-help-panel-region-name').textContent, 'Crisis lines for India');
    assert.equal(callsOf('get_safety_plan').length, 0, 'nothing is asked of the locked journal');
    assert.ok($('.shell').hasAttribute('inert'), 'the app stays covered');

    $('#unlock-passphrase').fill('correct horse');
    $('#unlock').click();
    await settle();
    assert.equal($('#lock-screen').hidden, true);
    assert.equal(callsOf('get_safety_plan').length, 1, 'the plan itself, once the journal is open');
    assert.ok($('#crisis-lines'));
  });

  it('locked on another page, the tray’s #safety-plan opens them on the lock screen', async () => {
    await open({ startLocked: true, ...crisis });
    assert.equal($('#lock-help-panel'), null, 'not on any other page');
    trayOpens('#safety-plan');
    await settle();
    assert.equal($('#lock-help-panel').hidden, false);
    assert.equal(doc.activeElement, $('#lock-help-panel-title'));
    assert.equal($('#lock-screen').hidden, false);
    assert.equal(callsOf('get_safety_plan').length, 0);
    assert.equal(callsOf('unlock').length, 0);
  });

  it('locked while on the plan, the lock screen opens with them', async () => {
    globalThis.location.hash = '#safety-plan';
    await open(crisis);
    assert.equal(callsOf('get_safety_plan').length, 1);
    assert.equal($('#lock-screen').hidden, true);
    emit('lock-changed', LOCKED);
    await settle();
    assert.equal($('#lock-help-panel').hidden, false);
  });

  it('put away, they aren’t opened again by later news of the lock', async () => {
    globalThis.location.hash = '#safety-plan';
    await open({ startLocked: true, ...crisis });
    $('#lock-help-panel').dispatchEvent(new FakeEvent('keydown', { key: 'Escape' }));
    assert.equal(doc.activeElement, $('#lock-help'));
    emit('lock-changed', LOCKED);
    await settle();
    assert.equal($('#lock-help-panel').hidden, true);
    assert.equal(doc.activeElement, $('#lock-help'));
  });

  it('with the journal open, #safety-plan is simply the plan', async () => {
    await open(crisis);
    trayOpens('#safety-plan');
    await settle();
    assert.equal($('#lock-screen').hidden, true);
    assert.equal($('#lock-help-panel'), null);
    assert.equal(callsOf('get_safety_plan').length, 1);
  });
});

// Found by trying the app: typing in the journal's search while a save
// redrew the page lost letters („arbeitete“ became „arbeete“), because the
// new page's field was built with the value from before the redraw.
describe('a live redraw while someone types', () => {
  it('keeps every letter typed into the page being replaced, and searches for them', async () => {
    const { deferred } = await import('./fake-dom.mjs');
    let gate = null;
    globalThis.location.hash = '#journal';
    await open({
      list_tags: () => (gate ? gate.promise : []),
      sync_status: () => null,
      get_timeline: () => ({ items: [], next: null }),
      search_journal: ({ query }) => ({ query, hits: [] }),
    });
    const first = $('#journal-search');
    first.focus();
    first.fill('arbe');
    gate = deferred();
    emit('journal-changed', null);
    // The redraw waits 150 ms, then is drawn while list_tags is held.
    await new Promise((done) => setTimeout(done, 200));
    first.fill('arbeit'); // typed on the page still shown
    gate.resolve([]);
    await settle();
    const field = $('#journal-search');
    assert.notEqual(field, first, 'the page was drawn again');
    assert.equal(field.value, 'arbeit');
    assert.equal(doc.activeElement, field);
    await new Promise((done) => setTimeout(done, 300)); // the search's own pause
    assert.equal(callsOf('search_journal').at(-1).args.query, 'arbeit');
  });
});
