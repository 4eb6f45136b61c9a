// Home: a greeting, the week's focus, how long since the last session, and
// one obvious next step. It states facts; it never counts streaks or asks
// why someone hasn't been back.

import {
  getHome, getSchedule, listExperiments, listPlans, openReflectionWindow,
} from '../ipc.js';
import { planSentence } from '../components/plan-sentence.js';
import { append, errorNotice, h, showToast } from '../lib/dom.js';
import { oldestReady } from '../lib/experiment-form.js';
import { t, tNodes } from '../lib/i18n.js';
import { actionSuggestion } from '../lib/plan-form.js';
import { todayLine } from '../lib/plans.js';
import { summaryLine } from '../lib/reflection-form.js';
import {
  experimentHref, newPlanHref, planHref, practiceHref, reflectionHref,
} from '../lib/route.js';
import { nextSession, nextSessionLine } from '../lib/schedule.js';
import { shortcutHint } from '../lib/shortcuts.js';
import { formatDay, greeting, hourOf, relativeDays, yearOf } from '../lib/time.js';

async function openWindow(id) {
  try {
    await openReflectionWindow(id);
  } catch (err) {
    showToast(err.message);
  }
}

/** Words compared loosely: case, spaces, "I will" and a full stop aside. */
const plain = (text) => String(text ?? '').toLowerCase().replace(/\s+/g, ' ').trim()
  .replace(/^i(?: will|'ll|’ll) /, '').replace(/\.$/, '');

/**
 * The plan already made from this focus, if any (active or paused): one
 * made with "Make it a plan" remembers the reflection it came from. A plan
 * made by hand with exactly the focus's words (or the builder's verb
 * suggestion for them) counts too, unless it came from another reflection.
 */
function focusPlan(focus, plans) {
  const list = (plans ?? []).map((p) => p.plan ?? p);
  const linked = list.find((p) => p.fromReflectionId === focus.reflectionId);
  if (linked) return linked;
  const words = [plain(focus.text), plain(actionSuggestion(focus.text))].filter(Boolean);
  return list.find((p) => p.fromReflectionId == null && words.includes(plain(p.action))) ?? null;
}

function focusCard(home, nowYear, plans) {
  const { focus } = home;
  if (!focus) {
    return h('section', { class: 'card card-focus', 'aria-labelledby': 'focus-heading' },
      h('h2', { id: 'focus-heading', class: 'eyebrow' }, t('brief-home-focus-heading')),
      h('p', { id: 'focus-invitation' }, t('brief-home-focus-none')));
  }
  return h('section', { class: 'card card-focus', 'aria-labelledby': 'focus-heading' },
    h('h2', { id: 'focus-heading', class: 'eyebrow' }, t('brief-home-focus-heading')),
    // The focus is the person's own words, in their own direction.
    h('p', { id: 'focus-text', class: 'focus-text', dir: 'auto' }, focus.text),
    h('p', { class: 'muted' }, tNodes('brief-home-focus-from', {}, {
      day: h('a', { href: reflectionHref(focus.reflectionId) }, formatDay(focus.setAt, nowYear)),
    })),
    planLine(focusPlan(focus, plans), focus));
}

/** "See your plan" once the focus has one, so a second isn't made by
 *  accident; "Make it a plan" until then. */
function planLine(plan, focus) {
  if (!plan) {
    return h('div', { class: 'actions' },
      h('a', { class: 'button', id: 'focus-to-plan', href: newPlanHref(focus.reflectionId) },
        t('brief-home-make-plan')));
  }
  return h('div', { class: 'focus-plan', id: 'focus-plan' },
    h('p', { class: 'muted', id: 'focus-plan-sentence' },
      tNodes('brief-home-your-plan', {}, { plan: planSentence(plan) })),
    h('div', { class: 'actions' },
      h('a', { class: 'button', id: 'focus-see-plan', href: planHref(plan.id) }, t('brief-home-see-plan'))));
}

// "Not now" on the kind-minute offer lasts while this window is open, for
// that offer: a new reason may be offered again.
let declinedOffer = null;

function compassionOffer(home) {
  const offer = home.offerCompassion;
  if (!offer || offer.reason === declinedOffer) return null;
  const card = h('section', {
    class: 'card card-gentle', id: 'compassion-offer', 'aria-labelledby': 'compassion-offer-heading',
  },
    h('h2', { id: 'compassion-offer-heading', class: 'eyebrow' }, t('brief-home-kind-minute')),
    h('p', { id: 'compassion-offer-reason' }, offer.reason),
    h('div', { class: 'actions' },
      h('a', { class: 'button primary', id: 'compassion-take', href: practiceHref('selfCompassion') },
        t('brief-home-kind-minute-take')),
      h('button', {
        type: 'button', class: 'button quiet', id: 'compassion-not-now',
        onclick: () => {
          declinedOffer = offer.reason;
          card.remove();
          document.getElementById('home-compassion')?.focus();
        },
      }, t('brief-home-kind-minute-not-now'))));
  return card;
}

/** Writing something down, whenever something happens: the journal's
 *  three ways in. They need nothing from the backend to be offered. */
const journalActions = () => h('section', { class: 'section', 'aria-label': t('brief-home-write-label') },
  h('div', { class: 'actions' },
    h('a', { class: 'button soft', id: 'log-moment', href: '#moment/new' }, t('brief-home-log-moment')),
    h('a', { class: 'button', id: 'check-in', href: '#checkin/new' }, t('brief-home-check-in')),
    h('a', { class: 'button', id: 'write-note', href: '#note/new' }, t('brief-home-write-note'))));

/** The keyboard shortcuts, said once where people look: at the foot of Home. */
function shortcutLine() {
  const parts = shortcutHint(globalThis.navigator?.platform ?? '').map(({ keys, does }, i) => [
    i ? ' · ' : '',
    keys.map((k, j) => [j ? ` ${t('brief-home-shortcut-or')} ` : '', h('kbd', {}, k)]),
    ` ${does}`,
  ]);
  return h('p', { class: 'muted shortcut-hint', id: 'shortcut-hint' }, `${t('brief-home-shortcuts')} `, parts);
}

/** Always there, for whenever it's needed — even when Home itself
 *  couldn't load: a kind minute, the safety plan one click away, and the
 *  check-in questionnaires. */
const kindLink = () => h('p', { class: 'section kind-link' },
  h('a', { href: practiceHref('selfCompassion'), id: 'home-compassion' }, t('brief-home-be-kind')),
  h('span', { class: 'kind-link-sep', 'aria-hidden': 'true' }, ' · '),
  h('a', { href: '#safety-plan', id: 'home-safety-plan' }, t('brief-home-safety-plan')),
  h('span', { class: 'kind-link-sep', 'aria-hidden': 'true' }, ' · '),
  h('a', { href: '#measures', id: 'home-measures' }, t('brief-home-measures')));

function todayLink(home) {
  const line = todayLine(home.today);
  if (!line) return null;
  return h('p', { class: 'today-line' }, h('a', { href: '#practice', id: 'home-today' }, line));
}

/** The prediction as a short quote: a long one is cut at a word, with "…". */
function shortQuote(text, max = 140) {
  const words = String(text ?? '').trim().replace(/\s+/g, ' ');
  if (words.length <= max) return words;
  const cut = words.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** One gentle card when an experiment's time has come: the one waiting
 *  longest, never a count and never a list. Nothing when none is ready. */
function experimentCard(experiments) {
  const e = oldestReady(experiments);
  if (!e) return null;
  return h('section', {
    class: 'card card-gentle', id: 'experiment-ready', 'aria-labelledby': 'experiment-ready-heading',
  },
  h('h2', { id: 'experiment-ready-heading', class: 'eyebrow' }, t('brief-home-experiment-heading')),
  // The prediction is the person's own words, in their own direction.
  h('p', { id: 'experiment-ready-line' }, tNodes('brief-home-experiment-line', {}, {
    prediction: h('span', { dir: 'auto', class: 'experiment-quote' }, shortQuote(e.prediction)),
  })),
  h('div', { class: 'actions' },
    h('a', { class: 'button', id: 'experiment-ready-link', href: experimentHref(e.id) },
      t('brief-home-experiment-write-up'))));
}

/** A questionnaire the therapist asked for, when it is due: one calm card
 *  for the first (the rest come in turn), with who asked and why now. */
function measureCard(home, nowYear) {
  const r = (home.dueMeasures ?? [])[0];
  if (!r) return null;
  const measure = r.measure === 'gad7' ? 'gad7' : 'phq9';
  const who = String(r.from ?? '').trim() || t('brief-home-measure-your-therapist');
  const args = { measure, who };
  const line = r.sessionAt
    ? t('brief-home-measure-before-session', { ...args, when: formatDay(r.sessionAt, nowYear) })
    : t('brief-home-measure-weekly', args);
  return h('section', {
    class: 'card card-gentle', id: 'measure-due', 'aria-labelledby': 'measure-due-heading',
  },
  h('h2', { id: 'measure-due-heading', class: 'eyebrow' }, t('brief-home-measure-heading')),
  h('p', { id: 'measure-due-line' }, line),
  h('div', { class: 'actions' },
    h('a', { class: 'button', id: 'measure-due-link', href: `#measures/${measure}` },
      t('brief-home-measure-open', { measure }))));
}

function lastSessionLine(home, nowYear) {
  if (!home.lastSessionAt) return null;
  const when = relativeDays(home.daysSinceLastSession);
  const day = formatDay(home.lastSessionAt, nowYear);
  return h('p', { id: 'days-since' },
    when ? t('brief-home-last-session-ago', { day, ago: when }) : t('brief-home-last-session', { day }));
}

/** "Next session: Tue 1 Dec, 17:00 (in 3 days)", when a schedule is kept. */
function nextSessionEntry(schedule, home) {
  const line = schedule ? nextSessionLine(nextSession(schedule), home.now) : null;
  if (!line) return null;
  return h('p', { id: 'next-session' }, h('a', { href: '#sessions' }, line));
}

function draftLine(home) {
  if (!home.hasReflectionDraft) return null;
  return h('div', { class: 'notice', id: 'draft-waiting' },
    h('p', {}, t('brief-home-draft')),
    h('button', { type: 'button', id: 'resume-draft', class: 'button', onclick: () => openWindow(null) },
      t('brief-home-draft-continue')));
}

function latestCard(home, nowYear) {
  const r = home.latest;
  if (!r) return null;
  const line = summaryLine(r, 240);
  return h('section', { class: 'card', id: 'latest-reflection', 'aria-labelledby': 'latest-heading' },
    h('h2', { id: 'latest-heading' }, t('brief-home-latest')),
    h('p', { class: 'muted' }, formatDay(r.sessionAt, nowYear)),
    // The person's own words, in their own direction.
    line ? h('p', { class: 'answer', dir: 'auto' }, line) : null,
    h('p', {}, h('a', { href: reflectionHref(r.id) }, t('brief-home-latest-read'))));
}

export default {
  live: true,
  async render(root, _route, ctx) {
    let home;
    // The schedule is a nice-to-have here: if it can't be read, Home simply
    // doesn't mention the next session.
    const schedule = getSchedule().catch(() => null);
    // Plans only decide between "Make it a plan" and "See your plan"; if
    // they can't be read, the focus card simply offers to make one.
    const plans = listPlans(false).catch(() => null);
    // Experiments only decide whether to ask, gently, how one went.
    const experiments = listExperiments().catch(() => null);
    try {
      home = await getHome();
    } catch (err) {
      append(root, h('h1', {}, t('brief-home-title')), errorNotice(err, ctx.refresh), journalActions(), kindLink(),
        shortcutLine());
      return t('brief-home-title');
    }
    const nextLine = nextSessionEntry(await schedule, home);
    const nowYear = yearOf(home.now);
    const hour = hourOf(home.now) ?? new Date().getHours();
    append(root,
      h('h1', {}, t('brief-home-greeting', { greeting: greeting(hour) })),
      focusCard(home, nowYear, await plans),
      compassionOffer(home),
      todayLink(home),
      experimentCard(await experiments),
      measureCard(home, nowYear),
      h('section', { class: 'section', 'aria-label': t('brief-home-sessions-label') },
        nextLine,
        lastSessionLine(home, nowYear),
        draftLine(home),
        h('div', { class: 'actions' },
          h('button', { type: 'button', id: 'reflect-now', class: 'button primary', onclick: () => openWindow(null) },
            t('brief-home-reflect')),
          home.reflectionCount > 0
            ? h('a', { href: '#reflections', id: 'all-reflections', class: 'button quiet' }, t('brief-home-all-reflections'))
            : null)),
      journalActions(),
      latestCard(home, nowYear),
      kindLink(),
      shortcutLine(),
    );
    return t('brief-home-title');
  },
};
