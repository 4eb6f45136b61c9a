// The PHQ-9 and GAD-7 as data and words: which answers are still open, how
// a score and its change are said, how the backend's response, remission
// and reliable change are named, and where the score bands sit on the
// history chart. Pure and
// DOM-free, so every sentence a person reads about their own scores is
// tested in node.
//
// The backend scores; nothing here adds answers up. A number shown to the
// person always comes from a saved result, so the page can never disagree
// with what was kept.

import { LINE_BOX, linearScale } from './charts.js';
import { language, t } from './i18n.js';
import { parseRfc3339 } from './time.js';

/** The list's name, also the way back from a questionnaire, in the
 *  language in use. */
export const measuresTitle = () => t('measures-title');

/** Where the safety plan opens when PHQ-9 item 9 is answered above 0. */
export const SAFETY_FROM_PHQ9 = '#safety-plan?from=phq9';

/** The PHQ-9 item (1-based) about thoughts of being better off dead or of
 *  self-harm. Any answer above 0 is never just a number. */
export const ITEM9 = 9;

/** Whether answering PHQ-9 question 9 with `after` (having had `before`:
 *  null, or 0..3) opens the safety plan at once: any answer above 0 that is
 *  new or higher than before. How it was chosen doesn't matter — a click,
 *  an arrow key, space, a screen reader — so every way of answering is
 *  treated alike. A lower answer doesn't open it again: the plan was
 *  offered when the higher one was given, and someone walking the radio
 *  group down to "Not at all" with the arrow keys is never interrupted. */
export function opensSafetyPlan(measure, before, after) {
  if (measure !== 'phq9' || !(after > 0)) return false;
  return !(before >= after); // before is null (unanswered), 0, or lower
}

const isAnswer = (v) => Number.isInteger(v) && v >= 0 && v <= 3;

const finite = (n) => typeof n === 'number' && Number.isFinite(n);

/** A sure answer (0..3) or null, from a radio's string value or a saved one. */
export function toAnswer(value) {
  if (value === null || value === undefined || value === '') return null;
  const n = Number(value);
  return isAnswer(n) ? n : null;
}

/** Exactly `count` answers, each 0..3 or null (not answered yet), whatever
 *  shape a saved draft came back in; the backend requires the length. */
export function normalizeAnswers(answers, count) {
  const list = Array.isArray(answers) ? answers : [];
  return Array.from({ length: count }, (_, i) => toAnswer(list[i]));
}

/** The questions (numbered from 1) that have no answer yet. */
export function unansweredItems(answers) {
  return (Array.isArray(answers) ? answers : [])
    .map((a, i) => (isAnswer(a) ? null : i + 1))
    .filter((n) => n !== null);
}

/** How many of the questions have an answer. */
export const answeredCount = (answers) => (Array.isArray(answers) ? answers.filter(isAnswer).length : 0);

/** True when nothing at all has been chosen (so there is nothing to keep). */
export const isUntouched = (state) => answeredCount(state?.answers) === 0 && toAnswer(state?.difficulty) === null;

/** "3", "3 and 7", "2, 5 and 9" (the last "and" is the language's). */
export function listNumbers(numbers) {
  const words = numbers.map(String);
  if (words.length <= 1) return words.join('');
  return t('measures-list', { rest: words.slice(0, -1).join(', '), last: words[words.length - 1] });
}

/** What is said, kindly and without any sense of error, when "See my
 *  score" is pressed with questions still open. */
export function leftLine(left, total) {
  if (!left.length) return '';
  if (left.length === total) return t('measures-left-all');
  return t('measures-left', { count: left.length, list: listNumbers(left) });
}

/** "5 of 9 answered". */
export const progressLine = (answers) => t('measures-progress', {
  answered: answeredCount(answers), total: answers.length,
});

/** The highest possible score: three points a question. */
export const maxScore = (itemCount) => itemCount * 3;

/** "3 points lower than last time", "1 point higher than your first one",
 *  "the same as last time". Numbers, plainly: lower and higher are facts
 *  about the score, never a grade of the person. `since` is 'last' or
 *  'first' (the English 'last time' and 'your first one' are read so too);
 *  each has its own message, so a language words the whole phrase. */
