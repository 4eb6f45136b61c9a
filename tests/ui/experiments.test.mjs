// Behavioural experiments through a stand-in document and a fake backend:
// the exact ExperimentInput the form sends (the backend denies any other
// key), a moment's thought as the prediction, sliders that stay unrated
// until moved, the write-up on the experiment's page, delete with Undo,
// the Practice list in calm words, Home's one gentle card, "Test this
// thought" on a moment, the brief's items that can be left out, and every
// word kept when saving fails.

import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';

import { FakeEvent, installDom, installTauri, removeDom, removeTauri, settle } from './fake-dom.mjs';
import { briefSections } from '../../ui/components/brief-sections.js';
import { resetEarlierDay } from '../../ui/components/earlier-day.js';
import { resetRowState } from '../../ui/components/today-row.js';
import {
  canRemind, emptyExperimentForm, experimentProblem, experimentToForm, formToExperimentInput, oldestReady,
} from '../../ui/lib/experiment-form.js';
import {
  experimentEditHref, experimentHref, newExperimentHref, parseRoute,
} from '../../ui/lib/route.js';
import { dateToLocalInput, localInputToRfc3339 } from '../../ui/lib/time.js';
import { detailView, formView } from '../../ui/views/experiment.js';
import home from '../../ui/views/home.js';
import moment from '../../ui/views/moment.js';
import practice from '../../ui/views/practice.js';

const KEYS = ['beliefAfter', 'beliefBefore', 'expected', 'fromMomentId', 'happened', 'learned', 'obstacles',
  'plannedFor', 'prediction', 'remind', 'safetyBehaviours', 'test'];

const DAY = 24 * 60 * 60 * 1000;
/** A datetime-local value `days` from now (negative: in the past). */
const localIn = (days) => dateToLocalInput(new Date(Date.now() + days * DAY));

let doc;
let calls;
let navigated;
let refreshed;
const $ = (sel) => doc.body.querySelector(sel);
const $$ = (sel) => doc.body.querySelectorAll(sel);
const callsOf = (cmd) => calls.filter((c) => c.cmd === cmd);
const ctx = () => ({
  refresh: () => { refreshed += 1; }, navigate: (hash) => navigated.push(hash), isCurrent: () => true,
});

async function show(view, route, handlers) {
  calls = installTauri(handlers);
  const root = doc.createElement('div');
  const title = await view.render(root, route, ctx());
  doc.body.append(root);
  await settle();
  return title;
}

/** Types into a field as a person would. */
function type(sel, value) {
  const el = $(sel);
  el.value = value;
  el.dispatchEvent(new FakeEvent('input'));
  el.dispatchEvent(new FakeEvent('change'));
}

/** Moves a slider to `value`. */
const slide = (sel, value) => type(sel, String(value));

const submit = async (sel) => {
  $(sel).dispatchEvent(new FakeEvent('submit'));
  await settle();
};

/** The page's one delete dialog, as index.html has it. */
function deleteDialog() {
  const dialog = doc.createElement('dialog');
  dialog.id = 'confirm-delete';
  const title = doc.createElement('h2');
  title.id = 'confirm-delete-title';
  title.textContent = 'Delete this reflection?';
  const keep = doc.createElement('button');
  keep.id = 'confirm-delete-no';
  dialog.append(title, keep);
  doc.body.append(dialog);
  return dialog;
}

const experiment = (over = {}) => ({
  id: 3,
  prediction: 'If I speak up in the meeting, everyone will think I’m stupid',
  beliefBefore: 80,
  test: 'Say one thing in Monday’s team meeting',
  safetyBehaviours: 'Rehearsing every word',
  expected: 'Someone smirks or looks away',
  plannedFor: '2026-11-30T10:00:00+01:00',
  fromMomentId: 7,
  planId: null,
  happened: '',
  learned: '',
  beliefAfter: null,
  obstacles: '',
  status: 'planned',
  writtenUpAt: null,
  createdAt: '2026-11-24T18:00:00+01:00',
  updatedAt: '2026-11-24T18:00:00+01:00',
  ...over,
});

beforeEach(() => {
  doc = installDom();
  navigated = [];
  refreshed = 0;
});
afterEach(() => {
  removeDom();
  removeTauri();
});

// --- The words and the input ----------------------------------------------------------

