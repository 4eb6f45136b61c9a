// Plans as words and payloads: the score line, the week count, the exact
// inputs the four choices send, and the builder's PlanInput. A wrong key
// is refused by the backend; a wrong word can shame someone.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import {
  actionSuggestion, emptyPlanForm, formProblem, formToFrequency, formToPlanInput, planToForm, vagueHints,
  wholeNumber,
} from '../../ui/lib/plan-form.js';
import {
  dayLabel, formatCount, frequencyWords, isoDate, latestUnnotedDay, noteInput, outcomeInput, outcomeWord,
  restoreInput, statusWord, todayLine, weekLine,
} from '../../ui/lib/plans.js';
import { scoreDescription, scorePercent, sparklinePath, trendWord } from '../../ui/lib/sparkline.js';

const history = (...scores) => scores.map((score, i) => ({ date: `2026-11-${String(i + 1).padStart(2, '0')}`, score }));

describe('sparkline path', () => {
  it('draws nothing for no scores and a flat line for one', () => {
    assert.equal(sparklinePath([]), '');
    assert.equal(sparklinePath(undefined), '');
    assert.equal(sparklinePath([0.5], { width: 100, height: 20, pad: 0 }), 'M0 10 L100 10');
  });

  it('spans the box from the first score to the last, 1 at the top', () => {
    assert.equal(sparklinePath([0, 1]), 'M2 30 L118 2');
    assert.equal(sparklinePath([1, 0.5, 0], { width: 20, height: 10, pad: 0 }), 'M0 0 L10 5 L20 10');
  });

  it('keeps the scale fixed at 0..1, so a small dip stays a small dent', () => {
    // Auto-scaled, 0.60 → 0.62 would run from the bottom to the top.
    assert.equal(sparklinePath([0.6, 0.62]), 'M2 13.2 L118 12.6');
  });

  it('clamps scores outside 0..1', () => {
    assert.equal(sparklinePath([-1, 2], { width: 10, height: 10, pad: 0 }), 'M0 10 L10 0');
  });
});

describe('score in words', () => {
  it('reads the score out of 100 with the way it is going', () => {
    const p = { score: 0.62, history: history(0.55, 0.56, 0.57, 0.58, 0.59, 0.6, 0.61, 0.62) };
    assert.equal(scoreDescription(p), 'Score 62 out of 100, rising gently');
  });

  it('compares with about a week ago', () => {
    assert.equal(trendWord(history(0.2, 0.3, 0.4, 0.5, 0.6, 0.6, 0.6, 0.6)), 'rising');
    assert.equal(trendWord(history(0.1, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.51)), 'steady',
      'the oldest days fall out of the comparison');
    assert.equal(trendWord(history(0.7, 0.69, 0.7)), 'steady');
    assert.equal(trendWord(history(0.7)), 'just beginning');
    assert.equal(trendWord([]), 'just beginning');
  });

  it('calls any dip only "a little" — nothing scolds', () => {
    const big = scoreDescription({ score: 0.2, history: history(0.9, 0.6, 0.2) });
    assert.equal(big, 'Score 20 out of 100, dipped a little');
    assert.doesNotMatch(big, /fail|miss|broke|lost|drop/i);
  });

  it('rounds to whole numbers', () => {
    assert.equal(scorePercent(0.625), 63);
    assert.equal(scorePercent(undefined), 0);
    assert.equal(scorePercent(1.3), 100);
  });
});

