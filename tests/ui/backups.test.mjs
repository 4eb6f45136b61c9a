// Backups in the main window, through a stand-in document and a fake
// backend: how a backup is described (when, why, how big); Settings →
// Backups in each state (empty, a list, busy, done, failed); restoring only
// after the dialog's "Restore", with exactly the backup's name; and the band
// about a damaged journal, from list_backups, from the event, and when the
// journal won't open at all.

import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';

import { installDom, installTauri, removeDom, removeTauri, settle, deferred } from './fake-dom.mjs';
import {
  REASON_WORDS, formatSize, reasonWords, whenLabel, whenPhrase,
} from '../../ui/lib/backups.js';
import {
  DAMAGED_TITLE, UNREADABLE_TITLE, journalBanner,
} from '../../ui/components/journal-banner.js';
import {
  askToRestore, resetRestoreState, setJournalUnreadable,
} from '../../ui/components/restore-backup.js';
import { EMPTY_MESSAGE, KEPT, backupsSection } from '../../ui/views/backups.js';
import settings from '../../ui/views/settings.js';

let doc;
let calls;

const $ = (sel) => doc.body.querySelector(sel);
const callsOf = (cmd) => calls.filter((c) => c.cmd === cmd);

/** An instant `daysAgo` days before today at hh:mm on this computer's
 *  clock, as the backend writes it (RFC 3339, UTC, whole seconds). */