describe('experiment input', () => {
  it('sends exactly the twelve ExperimentInput keys, trimmed, with unrated beliefs as null', () => {
    const input = formToExperimentInput({ ...emptyExperimentForm(), prediction: '  they will laugh \n' });
    assert.deepEqual(Object.keys(input).sort(), KEYS);
    assert.deepEqual(input, {
      prediction: 'they will laugh', beliefBefore: null, test: '', safetyBehaviours: '', expected: '',
      plannedFor: null, fromMomentId: null, remind: false, happened: '', learned: '', beliefAfter: null,
      obstacles: '',
    });
  });

  it('sends the planned time with an offset, ratings as whole numbers, and the moment it came from', () => {
    const form = {
      ...emptyExperimentForm(), prediction: 'x', beliefBefore: '72.4', beliefAfter: 30, plannedFor: '2026-11-30T10:00',
      remind: true, test: ' say hello ', obstacles: ' tired ',
    };
    const input = formToExperimentInput(form, { fromMomentId: 7, offsetMinutes: 60 });
    assert.equal(input.plannedFor, '2026-11-30T10:00:00+01:00');
    assert.equal(input.beliefBefore, 72);
    assert.equal(input.beliefAfter, 30);
    assert.equal(input.fromMomentId, 7);
    assert.equal(input.remind, true);
    assert.equal(input.test, 'say hello');
    assert.equal(input.obstacles, 'tired');
    assert.equal(formToExperimentInput({ ...form, beliefBefore: 140 }).beliefBefore, 100);
  });

  it('keeps a saved time with its own offset while the field still shows it', () => {
    const saved = experiment({ plannedFor: '2026-11-30T10:00:00-05:00' });
    const form = experimentToForm(saved);
    assert.equal(form.plannedFor, '2026-11-30T10:00');
    const again = formToExperimentInput(form, { originalPlannedFor: saved.plannedFor, offsetMinutes: 60 });
    assert.equal(again.plannedFor, '2026-11-30T10:00:00-05:00', 'not moved to this computer’s offset');
    const moved = formToExperimentInput({ ...form, plannedFor: '2026-12-01T09:00' },
      { originalPlannedFor: saved.plannedFor, offsetMinutes: 60 });
    assert.equal(moved.plannedFor, '2026-12-01T09:00:00+01:00');
    assert.equal(formToExperimentInput({ ...form, plannedFor: '' }, { originalPlannedFor: saved.plannedFor }).plannedFor,
      null, 'a time taken away is null');
  });

  it('round-trips a saved experiment through the form', () => {
    const saved = experiment({ happened: 'Nobody smirked', learned: 'People were kind', beliefAfter: 35 });
    const input = formToExperimentInput(experimentToForm(saved),
      { fromMomentId: saved.fromMomentId, originalPlannedFor: saved.plannedFor });
    for (const key of KEYS.filter((k) => k !== 'remind')) assert.deepEqual(input[key], saved[key], key);
    assert.equal(input.remind, false);
  });

  it('asks for a prediction first, and for a time ahead and an experiment before a reminder', () => {
    const now = Date.parse('2026-11-24T12:00:00Z');
    const base = { ...emptyExperimentForm(), prediction: 'x', test: 'say hello' };
    assert.equal(experimentProblem({ ...base, prediction: '  ' }, now).field, 'experiment-prediction');
    assert.equal(experimentProblem(base, now), null);
    assert.equal(experimentProblem({ ...base, plannedFor: '2026-11-20T10:00' }, now), null,
      'a past time without a reminder is fine');
    const past = experimentProblem({ ...base, remind: true, plannedFor: '2026-11-20T10:00' }, now);
    assert.equal(past.field, 'experiment-planned-for');
    assert.match(past.message, /still ahead/);
    assert.equal(experimentProblem({ ...base, remind: true, plannedFor: '' }, now).field, 'experiment-planned-for');
    assert.equal(experimentProblem({ ...base, remind: true, test: '', plannedFor: '2026-12-20T10:00' }, now).field,
      'experiment-test');
    assert.equal(experimentProblem({ ...base, remind: true, plannedFor: '2026-12-20T10:00' }, now), null);
    assert.equal(canRemind({ ...base, plannedFor: '2026-12-20T10:00' }, now), true);
    assert.equal(canRemind({ ...base, plannedFor: '2026-11-20T10:00' }, now), false);
  });

  it('picks the ready experiment waiting longest, and none when none is ready', () => {
    const list = [
      experiment({ id: 9, status: 'ready', createdAt: '2026-11-26T09:00:00+01:00' }),
      experiment({ id: 8, status: 'planned', createdAt: '2026-11-20T09:00:00+01:00' }),
      experiment({ id: 6, status: 'ready', createdAt: '2026-11-22T09:00:00+01:00' }),
      experiment({ id: 5, status: 'done', createdAt: '2026-11-21T09:00:00+01:00' }),
    ];
    assert.equal(oldestReady(list).id, 6);
    assert.equal(oldestReady(list.filter((e) => e.status !== 'ready')), null);
    assert.equal(oldestReady(null), null);
  });
});

