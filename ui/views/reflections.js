// Reflections: the list, newest first, and one reflection in full. Above
// the list, the questions a therapist's homework file added to the
// reflection window, each with "Stop asking" (the person decides).
//
// A reflection's page shares the journal's entry block (star, private,
// tags, delete with Undo); the backend keeps a deleted reflection for some
// minutes so that Undo is real.

import {
  getEntryMeta, getReflection, listReflectionQuestions, listReflections, openReflectionWindow, stopReflectionQuestion,
} from '../ipc.js';
import { entryMeta } from '../components/entry-meta.js';
import { append, disabling, errorNotice, h, showToast, withBusy } from '../lib/dom.js';
import { t } from '../lib/i18n.js';
import { kindArgs, kindLabel } from '../lib/journal.js';
import { cleanAnswers, summaryLine } from '../lib/reflection-form.js';
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
        : h('span', { class: 'entry-line' }, t('journal-reflection-feeling-check'))));
}

function emptyState() {
  return h('div', { class: 'card', id: 'reflections-empty' },
    h('p', {}, t('journal-reflections-empty')),
    h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'button primary', onclick: () => openWindow(null) },
        t('journal-reflections-reflect'))));
}

/** The questions a therapist asked in homework files, still asked after
 *  each session: their words (the therapist's own, in their own
 *  direction), who asked, and "Stop asking". Nothing when there are none. */
function questionsSection(questions, ctx) {
  if (!Array.isArray(questions) || !questions.length) return null;
  return h('section', { class: 'card', id: 'reflection-questions', 'aria-labelledby': 'reflection-questions-title' },
    h('h2', { id: 'reflection-questions-title' }, t('journal-reflection-questions-title')),
    h('p', { class: 'hint' }, t('journal-reflection-questions-about')),
    h('ul', { class: 'entries' }, questions.map((q) => {
      const from = String(q.from ?? '').trim();
      const textId = `reflection-question-${q.id}-text`;
      return h('li', { dataset: { questionId: q.id } },
        h('p', { id: textId, class: 'reflection-question-text', dir: 'auto' }, String(q.text ?? '')),
        from ? h('p', { class: 'hint' }, t('journal-reflection-question-from', { from })) : null,
        h('button', {
          type: 'button', class: 'button quiet', id: `stop-question-${q.id}`, 'aria-describedby': textId,
          onclick: async (event) => {
            await withBusy(event.currentTarget, async () => {
              try {
                await stopReflectionQuestion(q.id);
                showToast(t('journal-reflection-question-stopped'));
                ctx.refresh();
              } catch (err) {
                showToast(err.message);
              }
            });
          },
        }, t('journal-reflection-question-stop')));
    })));
}

export const listView = {
  live: true,
  async render(root, _route, ctx) {
    const title = t('journal-reflections-title');
    append(root, h('h1', {}, title));
    // The questions are a nice-to-have here: unreadable, the page simply doesn't list them.
    const questions = listReflectionQuestions().catch(() => null);
    let items;
    try {
      items = await listReflections(Math.max(shown, PAGE), 0);
    } catch (err) {
      append(root, errorNotice(err, ctx.refresh));
      return title;
    }
    append(root, questionsSection(await questions, ctx));
    if (items.length === 0) {
      shown = PAGE;
      append(root, emptyState());
      return title;
    }
    const list = h('ol', { id: 'reflection-list', class: 'entries' }, items.map(entry));
    const status = h('p', { class: 'status', role: 'status' });
    const more = h('button', { type: 'button', id: 'show-more', class: 'button' }, t('journal-show-more'));
    more.hidden = items.length < Math.max(shown, PAGE);
    more.addEventListener('click', () => withBusy(disabling(more), async () => {
      try {
        const next = await listReflections(PAGE, list.children.length);
        list.append(...next.map(entry));
        shown = list.children.length;
        more.hidden = next.length < PAGE;
        status.textContent = next.length ? t('journal-reflections-shown', { count: shown }) : '';
        // Keep the keyboard where reading continues: the first new entry.
        const first = list.children[shown - next.length]?.querySelector('a');
        if (first && more.hidden) first.focus();
      } catch (err) {
        status.textContent = err.message;
        status.classList.add('is-error');
      }
    }));
    append(root, list, h('div', { class: 'actions' }, more), status);
    return title;
  },
};

function answer(heading, text) {
  const body = String(text ?? '').trim();
  return h('section', {},
    h('h2', {}, heading),
    body ? h('p', { class: 'answer', dir: 'auto' }, body)
      : h('p', { class: 'muted' }, t('journal-reflection-nothing-written')));
}

function feelingSection(r) {
  const parts = [];
  if (r.feelingRating !== null && r.feelingRating !== undefined) {
    parts.push(h('p', { class: 'rating-read' },
      t('journal-rating-out-of-ten', { rating: r.feelingRating }),
      h('span', { class: 'muted' }, ` ${t('journal-rating-scale')}`)));
  }
  if (r.feelings?.length) {
    parts.push(h('ul', { class: 'chips', 'aria-label': t('journal-feeling-words') },
      r.feelings.map((w) => h('li', {}, h('span', { class: 'chip', dir: 'auto' }, w)))));
  }
  const note = String(r.feelingNote ?? '').trim();
  if (note) parts.push(h('p', { class: 'answer', dir: 'auto' }, note));
  if (!parts.length) parts.push(h('p', { class: 'muted' }, t('journal-reflection-nothing-noted')));
  return h('section', {}, h('h2', {}, t('journal-reflection-feeling')), ...parts);
}

/** The extra questions answered (their words as asked, and who asked),
 *  after the four standard ones, as the reflection window asked them. */
function extraAnswers(r) {
  return cleanAnswers(r.answers).filter((a) => a.answer.trim()).map((a) => {
    const from = a.from.trim();
    return h('section', { class: 'extra-answer', dataset: { questionUid: a.questionUid } },
      h('h2', { dir: 'auto' }, a.question),
      from ? h('p', { class: 'hint' }, t('journal-reflection-question-from', { from })) : null,
      h('p', { class: 'answer', dir: 'auto' }, a.answer.trim()));
  });
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
        h('h1', {}, gone ? t('journal-missing-title', kindArgs('reflection')) : kindLabel('reflection')),
        gone ? h('p', {}, t('journal-reflection-missing-body')) : errorNotice(err, ctx.refresh),
        h('p', {}, h('a', { href: '#reflections' }, t('journal-reflections-all'))));
      return kindLabel('reflection');
    }
    const when = formatFriendly(r.sessionAt, nowYear());
    append(root,
      h('p', {}, h('a', { href: '#reflections' }, t('journal-reflections-back'))),
      h('h1', {}, t('journal-reflection-heading', { when })),
      h('article', { class: 'detail', id: 'reflection-detail', dataset: { id: r.id } },
        answer(t('journal-reflection-takeaway'), r.takeaway),
        answer(t('journal-reflection-difficult'), r.difficult),
        answer(t('journal-reflection-focus'), r.focus),
        feelingSection(r),
        extraAnswers(r)),
      h('div', { class: 'actions' },
        h('button', { type: 'button', id: 'edit-reflection', class: 'button', onclick: () => openWindow(r.id) },
          t('journal-edit'))),
      // Its own delete id, and back to the list of reflections after it.
      entryMeta({
        entry, meta: await meta, ctx, deleteId: 'delete-reflection', afterDelete: '#reflections',
      }));
    return t('journal-reflection-heading', { when: formatDay(r.sessionAt, nowYear()) });
  },
};
