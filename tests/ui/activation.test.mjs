// Behavioural activation through a stand-in document and a fake backend:
// the exact ActivityInput (the backend denies any other key), sliders
// unrated until moved, planning for a value, logging with no plan, "How did
// it go?", delete with Undo, values, Practice's list in calm words, and
// Insights' "Activity and mood" with its honest "not enough yet" lines.

import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';

import { FakeEvent, installDom, installTauri, removeDom, removeTauri, settle } from './fake-dom.mjs';
import {
  activitySection, eveningsLine, expectationLine, moodWithLine, surpriseLine,
} from '../../ui/components/activity-insights.js';
import { tenWords } from '../../ui/components/activity-parts.js';
import { resetEarlierDay } from '../../ui/components/earlier-day.js';
import { resetRowState } from '../../ui/components/today-row.js';
import {
  activityProblem, activityToForm, AREAS, emptyActivityForm, formToActivityInput, normalizeTen, valuesByArea,
} from '../../ui/lib/activity-form.js';
import { activityEditHref, activityHref, logActivityHref, newActivityHref, parseRoute } from '../../ui/lib/route.js';
import { dateToLocalInput, localInputToRfc3339 } from '../../ui/lib/time.js';
import { detailView, formView } from '../../ui/views/activity.js';
import insights from '../../ui/views/insights.js';
import practice from '../../ui/views/practice.js';
import values from '../../ui/views/values.js';

const KEYS = ['actual', 'doneAt', 'note', 'plannedFor', 'predicted', 'valueId', 'what'];
const UNRATED = { mood: null, mastery: null, pleasure: null };
const DAY = 24 * 60 * 60 * 1000;
/** A datetime-local value `days` from now. */
const localIn = (days) => dateToLocalInput(new Date(Date.now() + days * DAY));
/** Words that would make an activity sound failed. */
const BLAME = /\b(missed|overdue|late|failed)\b/i;

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

const slide = (sel, value) => type(sel, String(value));

const submit = async (sel) => {
  $(sel).dispatchEvent(new FakeEvent('submit'));
  await settle();
};

/** The page's one delete dialog, as index.html has it. */
function deleteDialog() {
  const el = (tag, id) => Object.assign(doc.createElement(tag), { id });
  const dialog = el('dialog', 'confirm-delete');
  dialog.append(el('h2', 'confirm-delete-title'), el('button', 'confirm-delete-no'));
  doc.body.append(dialog);
  return dialog;
}

const SISTER = { id: 3, area: 'relationships', words: 'Be there for my sister' };
const VALUES = [{ id: 5, area: 'health', words: 'Move every day' }, SISTER,
  { id: 6, area: 'relationships', words: 'Call old friends' }];

