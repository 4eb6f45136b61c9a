// The Practice views driven through a stand-in document and a fake
// backend: the builder's exact PlanInput and its kept fields on failure,
// Home's new ways in, the self-compassion break, and the breathing guide
// from start to "Well done." with the plan counted.

import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';

import { FakeEvent, installDom, installTauri, removeDom, removeTauri, settle } from './fake-dom.mjs';
import home from '../../ui/views/home.js';
import planBuilder from '../../ui/views/plan-builder.js';
import breathing from '../../ui/views/practices/breathing.js';
import selfCompassion from '../../ui/views/practices/self-compassion.js';

let doc;
let calls;
let navigated;

const ctx = () => ({ refresh: () => {}, navigate: (hash) => navigated.push(hash), isCurrent: () => true });
const $ = (sel) => doc.body.querySelector(sel);
const callsOf = (cmd) => calls.filter((c) => c.cmd === cmd);
const wait = (ms) => new Promise((r) => setTimeout(r, ms));

async function show(view, route, handlers) {
  calls = installTauri(handlers);
  const root = doc.createElement('div');
  const title = await view.render(root, route, ctx());
  doc.body.append(root);
  return { root, title };
}

beforeEach(() => {
  doc = installDom();
  navigated = [];
});
afterEach(() => {
  removeDom();
  removeTauri();
});

const PLAN = {
  id: 5, action: 'notice the should voice', amount: null, unit: null,
  frequency: { kind: 'weekdays', days: [1, 3] }, cue: 'after lunch', cueTime: null,
  startDate: '2026-11-24', endDate: null, practice: null, fromReflectionId: 12,
  status: 'active', sentence: 'I will notice the should voice on Mon and Wed after lunch.',
  createdAt: 'x', updatedAt: 'x',
};