describe('plan words', () => {
  it('counts the week, halves included', () => {
    assert.equal(weekLine({ done: 4, target: 7 }), 'This week: 4 of 7');
    assert.equal(weekLine({ done: 2.5, target: 3 }), 'This week: 2.5 of 3');
    assert.equal(formatCount(2.3333), '2.3');
  });

  it('says Home\'s today line only when something is due', () => {
    assert.equal(todayLine({ due: 2, done: 1 }), 'Today · 1 of 2 practised');
    assert.equal(todayLine({ due: 1, done: 0 }), 'Today · 0 of 1 practised');
    assert.equal(todayLine({ due: 0, done: 0 }), null);
    assert.equal(todayLine(undefined), null);
  });

  it('names outcomes evenly and statuses calmly', () => {
    assert.deepEqual(['done', 'partly', 'skipped', 'notToday'].map(outcomeWord),
      ['Done', 'Partly', 'Skipped', 'Not today']);
    assert.equal(outcomeWord('other'), '');
    assert.equal(statusWord('paused'), 'Paused');
    assert.equal(statusWord('active'), '');
  });

  it('describes how often', () => {
    assert.equal(frequencyWords({ kind: 'daily' }), 'Every day');
    assert.equal(frequencyWords({ kind: 'weekdays', days: [5, 1, 3] }), 'Mon, Wed and Fri');
    assert.equal(frequencyWords({ kind: 'weekdays', days: [2] }), 'Tue');
    assert.equal(frequencyWords({ kind: 'perWeek', times: 3 }), '3 times a week');
    assert.equal(frequencyWords({ kind: 'perWeek', times: 1 }), 'Once a week');
    assert.equal(frequencyWords({ kind: 'perDay', times: 4 }), '4 times a day');
  });

  it('formats plain dates', () => {
    assert.equal(dayLabel('2026-11-24', 2026), 'Tue 24 Nov');
    assert.equal(dayLabel('2025-12-30', 2026), 'Tue 30 Dec 2025');
    assert.equal(dayLabel('nope'), '');
    assert.equal(isoDate(new Date(2026, 0, 5, 23, 59)), '2026-01-05');
  });
});

const daily = { id: 3, frequency: { kind: 'daily' } };
const thrice = { id: 9, frequency: { kind: 'perDay', times: 3 } };
const log = (over) => ({ planId: 3, day: '2026-11-24', outcome: 'done', count: 1, reason: '', note: '', loggedAt: 'x', ...over });

describe('outcome inputs', () => {
  it('sends exactly the LogInput keys for today', () => {
    const input = outcomeInput({ plan: daily, slots: 1, log: null }, 'done');
    assert.deepEqual(input, { planId: 3, day: null, outcome: 'done', count: null, reason: '', note: '' });
  });

  it('keeps the note already written when the choice changes', () => {
    const input = outcomeInput({ plan: daily, slots: 1, log: log({ outcome: 'partly', note: 'rushed' }) }, 'notToday');
    assert.equal(input.note, 'rushed');
    assert.equal(input.outcome, 'notToday');
  });

  it('sends a trimmed reason only with skipped', () => {
    const item = { plan: daily, slots: 1, log: null };
    assert.equal(outcomeInput(item, 'skipped', { reason: '  too tired ' }).reason, 'too tired');
    assert.equal(outcomeInput(item, 'done', { reason: 'ignored' }).reason, '');
  });

  it('adds one more on Done for a plan done several times a day, up to the slots', () => {
    assert.equal(outcomeInput({ plan: thrice, slots: 3, log: null }, 'done').count, 1);
    assert.equal(outcomeInput({ plan: thrice, slots: 3, log: log({ planId: 9, count: 2 }) }, 'done').count, 3);
    assert.equal(outcomeInput({ plan: thrice, slots: 3, log: log({ planId: 9, count: 3 }) }, 'done'), null);
    assert.equal(outcomeInput({ plan: thrice, slots: 3, log: log({ outcome: 'partly', count: 3 }) }, 'done').count, 3);
    assert.equal(outcomeInput({ plan: thrice, slots: 3, log: log({ outcome: 'notToday', count: 0 }) }, 'done').count, 1,
      'a day marked "not today" starts counting afresh');
    assert.equal(outcomeInput({ plan: thrice, slots: 3, log: log({ count: 2 }) }, 'partly').count, 2);
  });

  it('puts a day back exactly, or with a new note', () => {
    const old = log({ outcome: 'skipped', reason: 'ill', note: 'rest', count: 0 });
    assert.deepEqual(restoreInput(old),
      { planId: 3, day: '2026-11-24', outcome: 'skipped', count: 0, reason: 'ill', note: 'rest' });
    assert.deepEqual(noteInput(old, 'slept'),
      { planId: 3, day: '2026-11-24', outcome: 'skipped', count: 0, reason: 'ill', note: 'slept' });
  });
});

