// The breathing guide's clock, as arithmetic. Given a pattern of four
// counts (in, hold, out, hold, in seconds), a length (minutes, or a number
// of breaths) and the time since the start, it says which phase we are in,
// how long is left of it, and which cycle this is. The view only draws what this module says, so the timing can be
// tested without waiting for real seconds to pass.

import { t } from './i18n.js';

const PHASES = ['in', 'holdIn', 'out', 'holdOut'];

/** The message for each phase's word ("Breathe in", "Hold", …), which is
 *  shown, announced to screen readers, and labels the counts' fields. */
const PHASE_WORDS = {
  in: 'practice-pacer-in',
  holdIn: 'practice-pacer-hold',
  out: 'practice-pacer-out',
  holdOut: 'practice-pacer-hold',
};

/** The word for a phase ('in', 'holdIn', 'out', 'holdOut') in the language
 *  in use. */
export const phaseWord = (phase) => t(PHASE_WORDS[phase]);

/** The named patterns, in the order they are offered. Box breathing evens
 *  every side; 4-7-8 lengthens the out-breath, which is what slows the
 *  heart; "Longer out-breath" does the same with no holding at all, for
 *  anyone who finds holding the breath hard (it can feel like air hunger
 *  in panic). Each has `how`, one line on how to breathe it. 4-7-8 is
 *  counted in breaths, not minutes (`cycles`, four by default): more can
 *  make you light-headed at first. */
export const PATTERNS = {
  box: {
    get name() { return t('practice-pattern-box'); },
    counts: [4, 4, 4, 4],
    get how() { return t('practice-pattern-box-how'); },
  },
  478: {
    get name() { return t('practice-pattern-478'); },
    counts: [4, 7, 8, 0],
    cycles: 4,
    get how() { return t('practice-pattern-478-how'); },
    get why() { return t('practice-pattern-478-why'); },
  },
  longOut: {
    get name() { return t('practice-pattern-long-out'); },
    counts: [4, 0, 6, 0],
    get how() { return t('practice-pattern-long-out-how'); },
  },
  custom: {
    get name() { return t('practice-pattern-custom'); },
    counts: [4, 2, 6, 0],
    get how() { return t('practice-pattern-custom-how'); },
  },
};

/** How many breaths a 4-7-8 session can have; the pattern's own `cycles`
 *  (4) is the default. */
export const CYCLE_CHOICES = [4, 8];

/** Minutes a session can last. */
export const DURATIONS = [1, 2, 3, 5];

export const MAX_COUNT = 10;

function clampCount(value, min) {
  const n = Math.round(Number(value));
  if (!Number.isFinite(n)) return min;
  return Math.min(MAX_COUNT, Math.max(min, n));
}

/** Four whole seconds: breathing in and out last at least 1, the holds
 *  may be 0 (skipped), nothing longer than 10. */
export function normalizeCounts(counts) {
  const c = Array.isArray(counts) ? counts : [];
  return [clampCount(c[0], 1), clampCount(c[1], 0), clampCount(c[2], 1), clampCount(c[3], 0)];
}

export const cycleSeconds = (counts) => normalizeCounts(counts).reduce((a, b) => a + b, 0);

/** Whole cycles for a session `length`: a number of minutes (or
 *  `{ minutes }`), filled with whole cycles so a session always ends at the
 *  end of a breath, never half-way through one; or `{ cycles }`, exactly
 *  that many breaths (as 4-7-8 is counted). */
export function totalCycles(counts, length) {
  if (length && typeof length === 'object' && length.cycles !== undefined) {
    const n = Math.round(Number(length.cycles));
    return Number.isFinite(n) ? Math.max(1, n) : 1;
  }
  const minutes = length && typeof length === 'object' ? length.minutes : length;
  const cycle = cycleSeconds(counts);
  return Math.max(1, Math.round((Number(minutes) * 60) / cycle));
}

/** How long the session really lasts, in seconds. */
export const sessionSeconds = (counts, length) => totalCycles(counts, length) * cycleSeconds(counts);

/** Where the guide is `elapsedMs` after the start of a session of
 *  `length` (minutes, or `{ cycles }`; see totalCycles): { phase, word,
 *  index (0..3), phaseSeconds, secondInPhase (1-based), secondsLeft (in
 *  the phase, counted up), cycle (1-based), cycles, remainingSeconds (of
 *  the session), done }. Zero-length holds are passed over, never shown. */
export function pacerState(counts, length, elapsedMs) {
  const c = normalizeCounts(counts);
  const cycles = totalCycles(c, length);
  const cycleMs = cycleSeconds(c) * 1000;
  const totalMs = cycles * cycleMs;
  const elapsed = Math.max(0, Number(elapsedMs) || 0);
  const remainingSeconds = Math.max(0, Math.ceil((totalMs - elapsed) / 1000));
  if (elapsed >= totalMs) {
    return {
      phase: 'out', word: phaseWord('out'), index: 2, phaseSeconds: c[2], secondInPhase: c[2],
      secondsLeft: 0, cycle: cycles, cycles, remainingSeconds: 0, done: true,
    };
  }
  const cycle = Math.floor(elapsed / cycleMs) + 1;
  let within = elapsed - (cycle - 1) * cycleMs;
  let index = 0;
  while (within >= c[index] * 1000) {
    within -= c[index] * 1000;
    index += 1;
  }
  const phase = PHASES[index];
  const phaseSeconds = c[index];
  const secondInPhase = Math.floor(within / 1000) + 1;
  return {
    phase,
    word: phaseWord(phase),
    index,
    phaseSeconds,
    secondInPhase,
    secondsLeft: phaseSeconds - secondInPhase + 1,
    cycle,
    cycles,
    remainingSeconds,
    done: false,
  };
}

/** The guide in words, for when nothing on screen moves: "Breathe in…",
 *  then "Breathe in… 2…", up to "Breathe in… 2… 3… 4". */
export function countText(word, secondInPhase, phaseSeconds) {
  const upTo = Math.min(Math.max(1, secondInPhase), phaseSeconds);
  let text = `${word}…`;
  for (let n = 2; n <= upTo; n += 1) text += ` ${n}…`;
  return upTo === phaseSeconds && upTo > 1 ? text.slice(0, -1) : text;
}

/** 75 → "1:15". */
export function formatClock(seconds) {
  const s = Math.max(0, Math.round(Number(seconds) || 0));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** "4-4-4-4" for a pattern's counts. */
export const countsLabel = (counts) => normalizeCounts(counts).join('-');
