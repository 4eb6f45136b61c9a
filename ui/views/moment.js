// One moment read back (`#moment/7`): what happened, what was felt and how
// strongly before and after, what the mind said and how much it was
// believed, the thinking traps it noticed, what was done, the evidence for
// and against the thought, what a friend would hear, and a more balanced
// thought with how much the first one was believed after it. Every step of
// the moment could be skipped, so only the steps with something in them
// show, in the order the flow asked them.
//
// Having looked at a hard moment, a kind minute is offered, once, gently;
// and a thought that was written down can be tested as an experiment.

import { getJournalVocabulary, getMoment } from '../ipc.js';
import { entryMeta } from '../components/entry-meta.js';
import { backToJournal, editLink, missingEntry } from '../components/entry-page.js';
import { append, h } from '../lib/dom.js';
import { t } from '../lib/i18n.js';
import { emotionLine, emotionSpoken, trapName } from '../lib/journal.js';
import { newExperimentHref, practiceHref } from '../lib/route.js';
import { formatDay, formatFriendly, nowYear } from '../lib/time.js';

// The vocabulary never changes while the app runs; ask once.
let vocabulary = null;
async function traps() {
  if (!vocabulary) {
    vocabulary = getJournalVocabulary().catch((err) => {
      vocabulary = null; // try again next time
      throw err;
    });
  }
  try {
    return (await vocabulary).traps ?? [];
  } catch {
    return []; // trap ids still read as words without it
  }
}

/** A heading and the person's words, or nothing when the step was skipped.
 *  The words take their own direction (dir="auto"): a line written right
 *  to left starts from the right, whatever the page's direction. */
function part(heading, text, extra = {}) {
  const body = String(text ?? '').trim();
  if (!body) return null;
  return h('section', {}, h('h2', {}, heading), h('p', { class: 'answer', dir: 'auto', ...extra }, body));
}

/** How much a thought was believed, in words from `line(rating)`, or ''
 *  when it wasn't rated (null). */
const believed = (rating, line) => (Number.isInteger(rating) ? line(rating) : '');

/** A thought and the line saying how much it was believed: shown when
 *  either was given (a rating alone is an answer too). */
function thoughtPart(heading, text, belief, extra = {}) {
  const body = String(text ?? '').trim();
  if (!body && !belief) return null;
  return h('section', {},
    h('h2', {}, heading),
    body ? h('p', { class: 'answer', dir: 'auto', ...extra }, body) : null,
    belief ? h('p', { class: 'hint belief-read' }, belief) : null);
}

function emotionsPart(emotions) {
  if (!emotions?.length) return null;
  return h('section', {},
    h('h2', {}, t('moments-detail-felt')),
    h('p', { class: 'hint' }, t('moments-detail-felt-hint')),
    h('ul', { class: 'emotion-list', id: 'moment-emotions' },
      // The arrow line for the eye, a sentence for a screen reader. The
      // word may be the person's own: in its own direction (dir="auto"),
      // so the numbers after it stay after it.
      emotions.map((e) => h('li', {},
        h('span', { 'aria-hidden': 'true' },
          h('span', { dir: 'auto' }, String(e.word)), emotionLine({ ...e, word: '' })),
        h('span', { class: 'visually-hidden' }, emotionSpoken(e))))));
}

function trapsPart(ids, known) {
  if (!ids?.length) return null;
  return h('section', {},
    h('h2', {}, t('moments-detail-traps')),
    h('ul', { class: 'chips', id: 'moment-traps', 'aria-label': t('moments-detail-traps-label') },
      ids.map((id) => h('li', {}, h('span', { class: 'chip', dataset: { trap: id } }, trapName(id, known))))));
}

/** "Test this thought": a behavioural experiment starting from what the
 *  mind said, shown only when something was written there. */
function testThought(m) {
  if (!String(m.selfTalk ?? '').trim()) return null;
  return h('div', { class: 'test-thought', id: 'moment-test-thought' },
    h('p', { class: 'hint', id: 'test-thought-hint' }, t('moments-detail-test-thought-hint')),
    h('div', { class: 'actions' },
      h('a', {
        class: 'button', id: 'test-thought', href: newExperimentHref(m.id), 'aria-describedby': 'test-thought-hint',
      }, t('moments-detail-test-thought'))));
}

export default {
  live: true,
  async render(root, route, ctx) {
    let m;
    const known = traps();
    try {
      m = await getMoment(route.id);
    } catch (err) {
      append(root, missingEntry('moment', err, ctx.refresh));
      return t('moments-detail-title');
    }
    const entry = { kind: 'moment', id: m.id };
    append(root,
      backToJournal(),
      h('h1', {}, t('moments-detail-heading', { date: formatFriendly(m.occurredAt, nowYear()) })),
      h('article', { class: 'detail', id: 'moment-detail', dataset: { id: m.id } },
        part(t('moments-detail-situation'), m.situation),
        emotionsPart(m.emotions),
        part(t('moments-detail-body'), m.body),
        thoughtPart(t('moments-detail-self-talk'), m.selfTalk,
          believed(m.beliefBefore, (rating) => t('moments-detail-belief-before', { rating })),
          { class: 'answer self-talk-read' }),
        trapsPart(m.traps, await known),
        part(t('moments-detail-did'), m.did),
        part(t('moments-detail-evidence-for'), m.evidenceFor),
        part(t('moments-detail-evidence-against'), m.evidenceAgainst),
        part(t('moments-detail-friend'), m.friend),
        thoughtPart(t('moments-detail-balanced'), m.balanced,
          believed(m.beliefAfter, (rating) => t('moments-detail-belief-after', { rating })))),
      testThought(m),
      h('p', { class: 'kind-minute', id: 'moment-kind-minute' },
        t('moments-detail-kind-minute'), ' ',
        h('a', { href: practiceHref('selfCompassion') }, t('moments-detail-kind-minute-link'))),
      editLink(entry),
      entryMeta({ entry, meta: m, ctx }));
    return t('moments-detail-page-title', { date: formatDay(m.occurredAt, nowYear()) });
  },
};