function at(daysAgo, hh, mm) {
  const d = new Date();
  d.setDate(d.getDate() - daysAgo);
  d.setHours(hh, mm, 0, 0);
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

const backup = (name, madeAt, reason, bytes) => ({ name, madeAt, reason, bytes });

const TODAY = backup('interlude-a-manual.db', at(0, 9, 5), 'manual', 48 * 1024);
const YESTERDAY = backup('interlude-b-daily.db', at(1, 21, 10), 'daily', 1_258_291);
const EARLIER = [
  backup('interlude-c-beforeMigration.db', at(3, 8, 0), 'beforeMigration', 40 * 1024 * 1024),
  backup('interlude-d-beforeImport.db', at(4, 12, 30), 'beforeImport', 700),
  backup('interlude-e-beforeRestore.db', at(5, 7, 45), 'beforeRestore', 2048),
];
const ALL = [TODAY, YESTERDAY, ...EARLIER];
const FOLDER = '/home/a/.local/share/interlude/backups';

const listed = (backups, damage = null) => () => ({ backups, damage, folder: FOLDER });

/** The restore confirmation, as index.html has it. */
function restoreDialog() {
  const d = doc.createElement('dialog');
  d.id = 'confirm-restore';
  const body = doc.createElement('p');
  body.id = 'confirm-restore-body';
  const keep = doc.createElement('button');
  keep.id = 'confirm-restore-no';
  const yes = doc.createElement('button');
  yes.id = 'confirm-restore-yes';
  d.append(body, keep, yes);
  doc.body.append(d);
  return d;
}

async function showSection(handlers) {
  calls = installTauri(handlers);
  const section = await backupsSection({ refresh: () => {} });
  doc.body.append(section);
  return section;
}

beforeEach(() => {
  doc = installDom();
  resetRestoreState();
});
afterEach(() => {
  resetRestoreState();
  removeDom();
  removeTauri();
});

describe('how a backup is described', () => {
  it('says why in plain words, for every reason the backend gives', () => {
    assert.deepEqual(
      ['daily', 'manual', 'beforeMigration', 'beforeImport', 'beforeRestore'].map(reasonWords),
      ['Daily', 'You made this', 'Before an update', 'Before an import', 'Before a restore']);
    assert.equal(Object.keys(REASON_WORDS).length, 5);
    assert.equal(reasonWords('somethingNew'), 'Backup', 'never a code word');
  });

  it('gives sizes in KB and MB', () => {
    assert.equal(formatSize(0), '0 KB');
    assert.equal(formatSize(700), '1 KB', 'a small file is not "0 KB"');
    assert.equal(formatSize(48 * 1024), '48 KB');
    assert.equal(formatSize(999 * 1024), '999 KB');
    assert.equal(formatSize(1023 * 1024), '1.0 MB', 'never "1000 KB"');
    assert.equal(formatSize(1_258_291), '1.2 MB');
    assert.equal(formatSize(40 * 1024 * 1024), '40 MB');
    assert.equal(formatSize(undefined), '');
  });

  it('says when in this computer’s time: today, yesterday, else the date', () => {
    const now = new Date(2026, 10, 24, 18, 0); // Tue 24 Nov 2026, 18:00 here
    const here = (...parts) => new Date(...parts).toISOString();
    assert.equal(whenLabel(here(2026, 10, 24, 9, 5), now), 'Today 09:05');
    assert.equal(whenLabel(here(2026, 10, 23, 21, 10), now), 'Yesterday 21:10');
    assert.equal(whenLabel(here(2026, 10, 20, 7, 0), now), 'Fri 20 Nov, 07:00');
    assert.equal(whenLabel(here(2025, 11, 31, 23, 59), now), 'Wed 31 Dec 2025, 23:59');
    assert.equal(whenLabel('not a time', now), '');
    // Across midnight on this clock, not on UTC's.
    assert.equal(whenLabel(here(2026, 10, 24, 0, 1), now), 'Today 00:01');
    assert.equal(whenLabel(here(2026, 10, 23, 23, 59), now), 'Yesterday 23:59');

    assert.equal(whenPhrase(here(2026, 10, 24, 9, 5), now), 'today at 09:05');
    assert.equal(whenPhrase(here(2026, 10, 23, 21, 10), now, { on: true }), 'yesterday at 21:10');
    assert.equal(whenPhrase(here(2026, 10, 20, 7, 0), now), 'Fri 20 Nov at 07:00');
    assert.equal(whenPhrase(here(2026, 10, 20, 7, 0), now, { on: true }), 'on Fri 20 Nov at 07:00');
  });

  it('promises in the dialog only what the restore does', async () => {
    const d = restoreDialog();
    const now = new Date(2026, 10, 24, 18, 0);
    const b = { madeAt: new Date(2026, 10, 20, 7, 0).toISOString() };
    const promised = async (cantRead) => {
      setJournalUnreadable(cantRead);
      const asked = askToRestore(b, { now });
      const words = $('#confirm-restore-body').textContent;
      d.close('keep');
      assert.equal(await asked, false);
      return words;
    };
    assert.equal(await promised(false),
      "Your journal will go back to how it was on Fri 20 Nov at 07:00. What's there now is backed up first, so you can come back to it.");
    assert.match(await promised(true), /set aside and kept, not deleted\.$/);
  });

  it('says that a journal that syncs goes back on every computer', async () => {
    const d = restoreDialog();
    const now = new Date(2026, 10, 24, 18, 0);
    const b = { madeAt: new Date(2026, 10, 20, 7, 0).toISOString() };
    for (const on of [true, false]) {
      installTauri({ sync_status: () => ({ on, computers: [] }) });
      const asked = askToRestore(b, { now });
      await settle();
      const words = $('#confirm-restore-body').textContent;
      d.close('keep');
      assert.equal(await asked, false);
      assert.equal(words.includes('Your other computers will show the backup’s entries too.'), on, words);
      assert.match(words, /^Your journal will go back to how it was on Fri 20 Nov at 07:00\./);
      removeTauri();
    }
  });
});

describe('Settings → Backups', () => {
  it('says what happens and where, and is calm when there are none yet', async () => {
    const section = await showSection({ list_backups: listed([]) });
    assert.equal(section.getAttribute('aria-labelledby'), 'backups-heading');
    assert.equal($('#backups-heading').textContent, 'Backups');
    const about = $('#backups-about').textContent;
    for (const part of [/Every day/, /before an update or an import/, /checks it/, new RegExp(`newest ${KEPT}`),
      /encrypted like your journal when it has a passphrase/]) assert.match(about, part);
    assert.equal($('#backups-folder').textContent, FOLDER);
    assert.equal($('#backup-now').textContent, 'Back up now');
    assert.equal($('#backup-now').getAttribute('type'), 'button');
    assert.equal($('#backup-status').getAttribute('role'), 'status');
    assert.equal($('#backups-empty').textContent, EMPTY_MESSAGE);
    assert.equal(EMPTY_MESSAGE, 'No backups yet. The first one is made today.');
    assert.equal($('#backups-list'), null);
    assert.deepEqual(callsOf('list_backups').map((c) => c.args), [{}]);
  });

  it('lists each backup newest first: when, why in plain words, size, and a named Restore…', async () => {
    const section = await showSection({ list_backups: listed(ALL) });
    const rows = section.querySelectorAll('#backups-list tbody tr');
    assert.deepEqual(rows.map((r) => r.id), ['backup-row-0', 'backup-row-1', 'backup-row-2', 'backup-row-3', 'backup-row-4']);
    assert.deepEqual(rows.map((r) => r.dataset.name), ALL.map((b) => b.name));
    const cells = (r) => [...r.children].map((c) => c.textContent);
    assert.deepEqual(cells(rows[0]), ['Today 09:05', 'You made this', '48 KB', 'Restore…']);
    assert.deepEqual(cells(rows[1]), ['Yesterday 21:10', 'Daily', '1.2 MB', 'Restore…']);
    assert.deepEqual(rows.slice(2).map((r) => cells(r).slice(1, 3)),
      [['Before an update', '40 MB'], ['Before an import', '1 KB'], ['Before a restore', '2 KB']]);
    assert.match(cells(rows[2])[0], /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} [A-Z][a-z]{2}( \d{4})?, 08:00$/);
    assert.equal(rows[0].querySelector('time').getAttribute('datetime'), TODAY.madeAt);

    // Each Restore… button says which backup it is, by ids that exist.
    for (const [i, row] of rows.entries()) {
      const button = row.querySelector('button');
      assert.equal(button.id, `backup-restore-${i}`);
      assert.equal(button.dataset.name, ALL[i].name);
      for (const id of button.getAttribute('aria-labelledby').split(' ')) assert.ok(section.querySelector(`#${id}`), id);
    }
    assert.equal($('#backups-empty'), null);
    assert.ok(section.querySelector('#backups-list caption'), 'the table has a caption');
  });

  it('backs up now: busy meanwhile (one backup, however many clicks), then says so and shows it', async () => {
    const made = deferred();
    let backups = [YESTERDAY];
    await showSection({
      list_backups: () => listed(backups)(),
      create_backup: () => made.promise,
    });
    const button = $('#backup-now');
    button.focus();
    button.click();
    button.click(); // impatient
    await settle();
    assert.deepEqual(callsOf('create_backup').map((c) => c.args), [{}]);
    assert.equal(button.getAttribute('aria-disabled'), 'true');
    assert.equal(button.disabled, false, 'aria-disabled, so focus stays on it');
    assert.equal($('#backups-body').getAttribute('aria-busy'), 'true');
    assert.equal($('#backup-status').textContent, 'Backing up…');
    assert.equal($('#backup-restore-0').getAttribute('aria-disabled'), 'true', 'no restore while backing up');

    backups = [TODAY, YESTERDAY];
    made.resolve(TODAY);
    await settle();
    assert.equal($('#backup-status').textContent, 'Backed up just now.');
    assert.equal($('#backup-status').classList.contains('is-error'), false);
    assert.equal(button.hasAttribute('aria-disabled'), false);
    assert.equal($('#backups-body').hasAttribute('aria-busy'), false);
    assert.equal($('#backup-row-0').dataset.name, TODAY.name, 'the new one is on top');
    assert.equal(doc.activeElement, button, 'focus stays where it was');
  });

  it('says calmly why a backup wasn’t made, and can try again', async () => {
    await showSection({
      list_backups: listed([YESTERDAY]),
      create_backup: () => { throw { kind: 'diskFull', message: 'The disk is full, so this couldn’t be saved. Free some space and try again.' }; },
    });
    $('#backup-now').click();
    await settle();
    assert.equal($('#backup-status').textContent, 'The disk is full, so this couldn’t be saved. Free some space and try again.');
    assert.equal($('#backup-status').classList.contains('is-error'), true);
    assert.equal($('#backup-now').hasAttribute('aria-disabled'), false);
    assert.equal($('#backup-row-0').dataset.name, YESTERDAY.name, 'the list is as it was');
    $('#backup-now').click();
    await settle();
    assert.equal(callsOf('create_backup').length, 2);
  });

  it('restores only after "Restore", with exactly that backup’s name', async () => {
    const d = restoreDialog();
    const before = backup('interlude-f-beforeRestore.db', at(0, 10, 0), 'beforeRestore', 4096);
    let backups = ALL;
    await showSection({
      list_backups: () => listed(backups)(),
      restore_backup: ({ name }) => {
        backups = [before, ...ALL];
        return before;
      },
    });
    const button = $('#backup-restore-1');
    button.focus();
    button.click();
    await settle();
    assert.equal(d.open, true);
    assert.equal(doc.activeElement, $('#confirm-restore-no'), 'the safe choice has focus');
    assert.equal($('#confirm-restore-body').textContent,
      "Your journal will go back to how it was yesterday at 21:10. What's there now is backed up first, so you can come back to it.");
    d.close('keep');
    await settle();
    assert.equal(callsOf('restore_backup').length, 0, 'keeping the journal changes nothing');
    assert.equal(doc.activeElement, button, 'focus goes back to the button that asked');

    button.click();
    await settle();
    d.close('restore');
    await settle();
    assert.deepEqual(callsOf('restore_backup').map((c) => c.args), [{ name: YESTERDAY.name }]);
    assert.equal($('#backup-status').textContent,
      'Your journal is back to how it was yesterday at 21:10. What was there before is saved as a backup.');
    assert.equal(doc.activeElement, $('#backup-status'), 'heard, and not lost with the redrawn list');
    assert.equal($('#backup-row-0').dataset.name, before.name, 'the backup of what was there is listed');
  });

  it('is busy while restoring, and says why when a restore is refused', async () => {
    const d = restoreDialog();
    const answer = deferred();
    await showSection({ list_backups: listed(ALL), restore_backup: () => answer.promise });
    $('#backup-restore-0').click();
    await settle();
    d.close('restore');
    await settle();
    assert.match($('#backup-status').textContent, /^Restoring…/);
    assert.equal($('#backup-now').getAttribute('aria-disabled'), 'true');
    assert.equal($('#backup-restore-2').getAttribute('aria-disabled'), 'true');
    $('#backup-restore-2').click();
    await settle();
    assert.equal(d.open, false, 'no second restore while one is under way');

    answer.reject({ kind: 'corrupt', message: 'That backup didn’t pass its check, so nothing was changed.' });
    await settle();
    assert.equal($('#backup-status').textContent, 'That backup didn’t pass its check, so nothing was changed.');
    assert.equal($('#backup-status').classList.contains('is-error'), true);
    assert.equal($('#backup-now').hasAttribute('aria-disabled'), false);
    assert.equal($('#backup-restore-0').hasAttribute('aria-disabled'), false);
  });

  it('fails on its own when the list can’t be had', async () => {
    const section = await showSection({
      list_backups: () => { throw { kind: 'io', message: 'The backups folder couldn’t be read.' }; },
    });
    assert.equal($('#backups-heading').textContent, 'Backups');
    assert.match(section.textContent, /The backups folder couldn’t be read\./);
    assert.ok(section.querySelector('.notice-attention'));
    assert.equal($('#backup-now'), null);
  });
});

