// Practice: today's plans with their four quiet choices, every plan, the
// behavioural experiments, activities, the guided practices, and the kind words
// written in self-compassion breaks.
//
// The page is live: it is drawn again after every write, so what it shows
// is always what is stored. Rows keep unsaved words across redraws (see
// components/today-row.js).

import {
  getToday, listActivities, listCompassionBreaks, listExperiments, listPlans,
} from '../ipc.js';
import { earlierDay } from '../components/earlier-day.js';
import { activityStatus } from '../components/activity-parts.js';
import { experimentStatus } from '../components/experiment-parts.js';
import { planSentence } from '../components/plan-sentence.js';
import { todayRow } from '../components/today-row.js';
import { append, errorNotice, h } from '../lib/dom.js';
import { t } from '../lib/i18n.js';
import { dayLabel, isoDate, statusWord } from '../lib/plans.js';
import { scoreDescription } from '../lib/sparkline.js';
import { formatDay } from '../lib/time.js';
import {
  activityHref, experimentHref, logActivityHref, newActivityHref, newExperimentHref, newPlanHref, planHref, practiceHref,
} from '../lib/route.js';

const open = { notDue: false, archived: false, kindWords: false };

/** A <details> whose open state outlives redraws. */
function keptDetails(key, attrs, summary, ...body) {
  const el = h('details', { ...attrs, open: open[key] },
    h('summary', { id: `${attrs.id}-summary` }, summary), ...body);
  el.addEventListener('toggle', () => { open[key] = el.open; });
  return el;
}

function compassionOffer(offer) {
  if (!offer) return null;
  return h('div', { class: 'notice', id: 'today-compassion' },
    h('p', {}, offer.reason),
    h('a', { class: 'button', href: practiceHref('selfCompassion') }, t('practice-compassion-offer')));
}

function todaySection(result, ctx) {
  const section = h('section', { id: 'today', 'aria-labelledby': 'today-heading' },
    h('h2', { id: 'today-heading' }, t('practice-today-heading')));
  if (result.status === 'rejected') return append(section, errorNotice(result.reason, ctx.refresh));
  const today = result.value;
  const due = today.items.filter((i) => i.due);
  const notDue = today.items.filter((i) => !i.due);
  const nowYear = Number(today.date.slice(0, 4));
  append(section, h('p', { class: 'muted', id: 'today-date' }, dayLabel(today.date, nowYear)),
    compassionOffer(today.offerCompassion));
  if (due.length) {
    append(section, h('ul', { class: 'plan-rows', id: 'today-list' }, due.map((i) => todayRow(i, ctx))));
  } else if (today.items.length) {
    append(section, h('p', { id: 'today-empty' }, t('practice-today-nothing-due')));
  } else {
    append(section, h('p', { id: 'today-empty' }, t('practice-today-no-plans')));
  }
  if (notDue.length) {
    append(section, keptDetails('notDue', { id: 'not-due', class: 'fold' },
      t('practice-today-not-due', { count: notDue.length }),
      h('ul', { class: 'plan-rows' }, notDue.map((i) => todayRow(i, ctx)))));
  }
  append(section, earlierDay(today.items.map((i) => i.plan), { today: today.date, refresh: ctx.refresh }));
  return section;
}

function planEntry({ plan, progress }) {
  const status = statusWord(plan.status);
  return h('li', {},
    h('a', { href: planHref(plan.id), dataset: { planId: plan.id } },
      status ? h('span', { class: 'entry-date' }, status) : null,
      h('span', { class: 'entry-text' }, planSentence(plan)),
      plan.status === 'archived' ? null
        : h('span', { class: 'entry-meta' }, scoreDescription(progress))));
}

