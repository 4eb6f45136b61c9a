// The session brief's document, drawn from a Brief: one builder per
// section, in the order a session runs. Each item the person may leave out
// carries a quiet "Leave out" button named after it, with an id made from
// its key so focus can find it again after a redraw. What the buttons do
// (saving the prep) belongs to the view and comes in as `actions`.
//
// Everything is written with `h`, as text: the journal's words can never
// become markup. Empty sections say so kindly; nothing here is an error.
// The person's own words (`own` below) take their own direction
// (dir="auto"): a line written right to left reads from the right, in a
// document that stays left to right.

import {
  beliefFigures, dayNumber, dayText, homeworkCounts, keyId, leaveOutLabel, measureInfo, measureLines, moodSummary,
  oneDecimal, scoreTrend, shortDay, topCounts,
} from '../lib/brief.js';
import { lineChart } from '../lib/charts.js';
import { h } from '../lib/dom.js';
import { t, tNodes } from '../lib/i18n.js';
import { kindLabel } from '../lib/journal.js';
import { formatDay, formatFriendly, nowYear } from '../lib/time.js';

const finite = (n) => typeof n === 'number' && Number.isFinite(n);

export const empty = (text, ...more) => h('p', { class: 'brief-empty' }, text, more);

const muted = (...content) => h('span', { class: 'brief-muted' }, content);

/** The person's own words, inline, in their own direction. */
const own = (text, attrs = {}) => h('span', { ...attrs, dir: 'auto' }, text);

/** A section of the document with its h2 (focusable from script, so the
 *  keyboard has somewhere to land when its last item leaves). */
export function section(id, title, ...content) {
  return h('section', { class: 'brief-section', id, 'aria-labelledby': `${id}-title` },
    h('h2', { id: `${id}-title`, tabindex: '-1' }, title),
    content);
}

/** The section builders, bound to what the buttons do:
 *  `{ onLeaveOut(key, button), onAgendaRemove(index), onPutBack(key) }`. */
