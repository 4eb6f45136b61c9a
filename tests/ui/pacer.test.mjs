// The breathing guide's clock: if this is wrong, the circle and the words
// tell someone to breathe in while they should be breathing out.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import {
  CYCLE_CHOICES, PATTERNS, countText, countsLabel, cycleSeconds, formatClock, normalizeCounts, pacerState,
  sessionSeconds, totalCycles,
} from '../../ui/lib/pacer.js';

const BOX = PATTERNS.box.counts;
const FOUR_SEVEN_EIGHT = PATTERNS[478].counts;
const at = (counts, ms, minutes = 3) => pacerState(counts, minutes, ms);

describe('pacer phases', () => {
  it('walks box breathing through in, hold, out, hold, 4 s each', () => {
    const cases = [
      [0, 'in', 1, 4, 1], [3999, 'in', 4, 1, 1],
      [4000, 'holdIn', 1, 4, 1], [8000, 'out', 1, 4, 1], [12000, 'holdOut', 1, 4, 1],
      [15999, 'holdOut', 4, 1, 1], [16000, 'in', 1, 4, 2], [33000, 'in', 2, 3, 3],
    ];
    for (const [ms, phase, second, left, cycle] of cases) {
      const s = at(BOX, ms);
      assert.equal(s.phase, phase, `${ms} ms`);
      assert.equal(s.secondInPhase, second, `${ms} ms second`);
      assert.equal(s.secondsLeft, left, `${ms} ms left`);
      assert.equal(s.cycle, cycle, `${ms} ms cycle`);
      assert.equal(s.done, false);
    }
  });

  it('names each phase in plain words', () => {
    assert.equal(at(BOX, 0).word, 'Breathe in');
    assert.equal(at(BOX, 5000).word, 'Hold');
    assert.equal(at(BOX, 9000).word, 'Breathe out');
  });

  it('4-7-8 holds after breathing in and passes over the empty hold', () => {
    assert.equal(at(FOUR_SEVEN_EIGHT, 4000).phase, 'holdIn');
    assert.equal(at(FOUR_SEVEN_EIGHT, 10999).phase, 'holdIn');
    assert.equal(at(FOUR_SEVEN_EIGHT, 11000).phase, 'out');
    assert.equal(at(FOUR_SEVEN_EIGHT, 11000).secondsLeft, 8);
    assert.equal(at(FOUR_SEVEN_EIGHT, 18999).phase, 'out');
    const next = at(FOUR_SEVEN_EIGHT, 19000);
    assert.equal(next.phase, 'in');
    assert.equal(next.cycle, 2);
    for (let ms = 0; ms < 19000 * 3; ms += 250) {
      assert.notEqual(at(FOUR_SEVEN_EIGHT, ms).phase, 'holdOut', `${ms} ms`);
    }
  });

  it('custom counts with no holds go straight from in to out', () => {
    assert.equal(at([3, 0, 5, 0], 2999).phase, 'in');
    assert.equal(at([3, 0, 5, 0], 3000).phase, 'out');
    assert.equal(at([3, 0, 5, 0], 8000).phase, 'in');
  });
});

