// Log a moment: the MomentInput built from the flow's state (trimmed text,
// feelings with before/after, an "after" only when re-rated, the time with
// its offset), the draft keeper, and the flow itself through a stand-in
// document and a fake backend — Next/Back/Skip through the ten steps, the
// ten-second quick capture, the belief sliders that stay unrated until
// moved, the evidence and balanced thought, drafts kept and picked up
// again, the self-talk quoted at steps 7 and 8, editing, and every word
// kept when saving fails.

import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';

import { FakeEvent, installDom, installTauri, removeDom, removeTauri, settle } from './fake-dom.mjs';
import {
  DraftKeeper, clampStep, cleanEmotions, draftKey, emptyMomentState, fillTrigger, formToInput,
  isEmptyMoment, momentToState, normalizeRating, normalizeState, parseTags, rateEmotion, ratingText,
  toggleEmotion,
} from '../../ui/lib/moment-form.js';
import { localInputToRfc3339 } from '../../ui/lib/time.js';
import momentFlow from '../../ui/views/moment-flow.js';

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
  };
}

const tick = () => new Promise((r) => setImmediate(r));
const wait = (ms) => new Promise((r) => setTimeout(r, ms));

const filled = (over = {}) => ({ ...emptyMomentState(), ...over });

// --- The pure logic ---------------------------------------------------------------

describe('formToInput', () => {
  it('builds exactly the MomentInput keys, with text trimmed', () => {
    const input = formToInput(filled({
      situation: '  at work, before the meeting \n',
      body: ' tight chest ',
      selfTalk: '\tI always get this wrong ',
      did: ' went quiet ',
      friend: ' one slip is not always ',
      evidenceFor: ' I missed the deadline\n',
      evidenceAgainst: '  I met the last three ',
      balanced: ' One late report is one late report. ',
      beliefBefore: 80,
      beliefAfter: '42.6',
      traps: ['allOrNothing', 'labeling', 'allOrNothing'],
      tags: ' work, Mum ,, work ',
      starred: true,
    }));
    assert.deepEqual(Object.keys(input).sort(), [
      'balanced', 'beliefAfter', 'beliefBefore', 'body', 'did', 'emotions', 'evidenceAgainst', 'evidenceFor', 'friend',
      'occurredAt', 'private', 'selfTalk', 'situation', 'starred', 'tags', 'traps',
    ]);
    assert.equal(Object.keys(input).length, 16);
    assert.equal(input.situation, 'at work, before the meeting');
    assert.equal(input.body, 'tight chest');
    assert.equal(input.selfTalk, 'I always get this wrong');
    assert.equal(input.did, 'went quiet');
    assert.equal(input.friend, 'one slip is not always');
    assert.equal(input.evidenceFor, 'I missed the deadline');
    assert.equal(input.evidenceAgainst, 'I met the last three');
    assert.equal(input.balanced, 'One late report is one late report.');
    assert.equal(input.beliefBefore, 80);
    assert.equal(input.beliefAfter, 43, 'a whole number');
    assert.deepEqual(input.traps, ['allOrNothing', 'labeling']);
    assert.deepEqual(input.tags, ['work', 'Mum']);
    assert.equal(input.starred, true);
    assert.equal(input.private, false);
  });

  it('sends a belief never rated as null, never as where the slider rests', () => {
    const input = formToInput(emptyMomentState());
    assert.equal(input.beliefBefore, null);
    assert.equal(input.beliefAfter, null);
    assert.equal(input.evidenceFor, '');
    assert.equal(input.evidenceAgainst, '');
    assert.equal(input.balanced, '');
    const odd = formToInput(filled({ beliefBefore: 140, beliefAfter: 'a lot' }));
    assert.equal(odd.beliefBefore, 100);
    assert.equal(odd.beliefAfter, null);
    assert.equal(formToInput(filled({ beliefBefore: 0 })).beliefBefore, 0, '0 is an answer, not "not rated"');
  });

  it('sends each feeling with its before, and after only once re-rated', () => {
    const input = formToInput(filled({
      emotions: [
        { word: ' anxious ', before: 72, after: 45 },
        { word: 'sad', before: 50, after: null },
        { word: 'Anxious', before: 10, after: 10 }, // the same word again: dropped
        { word: '  ', before: 10, after: null },
      ],
    }));
    assert.deepEqual(input.emotions, [
      { word: 'anxious', before: 72, after: 45 },
      { word: 'sad', before: 50, after: null },
    ]);
  });

  it('sends "now" as null, and a chosen time as RFC 3339 with the offset', () => {
    assert.equal(formToInput(filled({ when: '' })).occurredAt, null);
    assert.equal(formToInput(filled({ when: '2026-11-28T14:05' }), { offsetMinutes: 60 }).occurredAt,
      '2026-11-28T14:05:00+01:00');
    assert.equal(formToInput(filled({ when: '2026-07-01T08:00' }), { offsetMinutes: -330 }).occurredAt,
      '2026-07-01T08:00:00-05:30');
    // Without an override, this computer's offset at that time.
    assert.equal(formToInput(filled({ when: '2026-11-28T14:05' })).occurredAt,
      localInputToRfc3339('2026-11-28T14:05'));
    assert.equal(formToInput(filled({ when: 'yesterday' })).occurredAt, null);
  });

  it('keeps an edited moment\'s time, offset and all, until it is changed', () => {
    const originalOccurredAt = '2026-11-20T09:15:00-05:00';
    assert.equal(formToInput(filled({ when: '2026-11-20T09:15' }), { originalOccurredAt, offsetMinutes: 60 }).occurredAt,
      originalOccurredAt);
    assert.equal(formToInput(filled({ when: '' }), { originalOccurredAt }).occurredAt, originalOccurredAt,
      'a cleared time on an edit is not "now"');
    assert.equal(formToInput(filled({ when: '2026-11-21T10:00' }), { originalOccurredAt, offsetMinutes: 60 }).occurredAt,
      '2026-11-21T10:00:00+01:00');
  });
});

