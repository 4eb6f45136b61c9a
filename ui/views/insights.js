// Insights: a few patterns from the journal, each as one plain sentence, a
// small chart and the same numbers in a table for screen readers.
//
// The backend says when there is too little data for a pattern to mean
// anything (`enough`); then nothing is drawn, and the page says so kindly
// rather than showing two dots as if they were a trend. The readings are
// worded to notice, never to grade: a feeling that grew stronger after
// writing is "worth bringing to a session", not a failure.

import { getActivityInsights, getInsights } from '../ipc.js';
import { activitySection } from '../components/activity-insights.js';
import { beliefFigures, easedWord } from '../lib/brief.js';
import { barChart, lineChart, pairedBars } from '../lib/charts.js';
import { append, errorNotice, h, replace } from '../lib/dom.js';
import { language, t } from '../lib/i18n.js';
import { formatDay } from '../lib/time.js';

// Each label is worded when the buttons are drawn (`days` picks the words).
const RANGES = [{ days: 30 }, { days: 90 }, { days: null }];

// How many moments rated before and after the backend waits for before
// it reads the belief medians (`enough.belief`); said in the "not yet" line.
const BELIEF_ENOUGH = 3;

// Kept across the redraws a journal change causes (this view is live), so
// the page doesn't jump back to 30 days while someone is reading it.
let chosenDays = 30;
let moodBy = 'day';

// The backend's parts of the day, each with its words: a label (chart and
// table), the words a sentence uses ("in the morning") and its hours in
// the table, all worded when they are read.
const PARTS = Object.fromEntries(['morning', 'afternoon', 'evening', 'night'].map((part) => [part, {
  get label() { return t('brief-insights-part', { part }); },
  get words() { return t('brief-insights-part-words', { part }); },
  get row() { return t('brief-insights-part-row', { part }); },
}]));

// The backend's weekday keys, each with the date of a day it fell on, so
// the language in use names it.
const WEEKDAY_DATES = {
  Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7,
};

/** A weekday key ("Mon") named by the language in use: `long` "Monday",
 *  `short` "Mon". (1 January 2024 was a Monday.) */
function weekdayName(key, width) {
  return new Intl.DateTimeFormat(language(), { weekday: width, timeZone: 'UTC' })
    .format(new Date(Date.UTC(2024, 0, WEEKDAY_DATES[key])));
}

const finite = (n) => typeof n === 'number' && Number.isFinite(n);
const count = (n) => (finite(n) && n > 0 ? n : 0);
const quoted = (text) => t('brief-insights-quoted', { text });

// --- Words (pure, exported for tests) ----------------------------------------

/** "1 moment", "4 moments", "0 check-ins". */
export const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "6.2", "6" (no trailing ".0"), as the language in use writes numbers. */
export const oneDecimal = (n) => new Intl.NumberFormat(language(), { maximumFractionDigits: 1, useGrouping: false })
  .format(Math.round(n * 10) / 10);

/** "a", "a and b", "a, b and c". */
export function listWords(words) {
  if (words.length <= 1) return words.join('');
  return t('brief-insights-list', { first: words.slice(0, -1).join(', '), last: words[words.length - 1] });
}

/** The items sharing the highest count (none when every count is 0). */
export function topTies(items, key = 'count') {
  const list = Array.isArray(items) ? items : [];
  const top = list.reduce((m, it) => Math.max(m, count(it?.[key])), 0);
  return top > 0 ? list.filter((it) => count(it?.[key]) === top) : [];
}

/** "In the last 30 days: 4 moments, 12 check-ins, 2 notes, 1 reflection." */
export function countsLine(counts, days) {
  const n = (k) => count(counts?.[k]);
  if (['moment', 'checkin', 'note', 'reflection'].every((k) => n(k) === 0)) {
    return days === null ? t('brief-insights-counts-none-yet') : t('brief-insights-counts-none', { days });
  }
  const list = t('brief-insights-counts-list', {
    moments: n('moment'), checkins: n('checkin'), notes: n('note'), reflections: n('reflection'),
  });
  return days === null ? t('brief-insights-counts-so-far', { list }) : t('brief-insights-counts', { days, list });
}

