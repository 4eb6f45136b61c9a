// The Practice page and one plan's page, through a stand-in document:
// what is due sits on top, what isn't is folded away, earlier days can be
// noted, and pausing or archiving a plan says so calmly and can be undone.

import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';

import { installDom, installTauri, removeDom, removeTauri, settle } from './fake-dom.mjs';
import { resetEarlierDay } from '../../ui/components/earlier-day.js';
import { resetRowState } from '../../ui/components/today-row.js';
import practice from '../../ui/views/practice.js';
import planView from '../../ui/views/plan.js';
import { isoDate } from '../../ui/lib/plans.js';

let doc;
let calls;
let navigated;
let refreshed;

const ctx = () => ({
  refresh: () => { refreshed += 1; }, navigate: (hash) => navigated.push(hash), isCurrent: () => true,
});
const $ = (sel) => doc.body.querySelector(sel);
const callsOf = (cmd) => calls.filter((c) => c.cmd === cmd);

async function show(view, route, handlers) {
  calls = installTauri(handlers);
  const root = doc.createElement('div');
  await view.render(root, route, ctx());
  doc.body.append(root);
  return root;
}

const progress = (over = {}) => ({
  planId: 1, score: 0.5, history: [], week: { done: 2, target: 7 }, gapDays: 0, startAgain: false, ...over,
});
const plan = (id, over = {}) => ({
  id, action: 'a', amount: null, unit: null, frequency: { kind: 'daily' }, cue: '', cueTime: null,
  startDate: '2026-11-01', endDate: null, practice: null, fromReflectionId: null, status: 'active',
  sentence: `Plan ${id} sentence.`, createdAt: 'x', updatedAt: 'x', ...over,
});

const TODAY = {
  date: '2026-11-24',
  offerCompassion: null,
  items: [
    { plan: plan(1), due: true, slots: 1, log: null, progress: progress() },
    { plan: plan(2, { frequency: { kind: 'weekdays', days: [6] } }), due: false, slots: 1, log: null, progress: progress({ planId: 2 }) },
  ],
};

beforeEach(() => {
  doc = installDom();
  navigated = [];
  refreshed = 0;
  resetRowState();
  resetEarlierDay();
});
afterEach(() => {
  removeDom();
  removeTauri();
});

const pageHandlers = (over = {}) => ({
  get_today: () => TODAY,
  list_plans: () => [
    { plan: plan(1), progress: progress() },
    { plan: plan(3, { status: 'paused' }), progress: progress({ planId: 3 }) },
    { plan: plan(4, { status: 'archived' }), progress: progress({ planId: 4 }) },
  ],
  list_compassion_breaks: () => [
    { id: 1, mindfulness: 'it hurt', humanity: '', kindness: '', planId: null, createdAt: '2026-11-23T20:00:00+01:00' },
  ],
  ...over,
});

