// The safety plan through a stand-in document and a fake backend: the calm
// card when arriving from PHQ-9 question 9 (and only then), crisis lines
// first and readable, the seven steps in order, every add and remove kept
// at once with the whole plan, typing kept after a pause — and Home's
// quiet, always-present way in.

import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';

import { FakeEvent, installDom, installTauri, removeDom, removeTauri, settle } from './fake-dom.mjs';
import home from '../../ui/views/home.js';
import safetyPlan, {
  SAVE_DELAY, SECTION_KEYS, crisisSourceLine, planToState, regionName, toPayload,
} from '../../ui/views/safety-plan.js';

const SPECS = [
  ['warningSigns', 'Warning signs', 'Thoughts, feelings or situations that tell me a hard time may be starting.'],
  ['copingStrategies', 'Things I can do on my own', 'What helps me take my mind off things without anyone else.'],
  ['distractions', 'People and places that take my mind off things', 'Where I can go and who I can be around.'],
  ['peopleToAsk', 'People I can ask for help', 'People I can tell that I’m struggling.'],
  ['professionals', 'Professionals I can contact', 'My therapist, my doctor, an out-of-hours service.'],
  ['safeEnvironment', 'Making where I am safer', 'Things I can put away or ask someone to keep for now.'],
  ['reasonsForLiving', 'What matters to me', 'The people, things and hopes worth staying for.'],
];

function plan(over = {}) {
  return {
    sections: SPECS.map(([key, title, prompt]) => ({
      key, title, prompt, items: key === 'warningSigns' ? ['Not sleeping', 'Cancelling plans'] : [],
    })),
    contacts: [{ name: 'Sam', phone: '07700 900123', note: 'Evenings' }],
    crisisLines: [
      { name: 'Samaritans', number: '116 123', note: 'Free, any time, day or night.' },
      { name: 'Emergency services', number: '999', note: 'If you are in danger right now.' },
    ],
    region: 'GB',
    updatedAt: null,
    ...over,
  };
}

let doc;
let calls;
const $ = (sel) => doc.body.querySelector(sel);
const $$ = (sel) => doc.body.querySelectorAll(sel);
const saved = () => calls.filter((c) => c.cmd === 'save_safety_plan').map((c) => c.args.plan);
const wait = (ms) => new Promise((r) => setTimeout(r, ms));

beforeEach(() => { doc = installDom(); });
afterEach(() => {
  removeDom();
  removeTauri();
});

async function show(route = { view: 'safetyPlan', from: null }, handlers = {}) {
  calls = installTauri({
    get_safety_plan: () => plan(),
    save_safety_plan: ({ plan: p }) => ({ ...plan(), updatedAt: '2026-11-28T12:00:00+00:00', contacts: p.contacts }),
    ...handlers,
  });
  const root = doc.createElement('div');
  const title = await safetyPlan.render(root, route, { refresh() {}, navigate() {}, isCurrent: () => true });
  doc.body.replaceChildren(doc.getElementById('toast') ?? doc.createElement('div'), root);
  return title;
}

/** Where an element sits in the page, for "comes before". */
const order = (sel) => [...doc.body.descendants()].indexOf($(sel));

function type(sel, text) {
  const el = $(sel);
  el.value = text;
  el.dispatchEvent(new FakeEvent('input'));
}

describe('safety plan: pure helpers', () => {
  it('keeps the seven sections in order, whatever came back', () => {
    const state = planToState({ sections: [{ key: 'reasonsForLiving', title: 'What matters', prompt: '', items: ['Mia', ' '] }] });
    assert.deepEqual(state.sections.map((s) => s.key), SECTION_KEYS);
    assert.deepEqual(state.sections[6].items, ['Mia']);
    assert.deepEqual(state.contacts, []);
  });

  it('sends the whole plan, trimmed, without blank rows', () => {
    const state = planToState(plan());
    state.contacts.push({ name: '  ', phone: '', note: '' });
    state.crisisLines[0].note = '  Free.  ';
    const payload = toPayload(state);
    assert.deepEqual(Object.keys(payload), ['sections', 'contacts', 'crisisLines']);
    assert.deepEqual(Object.keys(payload.sections), SECTION_KEYS);
    assert.deepEqual(payload.sections.warningSigns, ['Not sleeping', 'Cancelling plans']);
    assert.deepEqual(payload.contacts, [{ name: 'Sam', phone: '07700 900123', note: 'Evenings' }]);
    assert.equal(payload.crisisLines[0].note, 'Free.');
  });

  it('says where the crisis lines came from', () => {
    assert.equal(regionName('GB'), 'United Kingdom');
    assert.equal(regionName(null), '');
    assert.match(crisisSourceLine({ region: 'GB', updatedAt: null }), /^These were filled in for your region \(United Kingdom\)\. You can change them/);
    assert.match(crisisSourceLine({ region: 'GB', updatedAt: '2026-11-28T12:00:00+00:00' }), /numbers you’ve kept/);
    assert.match(crisisSourceLine({ region: null, updatedAt: null }), /add the crisis lines/);
  });
});

