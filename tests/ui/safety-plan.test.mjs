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
    currentRegion: 'GB',
    crisisLinesEdited: false,
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
  it('shows crisis lines first, then the seven steps in order, the numbers with the people and professionals', async () => {
    const title = await show();
    assert.equal(title, 'My safety plan');
    assert.equal($('h1').textContent, 'My safety plan');
    assert.equal($('#safety-from-phq9'), null, 'no card without the question');
    const ids = ['#crisis-lines', '#safety-about', ...SECTION_KEYS.slice(0, 5).map((k) => `#section-${k}`),
      '#safety-contacts', ...SECTION_KEYS.slice(5).map((k) => `#section-${k}`)];
    const places = ids.map(order);
    assert.ok(places.every((p) => p > 0), 'all there');
    assert.deepEqual([...places].sort((a, b) => a - b), places, 'in this order');
    // One place for who to reach: steps 4 and 5 and their numbers, together.
    const group = $('#safety-people');
    assert.deepEqual(group.children.map((c) => c.id), ['section-peopleToAsk', 'section-professionals', 'safety-contacts']);
    assert.equal($('#safety-contacts-title').textContent, 'Their numbers');
    assert.match($('#safety-contacts .hint').textContent, /^For the people and professionals above/);
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

  it('offers to add lines when there are none, and shows numbers that work in many places meanwhile', async () => {
    await show(undefined, { get_safety_plan: () => plan({ crisisLines: [] }) });
    assert.equal($('#crisis-empty').hidden, false);
    assert.match($('#crisis-empty').textContent, /Until you add one, these work in many places/);
    assert.equal($('#crisis-list').hidden, true);
    assert.ok($('#crisis-edit').hasAttribute('open'));
    // The backend couldn't be asked for its fallback here: the page's own.
    assert.match($('#crisis-fallback').textContent, /call 112\./);
    assert.match($('#crisis-fallback').textContent, /findahelpline\.com/);
    assert.equal($('#crisis-emergency').hidden, true, 'said once, by the fallback');

    // A number typed in: the fallback steps aside.
    $('#add-crisis-line').click();
    type('#crisis-0-number', '116 123');
    assert.equal($('#crisis-fallback'), null);
    assert.equal($('#crisis-empty').hidden, true);
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

describe('safety plan: the crisis lines for where you are', () => {
  const FALLBACK = {
    number: '112', note: '112 reaches emergency services from a mobile phone in many countries, including all of the EU.',
    directory: 'findahelpline.com', directoryNote: 'A free directory of crisis lines for most countries. Type the address into a web browser.',
  };
  const INDIA = {
    region: { code: 'IN', name: 'India' }, regionSource: 'chosen',
    lines: [{ name: 'Tele-MANAS', number: '14416', hours: '24 hours, every day', ways: ['call'], note: 'Free.', source: 'x', verified: '2026-12-04' }],
    emergency: '112', fallback: FALLBACK, safetyPlan: null,
  };
  const NOWHERE = { ...INDIA, region: null, regionSource: null, lines: [], emergency: null };
  const INDIA_LINES = [
    { name: 'Tele-MANAS', number: '14416', note: 'Free. 24 hours, every day' },
    { name: 'Emergency services', number: '112', note: 'If you are in danger right now.' },
  ];
  let emit;

  /** The page with a backend that knows countries, and Tauri's events. */
  async function showWith(over, handlers = {}) {
    let current = plan(over);
    calls = installTauri({
      get_safety_plan: () => current,
      save_safety_plan: ({ plan: p }) => ({ ...current, ...p, sections: current.sections, updatedAt: '2026-11-28T12:00:00+00:00' }),
      get_crisis_help: () => (current.currentRegion === 'IN' ? INDIA : NOWHERE),
      list_regions: () => [{ code: 'GB', name: 'United Kingdom', hasLines: true }, { code: 'IN', name: 'India', hasLines: true }],
      set_region: ({ region }) => {
        current = { ...current, currentRegion: region };
        return region === 'IN' ? INDIA : NOWHERE;
      },
      use_region_crisis_lines: () => {
        current = { ...current, crisisLines: INDIA_LINES, region: current.currentRegion, crisisLinesEdited: false, updatedAt: '2026-11-28T12:00:00+00:00' };
        return current;
      },
      ...handlers,
    });
    const listeners = [];
    globalThis.__TAURI__.event = {
      async listen(name, cb) {
        listeners.push({ name, cb });
        return () => listeners.splice(listeners.findIndex((l) => l.cb === cb), 1);
      },
    };
    emit = (name, payload) => {
      for (const l of listeners.filter((x) => x.name === name)) l.cb({ event: name, payload });
    };
    const root = doc.createElement('div');
    await safetyPlan.render(root, { view: 'safetyPlan', from: null }, { refresh() {}, navigate() {}, isCurrent: () => true });
    doc.body.replaceChildren(doc.getElementById('toast') ?? doc.createElement('div'), root);
  }
  const used = () => calls.filter((c) => c.cmd === 'use_region_crisis_lines');

  it('unedited lines for another country: one click puts in the new country’s lines', async () => {
    await showWith({ region: 'GB', currentRegion: 'IN' });
    const band = $('#crisis-region-band');
    assert.equal(band.hidden, false);
    assert.ok(band.classList.contains('notice') && !band.classList.contains('notice-attention'), 'calm, not an alarm');
    assert.equal($('#crisis-region-band-text').textContent,
      'Interlude is set to India now, and these lines were filled in for United Kingdom.');
    assert.equal($('#use-region-lines').textContent, 'Use the crisis lines for India');
    $('#use-region-lines').click();
    await settle();
    assert.deepEqual(used().map((c) => c.args), [{}], 'nothing to lose, so nothing to ask');
    assert.deepEqual($$('#crisis-list .crisis-number').map((n) => n.textContent), ['14416', '112']);
    assert.equal($('#crisis-region-band').hidden, true);
    assert.equal($('#crisis-status').textContent, 'The crisis lines for India are in your plan now.');
    assert.equal(doc.activeElement, $('#crisis-status'));
    assert.equal($$('#crisis-lines').length, 1, 'the card is drawn again, not twice');

    // What is saved next carries the new lines, not the old ones.
    type('#section-warningSigns-new', 'Drinking more');
    $('#section-warningSigns-add').click();
    await settle();
    assert.deepEqual(saved().at(-1).crisisLines, INDIA_LINES);
  });

  it('lines the person edited are replaced only after a yes', async () => {
    await showWith({ region: 'GB', currentRegion: 'IN', crisisLinesEdited: true });
    assert.match($('#crisis-region-band-text').textContent, /You’ve edited them, so using the new ones would replace yours\./);
    $('#use-region-lines').click();
    await settle();
    assert.equal(used().length, 0, 'asked first');
    assert.equal($('#crisis-region-band-text').textContent,
      'Replace the lines you edited with the ones for India? Yours won’t be kept.');
    assert.equal(doc.activeElement, $('#use-region-lines-no'), 'keeping them has focus');
    assert.equal($('#use-region-lines-no').textContent, 'Keep my lines');
    $('#use-region-lines-no').click();
    await settle();
    assert.equal(used().length, 0);
    assert.equal(doc.activeElement, $('#use-region-lines'));
    assert.deepEqual($$('#crisis-list .crisis-number').map((n) => n.textContent), ['116 123', '999'], 'theirs, as they were');

    $('#use-region-lines').click();
    $('#use-region-lines-yes').click();
    await settle();
    assert.equal(used().length, 1);
    assert.deepEqual($$('#crisis-list .crisis-number').map((n) => n.textContent), ['14416', '112']);
  });

  it('lines changed on the page count as edited too', async () => {
    await showWith({ region: 'GB', currentRegion: 'IN' });
    type('#crisis-0-number', '116 123 (free)');
    assert.match($('#crisis-region-band-text').textContent, /You’ve edited them/);
    $('#use-region-lines').click();
    await settle();
    assert.equal(used().length, 0, 'asked first');
    assert.ok($('#use-region-lines-yes'));
  });

  it('typing still waiting to be kept is kept before the lines are replaced', async () => {
    await showWith({ region: 'GB', currentRegion: 'IN' });
    type('#contact-0-note', 'Evenings, after 7');
    $('#use-region-lines').click();
    await settle();
    const order = calls.map((c) => c.cmd).filter((c) => c === 'save_safety_plan' || c === 'use_region_crisis_lines');
    assert.deepEqual(order, ['save_safety_plan', 'use_region_crisis_lines']);
    assert.equal(saved()[0].contacts[0].note, 'Evenings, after 7');
  });

  it('no band when the lines are already the country’s', async () => {
    await showWith({ region: 'IN', currentRegion: 'IN', crisisLines: INDIA_LINES });
    assert.equal($('#crisis-region-band').hidden, true);
    assert.equal($('#use-region-lines'), null);
    assert.equal($('#crisis-region-ask'), null);
    assert.match($('#crisis-region').textContent, /^Your country: India · change$/);
    assert.equal($('#crisis-picker').hidden, true);
    $('#crisis-region-change').click();
    assert.equal($('#crisis-picker').hidden, false);
    assert.equal(doc.activeElement, $('#safety-region'));
  });

  it('with no country known: asks where, shows numbers that work in many places, and offers the chosen country’s lines', async () => {
    await showWith({
      region: null, currentRegion: null,
      crisisLines: [
        { name: 'Emergency services', number: '112', note: 'For a crisis line where you live, findahelpline.com lists them by country: add its number here.' },
      ],
    });
    assert.equal($('#crisis-region-band').hidden, true, 'nothing to offer yet');
    assert.equal($('#crisis-region-ask').textContent, 'Where are you? Interlude will show the lines for that country.');
    assert.equal($('#crisis-picker').hidden, false);
    assert.equal($('label[for="safety-region"]').textContent, 'Country');
    // 112 is in the plan already: the fallback adds only where to find a line.
    assert.match($('#crisis-fallback').textContent, /findahelpline\.com.*Type the address into a web browser/);
    assert.doesNotMatch($('#crisis-fallback').textContent, /call 112/, 'not said twice');

    $('#safety-region').value = 'IN';
    $('#safety-region').dispatchEvent(new FakeEvent('change'));
    await settle();
    assert.deepEqual(calls.filter((c) => c.cmd === 'set_region').map((c) => c.args), [{ region: 'IN' }]);
    assert.equal($('#crisis-region-band').hidden, false);
    assert.equal($('#use-region-lines').textContent, 'Use the crisis lines for India');
    assert.equal($('#crisis-region-ask'), null);
    assert.equal($('#crisis-fallback'), null, 'a number is kept, and the country is known');
    assert.equal(used().length, 0, 'offered, not done');
  });

  it('follows a country chosen elsewhere (the lock screen, Settings)', async () => {
    // A saved plan: its lines are kept, and the new country's are offered.
    await showWith({ region: 'GB', currentRegion: 'GB', updatedAt: '2026-11-28T12:00:00+00:00' });
    assert.equal($('#crisis-region-band').hidden, true);
    emit('region-changed', INDIA);
    await settle();
    assert.equal($('#crisis-region-band').hidden, false);
    assert.equal($('#use-region-lines').textContent, 'Use the crisis lines for India');
    assert.equal($('#safety-region').value, 'IN');
  });

  it('a plan never saved follows the new country by itself, with nothing to ask', async () => {
    await showWith({ region: 'GB', currentRegion: 'GB', updatedAt: null });
    const fetched = () => calls.filter((c) => c.cmd === 'get_safety_plan').length;
    const before = fetched();
    // The backend's plan, unsaved, is filled in for the new country.
    globalThis.__TAURI__.core.invoke = ((invoke) => async (cmd, args) => (cmd === 'get_safety_plan'
      ? (calls.push({ cmd, args }), { ...plan({ region: 'IN', currentRegion: 'IN', updatedAt: null }), crisisLines: INDIA_LINES })
      : invoke(cmd, args)))(globalThis.__TAURI__.core.invoke);
    emit('region-changed', INDIA);
    await settle();
    assert.equal(fetched(), before + 1, 'the plan is read again');
    assert.deepEqual($$('#crisis-list .crisis-number').map((n) => n.textContent), ['14416', '112']);
    assert.equal($('#crisis-region-band').hidden, true, 'nothing to offer: it is done');
    assert.equal(used().length, 0, 'and nothing was saved for the person');
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
