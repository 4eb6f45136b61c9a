import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import {
  AutosaveController, cleanAnswers, cleanFeelings, debounce, draftKey, emptyState, formToInput, isBlank,
  isEmpty, normalizeState, reflectionToState, summaryLine, withQuestions,
} from '../../ui/lib/reflection-form.js';

/** Timers the test moves by hand. */
function fakeTimers() {
  let now = 0;
  let next = 1;
  const pending = new Map();
  return {
    setTimer(fn, ms) {
      const id = next++;
      pending.set(id, { at: now + ms, fn });
      return id;
    },
    clearTimer(id) { pending.delete(id); },
    advance(ms) {
      now += ms;
      for (const [id, t] of [...pending].sort((a, b) => a[1].at - b[1].at)) {
        if (t.at <= now && pending.has(id)) {
          pending.delete(id);
          t.fn();
        }
      }
    },
    get count() { return pending.size; },
  };
}

const tick = () => new Promise((r) => setImmediate(r));

const filled = (over = {}) => ({ ...emptyState(new Date(2026, 10, 24, 17, 50)), ...over });

describe('formToInput', () => {
  it('builds exactly the eight ReflectionInput keys', () => {
    const state = {
      ...filled({ takeaway: 'Be gentle', focus: 'Breathe', feelingRating: 7, feelings: ['calm'] }),
      extra: 'not for the backend',
    };
    assert.deepEqual(formToInput(state, { offsetMinutes: 60 }), {
      sessionAt: '2026-11-24T17:50:00+01:00',
      takeaway: 'Be gentle',
      difficult: '',
      focus: 'Breathe',
      feelingNote: '',
      feelingRating: 7,
      feelings: ['calm'],
      answers: [],
    });
  });

  it('sends every extra question shown, answered or not, as {questionUid, answer} only', () => {
    const state = filled({
      answers: [
        { questionUid: 'q1', question: 'What did you notice?', from: 'Ana Weber', answer: '  my shoulders ' },
        { questionUid: 'q2', question: 'Anything else?', from: '', answer: '' },
        { question: 'no uid', answer: 'x' },
      ],
    });
    assert.deepEqual(formToInput(state).answers, [
      { questionUid: 'q1', answer: '  my shoulders ' },
      { questionUid: 'q2', answer: '' },
    ]);
    assert.deepEqual(formToInput({ ...filled(), answers: undefined }).answers, []);
  });

  it('sends an untouched rating as null and a numeric string as a number', () => {
    assert.equal(formToInput(filled()).feelingRating, null);
    assert.equal(formToInput(filled({ feelingRating: '3' })).feelingRating, 3);
    assert.equal(formToInput(filled({ feelingRating: 0 })).feelingRating, null);
    assert.equal(formToInput(filled({ feelingRating: 11 })).feelingRating, null);
    assert.equal(formToInput(filled({ feelingRating: 4.5 })).feelingRating, null);
  });

  it('sends a cleared session time as null (= now)', () => {
    assert.equal(formToInput(filled({ sessionAt: '' })).sessionAt, null);
  });

  it('drops blank and repeated feeling words, keeping the first spelling', () => {
    const input = formToInput(filled({ feelings: [' Calm ', 'calm', '', 'raw', 'RAW', 42] }));
    assert.deepEqual(input.feelings, ['Calm', 'raw']);
  });

  it('keeps words exactly as typed (the backend trims)', () => {
    assert.equal(formToInput(filled({ takeaway: '  line one\nline two ' })).takeaway, '  line one\nline two ');
  });

  it('keeps the original offset when an edit leaves the time alone', () => {
    const original = '2026-11-24T17:50:00-05:00'; // written while travelling
    const state = filled({ sessionAt: '2026-11-24T17:50' });
    assert.equal(formToInput(state, { originalSessionAt: original, offsetMinutes: 60 }).sessionAt, original);
    const moved = filled({ sessionAt: '2026-11-24T18:00' });
    assert.equal(formToInput(moved, { originalSessionAt: original, offsetMinutes: 60 }).sessionAt,
      '2026-11-24T18:00:00+01:00');
  });
});