describe('safety plan: the page', () => {
  it('shows crisis lines first, then contacts, then the seven steps in order', async () => {
    const title = await show();
    assert.equal(title, 'My safety plan');
    assert.equal($('h1').textContent, 'My safety plan');
    assert.equal($('#safety-from-phq9'), null, 'no card without the question');
    const ids = ['#crisis-lines', '#safety-about', '#safety-contacts', ...SECTION_KEYS.map((k) => `#section-${k}`)];
    const places = ids.map(order);
    assert.ok(places.every((p) => p > 0), 'all there');
    assert.deepEqual([...places].sort((a, b) => a - b), places, 'in this order');
    assert.equal(order('#crisis-lines'), order('h1') + 1, 'straight after the heading');
    // Names and numbers as plain words to read or copy.
    const lines = $$('#crisis-list li');
    assert.deepEqual(lines.map((li) => [li.querySelector('.crisis-name').textContent, li.querySelector('.crisis-number').textContent]),
      [['Samaritans', '116 123'], ['Emergency services', '999']]);
    assert.match($('#crisis-source').textContent, /filled in for your region \(United Kingdom\)/);
    assert.equal($('#crisis-emergency').hidden, true, 'the emergency number is already listed');
    assert.match($('#safety-about').textContent, /Stanley–Brown/);
    // Each step: its title, prompt and list.
    SPECS.forEach(([key, title2, prompt]) => {
      assert.equal($(`#section-${key} h2`).textContent, title2);
      assert.equal($(`#section-${key}-prompt`).textContent, prompt);
      assert.ok($(`#section-${key}-new`));
      assert.equal($(`label[for="section-${key}-new"]`).textContent, 'Add to this list');
    });
    assert.deepEqual($$('#section-warningSigns-items .safety-item-text').map((s) => s.textContent), ['Not sleeping', 'Cancelling plans']);
    assert.equal($('#contact-0-name').value, 'Sam');
    assert.equal($('label[for="contact-0-phone"]').textContent, 'Phone');
    assert.equal($('#safety-status').getAttribute('role'), 'status');
    assert.deepEqual(saved(), [], 'nothing is saved just by looking');
  });

  it('opens with a calm card when question 9 was answered above 0', async () => {
    await show({ view: 'safetyPlan', from: 'phq9' });
    const card = $('#safety-from-phq9');
    assert.ok(card);
    assert.equal(order('#safety-from-phq9'), order('h1') + 1, 'at the very top');
    assert.ok(order('#safety-from-phq9') < order('#crisis-lines'));
    const words = card.textContent;
    assert.match(words, /Thank you for answering honestly/);
    assert.match(words, /deserve support now/);
    assert.match(words, /the people you can reach right away/);
    assert.match(words, /Your answers are kept/);
    assert.equal($('#safety-back-to-phq9').getAttribute('href'), '#measures/phq9');
    assert.ok(!card.classList.contains('error') && card.getAttribute('role') !== 'alert', 'calm, not an alarm');
  });

  it('keeps the whole plan at once when an item is added or removed', async () => {
    await show();
    type('#section-copingStrategies-new', '  A walk round the block ');
    $('#section-copingStrategies-add').click();
    await settle();
    assert.equal(saved().length, 1);
    const first = saved()[0];
    assert.deepEqual(Object.keys(first.sections), SECTION_KEYS);
    assert.deepEqual(first.sections.copingStrategies, ['A walk round the block']);
    assert.deepEqual(first.sections.warningSigns, ['Not sleeping', 'Cancelling plans']);
    assert.deepEqual(first.contacts, [{ name: 'Sam', phone: '07700 900123', note: 'Evenings' }]);
    assert.equal(first.crisisLines.length, 2);
    assert.equal($('#section-copingStrategies-new').value, '', 'ready for the next one');
    assert.equal(doc.activeElement, $('#section-copingStrategies-new'));
    assert.match($('#safety-status').textContent, /^Saved/);

    // Enter adds too; an empty field adds nothing.
    type('#section-reasonsForLiving-new', 'Mia');
    $('#section-reasonsForLiving-new').dispatchEvent(new FakeEvent('keydown', { key: 'Enter' }));
    $('#section-reasonsForLiving-add').click();
    await settle();
    assert.equal(saved().length, 2);
    assert.deepEqual(saved()[1].sections.reasonsForLiving, ['Mia']);

    // Remove: the rest stays, focus moves to what came next.
    const remove = $$('#section-warningSigns-items button')[0];
    assert.equal(remove.getAttribute('aria-label'), 'Remove “Not sleeping”');
    remove.click();
    await settle();
    assert.deepEqual(saved().at(-1).sections.warningSigns, ['Cancelling plans']);
    assert.deepEqual(saved().at(-1).sections.reasonsForLiving, ['Mia']);
    assert.equal(doc.activeElement, $$('#section-warningSigns-items button')[0]);
  });

  it('adds and removes contacts, keeping typing after a pause', async () => {
    await show();
    $('#add-contact').click();
    await settle();
    assert.equal(doc.activeElement, $('#contact-1-name'));
    assert.deepEqual(saved().at(-1).contacts, [{ name: 'Sam', phone: '07700 900123', note: 'Evenings' }], 'a blank row isn’t kept');
    const count = saved().length;
    type('#contact-1-name', 'Dr Okafor');
    type('#contact-1-phone', '020 7946 0000');
    await settle();
    assert.equal(saved().length, count, 'typing waits for a pause');
    await wait(SAVE_DELAY + 60);
    await settle();
    assert.equal(saved().length, count + 1);
    assert.deepEqual(saved().at(-1).contacts.at(-1), { name: 'Dr Okafor', phone: '020 7946 0000', note: '' });
    assert.equal($('#contact-1-remove').getAttribute('aria-label'), 'Remove Dr Okafor');
    $('#contact-0-remove').click();
    await settle();
    assert.deepEqual(saved().at(-1).contacts, [{ name: 'Dr Okafor', phone: '020 7946 0000', note: '' }]);
    assert.equal($('#contact-0'), null);
    assert.equal($('#contact-1 legend').textContent, 'Person 1');
  });

  it('lets the crisis lines be changed, and shows the change at once', async () => {
    await show();
    assert.equal($('#crisis-edit').hasAttribute('open'), false, 'tucked away while lines are there');
    type('#crisis-0-number', '116 123 (free)');
    assert.equal($$('#crisis-list .crisis-number')[0].textContent, '116 123 (free)');
    $('#crisis-1-remove').click();
    await settle();
    assert.deepEqual(saved().at(-1).crisisLines, [{ name: 'Samaritans', number: '116 123 (free)', note: 'Free, any time, day or night.' }]);
    assert.equal($$('#crisis-list li').length, 1);
    $('#add-crisis-line').click();
    type('#crisis-2-name', 'Shout');
    type('#crisis-2-number', '85258');
    assert.equal($$('#crisis-list li').length, 2);
  });

  it('offers to add lines when there are none, and still says what to do in danger', async () => {
    await show(undefined, { get_safety_plan: () => plan({ crisisLines: [], region: null }) });
    assert.equal($('#crisis-empty').hidden, false);
    assert.equal($('#crisis-list').hidden, true);
    assert.ok($('#crisis-edit').hasAttribute('open'));
    assert.equal($('#crisis-emergency').hidden, false);
    assert.match($('#crisis-emergency').textContent, /call your local emergency number/);
  });

  it('keeps the words on the page when a save fails', async () => {
    await show(undefined, { save_safety_plan: () => { throw { kind: 'storage', message: 'The disk is full.' }; } });
    type('#section-warningSigns-new', 'Drinking more');
    $('#section-warningSigns-add').click();
    await settle();
    assert.equal($('#safety-status').textContent, 'That didn’t save — your words are still here. (The disk is full.)');
    assert.ok($('#safety-status').classList.contains('is-error'));
    assert.equal($$('#section-warningSigns-items li').length, 3);
  });

  it('still shows what to do in danger when the plan can’t load', async () => {
    await show(undefined, { get_safety_plan: () => { throw { kind: 'storage', message: 'The plan couldn’t load.' }; } });
    assert.match($('.crisis-emergency').textContent, /local emergency number/);
    assert.equal($('[role="alert"] p').textContent, 'The plan couldn’t load.');
  });
});

