// The latest LockStatus, passed from whoever learns it (start-up, the
// "lock-changed" event, Settings, the lock screen) to whoever acts on it
// (the lock screen, the shortcut, the reflection window's note), so none of
// them has to ask the backend again or can disagree with the others.

import { getLockStatus, onLockChanged, onLockedError } from '../ipc.js';

const listeners = new Set();
let current = null;

/** The last status published, or null before the first one. */
export function currentLockStatus() {
  return current;
}

/** Calls `callback(status)` with every status published from now on.
 *  Returns a function that stops it. */
export function onLockStatus(callback) {
  listeners.add(callback);
  return () => listeners.delete(callback);
}

/** Hands a fresh LockStatus to everyone listening. Anything else (an event
 *  without a payload) is ignored rather than read as "unlocked". */
export function publishLockStatus(status) {
  if (!status || typeof status !== 'object' || typeof status.locked !== 'boolean') return;
  current = status;
  for (const callback of [...listeners]) callback(status);
}

/** Whether `status` keeps the journal out of reach: locked, or not yet
 *  made (the first-run choice; the backend says locked then too, but a
 *  new journal is never to be read as an open one). */
export const isClosed = (status) => status?.locked === true || status?.newJournal === true;

export const isLocked = () => isClosed(current);

let checking = null;

/** A command failed with "locked". It may be old news — a call sent just
 *  before an unlock can answer just after it — so ask the backend before
 *  covering the app; if even that fails, lock the screen (the safe side). */
export function confirmLocked() {
  if (isLocked()) return Promise.resolve(current);
  checking ??= getLockStatus()
    .catch(() => ({ ...(current ?? {}), encrypted: true, locked: true }))
    .then((status) => {
      checking = null;
      publishLockStatus(status);
      return status;
    });
  return checking;
}

/** Keeps the published status in step with the backend: every
 *  "lock-changed" event, and every command refused because of the lock.
 *  Returns a function that stops listening to refused commands. */
export function watchLockStatus() {
  onLockChanged((status) => publishLockStatus(status)).catch(() => {
    /* without events, a refused command still shows the lock */
  });
  return onLockedError(() => {
    confirmLocked();
  });
}

/** Forgets the status (for tests). */
export function resetLockStatus() {
  current = null;
  checking = null;
  listeners.clear();
}
