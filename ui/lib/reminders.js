// Reminder settings as data and words: the Settings form's state, the
// exact ReminderSettings the backend accepts, and the calm lines about
// pausing and what comes next. Pure and DOM-free, so the rules are tested.
//
// Form state (every value as its field holds it):
//   { reflect, reflectDelay: '10', brief, briefTime: 'HH:MM', plans,
//     questionnaires: 'off'|'beforeSession'|'fortnightly',
//     bellsMode: 'off'|'interval'|'random', bellsEvery: '60', bellsPerDay: '3',
//     bellsFrom: 'HH:MM', bellsUntil: 'HH:MM', quietEnabled, quietFrom,
//     quietUntil, privateText }
// Times are as typed ("1700", "5pm"); they are read with parseTypedTime.

import { t } from './i18n.js';
import { weekdayName } from './plan-form.js';
import {
  clockTime, dateToLocalInput, formatDay, localInputToRfc3339, parseRfc3339, parseTypedTime,
  typedTimeProblem,
} from './time.js';

export const DELAY = { min: 0, max: 120 };
export const BELL_EVERY = { min: 15, max: 240 };
export const BELL_PER_DAY = { min: 1, max: 12 };
const BELL_MODES = ['off', 'interval', 'random'];
const QUESTIONNAIRE_MODES = ['off', 'beforeSession', 'fortnightly'];

/** The form holding saved settings. */
export function settingsToForm(s) {
  return {
    reflect: Boolean(s.reflectAfterSession),
    reflectDelay: String(s.reflectDelayMinutes),
    brief: Boolean(s.briefNudge),
    briefTime: String(s.briefNudgeTime ?? ''),
    plans: Boolean(s.planReminders),
    questionnaires: QUESTIONNAIRE_MODES.includes(s.questionnaires) ? s.questionnaires : 'off',
    bellsMode: BELL_MODES.includes(s.bells?.mode) ? s.bells.mode : 'off',
    bellsEvery: String(s.bells?.everyMinutes ?? ''),
    bellsPerDay: String(s.bells?.perDay ?? ''),
    bellsFrom: String(s.bells?.from ?? ''),
    bellsUntil: String(s.bells?.until ?? ''),
    quietEnabled: Boolean(s.quietHours?.enabled),
    quietFrom: String(s.quietHours?.from ?? ''),
    quietUntil: String(s.quietHours?.until ?? ''),
    privateText: Boolean(s.showPrivateText),
  };
}

const whole = (text) => {
  const t = String(text ?? '').trim();
  return /^\d{1,4}$/.test(t) ? Number(t) : null;
};
const within = (n, { min, max }) => n !== null && n >= min && n <= max;

/** The backend's ReminderSettings, exactly its shape. A field that can't
 *  be read (and so wasn't checked, because its reminder is off) keeps the
 *  saved value from `previous`. */
export function formToSettings(form, previous) {
  const num = (text, limits, old) => {
    const n = whole(text);
    return within(n, limits) ? n : old;
  };
  const time = (text, old) => parseTypedTime(text) || old;
  const p = previous;
  return {
    reflectAfterSession: Boolean(form.reflect),
    reflectDelayMinutes: num(form.reflectDelay, DELAY, p.reflectDelayMinutes),
    briefNudge: Boolean(form.brief),
    briefNudgeTime: time(form.briefTime, p.briefNudgeTime),
    planReminders: Boolean(form.plans),
    questionnaires: QUESTIONNAIRE_MODES.includes(form.questionnaires) ? form.questionnaires : 'off',
    bells: {
      mode: BELL_MODES.includes(form.bellsMode) ? form.bellsMode : 'off',
      everyMinutes: num(form.bellsEvery, BELL_EVERY, p.bells.everyMinutes),
      perDay: num(form.bellsPerDay, BELL_PER_DAY, p.bells.perDay),
      from: time(form.bellsFrom, p.bells.from),
      until: time(form.bellsUntil, p.bells.until),
    },
    quietHours: {
      enabled: Boolean(form.quietEnabled),
      from: time(form.quietFrom, p.quietHours.from),
      until: time(form.quietUntil, p.quietHours.until),
    },
    showPrivateText: Boolean(form.privateText),
  };
}

