// Insights: a few patterns from the journal, each as one plain sentence, a
// small chart and the same numbers in a table for screen readers.
//
// The backend says when there is too little data for a pattern to mean
// anything (`enough`); then nothing is drawn, and the page says so kindly
// rather than showing two dots as if they were a trend. The readings are
// worded to notice, never to grade: a feeling that grew stronger after
// writing is "worth bringing to a session", not a failure.

import { getInsights } from '../ipc.js';
import { barChart, lineChart, pairedBars } from '../lib/charts.js';
import { append, errorNotice, h, replace } from '../lib/dom.js';
import { formatDay } from '../lib/time.js';

const RANGES = [
  { days: 30, label: 'Last 30 days' },
  { days: 90, label: 'Last 90 days' },
  { days: null, label: 'All time' },
];

// Kept across the redraws a journal change causes (this view is live), so
// the page doesn't jump back to 30 days while someone is reading it.
let chosenDays = 30;
let moodBy = 'day';

const PARTS = {
  morning: { label: 'Morning', words: 'in the morning', hours: '06:00–11:59' },
  afternoon: { label: 'Afternoon', words: 'in the afternoon', hours: '12:00–17:59' },
  evening: { label: 'Evening', words: 'in the evening', hours: '18:00–23:59' },
  night: { label: 'Night', words: 'at night', hours: '00:00–05:59' },
};

const WEEKDAYS = {
  Mon: 'Monday', Tue: 'Tuesday', Wed: 'Wednesday', Thu: 'Thursday', Fri: 'Friday', Sat: 'Saturday', Sun: 'Sunday',
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const finite = (n) => typeof n === 'number' && Number.isFinite(n);
const count = (n) => (finite(n) && n > 0 ? n : 0);
const quoted = (s) => `“${s}”`;

// --- Words (pure, exported for tests) ----------------------------------------

/** "1 moment", "4 moments", "0 check-ins". */
export const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "6.2", "6" (no trailing ".0"). */
export const oneDecimal = (n) => String(Math.round(n * 10) / 10);

/** "a", "a and b", "a, b and c". */
export function listWords(words) {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
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
    const span = days === null ? 'yet' : `in the last ${days} days`;
    return `Nothing written ${span}. Whatever you note will start to show here.`;
  }
  const parts = [
    plural(n('moment'), 'moment'),
    plural(n('checkin'), 'check-in'),
    plural(n('note'), 'note'),
    plural(n('reflection'), 'reflection'),
  ];
  return `${days === null ? 'So far' : `In the last ${days} days`}: ${parts.join(', ')}.`;
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
  let trend = '';
  if (rated.length >= 4) {
    const half = Math.floor(rated.length / 2);
    const change = weightedMean(rated.slice(-half)) - weightedMean(rated.slice(0, half));
    if (change >= 1.5) trend = ', higher lately';
    else if (change >= 0.5) trend = ', a little higher lately';
    else if (change <= -1.5) trend = ', lower lately';
    else if (change <= -0.5) trend = ', a little lower lately';
    else trend = ', fairly steady';
  }
  return `Your mood averaged ${oneDecimal(mean)} out of 10${trend}.`;
}

/** "“at work” came up most often — in 4 moments." */
export function triggersReading(triggers) {
  const top = topTies(triggers);
  if (top.length === 0) return '';
  const n = top[0].count;
  // Situations are written freely, so until one repeats there is no "most
  // often" to speak of; picking a line you used before makes it count.
  if (n === 1) {
    return 'Each situation has come up once so far. Picking one you wrote before, when it '
      + 'happens again, lets a pattern show here.';
  }
  if (top.length === 1) return `${quoted(top[0].label)} came up most often — in ${plural(n, 'moment')}.`;
  if (top.length <= 3) {
    return `${listWords(top.map((t) => quoted(t.label)))} came up most often — in ${plural(n, 'moment')} each.`;
  }
  return `Several situations came up just as often — in ${plural(n, 'moment')} each.`;
}