describe('blank and empty', () => {
  it('is blank when all four answers are only whitespace', () => {
    assert.equal(isBlank(filled({ takeaway: '  \n\t', feelingRating: 5, feelings: ['calm'] })), true);
    for (const key of ['takeaway', 'difficult', 'focus', 'feelingNote']) {
      assert.equal(isBlank(filled({ [key]: 'x' })), false, key);
    }
  });

  it('counts an extra question’s answer as words, and its empty box as none', () => {
    const answer = (text) => ({ questionUid: 'q1', question: 'What did you notice?', from: '', answer: text });
    assert.equal(isBlank(filled({ answers: [answer(' \n ')] })), true);
    assert.equal(isEmpty(filled({ answers: [answer('')] })), true);
    assert.equal(isBlank(filled({ answers: [answer(''), { ...answer('tight chest'), questionUid: 'q2' }] })), false);
    assert.equal(isEmpty(filled({ answers: [answer('tight chest')] })), false);
  });

  it('is empty only with no words, no rating and no feeling chosen', () => {
    assert.equal(isEmpty(filled()), true);
    assert.equal(isEmpty(filled({ feelingRating: 2 })), false);
    assert.equal(isEmpty(filled({ feelings: ['tired'] })), false);
    assert.equal(isEmpty(filled({ focus: 'rest' })), false);
  });

  it('makes an empty state at the given time', () => {
    assert.deepEqual(emptyState(new Date(2026, 0, 5, 9, 7)), {
      sessionAt: '2026-01-05T09:07', takeaway: '', difficult: '', focus: '', feelingNote: '',
      feelingRating: null, feelings: [], answers: [],
    });
  });
});

describe('restoring state', () => {
  it('keeps every string from a draft and repairs the rest', () => {
    const state = normalizeState({
      sessionAt: '2026-11-24T17:50', takeaway: 'kept', difficult: 5, focus: null,
      feelingNote: 'note', feelingRating: 'high', feelings: 'calm', unknown: 'dropped',
    }, new Date(2026, 0, 1));
    assert.deepEqual(state, {
      sessionAt: '2026-11-24T17:50', takeaway: 'kept', difficult: '', focus: '',
      feelingNote: 'note', feelingRating: null, feelings: [], answers: [],
    });
  });

  it('keeps a draft’s extra answers in order, dropping malformed ones and keeping every word', () => {
    const state = normalizeState({
      answers: [
        { questionUid: 'q1', question: 'What did you notice?', from: 'Ana Weber', answer: 'my shoulders' },
        'oops', null, 7, { question: 'no uid', answer: 'lost' }, { questionUid: '', answer: 'x' },
        { questionUid: 'q2', question: 3, from: null, answer: ' kept as typed ', extra: 'dropped' },
        { questionUid: 'q1', question: 'again', answer: 'a repeat' },
        { questionUid: 'q3' },
      ],
    }, new Date(2026, 0, 1));
    assert.deepEqual(state.answers, [
      { questionUid: 'q1', question: 'What did you notice?', from: 'Ana Weber', answer: 'my shoulders' },
      { questionUid: 'q2', question: '', from: '', answer: ' kept as typed ' },
      { questionUid: 'q3', question: '', from: '', answer: '' },
    ]);
    assert.deepEqual(normalizeState({ answers: 'nope' }).answers, []);
    assert.deepEqual(normalizeState({ takeaway: 'an older draft' }).answers, []);
    assert.deepEqual(cleanAnswers(undefined), []);
  });

  it('treats a non-object draft body as an empty form', () => {
    assert.equal(normalizeState('oops', new Date(2026, 0, 1)).takeaway, '');
  });

  it('turns a saved reflection into form state', () => {
    const state = reflectionToState({
      id: 3, sessionAt: '2026-11-24T17:50:00+01:00', takeaway: 't', difficult: 'd', focus: 'f',
      feelingNote: 'n', feelingRating: 6, feelings: ['calm'], createdAt: 'x', updatedAt: 'y',
      answers: [{ questionUid: 'q1', question: 'What did you notice?', from: 'Ana Weber', answer: 'my jaw' }],
    });
    assert.deepEqual(state, {
      sessionAt: '2026-11-24T17:50', takeaway: 't', difficult: 'd', focus: 'f',
      feelingNote: 'n', feelingRating: 6, feelings: ['calm'],
      answers: [{ questionUid: 'q1', question: 'What did you notice?', from: 'Ana Weber', answer: 'my jaw' }],
    });
    assert.deepEqual(reflectionToState({ sessionAt: '2026-11-24T17:50:00+01:00' }).answers, [],
      'a reflection from before extra questions');
  });

  it('names drafts by what they will become', () => {
    assert.equal(draftKey(null), 'reflection:new');
    assert.equal(draftKey(undefined), 'reflection:new');
    assert.equal(draftKey(42), 'reflection:42');
  });

  it('cleans feeling lists', () => {
    assert.deepEqual(cleanFeelings(undefined), []);
    assert.deepEqual(cleanFeelings(['a', 'A ', 'b']), ['a', 'b']);
  });
});

