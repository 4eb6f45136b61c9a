// Right-to-left words: wherever the person's own words are shown or typed,
// the element holding only them has dir="auto" (WCAG 1.3.2, the HTML
// spec's advice for text of unknown direction), so Hebrew or Arabic reads
// from the right while the app's own words — headings, labels — stay in
// the document's direction, with no dir of their own.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, it } from 'node:test';

import { installDom, installTauri, removeDom, removeTauri, settle } from './fake-dom.mjs';
import { sentenceParts } from '../../ui/lib/plans.js';
import brief, { resetBriefState } from '../../ui/views/brief.js';
import journal, { resetJournalState } from '../../ui/views/journal.js';
import moment from '../../ui/views/moment.js';
import momentFlow from '../../ui/views/moment-flow.js';
import { detailView as noteDetail, formView as noteForm } from '../../ui/views/note.js';
import planView from '../../ui/views/plan.js';
import safetyPlan from '../../ui/views/safety-plan.js';

const HEBREW = 'שלום, היום היה קשה';
const ARABIC = 'كان اليوم صعبا';
const HEBREW_TAG = 'עבודה';

let doc;
const $ = (sel) => doc.body.querySelector(sel);
const $$ = (sel) => doc.body.querySelectorAll(sel);
const ctx = () => ({ refresh: () => {}, navigate: () => {}, isCurrent: () => true });

async function show(view, route, handlers) {
  installTauri(handlers);
  const root = doc.createElement('div');
  doc.body.append(root);
  await view.render(root, route, ctx());
  await settle();
  return root;
}

/** The element whose own text (not a child's) contains `text`. */
function holding(text) {
  const all = [doc.body, ...doc.body.descendants()];
  return all.find((el) => el.childNodes.some((n) => n.nodeType === 3 && n.data.includes(text))) ?? null;
}

/** `text` is on the page, and the nearest element with a dir (itself or
 *  an ancestor) says "auto" and holds nothing but `whole` — the person's
 *  words, not the app's around them. */
function assertOwnDirection(text, whole = text) {
  const el = holding(text);
  assert.ok(el, `“${text}” is on the page`);
  const dirEl = el.closest('[dir]');
  assert.ok(dirEl, `“${text}” sits in an element with a dir`);
  assert.equal(dirEl.getAttribute('dir'), 'auto', `“${text}” takes its own direction`);
  assert.equal(dirEl.textContent.trim(), whole, 'the element with dir="auto" holds only the person\'s words');
}

/** The page's heading is the app's, in the document's own direction. */
function assertChromeHeading() {
  const h1 = $('h1');
  assert.ok(h1, 'the page has its heading');
  assert.equal(h1.hasAttribute('dir'), false, 'the heading keeps the document\'s direction');
}

const assertFieldsAuto = (...ids) => {
  for (const id of ids) assert.equal($(`#${id}`)?.getAttribute('dir'), 'auto', `#${id} is typed in its own direction`);
};

/** Just enough of `window` for a form to hear that the page was left. */
function installWindow() {
  const listeners = [];
  globalThis.window = {
    addEventListener: (type, fn) => listeners.push({ type, fn }),
    leave() {
      for (const l of listeners.splice(0)) if (l.type === 'hashchange') l.fn();
    },
  };
}

beforeEach(() => {
  doc = installDom();
  installWindow();
  resetJournalState();
  resetBriefState();
});
afterEach(async () => {
  globalThis.window.leave();
  await settle();
  delete globalThis.window;
  resetBriefState();
  removeDom();
  removeTauri();
});

const item = (over = {}) => ({
  entryId: 10, kind: 'note', id: 4, at: '2026-11-24T17:50:00+01:00', summary: HEBREW,
  mood: null, starred: false, private: false, tags: [HEBREW_TAG], ...over,
});