/** "You named “anxious” most often — 5 times, at 68 out of 100 on average." */
export function emotionsReading(emotions) {
  const top = topTies(emotions);
  if (top.length === 0) return '';
  const n = top[0].count;
  if (top.length === 1) {
    const strength = finite(top[0].meanBefore) ? `, at ${Math.round(top[0].meanBefore)} out of 100 on average` : '';
    return `You named ${quoted(top[0].word)} most often — ${plural(n, 'time')}${strength}.`;
  }
  if (top.length <= 3) return `You named ${listWords(top.map((e) => quoted(e.word)))} most often — ${plural(n, 'time')} each.`;
  return `You named many feelings about as often — ${plural(n, 'time')} each.`;
}

/** "The thinking trap you noticed most was “Mind reading” — 4 times." */
export function trapsReading(traps) {
  const top = topTies(traps);
  if (top.length === 0) return '';
  const n = top[0].count;
  if (top.length === 1) return `The thinking trap you noticed most was ${quoted(top[0].name)} — ${plural(n, 'time')}.`;
  if (top.length <= 3) {
    return `The thinking traps you noticed most were ${listWords(top.map((t) => quoted(t.name)))} — ${plural(n, 'time')} each.`;
  }
  return `You noticed several thinking traps about as often — ${plural(n, 'time')} each.`;
}

/** "“Mind reading” showed up most with “at work” — 3 times." */
export function triggerTrapsReading(pairs) {
  const top = topTies(pairs);
  if (top.length === 0) return '';
  const p = top[0];
  return `${quoted(p.trapName)} showed up most with ${quoted(p.trigger)} — ${plural(p.count, 'time')}.`;
}

/** "Moments came most often in the evening — 6 of 11." */
export function timeReading(parts) {
  const total = (parts ?? []).reduce((s, p) => s + count(p?.count), 0);
  const top = topTies(parts).filter((p) => PARTS[p.part]);
  if (total === 0 || top.length === 0) return '';
  if (top.length > 2) return 'Moments were spread across the day.';
  const when = listWords(top.map((p) => PARTS[p.part].words));
  const n = top[0].count;
  return top.length === 1
    ? `Moments came most often ${when} — ${n} of ${total}.`
    : `Moments came most often ${when} — ${n} each, of ${total}.`;
}

/** "Moments came most often on Mondays — 4 of 11." */
export function weekdaysReading(days) {
  const total = (days ?? []).reduce((s, d) => s + count(d?.count), 0);
  const top = topTies(days).filter((d) => WEEKDAYS[d.day]);
  if (total === 0 || top.length === 0) return '';
  if (top.length > 3) return 'Moments were spread across the week.';
  const when = listWords(top.map((d) => `${WEEKDAYS[d.day]}s`));
  const n = top[0].count;
  return top.length === 1
    ? `Moments came most often on ${when} — ${n} of ${total}.`
    : `Moments came most often on ${when} — ${n} each, of ${total}.`;
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
  const where = reframe?.count === 1 ? 'in that moment' : 'on average';
  if (a < b) return `After writing what you’d tell a friend, the feelings you rated eased from ${b} to ${a} ${where}.`;
  if (a === b) return `After writing it through, the feelings you rated stayed about the same ${where}, at ${b} out of 100.`;
  return `After writing it through, the feelings you rated were a little stronger ${where}, from ${b} to ${a}`
    + ' — that happens, and it can be worth bringing to a session.';
}

/** "24 Nov" from "2026-11-24". */
export function shortDay(day) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(day ?? ''));
  return m ? `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]}` : String(day ?? '');
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
    h('thead', {}, h('tr', {}, headers.map((t) => h('th', { scope: 'col' }, t)))),
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

const fewMoments = (what) => empty(`A few more moments and ${what} may start to show.`);

// --- Sections ------------------------------------------------------------------------