describe('plan builder input', () => {
  const KEYS = ['action', 'amount', 'cue', 'cueTime', 'endDate', 'frequency', 'fromReflectionId',
    'practice', 'startDate', 'unit'];

  it('sends exactly the ten PlanInput keys', () => {
    const input = formToPlanInput(emptyPlanForm('2026-11-24', 'breathe'));
    assert.deepEqual(Object.keys(input).sort(), KEYS);
    assert.deepEqual(input, {
      action: 'breathe', amount: null, unit: null, frequency: { kind: 'daily' }, cue: '',
      cueTime: null, startDate: '2026-11-24', endDate: null, practice: null, fromReflectionId: null,
    });
  });

  it('fills amount, unit, cue, time, dates, practice and the reflection it came from', () => {
    const form = {
      ...emptyPlanForm('2026-11-24'), action: '  practise deep breathing ', amount: '3', unit: 'minutes',
      cue: ' after I brush my teeth ', cueTime: '07:30', endDate: '2026-12-24', practice: 'box',
    };
    assert.deepEqual(formToPlanInput(form, { fromReflectionId: 12 }), {
      action: 'practise deep breathing', amount: 3, unit: 'minutes', frequency: { kind: 'daily' },
      cue: 'after I brush my teeth', cueTime: '07:30', startDate: '2026-11-24', endDate: '2026-12-24',
      practice: 'box', fromReflectionId: 12,
    });
    assert.equal(formToPlanInput({ ...form, startDate: '' }).startDate, null, 'an empty start is today');
    assert.equal(formToPlanInput({ ...form, practice: 'nonsense' }).practice, null);
  });

  it('builds each kind of frequency', () => {
    const f = (over) => formToFrequency({ ...emptyPlanForm('2026-11-24'), ...over });
    assert.deepEqual(f({ often: 'weekdays', days: [5, 1, 5, 3] }), { kind: 'weekdays', days: [1, 3, 5] });
    assert.deepEqual(f({ often: 'perWeek', perWeek: '4' }), { kind: 'perWeek', times: 4 });
    assert.deepEqual(f({ often: 'perWeek', perWeek: '12' }), { kind: 'perWeek', times: 7 });
    assert.deepEqual(f({ often: 'perDay', perDay: '1' }), { kind: 'perDay', times: 2 });
    assert.deepEqual(f({ often: 'perDay', perDay: '6' }), { kind: 'perDay', times: 6 });
    assert.deepEqual(f({ often: 'daily', days: [1] }), { kind: 'daily' });
  });

  it('round-trips a saved plan through the form', () => {
    const plan = {
      id: 4, action: 'walk', amount: 10, unit: 'times', frequency: { kind: 'weekdays', days: [2, 4] },
      cue: 'after lunch', cueTime: '13:00', startDate: '2026-11-01', endDate: null, practice: 'grounding',
      fromReflectionId: 7, status: 'active', sentence: 'I will walk…', createdAt: 'x', updatedAt: 'x',
    };
    const input = formToPlanInput(planToForm(plan), { fromReflectionId: plan.fromReflectionId });
    for (const key of KEYS) assert.deepEqual(input[key], plan[key], key);
    assert.deepEqual(planToForm({ ...plan, frequency: { kind: 'perDay', times: 5 } }).perDay, '5');
  });

  it('only sends whole numbers as the amount', () => {
    assert.equal(wholeNumber(' 12 '), 12);
    assert.equal(wholeNumber('2.5'), null);
    assert.equal(wholeNumber('-1'), null);
    assert.equal(wholeNumber(''), null);
  });

  it('names the one field that needs a look, kindly', () => {
    const ok = { ...emptyPlanForm('2026-11-24'), action: 'breathe' };
    assert.equal(formProblem(ok), null);
    assert.equal(formProblem({ ...ok, action: '  ' }).field, 'plan-action');
    assert.equal(formProblem({ ...ok, amount: '2.5' }).field, 'plan-amount');
    assert.equal(formProblem({ ...ok, often: 'weekdays', days: [] }).field, 'day-1');
    assert.equal(formProblem({ ...ok, often: 'weekdays', days: [3] }), null);
    assert.equal(formProblem({ ...ok, often: 'perWeek', perWeek: '9' }).field, 'plan-per-week');
    assert.equal(formProblem({ ...ok, often: 'perDay', perDay: '1' }).field, 'plan-per-day');
    assert.equal(formProblem({ ...ok, often: 'perWeek', perWeek: '9' }).message, 'Choose between 1 and 7 times a week.');
  });

  it('sends a usual time typed as 1700 or 5pm as HH:MM, and explains one it can\'t read', () => {
    const ok = { ...emptyPlanForm('2026-11-24'), action: 'breathe' };
    assert.equal(formToPlanInput({ ...ok, cueTime: '1700' }).cueTime, '17:00');
    assert.equal(formToPlanInput({ ...ok, cueTime: '5:30 pm' }).cueTime, '17:30');
    assert.equal(formToPlanInput({ ...ok, cueTime: '' }).cueTime, null);
    assert.deepEqual(formProblem({ ...ok, cueTime: 'after tea' }), {
      field: 'plan-cue-time', message: '"after tea" doesn\'t read as a time. Like 17:00, 1700 or 5pm.',
    });
    assert.equal(formProblem({ ...ok, cueTime: '7am' }), null);
  });
});

