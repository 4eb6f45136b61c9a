// Extra reflection questions from a therapist's homework file (issue #18):
// the reflection window (reflect.js on a stand-in of reflect.html) asks them
// after the four standard questions, with who asked, keeps their answers in
// the draft and sends them; the Reflections page lists the questions still
// asked, each with "Stop asking", and a reflection's page shows its answers.

import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';

import { FakeEvent, installDom, installTauri, removeDom, removeTauri, settle } from './fake-dom.mjs';
import { installReflectWindow, reflectPage, reloads, removeReflectWindow } from './reflect-page.mjs';
import { resetLockStatus } from '../../ui/lib/lock-status.js';
import { detailView as reflectionDetail, listView as reflectionList } from '../../ui/views/reflections.js';

let doc;
let calls;
let loads = 0;

const $ = (sel) => doc.body.querySelector(sel);
const $$ = (sel) => doc.body.querySelectorAll(sel);
const callsOf = (cmd) => calls.filter((c) => c.cmd === cmd);
const wait = (ms) => new Promise((r) => setTimeout(r, ms));

const OPEN = {
  state: 'open', keeper: 'passphrase', previousKept: false, autoLockMinutes: 10, notificationsShowText: false,
};

/** Two questions still asked, as list_reflection_questions sends them. */
const Q1 = {
  id: 1, uid: 'q-noticed', text: 'What did you notice in your body when the topic came up?', from: 'Ana Weber',
  createdAt: '2026-12-01T18:00:00+01:00',
};
const Q2 = { id: 2, uid: 'q-bring', text: 'מה תרצה להביא בפעם הבאה?', from: '', createdAt: '2026-12-02T18:00:00+01:00' };

const reflection = (over = {}) => ({
  id: 3, sessionAt: '2026-11-24T17:50:00+01:00', takeaway: 'One thing', difficult: '', focus: '', feelingNote: '',
  feelingRating: null, feelings: [], answers: [], ...over,
});

// --- The reflection window ---------------------------------------------------------------

/** Opens reflect.js afresh (its own module instance) on the page. */
async function open(handlers, search = '') {
  calls = installTauri({
    get_lock_status: () => OPEN,
    get_settings: () => ({ theme: 'system' }),
    get_feeling_words: () => ({ vocabulary: ['calm'], own: [] }),
    get_draft: () => null,
    save_draft: ({ body }) => ({ key: 'reflection:new', body, updatedAt: '2026-11-24T18:00:00Z' }),
    discard_draft: () => null,
    still_here: () => null,
    list_reflection_questions: () => [Q1, Q2],
    create_reflection: ({ input }) => ({ id: 9, ...input }),
    update_reflection: ({ id, input }) => ({ id, ...input }),
    ...handlers,
  });
  globalThis.__TAURI__.event = { listen: async () => () => {} };
  globalThis.location.search = search;
  reflectPage(doc);
  loads += 1;
  await import(`../../ui/reflect.js?questions=${loads}`);
  await settle();
}

const cards = () => $$('#extra-questions section');
const boxes = () => $$('#extra-questions textarea');

beforeEach(() => {
  doc = installDom();
  installReflectWindow(doc);
  resetLockStatus();
});
afterEach(() => {
  resetLockStatus();
  removeReflectWindow();
  removeDom();
  removeTauri();
});