function moodSection(data) {
  const title = 'Mood over time';
  if (!data.enough?.mood) return card('insight-mood', title, empty('A few more check-ins and a pattern may start to show.'));
  const byDay = h('button', { type: 'button', class: 'chip', id: 'mood-by-day' }, 'By day');
  const byWeek = h('button', { type: 'button', class: 'chip', id: 'mood-by-week' }, 'By week');
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
    replace(inner,
      reading(sentence),
      chartBox(lineChart(points, {
        min: 1, max: 10,
        label: `Your mood ${weekly ? 'week by week' : 'day by day'}, on a scale of 1 to 10. ${sentence}`,
      })),
      dataTable(weekly ? 'Mood by week' : 'Mood by day',
        [weekly ? 'Week of' : 'Day', 'Average mood (1–10)', 'Ratings'],
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
    h('div', { class: 'chips insight-toggle', role: 'group', 'aria-label': 'Show mood' }, byDay, byWeek),
    inner);
}

/** A section of bars for one list of moment counts. */
function barSection({ id, title, enough, emptyWhat, none, items, sentence, caption, headers, rows, vertical = false }) {
  if (!enough) return card(id, title, fewMoments(emptyWhat));
  if (!items.length || !sentence) return card(id, title, empty(none));
  return card(id, title,
    reading(sentence),
    chartBox(barChart(items, { label: `${caption}. ${sentence}`, vertical })),
    dataTable(caption, headers, rows));
}

function sections(data) {
  const moments = Boolean(data.enough?.moments);
  const triggers = data.triggers ?? [];
  const emotions = data.emotions ?? [];
  const traps = data.traps ?? [];
  const pairs = data.triggerTraps ?? [];
  const parts = (data.timeOfDay ?? []).filter((p) => PARTS[p.part]);
  const days = (data.weekdays ?? []).filter((d) => WEEKDAYS[d.day]);

  const pairsSentence = triggerTrapsReading(pairs);
  let pairsSection;
  if (!moments) {
    pairsSection = card('insight-trigger-traps', 'Situations and traps together',
      fewMoments('which traps go with which situations'));
  } else if (!pairs.length || !pairsSentence) {
    pairsSection = card('insight-trigger-traps', 'Situations and traps together',
      empty('No thinking traps ticked alongside a situation in this time.'));
  } else {
    pairsSection = card('insight-trigger-traps', 'Situations and traps together',
      reading(pairsSentence),
      dataTable('Thinking traps by situation', ['Situation', 'Thinking trap', 'Times'],
        pairs.map((p) => [p.trigger, p.trapName, p.count]), { visible: true }));
  }

  const reframe = data.reframe ?? {};
  const reframeSentence = reframeReading(reframe);
  let reframeSection;
  if (!data.enough?.reframe || !reframeSentence) {
    reframeSection = card('insight-reframe', 'Before and after',
      empty('When you re-rate your feelings at the end of a moment, you’ll see here how they shifted.'));
  } else {
    const byEmotion = reframe.byEmotion ?? [];
    const items = [
      { label: 'All feelings you re-rated', before: reframe.meanBefore, after: reframe.meanAfter },
      ...byEmotion.map((e) => ({ label: e.word, before: e.before, after: e.after })),
    ];
    const round = (n) => (finite(n) ? String(Math.round(n)) : '—');
    reframeSection = card('insight-reframe', 'Before and after',
      reading(reframeSentence),
      chartBox(pairedBars(items, { label: `Feelings before and after writing, out of 100. ${reframeSentence}` })),
      dataTable('Average strength before and after, out of 100', ['Feeling', 'Moments', 'Before', 'After'],
        [['All feelings', count(reframe.count), round(reframe.meanBefore), round(reframe.meanAfter)],
          ...byEmotion.map((e) => [e.word, count(e.count), round(e.before), round(e.after)])]));
  }

  return [
    moodSection(data),
    barSection({
      id: 'insight-triggers', title: 'Situations that came up', enough: moments,
      emptyWhat: 'the situations that come up most', none: 'No situations written in this time.',
      items: triggers.map((t) => ({ label: t.label, value: t.count })),
      sentence: triggersReading(triggers),
      caption: 'Moments by situation', headers: ['Situation', 'Moments'],
      rows: triggers.map((t) => [t.label, t.count]),
    }),
    barSection({
      id: 'insight-emotions', title: 'Feelings you named', enough: moments,
      emptyWhat: 'the feelings that come up most', none: 'No feelings named in this time.',
      items: emotions.map((e) => ({ label: e.word, value: e.count })),
      sentence: emotionsReading(emotions),
      caption: 'How often each feeling was named', headers: ['Feeling', 'Moments', 'Average strength (0–100)'],
      rows: emotions.map((e) => [e.word, e.count, finite(e.meanBefore) ? Math.round(e.meanBefore) : 'not rated']),
    }),
    barSection({
      id: 'insight-traps', title: 'Thinking traps you noticed', enough: moments,
      emptyWhat: 'the thinking traps you notice most',
      none: 'No thinking traps ticked in this time. Noticing them can come later.',
      items: traps.map((t) => ({ label: t.name, value: t.count })),
      sentence: trapsReading(traps),
      caption: 'How often each thinking trap was noticed', headers: ['Thinking trap', 'Times noticed'],
      rows: traps.map((t) => [t.name, t.count]),
    }),
    pairsSection,
    barSection({
      id: 'insight-time', title: 'Time of day', enough: moments, vertical: true,
      emptyWhat: 'the times of day moments tend to come', none: 'No moments in this time.',
      items: parts.map((p) => ({ label: PARTS[p.part].label, value: count(p.count) })),
      sentence: timeReading(parts),
      caption: 'Moments by time of day', headers: ['Part of day', 'Moments'],
      rows: parts.map((p) => [`${PARTS[p.part].label} (${PARTS[p.part].hours})`, count(p.count)]),
    }),
    barSection({
      id: 'insight-weekdays', title: 'Days of the week', enough: moments, vertical: true,
      emptyWhat: 'the days moments tend to come', none: 'No moments in this time.',
      items: days.map((d) => ({ label: d.day, value: count(d.count) })),
      sentence: weekdaysReading(days),
      caption: 'Moments by day of the week', headers: ['Day', 'Moments'],
      rows: days.map((d) => [WEEKDAYS[d.day], count(d.count)]),
    }),
    reframeSection,
  ];
}

export default {
  live: true,
  async render(root, _route, _ctx) {
    append(root,
      h('h1', {}, 'Insights'),
      h('p', { class: 'lede' }, 'Patterns in what you’ve written, here for noticing — not for judging.'));
    // Ids let a live redraw put focus back on the button that had it.
    const buttons = RANGES.map((r) => h('button', {
      type: 'button', class: 'chip', id: `insight-range-${r.days ?? 'all'}`,
      dataset: { days: r.days ?? 'all' }, 'aria-pressed': String(r.days === chosenDays),
    }, r.label));
    const range = h('div', { class: 'chips insight-range', role: 'group', 'aria-label': 'Time span' }, buttons);
    // Polite, so pressing a range button is answered with the new counts.
    const counts = h('p', { id: 'insight-counts', class: 'insight-counts', 'aria-live': 'polite' });
    const body = h('div', { id: 'insight-body', class: 'insight-body' });
    append(root, range, counts, body);

    let seq = 0;
    const load = async () => {
      const mine = ++seq;
      body.setAttribute('aria-busy', 'true');
      try {
        const data = await getInsights(chosenDays);
        if (mine !== seq) return; // a newer range was chosen meanwhile
        counts.textContent = countsLine(data?.counts, chosenDays);
        replace(body, sections(data ?? {}));
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
    return 'Insights';
  },
};