describe('experiment routes', () => {
  it('plans, reads and changes an experiment, from a moment too', () => {
    assert.deepEqual(parseRoute('#experiment/new'),
      { view: 'experimentForm', place: 'practice', id: null, fromMoment: null });
    assert.deepEqual(parseRoute('#experiment/new?moment=7'),
      { view: 'experimentForm', place: 'practice', id: null, fromMoment: 7 });
    assert.deepEqual(parseRoute('#experiment/3'), { view: 'experiment', place: 'practice', id: 3 });
    assert.deepEqual(parseRoute('#experiment/3/edit'),
      { view: 'experimentForm', place: 'practice', id: 3, fromMoment: null });
    assert.deepEqual(parseRoute('#experiment/nope'), { view: 'practice', place: 'practice' });
    assert.equal(newExperimentHref(), '#experiment/new');
    assert.equal(newExperimentHref(7), '#experiment/new?moment=7');
    assert.equal(experimentHref(3), '#experiment/3');
    assert.equal(experimentEditHref(3), '#experiment/3/edit');
  });
});

// --- Planning ------------------------------------------------------------------------------

describe('planning an experiment', () => {
  const created = (input) => experiment({ ...input, id: 5 });
  const handlers = (over = {}) => ({
    create_experiment: ({ input }) => created(input),
    get_moment: ({ id }) => ({
      id, occurredAt: '2026-11-24T08:40:00+01:00', selfTalk: '  They’ll see I’m not good enough \n', beliefBefore: 80,
    }),
    ...over,
  });

  it('sends the exact ExperimentInput, and goes to the new experiment', async () => {
    const title = await show(formView, { id: null, fromMoment: null }, handlers());
    assert.equal(title, 'Plan an experiment');
    assert.equal($('h1').textContent, 'Plan an experiment');
    assert.equal($('#experiment-prediction').getAttribute('dir'), 'auto');
    assert.match($('label[for="experiment-prediction"]').textContent, /What do you predict will happen\?/);
    assert.match($('#experiment-safety-behaviours-hint').textContent, /something you do to feel safer/);
    assert.equal($('#experiment-planned-for').type, 'datetime-local');

    type('#experiment-prediction', '  If I speak up, they’ll laugh ');
    slide('#experiment-belief-before', 75);
    type('#experiment-test', 'Say one thing in the meeting');
    type('#experiment-safety-behaviours', 'Rehearsing');
    type('#experiment-expected', 'Someone laughs');
    const when = localIn(7);
    type('#experiment-planned-for', when);
    $('#experiment-remind').click();
    await submit('#experiment-form');

    const sent = callsOf('create_experiment').map((c) => c.args);
    assert.equal(sent.length, 1);
    assert.deepEqual(Object.keys(sent[0]), ['input']);
    assert.deepEqual(sent[0].input, {
      prediction: 'If I speak up, they’ll laugh', beliefBefore: 75, test: 'Say one thing in the meeting',
      safetyBehaviours: 'Rehearsing', expected: 'Someone laughs', plannedFor: localInputToRfc3339(when),
      fromMomentId: null, remind: true, happened: '', learned: '', beliefAfter: null, obstacles: '',
    });
    assert.deepEqual(navigated, ['#experiment/5']);
    assert.match($('#toast').textContent, /Whatever happens, you’ll learn something/);
  });

  it('keeps the belief unrated until the slider is moved, and says so in words', async () => {
    await show(formView, { id: null, fromMoment: null }, handlers());
    const slider = $('#experiment-belief-before');
    assert.equal(slider.getAttribute('type'), 'range');
    assert.ok(slider.classList.contains('is-unset'));
    assert.equal(slider.getAttribute('aria-valuetext'), 'Not rated');
    assert.equal($('#experiment-belief-before-value').textContent, 'Not rated');
    assert.equal($('#experiment-belief-before-clear').hidden, true);
    assert.ok($('label[for="experiment-belief-before"]'), 'the slider is labelled');

    type('#experiment-prediction', 'They will laugh');
    await submit('#experiment-form');
    assert.equal(callsOf('create_experiment')[0].args.input.beliefBefore, null, 'never moved, never rated');

    slide('#experiment-belief-before', 60);
    assert.equal(slider.classList.contains('is-unset'), false);
    assert.equal(slider.getAttribute('aria-valuetext'), '60%');
    assert.equal($('#experiment-belief-before-clear').hidden, false);
    $('#experiment-belief-before-clear').click();
    assert.equal(slider.getAttribute('aria-valuetext'), 'Not rated');
    assert.equal(doc.activeElement, slider, 'focus stays on the slider');
  });

  it('starts from a moment: its thought as the prediction, its belief, and where it came from', async () => {
    await show(formView, { id: null, fromMoment: 7 }, handlers());
    assert.deepEqual(callsOf('get_moment').map((c) => c.args), [{ id: 7 }]);
    assert.equal($('#experiment-prediction').value, 'They’ll see I’m not good enough');
    const slider = $('#experiment-belief-before');
    assert.equal(slider.value, '80');
    assert.equal(slider.getAttribute('aria-valuetext'), '80%');
    assert.equal(slider.classList.contains('is-unset'), false);
    assert.equal($('#experiment-origin a').href, '#moment/7');
    assert.match($('#experiment-origin').textContent, /your moment on Tue 24 Nov/);

    type('#experiment-test', 'Ask a question in class');
    await submit('#experiment-form');
    const { input } = callsOf('create_experiment')[0].args;
    assert.equal(input.fromMomentId, 7);
    assert.equal(input.beliefBefore, 80);
    assert.equal(input.prediction, 'They’ll see I’m not good enough');
  });

  it('leaves the belief unrated when the moment’s thought wasn’t rated', async () => {
    await show(formView, { id: null, fromMoment: 7 }, handlers({
      get_moment: ({ id }) => ({ id, occurredAt: '2026-11-24T08:40:00+01:00', selfTalk: 'x', beliefBefore: null }),
    }));
    assert.equal($('#experiment-belief-before').getAttribute('aria-valuetext'), 'Not rated');
  });

  it('starts blank when the moment is gone', async () => {
    await show(formView, { id: null, fromMoment: 7 }, handlers({
      get_moment: () => { throw { kind: 'notFound', message: 'That moment isn’t here.' }; },
    }));
    assert.equal($('#experiment-prediction').value, '');
    assert.equal($('#experiment-origin'), null);
    type('#experiment-prediction', 'x');
    await submit('#experiment-form');
    assert.equal(callsOf('create_experiment')[0].args.input.fromMomentId, null);
  });

  it('keeps every word when saving fails, and says the backend’s sentence beside Save', async () => {
    await show(formView, { id: null, fromMoment: null }, handlers({
      create_experiment: () => { throw { kind: 'invalid', message: 'That is more words than Interlude can keep.' }; },
    }));
    type('#experiment-prediction', 'They will laugh');
    type('#experiment-test', 'Speak up once');
    slide('#experiment-belief-before', 90);
    await submit('#experiment-form');
    assert.equal($('#experiment-error').hidden, false);
    assert.equal($('#experiment-error').textContent, 'That is more words than Interlude can keep.');
    assert.equal($('#experiment-error').getAttribute('role'), 'alert');
    assert.equal(doc.activeElement, $('#experiment-error'));
    assert.equal($('#experiment-prediction').value, 'They will laugh');
    assert.equal($('#experiment-test').value, 'Speak up once');
    assert.equal($('#experiment-belief-before').getAttribute('aria-valuetext'), '90%');
    assert.deepEqual(navigated, []);
    assert.equal($('#save-experiment').getAttribute('aria-disabled'), null, 'Save can be pressed again');
    type('#experiment-prediction', 'They will laugh at me');
    assert.equal($('#experiment-error').hidden, true, 'typing again clears the stale message');
  });

  it('asks for the prediction kindly before sending anything', async () => {
    await show(formView, { id: null, fromMoment: null }, handlers());
    await submit('#experiment-form');
    assert.equal(callsOf('create_experiment').length, 0);
    assert.match($('#experiment-error').textContent, /prediction you’d like to test/);
    assert.equal(doc.activeElement, $('#experiment-prediction'));
  });

  it('asks for a time still ahead before a reminder, saying what it needs as the form changes', async () => {
    await show(formView, { id: null, fromMoment: null }, handlers());
    assert.match($('#experiment-remind-hint').textContent, /one-day plan in Practice, with a reminder at that time/);
    type('#experiment-prediction', 'They will laugh');
    type('#experiment-test', 'Speak up once');
    type('#experiment-planned-for', localIn(-1));
    $('#experiment-remind').click();
    assert.equal($('#experiment-remind-note').hidden, false);
    assert.equal($('#experiment-remind').getAttribute('aria-describedby'), 'experiment-remind-hint experiment-remind-note');
    await submit('#experiment-form');
    assert.equal(callsOf('create_experiment').length, 0);
    assert.match($('#experiment-error').textContent, /still ahead/);
    assert.equal(doc.activeElement, $('#experiment-planned-for'));
    type('#experiment-planned-for', localIn(2));
    assert.equal($('#experiment-remind-note').hidden, true);
    assert.equal($('#experiment-remind').getAttribute('aria-describedby'), 'experiment-remind-hint');
    await submit('#experiment-form');
    assert.equal(callsOf('create_experiment')[0].args.input.remind, true);
  });
});

