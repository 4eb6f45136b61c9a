// Plans as words and payloads: what a row says ("This week: 4 of 7"), and
// the exact log_plan inputs its four choices send. Pure and DOM-free.
//
// The four outcomes are equals. Nothing here ranks them, and their words
// are plain: "Not today" reads as calmly as "Done".

import { language, t } from './i18n.js';
import { weekdayName } from './plan-form.js';
import { formatDay } from './time.js';

/** An entry whose `label` and `word` are messages, read when shown. */
const outcome = (value, label, word) => ({
  value,
  get label() { return t(label); },
  get word() { return t(word); },
});

export const OUTCOMES = [
  outcome('done', 'practice-outcome-done', 'practice-outcome-done'),
  outcome('partly', 'practice-outcome-partly', 'practice-outcome-partly'),
  outcome('skipped', 'practice-outcome-skipped-label', 'practice-outcome-skipped'),
  outcome('notToday', 'practice-outcome-not-today', 'practice-outcome-not-today'),
];

/** "Done", "Partly", "Skipped", "Not today" (or '' for anything else). */
export const outcomeWord = (outcome) => OUTCOMES.find((o) => o.value === outcome)?.word ?? '';

/** The guided practices a plan can point to, as the builder offers them. */
export const PRACTICE_OPTIONS = [
  ['', 'practice-option-none'],
  ['box', 'practice-option-box'],
  ['478', 'practice-option-478'],
  ['breathingSpace', 'practice-option-breathing-space'],
  ['grounding', 'practice-option-grounding'],
  ['selfCompassion', 'practice-option-self-compassion'],
].map(([value, id]) => ({ value, get label() { return t(id); } }));

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

/** 4 → "4", 2.5 → "2.5", 2.333 → "2.3" (in German "2,5"). */
export function formatCount(n) {
  const v = Number(n) || 0;
  return new Intl.NumberFormat(language(), { maximumFractionDigits: 1, useGrouping: false })
    .format(Number.isInteger(v) ? v : Math.round(v * 10) / 10);
}

/** "This week: 4 of 7". */
export const weekLine = (week) =>
  t('practice-week-line', { done: formatCount(week?.done), target: formatCount(week?.target) });

/** Home's line: "Today · 1 of 2 practised", or null when nothing is due. */
export function todayLine(today) {
  const due = Number(today?.due) || 0;
  if (due <= 0) return null;
  return t('practice-today-line', { done: Number(today?.done) || 0, due });
}

/** "1 of 3 today" for a plan that repeats during the day. */
export const slotsLine = (count, slots) => t('practice-slots-line', { count: Number(count) || 0, slots });

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
  if (status === 'paused') return t('practice-status-paused');
  if (status === 'archived') return t('practice-status-archived');
  return '';
}

const isDay = (d) => Number.isInteger(d) && d >= 1 && d <= 7;

/** Weekday names as a list: "Mon, Wed and Fri" (or one name alone). */
function dayList(names) {
  if (names.length <= 1) return names[0] ?? '';
  return t('practice-often-days', { days: names.slice(0, -1).join(', '), last: names[names.length - 1] });
}