function plansSection(result, ctx) {
  const section = h('section', { id: 'your-plans', 'aria-labelledby': 'plans-heading' },
    h('h2', { id: 'plans-heading' }, t('practice-plans-heading')));
  if (result.status === 'rejected') return append(section, errorNotice(result.reason, ctx.refresh));
  const current = result.value.filter((p) => p.plan.status !== 'archived');
  const archived = result.value.filter((p) => p.plan.status === 'archived');
  append(section,
    current.length
      ? h('ul', { class: 'entries', id: 'plans' }, current.map(planEntry))
      : h('p', { class: 'muted', id: 'plans-empty' }, t('practice-plans-empty')),
    h('div', { class: 'actions' },
      h('a', { class: 'button primary', id: 'new-plan', href: newPlanHref() }, t('practice-plans-new')),
      // A therapist's homework file: plans, practices and experiments.
      h('a', { class: 'button', id: 'open-homework', href: '#homework' }, t('practice-homework-open'))),
    archived.length
      ? keptDetails('archived', { id: 'archived-plans', class: 'fold' },
        t('practice-plans-archived', { count: archived.length }),
        h('ul', { class: 'entries' }, archived.map(planEntry)))
      : null);
  return section;
}

/** One experiment in the list: where it is, in calm words, and the
 *  prediction in the person's own words and direction. */
function experimentEntry(e) {
  return h('li', {},
    h('a', { href: experimentHref(e.id), dataset: { experimentId: e.id, status: e.status } },
      h('span', { class: 'entry-date' }, experimentStatus(e)),
      h('span', { class: 'entry-text entry-line', dir: 'auto' }, e.prediction)));
}

/** Behavioural experiments: a thought tested as a prediction. Planned,
 *  ready to write up, or written up; nothing here is ever late. */
function experimentsSection(result, ctx) {
  const section = h('section', { id: 'your-experiments', 'aria-labelledby': 'experiments-heading' },
    h('h2', { id: 'experiments-heading' }, t('practice-experiments-heading')),
    h('p', { class: 'hint', id: 'experiments-about' }, t('practice-experiments-about')));
  if (result.status === 'rejected') return append(section, errorNotice(result.reason, ctx.refresh));
  const list = Array.isArray(result.value) ? result.value : [];
  return append(section,
    list.length
      ? h('ul', { class: 'entries', id: 'experiments' }, list.map(experimentEntry))
      : h('p', { class: 'muted', id: 'experiments-empty' }, t('practice-experiments-empty')),
    h('div', { class: 'actions' },
      h('a', { class: 'button', id: 'new-experiment', href: newExperimentHref() }, t('practice-experiments-new'))));
}

/** One activity in the list: where it is, and what, in the person's
 *  own words and direction. */
function activityEntry(a) {
  return h('li', {},
    h('a', { href: activityHref(a.id), dataset: { activityId: a.id, status: a.status } },
      h('span', { class: 'entry-date' }, activityStatus(a)),
      h('span', { class: 'entry-text entry-line', dir: 'auto' }, a.what)));
}

/** How many done activities the list shows at once; the rest are folded
 *  under "Earlier activities", each still to open, change or delete. */
const RECENT_DONE = 5;

/** Behavioural activation: activities that serve what matters. Those
 *  still to log first, then the latest few done. */
function activitiesSection(result, ctx) {
  const section = h('section', { id: 'your-activities', 'aria-labelledby': 'activities-heading' },
    h('h2', { id: 'activities-heading' }, t('practice-activities-heading')),
    h('p', { class: 'hint', id: 'activities-about' }, t('practice-activities-about')));
  if (result.status === 'rejected') return append(section, errorNotice(result.reason, ctx.refresh));
  const list = Array.isArray(result.value) ? result.value : [];
  const open = list.filter((a) => a.status !== 'done');
  const done = list.filter((a) => a.status === 'done');
  const shown = [...open, ...done.slice(0, RECENT_DONE)];
  const earlier = done.slice(RECENT_DONE);
  return append(section,
    shown.length
      ? h('ul', { class: 'entries', id: 'activities' }, shown.map(activityEntry))
      : h('p', { class: 'muted', id: 'activities-empty' }, t('practice-activities-empty')),
    earlier.length
      ? keptDetails('earlierActivities', { id: 'earlier-activities', class: 'fold' },
        t('practice-activities-earlier', { count: earlier.length }),
        h('ul', { class: 'entries' }, earlier.map(activityEntry)))
      : null,
    h('div', { class: 'actions' },
      h('a', { class: 'button', id: 'new-activity', href: newActivityHref() }, t('practice-activities-new')),
      h('a', { class: 'button', id: 'log-activity', href: logActivityHref() }, t('practice-activities-log')),
      h('a', { class: 'button quiet', id: 'values-link', href: '#values' }, t('practice-activities-values'))));
}

