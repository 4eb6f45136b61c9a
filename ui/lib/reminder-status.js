// The latest ReminderStatus, passed from whoever asked for it to whoever
// shows it: the main window's banner and the Reminders part of Settings
// both draw from the same answer, so they never disagree.

const listeners = new Set();

/** Calls `callback(status)` with every status published from now on.
 *  Returns a function that stops it. */
export function onReminderStatus(callback) {
  listeners.add(callback);
  return () => listeners.delete(callback);
}

/** Hands a fresh ReminderStatus to everyone listening. */
export function publishReminderStatus(status) {
  for (const callback of [...listeners]) callback(status);
}
