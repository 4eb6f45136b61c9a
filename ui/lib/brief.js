// The session brief as data and words: the query the page asks for, the
// prep the person keeps (their agenda, "in my own words", what they left
// out), and the small sentences the document is made of. Pure and DOM-free,
// so the rules — what is sent, how a change in a score is worded — are
// tested in node.
//
// Prep is always sent whole (`save_brief_prep` replaces what was kept for
// that start day), so every change here returns a complete new prep and
// never mutates the old one: a save in flight keeps the snapshot it took.

import { language, t } from './i18n.js';
import { progressOf } from './measures.js';
import { formatDay } from './time.js';

const finite = (n) => typeof n === 'number' && Number.isFinite(n);
const DAY = /^\d{4}-\d{2}-\d{2}$/;

// --- The query --------------------------------------------------------------

/** "Since my last session", until today, private entries left out. */
export const defaultQuery = () => ({ since: null, until: null, includePrivate: false });

/** A date input's value as a query day: '' (cleared) or anything that isn't
 *  a whole day is null, which the backend reads as its default. */
const queryDay = (value) => (DAY.test(String(value ?? '')) ? String(value) : null);

/** The query with exactly the three keys the backend accepts (it denies
 *  unknown fields, so nothing else may ride along). */
export function briefQuery({ since = null, until = null, includePrivate = false } = {}) {
  return { since: queryDay(since), until: queryDay(until), includePrivate: Boolean(includePrivate) };
}

export const isDefaultRange = (query) => query.since === null && query.until === null;

export const sameQuery = (a, b) =>
  a.since === b.since && a.until === b.until && a.includePrivate === b.includePrivate;

// --- Prep ---------------------------------------------------------------------

/** What the person prepared, as the Brief shows it. Removed items are not
 *  in the Brief's lists but in `removed`, so their keys come from there. */
export function prepFromBrief(brief) {
  return {
    agenda: (brief?.agenda?.items ?? []).map((item) => String(item?.text ?? '')),
    ownWords: typeof brief?.ownWords === 'string' ? brief.ownWords : '',
    removed: (brief?.removed ?? []).map((r) => String(r?.key ?? '')).filter(Boolean),
  };
}

/** A copy safe to send and to keep while the person changes the original. */
export const clonePrep = (prep) => ({
  agenda: [...prep.agenda], ownWords: prep.ownWords, removed: [...prep.removed],
});

/** Leaves `key` out of the brief (once, however often it is asked). */
export const leaveOut = (prep, key) =>
  ({ ...clonePrep(prep), removed: prep.removed.includes(key) ? [...prep.removed] : [...prep.removed, key] });

/** Puts `key` back into the brief. */
export const putBack = (prep, key) => ({ ...clonePrep(prep), removed: prep.removed.filter((k) => k !== key) });

/** The agenda text as it will be kept: trimmed, one line (a pasted line
 *  break would split one wish into two in the exported list). */
const agendaText = (text) => String(text ?? '').replace(/\s+/g, ' ').trim();

/** Adds a line to the person's own agenda; null when there are no words. */
export function addAgenda(prep, text) {
  const line = agendaText(text);
  return line ? { ...clonePrep(prep), agenda: [...prep.agenda, line] } : null;
}

/** The agenda without its `index`th line (for Undo, `insertAgenda` puts it back). */
export function removeAgenda(prep, index) {
  return { ...clonePrep(prep), agenda: prep.agenda.filter((_, i) => i !== index) };
}

export function insertAgenda(prep, index, text) {
  const agenda = [...prep.agenda];
  agenda.splice(Math.min(Math.max(index, 0), agenda.length), 0, text);
  return { ...clonePrep(prep), agenda };
}

export const withOwnWords = (prep, ownWords) => ({ ...clonePrep(prep), ownWords: String(ownWords ?? '') });

// --- Days and the range line -------------------------------------------------

/** "Tue 24 Nov" from "2026-11-24" (the year added when it isn't `nowYear`). */
export function dayText(day, nowYear) {
  if (!DAY.test(String(day ?? ''))) return String(day ?? '');
  return formatDay(`${day}T12:00:00+00:00`, nowYear);
}

/** "Since your last session, Tue 24 Nov – Sat 28 Nov", or for a chosen
 *  range "Tue 17 Nov – Sat 28 Nov"; one day is named once. */
export function rangeLine(brief, nowYear) {
  const from = dayText(brief?.from, nowYear);
  const until = dayText(brief?.until, nowYear);
  const span = from === until ? from : t('brief-range', { from, until });
  return brief?.sinceLastSession ? t('brief-range-since-session', { span }) : span;
}

// --- Small words ----------------------------------------------------------------

/** "2 private entries are left out." — '' when none are. */
export function privateLeftOutLine(n) {
  const count = finite(n) && n > 0 ? Math.floor(n) : 0;
  if (count === 0) return '';
  return t('brief-private-left-out', { count });
}

export const removedHeading = (n) => t('brief-removed-heading', { count: n });

