// How a backup is described to a person: when it was made, why, and how
// big it is. Pure functions, no DOM.
//
// A backup's `madeAt` is an instant in UTC (the backend stamps it, nobody
// wrote it on a wall clock), so unlike journal entries it is shown in this
// computer's own time: "Today 09:05" must mean nine o'clock here.

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun',
  'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Why each backup was made, in plain words. */
export const REASON_WORDS = {
  daily: 'Daily',
  manual: 'You made this',
  beforeMigration: 'Before an update',
  beforeImport: 'Before an import',
  beforeRestore: 'Before a restore',
};

/** "Daily", "You made this"…; a reason this version doesn't know yet is
 *  still a backup, and says so rather than showing a code word. */
export const reasonWords = (reason) => REASON_WORDS[reason] ?? 'Backup';

const pad = (n) => String(n).padStart(2, '0');

const localDate = (madeAt) => {
  const ms = Date.parse(String(madeAt ?? ''));
  return Number.isNaN(ms) ? null : new Date(ms);
};

const dayNumber = (d) => Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) / 86_400_000;

/** Where `madeAt` falls, seen from `now`: 'today', 'yesterday' or a date,
 *  and its clock time here. Null when it can't be read. */
function placeInTime(madeAt, now) {
  const then = localDate(madeAt);
  if (!then) return null;
  const daysAgo = dayNumber(now) - dayNumber(then);
  const year = then.getFullYear() === now.getFullYear() ? '' : ` ${then.getFullYear()}`;
  return {
    daysAgo,
    clock: `${pad(then.getHours())}:${pad(then.getMinutes())}`,
    date: `${DAYS[then.getDay()]} ${then.getDate()} ${MONTHS[then.getMonth()]}${year}`,
  };
}

/** For a list: "Today 09:05", "Yesterday 21:10", "Tue 24 Nov, 17:50"
 *  (the year added when it isn't this one). Several backups can share a
 *  day, so the time is always there. */
export function whenLabel(madeAt, now = new Date()) {
  const p = placeInTime(madeAt, now);
  if (!p) return '';
  if (p.daysAgo === 0) return `Today ${p.clock}`;
  if (p.daysAgo === 1) return `Yesterday ${p.clock}`;
  return `${p.date}, ${p.clock}`;
}

/** For the middle of a sentence: "today at 09:05", "yesterday at 21:10",
 *  "Tue 24 Nov at 17:50". With `on`, a date reads "on Tue 24 Nov at
 *  17:50" (and today stays "today at 09:05"), for "how it was …". */
export function whenPhrase(madeAt, now = new Date(), { on = false } = {}) {
  const p = placeInTime(madeAt, now);
  if (!p) return on ? 'when it was made' : 'a while ago';
  if (p.daysAgo === 0) return `today at ${p.clock}`;
  if (p.daysAgo === 1) return `yesterday at ${p.clock}`;
  return `${on ? 'on ' : ''}${p.date} at ${p.clock}`;
}

/** "48 KB", "1.2 MB", "35 MB" (1 KB = 1024 bytes; never "0 KB" for a file
 *  that has something in it). */
export function formatSize(bytes) {
  const n = Number(bytes);
  if (!Number.isFinite(n) || n < 0) return '';
  const kb = n / 1024;
  if (kb < 999.5) return `${n === 0 ? 0 : Math.max(1, Math.round(kb))} KB`;
  const mb = kb / 1024;
  return `${mb < 10 ? mb.toFixed(1) : Math.round(mb)} MB`;
}
