// The Journal: everything written, newest first, in one timeline — moments,
// check-ins, notes and reflections — with a search field on top and a few
// chips to narrow it. While something edited on two computers at once
// waits for a choice, a quiet band under the heading leads to it. Search and filters are two ways of looking, so while
// words are in the search field the timeline steps aside for the matches.
//
// The view is redrawn whenever anything is written; what the person typed
// and chose lives here, outside any one drawing, so a redraw (or coming
// back from an entry) finds the page as they left it.

import { getTimeline, listTags, searchJournal, syncStatus } from '../ipc.js';
import { searchHit, timelineItem } from '../components/journal-items.js';
import { syncConflictsBanner } from '../components/sync-banner.js';
import { append, disabling, errorNotice, h, withBusy } from '../lib/dom.js';
import { t } from '../lib/i18n.js';
import {
  dayHeading, dayKey, hasFilters, KINDS, kindPlural, matchLine, noFilters, PAGE, timelineQuery,
} from '../lib/journal.js';
import { debounce } from '../lib/reflection-form.js';
import { yearBeingTyped } from '../lib/time.js';

const SEARCH_LIMIT = 50;
export const SEARCH_DELAY = 200;

const state = {
  query: '', // the search field's text
  routeQuery: null, // the `?q=` last taken from the address
  filters: noFilters(),
  shown: PAGE, // entries loaded last time, so "Show more" pages survive a redraw
};

/** Back to a fresh page (for tests, and nothing else needs it). */
export function resetJournalState() {
  Object.assign(state, { query: '', routeQuery: null, filters: noFilters(), shown: PAGE });
}

const newEntryActions = () => h('div', { class: 'actions journal-new' },
  h('a', { class: 'button soft', id: 'new-moment', href: '#moment/new' }, t('journal-new-moment')),
  h('a', { class: 'button', id: 'new-checkin', href: '#checkin/new' }, t('journal-new-checkin')),
  h('a', { class: 'button', id: 'new-note', href: '#note/new' }, t('journal-new-note')));

function emptyInvitation() {
  return h('div', { class: 'card journal-empty', id: 'journal-empty' },
    h('p', {}, t('journal-empty')),
    h('div', { class: 'actions' },
      h('a', { class: 'button soft', href: '#moment/new' }, t('journal-new-moment')),
      h('a', { class: 'button', href: '#checkin/new' }, t('journal-new-checkin')),
      h('a', { class: 'button', href: '#note/new' }, t('journal-new-note'))));
}

const setStatus = (el, message, isError = false) => {
  el.textContent = message;
  el.classList.toggle('is-error', isError);
};

// --- Filters -----------------------------------------------------------------

/** The chips, toggles, tag and dates. `changed()` runs after each change;
 *  `sync()` puts the controls back in step with `state.filters`. */
function filterControls(tags, changed) {
  const f = () => state.filters;
  const pressed = (el, on) => el.setAttribute('aria-pressed', String(on));
  const kindChips = KINDS.map((kind) => h('button', {
    type: 'button', class: 'chip', id: `filter-kind-${kind}`, dataset: { filterKind: kind },
    'aria-pressed': String(f().kinds.includes(kind)),
    onclick: () => {
      const on = !f().kinds.includes(kind);
      f().kinds = on ? [...f().kinds, kind] : f().kinds.filter((k) => k !== kind);
      changed();
    },
  }, kindPlural(kind)));
  const starred = h('button', {
    type: 'button', class: 'chip', id: 'filter-starred', 'aria-pressed': String(f().starred),
    onclick: () => { f().starred = !f().starred; changed(); },
  }, h('span', { class: 'star-mark', 'aria-hidden': 'true' }, '★ '), t('journal-filter-starred'));
  const priv = h('button', {
    type: 'button', class: 'chip', id: 'filter-private', 'aria-pressed': String(f().onlyPrivate),
    onclick: () => { f().onlyPrivate = !f().onlyPrivate; changed(); },
  }, t('journal-filter-private'));

  // A tag chosen earlier stays offered even if no entry has it any more.
  const names = tags.map((known) => known.name);
  if (f().tag && !names.includes(f().tag)) tags = [...tags, { name: f().tag, count: 0 }];
  const tag = h('select', { id: 'filter-tag' },
    h('option', { value: '' }, t('journal-filter-any-tag')),
    tags.map((known) => h('option', { value: known.name, selected: known.name === f().tag }, known.name)));
  tag.value = f().tag;
  tag.addEventListener('change', () => { f().tag = tag.value; changed(); });

  // A filter keeps nothing, so a date years away isn't asked about as a
  // form's date is: "Until 1901" finds nothing, says so, and "Show
  // everything" is right there. A year typed digit by digit is waited for
  // (until the field is left), so the timeline isn't reloaded, and
  // "Nothing here" said, at each digit.
  const date = (id, key) => {
    const input = h('input', { type: 'date', id, value: f()[key] });
    const apply = () => {
      if (input.value === f()[key]) return;
      f()[key] = input.value;
      changed();
    };
    input.addEventListener('change', () => { if (!yearBeingTyped(input)) apply(); });
    input.addEventListener('blur', apply);
    return input;
  };
  const from = date('filter-from', 'from');
  const until = date('filter-until', 'until');

  const clear = h('button', {
    type: 'button', class: 'button quiet', id: 'filter-clear', hidden: !hasFilters(f()),
    onclick: () => {
      state.filters = noFilters();
      sync();
      changed();
      kindChips[0].focus(); // the Clear button just hid itself
    },
  }, t('journal-filter-clear'));

  function sync() {
    for (const chip of kindChips) pressed(chip, f().kinds.includes(chip.dataset.filterKind));
    pressed(starred, f().starred);
    pressed(priv, f().onlyPrivate);
    tag.value = f().tag;
    from.value = f().from;
    until.value = f().until;
    clear.hidden = !hasFilters(f());
  }

  const element = h('section', { class: 'journal-filters', 'aria-label': t('journal-filters-label') },
    h('div', { class: 'chips', role: 'group', 'aria-label': t('journal-filter-kinds-label') },
      kindChips, starred, priv),
    h('div', { class: 'filter-row' },
      h('div', { class: 'filter-field' }, h('label', { for: 'filter-tag' }, t('journal-filter-tag')), tag),
      h('div', { class: 'filter-field' }, h('label', { for: 'filter-from' }, t('journal-filter-from')), from),
      h('div', { class: 'filter-field' }, h('label', { for: 'filter-until' }, t('journal-filter-until')), until),
      clear));
  return { element, sync };
}