describe('right-to-left words: the journal', () => {
  const handlers = (over = {}) => ({
    list_tags: () => [],
    sync_status: () => null,
    get_timeline: () => ({
      items: [item(), item({ entryId: 9, kind: 'moment', id: 3, summary: ARABIC, tags: [] })], next: null,
    }),
    search_journal: ({ query }) => ({ hits: [], query }),
    ...over,
  });

  it('timeline items: each summary and tag in its own direction, the heading not', async () => {
    await show(journal, { search: '' }, handlers());
    assertOwnDirection(HEBREW);
    assertOwnDirection(ARABIC);
    assertOwnDirection(HEBREW_TAG);
    assert.equal($('#timeline .entry-kind').hasAttribute('dir'), false, 'the kind and time are the app\'s');
    assertChromeHeading();
    assertFieldsAuto('journal-search');
  });

  it('search results: the snippet, marks and all, in one element of its own direction', async () => {
    const hits = [
      { ...item(), snippet: 'שלום, \u0002היום\u0003 היה קשה' },
      { ...item({ entryId: 9, id: 3, summary: ARABIC, tags: [] }), snippet: '' },
    ];
    await show(journal, { search: 'היום' }, handlers({ search_journal: ({ query }) => ({ hits, query }) }));
    assert.equal($('#search-results mark').textContent, 'היום');
    assertOwnDirection('שלום', HEBREW);
    assert.equal($('#search-results mark').closest('[dir]'), $('#search-results .entry-snippet'),
      'the mark is inside the snippet\'s own direction');
    assertOwnDirection(ARABIC);
    assertChromeHeading();
  });
});

describe('right-to-left words: entries', () => {
  it('note view: the note and its tags', async () => {
    await show(noteDetail, { id: 4 }, {
      get_note: ({ id }) => ({
        id, at: '2026-11-21T22:00:00+01:00', text: HEBREW, mood: null, starred: false, private: false,
        tags: [HEBREW_TAG],
      }),
      list_tags: () => [],
    });
    assertOwnDirection(HEBREW);
    assertOwnDirection(HEBREW_TAG);
    assertFieldsAuto('entry-tags-edit');
    assertChromeHeading();
  });

  it('note editor: the text and the tags are typed in their own direction', async () => {
    await show(noteForm, { id: null }, { list_tags: () => [], get_draft: () => null });
    assertFieldsAuto('note-text', 'note-tags');
    assert.equal($('#note-private').hasAttribute('dir'), false);
    assertChromeHeading();
  });

  it('moment view: every step\'s words and a feeling word; the traps are the app\'s', async () => {
    await show(moment, { id: 7 }, {
      get_moment: () => ({
        id: 7, occurredAt: '2026-11-24T08:40:00+01:00', situation: HEBREW,
        emotions: [{ word: 'חרדה', before: 80, after: 40 }], body: 'לחץ בחזה', selfTalk: ARABIC,
        traps: ['mindReading'], did: 'יצאתי להליכה', friend: 'لست وحدك', starred: false, private: false,
        evidenceFor: 'لم يرد أحد', evidenceAgainst: 'היא חייכה', balanced: 'אני בסדר', beliefBefore: 80,
        beliefAfter: 40, tags: [], createdAt: 'x', updatedAt: 'x',
      }),
      get_journal_vocabulary: () => ({ emotions: [], traps: [{ id: 'mindReading', name: 'Mind reading' }] }),
      list_tags: () => [],
    });
    for (const words of [HEBREW, 'לחץ בחזה', ARABIC, 'יצאתי להליכה', 'لست وحدك', 'חרדה', 'لم يرد أحد', 'היא חייכה',
      'אני בסדר']) assertOwnDirection(words);
    // The numbers stay after the word, outside its own direction.
    assert.equal($('#moment-emotions span[aria-hidden]').textContent, 'חרדה 80 → 40');
    assert.equal($('#moment-traps .chip').closest('[dir]'), null, 'a trap\'s name is the app\'s');
    assertChromeHeading();
  });

  it('moment flow: every free-text field, and a situation offered again', async () => {
    await show(momentFlow, { id: null }, {
      get_journal_vocabulary: () => ({ emotions: [{ group: 'sad', words: ['sad'] }], traps: [] }),
      recent_triggers: () => [HEBREW],
      list_tags: () => [],
      get_draft: () => null,
      save_draft: ({ key, body }) => ({ key, body, updatedAt: '2026-11-28T14:07:00+01:00' }),
    });
    assertFieldsAuto('moment-situation', 'emotion-own', 'moment-body', 'moment-self-talk', 'moment-did',
      'moment-evidence-for', 'moment-evidence-against', 'moment-friend', 'moment-balanced', 'moment-tags');
    assert.equal($('#moment-belief-before').hasAttribute('dir'), false, 'a rating is not free text');
    assert.equal($('#evidence-self-talk-quote').getAttribute('dir'), 'auto', 'the self-talk quoted at step 7');
    assert.equal($('#moment-when').hasAttribute('dir'), false, 'a time is not free text');
    assertOwnDirection(HEBREW);
    assertChromeHeading();
  });
});