function weightedMean(series) {
  const weight = series.reduce((s, p) => s + p.count, 0);
  return weight > 0 ? series.reduce((s, p) => s + p.mean * p.count, 0) / weight : null;
}

/** "Your mood averaged 6.2 out of 10, a little higher lately." The trend
 *  compares the later half of the ratings with the earlier half, and is
 *  only said once there are four points to compare. */
export function moodReading(series) {
  const rated = (Array.isArray(series) ? series : [])
    .filter((p) => finite(p?.mean) && count(p?.count) > 0);
  if (rated.length === 0) return '';
  const mean = weightedMean(rated);
  let trend = 'none';
  if (rated.length >= 4) {
    const half = Math.floor(rated.length / 2);
    const change = weightedMean(rated.slice(-half)) - weightedMean(rated.slice(0, half));
    if (change >= 1.5) trend = 'higher';
    else if (change >= 0.5) trend = 'little-higher';
    else if (change <= -1.5) trend = 'lower';
    else if (change <= -0.5) trend = 'little-lower';
    else trend = 'steady';
  }
  return t('brief-insights-mood-reading', { average: oneDecimal(mean), trend });
}

/** "“at work” came up most often — in 4 moments." */
export function triggersReading(triggers) {
  const top = topTies(triggers);
  if (top.length === 0) return '';
  const n = top[0].count;
  // Situations are written freely, so until one repeats there is no "most
  // often" to speak of; picking a line you used before makes it count.
  if (n === 1) return t('brief-insights-triggers-once');
  if (top.length === 1) return t('brief-insights-triggers-top', { situation: quoted(top[0].label), count: n });
  if (top.length <= 3) {
    return t('brief-insights-triggers-ties', { situations: listWords(top.map((s) => quoted(s.label))), count: n });
  }
  return t('brief-insights-triggers-many', { count: n });
}

/** "You named “anxious” most often — 5 times, at 68 out of 100 on average." */
export function emotionsReading(emotions) {
  const top = topTies(emotions);
  if (top.length === 0) return '';
  const n = top[0].count;
  if (top.length === 1) {
    const feeling = quoted(top[0].word);
    return finite(top[0].meanBefore)
      ? t('brief-insights-emotions-top-strength', { feeling, count: n, strength: Math.round(top[0].meanBefore) })
      : t('brief-insights-emotions-top', { feeling, count: n });
  }
  if (top.length <= 3) {
    return t('brief-insights-emotions-ties', { feelings: listWords(top.map((e) => quoted(e.word))), count: n });
  }
  return t('brief-insights-emotions-many', { count: n });
}

/** "The thinking trap you noticed most was “Mind reading” — 4 times." */
export function trapsReading(traps) {
  const top = topTies(traps);
  if (top.length === 0) return '';
  const n = top[0].count;
  if (top.length === 1) return t('brief-insights-traps-top', { trap: quoted(top[0].name), count: n });
  if (top.length <= 3) {
    return t('brief-insights-traps-ties', { traps: listWords(top.map((x) => quoted(x.name))), count: n });
  }
  return t('brief-insights-traps-many', { count: n });
}

/** "“Mind reading” showed up most with “at work” — 3 times." */
export function triggerTrapsReading(pairs) {
  const top = topTies(pairs);
  if (top.length === 0) return '';
  const p = top[0];
  return t('brief-insights-trigger-traps', { trap: quoted(p.trapName), situation: quoted(p.trigger), count: p.count });
}

/** "Moments came most often in the evening — 6 of 11." */
export function timeReading(parts) {
  const total = (parts ?? []).reduce((s, p) => s + count(p?.count), 0);
  const top = topTies(parts).filter((p) => PARTS[p.part]);
  if (total === 0 || top.length === 0) return '';
  if (top.length > 2) return t('brief-insights-time-spread');
  const when = listWords(top.map((p) => PARTS[p.part].words));
  const n = top[0].count;
  return top.length === 1
    ? t('brief-insights-time-top', { when, count: n, total })
    : t('brief-insights-time-ties', { when, count: n, total });
}