describe('Practice page', () => {
  it('puts what is due on top and folds away what is not', async () => {
    await show(practice, {}, pageHandlers());
    assert.equal($('h1').textContent, 'Practice');
    assert.deepEqual(doc.body.querySelectorAll('#today-list li.plan-row').map((li) => li.dataset.planId), ['1']);
    assert.equal($('#not-due').open, false);
    assert.match($('#not-due summary').textContent, /Not planned for today \(1\)/);
    assert.ok($('#not-due li[data-plan-id="2"]'));
    assert.deepEqual(callsOf('list_plans').map((c) => c.args), [{ includeArchived: true }]);
  });

  it('lists plans calmly, with a way to make one', async () => {
    await show(practice, {}, pageHandlers());
    const links = doc.body.querySelectorAll('#plans a');
    assert.deepEqual(links.map((a) => a.href), ['#plan/1', '#plan/3']);
    assert.match(links[1].textContent, /^Paused/);
    assert.ok($('#archived-plans a[href="#plan/4"]'));
    assert.equal($('#new-plan').href, '#plan/new');
  });

  it('offers each guided practice and keeps kind words folded', async () => {
    await show(practice, {}, pageHandlers());
    const hrefs = doc.body.querySelectorAll('#practices a').map((a) => a.href);
    assert.deepEqual(hrefs, ['#practice/box', '#practice/478', '#practice/custom', '#practice/breathing-space',
      '#practice/grounding', '#practice/self-compassion']);
    assert.equal($('#compassion-history').open, false);
    assert.match($('#compassion-history').textContent, /it hurt/);
    assert.deepEqual(callsOf('list_compassion_breaks').map((c) => c.args), [{ limit: 5 }]);
  });

  it('still shows the practices when today can\'t load', async () => {
    await show(practice, {}, pageHandlers({ get_today: () => { throw { kind: 'storage', message: 'Storage is busy.' }; } }));
    assert.match($('#today').textContent, /Storage is busy\./);
    assert.ok($('#practices'));
  });

  it('invites a first plan when there are none', async () => {
    await show(practice, {}, pageHandlers({ get_today: () => ({ ...TODAY, items: [] }), list_plans: () => [] }));
    assert.match($('#today-empty').textContent, /Want to make one\?/);
    assert.equal($('#plans'), null);
    assert.ok($('#new-plan'));
  });

  it('notes an earlier day, up to today, for the plan chosen', async () => {
    await show(practice, {}, pageHandlers({
      get_plan: () => ({ plan: plan(1), progress: progress(), logs: [] }),
      log_plan: ({ input }) => ({ log: { ...input, count: 1, loggedAt: 'x' }, progress: progress() }),
    }));
    assert.equal($('#earlier-day').getAttribute('max'), '2026-11-24');
    assert.equal($('#earlier-day').value, '2026-11-23');
    $('#earlier-day').fill('2026-11-20');
    $('#earlier-skipped').click();
    assert.equal($('#earlier-reason').closest('div').hidden, false);
    $('#earlier-reason').fill('travelling');
    $('#earlier-save').click();
    await settle();
    assert.deepEqual(callsOf('log_plan').map((c) => c.args.input), [{
      planId: 1, day: '2026-11-20', outcome: 'skipped', count: null, reason: 'travelling', note: '',
    }]);
    assert.match($('#toast').textContent, /Noted for Fri 20 Nov: skipped\./);
    $('#undo-log').click();
    await settle();
    assert.deepEqual(callsOf('clear_plan_log').map((c) => c.args), [{ planId: 1, day: '2026-11-20' }]);
  });

  it('shows a refused earlier day in the backend\'s own words, keeping the day', async () => {
    await show(practice, {}, pageHandlers({
      get_plan: () => ({ plan: plan(1), progress: progress(), logs: [] }),
      log_plan: () => { throw { kind: 'storage', message: "That didn't save — the disk is full." }; },
    }));
    $('#earlier-day').fill('2026-11-20');
    $('#earlier-save').click();
    await settle();
    assert.equal($('#earlier-error').textContent, "That didn't save — the disk is full.");
    assert.equal($('#earlier-day').value, '2026-11-20');
  });

  it('keeps the day within the plan\'s days, and explains one outside them before sending', async () => {
    await show(practice, {}, pageHandlers({ get_plan: () => ({ plan: plan(1), progress: progress(), logs: [] }) }));
    assert.equal($('#earlier-day').getAttribute('min'), '2026-11-01', 'from the day the plan began');
    assert.equal($('#earlier-day').getAttribute('max'), '2026-11-24');
    assert.equal($('#earlier-day-hint').textContent, 'Any day from Sun 1 Nov, when this plan began, up to today.');
    $('#earlier-day').fill('2026-10-01');
    $('#earlier-save').click();
    await settle();
    assert.equal(callsOf('log_plan').length, 0, 'nothing is sent to be refused');
    assert.equal($('#earlier-error').textContent, 'This plan began on Sun 1 Nov. Choose that day or one after it.');
    assert.equal(doc.activeElement, $('#earlier-day'));
    $('#earlier-day').fill('2026-11-25');
    $('#earlier-save').click();
    await settle();
    assert.equal($('#earlier-error').textContent, "That day hasn't come yet. You can note today or any day before.");
  });

  it('starts on the latest day with no note, not on today\'s noted day', async () => {
    const noted = (day, outcome = 'done') => ({ planId: 1, day, outcome, count: 1, reason: '', note: '', loggedAt: 'x' });
    await show(practice, {}, pageHandlers({
      get_plan: () => ({ plan: plan(1), progress: progress(), logs: [noted('2026-11-24'), noted('2026-11-23', 'partly')] }),
    }));
    await settle();
    assert.equal($('#earlier-day').value, '2026-11-22');
    assert.equal($('#earlier-day-noted').hidden, true);
    $('#earlier-day').fill('2026-11-23');
    assert.equal($('#earlier-day-noted').textContent, 'Mon 23 Nov already has a note: partly. Saving changes it.');
  });

  it('for a plan begun today and noted already, says so instead of inviting a second note', async () => {
    const todays = { planId: 1, day: '2026-11-24', outcome: 'done', count: 1, reason: '', note: '', loggedAt: 'x' };
    const fresh = plan(1, { startDate: '2026-11-24' });
    await show(practice, {}, pageHandlers({
      get_today: () => ({ ...TODAY, items: [{ ...TODAY.items[0], plan: fresh, log: todays }] }),
      get_plan: () => ({ plan: fresh, progress: progress(), logs: [todays] }),
    }));
    await settle();
    assert.equal($('#earlier-day').getAttribute('min'), '2026-11-24');
    assert.equal($('#earlier-day').value, '2026-11-24');
    assert.equal($('#earlier-day-noted').textContent,
      'Tue 24 Nov already has a note: done. Saving changes it.');
  });

  it('after saving, says what was noted and moves on to the next day without a note', async () => {
    const noted = (day) => ({ planId: 1, day, outcome: 'done', count: 1, reason: '', note: '', loggedAt: 'x' });
    await show(practice, {}, pageHandlers({
      get_plan: () => ({ plan: plan(1), progress: progress(), logs: [noted('2026-11-24')] }),
      log_plan: ({ input }) => ({ log: { ...input, count: 1, loggedAt: 'x' }, progress: progress() }),
    }));
    await settle();
    assert.equal($('#earlier-day').value, '2026-11-23');
    $('#earlier-partly').click();
    $('#earlier-save').click();
    await settle();
    assert.equal(callsOf('log_plan')[0].args.input.day, '2026-11-23');
    assert.equal($('#earlier-saved').hidden, false);
    assert.equal($('#earlier-saved').textContent, 'Noted for Mon 23 Nov: partly.');
    assert.equal($('#earlier-day').value, '2026-11-22', 'the next day without a note');
    assert.equal(refreshed, 1);
    // The page is drawn again after the write: the line and the new day stay.
    doc.body.replaceChildren();
    await show(practice, {}, pageHandlers({
      get_plan: () => ({ plan: plan(1), progress: progress(), logs: [noted('2026-11-24'), noted('2026-11-23')] }),
    }));
    await settle();
    assert.equal($('#earlier-saved').textContent, 'Noted for Mon 23 Nov: partly.');
    assert.equal($('#earlier-day').value, '2026-11-22');
    assert.equal($('#earlier-done').checked, true, 'the choice starts fresh');
    $('#earlier-day').fill('2026-11-20');
    assert.equal($('#earlier-saved').hidden, true, 'a new note starts');
  });
});

