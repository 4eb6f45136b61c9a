// Dates and times as Interlude shows and sends them. Pure functions, no DOM.
//
// The backend keeps every instant with the UTC offset of the moment it was
// written, so a session noted while travelling still reads as the time on
// the wall where it happened. We therefore format a stored time from its
// own digits and offset, never by converting it to "here" first; only a
// brand new value typed into the form takes this computer's offset.

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun',
  'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const RFC3339 =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?([Zz]|[+-]\d{2}:?\d{2})$/;
const LOCAL_INPUT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/;

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

function weekday(p) {
  return DAYS[new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay()];
}

/** The year on this computer's calendar now: what `nowYear` means below,
 *  the year a date doesn't repeat ("Tue 24 Nov", not "… 2026"). */
export const nowYear = () => new Date().getFullYear();

/** "Tue 24 Nov", with the year added when it isn't `nowYear`. */
export function formatDay(text, nowYear) {
  const p = parseRfc3339(text);
  if (!p) return '';
  const base = `${weekday(p)} ${p.day} ${MONTHS[p.month - 1]}`;
  return nowYear !== undefined && nowYear !== p.year ? `${base} ${p.year}` : base;
}

/** "Tue 24 Nov, 17:50" (24-hour clock, as on the wall where written). */
export function formatFriendly(text, nowYear) {
  const p = parseRfc3339(text);
  if (!p) return '';
  return `${formatDay(text, nowYear)}, ${pad(p.hour)}:${pad(p.minute)}`;
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
  if (days === 0) return 'today';
  if (days === 1) return 'yesterday';
  if (days === -1) return 'tomorrow';
  if (days < 0) return `in ${-days} days`;
  return `${days} days ago`;
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
  if (hour >= 5 && hour < 12) return 'Good morning';
  if (hour >= 12 && hour < 18) return 'Good afternoon';
  return 'Good evening';
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