describe('reflection window: questions from a homework file', () => {
  it('asks each active question after the four, with who asked, in a box labelled by its words', async () => {
    await open({});
    assert.equal(callsOf('list_reflection_questions').length, 1);
    assert.deepEqual(callsOf('list_reflection_questions')[0].args, {});
    assert.equal(cards().length, 2);
    const [first, second] = cards();
    assert.equal(first.dataset.questionUid, 'q-noticed');
    const heading = $('#extra-answer-0-heading');
    assert.equal(heading.textContent, Q1.text);
    assert.equal(heading.getAttribute('dir'), 'auto');
    assert.equal(first.getAttribute('aria-labelledby'), 'extra-answer-0-heading');
    assert.equal($('#extra-answer-0-from').textContent, 'Asked by Ana Weber');
    const box = $('#extra-answer-0');
    assert.equal(box.tagName, 'TEXTAREA');
    assert.equal(box.getAttribute('dir'), 'auto');
    assert.equal(box.getAttribute('rows'), '3');
    assert.equal(box.getAttribute('aria-labelledby'), 'extra-answer-0-heading');
    assert.equal(box.getAttribute('aria-describedby'), 'extra-answer-0-from');
    assert.equal(box.value, '');
    // An unsigned file: no "Asked by" line at all.
    assert.equal($('#extra-answer-1-heading').textContent, Q2.text);
    assert.equal($('#extra-answer-1-from'), null);
    assert.equal($('#extra-answer-1').getAttribute('aria-describedby'), null);
    assert.doesNotMatch(second.textContent, /Asked by/);
    assert.equal(doc.activeElement, $('#takeaway'), 'writing still starts at the takeaway');
  });

  it('keeps the answers in the draft as typed, and sends every question shown', async () => {
    await open({});
    $('#extra-answer-0').fill('My jaw, tight');
    await wait(500);
    await settle();
    const saves = callsOf('save_draft');
    assert.equal(saves.length, 1, 'an extra answer alone is worth a draft');
    assert.deepEqual(saves[0].args.body.answers, [
      { questionUid: 'q-noticed', question: Q1.text, from: 'Ana Weber', answer: 'My jaw, tight' },
      { questionUid: 'q-bring', question: Q2.text, from: '', answer: '' },
    ]);
    $('#save').click();
    await settle();
    assert.deepEqual(callsOf('create_reflection')[0].args.input.answers, [
      { questionUid: 'q-noticed', answer: 'My jaw, tight' },
      { questionUid: 'q-bring', answer: '' },
    ]);
  });

  it('brings a draft back with its answers, a stopped question’s too, and adds a new one', async () => {
    const draft = {
      sessionAt: '2026-11-24T17:50', takeaway: '', difficult: '', focus: '', feelingNote: '', feelingRating: null,
      feelings: [],
      answers: [
        { questionUid: 'q-old', question: 'A question stopped since', from: 'Ana Weber', answer: 'still mine' },
        { questionUid: 'q-noticed', question: Q1.text, from: 'Ana Weber', answer: 'shoulders' },
        { questionUid: 'q-empty', question: 'Stopped, never answered', from: '', answer: '' },
      ],
    };
    await open({ get_draft: () => ({ key: 'reflection:new', body: draft, updatedAt: '2026-11-24T18:00:00Z' }) });
    assert.equal($('#draft-restored').hidden, false);
    assert.deepEqual(cards().map((c) => c.dataset.questionUid), ['q-old', 'q-noticed', 'q-bring']);
    assert.deepEqual(boxes().map((b) => b.value), ['still mine', 'shoulders', '']);
    assert.equal($('#extra-answer-0-heading').textContent, 'A question stopped since');

    // Start fresh: only the questions still asked, empty.
    $('#start-fresh').click();
    await settle();
    assert.deepEqual(cards().map((c) => c.dataset.questionUid), ['q-noticed', 'q-bring']);
    assert.deepEqual(boxes().map((b) => b.value), ['', '']);
  });

  it('editing: the reflection’s own answers first, in the words asked then, then any new question', async () => {
    const own = { questionUid: 'q-noticed', question: 'Worded differently then', from: 'Ana', answer: 'my hands' };
    await open({ get_reflection: () => reflection({ answers: [own] }) }, '?id=3');
    assert.deepEqual(cards().map((c) => c.dataset.questionUid), ['q-noticed', 'q-bring']);
    assert.equal($('#extra-answer-0-heading').textContent, 'Worded differently then');
    assert.equal($('#extra-answer-0-from').textContent, 'Asked by Ana');
    assert.deepEqual(boxes().map((b) => b.value), ['my hands', '']);
    $('#save').click();
    await settle();
    assert.deepEqual(callsOf('update_reflection')[0].args.input.answers, [
      { questionUid: 'q-noticed', answer: 'my hands' },
      { questionUid: 'q-bring', answer: '' },
    ]);
  });

  it('without the questions (unreadable, or an older backend), asks the four as before', async () => {
    await open({ list_reflection_questions: () => { throw { kind: 'storage', message: 'Busy.' }; } });
    assert.equal($('#reflection-form').hidden, false);
    assert.equal(cards().length, 0);
    assert.equal($('#form-error').hidden, true, 'nothing to worry about');
    $('#takeaway').fill('One thing');
    $('#save').click();
    await settle();
    assert.deepEqual(callsOf('create_reflection')[0].args.input.answers, []);
  });

  it('locked while opening: waits for the unlock and starts over, as for the other loads', async () => {
    let locked = false;
    await open({
      get_lock_status: () => (locked ? { ...OPEN, state: 'locked' } : OPEN),
      list_reflection_questions: () => {
        locked = true;
        throw { kind: 'locked', message: 'This journal is locked. Unlock it to go on.' };
      },
    });
    assert.equal($('#reflection-form').hidden, true, 'no half-filled form');
    assert.equal($('#locked').hidden, false);
    assert.equal(reloads, 0);
  });
});

// --- The Reflections page ------------------------------------------------------------------

const ctx = (refreshes) => ({ refresh: () => refreshes.push('refresh'), navigate: () => {}, isCurrent: () => true });

async function show(view, route, handlers) {
  calls = installTauri(handlers);
  const refreshes = [];
  const root = doc.createElement('div');
  const toast = doc.createElement('div');
  toast.id = 'toast';
  doc.body.append(toast, root);
  await view.render(root, route, ctx(refreshes));
  await settle();
  return refreshes;
}

const listHandlers = (over = {}) => ({
  list_reflections: () => [reflection()],
  list_reflection_questions: () => [Q1, Q2],
  stop_reflection_question: () => null,
  ...over,
});

