// The main window and a journal in trouble (app.js itself, on a stand-in of
// index.html): a journal that would not open fails the first page with
// 'corrupt', and the band above it offers the newest backup, restored only
// after the dialog's "Restore", after which the page is drawn again from the
// journal; a damaged journal's band comes from list_backups at start and
// from the "journal-damaged" event.

import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';

import { installDom, installTauri, removeDom, removeTauri, settle, appPage } from './fake-dom.mjs';
import { resetRestoreState } from '../../ui/components/restore-backup.js';
import { resetLockStatus } from '../../ui/lib/lock-status.js';

let doc;
let calls;
let emit;
let loads = 0;

const $ = (sel) => doc.body.querySelector(sel);
const callsOf = (cmd) => calls.filter((c) => c.cmd === cmd);
const wait = (ms) => new Promise((r) => setTimeout(r, ms));

const PLAIN = { state: 'open', keeper: 'none', previousKept: false, autoLockMinutes: 0, notificationsShowText: false };
const HOME = { focus: null, today: [], recent: [], nextSession: null, reflectionCount: 0 };
const CORRUPT = {
  kind: 'corrupt',
  message: 'The journal file looks damaged or isn’t an Interlude journal. Nothing was changed. (file is not a database)',
};

function at(daysAgo, hh, mm) {
  const d = new Date();
  d.setDate(d.getDate() - daysAgo);
  d.setHours(hh, mm, 0, 0);
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

const NEWEST = { name: 'interlude-20261124-090500-daily.db', madeAt: at(0, 9, 5), reason: 'daily', bytes: 48 * 1024 };
const OLDER = { name: 'interlude-20261123-091000-daily.db', madeAt: at(1, 9, 10), reason: 'daily', bytes: 47 * 1024 };
const FOLDER = '/home/a/.local/share/interlude/backups';

/** The app's page, with this file's dialog. */
function page() {
  appPage(doc, (el) => {
    const dialog = el('dialog', 'confirm-restore');
    dialog.append(el('p', 'confirm-restore-body'), el('button', 'confirm-restore-no'), el('button', 'confirm-restore-yes'));
    return [dialog];
  });
}

async function open(handlers) {
  calls = installTauri({
    get_lock_status: () => PLAIN,
    get_schedule: () => null,
    get_home: () => HOME,
    get_settings: () => ({ theme: 'system' }),
    get_reminder_status: () => ({ pausedUntil: null, next: null, notificationsWorking: true, banner: null }),
    app_ready: () => null,
    still_here: () => null,
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
  page();
  loads += 1;
  await import(`../../ui/app.js?backups=${loads}`);
  await settle();
}

beforeEach(() => {
  doc = installDom();
  doc.addEventListener = () => {};
  doc.querySelectorAll = (sel) => doc.body.querySelectorAll(sel);
  globalThis.window = { addEventListener: () => {}, removeEventListener: () => {} };
  globalThis.location = { hash: '#home', search: '' };
  globalThis.history = { replaceState: () => {} };
  globalThis.CSS = { escape: (s) => s };
  resetLockStatus();
  resetRestoreState();
});
afterEach(() => {
  resetLockStatus();
  resetRestoreState();
  for (const name of ['window', 'location', 'history', 'CSS']) delete globalThis[name];
  removeDom();
  removeTauri();
});

describe('main window: a journal in trouble', () => {
  it('a journal that would not open: the first page says so, the band offers the newest backup, and a restore brings the journal back', async () => {
    let broken = true;
    await open({
      // Not opened, and not locked either: the page is drawn, and fails.
      get_lock_status: () => (broken ? { ...PLAIN, state: 'failed' } : PLAIN),
      get_home: () => {
        if (broken) throw CORRUPT;
        return HOME;
      },
      list_backups: () => ({ backups: [NEWEST, OLDER], damage: null, folder: FOLDER }),
      restore_backup: () => {
        broken = false;
        return null; // the journal couldn't be opened: the damaged file was set aside
      },
    });
    await settle();
    // The page's own error stays where it is; the band above offers the way back.
    assert.match($('#content').textContent, /looks damaged/);
    const band = $('#journal-banner');
    assert.equal(band.hidden, false);
    assert.equal(band.dataset.kind, 'unreadable');
    assert.equal(band.getAttribute('role'), 'status');
    assert.equal($('#journal-banner-title').textContent, "Interlude couldn't open your journal file.");
    assert.match($('#journal-banner-body').textContent, /kept, not deleted/);
    const button = $('#journal-banner-restore');
    assert.equal(button.textContent, 'Restore the backup from today at 09:05');

    button.click();
    await settle();
    assert.equal($('#confirm-restore').open, true);
    $('#confirm-restore').close('keep');
    await settle();
    assert.equal(callsOf('restore_backup').length, 0, 'nothing happens without "Restore"');

    button.click();
    await settle();
    $('#confirm-restore').close('restore');
    await settle();
    assert.deepEqual(callsOf('restore_backup').map((c) => c.args), [{ name: NEWEST.name }]);
    assert.equal(band.hidden, true);
    assert.match($('#toast').textContent, /The file that couldn't be read is kept in Interlude's folder, not deleted\./);

    // The backend announces the change; Home is drawn again from the journal.
    emit('journal-changed', null);
    await wait(200);
    await settle();
    assert.doesNotMatch($('#content').textContent, /looks damaged/);
    assert.match($('#content h1').textContent, /^Good (morning|afternoon|evening)\.$/);
  });

  it('a damaged journal found before start-up shows the band from list_backups', async () => {
    await open({
      list_backups: () => ({ backups: [NEWEST], damage: 'row 12 missing from index', folder: FOLDER }),
    });
    await settle();
    assert.equal($('#journal-banner').hidden, false);
    assert.equal($('#journal-banner').dataset.kind, 'damaged');
    assert.equal($('#journal-banner-title').textContent, 'Interlude found a problem in your journal file.');
    assert.equal($('#journal-banner-body').textContent, 'Your newest backup, from today at 09:05, is checked and ready.');
    assert.ok($('#content h1'), 'the page itself is drawn as usual');
  });

  it('a damaged journal found after start-up shows the band from the journal-damaged event', async () => {
    await open({ list_backups: () => ({ backups: [NEWEST], damage: null, folder: FOLDER }) });
    await settle();
    assert.equal($('#journal-banner').hidden, true);
    emit('journal-damaged', 'page 7 is never used');
    await settle();
    assert.equal($('#journal-banner').hidden, false);
    assert.equal($('#journal-banner-found').textContent, 'page 7 is never used');
    $('#journal-banner-dismiss').click();
    assert.equal($('#journal-banner').hidden, true);
  });
});