describe('Backups in Settings', () => {
  const base = {
    get_settings: () => ({ theme: 'system' }),
    get_app_info: () => ({ version: '0.1.0', schemaVersion: 5, dataDir: '/home/a/.local/share/interlude' }),
    get_autostart: () => false,
    get_lock_status: () => ({
      state: 'open', keeper: 'none', previousKept: false, autoLockMinutes: 0, notificationsShowText: false,
    }),
    get_reminder_settings: () => { throw { kind: 'internal', message: 'x' }; },
    get_reminder_status: () => { throw { kind: 'internal', message: 'x' }; },
  };

  it('sits after Your data and before About', async () => {
    calls = installTauri({ ...base, list_backups: listed([TODAY]) });
    const root = doc.createElement('div');
    await settings.render(root, {}, { refresh: () => {} });
    const headings = root.querySelectorAll('h2').map((h) => h.textContent);
    assert.deepEqual(headings.slice(-3), ['Your data', 'Backups', 'About']);
  });

  it('a problem with backups hides nothing else', async () => {
    calls = installTauri({ ...base, list_backups: () => { throw { kind: 'io', message: 'Backups didn’t load.' }; } });
    const root = doc.createElement('div');
    await settings.render(root, {}, { refresh: () => {} });
    doc.body.append(root);
    assert.match($('#backups').textContent, /Backups didn’t load\./);
    assert.equal($('#app-version').textContent, '0.1.0');
  });
});