describe('changing an experiment', () => {
  const handlers = (over = {}) => ({
    get_experiment: () => experiment({ happened: 'Nobody smirked', beliefAfter: 40, status: 'done' }),
    update_experiment: ({ id, input }) => experiment({ ...input, id }),
    ...over,
  });

  it('fills the plan, sends the whole input again with the write-up as it was, and goes back', async () => {
    const title = await show(formView, { id: 3, fromMoment: null }, handlers());
    assert.equal(title, 'Change your experiment');
    assert.equal($('#experiment-prediction').value, experiment().prediction);
    assert.equal($('#experiment-belief-before').getAttribute('aria-valuetext'), '80%');
    assert.equal($('#experiment-planned-for').value, '2026-11-30T10:00');
    assert.equal($('a[href="#experiment/3"]').textContent, '← Your experiment');
    type('#experiment-expected', 'Someone looks away');
    await submit('#experiment-form');
    assert.deepEqual(callsOf('update_experiment').map((c) => c.args), [{
      id: 3,
      input: {
        prediction: experiment().prediction, beliefBefore: 80, test: experiment().test,
        safetyBehaviours: 'Rehearsing every word', expected: 'Someone looks away',
        plannedFor: '2026-11-30T10:00:00+01:00', fromMomentId: 7, remind: false, happened: 'Nobody smirked',
        learned: '', beliefAfter: 40, obstacles: '',
      },
    }]);
    assert.deepEqual(navigated, ['#experiment/3']);
  });

  it('links to the reminder plan instead of offering another', async () => {
    await show(formView, { id: 3, fromMoment: null }, handlers({ get_experiment: () => experiment({ planId: 12 }) }));
    assert.equal($('#experiment-remind'), null);
    assert.equal($('#experiment-reminder-plan a').href, '#plan/12');
  });

  it('says plainly when the experiment is gone', async () => {
    await show(formView, { id: 3, fromMoment: null }, handlers({
      get_experiment: () => { throw { kind: 'notFound', message: 'Not here.' }; },
    }));
    assert.equal($('h1').textContent, 'This experiment isn’t here any more');
    assert.equal($('#experiment-form'), null);
  });
});

