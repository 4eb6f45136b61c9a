// The reflection form as data: its state, the payload the backend accepts,
// and the autosave that keeps a draft. Pure and DOM-free, so the rules that
// protect a person's words are tested in node.
//
// Form state (also the draft body, saved exactly as is):
//   { sessionAt: "2026-11-24T17:50" (datetime-local value, '' = now),
//     takeaway, difficult, focus, feelingNote: strings,
//     feelingRating: 1..10 | null (null = not given), feelings: string[],
//     answers: [{ questionUid, question, from, answer }] }
//
// `answers` holds the extra questions a therapist's homework file added,
// after the four standard ones: each with its words as asked (`question`)
// and who asked (`from`, '' for an unsigned file), so a draft answer to a
// question stopped since is still shown in its own words.

import { dateToLocalInput, localInputToRfc3339, rfc3339ToLocalInput } from './time.js';

const TEXT_FIELDS = ['takeaway', 'difficult', 'focus', 'feelingNote'];

/** A fresh form whose session time is `now`. */
export function emptyState(now = new Date()) {
  return {
    sessionAt: dateToLocalInput(now),
    takeaway: '',
    difficult: '',
    focus: '',
    feelingNote: '',
    feelingRating: null,
    feelings: [],
    answers: [],
  };
}

/** A rating as an integer 1..10, or null for "not given". */
export function normalizeRating(value) {
  if (value === null || value === undefined || value === '') return null;
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 && n <= 10 ? n : null;
}

/** Trimmed, non-empty feeling words with repeats (ignoring case) removed,
 *  first spelling kept, as the backend will also do. */
export function cleanFeelings(words) {
  const out = [];
  for (const raw of Array.isArray(words) ? words : []) {
    if (typeof raw !== 'string') continue;
    const word = raw.trim();
    if (word && !out.some((w) => w.toLowerCase() === word.toLowerCase())) out.push(word);
  }
  return out;
}

const str = (value) => (typeof value === 'string' ? value : '');

/** Well-typed extra answers, in order: an entry needs a questionUid (the
 *  first of each is kept); its other fields fall back to ''. Anything else
 *  (not a list, not an object) is dropped. */
export function cleanAnswers(answers) {
  const out = [];
  for (const a of Array.isArray(answers) ? answers : []) {
    if (a === null || typeof a !== 'object') continue;
    const questionUid = a.questionUid;
    if (typeof questionUid !== 'string' || !questionUid || out.some((x) => x.questionUid === questionUid)) continue;
    out.push({ questionUid, question: str(a.question), from: str(a.from), answer: str(a.answer) });
  }
  return out;
}

/** The extra questions to show: the state's own answers, in order, then
 *  each active question (`{uid, text, from}`, as listReflectionQuestions
 *  gives them) not among them yet, unanswered. An own entry whose question
 *  is no longer asked stays only if it has words in it (a draft's empty
 *  box for a question stopped since is not asked again); one that lost
 *  its words as asked takes the active question's. */
export function withQuestions(state, questions) {
  const active = (Array.isArray(questions) ? questions : [])
    .filter((q) => q && typeof q.uid === 'string' && q.uid);
  const answers = [];
  for (const a of cleanAnswers(state?.answers)) {
    const q = active.find((x) => x.uid === a.questionUid);
    if (!q && a.answer.trim() === '') continue;
    answers.push(q && !a.question ? { ...a, question: str(q.text), from: str(q.from) } : a);
  }
  for (const q of active) {
    if (answers.some((a) => a.questionUid === q.uid)) continue;
    answers.push({ questionUid: q.uid, question: str(q.text), from: str(q.from), answer: '' });
  }
  return { ...state, answers };
}

/** A complete, well-typed state from anything that claims to be one (a
 *  draft saved by an older version, say). Unknown keys are dropped and
 *  wrong types fall back to empty, so a restored draft can't break the
 *  form; every string the person wrote is kept. */
export function normalizeState(body, now = new Date()) {
  const base = emptyState(now);
  if (body === null || typeof body !== 'object') return base;
  const state = { ...base };
  if (typeof body.sessionAt === 'string') state.sessionAt = body.sessionAt;
  for (const key of TEXT_FIELDS) {
    if (typeof body[key] === 'string') state[key] = body[key];
  }
  state.feelingRating = normalizeRating(body.feelingRating);
  state.feelings = cleanFeelings(body.feelings);
  state.answers = cleanAnswers(body.answers);
  return state;
}

/** The form state for editing a saved reflection. */
export function reflectionToState(reflection) {
  return {
    sessionAt: rfc3339ToLocalInput(reflection.sessionAt),
    takeaway: reflection.takeaway ?? '',
    difficult: reflection.difficult ?? '',
    focus: reflection.focus ?? '',
    feelingNote: reflection.feelingNote ?? '',
    feelingRating: normalizeRating(reflection.feelingRating),
    feelings: cleanFeelings(reflection.feelings),
    answers: cleanAnswers(reflection.answers),
  };
}

/** The backend's ReflectionInput: exactly these eight keys, no others;
 *  `answers` carries every extra question shown, answered or not.
 *  `originalSessionAt` (when editing) is sent back unchanged if the person
 *  didn't touch the time, so its original offset survives a trip abroad;
 *  `offsetMinutes` overrides this computer's offset (for tests). */
