// A journal made from the terminal before the app ever ran (LockStatus
// `plainUnchosen`): a calm band above the page offers protecting it or
// keeping it as it is. First the band on its own (components/
// protect-banner.js), then in the main window (app.js on a stand-in of
// index.html), where "Protect it…" goes to Settings → Privacy and lock.

import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it, mock } from 'node:test';

import {
  FakeEvent, appPage, deferred, installDom, installTauri, removeDom, removeTauri, settle,
} from './fake-dom.mjs';
import {
  KEPT_NOTE, PROTECT_BODY, PROTECT_TITLE, protectBanner,
} from '../../ui/components/protect-banner.js';
import { currentLockStatus, publishLockStatus, resetLockStatus } from '../../ui/lib/lock-status.js';

let doc;
let calls;

const $ = (sel) => doc.body.querySelector(sel);
const callsOf = (cmd) => calls.filter((c) => c.cmd === cmd);

const BASE = {
  state: 'open', previousKept: false, autoLockMinutes: 0, notificationsShowText: false,
  safetyPlanOnLockScreen: false, loginAvailable: true, loginProblem: null,
};
/** Made from the terminal; nobody chose. */
const UNCHOSEN = { ...BASE, keeper: 'none', plainUnchosen: true };
/** Kept plain on purpose (the first run's "Not now", or the band's answer). */
const CHOSEN = { ...BASE, keeper: 'none', plainUnchosen: false };
const WITH_PASSPHRASE = { ...BASE, keeper: 'passphrase', plainUnchosen: false, autoLockMinutes: 10 };

const band = () => $('#protect-banner');