describe('the band about a damaged journal', () => {
  function host() {
    const content = doc.createElement('main');
    content.id = 'content';
    const el = doc.createElement('div');
    el.id = 'journal-banner';
    el.hidden = true;
    doc.body.append(el, content);
    return el;
  }

  it('shows what list_backups found, calmly, with the newest backup', async () => {
    const el = host();
    calls = installTauri({ list_backups: listed(ALL, 'row 12 missing from index entries_at') });
    await journalBanner(el).refresh();
    assert.equal(el.hidden, false);
    assert.equal(el.getAttribute('role'), 'status', 'heard, not an alarm');
    assert.equal(el.dataset.kind, 'damaged');
    assert.equal($('#journal-banner-title').textContent, DAMAGED_TITLE);
    assert.equal(DAMAGED_TITLE, 'Interlude found a problem in your journal file.');
    assert.equal($('#journal-banner-body').textContent, 'Your newest backup, from today at 09:05, is checked and ready.');
    assert.equal($('#journal-banner-restore').textContent, 'Restore it');
    assert.equal($('#journal-banner-dismiss').textContent, 'Not now');
    assert.equal($('#journal-banner-found').textContent, 'row 12 missing from index entries_at');
    assert.equal(el.querySelector('.notice-attention'), null);
  });

  it('stays away when list_backups finds nothing wrong', async () => {
    const el = host();
    calls = installTauri({ list_backups: listed(ALL) });
    await journalBanner(el).refresh();
    assert.equal(el.hidden, true);
    assert.equal(el.textContent, '');
  });

  it('shows the journal-damaged event’s news, and "Not now" puts it away for the session', async () => {
    const el = host();
    calls = installTauri({ list_backups: listed(ALL) });
    const band = journalBanner(el);
    await band.damaged('page 7 is never used');
    assert.equal(el.hidden, false);
    assert.match($('#journal-banner-body').textContent, /from today at 09:05/);
    assert.equal($('#journal-banner-found').textContent, 'page 7 is never used');

    $('#journal-banner-dismiss').focus();
    $('#journal-banner-dismiss').click();
    assert.equal(el.hidden, true);
    assert.equal(doc.activeElement, $('#content'), 'focus is not lost with the band');
    calls = installTauri({ list_backups: listed(ALL, 'page 7 is never used') });
    await band.refresh();
    await band.damaged('page 7 is never used');
    assert.equal(el.hidden, true, 'not again this session');
  });

  it('says so when there is no backup to go back to', async () => {
    const el = host();
    calls = installTauri({ list_backups: listed([], 'row 12 missing') });
    await journalBanner(el).refresh();
    assert.match($('#journal-banner-body').textContent, /no backup to go back to yet/);
    assert.equal($('#journal-banner-restore'), null);
    assert.equal($('#journal-banner-settings').getAttribute('href'), '#settings');
  });

  it('"Restore it" asks first, restores the newest by name, then goes away and says so', async () => {
    const el = host();
    const d = restoreDialog();
    const before = backup('interlude-f-beforeRestore.db', at(0, 10, 0), 'beforeRestore', 4096);
    calls = installTauri({ list_backups: listed(ALL, 'row 12 missing'), restore_backup: () => before });
    await journalBanner(el).refresh();
    const button = $('#journal-banner-restore');
    button.focus();
    button.click();
    await settle();
    assert.equal(d.open, true);
    assert.match($('#confirm-restore-body').textContent, /how it was today at 09:05\. What's there now is backed up first/);
    d.close('keep');
    await settle();
    assert.equal(callsOf('restore_backup').length, 0);
    assert.equal(doc.activeElement, button);
    assert.equal(el.hidden, false);

    button.click();
    await settle();
    d.close('restore');
    await settle();
    assert.deepEqual(callsOf('restore_backup').map((c) => c.args), [{ name: TODAY.name }]);
    assert.equal(el.hidden, true);
    assert.equal(doc.activeElement, $('#content'));
    assert.match($('#toast').textContent, /Your journal is back to how it was today at 09:05\. What was there before is saved as a backup\./);
  });

  it('keeps the band and says why when the restore is refused', async () => {
    const el = host();
    const d = restoreDialog();
    calls = installTauri({
      list_backups: listed(ALL, 'row 12 missing'),
      restore_backup: () => { throw { kind: 'notFound', message: 'That backup isn’t there any more.' }; },
    });
    await journalBanner(el).refresh();
    $('#journal-banner-restore').click();
    await settle();
    d.close('restore');
    await settle();
    assert.equal(el.hidden, false);
    assert.equal($('#journal-banner-status').textContent, 'That backup isn’t there any more.');
    assert.equal($('#journal-banner-status').classList.contains('is-error'), true);
    assert.equal($('#journal-banner-restore').hasAttribute('aria-disabled'), false);
    assert.equal(doc.activeElement, $('#journal-banner-restore'));
  });

  it('goes away after a restore made from Settings', async () => {
    const el = host();
    const d = restoreDialog();
    calls = installTauri({ list_backups: listed(ALL, 'row 12 missing'), restore_backup: () => YESTERDAY });
    await journalBanner(el).refresh();
    doc.body.append(await backupsSection({}));
    $('#backup-restore-0').click();
    await settle();
    d.close('restore');
    await settle();
    assert.equal(el.hidden, true);
  });
});

describe('a journal that would not open', () => {
  function host() {
    const el = doc.createElement('div');
    el.id = 'journal-banner';
    el.hidden = true;
    doc.body.append(el);
    return el;
  }

  it('offers the newest backup, says the damaged file is kept, and has no "Not now"', async () => {
    const el = host();
    const d = restoreDialog();
    calls = installTauri({ list_backups: listed(ALL), restore_backup: () => null });
    const band = journalBanner(el);
    // Every page's calls fail at once; one look at the list is enough.
    await Promise.all([band.unreadable(), band.unreadable(), band.unreadable()]);
    assert.equal(callsOf('list_backups').length, 1);
    assert.equal(el.dataset.kind, 'unreadable');
    assert.equal($('#journal-banner-title').textContent, UNREADABLE_TITLE);
    assert.equal(UNREADABLE_TITLE, "Interlude couldn't open your journal file.");
    assert.match($('#journal-banner-body').textContent, /Your newest backup, from today at 09:05, is checked and ready\./);
    assert.match($('#journal-banner-body').textContent, /kept, not deleted/);
    assert.equal($('#journal-banner-restore').textContent, 'Restore the backup from today at 09:05');
    assert.equal($('#journal-banner-dismiss'), null);

    // The damaged-but-open band can't push this one aside.
    await band.damaged('anything');
    assert.equal(el.dataset.kind, 'unreadable');

    $('#journal-banner-restore').click();
    await settle();
    assert.match($('#confirm-restore-body').textContent,
      /how it was today at 09:05\. The file that couldn't be read is set aside and kept, not deleted\./);
    assert.doesNotMatch($('#confirm-restore-body').textContent, /backed up first/, 'there is nothing open to back up');
    d.close('restore');
    await settle();
    assert.deepEqual(callsOf('restore_backup').map((c) => c.args), [{ name: TODAY.name }]);
    assert.equal(el.hidden, true);
    assert.match($('#toast').textContent, /back to how it was today at 09:05\. The file that couldn't be read is kept in Interlude's folder, not deleted\./);
  });

  it('with no backup, says so plainly and points to Settings’ import', async () => {
    const el = host();
    calls = installTauri({ list_backups: listed([]) });
    await journalBanner(el).unreadable();
    assert.equal($('#journal-banner-title').textContent, UNREADABLE_TITLE);
    const body = $('#journal-banner-body').textContent;
    assert.match(body, /no backup to go back to yet/);
    assert.match(body, /kept as it is, not deleted/);
    assert.match(body, /Settings → Your data → Import/);
    assert.equal($('#journal-banner-settings').getAttribute('href'), '#settings');
    assert.equal($('#journal-banner-restore'), null);
  });

  it('tells the Settings dialog too, until a restore works', async () => {
    host();
    const d = restoreDialog();
    calls = installTauri({ list_backups: listed(ALL), restore_backup: () => null });
    const band = journalBanner(doc.getElementById('journal-banner'));
    await band.unreadable();
    doc.body.append(await backupsSection({}));
    $('#backup-restore-1').click();
    await settle();
    assert.match($('#confirm-restore-body').textContent, /set aside and kept, not deleted/);
    d.close('restore');
    await settle();
    assert.deepEqual(callsOf('restore_backup').map((c) => c.args), [{ name: YESTERDAY.name }]);
    assert.match($('#backup-status').textContent, /kept in Interlude's folder, not deleted/);
    setJournalUnreadable(false);
  });
});
