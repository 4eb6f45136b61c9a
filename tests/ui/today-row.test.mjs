// The Today row, driven through a stand-in document: each of the four
// choices must send exactly the right log_plan input, Undo must put the day
// back, words must survive a failed save and a redraw, and the row must
// never speak of misses or streaks.

import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';

import {
  FakeEvent, installDom, installTauri as installFakeTauri, removeDom, removeTauri, settle,
} from './fake-dom.mjs';
import { resetRowState, todayRow } from '../../ui/components/today-row.js';

let calls;
let handlers;
let doc;

function installTauri() {
  handlers = {
    log_plan: ({ input }) => ({
      log: { ...input, day: input.day ?? '2026-11-24', count: input.count ?? 1, loggedAt: 'now' },
      progress: progress(),
    }),
    clear_plan_log: () => null,
  };
  calls = installFakeTauri(handlers);
}

const progress = (over = {}) => ({
  planId: 3, score: 0.62, week: { done: 4, target: 7 }, gapDays: 0, startAgain: false,
  history: [0.55, 0.56, 0.57, 0.58, 0.59, 0.6, 0.61, 0.62].map((score, i) => ({ date: `2026-11-1${i}`, score })),
  ...over,
});

const plan = (over = {}) => ({
  id: 3, action: 'breathe', amount: 3, unit: 'minutes', frequency: { kind: 'daily' }, cue: '',
  cueTime: null, startDate: '2026-11-01', endDate: null, practice: null, fromReflectionId: null,
  status: 'active', sentence: 'I will practise deep breathing for 3 minutes every day.', createdAt: 'x', updatedAt: 'x',
  ...over,
});

const log = (over = {}) => ({
  planId: 3, day: '2026-11-24', outcome: 'done', count: 1, reason: '', note: '', loggedAt: 'x', ...over,
});

let refreshed;
function mount(item) {
  refreshed = 0;
  const row = todayRow({ due: true, slots: 1, log: null, progress: progress(), plan: plan(), ...item },
    { refresh: () => { refreshed += 1; } });
  doc.body.append(row);
  return row;
}

const $ = (sel) => doc.body.querySelector(sel);
const button = (outcome) => $(`li[data-plan-id="3"] button[data-outcome="${outcome}"]`);

beforeEach(() => {
  doc = installDom();
  installTauri();
  resetRowState();
});
afterEach(() => {
  removeDom();
  removeTauri();
});