describe('the protect band on its own', () => {
  let stop;

  /** The band's host, #content and the toast, as in index.html. */
  function mount(handlers = {}) {
    calls = installTauri(handlers);
    const host = doc.createElement('div');
    host.id = 'protect-banner';
    host.hidden = true;
    const main = doc.createElement('main');
    main.id = 'content';
    main.setAttribute('tabindex', '-1');
    doc.body.append(host, main);
    const onProtect = mock.fn();
    ({ stop } = protectBanner(host, { onProtect }));
    return { host, onProtect };
  }

  beforeEach(() => {
    doc = installDom();
    resetLockStatus();
    // The toast's own timer, so no test waits for it.
    mock.timers.enable({ apis: ['setTimeout'] });
  });
  afterEach(() => {
    stop?.();
    mock.timers.reset();
    resetLockStatus();
    removeDom();
    removeTauri();
  });

  it('is shown only for a journal nobody chose to keep plain', () => {
    const { host } = mount();
    assert.equal(host.hidden, true, 'nothing published yet');
    for (const status of [
      CHOSEN, WITH_PASSPHRASE, { ...BASE }, { ...UNCHOSEN, plainUnchosen: undefined }, { ...UNCHOSEN, state: 'new' },
    ]) {
      publishLockStatus(status);
      assert.equal(host.hidden, true, JSON.stringify(status));
      assert.equal(host.children.length, 0);
    }
    publishLockStatus(UNCHOSEN);
    assert.equal(host.hidden, false);
    assert.equal($('#protect-banner-title').textContent, PROTECT_TITLE);
    assert.equal($('#protect-banner-body').textContent, PROTECT_BODY);
    assert.equal($('#protect-banner-protect').textContent, 'Protect it…');
    assert.equal($('#protect-banner-keep').textContent, 'Keep it as it is');
  });

  it('a region with a label, with real buttons, that never takes focus as it comes', () => {
    const { host } = mount();
    const before = doc.activeElement;
    publishLockStatus(UNCHOSEN);
    assert.equal(host.getAttribute('role'), 'region');
    assert.equal(host.getAttribute('aria-labelledby'), 'protect-banner-title');
    assert.equal(doc.activeElement, before, 'focus is not stolen');
    for (const id of ['#protect-banner-protect', '#protect-banner-keep']) {
      assert.equal($(id).localName, 'button', `${id} is reached with Tab`);
      assert.equal($(id).getAttribute('type'), 'button');
    }
    assert.equal($('#protect-banner-status').getAttribute('role'), 'status');
    assert.doesNotMatch(host.className, /attention|error/, 'never alarming');
  });

  it('stays as it is when the same news comes again, so focus is not thrown off it', () => {
    mount();
    publishLockStatus(UNCHOSEN);
    const button = $('#protect-banner-keep');
    button.focus();
    publishLockStatus({ ...UNCHOSEN });
    assert.equal($('#protect-banner-keep'), button, 'not drawn again');
    assert.equal(doc.activeElement, button);
  });

  it('"Keep it as it is" asks once, then the band goes with a polite note', async () => {
    const answer = deferred();
    const { host } = mount({ keep_journal_plain: () => answer.promise });
    publishLockStatus(UNCHOSEN);
    const button = $('#protect-banner-keep');
    button.focus();
    button.click();
    button.click(); // a second click while it works
    await settle();
    assert.deepEqual(callsOf('keep_journal_plain').map((c) => c.args), [{}]);
    assert.equal(button.getAttribute('aria-disabled'), 'true');
    assert.equal(doc.activeElement, button, 'focus stays on the button meanwhile');
    assert.equal(host.hidden, false);

    answer.resolve(CHOSEN);
    await settle();
    assert.equal(host.hidden, true);
    assert.equal(host.children.length, 0);
    assert.equal($('#toast').textContent, KEPT_NOTE);
    assert.equal(doc.activeElement, $('#content'), 'focus goes to the page, not to nowhere');
    assert.deepEqual(currentLockStatus(), CHOSEN, 'the answer is published for everyone');
    assert.equal(callsOf('keep_journal_plain').length, 1);

    // It doesn't come back this run, even on stale news.
    publishLockStatus(UNCHOSEN);
    assert.equal(host.hidden, true);
  });

  it('says why when the choice could not be kept, and the button comes back', async () => {
    let fail = true;
    const { host } = mount({
      keep_journal_plain: () => {
        if (fail) throw { kind: 'io', message: 'That couldn’t be saved just now. Nothing was changed.' };
        return CHOSEN;
      },
    });
    publishLockStatus(UNCHOSEN);
    $('#protect-banner-keep').click();
    await settle();
    assert.equal(host.hidden, false);
    assert.equal($('#protect-banner-status').textContent, 'That couldn’t be saved just now. Nothing was changed.');
    assert.equal($('#protect-banner-keep').hasAttribute('aria-disabled'), false);

    fail = false;
    $('#protect-banner-keep').click();
    await settle();
    assert.equal(callsOf('keep_journal_plain').length, 2);
    assert.equal(host.hidden, true);
  });

  it('"Protect it…" hands over to the app, and the band stays until the journal is protected', () => {
    const { host, onProtect } = mount();
    publishLockStatus(UNCHOSEN);
    $('#protect-banner-protect').click();
    assert.equal(onProtect.mock.callCount(), 1);
    assert.equal(callsOf('keep_journal_plain').length, 0, 'nothing is chosen for the person');
    assert.equal(host.hidden, false);
  });

  it('goes by itself once the journal is encrypted, and focus in it goes to the page', () => {
    const { host } = mount();
    publishLockStatus(UNCHOSEN);
    $('#protect-banner-protect').focus();
    publishLockStatus({ ...WITH_PASSPHRASE, plainUnchosen: true }); // encrypted wins over a stale flag
    assert.equal(host.hidden, true);
    assert.equal(host.children.length, 0);
    assert.equal(doc.activeElement, $('#content'));
  });

  it('Escape does nothing to it: keeping the journal plain is only ever chosen with its button', async () => {
    const { host } = mount({ keep_journal_plain: () => CHOSEN });
    publishLockStatus(UNCHOSEN);
    for (const id of ['#protect-banner-keep', '#protect-banner-protect']) {
      $(id).focus();
      const event = new FakeEvent('keydown', { key: 'Escape' });
      $(id).dispatchEvent(event);
      assert.equal(event.defaultPrevented, false);
    }
    await settle();
    assert.equal(callsOf('keep_journal_plain').length, 0);
    assert.equal(host.hidden, false);
  });
});