describe('how the action reads', () => {
  it('offers a verb when the action starts with a thing, keeping the person\'s words', () => {
    const cases = {
      'box breathing before I open work email': 'practise box breathing before I open work email',
      'Box breathing': 'practise box breathing',
      'I will box breathing': 'practise box breathing',
      mindfulness: 'practise mindfulness',
      '5-4-3-2-1 grounding': 'practise 5-4-3-2-1 grounding',
      'Three slow breaths before I answer an email': 'take three slow breaths before I answer an email',
      'a walk after lunch': 'take a walk after lunch',
      'a body scan': 'do a body scan',
    };
    for (const [action, suggestion] of Object.entries(cases)) assert.equal(actionSuggestion(action), suggestion, action);
  });

  it('leaves an action that starts with a verb, or an unknown word, as it is', () => {
    for (const action of ['notice the should voice', 'Stretch my shoulders', 'breathe slowly', 'slowly breathe',
      'should breathe more', 'not check email in bed', 'TV-free evenings', '']) {
      assert.equal(actionSuggestion(action), null, action);
    }
  });

  it('hints gently at vague words in the action or cue, never at concrete ones', () => {
    const hints = (action, cue = '') => vagueHints({ action, cue });
    assert.match(hints('breathe slowly when I can')[0], /"when I can"/);
    assert.match(hints('breathe', 'sometimes')[0], /"sometimes"/);
    assert.match(hints('try breathing slowly')[0], /"try"/);
    assert.deepEqual(hints('try to breathe slowly'), [], '"try to" is the backend\'s hint already');
    assert.deepEqual(hints('walk for ten minutes', 'after lunch'), []);
    assert.deepEqual(hints('practise slow breathing', 'every morning'), [], '"every" is not "whenever"');
  });
});

describe('the earlier day offered first', () => {
  const daily = { startDate: '2026-11-01', frequency: { kind: 'daily' } };

  it('is the latest day before today with nothing noted', () => {
    assert.equal(latestUnnotedDay(daily, new Set(), '2026-11-24'), '2026-11-23');
    assert.equal(latestUnnotedDay(daily, new Set(['2026-11-24', '2026-11-23', '2026-11-22']), '2026-11-24'), '2026-11-21');
  });

  it('prefers a day the plan asks for', () => {
    const monWed = { startDate: '2026-11-01', frequency: { kind: 'weekdays', days: [1, 3] } };
    // Mon 23 Nov is noted; Sun 22 … Thu 19 aren't asked for; Wed 18 is.
    assert.equal(latestUnnotedDay(monWed, new Set(['2026-11-23']), '2026-11-24'), '2026-11-18');
  });

  it('is today for a plan begun today, and nothing once today is noted too', () => {
    const fresh = { startDate: '2026-11-24', frequency: { kind: 'daily' } };
    assert.equal(latestUnnotedDay(fresh, new Set(), '2026-11-24'), '2026-11-24');
    assert.equal(latestUnnotedDay(fresh, new Set(['2026-11-24']), '2026-11-24'), null);
    assert.equal(latestUnnotedDay({ ...fresh, startDate: '2026-12-01' }, new Set(), '2026-11-24'), null,
      'a plan not begun yet has no day to note');
  });
});
