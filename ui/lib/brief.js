// The session brief as data and words: the query the page asks for, the
// prep the person keeps (their agenda, "in my own words", what they left
// out), and the small sentences the document is made of. Pure and DOM-free,
// so the rules — what is sent, how a change in a score is worded — are
// tested in node.
//
// Prep is always sent whole (`save_brief_prep` replaces what was kept for
// that start day), so every change here returns a complete new prep and
// never mutates the old one: a save in flight keeps the snapshot it took.

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
  const span = from === until ? from : `${from} – ${until}`;
  return brief?.sinceLastSession ? `Since your last session, ${span}` : span;
}

// --- Small words ----------------------------------------------------------------

export const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "2 private entries are left out." — '' when none are. */
export function privateLeftOutLine(n) {
  const count = finite(n) && n > 0 ? Math.floor(n) : 0;
  if (count === 0) return '';
  return count === 1 ? '1 private entry is left out.' : `${count} private entries are left out.`;
}

export const removedHeading = (n) => `Left out of this brief (${n})`;

/** "Planned 7 · Done 4 · Partly 1 · Skipped 1 · Not today 1". */
export function homeworkCounts(plan) {
  const n = (v) => (finite(v) && v > 0 ? v : 0);
  return [
    `Planned ${n(plan?.planned)}`,
    `Done ${n(plan?.done)}`,
    `Partly ${n(plan?.partly)}`,
    `Skipped ${n(plan?.skipped)}`,
    `Not today ${n(plan?.notToday)}`,
  ].join(' · ');
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

const MEASURES = {
  phq9: { name: 'PHQ-9', about: 'mood', max: 27 },
  gad7: { name: 'GAD-7', about: 'worry', max: 21 },
};

/** The questionnaire a summary is about: its own result's measure, or the
 *  slot it came in (`phq9` / `gad7`) when that is missing. */
export const measureInfo = (summary, slot) =>
  MEASURES[summary?.latest?.measure] ?? MEASURES[slot] ?? { name: String(slot ?? ''), about: '', max: null };

/** "4 points lower", "1 point higher", "the same" — a difference of
 *  scores, said the same way up or down. */
export function pointsWord(delta) {
  if (!finite(delta) || delta === 0) return 'the same';
  const n = Math.abs(delta);
  return `${plural(n, 'point')} ${delta < 0 ? 'lower' : 'higher'}`;
}

/** The lines a questionnaire summary is read as: the latest score and its
 *  band, how it moved since the first and since the last one, and — when
 *  the backend found them — reliable change, response and remission,
 *  each explained in a line. */
export function measureLines(summary, nowYear, slot) {
  const latest = summary?.latest;
  if (!latest || !finite(latest.score)) return null;
  const { max } = measureInfo(summary, slot);
  const score = max ? `${latest.score} out of ${max}` : String(latest.score);
  // The reader's words for the band ("mild symptoms"), as the exports say
  // it: the brief is read by someone who is not the writer.
  const bandWords = latest.band?.reader || latest.band?.label;
  const band = bandWords ? ` — ${bandWords}${latest.band.range ? ` (${latest.band.range})` : ''}` : '';
  const when = formatDay(latest.at, nowYear);
  const headline = `${score}${band}${when ? `, on ${when}` : ''}`;
  const changes = [];
  const sinceLastKnown = finite(summary.sinceLast);
  if (!sinceLastKnown && (!finite(summary.sinceFirst) || summary.sinceFirst === 0)) {
    changes.push('The first one here, so there is nothing to compare yet.');
  } else {
    if (finite(summary.sinceFirst) && finite(summary.first)) {
      const w = pointsWord(summary.sinceFirst);
      changes.push(w === 'the same'
        ? `The same as the first one (${summary.first}).`
        : `${capital(w)} than the first one (${summary.first}).`);
    }
    if (sinceLastKnown) {
      const w = pointsWord(summary.sinceLast);
      changes.push(w === 'the same' ? 'The same as the time before.' : `${capital(w)} than the time before.`);
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
  if (progress.reliable === 'improvement') {
    marks.push('Reliable improvement: since the first one, a drop big enough to be more than day-to-day ups and downs.');
  }
  if (progress.reliable === 'deterioration') {
    marks.push('A reliable rise: since the first one, up by more than day-to-day ups and downs — '
      + 'worth talking through together.');
  }
  if (progress.response) {
    marks.push('Response: the score has come down by half or more since the first one.');
  }
  if (progress.remission) {
    marks.push('Remission: the score is below 5, the range of few or no symptoms.');
  }
  return { headline, changes, marks };
}

const capital = (s) => s.charAt(0).toUpperCase() + s.slice(1);

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
  return `Leave out: ${words.length > 60 ? `${words.slice(0, 59).trimEnd()}…` : words}`;
}

/** The three export formats, in the order the toolbar offers them. */
export const EXPORTS = [
  { format: 'pdf', id: 'brief-export-pdf', label: 'Save as PDF' },
  { format: 'md', id: 'brief-export-md', label: 'Markdown' },
  { format: 'html', id: 'brief-export-html', label: 'Web page (HTML)' },
];

/** "Saved to ~/Downloads/brief.pdf" */
export const savedLine = (path) => `Saved to ${path}`;

/** A failed export, calmly, with the backend's own words kept as they are. */
export const exportFailedLine = (message) =>
  `That didn't save as a file just now. ${message || 'Nothing was changed.'}`;

// --- Mood ----------------------------------------------------------------------

const oneDecimal = (n) => String(Math.round(n * 10) / 10);

const meanOf = (values) => values.reduce((s, v) => s + v, 0) / values.length;

/** "Mood averaged 6.2 out of 10 over 5 days with a check-in, a little
 *  higher later on." The trend compares the later half of the days with
 *  the earlier half, and is only said once there are four days to compare;
 *  either way it is a noticing, never a grade. */
export function moodSummary(checkins) {
  const values = (Array.isArray(checkins) ? checkins : []).map((c) => c?.mean).filter(finite);
  if (values.length === 0) return '';
  const days = plural(values.length, 'day');
  let trend = '';
  if (values.length >= 4) {
    const half = Math.floor(values.length / 2);
    const change = meanOf(values.slice(-half)) - meanOf(values.slice(0, half));
    if (change >= 1.5) trend = ', higher later on';
    else if (change >= 0.5) trend = ', a little higher later on';
    else if (change <= -1.5) trend = ', lower later on';
    else if (change <= -0.5) trend = ', a little lower later on';
    else trend = ', fairly steady';
  }
  return `Mood averaged ${oneDecimal(meanOf(values))} out of 10 over ${days} with a check-in${trend}.`;
}

/** Whole days since 1970 for "YYYY-MM-DD", so the mood line spaces its
 *  points by real time (a quiet stretch shows as a gap, not a squeeze). */
export function dayNumber(day) {
  const m = DAY.exec(String(day ?? '')) && String(day).split('-').map(Number);
  return m ? Date.UTC(m[0], m[1] - 1, m[2]) / 86_400_000 : null;
}

/** "24 Nov" from "2026-11-24", for the chart's end labels. */
export function shortDay(day) {
  const text = dayText(day);
  return text.split(' ').slice(1, 3).join(' ');
}

export { oneDecimal };