describe('pacer patterns', () => {
  it('offers a longer out-breath with no holds at all: 4 in, 6 out', () => {
    const p = PATTERNS.longOut;
    assert.equal(p.name, 'Longer out-breath');
    assert.deepEqual(p.counts, [4, 0, 6, 0]);
    assert.match(p.how, /No holding your breath/);
    // 0–3999 ms in, 4000–9999 ms out, then in again: never a hold.
    assert.equal(at(p.counts, 3999).phase, 'in');
    assert.equal(at(p.counts, 4000).phase, 'out');
    assert.equal(at(p.counts, 4000).secondsLeft, 6);
    assert.equal(at(p.counts, 10000).phase, 'in');
    assert.equal(at(p.counts, 10000).cycle, 2);
    for (let ms = 0; ms < 10000 * 4; ms += 250) {
      assert.ok(!at(p.counts, ms).phase.startsWith('hold'), `${ms} ms`);
    }
  });

  it('says how to breathe each one; 4-7-8 in through the nose, out through the mouth', () => {
    assert.equal(PATTERNS[478].how,
      'In quietly through your nose for 4, hold for 7, then out through your mouth for 8, with a soft whoosh.');
    assert.equal(PATTERNS[478].why, 'Four breaths is plenty to start: more can make you light-headed at first.');
    assert.equal(PATTERNS.box.how, 'Breathe in for 4, hold for 4, breathe out for 4, hold for 4.');
    for (const [key, p] of Object.entries(PATTERNS)) assert.ok(p.how, `${key} says how`);
  });

  it('counts 4-7-8 in breaths, four by default', () => {
    assert.equal(PATTERNS[478].cycles, 4);
    assert.deepEqual(CYCLE_CHOICES, [4, 8]);
    // Four breaths of 4 + 7 + 8 = 19 s: 76 s, whatever minutes would say.
    assert.equal(totalCycles(FOUR_SEVEN_EIGHT, { cycles: 4 }), 4);
    assert.equal(sessionSeconds(FOUR_SEVEN_EIGHT, { cycles: 4 }), 76);
    assert.equal(totalCycles(FOUR_SEVEN_EIGHT, { cycles: 0 }), 1, 'never less than one breath');
    const s = pacerState(FOUR_SEVEN_EIGHT, { cycles: 4 }, 57000); // 3 × 19 s: the fourth breath begins
    assert.equal(s.cycle, 4);
    assert.equal(s.cycles, 4);
    assert.equal(s.phase, 'in');
    assert.equal(pacerState(FOUR_SEVEN_EIGHT, { cycles: 4 }, 75999).done, false);
    assert.equal(pacerState(FOUR_SEVEN_EIGHT, { cycles: 4 }, 76000).done, true);
    assert.equal(totalCycles(BOX, { minutes: 1 }), totalCycles(BOX, 1), 'minutes either way');
  });
});

describe('pacer session length', () => {
  it('fills the minutes with whole cycles', () => {
    assert.equal(cycleSeconds(BOX), 16);
    assert.equal(totalCycles(BOX, 1), 4); // 60 / 16 = 3.75
    assert.equal(totalCycles(BOX, 5), 19); // 300 / 16 = 18.75
    assert.equal(totalCycles(FOUR_SEVEN_EIGHT, 1), 3); // 60 / 19 = 3.2
    assert.equal(totalCycles([10, 10, 10, 10], 1), 2); // 60 / 40 = 1.5 rounds up
    assert.equal(totalCycles([10, 10, 10, 10], 0.1), 1, 'never less than one breath');
    assert.equal(sessionSeconds(BOX, 1), 64);
  });

  it('ends exactly after the last cycle, counting down the time left', () => {
    assert.equal(at(BOX, 0, 1).remainingSeconds, 64);
    assert.equal(at(BOX, 1500, 1).remainingSeconds, 63);
    assert.equal(at(BOX, 63999, 1).done, false);
    assert.equal(at(BOX, 63999, 1).cycle, 4);
    const end = at(BOX, 64000, 1);
    assert.equal(end.done, true);
    assert.equal(end.remainingSeconds, 0);
    assert.equal(at(BOX, 10 ** 9, 1).done, true);
  });

  it('treats nonsense elapsed time as the start', () => {
    assert.equal(at(BOX, -50).phase, 'in');
    assert.equal(at(BOX, Number.NaN).cycle, 1);
  });
});

describe('pacer counts and words', () => {
  it('keeps counts whole, 1..10 for breathing, 0..10 for holds', () => {
    assert.deepEqual(normalizeCounts([0, -1, 20, 'x']), [1, 0, 10, 0]);
    assert.deepEqual(normalizeCounts(['4', '2.6', 6, '']), [4, 3, 6, 0]);
    assert.deepEqual(normalizeCounts(undefined), [1, 0, 1, 0]);
    assert.equal(countsLabel([4, 7, 8, 0]), '4-7-8-0');
  });

  it('counts in words for reduced motion', () => {
    assert.equal(countText('Breathe in', 1, 4), 'Breathe in…');
    assert.equal(countText('Breathe in', 3, 4), 'Breathe in… 2… 3…');
    assert.equal(countText('Breathe in', 4, 4), 'Breathe in… 2… 3… 4');
    assert.equal(countText('Hold', 1, 1), 'Hold…');
    assert.equal(countText('Hold', 9, 7), 'Hold… 2… 3… 4… 5… 6… 7', 'never counts past the phase');
  });

  it('formats the time left as m:ss', () => {
    assert.equal(formatClock(75), '1:15');
    assert.equal(formatClock(5), '0:05');
    assert.equal(formatClock(0), '0:00');
    assert.equal(formatClock(-3), '0:00');
  });
});