describe('home: the safety plan and questionnaires, one click away', () => {
  async function showHome(handlers) {
    installTauri(handlers);
    const root = doc.createElement('div');
    await home.render(root, {}, { refresh() {}, navigate() {}, isCurrent: () => true });
    doc.body.replaceChildren(root);
  }

  it('links to both beside “Be kind to yourself”', async () => {
    await showHome({
      get_home: () => ({
        now: '2026-11-24T19:00:00+01:00', lastSessionAt: null, daysSinceLastSession: null, hasReflectionDraft: false,
        reflectionCount: 0, latest: null, focus: null, today: { due: 0, done: 0 }, offerCompassion: null,
      }),
      get_schedule: () => ({ schedule: null, upcoming: [], past: [] }),
    });
    assert.equal($('#home-safety-plan').getAttribute('href'), '#safety-plan');
    assert.equal($('#home-safety-plan').textContent, 'My safety plan');
    assert.equal($('#home-measures').getAttribute('href'), '#measures');
    assert.equal($('#home-measures').textContent, 'Check-in questionnaires');
    assert.equal($('#home-safety-plan').parentNode, $('#home-compassion').parentNode);
    for (const id of ['#log-moment', '#check-in', '#write-note', '#reflect-now', '#home-compassion', '#shortcut-hint']) {
      assert.ok($(id), id);
    }
  });

  it('keeps the safety plan there even when Home can’t load', async () => {
    await showHome({ get_home: () => { throw { kind: 'storage', message: 'Home couldn’t load.' }; }, get_schedule: () => null });
    assert.equal($('#home-safety-plan').getAttribute('href'), '#safety-plan');
  });
});
