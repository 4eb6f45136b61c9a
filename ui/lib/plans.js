// Plans as words and payloads: what a row says ("This week: 4 of 7"), and
// the exact log_plan inputs its four choices send. Pure and DOM-free.
//
// The four outcomes are equals. Nothing here ranks them, and their words
// are plain: "Not today" reads as calmly as "Done".

import { formatDay } from './time.js';

export const OUTCOMES = [
  { value: 'done', label: 'Done', word: 'Done' },
  { value: 'partly', label: 'Partly', word: 'Partly' },
  { value: 'skipped', label: 'Skipped…', word: 'Skipped' },
  { value: 'notToday', label: 'Not today', word: 'Not today' },
];

/** "Done", "Partly", "Skipped", "Not today" (or '' for anything else). */
export const outcomeWord = (outcome) => OUTCOMES.find((o) => o.value === outcome)?.word ?? '';

/** The guided practices a plan can point to, as the builder offers them. */
export const PRACTICE_OPTIONS = [
  { value: '', label: 'None' },
  { value: 'box', label: 'Box breathing (4-4-4-4)' },
  { value: '478', label: '4-7-8 breathing' },
  { value: 'breathingSpace', label: 'Three-minute breathing space' },
  { value: 'grounding', label: '5-4-3-2-1 grounding' },
  { value: 'selfCompassion', label: 'Self-compassion break' },
];

export const practiceName = (practice) =>
  (practice ? PRACTICE_OPTIONS.find((p) => p.value === practice)?.label ?? '' : '');

const pad = (n) => String(n).padStart(2, '0');

