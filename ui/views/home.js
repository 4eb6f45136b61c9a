// Home: a greeting, the week's focus, how long since the last session, and
// one obvious next step. It states facts; it never counts streaks or asks
// why someone hasn't been back.

import { getHome, openReflectionWindow } from '../ipc.js';
import { append, errorNotice, h, showToast } from '../lib/dom.js';
import { summaryLine } from '../lib/reflection-form.js';
import { reflectionHref } from '../lib/route.js';
import { formatDay, greeting, hourOf, relativeDays, yearOf } from '../lib/time.js';

async function openWindow(id) {
  try {
    await openReflectionWindow(id);
  } catch (err) {
    showToast(err.message);
  }
}

function focusCard(home, nowYear) {
  const { focus } = home;
  if (!focus) {
    return h('section', { class: 'card card-focus', 'aria-labelledby': 'focus-heading' },
      h('h2', { id: 'focus-heading', class: 'eyebrow' }, "This week's focus"),
      h('p', { id: 'focus-invitation' },
        'After your next session, the one skill you choose will show here.'));
  }
  return h('section', { class: 'card card-focus', 'aria-labelledby': 'focus-heading' },
    h('h2', { id: 'focus-heading', class: 'eyebrow' }, "This week's focus"),
    h('p', { id: 'focus-text', class: 'focus-text' }, focus.text),
    h('p', { class: 'muted' },
      'From your session on ',
      h('a', { href: reflectionHref(focus.reflectionId) }, formatDay(focus.setAt, nowYear))));
}

function lastSessionLine(home, nowYear) {
  if (!home.lastSessionAt) return null;
  const when = relativeDays(home.daysSinceLastSession);
  const day = formatDay(home.lastSessionAt, nowYear);
  return h('p', { id: 'days-since' }, `Last session: ${day}${when ? ` · ${when}` : ''}`);
}

function draftLine(home) {
  if (!home.hasReflectionDraft) return null;
  return h('div', { class: 'notice', id: 'draft-waiting' },
    h('p', {}, 'You started a reflection — pick up where you left off.'),
    h('button', { type: 'button', id: 'resume-draft', class: 'button', onclick: () => openWindow(null) },
      'Continue reflection'));
}

function latestCard(home, nowYear) {
  const r = home.latest;
  if (!r) return null;
  const line = summaryLine(r, 240);
  return h('section', { class: 'card', id: 'latest-reflection', 'aria-labelledby': 'latest-heading' },
    h('h2', { id: 'latest-heading' }, 'Your latest reflection'),
    h('p', { class: 'muted' }, formatDay(r.sessionAt, nowYear)),
    line ? h('p', { class: 'answer' }, line) : null,
    h('p', {}, h('a', { href: reflectionHref(r.id) }, 'Read this reflection')));
}

export default {
  live: true,
  async render(root, _route, ctx) {
    let home;
    try {
      home = await getHome();
    } catch (err) {
      append(root, h('h1', {}, 'Home'), errorNotice(err, ctx.refresh));
      return 'Home';
    }
    const nowYear = yearOf(home.now);
    const hour = hourOf(home.now) ?? new Date().getHours();
    append(root,
      h('h1', {}, `${greeting(hour)}.`),
      focusCard(home, nowYear),
      h('section', { class: 'section', 'aria-label': 'Your sessions' },
        lastSessionLine(home, nowYear),
        draftLine(home),
        h('div', { class: 'actions' },
          h('button', { type: 'button', id: 'reflect-now', class: 'button primary', onclick: () => openWindow(null) },
            'Reflect on a session'),
          home.reflectionCount > 0
            ? h('a', { href: '#reflections', id: 'all-reflections', class: 'button quiet' }, 'All reflections')
            : null)),
      latestCard(home, nowYear),
    );
    return 'Home';
  },
};
