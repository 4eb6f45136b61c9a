// The plan builder's form as data: the state its fields hold, and the
// exact PlanInput the backend accepts. Pure, so the rules are tested.
//
// Form state (every value as its field holds it, strings mostly):
//   { action, amount: '3', unit: 'minutes'|'times', often: 'daily'|
//     'weekdays'|'perWeek'|'perDay', days: [1..7], perWeek: '3',
//     perDay: '2', cue, cueTime: 'HH:MM'|''|as typed ("1700", "5pm"),
//     startDate, endDate: 'YYYY-MM-DD'|'',
//     practice: ''|'box'|... }

import { language, t } from './i18n.js';
import { parseTypedTime, typedTimeProblem } from './time.js';

export const OFTEN = [
  { value: 'daily', get label() { return t('practice-often-choice-daily'); } },
  { value: 'weekdays', get label() { return t('practice-often-choice-weekdays'); } },
  { value: 'perWeek', get label() { return t('practice-often-choice-per-week'); } },
  { value: 'perDay', get label() { return t('practice-often-choice-per-day'); } },
];

const weekdayFormats = new Map();

/** The name of ISO weekday `iso` (1 Monday … 7 Sunday) in the language in
 *  use, from the computer's calendar (Intl): `width` 'short' ("Mon") or
 *  'long' ("Monday"). */
export function weekdayName(iso, width = 'long') {
  const key = `${language()} ${width}`;
  if (!weekdayFormats.has(key)) {
    weekdayFormats.set(key, new Intl.DateTimeFormat(language(), { weekday: width, timeZone: 'UTC' }));
  }
  // 1 January 2024 was a Monday.
  return weekdayFormats.get(key).format(new Date(Date.UTC(2024, 0, Number(iso))));
}

/** ISO weekday numbers: 1 Monday … 7 Sunday, with their names in the
 *  language in use ("Mon", "Monday"). */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7].map((value) => ({
  value,
  get short() { return weekdayName(value, 'short'); },
  get long() { return weekdayName(value, 'long'); },
}));

export const PER_WEEK = { min: 1, max: 7 };
export const PER_DAY = { min: 2, max: 12 };
const PRACTICES = ['box', '478', 'breathingSpace', 'grounding', 'selfCompassion'];

/** A fresh plan starting `today` ("YYYY-MM-DD"), with `action` filled in
 *  (from a reflection's focus, say). */
export function emptyPlanForm(today, action = '') {
  return {
    action,
    amount: '',
    unit: 'minutes',
    often: 'daily',
    days: [],
    perWeek: '3',
    perDay: '2',
    cue: '',
    cueTime: '',
    startDate: today,
    endDate: '',
    practice: '',
  };
}

/** The form holding a saved plan, for editing. */
export function planToForm(plan) {
  const f = plan.frequency ?? { kind: 'daily' };
  const base = emptyPlanForm(plan.startDate ?? '', plan.action ?? '');
  return {
    ...base,
    amount: plan.amount === null || plan.amount === undefined ? '' : String(plan.amount),
    unit: plan.unit === 'times' ? 'times' : 'minutes',
    often: OFTEN.some((o) => o.value === f.kind) ? f.kind : 'daily',
    days: f.kind === 'weekdays' ? [...f.days] : [],
    perWeek: f.kind === 'perWeek' ? String(f.times) : base.perWeek,
    perDay: f.kind === 'perDay' ? String(f.times) : base.perDay,
    cue: plan.cue ?? '',
    cueTime: plan.cueTime ?? '',
    endDate: plan.endDate ?? '',
    practice: PRACTICES.includes(plan.practice) ? plan.practice : '',
  };
}

/** A whole number from a field's text, or null when it isn't one. */
export function wholeNumber(text) {
  const t = String(text ?? '').trim();
  return /^\d{1,6}$/.test(t) ? Number(t) : null;
}

const clamp = (n, { min, max }) => Math.min(max, Math.max(min, n));

