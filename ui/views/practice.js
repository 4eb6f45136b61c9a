// Practice: today's plans with their four quiet choices, every plan, the
// guided practices, and the kind words written in self-compassion breaks.
//
// The page is live: it is drawn again after every write, so what it shows
// is always what is stored. Rows keep unsaved words across redraws (see
// components/today-row.js).

import { getToday, listCompassionBreaks, listPlans } from '../ipc.js';
import { earlierDay } from '../components/earlier-day.js';
import { planSentence } from '../components/plan-sentence.js';
import { todayRow } from '../components/today-row.js';
import { append, errorNotice, h } from '../lib/dom.js';
import { dayLabel, isoDate, statusWord } from '../lib/plans.js';
import { scoreDescription } from '../lib/sparkline.js';
import { formatDay } from '../lib/time.js';
import { newPlanHref, planHref, practiceHref } from '../lib/route.js';

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
    h('a', { class: 'button', href: practiceHref('selfCompassion') }, 'Take a kind minute'));
}

function todaySection(result, ctx) {
  const section = h('section', { id: 'today', 'aria-labelledby': 'today-heading' },
    h('h2', { id: 'today-heading' }, 'Today'));
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
    append(section, h('p', { id: 'today-empty' }, 'Nothing is planned for today. Resting counts too.'));
  } else {
    append(section, h('p', { id: 'today-empty' },
      'A plan is one small thing you\'ll practise, and when. Want to make one? '
      + 'Start with something so small it feels almost too easy.'));
  }
  if (notDue.length) {
    append(section, keptDetails('notDue', { id: 'not-due', class: 'fold' },
      `Not planned for today (${notDue.length})`,
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
    h('h2', { id: 'plans-heading' }, 'Your plans'));
  if (result.status === 'rejected') return append(section, errorNotice(result.reason, ctx.refresh));
  const current = result.value.filter((p) => p.plan.status !== 'archived');
  const archived = result.value.filter((p) => p.plan.status === 'archived');
  append(section,
    current.length
      ? h('ul', { class: 'entries', id: 'plans' }, current.map(planEntry))
      : h('p', { class: 'muted', id: 'plans-empty' }, 'Your plans will be listed here.'),
    h('div', { class: 'actions' },
      h('a', { class: 'button primary', id: 'new-plan', href: newPlanHref() }, 'Make a plan')),
    archived.length
      ? keptDetails('archived', { id: 'archived-plans', class: 'fold' }, `Archived plans (${archived.length})`,
        h('ul', { class: 'entries' }, archived.map(planEntry)))
      : null);
  return section;
}

const PRACTICES = [
  {
    title: 'Breathing',
    why: 'Slow breaths with a long out-breath tell your body it is safe to settle.',
    links: [
      ['box', 'Box breathing · 4-4-4-4'],
      ['478', '4-7-8 breathing'],
      ['custom', 'Your own counts'],
    ],
  },
  {
    title: 'Three-minute breathing space',
    why: 'Three short steps that help you step out of autopilot and see what is here.',
    links: [['breathingSpace', 'Begin the breathing space']],
  },
  {
    title: '5-4-3-2-1 grounding',
    why: 'Naming what your senses find brings you back to now when feelings run high.',
    links: [['grounding', 'Begin grounding']],
  },
  {
    title: 'Self-compassion break',
    why: 'Meeting a hard moment with kindness makes it easier to steady yourself and try again.',
    links: [['selfCompassion', 'Take a self-compassion break']],
  },
];

function practicesSection() {
  return h('section', { id: 'practices', 'aria-labelledby': 'practices-heading' },
    h('h2', { id: 'practices-heading' }, 'Guided practices'),
    h('ul', { class: 'practice-cards' }, PRACTICES.map((p) => h('li', { class: 'card' },
      h('h3', {}, p.title),
      h('p', { class: 'muted' }, p.why),
      h('ul', { class: 'link-list' }, p.links.map(([practice, label]) => h('li', {},
        h('a', { href: practiceHref(practice), id: `open-${practiceHref(practice).slice(10)}` }, label))))))));
}

function kindWords(b, nowYear) {
  const parts = [
    ['Noticing', b.mindfulness], ['Not alone', b.humanity], ['Kindness', b.kindness],
  ].filter(([, text]) => String(text ?? '').trim());
  return h('li', { class: 'card kind-words' },
    h('p', { class: 'entry-date' }, formatDay(b.createdAt, nowYear)),
    // The words written are the person's own, in their own direction.
    parts.length
      ? h('dl', { class: 'kind-list' }, parts.map(([label, text]) => [
        h('dt', {}, label), h('dd', { class: 'answer', dir: 'auto' }, text)]))
      : h('p', { class: 'muted' }, 'You took a moment.'));
}

function historySection(result) {
  if (result.status === 'rejected') return null;
  const breaks = result.value;
  const nowYear = Number(isoDate().slice(0, 4));
  return h('section', { 'aria-labelledby': 'kind-words-heading' },
    h('h2', { id: 'kind-words-heading', class: 'visually-hidden' }, 'Kind words you wrote'),
    keptDetails('kindWords', { id: 'compassion-history', class: 'fold' }, 'Kind words you wrote',
      breaks.length
        ? h('ul', { class: 'kind-words-list' }, breaks.map((b) => kindWords(b, nowYear)))
        : h('p', { class: 'muted' }, 'When you take a self-compassion break, the words you write will be kept here.')));
}

export default {
  live: true,
  async render(root, _route, ctx) {
    append(root, h('h1', {}, 'Practice'),
      h('p', { class: 'lede' }, 'Small things, practised often, are how a session carries into the week.'));
    const [today, plans, breaks] = await Promise.allSettled([
      getToday(), listPlans(true), listCompassionBreaks(5),
    ]);
    append(root,
      todaySection(today, ctx),
      plansSection(plans, ctx),
      practicesSection(),
      historySection(breaks));
    return 'Practice';
  },
};
