// The Journal place through a stand-in document and a fake backend: the
// exact timeline query each filter makes, paging with the cursor, a redraw
// that keeps what the person chose, and search with its matches marked —
// as text, never markup.

import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';

import { FakeEvent, installDom, installTauri, removeDom, removeTauri, settle } from './fake-dom.mjs';
import journal, { resetJournalState, SEARCH_DELAY } from '../../ui/views/journal.js';
import home from '../../ui/views/home.js';

let doc;
let calls;
const $ = (sel) => doc.body.querySelector(sel);
const $$ = (sel) => doc.body.querySelectorAll(sel);
const callsOf = (cmd) => calls.filter((c) => c.cmd === cmd);
const queries = () => callsOf('get_timeline').map((c) => c.args.query);
const wait = (ms) => new Promise((r) => setTimeout(r, ms));

async function show(view, route, handlers) {
  calls = installTauri(handlers);
  const root = doc.createElement('div');
  const title = await view.render(root, route, { refresh: () => {}, navigate: () => {}, isCurrent: () => true });
  doc.body.replaceChildren(doc.getElementById('toast') ?? doc.createElement('div'), root);
  return title;
}

function set(sel, value) {
  const el = $(sel);
  el.value = value;
  el.dispatchEvent(new FakeEvent('input'));
  el.dispatchEvent(new FakeEvent('change'));
}

const S = '\u0002';
const E = '\u0003';

const item = (over = {}) => ({
  entryId: 10, kind: 'moment', id: 4, at: '2026-11-24T17:50:00+01:00', summary: 'Anxious before the meeting',
  mood: null, starred: false, private: false, tags: [], ...over,
});

const ITEMS = [
  item({ entryId: 12, kind: 'checkin', id: 3, at: '2026-11-24T20:00:00+01:00', summary: 'Mood 6 · tired', mood: 6 }),
  item({ entryId: 10, starred: true, tags: ['work'] }),
  item({ entryId: 9, kind: 'note', id: 2, at: '2026-11-23T09:00:00+01:00', summary: 'Slept badly', private: true }),
];
const CURSOR = { at: '2026-11-23T09:00:00+01:00', entryId: 9 };
const TAGS = [{ name: 'work', count: 3 }, { name: 'sleep', count: 1 }];

/** A backend whose timeline is `pages` in order, one per call. */
function handlers(pages = [{ items: ITEMS, next: null }], over = {}) {
  let page = 0;
  return {
    list_tags: () => TAGS,
    get_timeline: () => pages[Math.min(page++, pages.length - 1)],
    search_journal: ({ query }) => ({ hits: [], query }),
    ...over,
  };
}

const ALL = {
  kinds: [], tag: null, starred: false, onlyPrivate: false, from: null, until: null, before: null, limit: 50,
};

beforeEach(() => {
  doc = installDom();
  resetJournalState();
});
afterEach(() => {
  removeDom();
  removeTauri();
});

