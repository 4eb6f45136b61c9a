// Insights' "Activity and mood": what went with a better mood (values and
// activities), how expectations compared with what happened, and that
// evening's check-in on days with and without practice. Every figure is a
// median with its n, over the chosen window, with its lag said; below the
// threshold the backend sends, the card says "not enough yet" and how many
// there are so far. Nothing is called a cause: the card says so.

import { h } from '../lib/dom.js';
import { language, t } from '../lib/i18n.js';
import { formatDay, nowYear } from '../lib/time.js';

const finite = (n) => typeof n === 'number' && Number.isFinite(n);
const count = (n) => (Number.isInteger(n) && n > 0 ? n : 0);
/** A median as the language writes it: 5, or 5.5 (5,5 in German); a
 *  dash if the backend ever sends none. */
const num = (n) => (finite(n)
  ? new Intl.NumberFormat(language(), { maximumFractionDigits: 1, useGrouping: false }).format(n) : '–');
const scaleName = (scale) => t(`practice-activity-${scale}`);

/** "Enjoyment: you expected a median of 3; it was 5 (3 activities)." */
export function expectationLine(e) {
  if (!finite(e?.expected) || !finite(e?.actual)) return '';
  return t('brief-insights-activity-expectation', {
    scale: scaleName(e.scale), expected: num(e.expected), actual: num(e.actual), count: count(e.n),
  });
}

/** "Walked to the river (1 Dec): you expected enjoyment of 3; it was 6." */
export function surpriseLine(s) {
  return t('brief-insights-activity-surprise', {
    what: String(s?.what ?? ''), day: formatDay(s?.doneAt, nowYear()),
    scale: scaleName(s?.scale), expected: s?.expected, actual: s?.actual,
  });
}

/** "Be there for my sister: a median mood of 7 (2 times)." */
export function moodWithLine(g) {
  return t('brief-insights-activity-mood-with', {
    label: String(g?.label ?? ''), mood: num(g?.medianMood), count: count(g?.n),
  });
}

/** "After practice: a median of 7 over 3 evenings. Other evenings: 4 over 3." */
export function eveningsLine(e) {
  if (!finite(e?.withMedian) || !finite(e?.withoutMedian)) return '';
  return t('brief-insights-activity-evenings', {
    with: num(e.withMedian), withDays: count(e.withDays),
    without: num(e.withoutMedian), withoutDays: count(e.withoutDays),
  });
}

const sub = (id, title) => h('h3', { class: 'insight-subhead', id }, title);
const empty = (text) => h('p', { class: 'insight-empty' }, text);
const list = (id, labelledBy, lines) => h('ul', { class: 'insight-list', id, 'aria-labelledby': labelledBy },
  lines.map((line) => h('li', { dir: 'auto' }, line)));

function expectations(ai, th) {
  const lines = (ai.expectations ?? []).map(expectationLine).filter(Boolean);
  const paired = Math.max(0, ...(ai.expectations ?? []).map((e) => count(e?.n)));
  const surprises = (ai.surprises ?? []).map(surpriseLine);
  return [
    sub('insight-activity-expected-title', t('brief-insights-activity-expected-title')),
    lines.length
      ? list('insight-activity-expected', 'insight-activity-expected-title', lines)
      : empty(t('brief-insights-activity-expected-few', { needed: count(th.paired), count: paired })),
    surprises.length ? list('insight-activity-surprises', 'insight-activity-expected-title', surprises) : null,
  ];
}

function moods(ai, th) {
  const groups = [...(ai.byValue ?? []), ...(ai.byActivity ?? [])];
  return [
    sub('insight-activity-mood-title', t('brief-insights-activity-mood-title')),
    !ai.enough?.moods
      ? empty(t('brief-insights-activity-mood-few', { needed: count(th.withMood), count: count(ai.withMood) }))
      : [
        finite(ai.medianMood) ? h('p', { class: 'insight-reading' },
          t('brief-insights-activity-mood-overall', { mood: num(ai.medianMood), count: count(ai.withMood) })) : null,
        groups.length
          ? list('insight-activity-mood', 'insight-activity-mood-title', groups.map(moodWithLine))
          : empty(t('brief-insights-activity-mood-groups-few', { needed: count(th.perGroup) })),
      ],
  ];
}

function evenings(ai, th) {
  const e = ai.evenings ?? {};
  const line = eveningsLine(e);
  return [
    sub('insight-activity-evenings-title', t('brief-insights-activity-evenings-title')),
    line
      ? h('p', { class: 'insight-reading', id: 'insight-activity-evenings' }, line)
      : empty(t('brief-insights-activity-evenings-few', {
        needed: count(th.daysEach), with: count(e.withDays), without: count(e.withoutDays),
      })),
    h('p', { class: 'hint' }, t('brief-insights-activity-evenings-lag', { hour: count(th.eveningHour) })),
  ];
}

/** The whole card; `ai` is the backend's ActivityInsights (or null when it
 *  couldn't be read, and then nothing is drawn). */
export function activitySection(ai) {
  if (!ai) return null;
  const th = ai.thresholds ?? {};
  return h('section', { class: 'card insight', id: 'insight-activity', 'aria-labelledby': 'insight-activity-title' },
    h('h2', { id: 'insight-activity-title' }, t('brief-insights-activity-title')),
    h('p', { class: 'hint' }, t('brief-insights-activity-about')),
    count(ai.logged) === 0
      ? empty(t('brief-insights-activity-none'))
      : [expectations(ai, th), moods(ai, th)],
    evenings(ai, th));
}