/** The Frequency the chosen "how often" describes. */
export function formToFrequency(form) {
  switch (form.often) {
    case 'weekdays': {
      const days = [...new Set(form.days.map(Number))]
        .filter((d) => Number.isInteger(d) && d >= 1 && d <= 7)
        .sort((a, b) => a - b);
      return { kind: 'weekdays', days };
    }
    case 'perWeek':
      return { kind: 'perWeek', times: clamp(wholeNumber(form.perWeek) ?? 3, PER_WEEK) };
    case 'perDay':
      return { kind: 'perDay', times: clamp(wholeNumber(form.perDay) ?? 2, PER_DAY) };
    default:
      return { kind: 'daily' };
  }
}

/** The backend's PlanInput: exactly these ten keys. An empty amount sends
 *  no unit either; empty dates and times are null (a null start is today). */
export function formToPlanInput(form, { fromReflectionId = null } = {}) {
  const amount = wholeNumber(form.amount);
  const blank = (v) => (String(v ?? '').trim() === '' ? null : String(v).trim());
  return {
    action: String(form.action ?? '').trim(),
    amount,
    unit: amount === null ? null : (form.unit === 'times' ? 'times' : 'minutes'),
    frequency: formToFrequency(form),
    cue: String(form.cue ?? '').trim(),
    // An unreadable time goes as typed, for the backend to explain (the
    // form says it first: formProblem).
    cueTime: parseTypedTime(form.cueTime) ?? blank(form.cueTime),
    startDate: blank(form.startDate),
    endDate: blank(form.endDate),
    practice: PRACTICES.includes(form.practice) ? form.practice : null,
    fromReflectionId: fromReflectionId ?? null,
  };
}

/** What the form itself can tell before asking the backend, as a kind
 *  sentence with the field's id, or null when it's fine to send. Anything
 *  subtler (dates in the past, sizes) is the backend's to say. */
export function formProblem(form) {
  if (String(form.action ?? '').trim() === '') {
    return { field: 'plan-action', message: t('practice-builder-problem-action') };
  }
  if (String(form.amount ?? '').trim() !== '' && wholeNumber(form.amount) === null) {
    return { field: 'plan-amount', message: t('practice-builder-problem-amount') };
  }
  if (form.often === 'weekdays' && formToFrequency(form).days.length === 0) {
    return { field: 'day-1', message: t('practice-builder-problem-days') };
  }
  const inRange = (text, { min, max }) => {
    const n = wholeNumber(text);
    return n !== null && n >= min && n <= max;
  };
  if (form.often === 'perWeek' && !inRange(form.perWeek, PER_WEEK)) {
    return { field: 'plan-per-week', message: t('practice-builder-problem-per-week') };
  }
  if (form.often === 'perDay' && !inRange(form.perDay, PER_DAY)) {
    return { field: 'plan-per-day', message: t('practice-builder-problem-per-day') };
  }
  const time = typedTimeProblem(form.cueTime);
  if (time) return { field: 'plan-cue-time', message: time };
  return null;
}

// ---- How the action reads ---------------------------------------------------
//
// The sentence is "I will <action> …", so an action that starts with a
// thing rather than a doing ("box breathing", "three slow breaths") reads
// wrong. The builder then offers the same words with a verb in front —
// "practise box breathing", "take three slow breaths" — and the person
// chooses; their words are never changed for them. This reads English
// grammar, so other languages get no suggestion.

/** Verbs an action often starts with: these read well after "I will". */
const VERBS = new Set(`
  accept add allow answer apply approach ask avoid bake be begin breathe bring brush call catch challenge
  change check choose clean close colour cook count cycle dance do draw drink drop eat email end exercise
  face feel find finish focus follow garden get give go greet ground have hold hug hum imagine jog join
  journal jot keep label laugh learn leave let lie light limit list listen log look make meditate message
  move name note notice observe open paint pause phone pick plan play practise practice pray prepare put
  question read reach record reflect reframe relax remember remind repeat reply rest review run savour
  savor say schedule see send set share shower sing sit sleep slow smile speak spend stand start stay
  step stop stretch swap swim switch take talk tell text thank think tidy track try turn unplug use visit
  wait wake walk wash watch water wear write yawn
`.trim().split(/\s+/));

/** Words that come before a verb rather than being one ("should", "not"):
 *  an action starting with these is left as it is. */
const LEADING = new Set(['should', 'must', 'can', 'could', 'would', 'might', 'want', 'need', 'will', 'not',
  "don't", 'never', 'always', 'also', 'just', 'gently', 'slowly', 'really', 'at', 'no', 'first', 'then']);