// --- The experiment's page and its write-up ----------------------------------------------

describe('the experiment page', () => {
  const handlers = (over = {}) => ({
    get_experiment: () => experiment({ status: 'ready' }),
    update_experiment: ({ id, input }) => experiment({ ...input, id, status: 'done' }),
    delete_experiment: () => null,
    restore_experiment: () => experiment(),
    ...over,
  });

  it('shows what was planned in the person’s words, calmly', async () => {
    const title = await show(detailView, { id: 3 }, handlers());
    assert.equal(title, 'Your experiment');
    assert.equal($('h1').textContent, 'Your experiment');
    assert.equal($('#experiment-status').textContent, 'Ready to write up whenever you like');
    const plan = $('#experiment-plan');
    assert.match(plan.textContent, /everyone will think I’m stupid/);
    assert.match(plan.textContent, /How strongly you believed it at the start: 80%/);
    assert.match(plan.textContent, /Rehearsing every word/);
    assert.equal($('#experiment-when-read').textContent, 'Mon 30 Nov, 10:00');
    for (const p of plan.querySelectorAll('p.answer')) assert.equal(p.getAttribute('dir'), 'auto');
    assert.equal($('#edit-experiment').href, '#experiment/3/edit');
    const headings = [...doc.body.descendants()].filter((el) => /^h[1-6]$/.test(el.localName)).map((el) => el.localName);
    assert.deepEqual(headings, ['h1', 'h2', 'h3', 'h3', 'h3', 'h3', 'h3', 'h2'], 'headings in order');
    assert.doesNotMatch(doc.body.textContent, /overdue|missed|fail|late/i);
  });

  it('writes it up: the whole input, the belief re-rated against the first rating', async () => {
    await show(detailView, { id: 3 }, handlers());
    const after = $('#experiment-belief-after');
    assert.equal($('#experiment-belief-after-hint').textContent, 'At the start: 80%');
    assert.ok(after.classList.contains('is-unset'));
    assert.equal(after.getAttribute('aria-valuetext'), 'Not rated');
    assert.equal(after.value, '80', 'it rests where the first rating was');
    assert.match($('label[for="experiment-obstacles"]').textContent, /Anything that got in the way\?/);

    type('#experiment-happened', 'I said one thing. Two people nodded.');
    type('#experiment-learned', ' People listen more than I thought ');
    slide('#experiment-belief-after', 35);
    type('#experiment-obstacles', 'I was tired');
    await submit('#experiment-writeup');
    assert.deepEqual(callsOf('update_experiment').map((c) => c.args), [{
      id: 3,
      input: {
        prediction: experiment().prediction, beliefBefore: 80, test: experiment().test,
        safetyBehaviours: 'Rehearsing every word', expected: 'Someone smirks or looks away',
        plannedFor: '2026-11-30T10:00:00+01:00', fromMomentId: 7, remind: false,
        happened: 'I said one thing. Two people nodded.', learned: 'People listen more than I thought',
        beliefAfter: 35, obstacles: 'I was tired',
      },
    }]);
    assert.equal(refreshed, 1, 'drawn again from what was kept');
    assert.match($('#toast').textContent, /Whatever happened, you learned something/);
  });

  it('sends the re-rating as null until the slider is moved', async () => {
    await show(detailView, { id: 3 }, handlers({ get_experiment: () => experiment({ beliefBefore: null }) }));
    assert.equal($('#experiment-belief-after-hint').textContent, 'Not rated at the start');
    type('#experiment-happened', 'It went fine');
    await submit('#experiment-writeup');
    const { input } = callsOf('update_experiment')[0].args;
    assert.equal(input.beliefAfter, null);
    assert.equal(input.beliefBefore, null);
  });

  it('keeps the write-up when saving fails', async () => {
    await show(detailView, { id: 3 }, handlers({
      update_experiment: () => { throw { kind: 'storage', message: 'Storage is busy just now.' }; },
    }));
    type('#experiment-happened', 'Nobody laughed');
    slide('#experiment-belief-after', 20);
    await submit('#experiment-writeup');
    assert.equal($('#experiment-writeup-error').textContent, 'Storage is busy just now.');
    assert.equal($('#experiment-writeup-error').hidden, false);
    assert.equal(doc.activeElement, $('#experiment-writeup-error'));
    assert.equal($('#experiment-happened').value, 'Nobody laughed');
    assert.equal($('#experiment-belief-after').getAttribute('aria-valuetext'), '20%');
    assert.equal(refreshed, 0);
  });

  it('shows a written-up experiment’s words in the form, to change', async () => {
    await show(detailView, { id: 3 }, handlers({
      get_experiment: () => experiment({
        status: 'done', happened: 'Nobody laughed', learned: 'I can speak up', beliefAfter: 30, obstacles: '',
      }),
    }));
    // The arrow is seen, "to" is heard (visually hidden): both are in the text.
    assert.equal($('#experiment-status').textContent, 'Written up · Belief: 80% →  to 30%');
    assert.equal($('#experiment-happened').value, 'Nobody laughed');
    assert.equal($('#experiment-belief-after').getAttribute('aria-valuetext'), '30%');
    assert.equal($('#save-writeup').textContent, 'Save changes');
  });

  it('deletes after asking, and Undo brings it back', async () => {
    const dialog = deleteDialog();
    await show(detailView, { id: 3 }, handlers());
    $('#delete-experiment').click();
    assert.equal(dialog.open, true);
    assert.equal($('#confirm-delete-title').textContent, 'Delete this experiment?');
    dialog.close('delete');
    await settle();
    assert.deepEqual(callsOf('delete_experiment').map((c) => c.args), [{ id: 3 }]);
    assert.deepEqual(navigated, ['#practice']);
    assert.match($('#toast').textContent, /Experiment deleted\./);
    $('#undo').click();
    await settle();
    assert.deepEqual(callsOf('restore_experiment').map((c) => c.args), [{ id: 3 }]);
    assert.match($('#toast').textContent, /Experiment restored\./);
    assert.equal(refreshed, 1);
  });

  it('keeps it when the dialog says "Keep it"', async () => {
    const dialog = deleteDialog();
    await show(detailView, { id: 3 }, handlers());
    $('#delete-experiment').click();
    dialog.close('keep');
    await settle();
    assert.equal(callsOf('delete_experiment').length, 0);
  });
});