/** The guided practices' cards: each card's messages are
 *  practice-card-<key>-title and -why, and each link is [practice, the
 *  message of its label]. */
const PRACTICES = [
  {
    key: 'breathing',
    links: [
      ['box', 'practice-card-breathing-box'],
      ['478', 'practice-card-breathing-478'],
      ['custom', 'practice-card-breathing-custom'],
    ],
  },
  { key: 'space', links: [['breathingSpace', 'practice-card-space-link']] },
  { key: 'grounding', links: [['grounding', 'practice-card-grounding-link']] },
  { key: 'compassion', links: [['selfCompassion', 'practice-card-compassion-link']] },
];

function practicesSection() {
  return h('section', { id: 'practices', 'aria-labelledby': 'practices-heading' },
    h('h2', { id: 'practices-heading' }, t('practice-guided-heading')),
    h('ul', { class: 'practice-cards' }, PRACTICES.map((p) => h('li', { class: 'card' },
      h('h3', {}, t(`practice-card-${p.key}-title`)),
      h('p', { class: 'muted' }, t(`practice-card-${p.key}-why`)),
      h('ul', { class: 'link-list' }, p.links.map(([practice, label]) => h('li', {},
        h('a', { href: practiceHref(practice), id: `open-${practiceHref(practice).slice(10)}` }, t(label)))))))));
}

function kindWords(b, nowYear) {
  const parts = [
    [t('practice-kind-words-noticing'), b.mindfulness], [t('practice-kind-words-humanity'), b.humanity],
    [t('practice-kind-words-kindness'), b.kindness],
  ].filter(([, text]) => String(text ?? '').trim());
  return h('li', { class: 'card kind-words' },
    h('p', { class: 'entry-date' }, formatDay(b.createdAt, nowYear)),
    // The words written are the person's own, in their own direction.
    parts.length
      ? h('dl', { class: 'kind-list' }, parts.map(([label, text]) => [
        h('dt', {}, label), h('dd', { class: 'answer', dir: 'auto' }, text)]))
      : h('p', { class: 'muted' }, t('practice-kind-words-moment')));
}

function historySection(result) {
  if (result.status === 'rejected') return null;
  const breaks = result.value;
  const nowYear = Number(isoDate().slice(0, 4));
  return h('section', { 'aria-labelledby': 'kind-words-heading' },
    h('h2', { id: 'kind-words-heading', class: 'visually-hidden' }, t('practice-kind-words-heading')),
    keptDetails('kindWords', { id: 'compassion-history', class: 'fold' }, t('practice-kind-words-heading'),
      breaks.length
        ? h('ul', { class: 'kind-words-list' }, breaks.map((b) => kindWords(b, nowYear)))
        : h('p', { class: 'muted' }, t('practice-kind-words-empty'))));
}

export default {
  live: true,
  async render(root, _route, ctx) {
    append(root, h('h1', {}, t('practice-page-title')),
      h('p', { class: 'lede' }, t('practice-page-lede')));
    const [today, plans, experiments, activities, breaks] = await Promise.allSettled([
      getToday(), listPlans(true), listExperiments(), listActivities(), listCompassionBreaks(5),
    ]);
    append(root,
      todaySection(today, ctx),
      plansSection(plans, ctx),
      experimentsSection(experiments, ctx),
      activitiesSection(activities, ctx),
      practicesSection(),
      historySection(breaks));
    return t('practice-page-title');
  },
};