/** "Planned 7 · Done 4 · Partly 1 · Skipped 1 · Not today 1". */
export function homeworkCounts(plan) {
  const n = (v) => (finite(v) && v > 0 ? v : 0);
  return t('brief-homework-counts', {
    planned: n(plan?.planned), done: n(plan?.done), partly: n(plan?.partly), skipped: n(plan?.skipped),
    notToday: n(plan?.notToday),
  });
}

/** A score (0..1) as a whole number out of 100. */
const percent = (score) => Math.round(Math.min(1, Math.max(0, score)) * 100);

/** A plan's practice score over the period: { from: 45, to: 62, word:
 *  'steadier than before' }, or null when there is no score. The words are
 *  the backend's (`Homework.trend`, brief/doc.rs), the very words every
 *  export says, so the preview can't disagree with the PDF. */
export function scoreTrend(plan) {
  const { scoreFrom: from, scoreTo: to, trend } = plan ?? {};
  if (!finite(from) || !finite(to) || !String(trend ?? '').trim()) return null;
  return { from: percent(from), to: percent(to), word: String(trend) };
}

// --- PHQ-9 and GAD-7 ----------------------------------------------------------

// What each questionnaire is about is worded when it is read, in the
// language in use at that moment.
const MEASURES = {
  phq9: { name: 'PHQ-9', get about() { return t('brief-measure-about-phq9'); }, max: 27 },
  gad7: { name: 'GAD-7', get about() { return t('brief-measure-about-gad7'); }, max: 21 },
};

/** The questionnaire a summary is about: its own result's measure, or the
 *  slot it came in (`phq9` / `gad7`) when that is missing. */
export const measureInfo = (summary, slot) =>
  MEASURES[summary?.latest?.measure] ?? MEASURES[slot] ?? { name: String(slot ?? ''), about: '', max: null };

/** "4 points lower", "1 point higher", "the same" — a difference of
 *  scores, said the same way up or down. */
export function pointsWord(delta) {
  if (!finite(delta) || delta === 0) return t('brief-points-same');
  return t('brief-points', { points: Math.abs(delta), direction: delta < 0 ? 'lower' : 'higher' });
}

/** The lines a questionnaire summary is read as: the latest score and its
 *  band, how it moved since the first and since the last one, and — when
 *  the backend found them — reliable change, response and remission,
 *  each explained in a line. */
export function measureLines(summary, nowYear, slot) {
  const latest = summary?.latest;
  if (!latest || !finite(latest.score)) return null;
  const { max } = measureInfo(summary, slot);
  const score = max ? t('brief-measure-score', { score: latest.score, max }) : String(latest.score);
  // The reader's words for the band ("mild symptoms"), as the exports say
  // it: the brief is read by someone who is not the writer. The words and
  // the range are the backend's, shown as they come.
  const bandWords = latest.band?.reader || latest.band?.label;
  const band = bandWords && latest.band.range
    ? t('brief-measure-band-range', { band: bandWords, range: latest.band.range }) : bandWords;
  const scored = band ? t('brief-measure-score-band', { score, band }) : score;
  const when = formatDay(latest.at, nowYear);
  const headline = when ? t('brief-measure-score-on', { score: scored, day: when }) : scored;
  const changes = [];
  const sinceLastKnown = finite(summary.sinceLast);
  const same = (delta) => !finite(delta) || delta === 0;
  if (!sinceLastKnown && same(summary.sinceFirst)) {
    changes.push(t('brief-measure-first-only'));
  } else {
    if (finite(summary.sinceFirst) && finite(summary.first)) {
      changes.push(same(summary.sinceFirst)
        ? t('brief-measure-same-as-first', { first: summary.first })
        : t('brief-measure-change-since-first', { change: pointsWord(summary.sinceFirst), first: summary.first }));
    }
    if (sinceLastKnown) {
      changes.push(same(summary.sinceLast)
        ? t('brief-measure-same-as-last')
        : t('brief-measure-change-since-last', { change: pointsWord(summary.sinceLast) }));
    }
  }
  // Reliable change, response and remission are the backend's to decide
  // (measures::change_of, the same as the history chart); this only words
  // them, and never names response or remission from a first score outside
  // the clinical range.
  const progress = progressOf({
    baselineClinical: summary.baselineClinical, response: summary.response,
    remission: summary.remission, reliable: summary.reliable,
  });
  const marks = [];
  if (progress.reliable === 'improvement') marks.push(t('brief-measure-reliable-improvement'));
  if (progress.reliable === 'deterioration') marks.push(t('brief-measure-reliable-rise'));
  if (progress.response) marks.push(t('brief-measure-response'));
  if (progress.remission) marks.push(t('brief-measure-remission'));
  return { headline, changes, marks };
}

// --- Lists -------------------------------------------------------------------------

/** The first `n` items with a count above zero, most first, ties in the
 *  backend's order (it already sorts; this only guards a short list). */