// --- The view ----------------------------------------------------------------

export default {
  live: true,
  async render(root, route) {
    // A new `?q=` in the address (a link, a shortcut) fills the field; the
    // same one again (a redraw) leaves what has been typed since.
    const routeQuery = route.search ?? '';
    if (routeQuery !== state.routeQuery) {
      state.query = routeQuery;
      state.routeQuery = routeQuery;
    }

    // Words looked for are typed in their own direction, as they were written.
    const search = h('input', {
      type: 'search', id: 'journal-search', value: state.query, autocomplete: 'off', dir: 'auto',
      'aria-describedby': 'journal-search-hint', 'aria-controls': 'search-results',
    });
    const searchStatus = h('p', { class: 'status', id: 'search-status', role: 'status' });
    const results = h('ol', {
      class: 'entries journal-list', id: 'search-results', 'aria-label': t('journal-search-matches'),
    });
    const resultsSection = h('section', { class: 'search-section', 'aria-label': t('journal-search-results') },
      results);

    const timeline = h('ol', {
      class: 'entries journal-list', id: 'timeline', 'aria-label': t('journal-timeline-label'),
    });
    const more = h('button', { type: 'button', class: 'button', id: 'timeline-more', hidden: true },
      t('journal-show-more'));
    const timelineStatus = h('p', { class: 'status', id: 'timeline-status', role: 'status' });
    const empty = emptyInvitation();
    empty.hidden = true;
    const loadError = h('div', { id: 'timeline-error' });

    // What waits from syncing is a quiet band above the page; without an
    // answer (sync off, an older backend) there is simply no band.
    const [tags, sync] = await Promise.all([listTags().catch(() => []), syncStatus().catch(() => null)]);
    let loadSeq = 0;
    let loadedOnce = false;
    let next = null; // the cursor for "Show more"
    let lastDay = null; // the day the timeline's last entry belongs to

    function appendItems(items) {
      const now = new Date();
      timeline.append(...items.map((item) => {
        const day = dayKey(item.at);
        const heading = day !== lastDay ? dayHeading(item.at, now) : null;
        lastDay = day;
        return timelineItem(item, heading);
      }));
    }

    /** Loads the timeline afresh, as many entries as were showing before
     *  (in pages the backend allows), and says so when `announce`. */
    async function loadTimeline({ announce = false } = {}) {
      const seq = ++loadSeq;
      const items = [];
      let before = null;
      let cursor = null;
      let full = true; // the last page was as long as asked for
      try {
        do {
          const limit = Math.min(Math.max(state.shown - items.length, PAGE), 200);
          // One page after another: each starts where the last ended.
          const page = await getTimeline(timelineQuery(state.filters, before, limit));
          if (seq !== loadSeq) return;
          const got = page.items ?? [];
          items.push(...got);
          full = got.length >= limit;
          cursor = page.next ?? null;
          before = cursor;
        } while (cursor && full && items.length < state.shown);
      } catch (err) {
        if (seq !== loadSeq) return;
        timeline.replaceChildren();
        more.hidden = true;
        setStatus(timelineStatus, '');
        loadError.replaceChildren(errorNotice(err, () => loadTimeline({ announce: true })));
        return;
      }
      loadError.replaceChildren();
      loadedOnce = true;
      next = cursor;
      lastDay = null;
      timeline.replaceChildren();
      appendItems(items);
      state.shown = Math.max(items.length, PAGE);
      more.hidden = !next;
      const journalEmpty = items.length === 0 && !hasFilters(state.filters);
      empty.hidden = !journalEmpty;
      filters.element.hidden = journalEmpty;
      // "Nothing here with these filters" stays said on every drawing; a
      // count only when the person just changed something.
      setStatus(timelineStatus, announce || items.length === 0 ? shownLine(items.length, Boolean(next)) : '');
    }

    const shownLine = (count, hasMore) => {
      if (count === 0) return hasFilters(state.filters) ? t('journal-filter-nothing') : '';
      if (hasMore) return t('journal-shown-newest', { count });
      return t('journal-shown', { count });
    };

    const filters = filterControls(tags, () => {
      filters.sync();
      state.shown = PAGE;
      loadTimeline({ announce: true });
    });

    more.addEventListener('click', async () => {
      if (!next) return;
      await withBusy(disabling(more), async () => {
        const seq = loadSeq;
        try {
          const page = await getTimeline(timelineQuery(state.filters, next, PAGE));
          if (seq !== loadSeq) return; // the filters changed meanwhile
          const before = timeline.children.length;
          appendItems(page.items ?? []);
          next = page.next ?? null;
          state.shown = timeline.children.length;
          more.hidden = !next;
          setStatus(timelineStatus, shownLine(state.shown, Boolean(next)));
          // Keep the keyboard where reading continues: the first new entry.
          if (more.hidden) timeline.children[before]?.querySelector('a')?.focus();
        } catch (err) {
          setStatus(timelineStatus, err.message, true);
        }
      });
    });

    const browse = h('div', { class: 'journal-browse', id: 'journal-browse' },
      filters.element, loadError, empty, timeline,
      h('div', { class: 'actions' }, more), timelineStatus);

    // --- Search ---
    let searchSeq = 0;
    let searchedFor = state.query; // what this page's results are for
    async function runSearch() {
      searchedFor = state.query;
      const q = state.query.trim();
      const seq = ++searchSeq;
      const searching = q !== '';
      resultsSection.hidden = !searching;
      browse.hidden = searching;
      if (!searching) {
        results.replaceChildren();
        setStatus(searchStatus, '');
        if (!loadedOnce) await loadTimeline();
        return;
      }
      try {
        const answer = await searchJournal(q, SEARCH_LIMIT);
        if (seq !== searchSeq) return; // a newer search is on its way
        const hits = answer?.hits ?? [];
        results.replaceChildren(...hits.map((hit) => searchHit(hit)));
        setStatus(searchStatus, hits.length >= SEARCH_LIMIT
          ? t('journal-search-first', { count: hits.length })
          : matchLine(hits.length, q));
      } catch (err) {
        if (seq !== searchSeq) return;
        results.replaceChildren();
        setStatus(searchStatus, err.message, true);
      }
    }
    const searchSoon = debounce(runSearch, SEARCH_DELAY);
    // Typing fires `input`; the field's own clear button fires `search`;
    // a value set by assistive tech or automation may only fire `change`.
    for (const type of ['input', 'search', 'change']) {
      search.addEventListener(type, () => {
        // Against what this page searched for, not the shared state: a
        // redraw hands over letters typed on the page before it.
        if (searchedFor === search.value) return;
        state.query = search.value;
        searchSoon.run();
      });
    }
    search.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && search.value) {
        // Escape empties the field and brings the timeline back.
        event.preventDefault();
        search.value = '';
        state.query = '';
        searchSoon.cancel();
        runSearch();
      }
    });
    const searchForm = h('form', {
      role: 'search', class: 'journal-search',
      onsubmit: (event) => {
        event.preventDefault(); // Enter searches now rather than in a moment
        state.query = search.value;
        searchSoon.cancel();
        runSearch();
      },
    },
    h('label', { for: 'journal-search' }, t('journal-search-label')),
    h('p', { class: 'hint', id: 'journal-search-hint' }, t('journal-search-hint')),
    search, searchStatus);

    append(root, h('h1', {}, t('journal-title')), syncConflictsBanner(sync), newEntryActions(), searchForm,
      resultsSection, browse);
    await runSearch(); // with no words to look for, this shows the timeline
    return t('journal-title');
  },
};