describe('right-to-left words: practice and preparation', () => {
  it('plan view: the action and cue inside the sentence, a reason and a note', async () => {
    const plan = {
      id: 1, action: 'לטייל', amount: 10, unit: 'minutes', frequency: { kind: 'daily' }, cue: 'ארוחת צהריים',
      cueTime: null, startDate: '2026-11-01', endDate: null, practice: null, fromReflectionId: null,
      status: 'active', sentence: 'I will לטייל for 10 minutes every day after ארוחת צהריים.',
      createdAt: 'x', updatedAt: 'x',
    };
    const logs = [{
      planId: 1, day: '2026-11-23', outcome: 'skipped', count: 0, reason: ARABIC, note: HEBREW, loggedAt: 'x',
    }];
    await show(planView, { id: 1 }, {
      get_plan: () => ({
        plan, logs,
        progress: { planId: 1, score: 0.5, history: [], week: { done: 2, target: 7 }, gapDays: 0, startAgain: false },
      }),
    });
    assert.equal($('h1').textContent, plan.sentence, 'the sentence reads as the backend wrote it');
    assertOwnDirection('לטייל');
    assertOwnDirection('ארוחת צהריים');
    assertChromeHeading();
    assertOwnDirection(ARABIC);
    assert.match(holding('What got in the way').textContent, /^What got in the way: /);
    assertOwnDirection(HEBREW);
  });

  it('safety plan: the lines written, and the fields they are typed in', async () => {
    const sections = ['warningSigns', 'copingStrategies', 'distractions', 'peopleToAsk', 'professionals',
      'safeEnvironment', 'reasonsForLiving'].map((key) => ({
      key, title: `Title ${key}`, prompt: '', items: key === 'warningSigns' ? [HEBREW] : [],
    }));
    await show(safetyPlan, { view: 'safetyPlan', from: null }, {
      get_safety_plan: () => ({
        sections, contacts: [{ name: ARABIC, phone: '050 123 4567', note: '' }],
        crisisLines: [{ name: 'ער"ן', number: '1201', note: 'כל שעה' }],
        region: 'IL', currentRegion: 'IL', crisisLinesEdited: true, updatedAt: '2026-11-28T12:00:00+00:00',
      }),
      save_safety_plan: () => null,
    });
    assertOwnDirection(HEBREW);
    assertOwnDirection('כל שעה');
    assertFieldsAuto('section-warningSigns-new', 'contact-0-name', 'contact-0-note', 'crisis-0-name');
    assert.equal($('#contact-0-phone').hasAttribute('dir'), false, 'a number is not free text');
    assert.equal($('#contact-0-name').value, ARABIC);
    assertChromeHeading();
  });

  it('brief: the words it quotes, and the fields of the person\'s prep', async () => {
    const Y = new Date().getFullYear();
    const at = `${Y}-11-25T09:00:00+00:00`;
    const answer = {
      from: `${Y}-11-24`, until: `${Y}-11-28`, sinceLastSession: true, privateLeftOut: 0, removed: [],
      mood: { checkins: [], phq9: null, gad7: null, flags: [] },
      bridge: { key: 'bridge:1', takeaway: HEBREW, difficult: '', focus: ARABIC, sessionAt: at },
      agenda: {
        starred: [{ key: 'entry:note:4', kind: 'note', id: 4, at, summary: 'היום בעבודה' }],
        items: [{ key: 'agenda:0', text: 'לדבר על השינה' }],
      },
      homework: [],
      patterns: {
        triggers: [{ label: 'בבית', count: 3 }], emotions: [], traps: [{ name: 'Mind reading', count: 2 }],
        examples: [{
          key: 'example:7', id: 7, at, situation: 'في الاجتماع', selfTalk: '', friend: '', balanced: 'كنت متعبا فقط',
          beliefBefore: 80, beliefAfter: 40, starred: false,
        }],
      },
      ownWords: '',
    };
    await show(brief, { view: 'brief', place: 'brief' }, {
      get_brief: () => answer,
      save_brief_prep: () => answer,
    });
    for (const words of [HEBREW, ARABIC, 'היום בעבודה', 'לדבר על השינה', 'בבית', 'في الاجتماع', 'كنت متعبا فقط']) {
      assertOwnDirection(words);
    }
    assert.equal(holding('Mind reading').closest('[dir]'), null, 'a trap\'s name is the app\'s');
    assertFieldsAuto('agenda-new', 'brief-own-words-text');
    assertChromeHeading();
    assert.equal($$('h2[dir]').length, 0, 'the section headings are the app\'s');
  });
});