export function briefSections({ onLeaveOut, onAgendaRemove, onPutBack }) {
  /** An item of the brief the person can leave out: its content and a quiet
   *  "Leave out" button named after it for screen readers. */
  function item(tag, key, label, content, { className } = {}) {
    const button = h('button', {
      type: 'button',
      class: 'brief-remove',
      id: `brief-remove-${keyId(key)}`,
      'aria-label': leaveOutLabel(label),
    }, t('brief-leave-out'));
    button.addEventListener('click', () => onLeaveOut(key, button));
    return h(tag, { class: ['brief-item', className], dataset: { key } },
      h('div', { class: 'brief-item-body' }, content),
      button);
  }

  function moodChart(checkins) {
    const rated = checkins.filter((c) => finite(c?.mean));
    if (rated.length === 0) return [h('h3', {}, t('brief-mood-heading')), empty(t('brief-mood-none'))];
    const sentence = moodSummary(rated);
    const points = rated.map((c) => ({ value: c.mean, label: shortDay(c.day), x: dayNumber(c.day) }));
    return [
      h('h3', {}, t('brief-mood-heading')),
      h('p', { class: 'brief-reading' }, sentence),
      // One day is a number, not a trend: charted from two days on, as in
      // every export (brief/doc.rs).
      rated.length > 1 ? h('div', { class: 'brief-chart' },
        lineChart(points, {
          min: 1, max: 10, label: t('brief-mood-chart-label', { summary: sentence }),
        })) : null,
      // The same numbers for screen readers; the picture is only a picture.
      h('table', { class: 'visually-hidden' },
        h('caption', {}, t('brief-mood-table-caption')),
        h('thead', {}, h('tr', {},
          h('th', { scope: 'col' }, t('brief-mood-table-day')),
          h('th', { scope: 'col' }, t('brief-mood-table-mood')))),
        h('tbody', {}, rated.map((c) => h('tr', {},
          h('th', { scope: 'row' }, dayText(c.day, nowYear())), h('td', {}, oneDecimal(c.mean)))))),
    ];
  }

  function measureItem(summary, slot) {
    const lines = measureLines(summary, nowYear(), slot);
    if (!lines) return null;
    const info = measureInfo(summary, slot);
    return item('div', summary.key, t('brief-measure-item', { name: info.name }), [
      h('h4', { class: 'brief-measure-name' }, info.name, info.about ? muted(` · ${info.about}`) : null),
      h('p', { class: 'brief-score' }, lines.headline),
      lines.changes.length
        ? h('ul', { class: 'brief-changes' }, lines.changes.map((c) => h('li', {}, c))) : null,
      lines.marks.map((m) => h('p', { class: 'brief-mark' }, m)),
    ], { className: 'brief-measure' });
  }

  /** A flag is worded for the therapist; its explanation is for the
   *  person, so they know why it is there. A gentle card, never an alarm. */
  function flagItem(flag) {
    return item('div', flag.key, flag.text, [
      h('p', { class: 'eyebrow' }, t('brief-flag-eyebrow')),
      h('p', { class: 'brief-flag-text' }, flag.text),
      flag.explanation ? h('p', { class: 'brief-flag-explanation' }, flag.explanation) : null,
    ], { className: 'brief-flag' });
  }

  function moodBody(brief) {
    const mood = brief.mood ?? {};
    const measures = ['phq9', 'gad7']
      .map((slot) => (mood[slot] ? measureItem(mood[slot], slot) : null))
      .filter(Boolean);
    const flags = (mood.flags ?? []).filter((f) => f?.key);
    return [
      moodChart(mood.checkins ?? []),
      h('h3', { class: 'brief-subhead' }, t('brief-measures-heading')),
      measures.length
        ? h('div', { class: 'brief-measures' }, measures)
        : empty(t('brief-measures-none'), ' ',
          h('a', { href: '#measures', class: 'brief-screen-only' }, t('brief-measures-none-link'))),
      flags.length
        ? h('div', { class: 'brief-flags' }, flags.map(flagItem),
          h('p', { class: 'brief-screen-only brief-muted' },
            tNodes('brief-safety-plan-line', {}, {
              link: h('a', { href: '#safety-plan' }, t('brief-safety-plan-link')),
            })))
        : null,
    ];
  }

  function bridgeBody(brief) {
    const b = brief.bridge;
    if (!b) {
      return empty(t('brief-bridge-none'));
    }
    const when = formatFriendly(b.sessionAt, nowYear());
    const takeaway = String(b.takeaway ?? '').trim();
    const focus = String(b.focus ?? '').trim();
    const difficult = String(b.difficult ?? '').trim();
    const answers = (Array.isArray(b.answers) ? b.answers : [])
      .filter((a) => a && String(a.answer ?? '').trim());
    return item('div', b.key, t('brief-bridge-item'), [
      when ? h('p', { class: 'brief-muted' }, t('brief-bridge-from', { when })) : null,
      h('h3', {}, t('brief-bridge-takeaway')),
      takeaway ? h('p', { class: 'answer', dir: 'auto' }, takeaway) : empty(t('brief-not-written')),
      // Its companion question, only when it was answered (as in the exports).
      difficult
        ? [h('h3', {}, t('brief-bridge-difficult')), h('p', { class: 'answer', dir: 'auto' }, difficult)] : null,
      h('div', { class: 'brief-focus' },
        h('h3', {}, t('brief-bridge-focus')),
        focus ? h('p', { class: 'answer', dir: 'auto' }, focus) : empty(t('brief-not-written'))),
      // The questions a homework file added, in the words they were asked in
      // (the therapist's own), each only when answered.
      answers.map((a) => [
        h('h3', { dir: 'auto' }, String(a.question ?? '')),
        h('p', { class: 'answer', dir: 'auto' }, String(a.answer ?? '').trim()),
      ]),
    ]);
  }

  function starredList(starred) {
    if (!starred.length) {
      return empty(t('brief-starred-none'));
    }
    const year = nowYear();
    return h('ul', { class: 'brief-list brief-starred' }, starred.map((s) => item('li', s.key,
      s.summary || t('brief-starred-item'), [
      // The summary links to the entry's own page, to reread before the session.
      h('a', { href: `#${s.kind}/${s.id}`, class: 'brief-entry-link', dir: 'auto' },
        s.summary || t('brief-starred-no-summary')),
      h('span', { class: 'brief-muted brief-entry-when' }, ` ${kindLabel(s.kind)} · ${formatDay(s.at, year)}`),
    ])));
  }

  /** The person's own agenda. These lines are their own prep, not journal
   *  entries, so "Remove" takes a line off the list (with Undo) rather than
   *  leaving it out; the index matches prep.agenda. */
  function agendaList(items) {
    return items.map((it, i) => {
      const text = String(it?.text ?? '');
      return h('li', { class: 'brief-agenda-item', dataset: { key: it?.key ?? '' } },
        own(text, { class: 'brief-agenda-text' }),
        h('button', {
          type: 'button', class: 'brief-agenda-remove', id: `agenda-remove-${i}`,
          'aria-label': t('brief-agenda-remove-label', { text }), onclick: () => onAgendaRemove(i),
        }, t('brief-agenda-remove')));
    });
  }

  /** "Assigned by Ana Weber on Tue 8 Dec", for an item from a therapist's
   *  homework file; nothing for the person's own. */
  function assignedLine(assigned, year) {
    if (!assigned?.on) return null;
    const day = formatDay(`${assigned.on}T12:00:00+00:00`, year);
    return h('p', { class: 'brief-muted brief-assigned' }, assigned.from
      ? t('brief-assigned', { from: assigned.from, day }) : t('brief-assigned-unsigned', { day }));
  }

  /** One behavioural experiment: the prediction, what was done, the
   *  belief before → after, and what came of it. Planned ones say so
   *  plainly; none is ever late. */
  function experimentItem(e, year) {
    const pair = (term, text) => (String(text ?? '').trim()
      ? [h('dt', {}, term), h('dd', { class: 'answer', dir: 'auto' }, text)] : null);
    const prediction = String(e.prediction ?? '').trim();
    const when = e.plannedFor ? formatDay(e.plannedFor, year) : '';
    let state = null;
    if (e.status === 'planned') {
      state = when ? t('brief-experiment-planned-for', { when }) : t('brief-experiment-planned');
    } else if (e.status !== 'done') {
      state = t('brief-experiment-not-written-up');
    }
    return item('div', e.key, prediction || t('brief-experiment-item'), [
      h('p', { class: 'brief-muted' },
        h('a', { href: `#experiment/${e.id}` }, t('brief-experiment-link')),
        state ? ` · ${state}` : null),
      assignedLine(e.assigned, year),
      h('dl', { class: 'brief-moment brief-experiment' },
        pair(t('brief-experiment-prediction'), e.prediction),
        pair(t('brief-experiment-test'), e.test),
        beliefPair(e.beliefBefore, e.beliefAfter,
          { term: 'brief-experiment-belief', afterId: 'brief-experiment-belief-after' }),
        pair(t('brief-experiment-happened'), e.happened),
        pair(t('brief-experiment-learned'), e.learned),
        pair(t('brief-experiment-obstacles'), e.obstacles)),
    ], { className: 'brief-example' });
  }

  function homeworkBody(brief) {
    const plans = brief.homework ?? [];
    const experiments = (brief.experiments ?? []).filter((e) => e?.key);
    const year = nowYear();
    // Experiments follow the plans, under their own heading; with none,
    // nothing more is said.
    const tried = experiments.length
      ? [h('h3', { class: 'brief-subhead' }, t('brief-experiments-heading')),
        experiments.map((e) => experimentItem(e, year))]
      : null;
    if (!plans.length) {
      return tried ?? empty(t('brief-homework-none'));
    }
    return [plans.map((p) => {
      const trend = scoreTrend(p);
      const reasons = (p.reasons ?? []).filter((r) => String(r ?? '').trim());
      const notes = (p.notes ?? []).filter((n) => String(n?.text ?? '').trim());
      return item('div', p.key, p.sentence || t('brief-homework-item'), [
        h('h3', {}, p.sentence || t('brief-homework-untitled')),
        assignedLine(p.assigned, year),
        h('p', { class: 'brief-counts' }, homeworkCounts(p)),
        // The arrow is only seen; a screen reader hears the word instead.
        trend ? h('p', { class: 'brief-trend' },
          tNodes('brief-homework-trend', { from: trend.from, to: trend.to, trend: trend.word }, {
            arrow: [h('span', { 'aria-hidden': 'true' }, ' → '),
              h('span', { class: 'visually-hidden' }, ` ${t('brief-homework-trend-to')} `)],
          })) : null,
        reasons.length ? [h('h4', {}, t('brief-homework-reasons')),
          h('ul', { class: 'brief-reasons' }, reasons.map((r) => h('li', { dir: 'auto' }, r)))] : null,
        notes.length ? [h('h4', {}, t('brief-homework-notes')),
          h('ul', { class: 'brief-notes' }, notes.map((n) => h('li', {},
            muted(`${dayText(n.day, year)}: `), own(n.text, { class: 'answer' }))))] : null,
      ], { className: 'brief-plan' });
    }), tried];
  }

  /** A short list of the most frequent: enough to start a conversation.
   *  `mine`: the names are the person's words (what set things off, a
   *  feeling of their own), not the app's (thinking traps). */
  function countList(title, items, name, { mine = false } = {}) {
    const top = topCounts(items);
    const named = (text) => (mine ? own(text) : text);
    return h('div', { class: 'brief-count-list' },
      h('h3', {}, title),
      top.length
        ? h('ul', {}, top.map((it) => h('li', {},
          named(String(it[name] ?? '')), muted(` · ${t('brief-times', { count: it.count })}`))))
        : empty(t('brief-patterns-none-noted')));
  }

  /** How much the example's first thought (or an experiment's
   *  prediction: `term` and `afterId` name it) was believed, at the start
   *  and afterwards: only the ratings given. The arrow is only seen; a
   *  screen reader hears "to" instead. */
  function beliefPair(before, after, { term = 'brief-example-belief', afterId = 'brief-example-belief-after' } = {}) {
    const rated = (n) => Number.isInteger(n);
    let line;
    if (rated(before) && rated(after)) {
      line = tNodes('brief-example-belief-both', { before, after }, {
        arrow: [h('span', { 'aria-hidden': 'true' }, ' → '),
          h('span', { class: 'visually-hidden' }, ` ${t('brief-example-belief-to')} `)],
      });
    } else if (rated(before)) {
      line = t('brief-example-belief-before', { before });
    } else if (rated(after)) {
      line = t(afterId, { after });
    } else {
      return null;
    }
    return [h('dt', {}, t(term)), h('dd', { class: 'brief-belief' }, line)];
  }

  function exampleItem(e, year) {
    const when = formatDay(e.at, year);
    const pair = (term, text) => (String(text ?? '').trim()
      ? [h('dt', {}, term), h('dd', { class: 'answer', dir: 'auto' }, text)] : null);
    return item('div', e.key, t('brief-example-item', { when }), [
      h('p', { class: 'brief-muted' },
        h('a', { href: `#moment/${e.id}` }, t('brief-example-link', { when })),
        e.starred
          ? [' · ', h('span', { class: 'star-mark', 'aria-hidden': 'true' }, '★'), ` ${t('brief-example-starred')}`]
          : null),
      h('dl', { class: 'brief-moment' },
        pair(t('brief-example-situation'), e.situation),
        pair(t('brief-example-self-talk'), e.selfTalk),
        pair(t('brief-example-friend'), e.friend),
        pair(t('brief-example-balanced'), e.balanced),
        beliefPair(e.beliefBefore, e.beliefAfter)),
    ], { className: 'brief-example' });
  }

  /** One line on how much the thoughts looked at again eased, once the
   *  backend says there are enough of them; nothing before that. */
  function beliefLine(belief) {
    const figures = belief?.enough ? beliefFigures(belief) : null;
    return figures ? h('p', { class: 'brief-reading', id: 'brief-belief' }, t('brief-patterns-belief', figures)) : null;
  }

  function patternsBody(brief) {
    const p = brief.patterns ?? {};
    const examples = (p.examples ?? []).filter((e) => e?.key);
    const belief = beliefLine(p.belief);
    const anything = [p.triggers, p.emotions, p.traps].some((list) => topCounts(list).length) || examples.length || belief;
    if (!anything) {
      return empty(t('brief-patterns-none'));
    }
    const year = nowYear();
    return [
      h('div', { class: 'brief-count-lists' },
        countList(t('brief-patterns-triggers'), p.triggers, 'label', { mine: true }),
        countList(t('brief-patterns-emotions'), p.emotions, 'word', { mine: true }),
        countList(t('brief-patterns-traps'), p.traps, 'name')),
      belief,
      examples.length
        ? [h('h3', { class: 'brief-subhead' }, t('brief-patterns-examples')), examples.map((e) => exampleItem(e, year))]
        : null,
    ];
  }

  /** The items left out, each with "Put back" (named after the item, as
   *  a screen reader lists buttons without their surroundings). */
  function removedItems(removed) {
    return removed.map((r) => {
      const label = String(r?.label ?? '') || t('brief-removed-item');
      return h('li', {},
        // A label may quote the person (a starred entry's summary).
        own(label, { class: 'brief-removed-label' }),
        h('button', {
          type: 'button', class: 'button quiet', id: `brief-put-back-${keyId(r.key)}`,
          'aria-label': t('brief-put-back-label', { label }), onclick: () => onPutBack(r.key),
        }, t('brief-put-back')));
    });
  }

  return { mood: moodBody, bridge: bridgeBody, starred: starredList, agenda: agendaList,
    homework: homeworkBody, patterns: patternsBody, removed: removedItems };
}