describe('the Reflections page: questions from your therapist', () => {
  it('lists each question still asked, who asked, and "Stop asking"', async () => {
    await show(reflectionList, {}, listHandlers());
    const section = $('#reflection-questions');
    assert.ok(section);
    assert.equal($('#reflection-questions-title').textContent, 'Questions from your therapist');
    assert.equal(section.getAttribute('aria-labelledby'), 'reflection-questions-title');
    assert.match(section.querySelector('p.hint').textContent, /asked after each session, in the reflection window/);
    assert.match(section.querySelector('p.hint').textContent, /keeps the answers/);
    const items = section.querySelectorAll('li');
    assert.deepEqual(items.map((li) => li.dataset.questionId), ['1', '2']);
    assert.equal($('#reflection-question-1-text').textContent, Q1.text);
    assert.equal($('#reflection-question-1-text').getAttribute('dir'), 'auto');
    assert.match(items[0].textContent, /Asked by Ana Weber/);
    assert.doesNotMatch(items[1].textContent, /Asked by/);
    for (const id of [1, 2]) {
      const stop = $(`#stop-question-${id}`);
      assert.equal(stop.textContent, 'Stop asking');
      assert.equal(stop.getAttribute('type'), 'button');
      assert.equal(stop.getAttribute('aria-describedby'), `reflection-question-${id}-text`);
    }
    assert.ok($('#reflection-list'), 'the reflections are there too');
  });

  it('stops asking one when told, says so and redraws', async () => {
    const refreshes = await show(reflectionList, {}, listHandlers());
    $('#stop-question-2').click();
    await settle();
    assert.deepEqual(callsOf('stop_reflection_question').map((c) => c.args), [{ id: 2 }]);
    assert.equal($('#toast p').textContent, "It won't be asked again. Your answers stay with your reflections.");
    assert.deepEqual(refreshes, ['refresh']);
  });

  it('says why in the backend’s words when it can’t stop, and doesn’t redraw', async () => {
    const refreshes = await show(reflectionList, {}, listHandlers({
      stop_reflection_question: () => { throw { kind: 'notFound', message: 'That question isn’t asked any more.' }; },
    }));
    $('#stop-question-1').click();
    await settle();
    assert.equal($('#toast p').textContent, 'That question isn’t asked any more.');
    assert.deepEqual(refreshes, []);
  });

  it('shows the card before the first reflection too', async () => {
    await show(reflectionList, {}, listHandlers({ list_reflections: () => [] }));
    assert.ok($('#reflection-questions'));
    assert.ok($('#reflections-empty'));
  });

  it('has no card when none are asked, or when they can’t be read', async () => {
    await show(reflectionList, {}, listHandlers({ list_reflection_questions: () => [] }));
    assert.equal($('#reflection-questions'), null);
    assert.ok($('#reflection-list'));
    doc.body.replaceChildren();
    await show(reflectionList, {}, listHandlers({
      list_reflection_questions: () => { throw { kind: 'storage', message: 'Busy.' }; },
    }));
    assert.equal($('#reflection-questions'), null);
    assert.ok($('#reflection-list'), 'the rest of the page is drawn');
    assert.doesNotMatch(doc.body.textContent, /Busy\./);
  });

  it('lists a reflection with only an extra answer by that answer', async () => {
    await show(reflectionList, {}, listHandlers({
      list_reflections: () => [reflection({ takeaway: '', answers: [{ questionUid: 'q-noticed', question: Q1.text, from: '', answer: 'My jaw' }] })],
    }));
    assert.equal($('#reflection-list .entry-line').textContent, 'My jaw');
  });
});

describe('a reflection’s page: its extra answers', () => {
  it('shows each answered question after the feeling, in the words it was asked in', async () => {
    await show(reflectionDetail, { id: 3 }, {
      get_reflection: () => reflection({
        answers: [
          { questionUid: 'q-noticed', question: 'Worded as asked then', from: 'Ana Weber', answer: 'My jaw\n' },
          { questionUid: 'q-bring', question: Q2.text, from: '', answer: 'שקט' },
        ],
      }),
      get_entry_meta: () => null,
    });
    const sections = [...$('#reflection-detail').children].filter((el) => el.tagName === 'SECTION');
    const extra = $$('#reflection-detail section.extra-answer');
    assert.equal(extra.length, 2);
    assert.equal(sections.length, 6);
    assert.deepEqual(sections.slice(-2), extra, 'after the four standard ones');
    assert.equal(extra[0].querySelector('h2').textContent, 'Worded as asked then');
    assert.equal(extra[0].querySelector('h2').getAttribute('dir'), 'auto');
    assert.equal(extra[0].querySelector('.hint').textContent, 'Asked by Ana Weber');
    assert.equal(extra[0].querySelector('p.answer').textContent, 'My jaw');
    assert.equal(extra[0].querySelector('p.answer').getAttribute('dir'), 'auto');
    assert.equal(extra[1].querySelector('.hint'), null);
    assert.equal(extra[1].querySelector('p.answer').textContent, 'שקט');
  });

  it('shows none for a reflection from before extra questions', async () => {
    const { answers, ...older } = reflection();
    await show(reflectionDetail, { id: 3 }, { get_reflection: () => older, get_entry_meta: () => null });
    assert.ok($('#reflection-detail'));
    assert.equal($$('#reflection-detail section.extra-answer').length, 0);
  });
});