const activity = (over = {}) => ({
  id: 4, what: 'Call my sister', value: SISTER, plannedFor: '2026-12-01T18:30:00+01:00',
  predicted: { mood: 3, mastery: null, pleasure: 4 }, doneAt: null, actual: { ...UNRATED }, note: '',
  status: 'ready', createdAt: '2026-11-24T18:00:00+01:00', updatedAt: '2026-11-24T18:00:00+01:00', ...over,
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

// --- The form as data ------------------------------------------------------------------

describe('activity input', () => {
  it('sends exactly the seven ActivityInput keys, trimmed, unrated as null, times with an offset', () => {
    const input = formToActivityInput({
      ...emptyActivityForm(), what: '  Call Mia \n', plannedFor: '2026-12-01T18:30',
      predicted: { mood: '4', mastery: '', pleasure: null }, note: ' soon ',
    }, { offsetMinutes: 60 });
    assert.deepEqual(Object.keys(input).sort(), KEYS);
    assert.deepEqual(input, {
      what: 'Call Mia', valueId: null, plannedFor: '2026-12-01T18:30:00+01:00',
      predicted: { mood: 4, mastery: null, pleasure: null }, doneAt: null, actual: UNRATED, note: 'soon',
    });
    for (const r of [input.predicted, input.actual]) assert.deepEqual(Object.keys(r), ['mood', 'mastery', 'pleasure']);
  });

  it('keeps a saved time with its own offset while the field still shows it', () => {
    const saved = activity({ plannedFor: '2026-12-01T18:30:00-05:00', doneAt: '2026-12-01T19:10:00-05:00' });
    const form = activityToForm(saved);
    assert.deepEqual([form.plannedFor, form.doneAt], ['2026-12-01T18:30', '2026-12-01T19:10']);
    const again = formToActivityInput(form, { original: saved, offsetMinutes: 60 });
    assert.deepEqual([again.plannedFor, again.doneAt], [saved.plannedFor, saved.doneAt], 'not moved to this offset');
    const moved = formToActivityInput({ ...form, doneAt: '2026-12-02T09:00' }, { original: saved, offsetMinutes: 60 });
    assert.deepEqual([moved.plannedFor, moved.doneAt], [saved.plannedFor, '2026-12-02T09:00:00+01:00']);
    assert.equal(formToActivityInput({ ...form, plannedFor: '' }, { original: saved }).plannedFor, null);
  });

  it('round-trips a saved activity through the form', () => {
    const saved = activity({
      status: 'done', doneAt: '2026-12-01T19:10:00+01:00', actual: { mood: 6, mastery: 0, pleasure: null },
      note: 'She laughed',
    });
    const input = formToActivityInput(activityToForm(saved), { original: saved });
    assert.deepEqual(input, {
      what: saved.what, valueId: 3, plannedFor: saved.plannedFor, predicted: saved.predicted,
      doneAt: saved.doneAt, actual: saved.actual, note: saved.note,
    });
    assert.equal(activityToForm({ ...saved, value: null }).valueId, null);
    assert.deepEqual(emptyActivityForm(), {
      what: '', valueId: null, plannedFor: '', predicted: UNRATED, doneAt: '', actual: UNRATED, note: '',
    });
    assert.deepEqual(emptyActivityForm({ valueId: 3, done: true, nowLocal: '2026-12-01T19:10' }),
      { ...emptyActivityForm(), valueId: 3, doneAt: '2026-12-01T19:10' });
    assert.equal(emptyActivityForm({ valueId: 0 }).valueId, null);
  });

  it('takes only whole numbers 0–10 as ratings, never a guess', () => {
    for (const bad of [11, -1, 2.5, '', true, false, null, undefined, 'six', Number.NaN]) {
      assert.equal(normalizeTen(bad), null, String(bad));
    }
    assert.deepEqual([0, '10', 7].map(normalizeTen), [0, 10, 7]);
    assert.deepEqual([null, 0, 6].map(tenWords), ['Not rated', '0 of 10', '6 of 10']);
  });

  it('asks for what first, then for a time planned or done', () => {
    const base = { ...emptyActivityForm(), what: 'Walk', plannedFor: '2026-12-01T18:30' };
    const what = activityProblem({ ...base, what: '   ' });
    assert.equal(what.field, 'activity-what');
    assert.match(what.message, /Write what the activity is first/);
    const when = activityProblem({ ...base, plannedFor: ' ' });
    assert.equal(when.field, 'activity-planned-for');
    assert.equal(when.message, 'Choose when you\'ll do it.');
    assert.equal(activityProblem(base), null);
    assert.equal(activityProblem({ ...base, plannedFor: '', doneAt: '2026-12-01T19:10' }), null);
  });

  it('groups values by area in AREAS’ order, empty areas too, unknown ones left out', () => {
    const grouped = valuesByArea([...VALUES, { id: 9, area: 'spirit', words: 'Unknown' }]);
    assert.deepEqual(grouped.map((g) => g.area), AREAS);
    assert.deepEqual(AREAS, ['relationships', 'work', 'health', 'play', 'community']);
    assert.deepEqual(grouped.map((g) => g.values.map((v) => v.id)), [[3, 6], [], [5], [], []]);
    assert.deepEqual(valuesByArea(null).map((g) => g.values.length), [0, 0, 0, 0, 0]);
  });
});

describe('activity routes', () => {
  it('reads the values page and plans, logs, reads and changes an activity', () => {
    assert.deepEqual(parseRoute('#values'), { view: 'values', place: 'practice' });
    const form = { view: 'activityForm', place: 'practice', id: null, value: null, done: false };
    assert.deepEqual(parseRoute('#activity/new'), form);
    assert.deepEqual(parseRoute('#activity/new?value=3'), { ...form, value: 3 });
    assert.deepEqual(parseRoute('#activity/new?done=1'), { ...form, done: true });
    assert.deepEqual(parseRoute('#activity/4'), { view: 'activity', place: 'practice', id: 4 });
    assert.deepEqual(parseRoute('#activity/4/edit'), { ...form, id: 4 });
    assert.deepEqual(parseRoute('#activity/nope'), { view: 'practice', place: 'practice' });
    assert.deepEqual([activityHref(4), activityEditHref(4), newActivityHref(), newActivityHref(3), logActivityHref()],
      ['#activity/4', '#activity/4/edit', '#activity/new', '#activity/new?value=3', '#activity/new?done=1']);
  });
});

// --- Planning and logging ------------------------------------------------------------------

describe('planning and logging an activity', () => {
  const handlers = (over = {}) => ({
    list_values: () => VALUES, create_activity: ({ input }) => activity({ ...input, id: 9 }), ...over,
  });

  it('plans one for a value: the value chosen, only the moved slider rated', async () => {
    const title = await show(formView, { id: null, value: 3, done: false }, handlers());
    assert.equal(title, 'Plan an activity');
    assert.equal($('h1').textContent, 'Plan an activity');
    assert.equal($('#activity-value').value, '3');
    assert.ok($('#activity-value option[value="3"]'));
    assert.deepEqual($$('#activity-value optgroup').map((g) => g.getAttribute('label')), ['Relationships', 'Health']);
    assert.equal($('#activity-done-at'), null, 'nothing to log before it is done');
    const mood = $('#activity-predicted-mood');
    assert.equal(mood.getAttribute('aria-valuetext'), 'Not rated');
    assert.ok(mood.classList.contains('is-unset'));

    type('#activity-what', '  Call my sister ');
    const when = localIn(1);
    type('#activity-planned-for', when);
    slide('#activity-predicted-mood', 7);
    assert.equal(mood.getAttribute('aria-valuetext'), '7 of 10');
    await submit('#activity-form');

    assert.deepEqual(callsOf('create_activity').map((c) => c.args), [{
      input: {
        what: 'Call my sister', valueId: 3, plannedFor: localInputToRfc3339(when),
        predicted: { mood: 7, mastery: null, pleasure: null }, doneAt: null, actual: UNRATED, note: '',
      },
    }]);
    assert.deepEqual(navigated, ['#activity/9']);
    assert.equal($('#toast p').textContent, 'Planned.');
  });

  it('does not choose a value that isn’t there', async () => {
    await show(formView, { id: null, value: 42, done: false }, handlers());
    assert.equal($('#activity-value').value, '');
    type('#activity-what', 'Walk');
    type('#activity-planned-for', localIn(1));
    await submit('#activity-form');
    assert.equal(callsOf('create_activity')[0].args.input.valueId, null);
  });

  it('asks for what and when before saving, beside the field, and when logging', async () => {
    await show(formView, { id: null, value: null, done: false }, handlers());
    await submit('#activity-form');
    assert.equal($('#activity-error').textContent, 'Write what the activity is first; a few words are enough.');
    assert.equal(doc.activeElement, $('#activity-what'));
    type('#activity-what', 'Walk');
    await submit('#activity-form');
    assert.equal($('#activity-error').textContent, 'Choose when you\'ll do it.');
    assert.equal(doc.activeElement, $('#activity-planned-for'));
    assert.equal(callsOf('create_activity').length, 0);
    doc.body.replaceChildren();
    await show(formView, { id: null, value: null, done: true }, handlers());
    type('#activity-what', 'Walked');
    type('#activity-done-at', '');
    await submit('#activity-form');
    assert.equal($('#activity-error').textContent, 'Say when you did it, so it can be saved.', 'in the past tense');
    assert.equal(doc.activeElement, $('#activity-done-at'));
    assert.equal(callsOf('create_activity').length, 0);
  });

  it('logs something done with no plan: now filled in, how it was, no planned time', async () => {
    const title = await show(formView, { id: null, value: null, done: true }, handlers());
    assert.equal(title, 'Log something you did');
    assert.equal($('#activity-planned-for'), null);
    assert.equal($('#activity-predicted-mood'), null);
    const prefilled = $('#activity-done-at').value;
    assert.match(prefilled, /^\d{4}-\d\d-\d\dT\d\d:\d\d$/);
    assert.ok(Math.abs(Date.parse(prefilled) - Date.now()) < 2 * 60 * 1000, 'now, in this computer’s time');

    type('#activity-what', 'Walked to the river');
    slide('#activity-actual-mood', 6);
    slide('#activity-actual-pleasure', 8);
    type('#activity-note', ' Cold but lovely ');
    await submit('#activity-form');
    assert.deepEqual(callsOf('create_activity').map((c) => c.args.input), [{
      what: 'Walked to the river', valueId: null, plannedFor: null, predicted: UNRATED,
      doneAt: localInputToRfc3339(prefilled), actual: { mood: 6, mastery: null, pleasure: 8 }, note: 'Cold but lovely',
    }]);
    assert.deepEqual(navigated, ['#activity/9']);
    assert.equal($('#toast p').textContent, 'Noted.');
  });


  it('keeps every word when saving fails, with the backend’s sentence', async () => {
    await show(formView, { id: null, value: 3, done: false }, handlers({
      create_activity: () => { throw { kind: 'invalid', message: 'That time can’t be read.' }; },
    }));
    type('#activity-what', 'Call my sister');
    type('#activity-planned-for', localIn(1));
    slide('#activity-predicted-pleasure', 5);
    await submit('#activity-form');
    assert.equal($('#activity-error').textContent, 'That time can’t be read.');
    assert.equal($('#activity-error').hidden, false);
    assert.equal(doc.activeElement, $('#activity-error'));
    assert.equal($('#activity-what').value, 'Call my sister');
    assert.equal($('#activity-value').value, '3');
    assert.equal($('#activity-predicted-pleasure').getAttribute('aria-valuetext'), '5 of 10');
    assert.deepEqual(navigated, []);
  });
});

// --- The activity's page --------------------------------------------------------------------

describe('the activity page', () => {
  const handlers = (over = {}) => ({
    get_activity: () => activity(), update_activity: ({ id, input }) => activity({ ...input, id, status: 'done' }),
    delete_activity: () => null, restore_activity: () => activity(), ...over,
  });

  it('says where it is in calm words, and what was expected', async () => {
    await show(detailView, { id: 4 }, handlers());
    assert.equal($('#activity-what-read').textContent, 'Call my sister');
    assert.equal($('#activity-what-read').getAttribute('dir'), 'auto');
    assert.equal($('#activity-status').textContent, 'There to log whenever you like');
    assert.equal($('.activity-value').textContent, 'For a value in Relationships: Be there for my sister');
    assert.deepEqual($$('#activity-ratings li').map((li) => li.textContent),
      ['Mood: you expected 3', 'Enjoyment: you expected 4']);
    assert.equal($('#edit-activity').href, '#activity/4/edit');
    assert.equal($('#activity-afterwards h2').textContent, 'How did it go?');
    assert.doesNotMatch(doc.body.textContent, BLAME);
  });

  it('shows "you expected 3, it was 6" once done', async () => {
    await show(detailView, { id: 4 }, handlers({
      get_activity: () => activity({
        status: 'done', doneAt: '2026-12-01T19:10:00+01:00', actual: { mood: 6, mastery: 5, pleasure: null },
        note: 'She laughed',
      }),
    }));
    assert.match($('#activity-status').textContent, /^Done Tue 1 Dec( 2026)?, 19:10$/);
    assert.deepEqual($$('#activity-ratings li').map((li) => li.textContent),
      ['Mood: you expected 3, it was 6', 'Sense of achievement: 5 of 10', 'Enjoyment: you expected 4']);
    assert.equal($('#activity-note-read').textContent, 'She laughed');
    assert.equal($('#activity-actual-mood').getAttribute('aria-valuetext'), '6 of 10');
    assert.equal($('#save-activity-log').textContent, 'Save again');
    assert.doesNotMatch(doc.body.textContent, BLAME);
  });

  it('"How did it go?" sends the whole input again, with when and how it was', async () => {
    await show(detailView, { id: 4 }, handlers());
    assert.match($('#activity-done-at').value, /^\d{4}-\d\d-\d\dT\d\d:\d\d$/, 'now is filled in');
    type('#activity-done-at', '2026-12-01T19:10');
    slide('#activity-actual-mood', 6);
    slide('#activity-actual-pleasure', 8);
    type('#activity-note', ' She laughed ');
    await submit('#activity-log');
    assert.deepEqual(callsOf('update_activity').map((c) => c.args), [{
      id: 4,
      input: {
        what: 'Call my sister', valueId: 3, plannedFor: '2026-12-01T18:30:00+01:00',
        predicted: { mood: 3, mastery: null, pleasure: 4 }, doneAt: localInputToRfc3339('2026-12-01T19:10'),
        actual: { mood: 6, mastery: null, pleasure: 8 }, note: 'She laughed',
      },
    }]);
    assert.equal(refreshed, 1, 'drawn again from what was kept');
    assert.equal($('#toast p').textContent, 'Noted.');
  });

  it('deletes after asking, and Undo brings it back', async () => {
    const dialog = deleteDialog();
    await show(detailView, { id: 4 }, handlers());
    $('#delete-activity').click();
    dialog.close('keep');
    await settle();
    assert.equal(callsOf('delete_activity').length, 0, '"Keep it" keeps it');
    $('#delete-activity').click();
    assert.equal(dialog.open, true);
    assert.equal($('#confirm-delete-title').textContent, 'Delete this activity?');
    dialog.close('delete');
    await settle();
    assert.deepEqual(callsOf('delete_activity').map((c) => c.args), [{ id: 4 }]);
    assert.deepEqual(navigated, ['#practice']);
    assert.match($('#toast').textContent, /Activity deleted\./);
    $('#undo').click();
    await settle();
    assert.deepEqual(callsOf('restore_activity').map((c) => c.args), [{ id: 4 }]);
    assert.match($('#toast').textContent, /Activity brought back\./);
    assert.equal(refreshed, 1);
  });
});

// --- What matters: the values page ---------------------------------------------------------

describe('the values page', () => {
  const handlers = () => ({
    list_values: () => VALUES, create_value: ({ input }) => ({ id: 7, ...input }),
    update_value: ({ id, input }) => ({ id, ...input }), delete_value: () => null, restore_value: () => SISTER,
  });

  it('lists each value under its area, in order, with a way to plan for it', async () => {
    const title = await show(values, {}, handlers());
    assert.equal(title, 'What matters to you');
    assert.deepEqual($$('#values-list h2').map((x) => x.textContent),
      ['Relationships', 'Work or study', 'Health', 'Play', 'Community']);
    assert.deepEqual($$('[data-area="relationships"] .value-words').map((x) => x.textContent),
      ['Be there for my sister', 'Call old friends']);
    assert.equal($('[data-area="work"] p.muted').textContent, 'Nothing here yet.');
    assert.equal($('#plan-for-value-3').href, '#activity/new?value=3');
    assert.equal($('#plan-for-value-3').textContent, 'Plan an activity for this');
    assert.equal($('#remove-value-3').getAttribute('aria-label'), 'Remove "Be there for my sister"');
  });

  it('adds a value in the person’s words, trimmed', async () => {
    await show(values, {}, handlers());
    type('#value-area', 'play');
    type('#value-words', '  Make music again ');
    await submit('#value-form');
    assert.deepEqual(callsOf('create_value').map((c) => c.args),
      [{ input: { area: 'play', words: 'Make music again' } }]);
    assert.equal(refreshed, 1);
    assert.equal($('#toast p').textContent, 'Added.');
  });

  it('asks kindly for words without calling the backend', async () => {
    await show(values, {}, handlers());
    type('#value-words', '   ');
    await submit('#value-form');
    assert.equal($('#value-error').textContent, 'Write the value in a few words first.');
    assert.equal($('#value-error').hidden, false);
    assert.equal(doc.activeElement, $('#value-words'));
    assert.equal(callsOf('create_value').length, 0);
  });

  it('changes a value in place, keeping its area', async () => {
    await show(values, {}, handlers());
    $('#change-value-3').click();
    assert.equal(doc.activeElement, $('#value-words-3'));
    type('#value-words-3', ' Be there for my family ');
    await submit('.value-edit');
    assert.deepEqual(callsOf('update_value').map((c) => c.args),
      [{ id: 3, input: { area: 'relationships', words: 'Be there for my family' } }]);
    assert.equal(refreshed, 1);
  });

  it('removes one, and Undo brings it back', async () => {
    await show(values, {}, handlers());
    $('#remove-value-3').click();
    await settle();
    assert.deepEqual(callsOf('delete_value').map((c) => c.args), [{ id: 3 }]);
    assert.equal(refreshed, 1);
    assert.match($('#toast').textContent, /Removed\. Activities you did for it stay as they were\./);
    $('#undo').click();
    await settle();
    assert.deepEqual(callsOf('restore_value').map((c) => c.args), [{ id: 3 }]);
    assert.equal(refreshed, 2);
  });
});

// --- Practice ------------------------------------------------------------------------------

describe('activities on the Practice page', () => {
  beforeEach(() => {
    resetRowState();
    resetEarlierDay();
  });
  const base = (list) => ({
    get_today: () => ({ date: '2026-11-24', offerCompassion: null, items: [] }),
    list_plans: () => [], list_compassion_breaks: () => [], list_experiments: () => [], list_activities: () => list,
  });
  const done = (id) => activity({ id, status: 'done', doneAt: '2026-11-20T19:10:00+01:00', what: `Done ${id}` });

  it('lists those still to log, then the latest done, in calm words', async () => {
    await show(practice, {}, base([
      done(7),
      activity({ id: 4, status: 'planned' }),
      activity({ id: 5, status: 'ready', plannedFor: null }),
      activity({ id: 6, status: 'planned', plannedFor: null, what: 'Make tea slowly' }),
      done(8),
    ]));
    assert.equal($('#activities-heading').textContent, 'Activities');
    const links = $$('#activities a');
    assert.deepEqual(links.map((a) => a.dataset.activityId), ['4', '5', '6', '7', '8']);
    assert.equal(links[0].href, '#activity/4');
    const words = links.map((a) => a.querySelector('.entry-date').textContent);
    assert.match(words[0], /^Planned for Tue 1 Dec( 2026)?, 18:30$/);
    assert.deepEqual(words.slice(1, 3), ['There to log whenever you like', 'Planned']);
    assert.match(words[3], /^Done Fri 20 Nov( 2026)?, 19:10$/);
    assert.equal(links[2].querySelector('.entry-text').textContent, 'Make tea slowly');
    assert.equal(links[2].querySelector('.entry-text').getAttribute('dir'), 'auto');
    assert.doesNotMatch($('#your-activities').textContent, BLAME);
    assert.deepEqual(['#new-activity', '#log-activity', '#values-link'].map((id) => $(id).href),
      ['#activity/new', '#activity/new?done=1', '#values']);
  });

  it('shows the latest few done, and folds the earlier ones away, each still to open', async () => {
    await show(practice, {}, base([activity({ id: 2, status: 'planned' }), ...[11, 12, 13, 14, 15, 16, 17].map(done)]));
    assert.deepEqual($$('#activities a').map((a) => a.href),
      ['#activity/2', '#activity/11', '#activity/12', '#activity/13', '#activity/14', '#activity/15']);
    assert.match($('#earlier-activities').textContent, /2 earlier activities/);
    assert.deepEqual($$('#earlier-activities a').map((a) => a.href), ['#activity/16', '#activity/17']);
  });

  it('says kindly where they will be, with ways to start', async () => {
    await show(practice, {}, base([]));
    assert.equal($('#activities'), null);
    assert.equal($('#activities-empty').textContent, 'No activities yet.');
    assert.ok($('#new-activity') && $('#log-activity') && $('#values-link'));
  });

  it('still shows the rest of the page when activities can’t load', async () => {
    await show(practice, {}, {
      ...base([]), list_activities: () => { throw { kind: 'storage', message: 'Storage is busy.' }; },
    });
    assert.match($('#your-activities').textContent, /Storage is busy\./);
    assert.ok($('#your-experiments') && $('#your-plans') && $('#practices'));
  });
});

// --- Insights: activity and mood -------------------------------------------------------------

const THRESHOLDS = { paired: 3, withMood: 5, perGroup: 2, daysEach: 3, eveningHour: 18 };
const FEW = {
  from: '2026-11-08', until: '2026-12-07', logged: 2, withMood: 2, medianMood: null,
  expectations: [['mood', 2], ['mastery', 1], ['pleasure', 0]].map(([scale, n]) => ({
    scale, n, expected: null, actual: null,
  })),
  surprises: [], byValue: [], byActivity: [],
  evenings: { withDays: 1, withMedian: null, withoutDays: 2, withoutMedian: null },
  enough: { expectations: false, moods: false, evenings: false },
  thresholds: THRESHOLDS,
};
const PLENTY = {
  ...FEW, logged: 7, withMood: 6, medianMood: 6.5,
  expectations: [
    { scale: 'mood', n: 4, expected: 4, actual: 6 },
    FEW.expectations[1],
    { scale: 'pleasure', n: 3, expected: 3, actual: 5.5 },
  ],
  surprises: [{ activityId: 4, what: 'Walked to the river', scale: 'pleasure', expected: 3, actual: 6,
    doneAt: '2026-12-01T19:10:00+01:00' }],
  byValue: [{ label: 'Be there for my sister', area: 'relationships', n: 3, medianMood: 7 }],
  byActivity: [{ label: 'Walked to the river', area: null, n: 2, medianMood: 6.5 }],
  evenings: { withDays: 4, withMedian: 6.5, withoutDays: 3, withoutMedian: 5 },
  enough: { expectations: true, moods: true, evenings: true },
};

describe('activity and mood in Insights', () => {
  const draw = (ai) => doc.body.appendChild(activitySection(ai));

  it('draws nothing when it couldn’t be read', () => {
    assert.equal(activitySection(null), null);
  });

  it('words medians as people write them, never a cause', () => {
    assert.equal(expectationLine({ scale: 'pleasure', n: 3, expected: 3, actual: 5.5 }),
      'Enjoyment: you expected a median of 3; it was 5.5 (3 activities).');
    assert.equal(expectationLine({ scale: 'mastery', n: 1, expected: 4, actual: 4 }),
      'Sense of achievement: you expected a median of 4; it was 4 (1 activity).');
    assert.equal(expectationLine({ scale: 'mood', n: 2, expected: null, actual: null }), '');
    assert.equal(moodWithLine({ label: 'Be there for my sister', n: 3, medianMood: 7 }),
      'Be there for my sister: a median mood of 7 (3 times).');
    assert.equal(moodWithLine({ label: 'Walk', n: 2, medianMood: 6.5 }), 'Walk: a median mood of 6.5 (2 times).');
    assert.equal(eveningsLine(PLENTY.evenings),
      'Evenings after practice: a median check-in of 6.5 over 4 evenings. Other evenings: 5 over 3 evenings.');
    assert.equal(eveningsLine(FEW.evenings), '');
    assert.match(surpriseLine(PLENTY.surprises[0]),
      /^Walked to the river \(Tue 1 Dec( 2026)?\)\. Enjoyment: you expected 3; it was 6\.$/);
  });

  it('says "not enough yet" and how many so far, below the thresholds', () => {
    const el = draw(FEW);
    assert.equal(el.id, 'insight-activity');
    assert.equal($('#insight-activity-title').textContent, 'Activity and mood');
    assert.match(el.querySelector('p.hint').textContent, /they don't show what causes what/);
    assert.deepEqual($$('#insight-activity .insight-empty').map((p) => p.textContent), [
      'Not enough yet: medians show after 3 activities rated before and after on the same scale. So far: 2.',
      'Not enough yet: this shows after 5 activities logged with a mood. So far: 2.',
      'Not enough yet: this shows with 3 evening check-ins on days with practice and 3 without. So far: 1 and 2.',
    ]);
    assert.equal($('#insight-activity .insight-reading'), null);
    assert.equal($('#insight-activity ul'), null);
    assert.match(el.textContent, /last check-in from 18:00/);
  });

  it('says plainly when nothing was logged, and still compares evenings', () => {
    draw({ ...FEW, logged: 0, withMood: 0, evenings: PLENTY.evenings });
    assert.match($('#insight-activity .insight-empty').textContent, /^Nothing logged in these days yet\./);
    assert.equal($('#insight-activity-expected-title'), null);
    assert.match($('#insight-activity-evenings').textContent, /median check-in of 6\.5/);
  });

  it('gives the numbers once there are enough', () => {
    draw(PLENTY);
    assert.deepEqual($$('#insight-activity-expected li').map((li) => li.textContent), [
      'Mood: you expected a median of 4; it was 6 (4 activities).',
      'Enjoyment: you expected a median of 3; it was 5.5 (3 activities).',
    ]);
    assert.equal($$('#insight-activity-surprises li').length, 1);
    assert.equal($('#insight-activity .insight-reading').textContent,
      'Across 6 activities logged with a mood, the median was 6.5 out of 10.');
    assert.deepEqual($$('#insight-activity-mood li').map((li) => li.textContent), [
      'Be there for my sister: a median mood of 7 (3 times).',
      'Walked to the river: a median mood of 6.5 (2 times).',
    ]);
    for (const li of $$('#insight-activity li')) assert.equal(li.getAttribute('dir'), 'auto');
    assert.equal($('#insight-activity-evenings').textContent, eveningsLine(PLENTY.evenings));
    assert.equal($('#insight-activity .insight-empty'), null);
    doc.body.replaceChildren();
    draw({ ...PLENTY, byValue: [], byActivity: [] });
    assert.equal($('#insight-activity .insight-empty').textContent,
      'No value or activity has come up 2 times yet; each is named once it has.');
  });

  it('is drawn on the Insights page, which still shows the rest when it fails', async () => {
    const page = (activityAnswer) => {
      doc.body.replaceChildren();
      return show(insights, { view: 'insights' }, {
        get_insights: () => ({ counts: { moment: 1, checkin: 1, note: 0, reflection: 0 }, enough: {} }),
        get_activity_insights: activityAnswer,
      });
    };
    await page(() => PLENTY);
    assert.deepEqual(callsOf('get_activity_insights').map((c) => c.args), [{ days: 30 }]);
    assert.ok($('#insight-body #insight-activity'));
    assert.ok($('#insight-mood'));
    assert.equal($('#insight-activity .insight-reading').textContent,
      'Across 6 activities logged with a mood, the median was 6.5 out of 10.');

    await page(() => { throw { kind: 'storage', message: 'Storage is busy.' }; });
    assert.equal($('#insight-activity'), null);
    assert.ok($('#insight-mood') && $('#insight-belief'));
    assert.match($('#insight-counts').textContent, /1 moment/);
    assert.doesNotMatch(doc.body.textContent, /Storage is busy/);
  });
});
