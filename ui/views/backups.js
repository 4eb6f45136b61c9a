// The "Backups" part of Settings: what Interlude does on its own, where the
// backups are, a way to make one now, and each backup with a way back to
// it. Restoring always asks first (components/restore-backup.js), and
// what is there now is backed up before it is replaced, so nothing here
// can lose a word.
//
// It fails on its own, inside its section, so a problem here never hides
// the rest of Settings. list_backups answers even when the journal didn't
// open, so this is also where a person can find every backup then.

import { createBackup, listBackups } from '../ipc.js';
import { formatSize, reasonWords, whenLabel } from '../lib/backups.js';
import { errorNotice, h, replace, setBusy, setStatus, withBusy } from '../lib/dom.js';
import { t, tNodes } from '../lib/i18n.js';
import { askToRestore, onRestored, restoreFrom } from '../components/restore-backup.js';

/** How many backups the backend keeps (backup::KEEP). */
export const KEPT = 14;

/** What an empty list says, in English (the page says
 *  t('settings-backups-empty'), in the language in use; tests compare). */
export const EMPTY_MESSAGE = 'No backups yet. The first one is made today.';

// Backups made elsewhere in the window (an import from another app makes
// one first) are listed as soon as they exist.
const changedListeners = new Set();

/** Tells every Backups section on screen that the backups changed. */
export function backupsChanged() {
  for (const callback of [...changedListeners]) {
    try {
      callback();
    } catch {
      /* one section's trouble must not reach whoever made the backup */
    }
  }
}

/** The backups as a table, newest first; each restore button is named by
 *  its own words and the row's time ("Restore… Today 09:05"). */
function backupsTable(backups, now, onRestore) {
  if (!backups.length) return h('p', { id: 'backups-empty' }, t('settings-backups-empty'));
  // In its own scrolling box: at 200% zoom, or in German, the row can be
  // wider than the pane.
  return h('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': t('settings-backups-caption') },
    h('table', { class: 'backups-table', id: 'backups-list' },
      h('caption', { class: 'visually-hidden' }, t('settings-backups-caption')),
      h('thead', {}, h('tr', {},
        h('th', { scope: 'col' }, t('settings-backups-when')),
        h('th', { scope: 'col' }, t('settings-backups-why')),
        h('th', { scope: 'col' }, t('settings-backups-size')),
        h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, t('settings-backups-restore-column'))))),
      h('tbody', {}, backups.map((backup, i) => {
        const button = h('button', {
          type: 'button', class: 'button quiet', id: `backup-restore-${i}`,
          'aria-labelledby': `backup-restore-${i} backup-when-${i}`, dataset: { name: backup.name },
        }, t('settings-backup-restore'));
        button.addEventListener('click', () => onRestore(backup, button));
        return h('tr', { id: `backup-row-${i}`, dataset: { name: backup.name } },
          h('th', { scope: 'row', id: `backup-when-${i}` },
            h('time', { datetime: backup.madeAt }, whenLabel(backup.madeAt, now))),
          h('td', { class: 'backup-why' }, reasonWords(backup.reason)),
          h('td', { class: 'backup-size' }, formatSize(backup.bytes)),
          h('td', { class: 'backup-action' }, button));
      }))));
}

/** The Backups section, filled from the backend. `now` is for tests. */
export async function backupsSection(ctx, { now = () => new Date() } = {}) {
  const section = h('section', { id: 'backups', 'aria-labelledby': 'backups-heading' });
  const heading = h('h2', { id: 'backups-heading' }, t('settings-backups-heading'));
  let answer;
  try {
    answer = await listBackups();
  } catch (err) {
    replace(section, heading, errorNotice(err, ctx?.refresh));
    return section;
  }

  const status = h('p', { class: 'status', id: 'backup-status', role: 'status', tabindex: '-1' });
  const backupNow = h('button', { type: 'button', class: 'button', id: 'backup-now' }, t('settings-backup-now'));
  const list = h('div', { class: 'backups-body', id: 'backups-body' });
  // One thing at a time: a backup and a restore must not cross.
  let busy = false;

  const busyWith = (on) => {
    busy = on;
    setBusy(backupNow, on);
    for (const button of list.querySelectorAll('button')) setBusy(button, on);
    if (on) list.setAttribute('aria-busy', 'true');
    else list.removeAttribute('aria-busy');
  };

  const drawList = (backups) => replace(list, backupsTable(backups ?? [], now(), restore));

  /** Asks the backend for the list again; if that fails, the list on
   *  screen stays and the status line (already saying what happened) too. */
  async function reload() {
    try {
      drawList((await listBackups()).backups);
    } catch {
      /* the next visit to Settings asks again */
    }
  }

  async function restore(backup, button) {
    if (busy) return;
    setStatus(status, '');
    if (!(await askToRestore(backup, { opener: button, now: now() }))) return;
    await withBusy(busyWith, async () => {
      setStatus(status, t('settings-backups-restoring'));
      // Focus waits on the status line: the row's button is about to be
      // drawn again, and would take focus away with it.
      status.focus();
      try {
        const { message } = await restoreFrom(backup, { now: now() });
        await reload();
        setStatus(status, message);
      } catch (err) {
        setStatus(status, err.message, true);
      }
    });
  }

  backupNow.addEventListener('click', async () => {
    if (busy) return;
    await withBusy(busyWith, async () => {
      setStatus(status, t('settings-backups-backing-up'));
      try {
        await createBackup();
        await reload();
        setStatus(status, t('settings-backups-done'));
      } catch (err) {
        setStatus(status, err.message, true);
      }
    });
  });

  // A restore from the banner while Settings is open: show the new list
  // (with the backup of what was there before). Our own is drawn above.
  const stop = onRestored(() => {
    if (!section.isConnected) stop();
    else if (!busy) reload();
  });
  const changed = () => {
    if (!section.isConnected) changedListeners.delete(changed);
    else if (!busy) reload();
  };
  changedListeners.add(changed);

  drawList(answer.backups);
  replace(section, heading,
    h('p', { class: 'lede', id: 'backups-about' }, t('settings-backups-about', { count: KEPT })),
    h('p', { id: 'backups-where' }, tNodes('settings-backups-where', {}, {
      folder: h('span', { class: 'path', id: 'backups-folder' }, answer.folder ?? ''),
    })),
    h('div', { class: 'actions' }, backupNow),
    status,
    list);
  return section;
}