describe('a plan\'s sentence in pieces', () => {
  const own = (parts) => parts.filter((p) => p.own).map((p) => p.text);

  it('finds the action and cue as the backend put them in, and loses no character', () => {
    const sentence = 'I will לטייל for 10 minutes every day after ארוחת צהריים (around 12:30).';
    const parts = sentenceParts(sentence, { action: ' I will לטייל ', cue: 'ארוחת צהריים.' });
    assert.deepEqual(own(parts), ['לטייל', 'ארוחת צהריים']);
    assert.equal(parts.map((p) => p.text).join(''), sentence);
  });

  it('follows the backend\'s spelling: "Practise" becomes "practise", "TV-free" stays', () => {
    assert.deepEqual(own(sentenceParts('I will practise breathing every day.', { action: 'Practise breathing' })),
      ['practise breathing']);
    assert.deepEqual(own(sentenceParts('I will TV-free evenings every day.', { action: 'TV-free evenings' })),
      ['TV-free evenings']);
  });

  it('finds the action after "I will", never inside it, and leaves words it can\'t find to the frame', () => {
    assert.deepEqual(sentenceParts('I will will every day.', { action: 'will' }),
      [{ text: 'I will ', own: false }, { text: 'will', own: true }, { text: ' every day.', own: false }]);
    assert.deepEqual(sentenceParts('I will ….', { action: '', cue: '' }), [{ text: 'I will ….', own: false }]);
    assert.deepEqual(sentenceParts('I will walk.', { action: 'run' }), [{ text: 'I will walk.', own: false }]);
    assert.deepEqual(sentenceParts(undefined), []);
  });
});

describe('right-to-left words: the reflection window', () => {
  it('reflect.html has every free-text field typed in its own direction', () => {
    const html = readFileSync(new URL('../../ui/reflect.html', import.meta.url), 'utf8');
    const fields = [...html.matchAll(/<(textarea|input)\b[^>]*>/g)].map((m) => m[0]);
    const free = fields.filter((f) => f.startsWith('<textarea') || /type="text"/.test(f));
    assert.deepEqual(free.map((f) => f.match(/id="([^"]+)"/)[1]),
      ['takeaway', 'difficult', 'focus', 'feeling-own', 'feeling-note']);
    for (const f of free) assert.match(f, /dir="auto"/, f);
    for (const f of fields.filter((x) => !free.includes(x))) assert.doesNotMatch(f, /dir=/, f);
  });
});