describe('journal: the timeline', () => {
  it('asks for everything, newest first, and shows each entry with its marks', async () => {
    const title = await show(journal, { search: '' }, handlers());
    assert.equal(title, 'Journal');
    assert.equal($('h1').textContent, 'Journal');
    assert.deepEqual(queries(), [ALL]);
    assert.equal(callsOf('search_journal').length, 0, 'no search without words');

    const rows = $$('#timeline li');
    assert.deepEqual(rows.map((li) => [li.dataset.kind, li.dataset.id, li.dataset.entryId]),
      [['checkin', '3', '12'], ['moment', '4', '10'], ['note', '2', '9']]);
    assert.deepEqual(rows.map((li) => li.querySelector('a').href), ['#checkin/3', '#moment/4', '#note/2']);
    // Day headings only where a new day starts.
    assert.deepEqual($$('#timeline .day-heading').map((e) => e.textContent), ['Tue 24 Nov', 'Mon 23 Nov']);
    const starred = rows[1];
    assert.match(starred.textContent, /Starred/, 'a star is a word for a screen reader too');
    assert.ok(starred.querySelector('a').classList.contains('is-starred'));
    assert.equal(starred.querySelector('.tag-chip').textContent, 'work');
    assert.match(rows[0].textContent, /Mood 6\/10/);
    assert.equal(rows[2].querySelector('.private-chip').textContent, 'Private');
    assert.equal($('#journal-empty').hidden, true);
    assert.equal($('#timeline-more').hidden, true, 'no more to show');
    assert.equal($('#search-results').closest('section').hidden, true);
  });

  it('offers the three ways in, at the top', async () => {
    await show(journal, { search: '' }, handlers());
    assert.equal($('#new-moment').href, '#moment/new');
    assert.equal($('#new-checkin').href, '#checkin/new');
    assert.equal($('#new-note').href, '#note/new');
  });

  it('invites when the journal is empty, without filters in the way', async () => {
    await show(journal, { search: '' }, handlers([{ items: [], next: null }]));
    assert.equal($('#journal-empty').hidden, false);
    assert.match($('#journal-empty').textContent, /Your journal will gather here/);
    assert.deepEqual($$('#journal-empty a').map((a) => a.href), ['#moment/new', '#checkin/new', '#note/new']);
    assert.equal($('.journal-filters').hidden, true);
  });

  it('sends each filter in the query and marks the chips pressed', async () => {
    await show(journal, { search: '' }, handlers());
    $('button[data-filter-kind="moment"]').click();
    await settle();
    assert.equal($('button[data-filter-kind="moment"]').getAttribute('aria-pressed'), 'true');
    assert.deepEqual(queries().at(-1), { ...ALL, kinds: ['moment'] });

    $('button[data-filter-kind="note"]').click();
    $('#filter-starred').click();
    $('#filter-private').click();
    await settle();
    assert.deepEqual(queries().at(-1), { ...ALL, kinds: ['moment', 'note'], starred: true, onlyPrivate: true });
    assert.equal($('#filter-starred').getAttribute('aria-pressed'), 'true');

    set('#filter-tag', 'work');
    set('#filter-from', '2026-11-01');
    set('#filter-until', '2026-11-30');
    await settle();
    assert.deepEqual(queries().at(-1), {
      ...ALL, kinds: ['moment', 'note'], starred: true, onlyPrivate: true, tag: 'work', from: '2026-11-01', until: '2026-11-30',
    });
    assert.deepEqual($$('#filter-tag option').map((o) => o.getAttribute('value')), ['', 'work', 'sleep']);

    $('button[data-filter-kind="note"]').click();
    await settle();
    assert.deepEqual(queries().at(-1).kinds, ['moment'], 'a second press lets go');
  });

  it('says so gently when the filters leave nothing, and clears them in one press', async () => {
    await show(journal, { search: '' }, handlers([{ items: ITEMS, next: null }, { items: [], next: null }, { items: ITEMS, next: null }]));
    assert.equal($('#filter-clear').hidden, true);
    $('#filter-starred').click();
    await settle();
    assert.equal($('#journal-empty').hidden, true, 'not the empty-journal invitation');
    assert.equal($('#timeline-status').textContent, 'Nothing here with these filters.');
    assert.equal($('#filter-clear').hidden, false);

    $('#filter-clear').click();
    await settle();
    assert.deepEqual(queries().at(-1), ALL);
    assert.equal($('#filter-starred').getAttribute('aria-pressed'), 'false');
    assert.equal($('#filter-clear').hidden, true);
    assert.equal($$('#timeline li').length, 3);
  });

  it('pages with the cursor: "Show more" passes `next` as `before`', async () => {
    const more = [item({ entryId: 8, id: 1, at: '2026-11-22T10:00:00+01:00' })];
    await show(journal, { search: '' }, handlers([{ items: ITEMS, next: CURSOR }, { items: more, next: null }]));
    assert.equal($('#timeline-more').hidden, false);
    $('#timeline-more').click();
    await settle();
    assert.deepEqual(queries()[1], { ...ALL, before: CURSOR });
    assert.equal($$('#timeline li').length, 4);
    assert.equal($$('#timeline .day-heading').at(-1).textContent, 'Sun 22 Nov');
    assert.equal($('#timeline-more').hidden, true);
    assert.equal($('#timeline-status').textContent, 'Showing 4 entries.');
  });

  it('a redraw keeps the filters and the pages already shown', async () => {
    const page = (n, next) => ({ items: Array.from({ length: n }, (_, i) => item({ entryId: 100 - i, id: 100 - i })), next });
    await show(journal, { search: '' }, handlers([page(50, CURSOR), page(50, CURSOR)]));
    $('#filter-starred').click();
    await settle();
    $('#timeline-more').click();
    await settle();
    assert.equal($$('#timeline li').length, 100);

    // The journal changed somewhere: the view is drawn again from scratch.
    await show(journal, { search: '' }, handlers([page(100, null)]));
    assert.deepEqual(queries(), [{ ...ALL, starred: true, limit: 100 }]);
    assert.equal($('#filter-starred').getAttribute('aria-pressed'), 'true');
    assert.equal($$('#timeline li').length, 100);
  });

  it('refills more than one backend page after a redraw, each after the last', async () => {
    const page = (n, next, from = 1000) => ({
      items: Array.from({ length: n }, (_, i) => item({ entryId: from - i, id: from - i })), next,
    });
    const pages = [page(50, CURSOR)];
    for (let i = 0; i < 4; i += 1) pages.push(page(50, CURSOR, 900 - i * 50));
    await show(journal, { search: '' }, handlers(pages));
    for (let i = 0; i < 4; i += 1) {
      $('#timeline-more').click();
      await settle();
    }
    assert.equal($$('#timeline li').length, 250);

    const second = { at: '2026-11-01T10:00:00+01:00', entryId: 700 };
    await show(journal, { search: '' }, handlers([page(200, second), page(50, null, 700)]));
    assert.deepEqual(queries().map((q) => [q.limit, q.before]), [[200, null], [50, second]]);
    assert.equal($$('#timeline li').length, 250);
    assert.equal($('#timeline-more').hidden, true);
  });

  it('shows a calm notice with Try again when the timeline can’t load', async () => {
    await show(journal, { search: '' }, handlers([], {
      get_timeline: () => { throw { kind: 'storage', message: 'The journal couldn’t be read just now.' }; },
    }));
    assert.match($('#timeline-error').textContent, /couldn’t be read/);
    assert.ok($('#timeline-error button'));
  });
});

