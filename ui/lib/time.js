// Dates and times as Interlude shows and sends them, and as people type
// them. Pure functions, except the small field helpers at the end (a time
// field, the question asked about a far-off date, and telling a year still
// being typed), which every form that takes a time or a date shares.
//
// The backend keeps every instant with the UTC offset of the moment it was
// written, so a session noted while travelling still reads as the time on
// the wall where it happened. We therefore format a stored time from its
// own digits and offset, never by converting it to "here" first; only a
// brand new value typed into the form takes this computer's offset.
//
// Words come from the shell area's messages (ui/locales/*/shell.ftl), and
// the names of days and months from Intl in the language in use: "Tue 24
// Nov" in English, "Di., 24. Nov." in German.

const RFC3339 =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?([Zz]|[+-]\d{2}:?\d{2})$/;
const LOCAL_INPUT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/;

import { FluentNumber } from '../vendor/fluent-bundle/index.js';
import { h } from './dom.js';
import { language, t } from './i18n.js';

/** A count for a message: it picks the plural, and is written without
 *  grouping ("1824 years", never "1,824"), as before messages. */
const count = (n) => new FluentNumber(n, { useGrouping: false });

const pad = (n, width = 2) => String(Math.abs(n)).padStart(width, '0');

/** Splits an RFC 3339 string into its wall-clock parts and offset (in
 *  minutes east of UTC). Returns null for anything else. */
export function parseRfc3339(text) {
  const m = RFC3339.exec(String(text ?? '').trim());
  if (!m) return null;
  const [, y, mo, d, h, mi, s = '0', zone] = m;
  let offsetMinutes = 0;
  if (zone !== 'Z' && zone !== 'z') {
    const digits = zone.replace(':', '');
    const sign = digits[0] === '-' ? -1 : 1;
    offsetMinutes = sign * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5)));
  }
  const parts = {
    year: Number(y), month: Number(mo), day: Number(d),
    hour: Number(h), minute: Number(mi), second: Number(s), offsetMinutes,
  };
  parts.epochMs =
    Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second) -
    offsetMinutes * 60_000;
  return parts;
}

