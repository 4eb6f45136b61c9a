// How a backup is described to a person: when it was made, why, and how
// big it is. Pure functions, no DOM; the words are the language in use's
// (weekday and month names from Intl, the rest from settings.ftl).
//
// A backup's `madeAt` is an instant in UTC (the backend stamps it, nobody
// wrote it on a wall clock), so unlike journal entries it is shown in this
// computer's own time: "Today 09:05" must mean nine o'clock here.

import { language, t } from './i18n.js';

/** Why each backup was made, in plain words (read when shown, in the
 *  language in use then). */
export const REASON_WORDS = {
  get daily() { return t('settings-backup-reason-daily'); },
  get manual() { return t('settings-backup-reason-manual'); },
  get beforeMigration() { return t('settings-backup-reason-before-migration'); },
  get beforeImport() { return t('settings-backup-reason-before-import'); },
  get beforeRestore() { return t('settings-backup-reason-before-restore'); },
};

/** "Daily", "You made this"…; a reason this version doesn't know yet is
 *  still a backup, and says so rather than showing a code word. */
export const reasonWords = (reason) => (Object.hasOwn(REASON_WORDS, reason)
  ? REASON_WORDS[reason] : t('settings-backup-reason-other'));

const pad = (n) => String(n).padStart(2, '0');

const localDate = (madeAt) => {
  const ms = Date.parse(String(madeAt ?? ''));
  return Number.isNaN(ms) ? null : new Date(ms);
};

const dayNumber = (d) => Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) / 86_400_000;

/** "Tue 24 Nov" ("Di., 24. Nov."), with the year when it isn't `year`:
 *  the names from Intl, their order from the message. */
function dateWords(then, year) {
  const parts = Object.fromEntries(new Intl.DateTimeFormat(language(), {
    weekday: 'short', day: 'numeric', month: 'short', year: 'numeric',
  }).formatToParts(then).map((p) => [p.type, p.value]));
  const args = { weekday: parts.weekday, day: parts.day, month: parts.month, year: parts.year };
  return then.getFullYear() === year ? t('settings-date', args) : t('settings-date-year', args);
}

/** Where `madeAt` falls, seen from `now`: 'today', 'yesterday' or a date,
 *  and its clock time here. Null when it can't be read. */
function placeInTime(madeAt, now) {
  const then = localDate(madeAt);
  if (!then) return null;
  return {
    daysAgo: dayNumber(now) - dayNumber(then),
    clock: `${pad(then.getHours())}:${pad(then.getMinutes())}`,
    date: dateWords(then, now.getFullYear()),
  };
}

/** For a list: "Today 09:05", "Yesterday 21:10", "Tue 24 Nov, 17:50"
 *  (the year added when it isn't this one). Several backups can share a
 *  day, so the time is always there. */
export function whenLabel(madeAt, now = new Date()) {
  const p = placeInTime(madeAt, now);
  if (!p) return '';
  if (p.daysAgo === 0) return t('settings-backup-today', { time: p.clock });
  if (p.daysAgo === 1) return t('settings-backup-yesterday', { time: p.clock });
  return t('settings-backup-day', { date: p.date, time: p.clock });
}

/** For the middle of a sentence: "today at 09:05", "yesterday at 21:10",
 *  "Tue 24 Nov at 17:50". With `on`, a date reads "on Tue 24 Nov at
 *  17:50" (and today stays "today at 09:05"), for "how it was …". */
export function whenPhrase(madeAt, now = new Date(), { on = false } = {}) {
  const p = placeInTime(madeAt, now);
  if (!p) return on ? t('settings-when-made') : t('settings-when-unknown');
  if (p.daysAgo === 0) return t('settings-when-today', { time: p.clock });
  if (p.daysAgo === 1) return t('settings-when-yesterday', { time: p.clock });
  const args = { date: p.date, time: p.clock };
  return on ? t('settings-when-on-day', args) : t('settings-when-day', args);
}

/** "48 KB", "1.2 MB", "35 MB" (1 KB = 1024 bytes; never "0 KB" for a file
 *  that has something in it). */
export function formatSize(bytes) {
  const n = Number(bytes);
  if (!Number.isFinite(n) || n < 0) return '';
  const kb = n / 1024;
  if (kb < 999.5) return t('settings-size-kb', { size: String(n === 0 ? 0 : Math.max(1, Math.round(kb))) });
  const mb = kb / 1024;
  // "1.2" or "1,2", as the language writes it; never grouped ("1234").
  const size = mb < 10
    ? new Intl.NumberFormat(language(), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(mb)
    : new Intl.NumberFormat(language(), { maximumFractionDigits: 0, useGrouping: false }).format(mb);
  return t('settings-size-mb', { size });
}