describe('one plan', () => {
  const logs = [
    { planId: 1, day: '2026-11-23', outcome: 'skipped', count: 0, reason: 'a long shift', note: 'too tired', loggedAt: 'x' },
    { planId: 1, day: '2026-11-22', outcome: 'done', count: 1, reason: '', note: '', loggedAt: 'x' },
  ];
  const handlers = (over = {}) => ({
    get_plan: () => ({ plan: plan(1, { practice: 'box' }), progress: progress({ startAgain: true }), logs }),
    set_plan_status: ({ id, status }) => plan(id, { status }),
    ...over,
  });

  it('shows the sentence, score, week and recent days evenly', async () => {
    await show(planView, { id: 1 }, handlers());
    assert.equal($('h1').textContent, 'Plan 1 sentence.');
    assert.equal($('#plan-week').textContent, 'This week: 2 of 7');
    assert.match($('#plan-score').textContent, /^Score 50 out of 100/);
    assert.equal($('#plan-start-again').textContent, 'Start again today.');
    const days = doc.body.querySelectorAll('#plan-days li');
    assert.deepEqual(days.map((d) => d.dataset.day), ['2026-11-23', '2026-11-22']);
    assert.match(days[0].textContent, /Skipped/);
    assert.match(days[0].textContent, /What got in the way: a long shift/);
    assert.doesNotMatch(days[0].textContent, /Because/);
    assert.match(days[0].textContent, /too tired/);
    assert.equal($('#edit-plan').href, '#plan/1/edit');
    assert.equal($('#start-practice').href, '#practice/box?plan=1');
  });

  it('pauses with a calm word and an Undo', async () => {
    await show(planView, { id: 1 }, handlers());
    $('#pause-plan').click();
    await settle();
    assert.deepEqual(callsOf('set_plan_status').map((c) => c.args), [{ id: 1, status: 'paused' }]);
    assert.match($('#toast').textContent, /Paused\./);
    $('#undo-status').click();
    await settle();
    assert.deepEqual(callsOf('set_plan_status')[1].args, { id: 1, status: 'active' });
  });

  it('archives only after asking', async () => {
    const dialog = doc.createElement('dialog');
    dialog.id = 'confirm-archive';
    doc.body.append(dialog);
    await show(planView, { id: 1 }, handlers());
    $('#archive-plan').click();
    dialog.close('keep');
    await settle();
    assert.equal(callsOf('set_plan_status').length, 0);
    $('#archive-plan').click();
    dialog.close('archive');
    await settle();
    assert.deepEqual(callsOf('set_plan_status').map((c) => c.args), [{ id: 1, status: 'archived' }]);
    assert.deepEqual(navigated, ['#practice']);
  });

  it('offers the latest day without a note from the plan\'s own days, without asking again', async () => {
    const day = (n) => isoDate(new Date(Date.now() - n * 86_400_000));
    const recent = [0, 1].map((n) => ({ planId: 1, day: day(n), outcome: 'done', count: 1, reason: '', note: '', loggedAt: 'x' }));
    await show(planView, { id: 1 }, handlers({
      get_plan: () => ({ plan: plan(1, { startDate: day(30) }), progress: progress(), logs: recent }),
    }));
    await settle();
    assert.equal($('#earlier-day').value, day(2));
    assert.equal($('#earlier-day').getAttribute('min'), day(30));
    assert.equal($('#earlier-day').getAttribute('max'), day(0));
    assert.equal(callsOf('get_plan').length, 1, 'the page\'s own days are used');
  });

  it('says kindly when the plan is gone', async () => {
    await show(planView, { id: 9 }, handlers({ get_plan: () => { throw { kind: 'notFound', message: 'x' }; } }));
    assert.equal($('h1').textContent, "This plan isn't here");
  });
});
