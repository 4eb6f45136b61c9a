// Homework from the therapist, as a file (`#homework`), through a stand-in
// document and a fake backend: the file's exact text and name sent for a
// preview, which writes nothing; each item with its kind in words and a
// box ticked to start with; items added before shown as such, still sent
// (so the backend counts them as already here, not left out); the note
// kept or not; the backend's refusals shown in its own words; and, in the
// session brief, who assigned a plan or an experiment, and when. Then the
// questionnaires a file asks for: a questionnaire item in the preview, the
// card on Home when one is due, and the requests on the Questionnaires
// page, each with "Stop asking".

import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';

import { FakeEvent, installDom, installTauri, removeDom, removeTauri, settle } from './fake-dom.mjs';
import { briefSections } from '../../ui/components/brief-sections.js';
import home from '../../ui/views/home.js';
import homework, { acceptedIds, MAX_HOMEWORK_BYTES } from '../../ui/views/homework.js';
import { listView as measuresList } from '../../ui/views/measures.js';

let doc;
let calls;
let navigated;
const $ = (sel) => doc.body.querySelector(sel);
const $$ = (sel) => doc.body.querySelectorAll(sel);
const callsOf = (cmd) => calls.filter((c) => c.cmd === cmd);
const ctx = () => ({ refresh: () => {}, navigate: (hash) => navigated.push(hash), isCurrent: () => true });

async function show(handlers) {
  calls = installTauri(handlers);
  const root = doc.createElement('div');
  const title = await homework.render(root, { view: 'homework' }, ctx());
  doc.body.append(root);
  await settle();
  return title;
}

const TEXT = '{"interlude": "homework", "from": "Ana Weber", "items": []}\n';

/** A File as the picker gives it: a name, a size and its text. */
function fakeFile(name, text, { size } = {}) {
  const file = {
    name,
    size: size ?? new TextEncoder().encode(text).length,
    reads: 0,
    async text() {
      file.reads += 1;
      return text;
    },
  };
  return file;
}

/** Picks `file` in the file input, as the person would: the picker closes
 *  with the file chosen (and the input's value naming it), `change` fires. */
async function pick(file) {
  const input = $('#homework-file');
  input.files = file ? [file] : [];
  input.value = file ? `C:\\fakepath\\${file.name}` : '';
  input.dispatchEvent(new FakeEvent('change'));
  await settle();
}

const ITEMS = [
  {
    id: 'breathing', kind: 'practice', title: 'practise box breathing', detail: 'I sit down at my desk',
    practice: 'box', alreadyAdded: false,
  },
  { id: 'walk', kind: 'plan', title: 'walk to the river and back', detail: '', practice: null, alreadyAdded: false },
  {
    id: 'speak-up', kind: 'experiment', title: 'If I share an idea…', detail: 'Share one idea…', practice: null,
    alreadyAdded: false,
  },
];

const preview = (over = {}) => ({
  fileId: 'f', from: 'Ana Weber', note: 'Well done this week.', noteAlreadyAdded: false, items: ITEMS, ...over,
});

const SUMMARY = { added: 3, alreadyHere: 0, leftOut: 1 };

/** The page with `homework.json` chosen and previewed. */
async function previewed(handlers = {}, over = {}) {
  await show({ preview_homework: () => preview(over), import_homework: () => SUMMARY, ...handlers });
  await pick(fakeFile('homework.json', TEXT));
}

const add = async () => {
  $('#homework-add').click();
  await settle();
};

beforeEach(() => {
  doc = installDom();
  navigated = [];
});
afterEach(() => {
  removeDom();
  removeTauri();
});