/** A Date as "YYYY-MM-DD" on this computer's calendar. */
export const isoDate = (date = new Date()) =>
  `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;

/** "2026-11-24" → "Tue 24 Nov" (with the year when it isn't `nowYear`). */
export function dayLabel(iso, nowYear) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(String(iso ?? ''))) return '';
  return formatDay(`${iso}T12:00:00Z`, nowYear);
}

/** 4 → "4", 2.5 → "2.5", 2.333 → "2.3". */
export function formatCount(n) {
  const v = Number(n) || 0;
  return Number.isInteger(v) ? String(v) : String(Math.round(v * 10) / 10);
}

/** "This week: 4 of 7". */
export const weekLine = (week) =>
  `This week: ${formatCount(week?.done)} of ${formatCount(week?.target)}`;

/** Home's line: "Today · 1 of 2 practised", or null when nothing is due. */
export function todayLine(today) {
  const due = Number(today?.due) || 0;
  if (due <= 0) return null;
  return `Today · ${Number(today?.done) || 0} of ${due} practised`;
}

/** "1 of 3 today" for a plan that repeats during the day. */
export const slotsLine = (count, slots) => `${Number(count) || 0} of ${slots} today`;

export const isPerDay = (plan) => plan?.frequency?.kind === 'perDay';

/** How many repetitions today's log holds so far. */
function countSoFar(item) {
  const log = item?.log;
  if (!log || (log.outcome !== 'done' && log.outcome !== 'partly')) return 0;
  return Number(log.count) || 0;
}

/** The log_plan input for choosing `outcome` today on a Today row, or null
 *  when there is nothing to change (every slot of the day already done).
 *  Done on a plan that repeats during the day adds one more; the note
 *  already written stays with the day whatever is chosen. */
export function outcomeInput(item, outcome, { reason = '', note } = {}) {
  const perDay = isPerDay(item.plan);
  let count = null;
  if (perDay && outcome === 'done') {
    const slots = Math.max(1, Number(item.slots) || 1);
    const sofar = countSoFar(item);
    if (item.log?.outcome === 'done' && sofar >= slots) return null;
    count = Math.min(slots, sofar + 1);
  } else if (perDay && outcome === 'partly') {
    count = countSoFar(item) || null;
  }
  return {
    planId: item.plan.id,
    day: null,
    outcome,
    count,
    reason: outcome === 'skipped' ? String(reason).trim() : '',
    note: note ?? item.log?.note ?? '',
  };
}

/** The same day's log again with a new note. */
export const noteInput = (log, note) => ({
  planId: log.planId,
  day: log.day,
  outcome: log.outcome,
  count: log.count ?? null,
  reason: log.reason ?? '',
  note,
});

/** The input that puts `log` back as it was (for Undo). */
export const restoreInput = (log) => noteInput(log, log.note ?? '');

/** "Paused" / "Archived" for a plan that isn't active, else ''. */
export function statusWord(status) {
  if (status === 'paused') return 'Paused';
  if (status === 'archived') return 'Archived';
  return '';
}

/** "Every day", "Mon, Wed and Fri", "3 times a week", "4 times a day". */
export function frequencyWords(frequency) {
  const f = frequency ?? { kind: 'daily' };
  const SHORT = ['', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
  if (f.kind === 'weekdays') {
    const days = [...(f.days ?? [])].sort((a, b) => a - b).map((d) => SHORT[d]).filter(Boolean);
    if (days.length === 7) return 'Every day';
    if (days.length <= 1) return days[0] ?? '';
    return `${days.slice(0, -1).join(', ')} and ${days[days.length - 1]}`;
  }
  if (f.kind === 'perWeek') return f.times === 1 ? 'Once a week' : `${f.times} times a week`;
  if (f.kind === 'perDay') return `${f.times} times a day`;
  return 'Every day';
}

/** "YYYY-MM-DD" moved by `n` days on the calendar. */
function addDays(iso, n) {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

/** How far back the plan page's logs reach (the backend's HISTORY_DAYS):
 *  beyond that, whether a day was noted isn't known here. */
const KNOWN_DAYS = 90;

/** Whether `plan` asks for practice on the day "YYYY-MM-DD" at all. */
function mayHappenOn(plan, iso) {
  const f = plan.frequency ?? { kind: 'daily' };
  if (f.kind !== 'weekdays') return true;
  const [y, m, d] = iso.split('-').map(Number);
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay() || 7;
  return (f.days ?? []).includes(weekday);
}

/** The day "Log an earlier day" offers first: the latest day before today
 *  with nothing noted (one the plan asks for, if there is one), else today
 *  if it isn't noted, else null — every day since the plan began is noted.
 *  `noted`: the days already noted (anything with `has(day)`). */
export function latestUnnotedDay(plan, noted, today) {
  const start = plan.startDate && plan.startDate > addDays(today, -KNOWN_DAYS)
    ? plan.startDate : addDays(today, -KNOWN_DAYS);
  const days = [];
  for (let day = addDays(today, -1); day >= start; day = addDays(day, -1)) {
    if (!noted.has(day)) days.push(day);
  }
  const asked = days.find((day) => mayHappenOn(plan, day));
  if (asked ?? days[0]) return asked ?? days[0];
  return !noted.has(today) && (plan.startDate ?? today) <= today ? today : null;
}

/** The action as the backend puts it in the sentence (core
 *  plan/sentence.rs): without a typed "I will", and "Practise" as
 *  "practise" but "TV-free evenings" as typed. */
function actionAsSaid(action) {
  const act = String(action ?? '').trim().replace(/^i(?: will|'ll|’ll) \s*/i, '');
  return /^\p{Lu}[^\p{Lu}]/u.test(act) ? act.charAt(0).toLowerCase() + act.slice(1) : act;
}

/**
 * A plan's sentence in pieces, `{ text, own }`: `own` for the person's
 * words in it (the action, then the cue), so they can be shown in their
 * own direction inside the app's "I will … every day" frame. Words not
 * found as the backend puts them stay part of the frame.
 */
export function sentenceParts(sentence, { action = '', cue = '' } = {}) {
  const text = String(sentence ?? '');
  const pieces = [actionAsSaid(action), String(cue ?? '').trim().replace(/\.+$/, '')];
  const parts = [];
  let from = 0;
  // The action comes after the frame's "I will ", never inside it.
  let at = text.startsWith('I will ') ? 'I will '.length : 0;
  for (const words of pieces) {
    const i = words ? text.indexOf(words, at) : -1;
    if (i < 0) continue;
    if (i > from) parts.push({ text: text.slice(from, i), own: false });
    parts.push({ text: words, own: true });
    from = i + words.length;
    at = from;
  }
  if (from < text.length) parts.push({ text: text.slice(from), own: false });
  return parts;
}
