// The moment flow (the CBT thought record) as data: its state, the
// MomentInput the backend accepts, and the draft keeper that saves the
// state a moment after each change. Pure and DOM-free, so the rules that
// protect a person's words are tested in node.
//
// Form state (also the draft body, saved exactly as is):
//   { step: 1..10 (where the person was),
//     when: "2026-11-28T14:05" (datetime-local value; '' = just now),
//     situation, body, selfTalk, did, evidenceFor, evidenceAgainst, friend,
//     balanced: strings,
//     emotions: [{ word, before: 0..100|null, after: 0..100|null }],
//     beliefBefore, beliefAfter: 0..100|null (how much the self-talk is
//     believed, at step 4 and again at step 9),
//     traps: [trapId], tags: "work, mum" (as typed), starred, private: bool }
//
// `after`, `beliefBefore` and `beliefAfter` stay null until the person
// moves that slider: an untouched slider is not an answer, and a made-up
// rating would make Insights' before/after comparisons dishonest.

import { t } from './i18n.js';
import { AutosaveController } from './reflection-form.js';
import { localInputToRfc3339, rfc3339ToLocalInput } from './time.js';

export const STEP_COUNT = 10;

/** Where a newly chosen feeling's strength starts (and what is sent if
 *  the person never moves it: the number the slider shows). */
export const DEFAULT_RATING = 50;

const TEXT_FIELDS = ['situation', 'body', 'selfTalk', 'did', 'evidenceFor', 'evidenceAgainst', 'friend', 'balanced'];

/** The two 0–100 ratings of how much the self-talk is believed. */
const BELIEF_FIELDS = ['beliefBefore', 'beliefAfter'];

const same = (a, b) => a.toLowerCase() === b.toLowerCase();

/** A fresh flow at step 1, happening "just now". */
export function emptyMomentState() {
  return {
    step: 1,
    when: '',
    situation: '',
    emotions: [],
    body: '',
    selfTalk: '',
    beliefBefore: null,
    traps: [],
    did: '',
    evidenceFor: '',
    evidenceAgainst: '',
    friend: '',
    balanced: '',
    beliefAfter: null,
    tags: '',
    starred: false,
    private: false,
  };
}

/** A step number 1..10; anything else is 1. */
export function clampStep(value) {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 && n <= STEP_COUNT ? n : 1;
}

/** A strength as a whole number 0..100, or null for "not rated". */
export function normalizeRating(value) {
  if (value === null || value === undefined || value === '' || typeof value === 'boolean') return null;
  const n = Number(value);
  if (!Number.isFinite(n)) return null;
  return Math.min(100, Math.max(0, Math.round(n)));
}

/** "60 out of 100", or "Not rated" for null. */
export function ratingText(value) {
  const n = normalizeRating(value);
  return n === null ? t('moments-rating-not-rated') : t('moments-rating-out-of', { rating: n });
}

/** Emotions with trimmed, non-empty words, repeats (ignoring case)
 *  dropped with the first kept, and ratings made whole numbers. */
export function cleanEmotions(list) {
  const out = [];
  for (const raw of Array.isArray(list) ? list : []) {
    const word = typeof raw?.word === 'string' ? raw.word.trim() : '';
    if (!word || out.some((e) => same(e.word, word))) continue;
    out.push({ word, before: normalizeRating(raw.before), after: normalizeRating(raw.after) });
  }
  return out;
}

/** True when `word` is among the chosen emotions (ignoring case). */
export function hasEmotion(emotions, word) {
  return emotions.some((e) => same(e.word, word));
}

/** The chosen emotions with `word` added (at the default strength, not
 *  yet re-rated) or, if it was there, taken away. */
export function toggleEmotion(emotions, word) {
  const clean = String(word ?? '').trim();
  if (!clean) return emotions;
  if (hasEmotion(emotions, clean)) return emotions.filter((e) => !same(e.word, clean));
  return [...emotions, { word: clean, before: DEFAULT_RATING, after: null }];
}

/** The chosen emotions with `word`'s `which` ('before' | 'after') rating
 *  set to `value`. */
export function rateEmotion(emotions, word, which, value) {
  return emotions.map((e) => (same(e.word, word) ? { ...e, [which]: normalizeRating(value) } : e));
}

/** Trap ids as strings, each once, in the order given. */
function cleanTraps(list) {
  const out = [];
  for (const id of Array.isArray(list) ? list : []) {
    if (typeof id === 'string' && id && !out.includes(id)) out.push(id);
  }
  return out;
}

/** "work, Mum ,, work" → ["work", "Mum"]: trimmed, non-empty, each once
 *  (ignoring case, first spelling kept). */
export function parseTags(text) {
  const out = [];
  for (const raw of String(text ?? '').split(',')) {
    const tag = raw.trim();
    if (tag && !out.some((t) => same(t, tag))) out.push(tag);
  }
  return out;
}

/** The situation after a recent-trigger chip is pressed. An empty box, or
 *  one holding exactly another chip's words, takes the chip's words (so
 *  chips can be tried in turn); words the person typed are never replaced,
 *  the chip's words go on a new line after them. */
