// The pattern journal as words and data: what each kind of entry is called,
// the timeline query the filters make, search snippets split into marked
// and plain text, tags typed as one line, and the day an entry belongs to.
// Pure and DOM-free, so it is tested in node.

import { t } from './i18n.js';
import { formatDay, parseRfc3339 } from './time.js';

/** Every kind of entry, in the order the filters offer them. */
export const KINDS = ['moment', 'checkin', 'note', 'reflection'];

// The names are messages that choose by kind (journal.ftl), so a language
// can give each kind its own grammar; any other kind is an "Entry". A
// sentence that names a kind is a message of its own, chosen the same way:
// `t('journal-deleted', kindArgs(kind))`.
export const kindArgs = (kind) => ({ kind: KINDS.includes(kind) ? kind : 'other' });

/** "Moment", "Check-in"… as a label at the start of a line. */
export const kindLabel = (kind) => t('journal-kind', kindArgs(kind));

/** "Moments", "Check-ins"… for the filter chips. */
export const kindPlural = (kind) => t('journal-kind-plural', kindArgs(kind));

/** "moment", "check-in"… inside a sentence. */
export const kindNoun = (kind) => t('journal-kind-noun', kindArgs(kind));

// --- Search snippets -------------------------------------------------------

const OPEN = '\u0002';
const CLOSE = '\u0003';

/** Splits a search snippet, where the backend wrapped each matched word in
 *  U+0002 … U+0003, into `[{ text, mark }]`. The markers never reach the
 *  page; a stray or unclosed one is tolerated (an unclosed mark runs to the
 *  end), and empty pieces are dropped. The pieces are plain text: the view
 *  puts them in text nodes, so "<b>" typed in a note stays "<b>". */
export function snippetParts(snippet) {
  const parts = [];
  let mark = false;
  let text = '';
  const push = () => {
    if (text) parts.push({ text, mark });
    text = '';
  };
  for (const ch of String(snippet ?? '')) {
    if (ch === OPEN) {
      push();
      mark = true;
    } else if (ch === CLOSE) {
      push();
      mark = false;
    } else {
      text += ch;
    }
  }
  push();
  return parts;
}

/** "3 entries match", "1 entry matches", or a kind word when none do. */
export function matchLine(count, query) {
  if (count === 0) return t('journal-match-none', { query: String(query).trim() });
  return t('journal-match-count', { count });
}

// --- Tags ------------------------------------------------------------------

const sameWord = (a, b) => a.toLowerCase() === b.toLowerCase();

/** "work,  family , Work" → ["work", "family"]: trimmed, no empties, no
 *  repeats (ignoring case; the first spelling stays). */
export function parseTags(text) {
  const out = [];
  for (const raw of String(text ?? '').split(',')) {
    const tag = raw.trim().replace(/\s+/g, ' ');
    if (tag && !out.some((kept) => sameWord(kept, tag))) out.push(tag);
  }
  return out;
}

/** The one-line form of a list of tags: "work, family". */
export const tagsText = (tags) => (Array.isArray(tags) ? tags.join(', ') : '');

/** Suggestions for a comma-separated tags field. A datalist completes the
 *  whole value, so each suggestion is exactly what is typed up to the last
 *  comma (spaces included, so it still begins with what is there) plus one
 *  known tag not yet used: "work, fam" → "work, family". */
export function tagSuggestions(value, known) {
  const text = String(value ?? '');
  const cut = text.lastIndexOf(',');
  let head = '';
  if (cut >= 0) {
    const rest = text.slice(cut + 1);
    head = text.slice(0, cut + 1) + (rest === '' ? ' ' : /^\s*/.exec(rest)[0]);
  }
  const used = parseTags(cut < 0 ? '' : text.slice(0, cut));
  return known
    .map((k) => (typeof k === 'string' ? k : k?.name))
    .filter((k) => k && !used.some((u) => sameWord(u, k)))
    .map((k) => `${head}${k}`);
}

// --- Timeline --------------------------------------------------------------

export const PAGE = 50;

/** The filters with nothing chosen: everything, newest first. */
export const noFilters = () => ({
  kinds: [], tag: '', starred: false, onlyPrivate: false, from: '', until: '',
});

/** True when any filter narrows the timeline. */
export function hasFilters(f) {
  return f.kinds.length > 0 || Boolean(f.tag) || f.starred || f.onlyPrivate || Boolean(f.from) || Boolean(f.until);
}

/** The backend's TimelineQuery for these filters, every key spelled out
 *  (an empty value means "any"), starting after `before` (a cursor from
 *  the previous page's `next`, or null for the newest). */
export function timelineQuery(f, before = null, limit = PAGE) {
  return {
    kinds: KINDS.filter((k) => f.kinds.includes(k)),
    tag: f.tag || null,
    starred: Boolean(f.starred),
    onlyPrivate: Boolean(f.onlyPrivate),
    from: f.from || null,
    until: f.until || null,
    before: before ?? null,
    limit,
  };
}

const pad = (n) => String(n).padStart(2, '0');

/** The calendar day an entry belongs to, "YYYY-MM-DD", read from its own
 *  wall clock (a moment noted abroad stays on the day it was lived). */
export function dayKey(at) {
  const p = parseRfc3339(at);
  return p ? `${p.year}-${pad(p.month)}-${pad(p.day)}` : '';
}

/** A Date's day on this computer's calendar, "YYYY-MM-DD". */
const localDayKey = (date) => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;

/** The small heading above a day's entries: "Today", "Yesterday" or
 *  "Tue 24 Nov" (with the year when it isn't this one). */
export function dayHeading(at, now = new Date()) {
  const key = dayKey(at);
  if (key === localDayKey(now)) return t('journal-day-today');
  const yesterday = new Date(now.getFullYear(), now.getMonth(), now.getDate() - 1);
  if (key === localDayKey(yesterday)) return t('journal-day-yesterday');
  return formatDay(at, now.getFullYear());
}

// --- Moments ---------------------------------------------------------------

const intensity = (n) => (Number.isFinite(n) ? String(n) : null);

/** "anxious 80 → 40", "anxious 80", "anxious → 40" or just "anxious". */
export function emotionLine({ word, before, after }) {
  const b = intensity(before);
  const a = intensity(after);
  if (b && a) return `${word} ${b} → ${a}`;
  if (b) return `${word} ${b}`;
  if (a) return `${word} → ${a}`;
  return String(word);
}

/** The same, as a screen reader should say it. */
export function emotionSpoken({ word, before, after }) {
  const b = intensity(before);
  const a = intensity(after);
  if (b && a) return t('journal-emotion-spoken-both', { word: String(word), before: b, after: a });
  if (b) return t('journal-emotion-spoken-before', { word: String(word), before: b });
  if (a) return t('journal-emotion-spoken-after', { word: String(word), after: a });
  return String(word);
}

/** A thinking trap's name from the vocabulary, or a readable form of its
 *  id if the vocabulary couldn't be read ("allOrNothing" → "all or nothing"). */
export function trapName(id, traps = []) {
  const known = traps.find((trap) => trap.id === id);
  if (known) return known.name;
  return String(id).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}