describe('moment state helpers', () => {
  it('rates as whole numbers 0..100 and says them in words', () => {
    assert.equal(normalizeRating('62.4'), 62);
    assert.equal(normalizeRating(140), 100);
    assert.equal(normalizeRating(-3), 0);
    assert.equal(normalizeRating(''), null);
    assert.equal(normalizeRating(null), null);
    assert.equal(normalizeRating('loud'), null);
    assert.equal(ratingText(60), '60 out of 100');
    assert.equal(ratingText(null), 'Not rated');
  });

  it('toggles feelings at the default strength and rates them', () => {
    let e = toggleEmotion([], 'sad');
    assert.deepEqual(e, [{ word: 'sad', before: 50, after: null }]);
    e = toggleEmotion(e, ' tense ');
    e = rateEmotion(e, 'TENSE', 'after', 35);
    assert.deepEqual(e[1], { word: 'tense', before: 50, after: 35 });
    assert.deepEqual(toggleEmotion(e, 'Sad').map((x) => x.word), ['tense']);
    assert.equal(toggleEmotion(e, '   '), e);
  });

  it('fills a situation from a recent trigger without replacing typed words', () => {
    const triggers = ['at work', 'at home'];
    assert.equal(fillTrigger('', 'at work', triggers), 'at work');
    assert.equal(fillTrigger('at work', 'at home', triggers), 'at home', 'chips can be tried in turn');
    assert.equal(fillTrigger('my own words ', 'at home', triggers), 'my own words\nat home');
    assert.equal(fillTrigger('my own words at home', 'at home', triggers), 'my own words at home');
  });

  it('parses tags and steps', () => {
    assert.deepEqual(parseTags('work,  family , ,WORK'), ['work', 'family']);
    assert.deepEqual(parseTags(''), []);
    assert.equal(clampStep('4'), 4);
    assert.equal(clampStep(9), 9);
    assert.equal(clampStep(10), 10);
    assert.equal(clampStep(11), 1);
    assert.equal(clampStep(null), 1);
  });

  it('restores any draft body into a well-typed state, keeping every word', () => {
    assert.deepEqual(normalizeState(null), emptyMomentState());
    const state = normalizeState({
      step: 5, when: '2026-11-28T14:05', situation: 'at work', body: 3, selfTalk: 'I never',
      emotions: [{ word: 'sad', before: '70', after: undefined }, 'junk'], traps: ['labeling', 7],
      tags: ['work', 'family'], starred: 'yes', private: true, extra: 'dropped',
    });
    assert.deepEqual(state, {
      ...emptyMomentState(),
      step: 5, when: '2026-11-28T14:05', situation: 'at work', selfTalk: 'I never',
      emotions: [{ word: 'sad', before: 70, after: null }], traps: ['labeling'], tags: 'work, family',
      starred: false, private: true,
    });
    assert.deepEqual(cleanEmotions('nope'), []);
  });

  it('restores a draft kept before the full thought record, and one kept with it', () => {
    // A draft from the eight-step flow: none of the new keys.
    const old = {
      step: 8, when: '', situation: 'at work', emotions: [], body: '', selfTalk: 'I always', traps: [],
      did: '', friend: 'not always', tags: '', starred: false, private: false,
    };
    const state = normalizeState(old);
    assert.equal(state.step, 8);
    assert.equal(state.evidenceFor, '');
    assert.equal(state.evidenceAgainst, '');
    assert.equal(state.balanced, '');
    assert.equal(state.beliefBefore, null);
    assert.equal(state.beliefAfter, null);
    assert.equal(state.friend, 'not always');
    assert.deepEqual(Object.keys(state).sort(), Object.keys(emptyMomentState()).sort());
    const full = normalizeState({
      ...old, step: 9, evidenceFor: ' for ', evidenceAgainst: 'against', balanced: 'fairer',
      beliefBefore: '75', beliefAfter: 30,
    });
    assert.equal(full.step, 9);
    assert.equal(full.evidenceFor, ' for ', 'a draft keeps every character');
    assert.equal(full.evidenceAgainst, 'against');
    assert.equal(full.balanced, 'fairer');
    assert.equal(full.beliefBefore, 75);
    assert.equal(full.beliefAfter, 30);
    const wrong = normalizeState({ evidenceFor: 4, balanced: ['x'], beliefBefore: true, beliefAfter: 'much' });
    assert.equal(wrong.evidenceFor, '');
    assert.equal(wrong.balanced, '');
    assert.equal(wrong.beliefBefore, null);
    assert.equal(wrong.beliefAfter, null);
  });

  it('turns a saved Moment into the flow\'s state', () => {
    const state = momentToState({
      id: 3, occurredAt: '2026-11-20T09:15:00-05:00', situation: 's', emotions: [{ word: 'hurt', before: 80, after: 60 }],
      body: 'b', selfTalk: 't', traps: ['labeling'], did: 'd', friend: 'f', starred: true, private: false,
      evidenceFor: 'ef', evidenceAgainst: 'ea', balanced: 'bal', beliefBefore: 90, beliefAfter: 35,
      tags: ['work', 'mum'], createdAt: 'x', updatedAt: 'x',
    });
    assert.deepEqual(state, {
      step: 1, when: '2026-11-20T09:15', situation: 's', emotions: [{ word: 'hurt', before: 80, after: 60 }],
      body: 'b', selfTalk: 't', beliefBefore: 90, traps: ['labeling'], did: 'd', evidenceFor: 'ef',
      evidenceAgainst: 'ea', friend: 'f', balanced: 'bal', beliefAfter: 35,
      tags: 'work, mum', starred: true, private: false,
    });
    // A moment saved before the thought record grew: nothing rated, nothing written.
    const older = momentToState({ id: 4, occurredAt: '2026-11-20T09:15:00-05:00', situation: 's', selfTalk: 't' });
    assert.equal(older.beliefBefore, null);
    assert.equal(older.beliefAfter, null);
    assert.equal(older.balanced, '');
    // And back again: what was loaded is what is sent.
    const input = formToInput(state, { originalOccurredAt: '2026-11-20T09:15:00-05:00' });
    assert.equal(input.evidenceFor, 'ef');
    assert.equal(input.evidenceAgainst, 'ea');
    assert.equal(input.balanced, 'bal');
    assert.equal(input.beliefBefore, 90);
    assert.equal(input.beliefAfter, 35);
  });

  it('knows an empty flow and names its drafts', () => {
    assert.equal(isEmptyMoment(emptyMomentState()), true);
    assert.equal(isEmptyMoment(filled({ step: 6, when: '2026-11-28T14:05' })), true, 'moving through steps is not writing');
    assert.equal(isEmptyMoment(filled({ situation: ' x ' })), false);
    assert.equal(isEmptyMoment(filled({ emotions: [{ word: 'sad', before: 50, after: null }] })), false);
    assert.equal(isEmptyMoment(filled({ traps: ['labeling'] })), false);
    assert.equal(isEmptyMoment(filled({ evidenceFor: 'x' })), false);
    assert.equal(isEmptyMoment(filled({ evidenceAgainst: 'x' })), false);
    assert.equal(isEmptyMoment(filled({ balanced: 'x' })), false);
    assert.equal(isEmptyMoment(filled({ balanced: '  \n ' })), true);
    assert.equal(isEmptyMoment(filled({ beliefBefore: 0 })), false, 'a rating of 0 is something given');
    assert.equal(isEmptyMoment(filled({ beliefAfter: 60 })), false);
    assert.equal(draftKey(null), 'moment:new');
    assert.equal(draftKey(7), 'moment:7');
  });
});