// --- Practice, Home, the moment page ---------------------------------------------------------

describe('experiments on the Practice page', () => {
  beforeEach(() => {
    resetRowState();
    resetEarlierDay();
  });
  const base = (list) => ({
    get_today: () => ({ date: '2026-11-24', offerCompassion: null, items: [] }),
    list_plans: () => [],
    list_compassion_breaks: () => [],
    list_experiments: () => list,
  });

  it('lists each with its prediction and where it is, in calm words', async () => {
    await show(practice, {}, base([
      experiment({ id: 4, status: 'planned', plannedFor: '2026-11-30T10:00:00+01:00' }),
      experiment({ id: 5, status: 'planned', plannedFor: null, prediction: 'They won’t call back' }),
      experiment({ id: 6, status: 'ready' }),
      experiment({ id: 7, status: 'done', beliefBefore: 80, beliefAfter: 40 }),
      experiment({ id: 8, status: 'done', beliefBefore: null, beliefAfter: 40 }),
    ]));
    assert.equal($('#experiments-heading').textContent, 'Experiments');
    const links = $$('#experiments a');
    assert.deepEqual(links.map((a) => a.href),
      ['#experiment/4', '#experiment/5', '#experiment/6', '#experiment/7', '#experiment/8']);
    assert.deepEqual(links.map((a) => a.querySelector('.entry-date').textContent), [
      'Planned for Mon 30 Nov, 10:00',
      'Planned',
      'Ready to write up whenever you like',
      'Written up · Belief: 80% →  to 40%',
      'Written up',
    ]);
    assert.equal(links[1].querySelector('.entry-text').textContent, 'They won’t call back');
    assert.equal(links[1].querySelector('.entry-text').getAttribute('dir'), 'auto');
    // The arrow is only seen; a screen reader hears "to".
    const change = links[3].querySelector('.entry-date');
    assert.equal(change.querySelector('[aria-hidden]').textContent, ' → ');
    assert.equal(change.querySelector('.visually-hidden').textContent, ' to ');
    assert.doesNotMatch($('#your-experiments').textContent, /overdue|missed|fail|late|\d+ (ready|waiting)/i);
    assert.equal($('#new-experiment').href, '#experiment/new');
    assert.equal($('#new-experiment').textContent, 'Plan an experiment');
    assert.match($('#experiments-about').textContent, /Whatever happens, you learn something/);
  });

  it('says kindly where they will be, with a way to plan one', async () => {
    await show(practice, {}, base([]));
    assert.equal($('#experiments'), null);
    assert.equal($('#experiments-empty').textContent, 'Your experiments will be listed here.');
    assert.ok($('#new-experiment'));
  });

  it('still shows the rest of the page when experiments can’t load', async () => {
    await show(practice, {}, {
      ...base([]), list_experiments: () => { throw { kind: 'storage', message: 'Storage is busy.' }; },
    });
    assert.match($('#your-experiments').textContent, /Storage is busy\./);
    assert.ok($('#practices'));
    assert.ok($('#your-plans'));
  });
});