export function changeWords(delta, since) {
  if (!finite(delta)) return '';
  const first = /first/.test(String(since));
  let direction = 'higher';
  if (delta === 0) direction = 'same';
  else if (delta < 0) direction = 'lower';
  return t(first ? 'measures-change-since-first' : 'measures-change-since-last', {
    direction, count: Math.abs(delta),
  });
}

const capital = (s) => (s ? s[0].toUpperCase() + s.slice(1) : s);

/** The change line for a measure with `count` complete results: nothing
 *  to compare with after the first, then since last time, then (from the
 *  third on) since the first one too. */
export function changeLine(change, count) {
  if (!change || !count) return '';
  if (count === 1 || !finite(change.sinceLast)) {
    return t('measures-first');
  }
  const last = capital(changeWords(change.sinceLast, 'last'));
  if (count === 2) return t('measures-change-one', { last });
  return t('measures-change-two', { last, first: changeWords(change.sinceFirst, 'first') });
}

// --- Response, remission and reliable change -------------------------------
//
// The backend decides all three (src-tauri/core/src/therapy/measures.rs,
// `change_of`), once, for the list, the result page, the chart and the
// brief alike; these functions only put its answer into words:
//   baselineClinical  the first score was in the clinical range (PHQ-9 ≥ 10,
//                     GAD-7 ≥ 8, the NHS Talking Therapies cut-off)
//   response          a drop of at least half since that first score
//   remission         PHQ-9 under 5 (null on the GAD-7, or not applicable)
//   reliable          "improvement" / "deterioration": a change since the
//                     first score of at least 6 (PHQ-9) or 4 (GAD-7)
// Response and remission are never named from a first score outside the
// clinical range, even if a field said so: from there the words mean
// nothing. Reliable change applies from any first score.

/** What the backend's MeasureChange says, as plain facts (no arithmetic):
 *  { reliable: 'improvement' | 'deterioration' | null, response, remission }. */
export function progressOf(change) {
  if (!change || typeof change !== 'object') return { reliable: null, response: false, remission: false };
  const clinical = change.baselineClinical === true;
  const reliable = change.reliable === 'improvement' || change.reliable === 'deterioration' ? change.reliable : null;
  return { reliable, response: clinical && change.response === true, remission: clinical && change.remission === true };
}

/** The message for a reliable change: calm either way — a rise is
 *  something to mention, never an alarm. */
const RELIABLE_LINES = {
  improvement: 'measures-reliable-improvement',
  deterioration: 'measures-reliable-deterioration',
};

/** Reliable change, response and remission in plain words, each only when
 *  the backend found it. */
export function progressLines(change) {
  const p = progressOf(change);
  const lines = [];
  if (p.reliable) lines.push(t(RELIABLE_LINES[p.reliable]));
  if (p.response) lines.push(t('measures-response'));
  if (p.remission) lines.push(t('measures-remission'));
  return lines;
}

/** The same facts in a few words, for the history chart's sentence:
 *  "Since your first one: a reliable improvement, a response and
 *  remission." — '' when there is nothing to name. */
export function progressSummary(change) {
  const p = progressOf(change);
  const parts = [];
  if (p.reliable === 'improvement') parts.push(t('measures-summary-improvement'));
  if (p.reliable === 'deterioration') parts.push(t('measures-summary-rise'));
  if (p.response) parts.push(t('measures-summary-response'));
  if (p.remission) parts.push(t('measures-summary-remission'));
  return parts.length ? t('measures-progress-summary', { list: listNumbers(parts) }) : '';
}

/** "8 out of 27". */
export const scoreWords = (score, max) => t('measures-score-words', { score, max });

/** "Mild: some signs of low mood (5–9)." — the backend's own plain band
 *  words, with the range of scores they cover. */
export function bandWords(band) {
  if (!band?.label) return '';
  const label = capital(String(band.label).trim().replace(/\.$/, ''));
  return band.range
    ? t('measures-band-range', { band: label, range: band.range })
    : t('measures-band-words', { band: label });
}

/** A band's short name for a chart stripe: "Mild" from "Mild: some signs
 *  of low mood" (the table beside the chart keeps the whole words). */
export function bandName(label) {
  return String(label ?? '').split(':')[0].trim();
}

/** One line on what the number means. */
export function meaningLine(title, max) {
  return t('measures-meaning', { title, max });
}