describe('DraftKeeper', () => {
  it('saves the latest state once, after the pause, and never an untouched empty flow', async () => {
    const timers = fakeTimers();
    const saved = [];
    const keeper = new DraftKeeper({ ...timers, save: async (s) => { saved.push(s); return {}; } });
    keeper.schedule(filled({ step: 3 }));
    timers.advance(400);
    await tick();
    assert.equal(saved.length, 0);
    keeper.schedule(filled({ situation: 'a' }));
    timers.advance(200);
    keeper.schedule(filled({ situation: 'ab' }));
    timers.advance(399);
    assert.equal(saved.length, 0);
    timers.advance(1);
    await tick();
    assert.deepEqual(saved.map((s) => s.situation), ['ab']);
    // Emptying a kept draft is recorded, or the old words would come back.
    keeper.schedule(filled());
    await keeper.flush();
    assert.equal(saved.length, 2);
  });

  it('holds during the real save, and stops for good after it', async () => {
    const timers = fakeTimers();
    const saved = [];
    const keeper = new DraftKeeper({ ...timers, save: async (s) => { saved.push(s); } });
    await keeper.hold();
    keeper.schedule(filled({ situation: 'during' }));
    timers.advance(1000);
    await tick();
    assert.equal(saved.length, 0);
    keeper.release();
    timers.advance(400);
    await tick();
    assert.equal(saved.length, 1);
    keeper.stop();
    keeper.schedule(filled({ situation: 'late' }));
    await keeper.drain();
    assert.equal(saved.length, 1);
  });

  it('reports a failed draft save and never rejects', async () => {
    const errors = [];
    const keeper = new DraftKeeper({ save: async () => { throw new Error('disk full'); }, onError: (e) => errors.push(e) });
    keeper.schedule(filled({ situation: 'x' }));
    assert.equal(await keeper.flush(), false);
    assert.equal(errors[0].message, 'disk full');
  });
});

// --- The flow on screen ----------------------------------------------------------

const VOCAB = {
  emotions: [
    { group: 'sad', words: ['sad', 'down', 'low'] },
    { group: 'anxious', words: ['anxious', 'tense'] },
  ],
  traps: [
    { id: 'allOrNothing', name: 'All-or-nothing thinking', explanation: 'Seeing things in black and white.', example: 'If it isn’t perfect, it’s a failure.' },
    { id: 'mindReading', name: 'Mind reading', explanation: 'Assuming you know what others think.', example: 'She thinks I’m boring.' },
  ],
};

let doc;
let calls;
let navigated;

const $ = (sel) => doc.body.querySelector(sel);
const callsOf = (cmd) => calls.filter((c) => c.cmd === cmd);
const ctx = () => ({ refresh: () => {}, navigate: (hash) => navigated.push(hash), isCurrent: () => true });