describe('homework: the boxes and the size', () => {
  it('takes the ids of the ticked boxes, the disabled ticked ones too', () => {
    const box = (value, checked, disabled = false) => {
      const el = doc.createElement('input');
      el.setAttribute('type', 'checkbox');
      el.value = value;
      el.checked = checked;
      el.disabled = disabled;
      return el;
    };
    assert.deepEqual(acceptedIds([box('a', true), box('b', false), box('c', true, true), box('d', false, true)]),
      ['a', 'c']);
    assert.deepEqual(acceptedIds([]), []);
  });

  it('refuses a file over 1 MiB without reading it or asking the backend, naming the file', async () => {
    assert.equal(MAX_HOMEWORK_BYTES, 1024 * 1024);
    await show({ preview_homework: () => preview() });
    const big = fakeFile('huge.json', TEXT, { size: MAX_HOMEWORK_BYTES + 1 });
    await pick(big);
    assert.equal(calls.length, 0, 'the backend is not asked');
    assert.equal(big.reads, 0, 'the file is not read');
    const status = $('#homework-status');
    assert.equal(status.hidden, false);
    assert.equal(status.textContent, '"huge.json" is too large to be a homework file.');
    assert.equal($('#homework-preview').hidden, true);
    assert.equal($('#homework-file').value, '', 'cleared, so a smaller one can be chosen');

    await pick(fakeFile('exact.json', TEXT, { size: MAX_HOMEWORK_BYTES }));
    assert.equal(callsOf('preview_homework').length, 1, 'exactly 1 MiB is fine');
    assert.equal(status.hidden, true);
  });
});

describe('homework: the preview', () => {
  it('sends the exact text and name, and shows each item with its kind, the note, every box ticked', async () => {
    const title = await show({ preview_homework: () => preview(), import_homework: () => SUMMARY });
    assert.equal(title, 'Homework from your therapist');
    assert.equal($('#homework-preview').hidden, true, 'nothing to see before a file is chosen');
    await pick(fakeFile('homework.json', TEXT));

    assert.deepEqual(calls, [{ cmd: 'preview_homework', args: { text: TEXT, fileName: 'homework.json' } }]);
    assert.equal(callsOf('import_homework').length, 0, 'nothing is added without a yes');
    assert.equal($('#homework-preview').hidden, false);
    assert.equal($('#homework-preview-heading').textContent, 'What "homework.json" holds');

    const kinds = ['A guided practice', 'A plan', 'An experiment to try'];
    ITEMS.forEach((item, i) => {
      const box = $(`#homework-item-${i}`);
      assert.equal(box.value, item.id);
      assert.equal(box.checked, true, `${item.id} is ticked`);
      assert.equal(box.hasAttribute('disabled'), false);
      const row = box.closest('li');
      assert.equal(row.dataset.itemId, item.id);
      assert.ok(row.querySelector('label').textContent.includes(item.title), item.title);
      assert.equal($(`#homework-item-${i}-kind`).textContent, kinds[i]);
      assert.equal(box.getAttribute('aria-describedby'), `homework-item-${i}-kind`);
    });
    assert.ok($('#homework-items').textContent.includes('I sit down at my desk'), 'the detail is shown');
    assert.doesNotMatch($('#homework-items').textContent, /added already/);

    assert.equal($('#homework-note-heading').textContent, 'A note from Ana Weber');
    assert.equal($('#homework-note-text').textContent, 'Well done this week.');
    assert.equal($('#homework-keep-note').checked, true);
    assert.equal($('#homework-keep-note').hasAttribute('disabled'), false);
    assert.match($('label[for="homework-keep-note"]').textContent, /Keep this note in my journal/);
    assert.equal(navigated.length, 0);
  });

  it('adds what is ticked, says how many, and goes to Practice', async () => {
    await previewed();
    $('#homework-item-1').click(); // "walk", unticked
    assert.equal($('#homework-item-1').checked, false);
    await add();
    assert.deepEqual(callsOf('import_homework').map((c) => c.args), [{
      text: TEXT, fileName: 'homework.json', accept: ['breathing', 'speak-up'], keepNote: true,
    }]);
    assert.equal($('#toast p').textContent, '3 added; 1 left out.');
    assert.deepEqual(navigated, ['#practice']);
    assert.equal($('#homework-add').getAttribute('aria-disabled'), null, 'not left busy');
  });

  it('leaves the note out when its box is unticked', async () => {
    await previewed({ import_homework: () => ({ added: 3, alreadyHere: 0, leftOut: 0 }) });
    $('#homework-keep-note').click();
    await add();
    const [sent] = callsOf('import_homework');
    assert.equal(sent.args.keepNote, false);
    assert.deepEqual(sent.args.accept, ['breathing', 'walk', 'speak-up']);
    assert.equal($('#toast p').textContent, '3 added.');
    assert.deepEqual(navigated, ['#practice']);
  });

  it('shows items added before as added, still sends them, and never keeps a note twice', async () => {
    const items = ITEMS.map((it) => (it.id === 'breathing' ? { ...it, alreadyAdded: true } : it));
    await previewed({ import_homework: () => ({ added: 1, alreadyHere: 1, leftOut: 1 }) },
      { items, noteAlreadyAdded: true });

    const done = $('#homework-item-0');
    assert.equal(done.checked, true);
    assert.equal(done.hasAttribute('disabled'), true, 'can’t be unticked');
    assert.equal($('#homework-item-0-kind').textContent, 'A guided practice · added already');
    assert.doesNotMatch($('#homework-item-1-kind').textContent, /added already/);

    const note = $('#homework-keep-note');
    assert.equal(note.checked, false);
    assert.equal(note.hasAttribute('disabled'), true);
    assert.match($('label[for="homework-keep-note"]').textContent, /This note is in your journal already\./);

    $('#homework-item-1').click(); // "walk", unticked
    await add();
    const [sent] = callsOf('import_homework');
    assert.deepEqual(sent.args.accept, ['breathing', 'speak-up'], 'the one added before counts as already here');
    assert.equal(sent.args.keepNote, false);
    assert.equal($('#toast p').textContent, '1 added; 1 left out.');
  });

  it('keeps no note when the note is already there even if its box reads ticked', async () => {
    await previewed({}, { noteAlreadyAdded: true });
    $('#homework-keep-note').checked = true; // a stale tick must not add it twice
    await add();
    assert.equal(callsOf('import_homework')[0].args.keepNote, false);
  });

  it('says "your therapist" for an unsigned note, and keepNote is false with no note at all', async () => {
    await previewed({}, { from: '' });
    assert.equal($('#homework-note-heading').textContent, 'A note from your therapist');
    doc.body.replaceChildren();
    await previewed({}, { note: '' });
    assert.equal($('#homework-keep-note'), null);
    await add();
    assert.equal(callsOf('import_homework')[0].args.keepNote, false);
  });
});