describe('Home’s experiment card', () => {
  const homeData = {
    now: '2026-11-24T19:00:00+01:00', lastSessionAt: null, daysSinceLastSession: null,
    hasReflectionDraft: false, reflectionCount: 0, latest: null, focus: null, today: { due: 0, done: 0 },
    offerCompassion: null,
  };

  it('asks gently about the one waiting longest, and links to it', async () => {
    await show(home, {}, {
      get_home: () => homeData,
      list_experiments: () => [
        experiment({ id: 9, status: 'ready', prediction: 'Newer one', createdAt: '2026-11-23T09:00:00+01:00' }),
        experiment({ id: 4, status: 'ready', prediction: 'They’ll think I’m rude', createdAt: '2026-11-20T09:00:00+01:00' }),
        experiment({ id: 2, status: 'done', createdAt: '2026-11-10T09:00:00+01:00' }),
      ],
    });
    assert.equal($$('#experiment-ready').length, 1, 'one card at most');
    assert.equal($('#experiment-ready-line').textContent,
      'How did your experiment go? “They’ll think I’m rude” — write it up whenever you’re ready.');
    assert.equal($('#experiment-ready-line [dir="auto"]').textContent, 'They’ll think I’m rude');
    assert.equal($('#experiment-ready-link').href, '#experiment/4');
    assert.equal($('#experiment-ready-link').textContent, 'Write it up');
    assert.equal($('#experiment-ready h2').textContent, 'Your experiment');
    assert.doesNotMatch($('#experiment-ready').textContent, /overdue|missed|still|yet|\d+ experiments/i);
  });

  it('shortens a long prediction at a word', async () => {
    const long = 'They will all think I have nothing to say and that I should never have been hired in the first place, '
      + 'and they will talk about it after I leave the room';
    await show(home, {}, {
      get_home: () => homeData,
      list_experiments: () => [experiment({ id: 4, status: 'ready', prediction: long })],
    });
    const quoted = $('#experiment-ready-line [dir="auto"]').textContent;
    assert.ok(quoted.length <= 141, quoted);
    assert.match(quoted, /\w…$/);
  });

  it('is not there when none is ready, or when experiments can’t be read', async () => {
    await show(home, {}, {
      get_home: () => homeData,
      list_experiments: () => [experiment({ status: 'planned' }), experiment({ id: 4, status: 'done' })],
    });
    assert.equal($('#experiment-ready'), null);
    doc.body.replaceChildren();
    await show(home, {}, {
      get_home: () => homeData,
      list_experiments: () => { throw { kind: 'storage', message: 'Busy.' }; },
    });
    assert.equal($('#experiment-ready'), null);
    assert.ok($('#log-moment'), 'Home is drawn as usual');
  });
});