function handlers(over = {}) {
  return {
    get_journal_vocabulary: () => VOCAB,
    recent_triggers: ({ limit }) => ['at work, before the meeting', 'on the phone with Mum'].slice(0, limit),
    list_tags: () => [{ name: 'work', count: 3 }, { name: 'family', count: 1 }],
    get_draft: () => null,
    save_draft: ({ key, body }) => ({ key, body, updatedAt: '2026-11-28T14:07:00+01:00' }),
    discard_draft: () => null,
    create_moment: ({ input }) => ({ id: 42, ...input }),
    update_moment: ({ id, input }) => ({ id, ...input }),
    ...over,
  };
}

async function open(route = { id: null }, over = {}) {
  calls = installTauri(handlers(over));
  const root = doc.createElement('div');
  const title = await momentFlow.render(root, route, ctx());
  doc.body.append(root);
  return title;
}

const step = () => $('#moment-flow').dataset.step;

function key(el, name) {
  el.dispatchEvent(new FakeEvent('keydown', { key: name }));
}

beforeEach(() => {
  doc = installDom();
  navigated = [];
});
afterEach(() => {
  removeDom();
  removeTauri();
});

describe('moment flow', () => {
  it('opens at step 1 with the progress line, the question and why it helps', async () => {
    const title = await open();
    assert.equal(title, 'Log a moment');
    assert.equal($('h1').textContent, 'Log a moment');
    assert.equal(step(), '1');
    const dots = $('ol.step-dots');
    assert.equal(dots.getAttribute('aria-label'), 'Step 1 of 10');
    assert.equal(dots.querySelectorAll('li').length, 10);
    assert.equal(dots.querySelectorAll('li[aria-current="step"]').length, 1);
    assert.equal($('#moment-step-1 h2').textContent, 'What was happening? Where were you?');
    assert.ok($('#moment-step-1 .why').textContent.length > 10);
    assert.equal($('#moment-step-2').hidden, true);
    assert.equal($('#moment-back').hidden, true);
    assert.equal($('#moment-save').textContent, 'Save now');
    assert.equal($('#moment-restored').hidden, true);
    assert.equal(callsOf('recent_triggers')[0].args.limit, 8);
    assert.equal(callsOf('get_draft')[0].args.key, 'moment:new');
  });

  it('moves with Next, Back and Skip, focusing each step\'s first field', async () => {
    await open();
    $('#moment-next').click();
    assert.equal(step(), '2');
    assert.equal($('ol.step-dots').getAttribute('aria-label'), 'Step 2 of 10');
    assert.equal($('#moment-step-1').hidden, true);
    assert.equal($('#moment-step-2').hidden, false);
    assert.equal(doc.activeElement, $('#emotion-chips button.chip'), 'the first feeling chip');
    assert.equal($('#moment-back').hidden, false);
    $('#moment-skip').click();
    assert.equal(step(), '3');
    assert.equal(doc.activeElement, $('#moment-body'));
    $('#moment-back').click();
    assert.equal(step(), '2');
    $('#moment-back').click();
    assert.equal(step(), '1');
    assert.equal(doc.activeElement, $('#moment-situation'));
    const firsts = { 4: '#moment-self-talk', 6: '#moment-did', 7: '#moment-evidence-for', 8: '#moment-friend', 9: '#moment-balanced' };
    for (let n = 2; n <= 9; n += 1) {
      $('#moment-next').click();
      assert.equal(step(), String(n));
      if (firsts[n]) assert.equal(doc.activeElement, $(firsts[n]), `step ${n}'s first field`);
    }
    $('#moment-next').click();
    assert.equal(step(), '10');
    assert.equal($('#moment-next').hidden, true);
    assert.equal($('#moment-skip').hidden, true);
    assert.equal($('#moment-save').textContent, 'Save');
    assert.ok($('#moment-save').classList.contains('primary'));
    assert.equal(doc.activeElement, $('#moment-tags'), 'no feelings to re-rate: the tags field');
    $('#moment-next').click(); // hidden, and there is no step 11
    assert.equal(step(), '10');
  });

  it('goes on with Enter in a one-line field, but not in a text area', async () => {
    await open();
    key($('#moment-situation'), 'Enter');
    assert.equal(step(), '1', 'Enter in the situation box is a new line');
    $('#moment-earlier').click();
    assert.equal($('#moment-when-box').hidden, false);
    assert.equal($('#moment-earlier').getAttribute('aria-expanded'), 'true');
    assert.equal(doc.activeElement, $('#moment-when'));
    key($('#moment-when'), 'Enter');
    assert.equal(step(), '2');
    // In the own-word box, Enter adds the word first; on an empty box it goes on.
    $('#emotion-own').value = 'Raw';
    key($('#emotion-own'), 'Enter');
    assert.equal(step(), '2');
    assert.equal($('#emotion-chips button.chip[data-word="Raw"]').getAttribute('aria-pressed'), 'true');
    assert.ok($('#emotion-ratings input[data-emotion="Raw"]'));
    key($('#emotion-own'), 'Enter');
    assert.equal(step(), '3');
  });

  it('quick capture: a line, Next, one feeling, Save now', async () => {
    await open();
    $('#moment-situation').fill('  at work, before the meeting ');
    $('#moment-next').click();
    $('#emotion-chips button.chip[data-word="anxious"]').click();
    assert.equal($('#emotion-chips button.chip[data-word="anxious"]').getAttribute('aria-pressed'), 'true');
    const range = $('#emotion-ratings input[data-emotion="anxious"]');
    assert.equal(range.getAttribute('type'), 'range');
    assert.equal(range.value, '50');
    assert.equal(range.getAttribute('step'), '5');
    assert.equal(range.getAttribute('aria-valuetext'), '50 out of 100');
    $('#moment-save').click();
    await settle();
    const [create] = callsOf('create_moment');
    assert.deepEqual(create.args, {
      input: {
        occurredAt: null,
        situation: 'at work, before the meeting',
        emotions: [{ word: 'anxious', before: 50, after: null }],
        body: '', selfTalk: '', traps: [], did: '', friend: '',
        evidenceFor: '', evidenceAgainst: '', balanced: '', beliefBefore: null, beliefAfter: null,
        starred: false, private: false, tags: [],
      },
    });
    assert.deepEqual(navigated, ['#moment/42']);
    assert.equal($('#toast').textContent, 'Moment saved.');
  });

  it('records the strength moved, traps ticked, the re-rating and the keep options', async () => {
    await open();
    $('.trigger-chip').click();
    assert.equal($('#moment-situation').value, 'at work, before the meeting');
    assert.equal(doc.activeElement, $('#moment-situation'));
    $('#moment-next').click();
    $('#emotion-chips button.chip[data-word="sad"]').click();
    $('#emotion-chips button.chip[data-word="tense"]').click();
    const sad = $('#emotion-ratings input[data-emotion="sad"]');
    sad.fill('70');
    assert.equal(sad.getAttribute('aria-valuetext'), '70 out of 100');
    $('#moment-next').click();
    $('#moment-body').fill('tight chest');
    $('#moment-next').click();
    $('#moment-self-talk').fill('Everyone thinks I’m useless.');
    $('#moment-belief-before').fill('85');
    $('#moment-next').click();
    assert.equal($('#trap-list input[type="checkbox"][name="trap"][value="mindReading"]').getAttribute('type'), 'checkbox');
    assert.equal(doc.activeElement, $('#trap-list input'));
    assert.match($('#trap-list').textContent, /Assuming you know what others think\./);
    $('#trap-list input[value="mindReading"]').click();
    $('#trap-list input[value="allOrNothing"]').click();
    $('#trap-list input[value="allOrNothing"]').click(); // and changed their mind
    $('#moment-next').click();
    $('#moment-did').fill('went quiet');
    $('#moment-next').click();
    $('#moment-evidence-for').fill(' Nobody replied to my idea. ');
    $('#moment-evidence-against').fill('Sam asked me to lead the next one.');
    $('#moment-next').click();
    $('#moment-friend').fill('One meeting doesn’t decide what they think of you.');
    $('#moment-next').click();
    assert.equal(step(), '9');
    assert.equal($('#moment-belief-after').value, '85', 'starts where step 4 left it');
    assert.equal($('#moment-belief-after-hint').textContent, 'At the start: 85%');
    $('#moment-balanced').fill('Some people were quiet; one wanted more from me.');
    $('#moment-belief-after').fill('40');
    $('#moment-next').click();
    assert.equal(step(), '10');
    const afterSad = $('#emotion-rerate input[data-after="sad"]');
    assert.equal(afterSad.value, '70', 'starts from its before value');
    assert.match(afterSad.getAttribute('aria-valuetext'), /not re-rated yet/);
    assert.equal(doc.activeElement, afterSad);
    afterSad.fill('40');
    assert.equal(afterSad.getAttribute('aria-valuetext'), '40 out of 100');
    $('#moment-tags').fill('work, Work, meetings');
    $('#moment-starred').click();
    $('#moment-private').click();
    $('#moment-save').click();
    await settle();
    assert.deepEqual(callsOf('create_moment')[0].args.input, {
      occurredAt: null,
      situation: 'at work, before the meeting',
      emotions: [{ word: 'sad', before: 70, after: 40 }, { word: 'tense', before: 50, after: null }],
      body: 'tight chest',
      selfTalk: 'Everyone thinks I’m useless.',
      traps: ['mindReading'],
      did: 'went quiet',
      friend: 'One meeting doesn’t decide what they think of you.',
      evidenceFor: 'Nobody replied to my idea.',
      evidenceAgainst: 'Sam asked me to lead the next one.',
      balanced: 'Some people were quiet; one wanted more from me.',
      beliefBefore: 85,
      beliefAfter: 40,
      starred: true,
      private: true,
      tags: ['work', 'meetings'],
    });
  });

  it('sends an earlier time with this computer\'s offset', async () => {
    await open();
    $('#moment-situation').fill('on the bus');
    $('#moment-earlier').click();
    $('#moment-when').fill('2026-11-27T09:30');
    $('#moment-save').click();
    await settle();
    assert.equal(callsOf('create_moment')[0].args.input.occurredAt, localInputToRfc3339('2026-11-27T09:30'));
  });

  it('quotes the self-talk above the friend box at step 8, or says gently it is blank', async () => {
    await open();
    for (let i = 0; i < 7; i += 1) $('#moment-next').click();
    assert.equal(step(), '8');
    assert.equal($('#self-talk-quote').closest('.self-talk').hidden, true);
    assert.equal($('#self-talk-missing').hidden, false);
    assert.match($('#self-talk-missing').textContent, /that’s fine/);
    for (let i = 0; i < 4; i += 1) $('#moment-back').click();
    assert.equal(step(), '4');
    $('#moment-self-talk').fill('  I always ruin things.\nNobody wants me there.  ');
    for (let i = 0; i < 4; i += 1) $('#moment-next').click();
    assert.equal($('#self-talk-quote').tagName, 'BLOCKQUOTE');
    assert.equal($('#self-talk-quote').textContent, 'I always ruin things.\nNobody wants me there.');
    assert.equal($('#self-talk-missing').hidden, true);
    assert.match($('#moment-friend').getAttribute('aria-describedby'), /self-talk-quote/);
    assert.equal(doc.activeElement, $('#moment-friend'));
  });

  it('asks how much the thought is believed, and an untouched slider stays "Not rated" and is sent as null', async () => {
    await open();
    for (let i = 0; i < 3; i += 1) $('#moment-next').click();
    assert.equal(step(), '4');
    const before = $('#moment-belief-before');
    assert.equal(before.closest('#moment-step-4'), $('#moment-step-4'), 'beside the self-talk');
    assert.equal(before.getAttribute('type'), 'range');
    assert.equal(before.getAttribute('min'), '0');
    assert.equal(before.getAttribute('max'), '100');
    assert.equal($('label[for="moment-belief-before"]').textContent, 'How much do you believe it?');
    assert.equal(before.value, '50', 'rests in the middle');
    assert.ok(before.classList.contains('is-unset'), 'faded while unrated');
    assert.equal(before.getAttribute('aria-valuetext'), 'Not rated');
    assert.equal($('#moment-step-4 output').textContent, 'Not rated');
    assert.match($(`#${before.getAttribute('aria-describedby')}`).textContent, /0 is not at all, 100 is completely/);

    $('#moment-self-talk').fill('I’ll mess it up.');
    for (let i = 0; i < 5; i += 1) $('#moment-next').click();
    assert.equal(step(), '9');
    const after = $('#moment-belief-after');
    assert.equal($('label[for="moment-belief-after"]').textContent, 'How much do you believe the first thought now?');
    assert.equal(after.getAttribute('aria-describedby'), 'moment-belief-after-hint');
    assert.equal($('#moment-belief-after-hint').textContent, 'Not rated at the start');
    assert.equal(after.value, '50');
    assert.ok(after.classList.contains('is-unset'));
    assert.equal(after.getAttribute('aria-valuetext'), 'Not rated');
    $('#moment-save').click();
    await settle();
    const input = callsOf('create_moment')[0].args.input;
    assert.equal(input.selfTalk, 'I’ll mess it up.');
    assert.equal(input.beliefBefore, null, 'where a slider rests is not an answer');
    assert.equal(input.beliefAfter, null);
  });

  it('counts a belief slider as answered once moved, or pressed where it rests', async () => {
    await open();
    for (let i = 0; i < 3; i += 1) $('#moment-next').click();
    const before = $('#moment-belief-before');
    before.click(); // "50 is right"
    assert.equal(before.classList.contains('is-unset'), false);
    assert.equal(before.getAttribute('aria-valuetext'), '50%');
    assert.equal($('#moment-step-4 output').textContent, '50%');
    before.fill('90');
    assert.equal(before.getAttribute('aria-valuetext'), '90%');
    for (let i = 0; i < 5; i += 1) $('#moment-next').click();
    const after = $('#moment-belief-after');
    assert.equal($('#moment-belief-after-hint').textContent, 'At the start: 90%');
    assert.equal(after.value, '90', 'resting where step 4 left it, still unrated');
    assert.ok(after.classList.contains('is-unset'));
    // Back to step 4 to change the first rating: step 9 follows it.
    for (let i = 0; i < 5; i += 1) $('#moment-back').click();
    $('#moment-belief-before').fill('70');
    for (let i = 0; i < 5; i += 1) $('#moment-next').click();
    assert.equal($('#moment-belief-after-hint').textContent, 'At the start: 70%');
    assert.equal(after.value, '70');
    after.fill('0');
    assert.equal(after.getAttribute('aria-valuetext'), '0%');
    assert.equal(after.classList.contains('is-unset'), false);
    $('#moment-save').click();
    await settle();
    const input = callsOf('create_moment')[0].args.input;
    assert.equal(input.beliefBefore, 70);
    assert.equal(input.beliefAfter, 0, '0 is an answer');
  });

  it('quotes the self-talk above the two evidence boxes at step 7, each with its own label', async () => {
    await open();
    for (let i = 0; i < 6; i += 1) $('#moment-next').click();
    assert.equal(step(), '7');
    assert.equal($('#moment-step-7 h2').textContent, 'What fits the thought, and what doesn’t?');
    assert.equal($('#evidence-self-talk-quote').closest('.self-talk').hidden, true, 'nothing to quote yet');
    assert.equal($('#evidence-self-talk-missing').hidden, false);
    assert.match($('#evidence-self-talk-missing').textContent, /that’s fine/);
    assert.equal($('label[for="moment-evidence-for"]').textContent, 'What supports the thought?');
    assert.equal($('label[for="moment-evidence-against"]').textContent, 'What doesn’t fit it?');
    assert.match($('#moment-evidence-for').getAttribute('aria-describedby'), /^evidence-self-talk-missing moment-step-7-why$/);

    for (let i = 0; i < 3; i += 1) $('#moment-back').click();
    $('#moment-self-talk').fill('  They think I’m a fraud.  ');
    for (let i = 0; i < 3; i += 1) $('#moment-next').click();
    assert.equal(step(), '7');
    const quote = $('#evidence-self-talk-quote');
    assert.equal(quote.tagName, 'BLOCKQUOTE');
    assert.equal(quote.textContent, 'They think I’m a fraud.');
    assert.equal(quote.getAttribute('dir'), 'auto');
    assert.equal(quote.closest('.self-talk').hidden, false);
    assert.equal($('#evidence-self-talk-missing').hidden, true);
    for (const id of ['moment-evidence-for', 'moment-evidence-against']) {
      assert.equal($(`#${id}`).getAttribute('aria-describedby'), 'evidence-self-talk-quote moment-step-7-why');
    }
    assert.equal(doc.activeElement, $('#moment-evidence-for'));
    // The friend's step quotes it too, under ids of its own.
    $('#moment-next').click();
    assert.equal($('#self-talk-quote').textContent, 'They think I’m a fraud.');
    const ids = doc.body.querySelectorAll('[id]').map((el) => el.id);
    assert.ok(ids.length > 40, 'the flow\'s ids are found');
    assert.equal(new Set(ids).size, ids.length, 'every id once');
  });

  it('writes a balanced thought at step 9, named by the step\'s question', async () => {
    await open();
    for (let i = 0; i < 8; i += 1) $('#moment-next').click();
    assert.equal(step(), '9');
    assert.equal($('#moment-step-9 h2').textContent, 'What’s a more balanced way to see it?');
    const balanced = $('#moment-balanced');
    assert.equal(balanced.tagName, 'TEXTAREA');
    assert.equal(balanced.getAttribute('aria-labelledby'), 'moment-step-9-title');
    assert.equal(balanced.getAttribute('aria-describedby'), 'moment-step-9-why');
    assert.equal(doc.activeElement, balanced);
    balanced.fill('  I was nervous, and I still spoke up.  ');
    $('#moment-save').click();
    await settle();
    assert.equal(callsOf('create_moment')[0].args.input.balanced, 'I was nervous, and I still spoke up.');
  });

  it('keeps every word and says why when saving fails', async () => {
    await open({ id: null }, {
      create_moment: () => { throw { kind: 'storage', message: 'That didn’t save — your words are still here. (The disk is full.)' }; },
    });
    $('#moment-situation').fill('at work');
    $('#moment-next').click();
    $('#emotion-chips button.chip[data-word="low"]').click();
    $('#moment-save').click();
    await settle();
    const error = $('#moment-error');
    assert.equal(error.getAttribute('role'), 'alert');
    assert.equal(error.hidden, false);
    assert.match(error.textContent, /disk is full/);
    assert.equal(doc.activeElement, error);
    assert.deepEqual(navigated, []);
    assert.equal(step(), '2');
    assert.equal($('#moment-situation').value, 'at work');
    assert.equal($('#emotion-chips button.chip[data-word="low"]').getAttribute('aria-pressed'), 'true');
    // Typing again clears the stale message.
    $('#moment-back').click();
    $('#moment-situation').fill('at work, again');
    assert.equal(error.hidden, true);
  });
});