/** "Moments came most often on Mondays — 4 of 11." */
export function weekdaysReading(days) {
  const total = (days ?? []).reduce((s, d) => s + count(d?.count), 0);
  const top = topTies(days).filter((d) => WEEKDAY_DATES[d.day]);
  if (total === 0 || top.length === 0) return '';
  if (top.length > 3) return t('brief-insights-weekdays-spread');
  const when = listWords(top.map((d) => t('brief-insights-weekday-often', { day: d.day })));
  const n = top[0].count;
  return top.length === 1
    ? t('brief-insights-weekdays-top', { when, count: n, total })
    : t('brief-insights-weekdays-ties', { when, count: n, total });
}

/** "After writing what you’d tell a friend, the feelings you rated eased
 *  from 72 to 45 on average." Staying the same, or growing stronger, is
 *  said just as plainly and without alarm. */
export function reframeReading(reframe) {
  const before = reframe?.meanBefore;
  const after = reframe?.meanAfter;
  if (!finite(before) || !finite(after)) return '';
  const b = Math.round(before);
  const a = Math.round(after);
  // One re-rated moment is counted too: said as that moment, not an average.
  const where = reframe?.count === 1 ? 'one' : 'average';
  if (a < b) return t('brief-insights-reframe-eased', { before: b, after: a, where });
  if (a === b) return t('brief-insights-reframe-same', { before: b, where });
  return t('brief-insights-reframe-stronger', { before: b, after: a, where });
}

/** "Across 4 thoughts you looked at again, belief went from a median of
 *  80% to 40%: it eased by 40 points." Belief that held or grew is said
 *  as plainly, and nothing is said about why. */
export function beliefReading(belief) {
  const figures = beliefFigures(belief);
  return figures ? t('brief-insights-belief-reading', figures) : '';
}

/** "Mind reading: eased by 30 points, 3 times." */
function beliefTrapLine(trap) {
  return t('brief-insights-belief-trap', {
    trap: String(trap.name ?? trap.id ?? ''), change: easedWord(trap.medianEased),
    points: Math.abs(trap.medianEased), count: count(trap.count),
  });
}

/** "24 Nov" from "2026-11-24" ("24. Nov." in German): the day and month as
 *  the language in use names them, in the order its message puts them. */
export function shortDay(day) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(day ?? ''));
  if (!m) return String(day ?? '');
  const parts = new Intl.DateTimeFormat(language(), { day: 'numeric', month: 'short', timeZone: 'UTC' })
    .formatToParts(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))));
  const part = (type) => parts.find((p) => p.type === type)?.value ?? '';
  return t('brief-short-day', { day: part('day'), month: part('month') });
}

/** Whole days since 1970 for "YYYY-MM-DD", so the mood line spaces its
 *  points by real time (a quiet week shows as a gap, not a squeeze). */
export function dayNumber(day) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(day ?? ''));
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000 : null;
}

const longDay = (day) => formatDay(`${day}T12:00:00+00:00`) || day;

// --- Building blocks -------------------------------------------------------------

function card(id, title, ...content) {
  return h('section', { class: 'card insight', id, 'aria-labelledby': `${id}-title` },
    h('h2', { id: `${id}-title` }, title),
    content);
}

const reading = (text) => (text ? h('p', { class: 'insight-reading' }, text) : null);

const empty = (text) => h('p', { class: 'insight-empty' }, text);

const chartBox = (chart) => h('div', { class: 'insight-chart' }, chart);

