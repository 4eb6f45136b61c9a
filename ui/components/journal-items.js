// One line of the journal: an entry on the timeline, or a search hit with
// its matched words marked. Both are links to the entry's own page.

import { h } from '../lib/dom.js';
import { t } from '../lib/i18n.js';
import { kindLabel, snippetParts } from '../lib/journal.js';
import { entryHref } from '../lib/route.js';
import { clockTime, formatFriendly, nowYear } from '../lib/time.js';

/** A snippet as text nodes and <mark> elements. Every piece goes in as
 *  text, so whatever was typed into the journal stays words. */
function markedSnippet(snippet) {
  return snippetParts(snippet).map((p) => (p.mark ? h('mark', {}, p.text) : p.text));
}

const ids = (item) => ({ kind: item.kind, id: item.id, entryId: item.entryId });

/** The quiet marks after a line: starred, mood, private, tags. A star is
 *  a shape and a word ("Starred") for a screen reader, not colour alone. */
function marks(item) {
  const out = [];
  if (item.starred) {
    out.push(h('span', { class: 'star-mark' },
      h('span', { 'aria-hidden': 'true' }, '★'), h('span', { class: 'visually-hidden' }, t('journal-item-starred'))));
  }
  if (item.mood !== null && item.mood !== undefined) {
    out.push(h('span', { class: 'mood-mark' }, t('journal-item-mood', { mood: item.mood })));
  }
  if (item.private) out.push(h('span', { class: 'chip private-chip' }, t('journal-item-private')));
  for (const tag of item.tags ?? []) out.push(h('span', { class: 'chip tag-chip', dir: 'auto' }, tag));
  return out.length ? h('span', { class: 'entry-marks' }, out) : null;
}

/** A timeline entry. `dayHeading` (a string) starts a new day above it.
 *  The summary and a hit's snippet are the person's own words (or, for an
 *  entry without any, the backend's "A moment"), so they take their own
 *  direction (dir="auto"); a snippet's <mark>s stay inside its one span. */
export function timelineItem(item, dayHeading = null) {
  return h('li', { dataset: ids(item), class: dayHeading ? 'starts-day' : null },
    dayHeading ? h('h2', { class: 'day-heading' }, dayHeading) : null,
    h('a', { href: entryHref(item), class: ['entry-link', item.starred && 'is-starred'] },
      h('span', { class: 'entry-kind' },
        kindLabel(item.kind),
        h('span', { class: 'muted' }, ' · '),
        h('time', { datetime: item.at }, clockTime(item.at))),
      h('span', { class: 'entry-line', dir: 'auto' }, item.summary || t('journal-item-no-words')),
      marks(item)));
}

/** A search hit: kind, date, and the snippet with its matches marked. */
export function searchHit(hit, year = nowYear()) {
  const snippet = String(hit.snippet ?? '').trim() ? markedSnippet(hit.snippet) : hit.summary;
  return h('li', { dataset: ids(hit) },
    h('a', { href: entryHref(hit), class: ['entry-link', hit.starred && 'is-starred'] },
      h('span', { class: 'entry-kind' },
        kindLabel(hit.kind),
        h('span', { class: 'muted' }, ' · '),
        h('time', { datetime: hit.at }, formatFriendly(hit.at, year))),
      h('span', { class: 'entry-snippet', dir: 'auto' }, snippet || t('journal-item-no-words')),
      marks(hit)));
}