describe('the protect band in the main window', () => {
  let emit;
  let loads = 0;
  let hashListeners;

  const HOME = { focus: null, today: [], recent: [], nextSession: null, reflectionCount: 0 };

  async function open(status, handlers = {}) {
    let current = status;
    calls = installTauri({
      get_lock_status: () => current,
      get_home: () => HOME,
      get_schedule: () => null,
      get_settings: () => ({ theme: 'system' }),
      get_app_info: () => ({ version: '0.1.0', schemaVersion: 3, dataDir: '/home/a/.local/share/interlude' }),
      get_autostart: () => false,
      get_reminder_status: () => ({ pausedUntil: null, next: null, notificationsWorking: true, banner: null }),
      list_backups: () => ({ backups: [], damage: null, folder: '/tmp/b' }),
      app_ready: () => null,
      still_here: () => null,
      keep_journal_plain: () => {
        current = CHOSEN;
        return current;
      },
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
      if (name === 'lock-changed') current = payload;
      for (const l of listeners.filter((x) => x.name === name)) l.cb({ event: name, payload });
    };
    appPage(doc);
    loads += 1;
    await import(`../../ui/app.js?protect=${loads}`);
    await settle();
  }

  beforeEach(() => {
    doc = installDom();
    doc.addEventListener = () => {};
    doc.querySelectorAll = (sel) => doc.body.querySelectorAll(sel);
    hashListeners = [];
    globalThis.window = {
      addEventListener: (type, fn) => { if (type === 'hashchange') hashListeners.push(fn); },
      removeEventListener: () => {},
    };
    // A hash that changes as a browser's does: the hashchange follows.
    let hash = '#home';
    globalThis.location = {
      search: '',
      get hash() { return hash; },
      set hash(v) {
        hash = v;
        for (const fn of hashListeners) fn();
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

  it('is there at start for a journal made from the terminal, above the page it doesn’t block', async () => {
    await open(UNCHOSEN);
    assert.equal(band().hidden, false);
    assert.equal($('#protect-banner-title').textContent, PROTECT_TITLE);
    assert.ok($('#content h1'), 'the page is drawn as usual');
    assert.equal($('#lock-screen').hidden, true);
    assert.equal($('.shell').hasAttribute('inert'), false);
    assert.notEqual(doc.activeElement, $('#protect-banner-protect'));
    assert.notEqual(doc.activeElement, $('#protect-banner-keep'));
  });

  it('is not there for a journal kept plain on purpose', async () => {
    await open(CHOSEN);
    assert.equal(band().hidden, true);
    assert.equal(band().children.length, 0);
  });

  it('"Protect it…" goes to Settings with the protect form’s first field focused', async () => {
    await open(UNCHOSEN);
    $('#protect-banner-protect').click();
    await settle();
    assert.equal(location.hash, '#settings');
    assert.equal(doc.title, 'Settings · Interlude');
    assert.ok($('#privacy'), 'the Privacy and lock section is drawn');
    assert.equal(doc.activeElement, $('#protect-form #new-passphrase'));
    assert.equal(callsOf('keep_journal_plain').length, 0);
    assert.equal(band().hidden, false, 'still offered until the journal is protected');

    // Again from Settings: the field is focused, and what is typed stays.
    $('#new-passphrase').fill('a quiet lake');
    $('#content').focus();
    const drawn = callsOf('get_app_info').length;
    $('#protect-banner-protect').click();
    await settle();
    assert.equal(doc.activeElement, $('#new-passphrase'));
    assert.equal($('#new-passphrase').value, 'a quiet lake');
    assert.equal(callsOf('get_app_info').length, drawn, 'Settings is not drawn again');
  });

  it('goes by itself once the journal is protected from Settings', async () => {
    await open(UNCHOSEN, { set_passphrase: () => WITH_PASSPHRASE });
    $('#protect-banner-protect').click();
    await settle();
    $('#new-passphrase').fill('a quiet lake at dawn');
    $('#confirm-passphrase').fill('a quiet lake at dawn');
    $('#protect-form').dispatchEvent(new FakeEvent('submit'));
    await settle();
    assert.match($('#privacy-status').textContent, /Your journal is protected now/);
    assert.equal(band().hidden, true);
  });

  it('goes by itself when a lock-changed event says the journal is encrypted', async () => {
    await open(UNCHOSEN);
    emit('lock-changed', WITH_PASSPHRASE);
    assert.equal(band().hidden, true);
    assert.equal(band().children.length, 0);
  });

  it('"Keep it as it is" asks once and the band goes, for this start', async () => {
    mock.timers.enable({ apis: ['setTimeout'] });
    try {
      await open(UNCHOSEN);
      $('#protect-banner-keep').focus(); // from the keyboard
      $('#protect-banner-keep').click();
      await settle();
      assert.deepEqual(callsOf('keep_journal_plain').map((c) => c.args), [{}]);
      assert.equal(band().hidden, true);
      assert.equal($('#toast').textContent, KEPT_NOTE);
      assert.equal(doc.activeElement, $('#content'));
    } finally {
      mock.timers.reset();
    }
  });
});