describe('Today row', () => {
  it('shows the sentence, the score in words, the week, and four even choices', () => {
    const row = mount({});
    assert.equal(row.dataset.planId, '3');
    assert.equal($('#sentence-3').textContent, 'I will practise deep breathing for 3 minutes every day.');
    assert.equal($('#sentence-3 a').href, '#plan/3');
    assert.equal($('#score-3').textContent, 'Score 62 out of 100, rising gently');
    assert.equal($('#week-3').textContent, 'This week: 4 of 7');
    assert.ok($('svg path.sparkline-line').getAttribute('d').startsWith('M2 '));
    assert.equal($('svg').getAttribute('aria-hidden'), 'true', 'the words carry the meaning');
    const outcomes = row.querySelectorAll('button.outcome');
    assert.deepEqual(outcomes.map((b) => b.dataset.outcome), ['done', 'partly', 'skipped', 'notToday']);
    assert.deepEqual(outcomes.map((b) => b.textContent), ['Done', 'Partly', 'Skipped…', 'Not today']);
    assert.deepEqual(outcomes.map((b) => b.className), ['outcome', 'outcome', 'outcome', 'outcome'], 'one look for all four');
    assert.ok(outcomes.every((b) => b.getAttribute('aria-pressed') === 'false'));
    assert.equal($('#note-3'), null, 'the note line comes after choosing');
    assert.equal($('#reason-form-3').hidden, true);
  });

  it('Done logs today and Undo clears the day', async () => {
    mount({});
    button('done').click();
    await settle();
    assert.deepEqual(calls, [{ cmd: 'log_plan', args: { input: { planId: 3, day: null, outcome: 'done', count: null, reason: '', note: '' } } }]);
    assert.equal(refreshed, 1);
    assert.match($('#toast').textContent, /Noted: done\./);
    $('#undo-log').click();
    await settle();
    assert.deepEqual(calls[1], { cmd: 'clear_plan_log', args: { planId: 3, day: '2026-11-24' } });
    assert.equal(refreshed, 2);
  });

  it('Undo after changing the choice puts the earlier one back', async () => {
    mount({ log: log({ outcome: 'partly', note: 'short one' }) });
    button('notToday').click();
    await settle();
    assert.deepEqual(calls[0].args.input, { planId: 3, day: null, outcome: 'notToday', count: null, reason: '', note: 'short one' });
    $('#undo-log').click();
    await settle();
    assert.deepEqual(calls[1], { cmd: 'log_plan', args: { input: { planId: 3, day: '2026-11-24', outcome: 'partly', count: 1, reason: '', note: 'short one' } } });
  });

  it('shows the chosen outcome as pressed and pressing it again clears it', async () => {
    mount({ log: log({ outcome: 'partly' }) });
    assert.equal(button('partly').getAttribute('aria-pressed'), 'true');
    assert.equal(button('done').getAttribute('aria-pressed'), 'false');
    button('partly').click();
    await settle();
    assert.deepEqual(calls, [{ cmd: 'clear_plan_log', args: { planId: 3, day: '2026-11-24' } }]);
  });

  it('Skipped… asks why first, then saves the reason', async () => {
    mount({});
    button('skipped').click();
    await settle();
    assert.deepEqual(calls, [], 'nothing is saved without a reason');
    assert.equal($('#reason-form-3').hidden, false);
    assert.equal(doc.activeElement, $('#reason-3'));
    assert.equal($('label[for="reason-3"]').textContent, 'Skipped because…');
    $('#reason-3').fill('  a migraine ');
    $('#reason-save-3').click();
    await settle();
    assert.deepEqual(calls, [{ cmd: 'log_plan', args: { input: { planId: 3, day: null, outcome: 'skipped', count: null, reason: 'a migraine', note: '' } } }]);
  });

  it('shows the backend\'s words when it refuses, and keeps what was typed', async () => {
    handlers.log_plan = () => { throw { kind: 'invalid', message: 'A few words on why would help.' }; };
    mount({});
    button('skipped').click();
    $('#reason-3').fill('');
    $('#reason-form-3').dispatchEvent(new FakeEvent('submit'));
    await settle();
    assert.equal($('#status-3').textContent, 'A few words on why would help.');
    assert.ok($('#status-3').classList.contains('is-error'));
    assert.equal($('#reason-form-3').hidden, false);
  });

  it('keeps an open reason box and unsaved words across a redraw', () => {
    const first = mount({});
    button('skipped').click();
    $('#reason-3').fill('visitors all day');
    first.remove();
    mount({});
    assert.equal($('#reason-form-3').hidden, false);
    assert.equal($('#reason-3').value, 'visitors all day');
  });

  it('saves the note on blur and on Enter, once, with the same outcome', async () => {
    mount({ log: log({ outcome: 'partly', count: 1 }) });
    const note = $('#note-3');
    assert.equal($('label[for="note-3"]').textContent, 'How did it go? What got in the way?');
    note.focus();
    note.fill('calmer after');
    note.dispatchEvent(new FakeEvent('keydown', { key: 'Enter' }));
    note.blur();
    await settle();
    assert.deepEqual(calls, [{ cmd: 'log_plan', args: { input: { planId: 3, day: '2026-11-24', outcome: 'partly', count: 1, reason: '', note: 'calmer after' } } }]);
    assert.equal($('#status-3').textContent, 'Noted.');
    note.focus();
    note.blur();
    await settle();
    assert.equal(calls.length, 1, 'an unchanged note is not saved again');
  });

  it('counts up the slots of a plan done several times a day', async () => {
    const row = mount({
      plan: plan({ frequency: { kind: 'perDay', times: 3 } }), slots: 3, log: log({ count: 1 }),
    });
    assert.equal(row.querySelectorAll('.slot').length, 3);
    assert.equal(row.querySelectorAll('.slot.is-filled').length, 1);
    assert.equal($('#slots-3').textContent, '1 of 3 today');
    button('done').click();
    await settle();
    assert.equal(calls[0].args.input.count, 2);
    assert.equal(calls[0].args.input.outcome, 'done');
    assert.match($('#toast').textContent, /2 of 3 today/);
  });

  it('says "Start again today." after a gap, and never counts misses', () => {
    const row = mount({ progress: progress({ startAgain: true, gapDays: 4, score: 0.3, history: [] }) });
    assert.equal($('#start-again-3').textContent, 'Start again today.');
    assert.doesNotMatch(row.textContent, /miss|streak|fail|broke/i);
  });

  it('links to the plan\'s guided practice', () => {
    mount({ plan: plan({ practice: 'box' }) });
    assert.equal($('#start-practice-3').href, '#practice/box?plan=3');
  });
});