describe('"Test this thought" on a moment', () => {
  const MOMENT = {
    id: 7, occurredAt: '2026-11-24T08:40:00+01:00', situation: 'At work', emotions: [], body: '',
    selfTalk: 'They will see I am not good enough', beliefBefore: 80, traps: [], did: '', friend: '',
    starred: false, private: false, tags: [], createdAt: 'x', updatedAt: 'x',
  };
  const handlers = (m) => ({
    get_moment: () => m, get_journal_vocabulary: () => ({ emotions: [], traps: [] }), list_tags: () => [],
  });

  it('offers to test the thought the moment wrote down', async () => {
    await show(moment, { id: 7 }, handlers(MOMENT));
    assert.equal($('#test-thought').href, '#experiment/new?moment=7');
    assert.equal($('#test-thought').textContent, 'Test this thought');
    assert.equal($('#test-thought').getAttribute('aria-describedby'), 'test-thought-hint');
    assert.ok($('#test-thought-hint').textContent);
  });

  it('offers nothing when no thought was written', async () => {
    await show(moment, { id: 7 }, handlers({ ...MOMENT, selfTalk: '  ' }));
    assert.equal($('#test-thought'), null);
  });
});

// --- The brief ------------------------------------------------------------------------------

describe('experiments in the brief', () => {
  const BRIEF_EXPERIMENT = {
    key: 'experiment:3', id: 3, prediction: 'They’ll think I’m stupid', test: 'Speak up once',
    beliefBefore: 80, beliefAfter: 40, plannedFor: '2026-11-30T10:00:00+01:00', happened: 'Two people nodded',
    learned: 'People listen', obstacles: 'Tired', status: 'done',
  };
  let leftOut;
  const sections = () => briefSections({
    onLeaveOut: (key) => leftOut.push(key), onAgendaRemove: () => {}, onPutBack: () => {},
  });
  const draw = (brief) => {
    const body = doc.createElement('section');
    body.append(...[sections().homework(brief)].flat(Infinity).filter(Boolean));
    doc.body.append(body);
    return body;
  };
  beforeEach(() => { leftOut = []; });

  it('shows each with its prediction, belief before → after and what came of it, and can leave it out', () => {
    const body = draw({ homework: [], experiments: [BRIEF_EXPERIMENT] });
    assert.equal(body.querySelector('h3').textContent, 'Experiments');
    const item = body.querySelector('.brief-item[data-key="experiment:3"]');
    assert.ok(item);
    const text = item.textContent;
    for (const words of ['They’ll think I’m stupid', 'Speak up once', 'Two people nodded', 'People listen', 'Tired']) {
      assert.ok(text.includes(words), words);
    }
    assert.match(item.querySelector('.brief-belief').textContent, /80% → .*40%/);
    assert.equal(item.querySelector('a').href, '#experiment/3');
    assert.doesNotMatch(text, /No practice plans/, 'nothing extra is said about plans');
    for (const dd of item.querySelectorAll('dd.answer')) assert.equal(dd.getAttribute('dir'), 'auto');
    const button = $('#brief-remove-experiment_3a_3');
    assert.equal(button.getAttribute('aria-label'), 'Leave out: They’ll think I’m stupid');
    button.click();
    assert.deepEqual(leftOut, ['experiment:3']);
  });

  it('shows only the ratings given, and says plainly when one isn’t written up', () => {
    const body = draw({
      homework: [],
      experiments: [
        { ...BRIEF_EXPERIMENT, beliefAfter: null, happened: '', learned: '', obstacles: '', status: 'ready' },
        { ...BRIEF_EXPERIMENT, key: 'experiment:4', id: 4, beliefBefore: null, beliefAfter: null, status: 'planned' },
      ],
    });
    const [first, second] = body.querySelectorAll('.brief-item');
    assert.equal(first.querySelector('.brief-belief').textContent, '80% at the start');
    assert.match(first.textContent, /not written up yet/);
    assert.doesNotMatch(first.textContent, /What happened/);
    assert.equal(second.querySelector('.brief-belief'), null);
    assert.match(second.textContent, /planned for Mon 30 Nov/);
  });

  it('follows the plans, and adds nothing when there are none', () => {
    const plan = {
      key: 'plan:2', id: 2, sentence: 'I will breathe.', planned: 1, done: 1, partly: 0, skipped: 0, notToday: 0,
      reasons: [], notes: [],
    };
    const both = draw({ homework: [plan], experiments: [BRIEF_EXPERIMENT] });
    assert.deepEqual(both.querySelectorAll('.brief-item').map((el) => el.dataset.key), ['plan:2', 'experiment:3']);
    doc.body.replaceChildren();
    const none = draw({ homework: [plan], experiments: [] });
    assert.doesNotMatch(none.textContent, /Experiments/);
    doc.body.replaceChildren();
    const empty = draw({ homework: [] });
    assert.match(empty.textContent, /No practice plans in these days/);
    assert.doesNotMatch(empty.textContent, /Experiments/);
  });
});