export function fillTrigger(current, trigger, triggers = []) {
  const text = String(current ?? '');
  const trimmed = text.trim();
  if (!trimmed || triggers.includes(trimmed)) return trigger;
  if (trimmed.includes(trigger)) return text;
  return `${text.trimEnd()}\n${trigger}`;
}

/** A complete, well-typed state from anything that claims to be one (a
 *  draft saved by an older version, say). Wrong types fall back to empty,
 *  so a restored draft can't break the flow; every string is kept. */
export function normalizeState(body) {
  const state = emptyMomentState();
  if (body === null || typeof body !== 'object') return state;
  state.step = clampStep(body.step);
  if (typeof body.when === 'string') state.when = body.when;
  for (const key of TEXT_FIELDS) {
    if (typeof body[key] === 'string') state[key] = body[key];
  }
  // A draft kept before the belief ratings existed has none: not rated.
  for (const key of BELIEF_FIELDS) state[key] = normalizeRating(body[key]);
  state.emotions = cleanEmotions(body.emotions);
  state.traps = cleanTraps(body.traps);
  if (typeof body.tags === 'string') state.tags = body.tags;
  else if (Array.isArray(body.tags)) state.tags = parseTags(body.tags.join(',')).join(', ');
  state.starred = body.starred === true;
  state.private = body.private === true;
  return state;
}

/** The flow's state for editing a saved Moment. */
export function momentToState(moment) {
  return normalizeState({
    step: 1,
    when: rfc3339ToLocalInput(moment?.occurredAt),
    situation: moment?.situation ?? '',
    emotions: moment?.emotions ?? [],
    body: moment?.body ?? '',
    selfTalk: moment?.selfTalk ?? '',
    beliefBefore: moment?.beliefBefore ?? null,
    traps: moment?.traps ?? [],
    did: moment?.did ?? '',
    evidenceFor: moment?.evidenceFor ?? '',
    evidenceAgainst: moment?.evidenceAgainst ?? '',
    friend: moment?.friend ?? '',
    balanced: moment?.balanced ?? '',
    beliefAfter: moment?.beliefAfter ?? null,
    tags: (moment?.tags ?? []).join(', '),
    starred: moment?.starred === true,
    private: moment?.private === true,
  });
}

/** When it happened, as the backend wants it. A blank "when" is null
 *  (the backend reads it as now) for a new moment; an edited moment keeps
 *  its original time, and keeps it byte for byte (with its original
 *  offset) while the person hasn't changed it. `offsetMinutes` overrides
 *  this computer's offset (for tests). */
function occurredAtFor(when, { originalOccurredAt = null, offsetMinutes } = {}) {
  const value = String(when ?? '').trim();
  if (originalOccurredAt && (!value || rfc3339ToLocalInput(originalOccurredAt) === value)) {
    return originalOccurredAt;
  }
  return value ? localInputToRfc3339(value, offsetMinutes) : null;
}

/** The backend's MomentInput: exactly these sixteen keys (it refuses any
 *  other). Text is trimmed; every step may be empty (the backend says so if
 *  everything is), and a belief never rated is sent as null. */
export function formToInput(state, { originalOccurredAt = null, offsetMinutes } = {}) {
  const text = (key) => String(state?.[key] ?? '').trim();
  return {
    occurredAt: occurredAtFor(state?.when, { originalOccurredAt, offsetMinutes }),
    situation: text('situation'),
    emotions: cleanEmotions(state?.emotions),
    body: text('body'),
    selfTalk: text('selfTalk'),
    traps: cleanTraps(state?.traps),
    did: text('did'),
    friend: text('friend'),
    evidenceFor: text('evidenceFor'),
    evidenceAgainst: text('evidenceAgainst'),
    balanced: text('balanced'),
    beliefBefore: normalizeRating(state?.beliefBefore),
    beliefAfter: normalizeRating(state?.beliefAfter),
    starred: state?.starred === true,
    private: state?.private === true,
    tags: parseTags(state?.tags),
  };
}

/** True when nothing at all has been given: no words, no feeling, no
 *  belief rated, no trap, no tag or mark. The step reached and the time
 *  don't count. */
export function isEmptyMoment(state) {
  return TEXT_FIELDS.every((key) => String(state?.[key] ?? '').trim() === '') &&
    BELIEF_FIELDS.every((key) => normalizeRating(state?.[key]) === null) &&
    cleanEmotions(state?.emotions).length === 0 &&
    cleanTraps(state?.traps).length === 0 &&
    parseTags(state?.tags).length === 0 &&
    state?.starred !== true && state?.private !== true;
}

/** The draft key for a new moment (id null) or an edit of `id`. */
export function draftKey(id) {
  return id === null || id === undefined ? 'moment:new' : `moment:${id}`;
}

/** The flow's draft keeper: the autosave every form shares, with the
 *  flow's own idea of an empty moment. */
export class DraftKeeper extends AutosaveController {
  constructor(options) {
    super({ ...options, isEmpty: isEmptyMoment });
  }
}