describe('withQuestions', () => {
  const Q1 = { id: 1, uid: 'q1', text: 'What did you notice in your body?', from: 'Ana Weber', createdAt: 'x' };
  const Q2 = { id: 2, uid: 'q2', text: 'What would you like to bring next time?', from: '', createdAt: 'y' };
  const blank = (q) => ({ questionUid: q.uid, question: q.text, from: q.from, answer: '' });

  it('asks a new reflection every active question, in order, unanswered', () => {
    const state = withQuestions(filled(), [Q1, Q2]);
    assert.deepEqual(state.answers, [blank(Q1), blank(Q2)]);
    assert.equal(state.takeaway, '', 'the rest of the state as it was');
    assert.deepEqual(withQuestions(filled(), []).answers, []);
    assert.deepEqual(withQuestions(filled(), null).answers, [], 'questions that could not be read: none');
  });

  it('keeps the state’s own answers first, then the active questions not among them', () => {
    const own = { questionUid: 'q2', question: 'What would you like to bring next time?', from: '', answer: 'sleep' };
    const old = { questionUid: 'q0', question: 'A question stopped since', from: 'Ana Weber', answer: 'still mine' };
    const state = withQuestions(filled({ answers: [old, own] }), [Q1, Q2]);
    assert.deepEqual(state.answers, [old, own, blank(Q1)]);
  });

  it('keeps the words a question was asked in, even if a later list words it differently', () => {
    const own = { questionUid: 'q1', question: 'As asked then', from: 'Ana', answer: 'my jaw' };
    assert.deepEqual(withQuestions(filled({ answers: [own] }), [Q1]).answers, [own]);
  });

  it('does not ask again a stopped question whose box was left empty', () => {
    const empty = { questionUid: 'q0', question: 'A question stopped since', from: '', answer: '  ' };
    assert.deepEqual(withQuestions(filled({ answers: [empty] }), [Q1]).answers, [blank(Q1)]);
  });

  it('gives a draft’s entry that lost its words the active question’s', () => {
    const bare = { questionUid: 'q1', question: '', from: '', answer: 'tight' };
    assert.deepEqual(withQuestions(filled({ answers: [bare] }), [Q1]).answers, [{ ...blank(Q1), answer: 'tight' }]);
  });
});

describe('summaryLine', () => {
  it('uses the first non-empty line of the takeaway', () => {
    assert.equal(summaryLine({ takeaway: '\n  First thought\nsecond' }), 'First thought');
  });

  it('falls back to the next answer that has words', () => {
    assert.equal(summaryLine({ takeaway: ' ', difficult: '', focus: 'Notice the should voice' }),
      'Notice the should voice');
    assert.equal(summaryLine({ takeaway: '', feelingNote: 'tired' }), 'tired');
    assert.equal(summaryLine({}), '');
    assert.equal(summaryLine({
      takeaway: '', answers: [{ questionUid: 'q1', question: 'What did you notice?', answer: '\nMy shoulders\n' }],
    }), 'My shoulders', 'an extra question’s answer, last');
    assert.equal(summaryLine({ focus: 'rest', answers: [{ questionUid: 'q1', answer: 'later' }] }), 'rest');
  });

  it('shortens long lines with an ellipsis', () => {
    const line = summaryLine({ takeaway: 'a'.repeat(300) }, 20);
    assert.equal(line.length, 20);
    assert.ok(line.endsWith('…'));
  });
});

describe('debounce', () => {
  it('runs once after the last call', () => {
    const t = fakeTimers();
    let runs = 0;
    const d = debounce(() => { runs += 1; }, 400, t);
    d.run(); t.advance(300); d.run(); t.advance(300);
    assert.equal(runs, 0);
    t.advance(100);
    assert.equal(runs, 1);
  });

  it('flushes now or cancels', () => {
    const t = fakeTimers();
    let runs = 0;
    const d = debounce(() => { runs += 1; }, 400, t);
    d.run(); d.flush();
    assert.equal(runs, 1);
    assert.equal(t.count, 0);
    d.flush();
    assert.equal(runs, 1, 'nothing waiting, nothing run');
    d.run(); d.cancel(); t.advance(1000);
    assert.equal(runs, 1);
  });
});

function controller(options = {}) {
  const t = fakeTimers();
  const saved = [];
  const errors = [];
  const oks = [];
  const ac = new AutosaveController({
    delay: 400,
    setTimer: t.setTimer,
    clearTimer: t.clearTimer,
    save: async (state) => {
      if (options.fail?.()) throw { kind: 'diskFull', message: 'full' };
      saved.push(state);
      return { key: 'reflection:new', body: state, updatedAt: '2026-11-24T17:52:00+01:00' };
    },
    onSaved: (draft) => oks.push(draft),
    onError: (err) => errors.push(err),
    ...options.extra,
  });
  return { t, ac, saved, errors, oks };
}