/** What can't be saved yet, as a kind sentence with the field's id, or
 *  null. Only what is switched on is checked: a half-typed number under a
 *  reminder that is off is nobody's problem. */
export function settingsProblem(form) {
  const needTime = (text, field) => (parseTypedTime(text) ? null
    : { field, message: typedTimeProblem(text) || t('practice-reminders-problem-time') });
  if (form.reflect && !within(whole(form.reflectDelay), DELAY)) {
    return { field: 'remind-reflect-delay', message: t('practice-reminders-problem-minutes', DELAY) };
  }
  if (form.brief) {
    const p = needTime(form.briefTime, 'remind-brief-time');
    if (p) return p;
  }
  if (form.bellsMode === 'interval' && !within(whole(form.bellsEvery), BELL_EVERY)) {
    return { field: 'bells-every', message: t('practice-reminders-problem-minutes', BELL_EVERY) };
  }
  if (form.bellsMode === 'random' && !within(whole(form.bellsPerDay), BELL_PER_DAY)) {
    return { field: 'bells-per-day', message: t('practice-reminders-problem-moments', BELL_PER_DAY) };
  }
  if (form.bellsMode !== 'off') {
    const p = needTime(form.bellsFrom, 'bells-from') ?? needTime(form.bellsUntil, 'bells-until');
    if (p) return p;
  }
  if (form.quietEnabled) {
    return needTime(form.quietFrom, 'quiet-from') ?? needTime(form.quietUntil, 'quiet-until');
  }
  return null;
}

const DAY_MS = 86_400_000;

/** Whole days on this computer's calendar from `nowMs` to `then`. */
function daysAhead(then, nowMs) {
  const now = new Date(nowMs);
  const day = (d) => Date.UTC(d.getFullYear(), d.getMonth(), d.getDate());
  return Math.round((day(then) - day(now)) / DAY_MS);
}

/** "Reminders are on", "Paused until 14:30", "Paused until tomorrow
 *  morning", or "Paused until Thu 3 Dec, 08:00" — on this computer's
 *  clock, because a pause is about "here and now" (the backend sends it in
 *  UTC). A pause already over reads as on. */
export function pauseLine(pausedUntil, nowMs = Date.now()) {
  const p = parseRfc3339(pausedUntil);
  if (!p || p.epochMs <= nowMs) return t('practice-reminders-on');
  const then = new Date(p.epochMs);
  const local = localInputToRfc3339(dateToLocalInput(then));
  const days = daysAhead(then, nowMs);
  const time = clockTime(then);
  if (days <= 0) return t('practice-reminders-paused-until', { time });
  if (days === 1 && then.getHours() < 12) return t('practice-reminders-paused-morning');
  if (days === 1) return t('practice-reminders-paused-tomorrow', { time });
  return t('practice-reminders-paused-day', { day: formatDay(local), time });
}

/** True while a pause is still ahead. */
export function isPaused(status, nowMs = Date.now()) {
  const p = parseRfc3339(status?.pausedUntil);
  return Boolean(p && p.epochMs > nowMs);
}

/** "Next reminder: Tue 17:55 · Reflect on today's session". A week or more
 *  ahead, the date is added so the weekday can't mislead. */
export function nextReminderLine(next, nowMs = Date.now()) {
  const p = parseRfc3339(next?.at);
  if (!p) return t('practice-reminders-none-coming');
  // The weekday of the reminder's own date, as written (not converted).
  const weekday = new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay() || 7;
  const when = p.epochMs - nowMs >= 6 * DAY_MS ? `${formatDay(next.at)} ${clockTime(next.at)}`
    : `${weekdayName(weekday, 'short')} ${clockTime(next.at)}`;
  const title = String(next.title ?? '').trim();
  return title ? t('practice-reminders-next-titled', { when, title }) : t('practice-reminders-next', { when });
}
