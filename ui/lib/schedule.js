// The session schedule as data and words: the editor's form state, the
// exact SessionSchedule the backend accepts, and how sessions read
// ("Tue 1 Dec, 17:00–17:50", "moved from Tue 24 Nov 17:00"). Pure and
// DOM-free, so the rules are tested.
//
// Form state (every value as its field holds it):
//   { weekday: '2', time: 'HH:MM'|'' (or as typed: "1700", "5pm"),
//     duration: '50', every: '1', startDate: 'YYYY-MM-DD', timeZone: 'Europe/London' }
//
// Session times are shown from their own digits and offset (see time.js):
// a session is at 17:00 in the zone the schedule names, whatever the
// computer's clock says today.

import { t } from './i18n.js';
import { WEEKDAYS } from './plan-form.js';
import { dayLabel } from './plans.js';
import {
  calendarDaysBetween, clockTime, formatDay, formatFriendly, parseRfc3339, parseTypedTime, relativeDays,
  typedTimeProblem,
} from './time.js';

export { WEEKDAYS };

export const DURATION = { min: 10, max: 240 };
const EVERY = { min: 1, max: 8 };

/** A few zones people often mean; the person's own zone joins them. */
const COMMON_ZONES = [
  'Europe/London', 'Europe/Dublin', 'Europe/Paris', 'Europe/Berlin', 'Europe/Madrid',
  'America/New_York', 'America/Chicago', 'America/Denver', 'America/Los_Angeles',
  'America/Toronto', 'Australia/Sydney', 'Asia/Kolkata', 'Asia/Tokyo', 'Pacific/Auckland', 'UTC',
];

/** "Every week", "Every 2 weeks" … */
const everyLabel = (n) => t('practice-schedule-every', { count: Number(n) });

/** The "how often" choices: every 1–4 weeks, plus a saved value beyond
 *  that (the backend allows up to 8), so the select never hides it. */
export function everyOptions(current = 1) {
  const values = [1, 2, 3, 4];
  const n = Number(current);
  if (Number.isInteger(n) && n >= EVERY.min && n <= EVERY.max && !values.includes(n)) values.push(n);
  return values.map((value) => ({ value: String(value), label: everyLabel(value) }));
}

/** The zones the datalist offers: the computer's own first, no repeats. */
export function zoneOptions(systemTimeZone) {
  const own = String(systemTimeZone ?? '').trim();
  return [...new Set([own, ...COMMON_ZONES].filter(Boolean))];
}

/** ISO weekday (1 Monday … 7 Sunday) of a "YYYY-MM-DD" date, or null. */
export function isoWeekday(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(iso ?? ''));
  if (!m) return null;
  const day = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])).getUTCDay();
  return day === 0 ? 7 : day;
}

/** A fresh editor: today's weekday, no time yet, 50 minutes, weekly,
 *  starting today, in the computer's zone. */
export function emptyScheduleForm(today, systemTimeZone = '') {
  return {
    weekday: String(isoWeekday(today) ?? 1),
    time: '',
    duration: '50',
    every: '1',
    startDate: today ?? '',
    timeZone: systemTimeZone ?? '',
  };
}

/** The editor holding a saved schedule. */
export function scheduleToForm(schedule) {
  return {
    weekday: String(schedule.weekday),
    time: String(schedule.time ?? ''),
    duration: String(schedule.durationMinutes),
    every: String(schedule.everyWeeks),
    startDate: String(schedule.startDate ?? ''),
    timeZone: String(schedule.timeZone ?? ''),
  };
}

const whole = (text) => {
  const t = String(text ?? '').trim();
  return /^\d{1,4}$/.test(t) ? Number(t) : null;
};

/** The backend's SessionSchedule: exactly these six keys. Numbers that
 *  can't be read are sent as 0, which the backend explains; formProblem
 *  says it first in the person's words. */
export function formToSchedule(form) {
  return {
    weekday: whole(form.weekday) ?? 0,
    time: parseTypedTime(form.time) ?? '',
    durationMinutes: whole(form.duration) ?? 0,
    everyWeeks: whole(form.every) ?? 0,
    startDate: String(form.startDate ?? '').trim(),
    timeZone: String(form.timeZone ?? '').trim(),
  };
}