describe('homework: refusals', () => {
  const REFUSAL = 'homework.json, line 27: the item "speak-up": "kind" must be plan, practice or experiment.';

  it('shows a refused file in the backend’s words, no preview, and lets the same file be chosen again', async () => {
    let answer = () => { throw { kind: 'import', message: REFUSAL }; };
    await show({ preview_homework: () => answer() });
    await pick(fakeFile('homework.json', TEXT));
    const status = $('#homework-status');
    assert.equal(status.hidden, false);
    assert.equal(status.textContent, REFUSAL);
    assert.equal(status.getAttribute('role'), 'alert');
    assert.equal($('#homework-preview').hidden, true);
    assert.equal($('#homework-add'), null);
    assert.equal($('#homework-file').value, '', 'cleared, so the mended file can be chosen again');

    answer = () => preview();
    await pick(fakeFile('homework.json', TEXT));
    assert.equal(callsOf('preview_homework').length, 2);
    assert.equal(status.hidden, true, 'the refusal goes once a file is read');
    assert.equal($('#homework-preview').hidden, false);
  });

  it('says so when the file can’t be read, without asking the backend', async () => {
    await show({ preview_homework: () => preview() });
    const file = fakeFile('homework.json', TEXT);
    file.text = async () => { throw new Error('NotReadableError'); };
    await pick(file);
    assert.equal(calls.length, 0);
    assert.match($('#homework-status').textContent, /^"homework\.json" couldn't be read\./);
    assert.equal($('#homework-preview').hidden, true);
  });

  it('shows a refused import in the backend’s words, keeps the preview and its ticks, and stays', async () => {
    const message = 'The disk is full, so this couldn’t be saved. Free some space and try again.';
    await previewed({ import_homework: () => { throw { kind: 'diskFull', message }; } });
    $('#homework-item-1').click();
    $('#homework-keep-note').click();
    await add();
    const status = $('#homework-status');
    assert.equal(status.hidden, false);
    assert.equal(status.textContent, message);
    assert.equal(doc.activeElement, status, 'focus goes to the message');
    assert.equal($('#homework-preview').hidden, false);
    assert.deepEqual($$('#homework-items input').map((b) => b.checked), [true, false, true]);
    assert.equal($('#homework-keep-note').checked, false);
    assert.deepEqual(navigated, []);
    assert.equal($('#toast').textContent, '');
    assert.equal($('#homework-add').getAttribute('aria-disabled'), null, 'can be tried again');

    await add();
    assert.deepEqual(callsOf('import_homework').map((c) => c.args.accept),
      [['breathing', 'speak-up'], ['breathing', 'speak-up']], 'the same answer, sent again');
  });
});

// --- The brief ------------------------------------------------------------------------------

describe('homework in the brief', () => {
  const sections = () => briefSections({ onLeaveOut: () => {}, onAgendaRemove: () => {}, onPutBack: () => {} });
  const draw = (brief) => {
    const body = doc.createElement('section');
    body.append(...[sections().homework(brief)].flat(Infinity).filter(Boolean));
    doc.body.append(body);
    return body;
  };
  const plan = (over = {}) => ({
    key: 'plan:2', id: 2, sentence: 'I will walk to the river and back.', planned: 1, done: 1, partly: 0, skipped: 0,
    notToday: 0, reasons: [], notes: [], ...over,
  });
  const experiment = (over = {}) => ({
    key: 'experiment:3', id: 3, prediction: 'If I share an idea, they’ll laugh', test: 'Share one idea',
    beliefBefore: 70, beliefAfter: null, plannedFor: null, happened: '', learned: '', obstacles: '',
    status: 'planned', ...over,
  });
  const assignedOf = (body, key) => body.querySelector(`.brief-item[data-key="${key}"] .brief-assigned`);

  it('says who assigned a plan and an experiment, and when', () => {
    const from = { from: 'Ana Weber', on: '2026-12-08' };
    const body = draw({ homework: [plan({ assigned: from })], experiments: [experiment({ assigned: from })] });
    for (const key of ['plan:2', 'experiment:3']) {
      assert.match(assignedOf(body, key).textContent, /^Assigned by Ana Weber on Tue 8 Dec( 2026)?\.$/, key);
    }
    // Under the plan's title, before its counts.
    const planItem = body.querySelector('.brief-item[data-key="plan:2"] .brief-item-body');
    assert.deepEqual(planItem.children.slice(0, 3).map((el) => el.localName), ['h3', 'p', 'p']);
    assert.equal(planItem.children[1], assignedOf(body, 'plan:2'));
  });

  it('says "in a homework file" when unsigned, and nothing for the person’s own', () => {
    const body = draw({
      homework: [plan({ assigned: { from: '', on: '2026-12-08' } }), plan({ key: 'plan:4', id: 4 })],
      experiments: [experiment({ assigned: { from: '', on: '2026-12-09' } }),
        experiment({ key: 'experiment:5', id: 5, assigned: null })],
    });
    assert.match(assignedOf(body, 'plan:2').textContent, /^Assigned in a homework file on Tue 8 Dec( 2026)?\.$/);
    assert.match(assignedOf(body, 'experiment:3').textContent,
      /^Assigned in a homework file on Wed 9 Dec( 2026)?\.$/);
    assert.equal(assignedOf(body, 'plan:4'), null);
    assert.equal(assignedOf(body, 'experiment:5'), null);
    assert.equal(body.querySelectorAll('.brief-assigned').length, 2);
    assert.doesNotMatch(body.textContent, /Assigned by/);
  });
});

// --- Questionnaires asked for ---------------------------------------------------------------

describe('homework: a questionnaire in the preview', () => {
  it('says it is a questionnaire to fill in, ticked like the rest, and sends it', async () => {
    const gad = {
      id: 'gad', kind: 'questionnaire', title: 'The GAD-7 (anxiety), once a week', detail: '', practice: null,
      alreadyAdded: false,
    };
    await previewed({}, { items: [ITEMS[1], gad] });
    const box = $('#homework-item-1');
    assert.equal(box.value, 'gad');
    assert.equal(box.checked, true);
    assert.equal($('#homework-item-1-kind').textContent, 'A questionnaire to fill in');
    assert.ok(box.closest('li').querySelector('label').textContent.includes('The GAD-7 (anxiety), once a week'));
    assert.equal(box.closest('li').querySelector('.homework-detail'), null, 'no cue line for it');
    await add();
    assert.deepEqual(callsOf('import_homework')[0].args.accept, ['walk', 'gad']);
  });
});

describe('homework: a reflection question in the preview', () => {
  it('says it is a question for the reflection after each session, in its own words, and sends it', async () => {
    const noticed = {
      id: 'noticed', kind: 'question', title: 'What did you notice in your body when the topic came up?', detail: '',
      practice: null, alreadyAdded: false,
    };
    await previewed({}, { items: [noticed, ITEMS[1]] });
    const box = $('#homework-item-0');
    assert.equal(box.value, 'noticed');
    assert.equal(box.checked, true);
    assert.equal($('#homework-item-0-kind').textContent, 'A question for your reflection after each session');
    const words = box.closest('li').querySelector('label span');
    assert.equal(words.textContent, 'What did you notice in your body when the topic came up?');
    assert.equal(words.getAttribute('dir'), 'auto');
    assert.equal(box.closest('li').querySelector('.homework-detail'), null, 'no cue line for it');
    await add();
    assert.deepEqual(callsOf('import_homework')[0].args.accept, ['noticed', 'walk']);
  });

  it('says when the same question is being asked already', async () => {
    await previewed({}, {
      items: [{ id: 'noticed', kind: 'question', title: 'What did you notice?', detail: '', practice: null, alreadyAdded: true }],
    });
    assert.equal($('#homework-item-0-kind').textContent,
      'A question for your reflection after each session · added already');
  });
});

/** A questionnaire asked for, as get_home and list_measure_requests send it. */
const request = (over = {}) => ({
  id: 5, measure: 'phq9', timing: 'beforeEachSession', from: 'Ana Weber', createdAt: '2026-12-01T18:00:00+01:00',
  due: true, sessionAt: '2026-12-10T17:00:00+01:00', ...over,
});

/** Another page than #homework, with refreshes counted. */
async function showPage(view, route, handlers) {
  calls = installTauri(handlers);
  const refreshes = [];
  const root = doc.createElement('div');
  const title = await view.render(root, route, { ...ctx(), refresh: () => refreshes.push('refresh') });
  doc.body.append(root);
  await settle();
  return { title, refreshes };
}

describe('homework: Home offers a questionnaire asked for', () => {
  const homeData = (over = {}) => ({
    now: '2026-12-08T19:00:00+01:00', lastSessionAt: null, daysSinceLastSession: null,
    hasReflectionDraft: false, reflectionCount: 0, latest: null, focus: null, today: { due: 0, done: 0 },
    offerCompassion: null, ...over,
  });
  const showHome = (data) => showPage(home, { view: 'home' }, {
    get_home: () => data, list_plans: () => [], list_experiments: () => [], get_schedule: () => null,
  });

  it('shows one card for the first one due: who asked, for which session, and a link to it', async () => {
    await showHome(homeData({
      dueMeasures: [request(), request({ id: 6, measure: 'gad7', timing: 'weekly', sessionAt: null })],
    }));
    assert.equal($$('#measure-due').length, 1, 'one card, for the first');
    assert.equal($('#measure-due h2').textContent, 'Asked for by your therapist');
    assert.equal($('#measure-due').getAttribute('aria-labelledby'), $('#measure-due h2').id);
    assert.equal($('#measure-due-line').textContent,
      'Ana Weber asked for the PHQ-9 before your session on Thu 10 Dec. It takes a few minutes, whenever suits you.');
    assert.equal($('#measure-due-link').getAttribute('href'), '#measures/phq9');
    assert.equal($('#measure-due-link').textContent, 'Fill in the PHQ-9');
    assert.doesNotMatch($('#measure-due').textContent, /GAD-7|overdue|missed|\d+ questionnaires/i);
  });

  it('says "once a week" without a session, and "Your therapist" for an unsigned file', async () => {
    await showHome(homeData({ dueMeasures: [request({ measure: 'gad7', timing: 'weekly', from: '', sessionAt: null })] }));
    assert.equal($('#measure-due-line').textContent,
      'Your therapist asked for the GAD-7 once a week. It takes a few minutes, whenever suits you.');
    assert.equal($('#measure-due-link').getAttribute('href'), '#measures/gad7');
    assert.equal($('#measure-due-link').textContent, 'Fill in the GAD-7');
  });

  it('has no card when none is due, or when get_home sends no list', async () => {
    await showHome(homeData({ dueMeasures: [] }));
    assert.equal($('#measure-due'), null);
    assert.ok($('#reflect-now'), 'Home is drawn as usual');
    doc.body.replaceChildren();
    await showHome(homeData());
    assert.equal($('#measure-due'), null);
    assert.ok($('#reflect-now'));
  });
});

describe('homework: the requests on the Questionnaires page', () => {
  const form = (id, title, n) => ({ id, title, name: title, why: '', items: Array.from({ length: n }, () => 'x') });
  const handlers = (requests) => ({
    get_measure_forms: () => [form('phq9', 'PHQ-9', 9), form('gad7', 'GAD-7', 7)],
    get_measure_history: () => ({ results: [], draft: null, change: null, bands: [] }),
    list_measure_requests: requests,
    stop_measure_request: () => null,
  });
  const REQUESTS = [
    request({ id: 5, measure: 'gad7', timing: 'weekly', sessionAt: null }),
    request({ id: 6, from: '', due: false, sessionAt: null }),
  ];
  const lines = () => $$('#measure-requests li').map((li) => li.querySelector('span').textContent);

  it('lists each one with who asked and when, and a "Stop asking" button', async () => {
    await showPage(measuresList, { view: 'measures' }, handlers(() => REQUESTS));
    assert.equal(callsOf('list_measure_requests').length, 1);
    const section = $('#measure-requests');
    assert.equal(section.querySelector('h2').textContent, 'Asked for by your therapist');
    assert.equal(section.getAttribute('aria-labelledby'), section.querySelector('h2').id);
    assert.deepEqual(lines(), [
      'Ana Weber asked for the GAD-7 once a week. Home offers it when it’s time.',
      'Your therapist asked for the PHQ-9 before each session. Home offers it when it’s time.',
    ]);
    for (const id of [5, 6]) {
      assert.equal($(`#stop-request-${id}`).textContent, 'Stop asking');
      assert.equal($(`#stop-request-${id}`).getAttribute('type'), 'button');
    }
    assert.ok($('#measure-card-phq9') && $('#measure-card-gad7'), 'the questionnaires are there too');
  });

  it('stops asking for one when told, says so and refreshes', async () => {
    const { refreshes } = await showPage(measuresList, { view: 'measures' }, handlers(() => REQUESTS));
    $('#stop-request-5').click();
    await settle();
    assert.deepEqual(callsOf('stop_measure_request').map((c) => c.args), [{ id: 5 }]);
    assert.equal($('#toast p').textContent, 'It won’t be offered again.');
    assert.deepEqual(refreshes, ['refresh']);
    assert.equal($('#stop-request-5').getAttribute('aria-disabled'), null, 'not left busy');
  });

  it('says why in the backend’s words when it can’t stop, and doesn’t refresh', async () => {
    const { refreshes } = await showPage(measuresList, { view: 'measures' }, {
      ...handlers(() => REQUESTS),
      stop_measure_request: () => { throw { kind: 'notFound', message: 'That request is gone already.' }; },
    });
    $('#stop-request-6').click();
    await settle();
    assert.equal($('#toast p').textContent, 'That request is gone already.');
    assert.deepEqual(refreshes, []);
  });

  it('has no section when none were asked for, or when they can’t be read', async () => {
    await showPage(measuresList, { view: 'measures' }, handlers(() => []));
    assert.equal($('#measure-requests'), null);
    assert.ok($('#measure-card-phq9'));
    doc.body.replaceChildren();
    await showPage(measuresList, { view: 'measures' }, handlers(() => { throw { kind: 'storage', message: 'Busy.' }; }));
    assert.equal($('#measure-requests'), null);
    assert.ok($('#measure-card-phq9') && $('#measure-card-gad7'), 'the rest of the page is drawn');
    assert.doesNotMatch(doc.body.textContent, /Busy\./);
  });
});