describe('moment flow drafts', () => {
  it('saves a waiting draft before the flow is opened again, so it reads the newest', async () => {
    await open();
    $('#moment-situation').fill('typed, then straight away left');
    await open(); // opened again before the 400 ms were up
    const order = calls.map((c) => c.cmd).filter((c) => c === 'save_draft' || c === 'get_draft');
    assert.deepEqual(order, ['save_draft', 'get_draft']);
    assert.equal(calls[0].args.body.situation, 'typed, then straight away left');
  });

  it('keeps nothing for an untouched flow, then the whole state a moment after a change', async () => {
    await open();
    calls.splice(0); // only what this flow does
    $('#moment-next').click();
    $('#moment-next').click();
    await wait(450);
    assert.equal(callsOf('save_draft').length, 0);
    $('#moment-back').click();
    $('#emotion-chips button.chip[data-word="down"]').click();
    await wait(450);
    const saves = callsOf('save_draft');
    assert.equal(saves.length, 1);
    assert.equal(saves[0].args.key, 'moment:new');
    assert.equal(saves[0].args.body.step, 2);
    assert.deepEqual(saves[0].args.body.emotions, [{ word: 'down', before: 50, after: null }]);
    assert.match($('#moment-draft-status').textContent, /^Draft kept · 14:07$/);
  });

  it('keeps the evidence, balanced thought and belief ratings in the draft, and brings them back', async () => {
    await open();
    calls.splice(0);
    for (let i = 0; i < 3; i += 1) $('#moment-next').click();
    $('#moment-belief-before').fill('65');
    for (let i = 0; i < 3; i += 1) $('#moment-next').click();
    $('#moment-evidence-against').fill('She smiled after');
    await wait(450);
    const body = callsOf('save_draft').at(-1).args.body;
    assert.equal(body.step, 7);
    assert.equal(body.beliefBefore, 65);
    assert.equal(body.beliefAfter, null);
    assert.equal(body.evidenceAgainst, 'She smiled after');
    assert.equal(body.evidenceFor, '');

    await open({ id: null }, { get_draft: () => ({ key: 'moment:new', body, updatedAt: 'x' }) });
    assert.equal(step(), '7');
    assert.equal($('#moment-evidence-against').value, 'She smiled after');
    assert.equal($('#moment-belief-before').value, '65');
    assert.equal($('#moment-belief-before').getAttribute('aria-valuetext'), '65%');
    assert.equal($('#moment-belief-after').getAttribute('aria-valuetext'), 'Not rated');
  });

  it('picks up where it was left, and can start fresh', async () => {
    const draft = {
      step: 4, when: '', situation: 'in the kitchen', body: 'hot face', selfTalk: 'I should have',
      emotions: [{ word: 'ashamed', before: 65, after: null }], traps: [], did: '', friend: '',
      tags: 'family', starred: false, private: false,
    };
    await open({ id: null }, { get_draft: () => ({ key: 'moment:new', body: draft, updatedAt: 'x' }) });
    assert.equal($('#moment-restored').hidden, false);
    assert.equal($('#moment-restored p').textContent, 'Picked up where you left off.');
    assert.equal(step(), '4');
    assert.equal($('#moment-step-4').hidden, false);
    assert.equal($('#moment-situation').value, 'in the kitchen');
    assert.equal($('#moment-self-talk').value, 'I should have');
    assert.equal($('#moment-tags').value, 'family');
    // A word not in the vocabulary comes back as a chosen chip of its own.
    assert.equal($('#emotion-chips button.chip[data-word="ashamed"]').getAttribute('aria-pressed'), 'true');
    assert.equal($('#emotion-ratings input[data-emotion="ashamed"]').value, '65');

    $('#moment-start-fresh').click();
    await settle();
    assert.deepEqual(callsOf('discard_draft')[0].args, { key: 'moment:new' });
    assert.equal($('#moment-restored').hidden, true);
    assert.equal(step(), '1');
    assert.equal($('#moment-situation').value, '');
    assert.equal($('#emotion-chips button.chip[data-word="ashamed"]'), null);
    assert.equal(doc.activeElement, $('#moment-situation'));
    await wait(450);
    assert.equal(callsOf('save_draft').length, 0, 'an empty fresh start keeps no draft');
  });
});