/** "24 Nov" for a result's time (on the wall where it was taken), with
 *  the language's short month name. */
function shortDate(at) {
  const p = parseRfc3339(at);
  if (!p) return '';
  const month = new Intl.DateTimeFormat(language(), { month: 'short', timeZone: 'UTC' })
    .format(Date.UTC(2000, p.month - 1, 1));
  return t('measures-short-date', { day: p.day, month });
}

/** Days since 1970 (with the fraction of the day), so the history chart
 *  spaces results by real time and two on one day don't sit on top of
 *  each other. */
function dayPosition(at) {
  const p = parseRfc3339(at);
  return p ? p.epochMs / 86_400_000 : null;
}

/** The history chart's points: complete results, oldest first. */
export function historyPoints(results) {
  return (Array.isArray(results) ? results : [])
    .filter((r) => r?.complete !== false && finite(r?.score))
    .map((r) => ({ value: r.score, label: shortDate(r.at), x: dayPosition(r.at) }));
}

/** The score bands as horizontal stripes on the line chart's box, from
 *  the bottom (0) up to `max`. Bands cover whole scores (5–9), so each
 *  stripe runs half a point either side of its ends: 4.5 to 9.5. The
 *  stripes then tile the chart with no gap, and a score of 5 sits inside
 *  "5–9", not on its edge. Each has `index` (for alternating tints) and a
 *  label position; `labelFits` is false when the stripe is too thin for
 *  a line of text. */
export function bandStripes(bands, { max, box = LINE_BOX, labelHeight = 14 } = {}) {
  const list = (Array.isArray(bands) ? bands : []).filter((b) => finite(b?.from) && finite(b?.to));
  if (!list.length) return [];
  const top = finite(max) ? max : Math.max(...list.map((b) => b.to));
  const y = linearScale([0, top], [box.height - box.bottom, box.top]);
  const round1 = (n) => Math.round(n * 10) / 10;
  return list.map((b, index) => {
    const lo = Math.max(0, b.from === 0 ? 0 : b.from - 0.5);
    const hi = Math.min(top, b.to >= top ? top : b.to + 0.5);
    const y1 = round1(y(hi));
    const height = round1(y(lo) - y(hi));
    return {
      key: String(b.key ?? ''),
      label: bandName(b.label),
      index,
      x: box.left,
      width: box.width - box.right - box.left,
      y: y1,
      height,
      labelY: round1(y1 + Math.min(height, labelHeight) - 3),
      labelFits: height >= labelHeight,
    };
  });
}

/** The band a score falls in, from the history's `bands`. */
export function bandFor(bands, score) {
  return (Array.isArray(bands) ? bands : []).find((b) => score >= b.from && score <= b.to) ?? null;
}

/** The sentence the history chart is named by (its role=img label), with
 *  what the backend's `change` found, in the same words as the card. */
export function historySentence(title, results, max, change = null) {
  const list = historyPoints(results);
  if (!list.length) return t('measures-history-none', { title });
  const latest = list[list.length - 1];
  const progress = progressSummary(change);
  const sentence = t('measures-history', {
    title, count: list.length, max, latest: latest.value, date: latest.label,
  });
  return progress ? `${sentence} ${progress}` : sentence;
}

/** A short note for the list when a questionnaire was started and not
 *  finished: "You started one on 24 Nov — 5 of 9 answered." */
export function draftLine(draft, itemCount) {
  if (!draft) return '';
  const answers = normalizeAnswers(draft.answers, itemCount);
  const when = shortDate(draft.at);
  const progress = progressLine(answers);
  return when ? t('measures-draft-on', { date: when, progress }) : t('measures-draft', { progress });
}

/** The change between complete results (oldest first), as the history's
 *  `change` has it — used only when the history can't be read again right
 *  after a save, so the result page can still say how it moved. It has
 *  only the numbers: response, remission and reliable change are the
 *  backend's to decide, so none of them is named then. */
export function changeOf(results) {
  const scores = (Array.isArray(results) ? results : []).map((r) => r?.score).filter(finite);
  if (!scores.length) return null;
  const baseline = scores[0];
  const latest = scores[scores.length - 1];
  return {
    baseline,
    latest,
    sinceFirst: latest - baseline,
    sinceLast: scores.length > 1 ? latest - scores[scores.length - 2] : null,
  };
}