/** What the form itself can tell before asking the backend, as a kind
 *  sentence with the field's id, or null when it's fine to send. */
export function scheduleFormProblem(form) {
  const s = formToSchedule(form);
  if (s.weekday < 1 || s.weekday > 7) {
    return { field: 'schedule-weekday', message: t('practice-schedule-problem-weekday') };
  }
  if (!s.time) {
    return { field: 'schedule-time', message: typedTimeProblem(form.time) || t('practice-schedule-problem-time') };
  }
  if (s.durationMinutes < DURATION.min || s.durationMinutes > DURATION.max) {
    return {
      field: 'schedule-duration',
      message: t('practice-schedule-problem-duration', { min: DURATION.min, max: DURATION.max }),
    };
  }
  if (s.everyWeeks < EVERY.min || s.everyWeeks > EVERY.max) {
    return { field: 'schedule-every', message: t('practice-schedule-problem-every') };
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s.startDate)) {
    return { field: 'schedule-start', message: t('practice-schedule-problem-start') };
  }
  if (!s.timeZone) {
    return { field: 'schedule-zone', message: t('practice-schedule-problem-zone') };
  }
  return null;
}

/** "Tue 1 Dec 17:00" (the preview's short form). */
function formatStart(text, nowYear) {
  const day = formatDay(text, nowYear);
  return day ? `${day} ${clockTime(text)}` : '';
}

/** "Next: Tue 1 Dec 17:00, Tue 8 Dec 17:00, …" — the rule goes on, so the
 *  list ends open. '' when there is nothing to show. */
export function previewLine(starts, nowYear) {
  const words = (starts ?? []).map((s) => formatStart(s, nowYear)).filter(Boolean);
  return words.length ? t('practice-schedule-preview', { list: words.join(', ') }) : '';
}

/** "Tue 1 Dec, 17:00–17:50". */
export function sessionWhen(session, nowYear) {
  const start = formatFriendly(session.start, nowYear);
  if (!start) return '';
  const end = clockTime(session.end);
  return end ? `${start}–${end}` : start;
}

/** The calm words beside a session: '' when it is as the rule gave it,
 *  "moved from Tue 24 Nov 17:00", or "cancelled". */
export function sessionNote(session, schedule, nowYear) {
  if (session.status === 'cancelled') return t('practice-schedule-cancelled');
  if (session.status === 'moved') {
    const day = dayLabel(session.occurrence, nowYear);
    if (!day) return t('practice-schedule-moved');
    return schedule?.time
      ? t('practice-schedule-moved-from-time', { day, time: schedule.time })
      : t('practice-schedule-moved-from', { day });
  }
  return '';
}

/** The next session that will happen (cancelled ones are skipped). */
export function nextSession(view) {
  return (view?.upcoming ?? []).find((s) => s.status !== 'cancelled') ?? null;
}

/** "in 3 days", "tomorrow", "today", counted on the calendar of `nowText`. */
export function untilWords(startText, nowText) {
  const days = calendarDaysBetween(startText, nowText);
  if (days === null) return '';
  return relativeDays(days > 0 ? 0 : days); // a start already begun is today's
}

/** Home's line: "Next session: Tue 1 Dec, 17:00 (in 3 days)", or null. */
export function nextSessionLine(session, nowText) {
  if (!session) return null;
  const now = parseRfc3339(nowText);
  const when = formatFriendly(session.start, now?.year);
  if (!when) return null;
  const until = untilWords(session.start, nowText);
  return until ? t('practice-schedule-next-until', { when, until }) : t('practice-schedule-next', { when });
}

/** "Tuesdays at 17:00, every week, 50 minutes (Europe/London)". */
export function scheduleSummary(schedule) {
  if (!schedule) return '';
  const day = WEEKDAYS.find((d) => d.value === schedule.weekday)?.long;
  const args = {
    day, time: schedule.time, every: Number(schedule.everyWeeks), minutes: schedule.durationMinutes,
    zone: schedule.timeZone,
  };
  return day ? t('practice-schedule-summary', args) : t('practice-schedule-summary-no-day', args);
}

/** A datetime-local value as move_session takes it ("YYYY-MM-DDTHH:MM"),
 *  or null when it is empty or unreadable. */
export function moveStart(value) {
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?$/.exec(String(value ?? '').trim());
  return m ? m[1] : null;
}