/** The chart's numbers as a table, out of sight but read by screen readers. */
function dataTable(caption, headers, rows, { visible = false } = {}) {
  const table = h('table', { class: visible ? 'insight-table' : null },
    h('caption', { class: visible ? 'visually-hidden' : null }, caption),
    h('thead', {}, h('tr', {}, headers.map((header) => h('th', { scope: 'col' }, header)))),
    h('tbody', {}, rows.map((cells) => h('tr', {},
      cells.map((c, i) => (i === 0 ? h('th', { scope: 'row' }, c) : h('td', {}, String(c))))))));
  // Hidden in a box: a table given the hiding class itself still grows to
  // its words' width (width: 1px doesn't hold a table), and that width,
  // unseen, made the zoomed page scroll sideways.
  if (!visible) return h('div', { class: 'visually-hidden' }, table);
  // Zoomed to 200% the pane can be narrower than the table's words: the
  // table then scrolls on its own (WCAG 1.4.10 allows it for data tables)
  // instead of the whole page, and can be scrolled with the keys.
  return h('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': caption }, table);
}


// --- Sections ------------------------------------------------------------------------

function moodSection(data) {
  const title = t('brief-insights-mood-title');
  if (!data.enough?.mood) return card('insight-mood', title, empty(t('brief-insights-mood-few')));
  const byDay = h('button', { type: 'button', class: 'chip', id: 'mood-by-day' }, t('brief-insights-mood-by-day'));
  const byWeek = h('button', { type: 'button', class: 'chip', id: 'mood-by-week' }, t('brief-insights-mood-by-week'));
  const inner = h('div', { class: 'insight-mood-body' });
  const draw = () => {
    const weekly = moodBy === 'week';
    byDay.setAttribute('aria-pressed', String(!weekly));
    byWeek.setAttribute('aria-pressed', String(weekly));
    const series = weekly
      ? (data.moodByWeek ?? []).map((w) => ({ day: w.weekStart, mean: w.mean, count: w.count }))
      : (data.moodByDay ?? []).map((d) => ({ day: d.day, mean: d.mean, count: d.count }));
    const sentence = moodReading(series);
    const points = series.map((p) => ({ value: p.mean, label: shortDay(p.day), x: dayNumber(p.day) }));
    const by = weekly ? 'week' : 'day';
    replace(inner,
      reading(sentence),
      chartBox(lineChart(points, {
        min: 1, max: 10, label: t('brief-insights-mood-chart-label', { by, reading: sentence }),
      })),
      dataTable(t('brief-insights-mood-table-caption', { by }),
        [t('brief-insights-mood-table-when', { by }), t('brief-insights-mood-table-mood'),
          t('brief-insights-mood-table-ratings')],
        series.map((p) => [longDay(p.day), finite(p.mean) ? oneDecimal(p.mean) : '—', p.count])));
  };
  const pick = (which) => () => {
    moodBy = which;
    draw();
  };
  byDay.addEventListener('click', pick('day'));
  byWeek.addEventListener('click', pick('week'));
  draw();
  return card('insight-mood', title,
    h('div', { class: 'chips insight-toggle', role: 'group', 'aria-label': t('brief-insights-mood-show') }, byDay, byWeek),
    inner);
}

/** How much the first thought was believed before and after looking at it
 *  again: a sentence, and the traps it eased most with. Until there are
 *  enough moments rated both times, how many there are so far. */
function beliefSection(data) {
  const belief = data.belief ?? {};
  const title = t('brief-insights-belief-title');
  const sentence = beliefReading(belief);
  if (!(data.enough?.belief ?? belief.enough) || !sentence) {
    return card('insight-belief', title,
      empty(t('brief-insights-belief-few', { needed: BELIEF_ENOUGH, count: count(belief.count) })));
  }
  const traps = (belief.byTrap ?? []).filter((x) => finite(x?.medianEased));
  return card('insight-belief', title,
    reading(sentence),
    traps.length ? [
      h('h3', { class: 'insight-subhead', id: 'insight-belief-traps-title' }, t('brief-insights-belief-by-trap')),
      h('ul', { class: 'insight-list', id: 'insight-belief-traps', 'aria-labelledby': 'insight-belief-traps-title' },
        traps.map((x) => h('li', {}, beliefTrapLine(x)))),
    ] : null);
}

/** A section of bars for one list of moment counts. `few` is its kind
 *  "not enough yet" line, `none` what it says when nothing came up. */