describe('plan builder', () => {
  const handlers = (over = {}) => ({
    get_reflection: ({ id }) => ({ id, focus: '  notice the should voice\n' }),
    preview_plan: ({ input }) => ({ sentence: `I will ${input.action}.`, hints: ['Try tying it to a moment you already have.'] }),
    create_plan: () => PLAN,
    ...over,
  });

  it('fills the action from a reflection\'s focus and previews the sentence', async () => {
    const { title } = await show(planBuilder, { id: null, focusFrom: 12 }, handlers());
    assert.equal(title, 'Make a plan');
    assert.equal($('#plan-action').value, 'notice the should voice');
    assert.equal($('label[for="plan-action"]').textContent, 'What will you do?');
    assert.equal($('#plan-cue').getAttribute('placeholder'), 'after I brush my teeth');
    await wait(300);
    const [preview] = callsOf('preview_plan');
    assert.equal(preview.args.input.action, 'notice the should voice');
    assert.equal(preview.args.input.fromReflectionId, 12);
    assert.equal($('#plan-sentence').textContent, 'I will notice the should voice.');
    assert.deepEqual($('#plan-hints').querySelectorAll('li').map((li) => li.textContent),
      ['Try tying it to a moment you already have.']);
    assert.equal($('#preview-heading').textContent, 'Interlude will remember:');
  });

  it('saves exactly the PlanInput the form shows, then opens the plan', async () => {
    await show(planBuilder, { id: null, focusFrom: 12 }, handlers());
    assert.equal($('#plan-days').hidden, true, 'weekdays appear once "On certain days" is chosen');
    $('#freq-weekdays').click();
    assert.equal($('#plan-days').hidden, false);
    $('#day-3').click();
    $('#day-1').click();
    $('#plan-cue').fill('after lunch');
    $('#plan-start').fill('2026-11-24');
    $('#save-plan').click();
    await settle();
    assert.deepEqual(callsOf('create_plan').map((c) => c.args), [{
      input: {
        action: 'notice the should voice', amount: null, unit: null,
        frequency: { kind: 'weekdays', days: [1, 3] }, cue: 'after lunch', cueTime: null,
        startDate: '2026-11-24', endDate: null, practice: null, fromReflectionId: 12,
      },
    }]);
    assert.deepEqual(navigated, ['#plan/5']);
  });

  it('shows the backend\'s message and keeps every field when saving fails', async () => {
    await show(planBuilder, { id: null, focusFrom: null }, handlers({
      create_plan: () => { throw { kind: 'invalid', message: 'The end date is before the start.' }; },
    }));
    $('#plan-action').fill('walk');
    $('#plan-amount').fill('10');
    // A year before today: before the start, yet near enough not to be asked about.
    const lastYear = `${new Date().getFullYear() - 1}-01-01`;
    $('#plan-end').fill(lastYear);
    $('#save-plan').click();
    await settle();
    assert.equal($('#plan-error').textContent, 'The end date is before the start.');
    assert.equal($('#plan-error').hidden, false);
    assert.equal($('#plan-error').getAttribute('role'), 'alert');
    assert.equal(doc.activeElement, $('#plan-error'));
    assert.equal($('#plan-action').value, 'walk');
    assert.equal($('#plan-amount').value, '10');
    assert.equal($('#plan-end').value, lastYear);
    assert.deepEqual(navigated, []);
  });

  it('asks for an action before sending anything', async () => {
    await show(planBuilder, { id: null, focusFrom: null }, handlers());
    $('#save-plan').click();
    await settle();
    assert.equal(callsOf('create_plan').length, 0);
    assert.match($('#plan-error').textContent, /what you will do/);
    assert.equal(doc.activeElement, $('#plan-action'));
    assert.equal($('#plan-error').parentNode, $('#plan-action').closest('.field').parentNode,
      'the words sit beside the field they are about');
    $('#freq-weekdays').click();
    $('#plan-action').fill('walk');
    $('#save-plan').click();
    await settle();
    assert.equal($('#plan-error').textContent, 'Choose at least one day of the week.');
    assert.equal(doc.activeElement, $('#day-1'));
    assert.equal(callsOf('create_plan').length, 0);
  });

  it('suggests a verb when the focus starts with a thing, and changes the words only when asked', async () => {
    await show(planBuilder, { id: null, focusFrom: 12 }, handlers({
      get_reflection: ({ id }) => ({ id, focus: 'Box breathing before I open work email' }),
    }));
    assert.equal($('#plan-action').value, 'Box breathing before I open work email', 'the focus as written');
    assert.equal($('#plan-action-suggestion').hidden, false);
    assert.equal($('#plan-action-suggestion').textContent,
      'It may read more easily as I will practise box breathing before I open work email. Use these words');
    assert.match($('#plan-action').getAttribute('aria-describedby'), /plan-action-suggestion/);
    $('#plan-use-suggestion').click();
    assert.equal($('#plan-action').value, 'practise box breathing before I open work email');
    assert.equal($('#plan-action-suggestion').hidden, true);
    assert.equal(doc.activeElement, $('#plan-action'));
    await wait(300);
    assert.equal(callsOf('preview_plan').at(-1).args.input.action, 'practise box breathing before I open work email');
    $('#plan-action').fill('three slow breaths');
    assert.equal($('#plan-suggested-action').textContent, 'take three slow breaths');
    $('#plan-action').fill('notice the should voice');
    assert.equal($('#plan-action-suggestion').hidden, true, 'a verb first reads well already');
  });

  it('adds gentle hints for vague words the backend leaves, beside its own', async () => {
    await show(planBuilder, { id: null, focusFrom: null }, handlers());
    $('#plan-action').fill('breathe slowly when I can');
    await wait(300);
    assert.deepEqual($('#plan-hints').querySelectorAll('li').map((li) => li.textContent), [
      'Try tying it to a moment you already have.',
      'Words like "when I can" or "sometimes" leave it to chance. Which moment in your day could it follow?',
    ]);
    $('#plan-action').fill('breathe slowly');
    await wait(300);
    assert.equal($('#plan-hints').querySelectorAll('li').length, 1);
  });

  it('takes a usual time typed as 1700, and asks about a start date years away', async () => {
    await show(planBuilder, { id: null, focusFrom: null }, handlers());
    $('#plan-action').fill('walk');
    const time = $('#plan-cue-time');
    assert.equal(time.getAttribute('type'), 'text');
    assert.equal(time.getAttribute('aria-describedby'), 'plan-cue-time-hint');
    time.fill('1700');
    time.dispatchEvent(new FakeEvent('change'));
    assert.equal(time.value, '17:00');
    $('#plan-start').fill('1901-11-24');
    $('#plan-start').dispatchEvent(new FakeEvent('change'));
    assert.match($('#plan-start-far-question').textContent, /^That's 1\d\d years ago — is 1901 right\?$/);
    $('#save-plan').click();
    await settle();
    assert.equal(callsOf('create_plan').length, 0, 'asked first');
    assert.equal(doc.activeElement, $('#plan-start-far-yes'));
    $('#plan-start-far-yes').click();
    $('#save-plan').click();
    await settle();
    const [create] = callsOf('create_plan');
    assert.equal(create.args.input.cueTime, '17:00');
    assert.equal(create.args.input.startDate, '1901-11-24');
  });

  it('explains a usual time it can\'t read, beside the field', async () => {
    await show(planBuilder, { id: null, focusFrom: null }, handlers());
    $('#plan-action').fill('walk');
    $('#plan-cue-time').fill('teatime');
    $('#save-plan').click();
    await settle();
    assert.equal(callsOf('create_plan').length, 0);
    assert.equal($('#plan-error').textContent, '"teatime" doesn\'t read as a time. Like 17:00, 1700 or 5pm.');
    assert.equal(doc.activeElement, $('#plan-cue-time'));
  });

  it('edits a plan with update_plan, keeping where it came from', async () => {
    await show(planBuilder, { id: 5, focusFrom: null }, handlers({
      get_plan: () => ({ plan: PLAN, progress: {}, logs: [] }),
      update_plan: () => PLAN,
    }));
    assert.equal($('#freq-weekdays').checked, true);
    assert.equal($('#day-1').checked, true);
    assert.equal($('#day-2').checked, false);
    $('#plan-action').fill('notice the should voice gently');
    $('#save-plan').click();
    await settle();
    const [update] = callsOf('update_plan');
    assert.equal(update.args.id, 5);
    assert.equal(update.args.input.action, 'notice the should voice gently');
    assert.equal(update.args.input.fromReflectionId, 12);
    assert.deepEqual(navigated, ['#plan/5']);
  });
});

describe('home additions', () => {
  const homeData = (over = {}) => ({
    now: '2026-11-24T19:00:00+01:00', lastSessionAt: null, daysSinceLastSession: null,
    hasReflectionDraft: false, reflectionCount: 1, latest: null,
    focus: { text: 'Notice the should voice', reflectionId: 12, setAt: '2026-11-24T17:50:00+01:00' },
    today: { due: 2, done: 1 },
    offerCompassion: { reason: 'Yesterday was a hard day.' },
    ...over,
  });

  it('turns the focus into a plan, shows today, and is always kind', async () => {
    await show(home, {}, { get_home: () => homeData() });
    assert.equal($('#focus-to-plan').href, '#plan/new?focus=12');
    assert.equal($('#focus-to-plan').textContent, 'Make it a plan');
    assert.equal($('#home-today').textContent, 'Today · 1 of 2 practised');
    assert.equal($('#home-today').href, '#practice');
    assert.equal($('#home-compassion').href, '#practice/self-compassion');
    assert.equal($('#compassion-offer-reason').textContent, 'Yesterday was a hard day.');
    assert.equal($('#compassion-take').href, '#practice/self-compassion');
  });

  const made = (over = {}) => ({
    plan: { ...PLAN, id: 9, sentence: 'I will notice the should voice every day.', ...over },
    progress: {},
  });

  it('links to the plan once the focus has one, instead of making another', async () => {
    await show(home, {}, { get_home: () => homeData(), list_plans: () => [made()] });
    assert.deepEqual(callsOf('list_plans').map((c) => c.args), [{ includeArchived: false }]);
    assert.equal($('#focus-to-plan'), null, 'no second builder from here');
    assert.equal($('#focus-see-plan').textContent, 'See your plan');
    assert.equal($('#focus-see-plan').href, '#plan/9');
    assert.equal($('#focus-plan-sentence').textContent, 'Your plan: I will notice the should voice every day.');
  });

  it('knows a plan made by hand with the focus\'s own words, but not one from another session', async () => {
    await show(home, {}, {
      get_home: () => homeData(),
      list_plans: () => [made({ fromReflectionId: null, action: 'Notice the should voice.' })],
    });
    assert.equal($('#focus-see-plan').href, '#plan/9');
    doc.body.replaceChildren();
    await show(home, {}, {
      get_home: () => homeData(),
      list_plans: () => [made({ fromReflectionId: 3, action: 'Notice the should voice' }), made({ id: 10, action: 'walk', fromReflectionId: null })],
    });
    assert.equal($('#focus-see-plan'), null);
    assert.equal($('#focus-to-plan').href, '#plan/new?focus=12');
  });

  it('still offers to make a plan when plans can\'t be read', async () => {
    await show(home, {}, {
      get_home: () => homeData(),
      list_plans: () => { throw { kind: 'storage', message: 'Storage is busy.' }; },
    });
    assert.equal($('#focus-to-plan').textContent, 'Make it a plan');
  });

  it('"Not now" hides the offer for this session, until a new reason comes', async () => {
    await show(home, {}, { get_home: () => homeData() });
    $('#compassion-not-now').click();
    assert.equal($('#compassion-offer'), null);
    doc.body.replaceChildren();
    await show(home, {}, { get_home: () => homeData() });
    assert.equal($('#compassion-offer'), null);
    assert.ok($('#home-compassion'), 'the quiet link stays');
    doc.body.replaceChildren();
    await show(home, {}, { get_home: () => homeData({ offerCompassion: { reason: 'A plan was skipped.' } }) });
    assert.ok($('#compassion-offer'));
  });

  it('leaves out the today line when nothing is due', async () => {
    await show(home, {}, { get_home: () => homeData({ today: { due: 0, done: 0 }, offerCompassion: null, focus: null }) });
    assert.equal($('#home-today'), null);
    assert.equal($('#compassion-offer'), null);
    assert.equal($('#focus-to-plan'), null);
    assert.ok($('#home-compassion'));
  });
});

describe('self-compassion break', () => {
  const handlers = (over = {}) => ({
    get_plan: () => ({ plan: { ...PLAN, id: 4, sentence: 'I will be kind to myself.' }, progress: {}, logs: [] }),
    save_compassion_break: ({ input }) => ({ id: 1, ...input, createdAt: 'now' }),
    record_practice: () => ({ log: {}, progress: { week: { done: 2, target: 7 } } }),
    ...over,
  });

  it('quotes Kristin Neff\'s phrases exactly as she publishes them, and only hers', async () => {
    await show(selfCompassion, { planId: null }, handlers());
    // self-compassion.org, "Exercise 2: Self-Compassion Break", character
    // for character (her three phrases have no full stop; some others do).
    const phrases = doc.body.querySelectorAll('blockquote').map((q) => q.textContent);
    assert.deepEqual(phrases, ['This is a moment of suffering', 'Suffering is a part of life', 'May I be kind to myself']);
    const others = (id) => $(`#${id}-others`).querySelectorAll('q').map((q) => q.textContent);
    assert.deepEqual(others('sc-mindfulness'), ['This hurts.', 'Ouch.', 'This is stress.']);
    assert.deepEqual(others('sc-humanity'), ['Other people feel this way.', 'I’m not alone.', 'We all struggle in our lives.']);
    assert.deepEqual(others('sc-kindness'), [
      'May I give myself the compassion that I need',
      'May I learn to accept myself as I am',
      'May I forgive myself',
      'May I be strong',
      'May I be patient',
    ]);
    // Quotation styling is hers alone: every <blockquote> and <q> is one of
    // her phrases, and each figure names her and where she publishes them.
    const hers = new Set([...phrases, ...['sc-mindfulness', 'sc-humanity', 'sc-kindness'].flatMap(others)]);
    assert.equal(hers.size, 14);
    const quoted = [...doc.body.querySelectorAll('blockquote'), ...doc.body.querySelectorAll('q')]
      .map((q) => q.textContent);
    assert.ok(quoted.every((t) => hers.has(t)), 'nothing else is styled as a quotation');
    const captions = doc.body.querySelectorAll('figcaption').map((c) => c.textContent);
    assert.deepEqual(captions, Array(3).fill('— Kristin Neff, self-compassion.org'));
  });

  it('saves the words and counts it for the plan', async () => {
    await show(selfCompassion, { planId: 4 }, handlers());
    $('#sc-mindfulness').fill('this hurts');
    $('#sc-kindness').fill('you did your best');
    $('#sc-save').click();
    await settle();
    assert.deepEqual(callsOf('save_compassion_break').map((c) => c.args), [{
      input: { mindfulness: 'this hurts', humanity: '', kindness: 'you did your best', planId: 4 },
    }]);
    assert.deepEqual(callsOf('record_practice').map((c) => c.args), [{ planId: 4 }]);
    assert.equal($('#sc-done h2').textContent, 'Thank you for taking this moment.');
    assert.equal($('#practice-recorded').textContent, 'Counted for today in your plan. This week: 2 of 7.');
  });

  it('saves an empty break too, with no plan', async () => {
    await show(selfCompassion, { planId: null }, handlers());
    $('#sc-save').click();
    await settle();
    assert.deepEqual(callsOf('save_compassion_break')[0].args.input,
      { mindfulness: '', humanity: '', kindness: '', planId: null });
    assert.equal(callsOf('record_practice').length, 0);
    assert.ok($('#sc-done'));
  });

  it('keeps the words when saving fails', async () => {
    await show(selfCompassion, { planId: null }, handlers({
      save_compassion_break: () => { throw { kind: 'storage', message: 'The disk is full.' }; },
    }));
    $('#sc-humanity').fill('others feel this too');
    $('#sc-save').click();
    await settle();
    assert.equal($('#sc-error').textContent, "That didn't save — your words are still here. (The disk is full.)");
    assert.equal($('#sc-humanity').value, 'others feel this too');
    assert.equal($('#sc-done'), null);
  });
});

describe('breathing guide', () => {
  let now;
  let ticks;
  const realInterval = globalThis.setInterval;
  const realClear = globalThis.clearInterval;
  const realPerformance = Object.getOwnPropertyDescriptor(globalThis, 'performance');

  beforeEach(() => {
    now = 0;
    ticks = new Map();
    let next = 1;
    globalThis.setInterval = (fn) => { ticks.set(next, fn); return next++; };
    globalThis.clearInterval = (id) => ticks.delete(id);
    Object.defineProperty(globalThis, 'performance', { value: { now: () => now }, configurable: true, writable: true });
  });
  afterEach(() => {
    globalThis.setInterval = realInterval;
    globalThis.clearInterval = realClear;
    Object.defineProperty(globalThis, 'performance', realPerformance);
  });

  const advance = (ms) => {
    now += ms;
    for (const fn of [...ticks.values()]) fn();
  };

  const handlers = () => ({
    get_plan: () => ({ plan: { ...PLAN, id: 4, practice: 'box', sentence: 'I will breathe.' }, progress: {}, logs: [] }),
    record_practice: () => ({ log: {}, progress: { week: { done: 5, target: 7 } } }),
  });

  it('guides box breathing for a minute, then counts it for the plan', async () => {
    await show(breathing, { pattern: 'box', planId: 4 }, handlers());
    assert.equal($('#pattern-box').checked, true);
    $('#duration-1').click();
    $('#breath-start').click();
    assert.equal($('#breath-phase').textContent, 'Breathe in');
    assert.equal($('#breath-phase').getAttribute('aria-live'), 'polite');
    assert.equal($('#breath-count').textContent, '4');
    assert.equal($('#breath-remaining').textContent, '1:04 left');
    assert.ok($('.pacer-circle').classList.contains('is-in'));
    assert.ok($('.pacer-circle').classList.contains('secs-4'));
    advance(4000);
    assert.equal($('#breath-phase').textContent, 'Hold');
    advance(4000);
    assert.equal($('#breath-phase').textContent, 'Breathe out');
    assert.ok($('.pacer-circle').classList.contains('is-out'));
    assert.equal(callsOf('record_practice').length, 0);
    advance(56000);
    await settle();
    assert.equal($('#practice-done-heading').textContent, 'Well done.');
    assert.equal($('#practice-done-line').textContent, 'Notice how you feel now.');
    assert.deepEqual(callsOf('record_practice').map((c) => c.args), [{ planId: 4 }]);
    assert.equal($('#practice-recorded').textContent, 'Counted for today in your plan. This week: 5 of 7.');
    assert.equal(ticks.size, 0, 'the clock stops');
  });

  it('pauses the clock, and Stop only offers to count it', async () => {
    await show(breathing, { pattern: '478', planId: 4 }, handlers());
    $('#breath-start').click();
    $('#breath-pause').click();
    advance(30000);
    assert.equal($('#breath-phase').textContent, 'Breathe in', 'nothing moves while paused');
    assert.match($('#breath-remaining').textContent, /^Paused/);
    $('#breath-pause').click();
    advance(4000);
    assert.equal($('#breath-phase').textContent, 'Hold');
    $('#breath-stop').click();
    await settle();
    assert.equal(callsOf('record_practice').length, 0);
    $('#practice-count').click();
    await settle();
    assert.deepEqual(callsOf('record_practice').map((c) => c.args), [{ planId: 4 }]);
  });

  it('offers 4-7-8 as four breaths, says why, and how: in through the nose, out through the mouth', async () => {
    await show(breathing, { pattern: '478', planId: null }, {});
    assert.equal($('#pattern-478').checked, true);
    assert.equal($('#breath-duration').hidden, true, 'counted in breaths, not minutes');
    assert.equal($('#breath-cycles').hidden, false);
    assert.equal($('#cycles-4').checked, true, 'four by default');
    assert.equal($('#breath-cycles legend').textContent, 'How many breaths?');
    assert.equal($('#breath-cycles-why').textContent,
      'Four breaths is plenty to start: more can make you light-headed at first.');
    assert.equal($('#breath-how').textContent,
      'In quietly through your nose for 4, hold for 7, then out through your mouth for 8, with a soft whoosh.');
    assert.equal($('#breath-pattern').getAttribute('aria-describedby'), 'breath-how');
    $('#breath-start').click();
    assert.equal($('#breath-remaining').textContent, 'Breath 1 of 4');
    assert.match($('#breath-how-run').textContent, /through your nose .* through your mouth/);
    // Each phase is said in words in a polite live region, for screen readers.
    const live = $('#breath-phase');
    assert.equal(live.getAttribute('aria-live'), 'polite');
    const said = [live.textContent];
    for (const ms of [4000, 7000, 8000]) {
      advance(ms);
      said.push(live.textContent);
    }
    assert.deepEqual(said, ['Breathe in', 'Hold', 'Breathe out', 'Breathe in']);
    assert.equal($('#breath-remaining').textContent, 'Breath 2 of 4');
    advance(19000 * 3);
    await settle();
    assert.equal($('#practice-done-heading').textContent, 'Well done.', 'done after four breaths, 76 s');
  });

  it('offers a longer out-breath with no holds, 4 in and 6 out, for minutes', async () => {
    await show(breathing, { pattern: 'box', planId: null }, {});
    const label = $('#pattern-longOut').closest('label').textContent;
    assert.equal(label, 'Longer out-breath · 4 in, 6 out, no holding your breath');
    $('#pattern-longOut').click();
    assert.equal($('#breath-duration').hidden, false);
    assert.equal($('#breath-cycles').hidden, true);
    assert.match($('#breath-how').textContent, /^In through your nose for 4, then out slowly for 6\. No holding/);
    $('#duration-1').click();
    $('#breath-start').click();
    assert.equal($('#breath-phase').textContent, 'Breathe in');
    assert.equal($('#breath-remaining').textContent, '1:00 left', 'six breaths of 10 s');
    advance(4000);
    assert.equal($('#breath-phase').textContent, 'Breathe out');
    assert.equal($('#breath-count').textContent, '6');
    advance(6000);
    assert.equal($('#breath-phase').textContent, 'Breathe in', 'straight back in: no hold');
  });

  it('uses the person\'s own counts, kept within 1..10', async () => {
    await show(breathing, { pattern: 'custom', planId: null }, {});
    assert.equal($('#custom-counts').hidden, false);
    $('#count-in').fill('3');
    $('#count-hold-in').fill('0');
    $('#count-out').fill('25');
    $('#count-hold-out').fill('0');
    $('#breath-start').click();
    assert.equal($('#breath-count').textContent, '3');
    advance(3000);
    assert.equal($('#breath-phase').textContent, 'Breathe out');
    assert.equal($('#breath-count').textContent, '10');
  });
});

describe('step-by-step practices', () => {
  it('walks grounding from five to one, keeps words on Back, and counts it for the plan', async () => {
    const { default: grounding } = await import('../../ui/views/practices/grounding.js');
    await show(grounding, { planId: 4 }, {
      get_plan: () => ({ plan: { ...PLAN, id: 4, sentence: 'I will ground myself.' }, progress: {}, logs: [] }),
      record_practice: () => ({ log: {}, progress: { week: { done: 1, target: 7 } } }),
    });
    assert.equal($('#step-heading').textContent, 'Five things you can see');
    assert.equal($('#step-back').hidden, true);
    assert.equal(doc.body.querySelectorAll('.ground-field input').length, 5);
    $('#ground-see-1').fill('a lamp');
    $('#step-next').click();
    assert.equal($('#step-heading').textContent, 'Four things you can touch');
    assert.equal(doc.activeElement, $('#step-heading'), 'focus follows the step');
    $('#step-back').click();
    assert.equal($('#ground-see-1').value, 'a lamp');
    for (let i = 0; i < 4; i += 1) $('#step-next').click();
    assert.equal($('#step-heading').textContent, 'One thing you can taste');
    assert.equal($('#step-next').textContent, 'Finish');
    assert.equal(callsOf('record_practice').length, 0);
    $('#step-next').click();
    await settle();
    assert.equal($('#practice-done-heading').textContent, 'Well done.');
    assert.deepEqual(callsOf('record_practice').map((c) => c.args), [{ planId: 4 }]);
  });

  it('gives the breathing space three steps, each with a quiet minute', async () => {
    const { default: space } = await import('../../ui/views/practices/breathing-space.js');
    const realInterval = globalThis.setInterval;
    globalThis.setInterval = () => 0; // the minute's clock is not under test here
    try {
      await show(space, { planId: null }, {});
      assert.equal($('#step-heading').textContent, '1 · Awareness');
      assert.match($('#step').textContent, /What's here right now — thoughts, feelings, body\?/);
      assert.match($('#step-timer').textContent, /About a minute · 1:00 left/);
      $('#step-next').click();
      assert.equal($('#step-heading').textContent, '2 · Gathering');
      $('#step-next').click();
      assert.equal($('#step-heading').textContent, '3 · Expanding');
      $('#step-next').click();
      await settle();
      assert.equal($('#practice-done-line').textContent, 'Notice how you feel now.');
      assert.equal(calls.filter((c) => c.cmd === 'record_practice').length, 0, 'no plan, nothing to count');
    } finally {
      globalThis.setInterval = realInterval;
    }
  });
});
