// The check-in and note forms as data: their state (also the draft body,
// saved exactly as is), the input the backend accepts, and what each needs
// before it can be saved. Pure and DOM-free, so it is tested in node.
//
//   check-in: { mood: 1..10 | null, feelings: string[], note: string, private: bool }
//   note:     { text: string, mood: 1..10 | null, tags: string (as typed), private: bool }

import { t } from './i18n.js';
import { parseTags, tagsText } from './journal.js';
import { cleanFeelings, normalizeRating } from './reflection-form.js';

/** "checkin:new", "note:7": where a form's draft is kept. */
export const entryDraftKey = (kind, id) => (id === null || id === undefined ? `${kind}:new` : `${kind}:${id}`);

const text = (v) => (typeof v === 'string' ? v : '');
const blank = (v) => text(v).trim() === '';

/** When the entry happened: a new one is "now" (null); an edit sends its
 *  time back unchanged, since leaving it out would move it to now. */
const atOf = (original) => original?.at ?? null;

// --- Check-ins ---------------------------------------------------------------

export const emptyCheckin = () => ({ mood: null, feelings: [], note: '', private: false });

/** A complete check-in state from a draft of any age or shape. */
export function normalizeCheckin(body) {
  const b = body && typeof body === 'object' ? body : {};
  return {
    mood: normalizeRating(b.mood),
    feelings: cleanFeelings(b.feelings),
    note: text(b.note),
    private: b.private === true,
  };
}

export const checkinToState = (c) => normalizeCheckin(c);

/** Nothing given yet (privacy alone is not something to keep). */
export const isCheckinEmpty = (s) => s.mood === null && s.feelings.length === 0 && blank(s.note);

/** What stops a check-in from saving, kindly put, or null. */
export function checkinProblem(s) {
  if (s.mood === null) return t('journal-checkin-problem');
  return null;
}

/** The backend's CheckinInput. Star and tags are left out, so an edit
 *  keeps them as they are (they are changed on the check-in's page). */
export function checkinInput(s, original = null) {
  return {
    at: atOf(original),
    mood: normalizeRating(s.mood),
    feelings: cleanFeelings(s.feelings),
    note: text(s.note),
    private: Boolean(s.private),
  };
}

// --- Notes -------------------------------------------------------------------

export const emptyNote = () => ({ text: '', mood: null, tags: '', private: false });

export function normalizeNote(body) {
  const b = body && typeof body === 'object' ? body : {};
  return {
    text: text(b.text),
    mood: normalizeRating(b.mood),
    tags: text(b.tags),
    private: b.private === true,
  };
}

export const noteToState = (n) => ({
  text: text(n.text),
  mood: normalizeRating(n.mood),
  tags: tagsText(n.tags),
  private: n.private === true,
});

export const isNoteEmpty = (s) => blank(s.text) && s.mood === null && blank(s.tags);

export function noteProblem(s) {
  if (blank(s.text)) return t('journal-note-problem');
  return null;
}

/** The backend's NoteInput; the star is left out so an edit keeps it. */
export function noteInput(s, original = null) {
  return {
    at: atOf(original),
    text: text(s.text),
    mood: normalizeRating(s.mood),
    private: Boolean(s.private),
    tags: parseTags(s.tags),
  };
}