function barSection({ id, title, enough, few, none, items, sentence, caption, headers, rows, vertical = false }) {
  if (!enough) return card(id, title, empty(few));
  if (!items.length || !sentence) return card(id, title, empty(none));
  return card(id, title,
    reading(sentence),
    chartBox(barChart(items, { label: t('brief-insights-chart-label', { caption, reading: sentence }), vertical })),
    dataTable(caption, headers, rows));
}

function sections(data) {
  const moments = Boolean(data.enough?.moments);
  const triggers = data.triggers ?? [];
  const emotions = data.emotions ?? [];
  const traps = data.traps ?? [];
  const pairs = data.triggerTraps ?? [];
  const parts = (data.timeOfDay ?? []).filter((p) => PARTS[p.part]);
  const days = (data.weekdays ?? []).filter((d) => WEEKDAY_DATES[d.day]);

  const pairsSentence = triggerTrapsReading(pairs);
  const pairsTitle = t('brief-insights-pairs-title');
  let pairsSection;
  if (!moments) {
    pairsSection = card('insight-trigger-traps', pairsTitle, empty(t('brief-insights-pairs-few')));
  } else if (!pairs.length || !pairsSentence) {
    pairsSection = card('insight-trigger-traps', pairsTitle, empty(t('brief-insights-pairs-none')));
  } else {
    pairsSection = card('insight-trigger-traps', pairsTitle,
      reading(pairsSentence),
      dataTable(t('brief-insights-pairs-table-caption'),
        [t('brief-insights-table-situation'), t('brief-insights-table-trap'), t('brief-insights-table-times')],
        pairs.map((p) => [p.trigger, p.trapName, p.count]), { visible: true }));
  }

  const reframe = data.reframe ?? {};
  const reframeSentence = reframeReading(reframe);
  const reframeTitle = t('brief-insights-reframe-title');
  let reframeSection;
  if (!data.enough?.reframe || !reframeSentence) {
    reframeSection = card('insight-reframe', reframeTitle, empty(t('brief-insights-reframe-few')));
  } else {
    const byEmotion = reframe.byEmotion ?? [];
    const items = [
      { label: t('brief-insights-reframe-all-rerated'), before: reframe.meanBefore, after: reframe.meanAfter },
      ...byEmotion.map((e) => ({ label: e.word, before: e.before, after: e.after })),
    ];
    const round = (n) => (finite(n) ? String(Math.round(n)) : '—');
    reframeSection = card('insight-reframe', reframeTitle,
      reading(reframeSentence),
      chartBox(pairedBars(items, { label: t('brief-insights-reframe-chart-label', { reading: reframeSentence }) })),
      dataTable(t('brief-insights-reframe-table-caption'),
        [t('brief-insights-table-feeling'), t('brief-insights-table-moments'), t('brief-insights-table-before'),
          t('brief-insights-table-after')],
        [[t('brief-insights-reframe-all'), count(reframe.count), round(reframe.meanBefore), round(reframe.meanAfter)],
          ...byEmotion.map((e) => [e.word, count(e.count), round(e.before), round(e.after)])]));
  }

  return [
    moodSection(data),
    barSection({
      id: 'insight-triggers', title: t('brief-insights-triggers-title'), enough: moments,
      few: t('brief-insights-triggers-few'), none: t('brief-insights-triggers-none'),
      items: triggers.map((x) => ({ label: x.label, value: x.count })),
      sentence: triggersReading(triggers),
      caption: t('brief-insights-triggers-table-caption'),
      headers: [t('brief-insights-table-situation'), t('brief-insights-table-moments')],
      rows: triggers.map((x) => [x.label, x.count]),
    }),
    barSection({
      id: 'insight-emotions', title: t('brief-insights-emotions-title'), enough: moments,
      few: t('brief-insights-emotions-few'), none: t('brief-insights-emotions-none'),
      items: emotions.map((e) => ({ label: e.word, value: e.count })),
      sentence: emotionsReading(emotions),
      caption: t('brief-insights-emotions-table-caption'),
      headers: [t('brief-insights-table-feeling'), t('brief-insights-table-moments'), t('brief-insights-table-strength')],
      rows: emotions.map((e) => [e.word, e.count,
        finite(e.meanBefore) ? Math.round(e.meanBefore) : t('brief-insights-table-not-rated')]),
    }),
    barSection({
      id: 'insight-traps', title: t('brief-insights-traps-title'), enough: moments,
      few: t('brief-insights-traps-few'), none: t('brief-insights-traps-none'),
      items: traps.map((x) => ({ label: x.name, value: x.count })),
      sentence: trapsReading(traps),
      caption: t('brief-insights-traps-table-caption'),
      headers: [t('brief-insights-table-trap'), t('brief-insights-table-times-noticed')],
      rows: traps.map((x) => [x.name, x.count]),
    }),
    pairsSection,
    barSection({
      id: 'insight-time', title: t('brief-insights-time-title'), enough: moments, vertical: true,
      few: t('brief-insights-time-few'), none: t('brief-insights-no-moments'),
      items: parts.map((p) => ({ label: PARTS[p.part].label, value: count(p.count) })),
      sentence: timeReading(parts),
      caption: t('brief-insights-time-table-caption'),
      headers: [t('brief-insights-table-part'), t('brief-insights-table-moments')],
      rows: parts.map((p) => [PARTS[p.part].row, count(p.count)]),
    }),
    barSection({
      id: 'insight-weekdays', title: t('brief-insights-weekdays-title'), enough: moments, vertical: true,
      few: t('brief-insights-weekdays-few'), none: t('brief-insights-no-moments'),
      items: days.map((d) => ({ label: weekdayName(d.day, 'short'), value: count(d.count) })),
      sentence: weekdaysReading(days),
      caption: t('brief-insights-weekdays-table-caption'),
      headers: [t('brief-insights-table-day'), t('brief-insights-table-moments')],
      rows: days.map((d) => [weekdayName(d.day, 'long'), count(d.count)]),
    }),
    reframeSection,
    beliefSection(data),
  ];
}

