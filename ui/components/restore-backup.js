// Restoring a backup, wherever it is offered (Settings → Backups, the
// banner about a damaged journal, the offer when the journal won't open):
// the one confirmation (#confirm-restore in index.html), whose safe choice
// keeps the journal as it is, then the restore itself. Whoever shows the
// journal's health hears of every restore here, so a banner about a
// damaged file goes away however the restore was made.

import { restoreBackup, syncStatus } from '../ipc.js';
import { whenPhrase } from '../lib/backups.js';
import { confirmDialog } from '../lib/dom.js';
import { t } from '../lib/i18n.js';

// Set once a command has said the journal file can't be read. What the
// dialog promises depends on it: an open journal is backed up before it is
// replaced, one that won't open is set aside instead (and still kept).
let unreadable = false;
const listeners = new Set();

export function setJournalUnreadable(value) {
  unreadable = Boolean(value);
}

/** Calls `callback({backup, before})` after every restore that worked.
 *  Returns a function that stops it. */
export function onRestored(callback) {
  listeners.add(callback);
  return () => listeners.delete(callback);
}

/** What the dialog says will happen. */
function restoreBody(backup, now = new Date(), { cantRead = unreadable } = {}) {
  const when = whenPhrase(backup?.madeAt, now, { on: true });
  return cantRead ? t('settings-restore-body-unreadable', { when }) : t('settings-restore-body', { when });
}

/** What is said once it is done. `before` is the backup made of what was
 *  there, or null when the journal couldn't be opened at all. */
function restoredMessage(backup, before, now = new Date()) {
  const when = whenPhrase(backup?.madeAt, now, { on: true });
  return before ? t('settings-restored', { when }) : t('settings-restored-unreadable', { when });
}

/** Opens the confirmation for `backup`. Resolves true only for "Restore";
 *  otherwise focus goes back to `opener`, the control that asked. */
export async function askToRestore(backup, { opener = null, now = new Date() } = {}) {
  const body = globalThis.document.getElementById('confirm-restore-body');
  if (body) {
    const words = restoreBody(backup, now);
    body.textContent = words;
    // A journal that syncs puts the backup back on every computer: say so
    // before the yes, as soon as sync's state is known.
    if (!unreadable) {
      syncStatus().then((status) => {
        if (status?.on && body.textContent === words) body.textContent = `${words} ${t('settings-restore-sync-note')}`;
      }).catch(() => { /* without sync's state, the plain promise stands */ });
    }
  }
  const go = await confirmDialog('confirm-restore', 'restore', 'confirm-restore-no');
  // The lock can close the dialog too; focus only what is still there.
  if (!go && opener?.isConnected) opener.focus();
  return go;
}

/** Restores `backup` (ask first: see askToRestore). Resolves to
 *  `{before, message}`; rejects with the IpcError when it didn't happen,
 *  and nothing was changed then. */
export async function restoreFrom(backup, { now = new Date() } = {}) {
  const before = (await restoreBackup(backup.name)) ?? null;
  unreadable = false;
  for (const callback of [...listeners]) {
    try {
      callback({ backup, before });
    } catch {
      /* a listener's trouble must not hide that the restore worked */
    }
  }
  return { before, message: restoredMessage(backup, before, now) };
}

/** Forgets everything (for tests). */
export function resetRestoreState() {
  unreadable = false;
  listeners.clear();
}