export function topCounts(items, n = 5) {
  return (Array.isArray(items) ? items : [])
    .filter((it) => finite(it?.count) && it.count > 0)
    .map((it, i) => ({ it, i }))
    .sort((a, b) => b.it.count - a.it.count || a.i - b.i)
    .slice(0, n)
    .map(({ it }) => it);
}

/** A string safe inside an element id, one-to-one with the key, so focus
 *  can find a remove button again after the document is redrawn. */
export const keyId = (key) =>
  String(key).replace(/[^A-Za-z0-9-]/g, (c) => `_${c.codePointAt(0).toString(16)}_`);

/** "Leave out: …" — a remove button's name, with enough of the item to
 *  tell two buttons apart in a screen reader's list. */
export function leaveOutLabel(what) {
  const words = agendaText(what);
  return t('brief-leave-out-label', { what: words.length > 60 ? `${words.slice(0, 59).trimEnd()}…` : words });
}

/** The three export formats, in the order the toolbar offers them (each
 *  label worded when it is read). */
export const EXPORTS = [
  { format: 'pdf', id: 'brief-export-pdf', get label() { return t('brief-export-pdf'); } },
  { format: 'md', id: 'brief-export-md', get label() { return t('brief-export-md'); } },
  { format: 'html', id: 'brief-export-html', get label() { return t('brief-export-html'); } },
];

/** "Saved to ~/Downloads/brief.pdf" */
export const savedLine = (path) => t('brief-export-saved', { path });

/** A failed export, calmly, with the backend's own words kept as they are. */
export const exportFailedLine = (message) =>
  t('brief-export-failed', { message: message || t('brief-export-nothing-changed') });

// --- Mood ----------------------------------------------------------------------

/** "6.2", "6" (no trailing ".0"), written as the language in use writes
 *  numbers ("6,2" in German). */
const oneDecimal = (n) => new Intl.NumberFormat(language(), { maximumFractionDigits: 1, useGrouping: false })
  .format(Math.round(n * 10) / 10);

const meanOf = (values) => values.reduce((s, v) => s + v, 0) / values.length;

/** "Mood averaged 6.2 out of 10 over 5 days with a check-in, a little
 *  higher later on." The trend compares the later half of the days with
 *  the earlier half, and is only said once there are four days to compare;
 *  either way it is a noticing, never a grade. */
export function moodSummary(checkins) {
  const values = (Array.isArray(checkins) ? checkins : []).map((c) => c?.mean).filter(finite);
  if (values.length === 0) return '';
  let trend = 'none';
  if (values.length >= 4) {
    const half = Math.floor(values.length / 2);
    const change = meanOf(values.slice(-half)) - meanOf(values.slice(0, half));
    if (change >= 1.5) trend = 'higher';
    else if (change >= 0.5) trend = 'little-higher';
    else if (change <= -1.5) trend = 'lower';
    else if (change <= -0.5) trend = 'little-lower';
    else trend = 'steady';
  }
  return t('brief-mood-summary', { average: oneDecimal(meanOf(values)), days: values.length, trend });
}

/** What a sentence about "how much the thought eased" needs, from the
 *  `belief` of Insights or of the brief's patterns: how many thoughts were
 *  rated before and after, the two medians (numbers: a median of an even
 *  count may end in .5, and the message writes it as the language does),
 *  and which way the typical change went, with its size. Null when the
 *  numbers aren't all there. Whether there are enough is the backend's to
 *  say (`enough`); this only reads the numbers. */
export function beliefFigures(belief) {
  const { count, medianBefore, medianAfter, medianEased } = belief ?? {};
  if (!(count > 0) || ![medianBefore, medianAfter, medianEased].every(finite)) return null;
  return {
    count, before: medianBefore, after: medianAfter, points: Math.abs(medianEased), change: easedWord(medianEased),
  };
}

/** Which way a median change in belief went, as the messages select it:
 *  before − after, so positive is a thought that eased. */
export const easedWord = (eased) => {
  if (eased > 0) return 'eased';
  return eased < 0 ? 'grew' : 'same';
};

/** Whole days since 1970 for "YYYY-MM-DD", so the mood line spaces its
 *  points by real time (a quiet stretch shows as a gap, not a squeeze). */
export function dayNumber(day) {
  const m = DAY.exec(String(day ?? '')) && String(day).split('-').map(Number);
  return m ? Date.UTC(m[0], m[1] - 1, m[2]) / 86_400_000 : null;
}

/** "24 Nov" from "2026-11-24" ("24. Nov." in German), for the chart's end
 *  labels: the day and month as the language in use names them, in the
 *  order its message puts them. */
export function shortDay(day) {
  const n = dayNumber(day);
  if (n === null) return '';
  const parts = new Intl.DateTimeFormat(language(), { day: 'numeric', month: 'short', timeZone: 'UTC' })
    .formatToParts(new Date(n * 86_400_000));
  const part = (type) => parts.find((p) => p.type === type)?.value ?? '';
  return t('brief-short-day', { day: part('day'), month: part('month') });
}

export { oneDecimal };