export default {
  live: true,
  async render(root, _route, _ctx) {
    append(root,
      h('h1', {}, t('brief-insights-title')),
      h('p', { class: 'lede' }, t('brief-insights-lede')));
    // Ids let a live redraw put focus back on the button that had it.
    const buttons = RANGES.map((r) => h('button', {
      type: 'button', class: 'chip', id: `insight-range-${r.days ?? 'all'}`,
      dataset: { days: r.days ?? 'all' }, 'aria-pressed': String(r.days === chosenDays),
    }, r.days === null ? t('brief-insights-range-all') : t('brief-insights-range-days', { days: r.days })));
    const range = h('div', { class: 'chips insight-range', role: 'group', 'aria-label': t('brief-insights-range-label') },
      buttons);
    // Polite, so pressing a range button is answered with the new counts.
    const counts = h('p', { id: 'insight-counts', class: 'insight-counts', 'aria-live': 'polite' });
    const body = h('div', { id: 'insight-body', class: 'insight-body' });
    append(root, range, counts, body);

    let seq = 0;
    const load = async () => {
      const mine = ++seq;
      body.setAttribute('aria-busy', 'true');
      try {
        // Activity and mood is its own read: if it fails, the rest still shows.
        const [data, activity] = await Promise.all([
          getInsights(chosenDays), getActivityInsights(chosenDays).catch(() => null),
        ]);
        if (mine !== seq) return; // a newer range was chosen meanwhile
        counts.textContent = countsLine(data?.counts, chosenDays);
        replace(body, sections(data ?? {}), activitySection(activity));
      } catch (err) {
        if (mine !== seq) return;
        counts.textContent = '';
        replace(body, errorNotice(err, load));
      } finally {
        if (mine === seq) body.removeAttribute('aria-busy');
      }
    };

    range.addEventListener('click', (event) => {
      const button = event.target.closest('button');
      if (!button) return;
      chosenDays = button.dataset.days === 'all' ? null : Number(button.dataset.days);
      for (const b of buttons) b.setAttribute('aria-pressed', String(b === button));
      load();
    });

    await load();
    return t('brief-insights-title');
  },
};
