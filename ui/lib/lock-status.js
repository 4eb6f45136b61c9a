// The latest LockStatus, passed from whoever learns it (start-up, the
// "lock-changed" event, Settings, the lock screen) to whoever acts on it
// (the lock screen, the shortcut, the reflection window's note), so none of
// them has to ask the backend again or can disagree with the others.
//
// A LockStatus says where the journal is in one field, `state`:
// - 'new': no journal yet, the first-run choice to make;
// - 'sealed': encrypted and not opened since the app started;
// - 'locked': open, behind the locked window ("Lock now", auto-lock);
// - 'open': open and in reach;
// - 'failed': it couldn't be opened at all (the journal banner says why).
// How its key is kept is `keeper`: 'none', 'passphrase' or 'login'.
// Read them through the helpers below, never field by field.

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

/** Every `state` a LockStatus can have. */
const STATES = new Set(['new', 'sealed', 'locked', 'open', 'failed']);

/** The states that keep the journal out of reach. */
const CLOSED = new Set(['new', 'sealed', 'locked']);

/** Whether `status` is a LockStatus: an object with a known `state`. */
const isLockStatus = (status) => Boolean(status) && typeof status === 'object'
  && typeof status.state === 'string' && STATES.has(status.state);

/** Hands a fresh LockStatus to everyone listening. Anything else (an event
 *  without a payload) is ignored rather than read as "unlocked". */
export function publishLockStatus(status) {
  if (!isLockStatus(status)) return;
  current = status;
  for (const callback of [...listeners]) callback(status);
}

/** Whether `status` keeps the journal out of reach: sealed, locked, or
 *  not yet made (the first-run choice: a new journal is never to be read
 *  as an open one). */
export const isClosed = (status) => CLOSED.has(status?.state);

/** Whether there is no journal yet: the first-run choice. */
export const isNewJournal = (status) => status?.state === 'new';

/** Whether the journal is encrypted and not opened since the app started
 *  (as opposed to open behind a locked window). */
export const isSealed = (status) => status?.state === 'sealed';

/** Whether the journal's key is kept (by a passphrase or the login), so
 *  there is something to lock. */
export const isEncrypted = (status) => status?.keeper === 'passphrase' || status?.keeper === 'login';

/** `status` as a locked one, its keeper kept (a passphrase if unknown):
 *  what to assume when the backend can't be asked. */
const lockedStatus = (status) => ({
  ...(status ?? {}),
  state: 'locked',
  keeper: isEncrypted(status) ? status.keeper : 'passphrase',
});

export const isLocked = () => isClosed(current);

let checking = null;

/** A command failed with "locked". It may be old news — a call sent just
 *  before an unlock can answer just after it — so ask the backend before
 *  covering the app; if even that fails, lock the screen (the safe side). */
export function confirmLocked() {
  if (isLocked()) return Promise.resolve(current);
  checking ??= getLockStatus()
    .catch(() => lockedStatus(current))
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