describe('AutosaveController', () => {
  it('debounces a burst of changes into one save of the latest state', async () => {
    const { t, ac, saved, oks } = controller();
    ac.schedule(filled({ takeaway: 'B' }));
    t.advance(200);
    ac.schedule(filled({ takeaway: 'Be' }));
    t.advance(399);
    await tick();
    assert.equal(saved.length, 0);
    t.advance(1);
    await tick();
    assert.deepEqual(saved.map((s) => s.takeaway), ['Be']);
    assert.equal(oks[0].updatedAt, '2026-11-24T17:52:00+01:00');
  });

  it('does not save an untouched, empty form when no draft exists', async () => {
    const { t, ac, saved } = controller();
    ac.schedule(filled());
    t.advance(1000);
    assert.equal(await ac.flush(), false);
    assert.equal(saved.length, 0);
  });

  it('does save an emptied form once a draft exists, so old words do not return', async () => {
    const { ac, saved } = controller({ extra: { hasDraft: true } });
    ac.schedule(filled());
    assert.equal(await ac.flush(), true);
    assert.equal(saved.length, 1);
  });

  it('flushes at once (leaving the window) and cancels the timer', async () => {
    const { t, ac, saved } = controller();
    ac.schedule(filled({ focus: 'rest' }));
    assert.equal(await ac.flush(), true);
    assert.equal(saved.length, 1);
    t.advance(1000);
    await tick();
    assert.equal(saved.length, 1, 'the timer does not save it twice');
    assert.equal(await ac.flush(), false, 'nothing new to save');
  });

  it('reports a failed save and keeps working afterwards', async () => {
    let failing = true;
    const { ac, saved, errors } = controller({ fail: () => failing });
    ac.schedule(filled({ takeaway: 'one' }));
    assert.equal(await ac.flush(), false);
    assert.equal(errors.length, 1);
    assert.equal(errors[0].kind, 'diskFull');
    failing = false;
    ac.schedule(filled({ takeaway: 'two' }));
    assert.equal(await ac.flush(), true);
    assert.deepEqual(saved.map((s) => s.takeaway), ['two']);
  });

  it('runs saves one at a time, oldest first', async () => {
    const t = fakeTimers();
    const order = [];
    let release;
    const gate = new Promise((r) => { release = r; });
    const ac = new AutosaveController({
      setTimer: t.setTimer,
      clearTimer: t.clearTimer,
      save: async (s) => {
        order.push(`start ${s.takeaway}`);
        if (s.takeaway === 'first') await gate;
        order.push(`end ${s.takeaway}`);
      },
    });
    ac.schedule(filled({ takeaway: 'first' }));
    const a = ac.flush();
    ac.schedule(filled({ takeaway: 'second' }));
    const b = ac.flush();
    await tick();
    assert.deepEqual(order, ['start first']);
    release();
    await Promise.all([a, b]);
    assert.deepEqual(order, ['start first', 'end first', 'start second', 'end second']);
  });

  it('holds while the reflection saves, then stops for good', async () => {
    const { t, ac, saved } = controller();
    ac.schedule(filled({ takeaway: 'x' }));
    await ac.hold();
    t.advance(1000);
    assert.equal(await ac.flush(), false, 'held: nothing saved');
    ac.stop();
    ac.release();
    ac.schedule(filled({ takeaway: 'y' }));
    t.advance(1000);
    assert.equal(await ac.flush(), false);
    assert.equal(saved.length, 0);
  });

  it('hold waits for a draft save already in flight', async () => {
    let release;
    const gate = new Promise((r) => { release = r; });
    let finished = false;
    const ac = new AutosaveController({
      save: async () => { await gate; finished = true; },
      setTimer: () => 0,
      clearTimer: () => {},
    });
    ac.schedule(filled({ takeaway: 'x' }));
    ac.flush();
    let held = false;
    const holding = ac.hold().then(() => { held = true; });
    await tick();
    assert.equal(held, false);
    release();
    await holding;
    assert.equal(finished, true);
  });

  it('resumes after a failed save with the changes made meanwhile', async () => {
    const { t, ac, saved } = controller();
    await ac.hold();
    ac.schedule(filled({ takeaway: 'typed while saving' }));
    t.advance(1000);
    await tick();
    assert.equal(saved.length, 0);
    ac.release();
    t.advance(400);
    await tick();
    assert.deepEqual(saved.map((s) => s.takeaway), ['typed while saving']);
  });

  it('forgets the draft after reset (Start fresh)', async () => {
    const { ac, saved } = controller({ extra: { hasDraft: true } });
    ac.schedule(filled({ takeaway: 'old' }));
    ac.reset({ hasDraft: false });
    assert.equal(await ac.flush(), false);
    ac.schedule(filled());
    assert.equal(await ac.flush(), false, 'an empty form is not a draft again');
    assert.equal(saved.length, 0);
  });
});