describe('editing a moment', () => {
  const MOMENT = {
    id: 7, occurredAt: '2026-11-20T09:15:00-05:00', situation: 'at the airport',
    emotions: [{ word: 'anxious', before: 80, after: 55 }], body: '', selfTalk: 'I’ll miss it', traps: ['fortuneTelling'],
    did: 'checked the board again', friend: '', starred: false, private: true, tags: ['travel'],
    evidenceFor: 'The queue is long', evidenceAgainst: 'Boarding is in 40 minutes', balanced: 'I have time.',
    beliefBefore: 90, beliefAfter: 30, createdAt: 'x', updatedAt: 'x',
  };

  it('loads the moment, and saves its changes keeping the original time', async () => {
    const title = await open({ id: 7 }, { get_moment: () => MOMENT });
    assert.equal(title, 'Edit moment');
    assert.equal(callsOf('get_draft')[0].args.key, 'moment:7');
    assert.deepEqual(callsOf('get_moment')[0].args, { id: 7 });
    assert.equal($('#moment-when-box').hidden, false, 'an edit always shows its time');
    assert.equal($('#moment-when').value, '2026-11-20T09:15');
    assert.equal($('#moment-situation').value, 'at the airport');
    assert.equal($('#moment-private').checked, true);
    assert.equal($('#moment-evidence-for').value, 'The queue is long');
    assert.equal($('#moment-evidence-against').value, 'Boarding is in 40 minutes');
    assert.equal($('#moment-balanced').value, 'I have time.');
    assert.equal($('#moment-belief-before').value, '90');
    assert.equal($('#moment-belief-before').getAttribute('aria-valuetext'), '90%');
    assert.equal($('#moment-belief-after').value, '30');
    assert.equal($('#moment-belief-after').classList.contains('is-unset'), false);
    $('#moment-situation').fill('at the airport, gate changed');
    $('#moment-save').click();
    await settle();
    const [update] = callsOf('update_moment');
    assert.equal(update.args.id, 7);
    assert.equal(update.args.input.occurredAt, '2026-11-20T09:15:00-05:00');
    assert.equal(update.args.input.situation, 'at the airport, gate changed');
    assert.deepEqual(update.args.input.emotions, [{ word: 'anxious', before: 80, after: 55 }]);
    assert.deepEqual(update.args.input.traps, ['fortuneTelling']);
    assert.deepEqual(update.args.input.tags, ['travel']);
    assert.equal(update.args.input.private, true);
    assert.equal(update.args.input.evidenceFor, 'The queue is long');
    assert.equal(update.args.input.evidenceAgainst, 'Boarding is in 40 minutes');
    assert.equal(update.args.input.balanced, 'I have time.');
    assert.equal(update.args.input.beliefBefore, 90);
    assert.equal(update.args.input.beliefAfter, 30);
    assert.equal(Object.keys(update.args.input).length, 16);
    assert.deepEqual(navigated, ['#moment/7']);
  });

  it('prefers a draft of the edit over the saved moment', async () => {
    const body = { ...momentToState(MOMENT), situation: 'half-edited', step: 6 };
    await open({ id: 7 }, { get_moment: () => MOMENT, get_draft: () => ({ key: 'moment:7', body, updatedAt: 'x' }) });
    assert.equal($('#moment-situation').value, 'half-edited');
    assert.equal(step(), '6');
    $('#moment-start-fresh').click();
    await settle();
    assert.equal($('#moment-situation').value, 'at the airport', 'start fresh goes back to the saved moment');
  });

  it('says so calmly when the moment can\'t be found', async () => {
    await open({ id: 8 }, { get_moment: () => { throw { kind: 'notFound', message: 'That moment isn’t here any more.' }; } });
    assert.equal($('#moment-flow'), null);
    assert.match($('[role="alert"]').textContent, /isn’t here any more/);
  });
});