/** Things practised as a skill: "practise mindfulness". */
const SKILLS = new Set(['mindfulness', 'meditation', 'yoga', 'gratitude', 'grounding', 'breathwork',
  'self-compassion', 'relaxation', 'tai', 'pilates', 'qigong']);

/** Numbers and words that start a thing: "three slow breaths", "a walk". */
const DETERMINERS = new Set(['a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight',
  'nine', 'ten', 'some', 'my', 'the', 'few']);

/** Things one takes rather than does: "take a walk", "take three breaths". */
const TAKEN = /^(breaths?|breaks?|walks?|baths?|showers?|pauses?|moments?|minutes?|naps?|rests?|sips?|steps?|looks?)$/;

/** Words after which the action's first part is over ("… before I open
 *  my email"): only the words before them are looked at. */
const JOINS = new Set(['before', 'after', 'when', 'while', 'for', 'at', 'in', 'on', 'with', 'every', 'each',
  'once', 'as', 'until', 'to', 'and', 'or', 'if']);

/** Lower-cases the first letter, as the sentence will ("Box" → "box"),
 *  unless the word is written in capitals ("TV"). */
function lowerFirst(text) {
  const [first, second] = text;
  return first && second && first !== first.toLowerCase() && second === second.toLowerCase()
    ? first.toLowerCase() + text.slice(1) : text;
}

/** The action with a verb in front, when it starts with a thing rather than
 *  a doing — "box breathing before I open work email" → "practise box
 *  breathing before I open work email" — else null. */
export function actionSuggestion(action) {
  if (!language().startsWith('en')) return null;
  const text = String(action ?? '').trim().replace(/^i(?: will|'ll|’ll)\s+/i, '');
  if (!text) return null;
  const words = text.toLowerCase().split(/\s+/).map((w) => w.replace(/^[("'“‘]+|[)"'”’.,;:!?]+$/g, ''));
  const first = words[0];
  if (VERBS.has(first) || LEADING.has(first) || /ly$/.test(first)) return null;
  const head = [];
  for (const w of words) {
    if (JOINS.has(w)) break;
    head.push(w);
  }
  const rest = lowerFirst(text);
  if (head.slice(0, 3).some((w) => /..ing$/.test(w)) || SKILLS.has(first)) return `practise ${rest}`;
  if (DETERMINERS.has(first) || /^\d/.test(first)) {
    return `${head.some((w) => TAKEN.test(w)) ? 'take' : 'do'} ${rest}`;
  }
  return null;
}

/** Vague words the backend's hints don't catch, by language, each with
 *  the message of its hint. They are suggestions beside the sentence,
 *  never a reason not to save. The backend's own hints look only for
 *  English words, so German lists "try" words itself. */
const VAGUE = {
  en: [
    {
      words: /\b(when i can|if i can|whenever|sometimes|when i remember|if i remember|if i have time|when i have time|at some point|when possible|if possible|now and then|every so often)\b/,
      hint: 'practice-builder-vague-when',
    },
    {
      words: /\b(try|maybe|perhaps)\b(?! to\b)/,
      hint: 'practice-builder-vague-try',
    },
  ],
  de: [
    {
      words: /\b(wenn ich kann|falls ich kann|wenn ich es schaffe|wann immer|manchmal|ab und zu|hin und wieder|wenn ich dran denke|wenn ich daran denke|wenn ich zeit habe|falls ich zeit habe|irgendwann|wenn möglich|falls möglich|gelegentlich|bei gelegenheit)\b/,
      hint: 'practice-builder-vague-when',
    },
    {
      words: /\b(versuch\w*|probier\w*|vielleicht|eventuell)\b/,
      hint: 'practice-builder-vague-try',
    },
  ],
};

/** The builder's own gentle hints about vague words in the action or the
 *  cue, beside the backend's (which has "try to", "more", "better",
 *  "should", "less", and a plan with no amount or no when). */
export function vagueHints(form) {
  const text = ` ${String(form.action ?? '')} ${String(form.cue ?? '')} `.toLowerCase().replace(/’/g, "'");
  return (VAGUE[language().split('-')[0]] ?? []).filter((v) => v.words.test(text)).map((v) => t(v.hint));
}