/** "Every day", "Mon, Wed and Fri", "3 times a week", "4 times a day". */
export function frequencyWords(frequency) {
  const f = frequency ?? { kind: 'daily' };
  if (f.kind === 'weekdays') {
    const days = [...(f.days ?? [])].map(Number).filter(isDay).sort((a, b) => a - b)
      .map((d) => weekdayName(d, 'short'));
    if (days.length === 7) return t('practice-often-every-day');
    return dayList(days);
  }
  if (f.kind === 'perWeek') return t('practice-often-per-week', { count: f.times });
  if (f.kind === 'perDay') return t('practice-often-per-day', { count: f.times });
  return t('practice-often-every-day');
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

// ---- A plan's sentence in other languages ------------------------------------
//
// The backend writes a plan's sentence in English (core plan/sentence.rs),
// and sentenceParts above finds the person's words in it. In any other
// language the app writes the sentence itself, from the plan's fields,
// with that language's frame (practice.ftl: practice-plan-sentence…) —
// in German a Wenn-Dann-Plan: "Nach dem Zähneputzen werde ich jeden Tag
// 3 Minuten lang langsam atmen." Weekday names come from Intl.

/** The language the backend writes plans' sentences in. */
export const SENTENCE_LANGUAGE = 'en-US';

/** Stand-ins for the person's words while the frame is formatted: the
 *  sentence is one message, so a language can put them anywhere. */
const OWN_ACTION = '\uE000';
const OWN_CUE = '\uE001';

/** A comma-separated list in a message, in lower case. */
const wordList = (id) => t(id).split(',').map((w) => w.trim().toLowerCase()).filter(Boolean);

const startsWithWord = (text, words) => words.some((w) => text === w || text.startsWith(`${w} `));

const withFirst = (text, upper) =>
  (text ? (upper ? text.charAt(0).toUpperCase() : text.charAt(0).toLowerCase()) + text.slice(1) : text);

/** How often, as the sentence says it ("every Monday and Wednesday"). */
function oftenWords(frequency) {
  const f = frequency ?? { kind: 'daily' };
  const times = (n) => t('practice-plan-sentence-times', { count: Number(n) });
  let args = { kind: 'everyDay', days: '', times: '' };
  if (f.kind === 'weekdays') {
    const days = [...new Set((f.days ?? []).map(Number))].filter(isDay).sort((a, b) => a - b);
    const key = days.join();
    if (key === '1,2,3,4,5') args = { ...args, kind: 'workweek' };
    else if (key !== '1,2,3,4,5,6,7') {
      args = { ...args, kind: 'days', days: days.length ? dayList(days.map((d) => weekdayName(d, 'long'))) : '…' };
    }
  } else if (f.kind === 'perWeek' || f.kind === 'perDay') {
    args = { ...args, kind: f.kind, times: times(f.times) };
  }
  return t('practice-plan-sentence-often', args);
}

/**
 * A plan's sentence written here, in the language in use, in pieces
 * `{ text, own }` as sentenceParts gives them: `own` for the person's
 * words (the action, then the cue), as they typed them — only a cue's
 * first letter follows its place (a capital when it opens the sentence).
 * `plan` needs the PlanInput fields (action, amount, unit, frequency, cue,
 * cueTime).
 */
export function composeSentence(plan) {
  const p = plan ?? {};
  let action = String(p.action ?? '').trim();
  const prefix = wordList('practice-plan-sentence-action-prefixes')
    .find((w) => action.toLowerCase().startsWith(`${w} `));
  if (prefix) action = action.slice(prefix.length).trim();
  action = action.replace(/\.+$/, ''); // the frame ends the sentence
  const cue = String(p.cue ?? '').trim().replace(/\.+$/, '');
  let cueKind = 'none';
  if (cue) {
    const lower = cue.toLowerCase();
    if (startsWithWord(lower, wordList('practice-plan-sentence-clause-words'))) cueKind = 'clause';
    else if (startsWithWord(lower, wordList('practice-plan-sentence-phrase-words'))) cueKind = 'phrase';
    else cueKind = 'bare';
  }
  const amount = p.amount === null || p.amount === undefined || p.amount === '' ? NaN : Number(p.amount);
  const amountWords = Number.isFinite(amount) ? ` ${t('practice-plan-sentence-amount', {
    unit: p.unit === 'times' ? 'times' : 'minutes',
    count: amount,
    times: t('practice-plan-sentence-times', { count: amount }),
  })}` : '';
  const time = String(p.cueTime ?? '').trim();
  const timeWords = time ? ` ${t('practice-plan-sentence-time', { time, withCue: cue ? 'yes' : 'no' })}` : '';
  const frame = t('practice-plan-sentence', {
    cueKind,
    action: action ? OWN_ACTION : '…',
    amount: amountWords,
    often: oftenWords(p.frequency),
    cue: OWN_CUE,
    time: timeWords,
  });
  const parts = [];
  let from = 0;
  for (const m of frame.matchAll(/[\uE000\uE001]/g)) {
    if (m.index > from) parts.push({ text: frame.slice(from, m.index), own: false });
    if (m[0] === OWN_ACTION) {
      parts.push({ text: action, own: true });
    } else {
      // A clause or phrase starts with a word of the frame's language
      // ("wenn", "nach"), cased by where it stands; a bare cue only gets
      // a capital when it opens the sentence.
      const linked = cueKind === 'clause' || cueKind === 'phrase';
      parts.push({ text: linked || m.index === 0 ? withFirst(cue, m.index === 0) : cue, own: true });
    }
    from = m.index + 1;
  }
  if (from < frame.length) parts.push({ text: frame.slice(from), own: false });
  return parts;
}