export function formToInput(state, { originalSessionAt = null, offsetMinutes } = {}) {
  let sessionAt = localInputToRfc3339(state.sessionAt, offsetMinutes);
  if (originalSessionAt && rfc3339ToLocalInput(originalSessionAt) === state.sessionAt) {
    sessionAt = originalSessionAt;
  }
  return {
    sessionAt,
    takeaway: String(state.takeaway ?? ''),
    difficult: String(state.difficult ?? ''),
    focus: String(state.focus ?? ''),
    feelingNote: String(state.feelingNote ?? ''),
    feelingRating: normalizeRating(state.feelingRating),
    feelings: cleanFeelings(state.feelings),
    answers: cleanAnswers(state.answers).map((a) => ({ questionUid: a.questionUid, answer: a.answer })),
  };
}

/** True when none of the written answers (the four, and any extra
 *  question's) has a word in it (the backend's rule for "nothing to save"). */
export function isBlank(state) {
  return TEXT_FIELDS.every((key) => String(state?.[key] ?? '').trim() === '') &&
    cleanAnswers(state?.answers).every((a) => a.answer.trim() === '');
}

/** True when the person has given nothing at all: no words, no rating, no
 *  feeling chosen. The session time doesn't count; it is pre-filled. */
export function isEmpty(state) {
  return isBlank(state) && normalizeRating(state?.feelingRating) === null &&
    cleanFeelings(state?.feelings).length === 0;
}

/** The draft key for a new reflection (id null) or an edit of `id`. */
export function draftKey(id) {
  return id === null || id === undefined ? 'reflection:new' : `reflection:${id}`;
}

/** The words a list shows for a reflection: the first line of the
 *  takeaway, or of the first answer that has one (an extra question's
 *  last), shortened to `max`. */
export function summaryLine(reflection, max = 120) {
  const texts = [
    ...TEXT_FIELDS.map((key) => reflection?.[key]),
    ...cleanAnswers(reflection?.answers).map((a) => a.answer),
  ];
  for (const text of texts) {
    const line = String(text ?? '').split('\n').map((l) => l.trim()).find(Boolean);
    if (line) return line.length > max ? `${line.slice(0, max - 1).trimEnd()}…` : line;
  }
  return '';
}

/** A debounced call with injectable timers: `run()` restarts the wait,
 *  `flush()` runs a waiting call now, `cancel()` forgets it. */
export function debounce(fn, delay, { setTimer = setTimeout, clearTimer = clearTimeout } = {}) {
  let timer = null;
  const fire = () => {
    timer = null;
    return fn();
  };
  return {
    run() {
      if (timer !== null) clearTimer(timer);
      timer = setTimer(fire, delay);
    },
    flush() {
      if (timer === null) return undefined;
      clearTimer(timer);
      return fire();
    },
    cancel() {
      if (timer !== null) clearTimer(timer);
      timer = null;
    },
    get pending() {
      return timer !== null;
    },
  };
}

/** Keeps a draft of the form a moment after each change.
 *
 *  - Saves run one at a time, newest state last, so an older state can
 *    never land after a newer one.
 *  - An untouched, empty form is not saved unless a draft already exists
 *    (then emptying it must be recorded, or the old words would return).
 *    What counts as empty is the form's own rule (`isEmpty`), so check-ins
 *    and notes keep drafts through the same controller.
 *  - `hold()` stops autosaving while the real save runs and waits for any
 *    save in flight, so a late draft can't reappear after the backend
 *    cleared it; `release()` resumes after a failed save; `stop()` ends it.
 */
export class AutosaveController {
  constructor({
    save, delay = 400, setTimer, clearTimer, hasDraft = false, onSaved, onError, isEmpty: empty = isEmpty,
  }) {
    this.save = save;
    this.isEmpty = empty;
    this.hasDraft = hasDraft;
    this.onSaved = onSaved ?? (() => {});
    this.onError = onError ?? (() => {});
    this.pendingState = null;
    this.inflight = Promise.resolve();
    this.held = false;
    this.stopped = false;
    this.timer = debounce(() => this.flush(), delay, { setTimer, clearTimer });
  }

  /** Notes the form's latest state and (re)starts the wait. */
  schedule(state) {
    if (this.stopped) return;
    this.pendingState = state;
    if (!this.held) this.timer.run();
  }

  /** Saves the latest state now, if there is one. Resolves to true when a
   *  draft was saved, false otherwise; never rejects. */
  flush() {
    this.timer.cancel();
    if (this.held || this.stopped || this.pendingState === null) return Promise.resolve(false);
    const state = this.pendingState;
    this.pendingState = null;
    if (!this.hasDraft && this.isEmpty(state)) return Promise.resolve(false);
    const run = this.inflight.then(async () => {
      if (this.stopped) return false;
      try {
        const draft = await this.save(state);
        this.hasDraft = true;
        this.onSaved(draft, state);
        return true;
      } catch (err) {
        this.onError(err, state);
        return false;
      }
    });
    this.inflight = run;
    return run;
  }

  /** Saves anything waiting and resolves once no save is in flight. */
  async drain() {
    this.flush();
    await this.inflight;
  }

  /** Pauses autosave and resolves once no draft save is in flight. */
  async hold() {
    this.held = true;
    this.timer.cancel();
    await this.inflight;
  }

  /** Resumes after `hold()`; a change made meanwhile is saved soon. */
  release() {
    this.held = false;
    if (this.pendingState !== null && !this.stopped) this.timer.run();
  }

  /** Starts over (after "Start fresh"): nothing pending, no draft. */
  reset({ hasDraft = false } = {}) {
    this.timer.cancel();
    this.pendingState = null;
    this.hasDraft = hasDraft;
  }

  /** No more saves, ever (the reflection itself was saved). */
  stop() {
    this.stopped = true;
    this.timer.cancel();
    this.pendingState = null;
  }
}
