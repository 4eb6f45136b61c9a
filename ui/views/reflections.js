// Reflections: the list, newest first, and one reflection in full.
//
// A reflection's page shares the journal's entry block (star, private,
// tags, delete with Undo); the backend keeps a deleted reflection for some
// minutes so that Undo is real.

import {
  getEntryMeta, getReflection, listReflections, openReflectionWindow,
} from '../ipc.js';
import { entryMeta } from '../components/entry-meta.js';
import { append, disabling, errorNotice, h, showToast, withBusy } from '../lib/dom.js';
import { summaryLine } from '../lib/reflection-form.js';
import { reflectionHref } from '../lib/route.js';
import { formatDay, formatFriendly, nowYear } from '../lib/time.js';

const PAGE = 50;
// How many rows the list showed last, so a refresh after a change (or
// coming back from a reflection) doesn't fold "Show more" pages away.
let shown = PAGE;

async function openWindow(id) {
  try {
    await openReflectionWindow(id);
  } catch (err) {
    showToast(err.message);
  }
}

// The person's own words take their own direction (dir="auto"): a line
// written right to left starts from the right, whatever the page's
// direction. app.css keeps a long one to two lines in the list.
function entry(r) {
  const line = summaryLine(r);
  return h('li', {},
    h('a', { href: reflectionHref(r.id), dataset: { id: r.id } },
      h('span', { class: 'entry-date' }, formatFriendly(r.sessionAt, nowYear())),
      line ? h('span', { class: 'entry-line', dir: 'auto' }, line)
        : h('span', { class: 'entry-line' }, 'A feeling check')));
}

function emptyState() {
  return h('div', { class: 'card', id: 'reflections-empty' },
    h('p', {}, 'Your reflections will gather here. After a session, a few minutes of writing '
      + 'helps the hour stay with you through the week.'),
    h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'button primary', onclick: () => openWindow(null) },
        'Reflect on a session')));
}

export const listView = {
  live: true,
  async render(root, _route, ctx) {
    append(root, h('h1', {}, 'Reflections'));
    let items;
    try {
      items = await listReflections(Math.max(shown, PAGE), 0);
    } catch (err) {
      append(root, errorNotice(err, ctx.refresh));
      return 'Reflections';
    }
    if (items.length === 0) {
      shown = PAGE;
      append(root, emptyState());
      return 'Reflections';
    }
    const list = h('ol', { id: 'reflection-list', class: 'entries' }, items.map(entry));
    const status = h('p', { class: 'status', role: 'status' });
    const more = h('button', { type: 'button', id: 'show-more', class: 'button' }, 'Show more');
    more.hidden = items.length < Math.max(shown, PAGE);
    more.addEventListener('click', () => withBusy(disabling(more), async () => {
      try {
        const next = await listReflections(PAGE, list.children.length);
        list.append(...next.map(entry));
        shown = list.children.length;
        more.hidden = next.length < PAGE;
        status.textContent = next.length ? `Showing ${shown} reflections.` : '';
        // Keep the keyboard where reading continues: the first new entry.
        const first = list.children[shown - next.length]?.querySelector('a');
        if (first && more.hidden) first.focus();
      } catch (err) {
        status.textContent = err.message;
        status.classList.add('is-error');
      }
    }));
    append(root, list, h('div', { class: 'actions' }, more), status);
    return 'Reflections';
  },
};

function answer(heading, text) {
  const body = String(text ?? '').trim();
  return h('section', {},
    h('h2', {}, heading),
    body ? h('p', { class: 'answer', dir: 'auto' }, body) : h('p', { class: 'muted' }, 'Nothing written here.'));
}

function feelingSection(r) {
  const parts = [];
  if (r.feelingRating !== null && r.feelingRating !== undefined) {
    parts.push(h('p', { class: 'rating-read' },
      `${r.feelingRating} out of 10`, h('span', { class: 'muted' }, ' (1 is low, 10 is good)')));
  }
  if (r.feelings?.length) {
    parts.push(h('ul', { class: 'chips', 'aria-label': 'Feeling words' },
      r.feelings.map((w) => h('li', {}, h('span', { class: 'chip', dir: 'auto' }, w)))));
  }
  const note = String(r.feelingNote ?? '').trim();
  if (note) parts.push(h('p', { class: 'answer', dir: 'auto' }, note));
  if (!parts.length) parts.push(h('p', { class: 'muted' }, 'Nothing noted here.'));
  return h('section', {}, h('h2', {}, 'How you were feeling'), ...parts);
}

export const detailView = {
  live: true,
  async render(root, route, ctx) {
    let r;
    const entry = { kind: 'reflection', id: route.id };
    // Star, private and tags are a nice-to-have here: without them the
    // page still reads, and Delete still works.
    const meta = getEntryMeta(entry).catch(() => null);
    try {
      r = await getReflection(route.id);
    } catch (err) {
      const gone = err.kind === 'notFound';
      append(root,
        h('h1', {}, gone ? "This reflection isn't here" : 'Reflection'),
        gone ? h('p', {}, 'It may have been deleted. Your other reflections are all still here.')
          : errorNotice(err, ctx.refresh),
        h('p', {}, h('a', { href: '#reflections' }, 'All reflections')));
      return 'Reflection';
    }
    const when = formatFriendly(r.sessionAt, nowYear());
    append(root,
      h('p', {}, h('a', { href: '#reflections' }, '← All reflections')),
      h('h1', {}, `Session on ${when}`),
      h('article', { class: 'detail', id: 'reflection-detail', dataset: { id: r.id } },
        answer("What's your biggest takeaway from this session?", r.takeaway),
        answer('What was the most difficult or surprising thing you talked about?', r.difficult),
        answer("What's one specific skill or idea you want to focus on this week?", r.focus),
        feelingSection(r)),
      h('div', { class: 'actions' },
        h('button', { type: 'button', id: 'edit-reflection', class: 'button', onclick: () => openWindow(r.id) }, 'Edit')),
      // Its own delete id, and back to the list of reflections after it.
      entryMeta({
        entry, meta: await meta, ctx, deleteId: 'delete-reflection', afterDelete: '#reflections',
      }));
    return `Session on ${formatDay(r.sessionAt, nowYear())}`;
  },
};