/** "+01:00", "-05:30", "+00:00" for an offset in minutes east of UTC. */
export function formatOffset(offsetMinutes) {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** This computer's offset (minutes east of UTC) at the given local wall
 *  time, so a date across a daylight-saving change gets its own offset. */
function localOffsetAt(year, month, day, hour, minute) {
  return -new Date(year, month - 1, day, hour, minute).getTimezoneOffset();
}

/** A `<input type="datetime-local">` value ("2026-11-24T17:50") to RFC 3339
 *  with an offset ("2026-11-24T17:50:00+01:00"). `offsetMinutes` defaults to
 *  this computer's offset at that moment. Returns null for an empty or
 *  malformed value, which the backend reads as "now". */
export function localInputToRfc3339(value, offsetMinutes) {
  const m = LOCAL_INPUT.exec(String(value ?? '').trim());
  if (!m) return null;
  const [, y, mo, d, h, mi, s = '00'] = m;
  const offset = offsetMinutes ?? localOffsetAt(+y, +mo, +d, +h, +mi);
  return `${y}-${mo}-${d}T${h}:${mi}:${pad(Number(s))}${formatOffset(offset)}`;
}

/** RFC 3339 to a datetime-local value showing the time as it was on the
 *  wall where it was written ("2026-11-24T17:50"). '' if unreadable. */
export function rfc3339ToLocalInput(text) {
  const p = parseRfc3339(text);
  if (!p) return '';
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
}

/** A Date as a datetime-local value in this computer's time. */
export function dateToLocalInput(date = new Date()) {
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

// The short names of the week's days (Sunday first) and of the months in
// one language, as Intl writes them next to a day of the month ("Tue",
// "Nov"; "Di.", "Nov."), made once per language.
const names = new Map();

function namesIn(tag) {
  if (!names.has(tag)) {
    const format = new Intl.DateTimeFormat(tag, {
      weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC',
    });
    const part = (ms, type) => format.formatToParts(ms).find((x) => x.type === type)?.value ?? '';
    names.set(tag, {
      // 1 January 2023 was a Sunday.
      days: Array.from({ length: 7 }, (_, i) => part(Date.UTC(2023, 0, 1 + i), 'weekday')),
      months: Array.from({ length: 12 }, (_, i) => part(Date.UTC(2023, i, 15), 'month')),
    });
  }
  return names.get(tag);
}

function weekday(p) {
  return namesIn(language()).days[new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay()];
}

/** The year on this computer's calendar now: what `nowYear` means below,
 *  the year a date doesn't repeat ("Tue 24 Nov", not "… 2026"). */
export const nowYear = () => new Date().getFullYear();

/** "Tue 24 Nov", with the year added when it isn't `nowYear`. */
export function formatDay(text, nowYear) {
  const p = parseRfc3339(text);
  if (!p) return '';
  // Strings, not numbers: a day or a year is never written "2,026".
  const args = {
    weekday: weekday(p), day: String(p.day), month: namesIn(language()).months[p.month - 1], year: String(p.year),
  };
  return t(nowYear !== undefined && nowYear !== p.year ? 'shell-date-day-year' : 'shell-date-day', args);
}

/** "Tue 24 Nov, 17:50" (24-hour clock, as on the wall where written). */
export function formatFriendly(text, nowYear) {
  const p = parseRfc3339(text);
  if (!p) return '';
  return t('shell-date-time', { date: formatDay(text, nowYear), time: `${pad(p.hour)}:${pad(p.minute)}` });
}

/** "17:52" from an RFC 3339 string, or from a Date in local time. */
export function clockTime(value) {
  if (value instanceof Date) return `${pad(value.getHours())}:${pad(value.getMinutes())}`;
  const p = parseRfc3339(value);
  return p ? `${pad(p.hour)}:${pad(p.minute)}` : '';
}

/** "today", "yesterday", "4 days ago" for a count of calendar days. A
 *  session a little in the future (another time zone) reads kindly too. */
export function relativeDays(days) {
  if (!Number.isFinite(days)) return '';
  if (days === 0) return t('shell-days-today');
  if (days === 1) return t('shell-days-yesterday');
  if (days === -1) return t('shell-days-tomorrow');
  if (days < 0) return t('shell-days-ahead', { days: count(-days) });
  return t('shell-days-ago', { days: count(days) });
}

/** Whole calendar days from `thenText` to `nowText`, both RFC 3339, counted
 *  on the calendar of `now`'s offset (23:00 yesterday is 1 day ago). */
export function calendarDaysBetween(thenText, nowText) {
  const then = parseRfc3339(thenText);
  const now = parseRfc3339(nowText);
  if (!then || !now) return null;
  const shifted = new Date(then.epochMs + now.offsetMinutes * 60_000);
  const thenDay = Date.UTC(shifted.getUTCFullYear(), shifted.getUTCMonth(), shifted.getUTCDate());
  const nowDay = Date.UTC(now.year, now.month - 1, now.day);
  return Math.round((nowDay - thenDay) / 86_400_000);
}

/** "Good morning" 05–11, "Good afternoon" 12–17, else "Good evening". */
export function greeting(hour) {
  if (hour >= 5 && hour < 12) return t('shell-greeting-morning');
  if (hour >= 12 && hour < 18) return t('shell-greeting-afternoon');
  return t('shell-greeting-evening');
}

/** The wall-clock hour of an RFC 3339 string (or null). */
export function hourOf(text) {
  const p = parseRfc3339(text);
  return p ? p.hour : null;
}

/** The calendar year of an RFC 3339 string (or undefined). */
export function yearOf(text) {
  const p = parseRfc3339(text);
  return p ? p.year : undefined;
}

// ---- Times as people type them ------------------------------------------
//
// Time fields are plain text: WebKit's own time field read "1700" as
// "00:30" and took no "5pm". These read the common ways of writing a time
// and give back the 24-hour "HH:MM" the backend keeps.

/** What a time field says under it, in English (the tests compare with
 *  it); a page shows `t('shell-time-hint')`, in the language in use. */
export const TIME_HINT = 'Like 17:00, 1700 or 5pm.';

const WORD_TIMES = {
  noon: '12:00', midday: '12:00', midnight: '00:00',
  // German: "Mittag", "Mitternacht".
  mittag: '12:00', mitternacht: '00:00',
};

/** "17:00", "1700", "5pm", "5:30 pm", "17.00", "9", "17h30", "noon",
 *  "17 Uhr" → "HH:MM" on the 24-hour clock; null for anything else (empty
 *  too). */
export function parseTypedTime(text) {
  const typed = String(text ?? '').trim().toLowerCase()
    .replace(/\s+/g, '')
    .replace(/([ap])\.?m\.?$/, '$1m')
    // German "17 Uhr", "17.30 Uhr".
    .replace(/(\d)uhr$/, '$1');
  if (!typed) return null;
  if (Object.hasOwn(WORD_TIMES, typed)) return WORD_TIMES[typed];
  const m = /^(\d{1,2})(?:[:.h](\d{2})(?::\d{2}(?:\.\d+)?)?|h)?(am|pm|a|p)?$/.exec(typed)
    ?? /^(\d{1,2})(\d{2})(am|pm|a|p)?$/.exec(typed);
  if (!m) return null;
  let hour = Number(m[1]);
  const minute = Number(m[2] ?? 0);
  const half = m[m.length - 1];
  if (minute > 59) return null;
  if (half) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (half.startsWith('p') ? 12 : 0);
  } else if (hour > 23) {
    return null;
  }
  return `${pad(hour)}:${pad(minute)}`;
}

/** A kind sentence for a time that can't be read, or '' when it can (or
 *  when nothing is typed: whether a time is needed is the form's call). */
export function typedTimeProblem(text) {
  const typed = String(text ?? '').trim();
  if (!typed || parseTypedTime(typed)) return '';
  return t('shell-time-unreadable', { typed });
}

// ---- Dates far from today -------------------------------------------------

const ISO_DATE = /^(\d{4,})-(\d{2})-(\d{2})/;

/** How many years away a date can be before it's asked about. */
const FAR_YEARS = 2;

/** Whole years from `today` to `date` (both "YYYY-MM-DD…"), negative in
 *  the past, or null when either can't be read. */
function yearsApart(date, today) {
  const a = ISO_DATE.exec(String(date ?? ''));
  const b = ISO_DATE.exec(String(today ?? ''));
  if (!a || !b) return null;
  const [ay, am, ad] = a.slice(1).map(Number);
  const [by, bm, bd] = b.slice(1).map(Number);
  let years = ay - by;
  // Not a full year yet until the month and day come round.
  if (years > 0 && (am < bm || (am === bm && ad < bd))) years -= 1;
  if (years < 0 && (am > bm || (am === bm && ad > bd))) years += 1;
  return years;
}

/** For a date (or date and time) more than FAR_YEARS from today, the
 *  question to ask before keeping it — "That's 125 years ago — is 1901
 *  right?" — else null. A typo in the year is easy and silent otherwise. */
function farDateQuestion(date, today) {
  const years = yearsApart(date, today);
  if (years === null || Math.abs(years) <= FAR_YEARS) return null;
  // The year as typed ("202", "1901"), never grouped.
  const year = String(Number(ISO_DATE.exec(date)[1]));
  return t(years < 0 ? 'shell-far-date-past' : 'shell-far-date-future', { years: count(Math.abs(years)), year });
}

// ---- The fields -------------------------------------------------------------

/** A text field for a time. When the person leaves it, what they typed is
 *  shown as the time it was read as ("1700" → "17:00"); what can't be read
 *  stays as typed, for the form to explain. `describedBy`: the id of the
 *  line saying how a time can be typed (TIME_HINT). */
export function timeInput(id, value, { describedBy = null } = {}) {
  const input = h('input', {
    type: 'text', id, value: value ?? '', class: 'time-input', inputmode: 'text',
    autocomplete: 'off', spellcheck: 'false', maxlength: 12, size: 8, 'aria-describedby': describedBy,
  });
  input.addEventListener('change', () => {
    const time = parseTypedTime(input.value);
    if (time && time !== input.value) input.value = time;
  });
  return input;
}

/** Today on this computer's calendar, "YYYY-MM-DD". */
const todayHere = () => dateToLocalInput(new Date()).slice(0, 10);

/** True while a year is still being typed into the date field that has
 *  the keys. WebKit's date fields send `input` and `change` at every digit
 *  of the year, so "2026" arrives as the years 2, 20 and 202 first; a year
 *  under 1000 in a focused field is one on its way, and is judged when the
 *  field is left rather than met with a question (or a reload) mid-word. */
export function yearBeingTyped(input) {
  const m = ISO_DATE.exec(String(input?.value ?? ''));
  return Boolean(m) && Number(m[1]) < 1000 && input.ownerDocument?.activeElement === input;
}

/**
 * Asks, under a date field, before a date far from today is kept ("That's
 * 125 years ago — is 1901 right?" · Yes, keep it · Change it). The
 * question comes when the date is chosen (or, for a year still being
 * typed, when the field is left), and again at saving if it was left
 * unanswered; it never blocks a date that was answered "yes".
 *
 * The value the field holds when the check is made counts as answered:
 * it is the saved date (or the form's own default), and a schedule begun
 * three years ago shouldn't be asked about at every change of its time.
 * A field filled later says which value was saved with `keep(value)`.
 *
 * Returns `{ el, ok, ask, needsAnswer, keep }`: `el` goes right after the
 * field; `ok()` is true when the date can be used, else it asks and gives
 * the question focus; `ask()` shows or hides the question for the value
 * now in the field, without moving focus (after the field is filled by
 * code); `needsAnswer()` only says whether it would ask. `today` is
 * "YYYY-MM-DD" or a function giving it; `onKeep(value)` is called when a
 * far date is answered "yes" (for a page that waits for the answer).
 */
export function farDateCheck(input, { today = todayHere, onKeep = null } = {}) {
  const id = input.id;
  let kept = input.value || null; // the value answered "yes", or saved before
  const question = h('p', { id: `${id}-far-question`, class: 'far-date-question' });
  const yes = h('button', {
    type: 'button', class: 'button', id: `${id}-far-yes`, 'aria-describedby': question.id,
  }, t('shell-far-date-keep'));
  const change = h('button', {
    type: 'button', class: 'button quiet', id: `${id}-far-change`,
  }, t('shell-far-date-change'));
  const el = h('div', { class: 'far-date', id: `${id}-far`, role: 'group', 'aria-labelledby': question.id },
    question, h('div', { class: 'actions' }, yes, change));
  el.hidden = true;

  const wanted = () => {
    const value = input.value;
    return value && value !== kept
      ? farDateQuestion(value, typeof today === 'function' ? today() : today) : null;
  };
  const show = (words) => {
    if (question.textContent !== (words ?? '')) question.textContent = words ?? '';
    el.hidden = !words;
    return words;
  };
  const asking = () => show(wanted());
  // A year half typed is neither asked about nor left with an old question.
  const settle = () => show(yearBeingTyped(input) ? null : wanted());
  input.addEventListener('change', settle);
  input.addEventListener('input', () => {
    // Typing a new date answers the old question; a far one is asked on change.
    if (!el.hidden) settle();
  });
  input.addEventListener('blur', asking);
  yes.addEventListener('click', () => {
    kept = input.value;
    el.hidden = true;
    input.focus();
    onKeep?.(kept);
  });
  change.addEventListener('click', () => {
    el.hidden = true;
    input.focus();
    input.select?.();
  });
  return {
    el,
    ok() {
      if (!asking()) return true;
      yes.focus();
      return false;
    },
    ask: settle,
    needsAnswer: () => Boolean(wanted()),
    keep(value) {
      kept = value || null;
      settle();
    },
  };
}