describe('journal: search', () => {
  const HITS = [
    { ...ITEMS[1], snippet: `felt ${S}anxious${E} before the ${S}meeting${E} <script>alert(1)</script>` },
    { ...ITEMS[2], snippet: '' },
  ];

  it('opens on ?q=, searches, and marks the matched words as text', async () => {
    await show(journal, { search: 'anxious meeting' }, handlers(undefined, {
      search_journal: ({ query }) => ({ hits: HITS, query }),
    }));
    assert.equal($('#journal-search').value, 'anxious meeting');
    assert.deepEqual(callsOf('search_journal').map((c) => c.args), [{ query: 'anxious meeting', limit: 50 }]);
    assert.equal(callsOf('get_timeline').length, 0, 'the timeline steps aside');
    assert.equal($('#journal-browse').hidden, true);

    const rows = $$('#search-results li');
    assert.deepEqual(rows.map((li) => li.dataset.entryId), ['10', '9']);
    assert.equal(rows[0].querySelector('a').href, '#moment/4');
    assert.deepEqual(rows[0].querySelectorAll('mark').map((m) => m.textContent), ['anxious', 'meeting']);
    assert.equal($$('#search-results script').length, 0, 'typed markup is never markup');
    assert.match(rows[0].textContent, /<script>alert\(1\)<\/script>/);
    assert.doesNotMatch(rows[0].textContent, /[\u0002\u0003]/);
    assert.match(rows[1].textContent, /Slept badly/, 'no snippet: the summary instead');
    assert.equal($('#search-status').textContent, '2 entries match');
  });

  it('searches a moment after typing stops, and says kindly when nothing matches', async () => {
    await show(journal, { search: '' }, handlers());
    $('#journal-search').fill('sl');
    $('#journal-search').fill('sleeep');
    assert.equal(callsOf('search_journal').length, 0, 'not on every key');
    await wait(SEARCH_DELAY + 50);
    await settle();
    assert.deepEqual(callsOf('search_journal').map((c) => c.args.query), ['sleeep']);
    assert.equal($('#search-status').textContent, 'Nothing matches “sleeep” yet.');
    assert.equal($('#journal-browse').hidden, true);

    // Emptying the field brings the timeline back.
    $('#journal-search').fill('');
    await wait(SEARCH_DELAY + 50);
    await settle();
    assert.equal($('#journal-browse').hidden, false);
    assert.equal($('#search-status').textContent, '');
  });

  it('Enter searches at once; Escape empties the field', async () => {
    await show(journal, { search: '' }, handlers());
    $('#journal-search').value = 'work';
    $('form[role="search"]').dispatchEvent(new FakeEvent('submit'));
    await settle();
    assert.deepEqual(callsOf('search_journal').map((c) => c.args.query), ['work']);
    $('#journal-search').dispatchEvent(new FakeEvent('keydown', { key: 'Escape' }));
    await settle();
    assert.equal($('#journal-search').value, '');
    assert.equal($('#journal-browse').hidden, false);
  });

  it('a redraw keeps what was typed, even if the address still has an older ?q=', async () => {
    await show(journal, { search: 'work' }, handlers());
    $('#journal-search').fill('work late');
    await wait(SEARCH_DELAY + 50);
    await show(journal, { search: 'work' }, handlers());
    assert.equal($('#journal-search').value, 'work late');
    assert.deepEqual(callsOf('search_journal').map((c) => c.args.query), ['work late']);
  });
});

describe('home: ways into the journal', () => {
  it('offers a moment, a check-in and a note, and tells of the shortcuts', async () => {
    await show(home, {}, {
      get_home: () => ({
        now: '2026-11-24T19:00:00+01:00', lastSessionAt: null, daysSinceLastSession: null, hasReflectionDraft: false,
        reflectionCount: 0, latest: null, focus: null, today: { due: 0, done: 0 }, offerCompassion: null,
      }),
      get_schedule: () => ({ schedule: null, upcoming: [], past: [] }),
    });
    assert.equal($('#log-moment').href, '#moment/new');
    assert.equal($('#check-in').href, '#checkin/new');
    assert.equal($('#write-note').href, '#note/new');
    assert.ok($('#reflect-now'), 'the reflection stays');
    assert.match($('#shortcut-hint').textContent, /M log a moment/);
    assert.match($('#shortcut-hint').textContent, /K or \/ search your journal/);
  });

  it('offers them even when Home itself can’t load', async () => {
    await show(home, {}, {
      get_home: () => { throw { kind: 'storage', message: 'Home couldn’t load.' }; },
      get_schedule: () => null,
    });
    assert.ok($('#log-moment'));
  });
});
