// Insights: the charts' pure geometry (scales, positions, paths, bar
// lengths, empty and one-point input, all-equal values), the charts as
// accessible SVG without a colour in sight, the plain-language readings,
// and the page itself through a stand-in document and a fake backend —
// honest "too little data" lines when `enough` is false, readings, charts
// and tables when it is true, how much the thought eased (with how many
// moments so far while there are too few), and the range buttons.

import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';

import { installDom, installTauri, removeDom, removeTauri, settle } from './fake-dom.mjs';
import {
  BAR_BOX, COLUMN_BOX, LINE_BOX, barChart, barLayout, barLength, columnLayout, lineChart, linePath,
  linePositions, linearScale, maxValue, pairedBars, pairedLayout, truncate,
} from '../../ui/lib/charts.js';
import insights, {
  beliefReading, countsLine, dayNumber, emotionsReading, listWords, moodReading, oneDecimal, plural, reframeReading,
  shortDay, timeReading, topTies, trapsReading, triggerTrapsReading, triggersReading, weekdaysReading,
} from '../../ui/views/insights.js';

let doc;

beforeEach(() => { doc = installDom(); });
afterEach(() => {
  removeDom();
  removeTauri();
});

/** Every element under `el`, itself included. */
const all = (el) => [el, ...el.descendants()];

describe('chart geometry', () => {
  it('scales linearly, and a one-value domain to the middle', () => {
    const s = linearScale([1, 10], [200, 20]);
    assert.equal(s(1), 200);
    assert.equal(s(10), 20);
    assert.equal(s(5.5), 110);
    assert.equal(linearScale([4, 4], [0, 100])(4), 50);
    assert.equal(linearScale([NaN, 3], [0, 10])(3), 5);
  });

  it('places line points on a fixed scale, clamped, spaced by x', () => {
    const pos = linePositions([
      { value: 1, label: 'a', x: 0 },
      { value: 10, label: 'b', x: 1 },
      { value: 12, label: 'c', x: 4 }, // above the scale: drawn at the top
    ], { min: 1, max: 10 });
    const bottom = LINE_BOX.height - LINE_BOX.bottom;
    assert.deepEqual(pos.map((p) => p.y), [bottom, LINE_BOX.top, LINE_BOX.top]);
    assert.equal(pos[0].x, LINE_BOX.left);
    assert.equal(pos[2].x, LINE_BOX.width - LINE_BOX.right);
    const span = LINE_BOX.width - LINE_BOX.right - LINE_BOX.left;
    assert.equal(pos[1].x, Math.round((LINE_BOX.left + span / 4) * 10) / 10, 'a gap in days stays a gap');
    assert.equal(pos[2].value, 12, 'the value itself is kept for the words');
  });

  it('spaces evenly without x, and handles none, one and all-equal points', () => {
    assert.deepEqual(linePositions([]), []);
    assert.deepEqual(linePositions(null), []);
    assert.deepEqual(linePositions([{ value: null }, { value: 'x' }]), []);
    const [one] = linePositions([{ value: 5, label: 'only' }], { min: 1, max: 10 });
    assert.equal(one.x, (LINE_BOX.left + LINE_BOX.width - LINE_BOX.right) / 2, 'one point sits in the middle');
    const flat = linePositions([{ value: 6 }, { value: 6 }, { value: 6 }]);
    assert.equal(new Set(flat.map((p) => p.y)).size, 1);
    assert.equal(flat[0].y, (LINE_BOX.top + LINE_BOX.height - LINE_BOX.bottom) / 2, 'all equal, no scale given: the middle');
    const xs = flat.map((p) => p.x);
    assert.equal(xs[1] - xs[0], xs[2] - xs[1]);
  });

  it('draws a path only through two or more points', () => {
    assert.equal(linePath([]), '');
    assert.equal(linePath([{ x: 1, y: 2 }]), '');
    assert.equal(linePath([{ x: 1, y: 2 }, { x: 3.5, y: 4 }, { x: 6, y: 0 }]), 'M1 2 L3.5 4 L6 0');
  });

  it('gives bars lengths in proportion, never invisible, never over the track', () => {
    assert.equal(barLength(5, 10, 200), 100);
    assert.equal(barLength(10, 10, 200), 200);
    assert.equal(barLength(0, 10, 200), 0);
    assert.equal(barLength(-1, 10, 200), 0);
    assert.equal(barLength(null, 10, 200), 0);
    assert.equal(barLength(1, 1000, 200), 3, 'one is still seen');
    assert.equal(barLength(20, 10, 200), 200);
    assert.equal(barLength(3, 0, 200), 0);
    assert.equal(maxValue([{ value: 2 }, { value: 7 }, { value: 'x' }]), 7);
    assert.equal(maxValue([]), 0);
  });

  it('lays out rows and columns on one shared scale', () => {
    const { rows, height } = barLayout([{ label: 'a', value: 4 }, { label: 'b', value: 2 }]);
    const track = BAR_BOX.width - BAR_BOX.valueWidth;
    assert.equal(rows[0].width, track);
    assert.equal(rows[1].width, track / 2);
    assert.ok(rows[1].barY > rows[0].barY);
    assert.equal(rows[1].valueX, rows[1].width + 8);
    assert.ok(height > rows[1].barY + BAR_BOX.barHeight);
    assert.equal(barLayout([]).rows.length, 0);

    const { columns, baseline } = columnLayout([{ label: 'Mon', value: 0 }, { label: 'Tue', value: 3 }]);
    assert.equal(columns[0].height, 0);
    assert.equal(columns[0].y, baseline);
    assert.equal(columns[1].height, baseline - COLUMN_BOX.top);
    assert.equal(columns[1].centre, COLUMN_BOX.width * 0.75);
    assert.equal(columns[0].width, columns[1].width);
    const none = columnLayout([{ label: 'Mon', value: 0 }, { label: 'Tue', value: 0 }]);
    assert.ok(none.columns.every((c) => c.height === 0), 'all zero: no bars, no division by zero');
  });

  it('pairs before and after on a fixed 0..100 scale', () => {
    const { rows } = pairedLayout([{ label: 'anxious', before: 80, after: 40 }, { label: 'sad', before: 50, after: null }]);
    assert.equal(rows[0].afterWidth * 2, rows[0].beforeWidth);
    assert.equal(rows[1].after, null);
    assert.equal(rows[1].afterWidth, 0);
    assert.ok(rows[0].afterY > rows[0].beforeY);
  });

  it('shortens long labels', () => {
    assert.equal(truncate('short'), 'short');
    assert.equal(truncate('at work, just before the big quarterly meeting', 21), 'at work, just before…');
    assert.equal(truncate(null), '');
  });
});

describe('charts as SVG', () => {
  /** No colour may be set on a chart element: classes and tokens only. */
  function assertNoColours(el) {
    for (const node of all(el)) {
      for (const attr of ['fill', 'stroke', 'style', 'color']) {
        assert.equal(node.getAttribute(attr), null, `${node.localName} has ${attr}`);
      }
    }
  }

  it('draws a labelled line chart with a viewBox, a title and no colours', () => {
    const el = lineChart([{ value: 4, label: '1 Nov', x: 0 }, { value: 7, label: '8 Nov', x: 7 }],
      { min: 1, max: 10, label: 'Your mood day by day.' });
    assert.equal(el.localName, 'svg');
    assert.equal(el.getAttribute('role'), 'img');
    assert.equal(el.getAttribute('aria-label'), 'Your mood day by day.');
    assert.equal(el.getAttribute('viewBox'), `0 0 ${LINE_BOX.width} ${LINE_BOX.height}`);
    assert.equal(el.querySelector('title').textContent, 'Your mood day by day.');
    assert.match(el.querySelector('path.chart-line').getAttribute('d'), /^M\d+(\.\d)? \d+(\.\d)? L/);
    assert.equal(el.querySelectorAll('circle.chart-dot').length, 2);
    const labels = el.querySelectorAll('text').map((t) => t.textContent);
    assert.deepEqual(labels, ['10', '1', '1 Nov', '8 Nov']);
    assertNoColours(el);
  });

  it('draws one point as a dot, and nothing at all as just the frame', () => {
    const one = lineChart([{ value: 5, label: 'today' }], { min: 1, max: 10, label: 'one' });
    assert.equal(one.querySelector('path'), null);
    assert.equal(one.querySelectorAll('circle').length, 1);
    const none = lineChart([], { label: 'none' });
    assert.equal(none.querySelector('circle'), null);
    assert.equal(none.querySelector('title').textContent, 'none');
    assert.equal(lineChart([]).getAttribute('aria-label'), 'Chart');
  });

  it('draws a bar for each count above zero, with its number', () => {
    const el = barChart([{ label: 'at work', value: 3 }, { label: 'at home', value: 0 }], { label: 'Moments by situation.' });
    assert.equal(el.getAttribute('role'), 'img');
    assert.equal(el.querySelectorAll('rect.chart-bar').length, 1);
    assert.deepEqual(el.querySelectorAll('text').map((t) => t.textContent), ['at work', '3', 'at home', '0']);
    assertNoColours(el);
    const cols = barChart([{ label: 'Mon', value: 1 }, { label: 'Tue', value: 2 }], { label: 'Days.', vertical: true });
    assert.equal(cols.querySelectorAll('rect.chart-bar').length, 2);
    assert.equal(cols.querySelectorAll('line.chart-axis-line').length, 1);
    assertNoColours(cols);
    assert.equal(barChart([], { label: 'empty' }).querySelectorAll('rect').length, 0);
  });

  it('pairs outlined "before" and filled "after" bars, each with its words', () => {
    const el = pairedBars([{ label: 'anxious', before: 72, after: 45 }, { label: 'sad', before: 60, after: null }], { label: 'Before and after.' });
    assert.equal(el.querySelectorAll('rect.chart-bar-before').length, 2);
    assert.equal(el.querySelectorAll('rect.chart-bar').length, 3);
    const words = el.querySelectorAll('text').map((t) => t.textContent);
    assert.deepEqual(words, ['anxious', 'before 72', 'after 45', 'sad', 'before 60', 'after: not rated']);
    assertNoColours(el);
  });
});

describe('insight readings', () => {
  it('counts with the right plurals', () => {
    assert.equal(plural(1, 'moment'), '1 moment');
    assert.equal(plural(0, 'moment'), '0 moments');
    assert.equal(countsLine({ moment: 4, checkin: 12, note: 2, reflection: 1 }, 30),
      'In the last 30 days: 4 moments, 12 check-ins, 2 notes, 1 reflection.');
    assert.equal(countsLine({ moment: 1, checkin: 1, note: 1, reflection: 0 }, null),
      'So far: 1 moment, 1 check-in, 1 note, 0 reflections.');
    assert.equal(countsLine({ moment: 0, checkin: 0, note: 0, reflection: 0 }, 90),
      'Nothing written in the last 90 days. Whatever you note will start to show here.');
    assert.equal(countsLine({}, null), 'Nothing written yet. Whatever you note will start to show here.');
  });

  it('joins words and finds ties', () => {
    assert.equal(listWords(['a']), 'a');
    assert.equal(listWords(['a', 'b']), 'a and b');
    assert.equal(listWords(['a', 'b', 'c']), 'a, b and c');
    assert.deepEqual(topTies([{ count: 2 }, { count: 5 }, { count: 5 }]).length, 2);
    assert.deepEqual(topTies([{ count: 0 }]), []);
    assert.equal(oneDecimal(6.04), '6');
    assert.equal(oneDecimal(6.25), '6.3');
  });

  it('reads mood as an average with a gentle trend', () => {
    assert.equal(moodReading([]), '');
    assert.equal(moodReading([{ mean: 6, count: 1 }, { mean: 8, count: 3 }]), 'Your mood averaged 7.5 out of 10.');
    const rising = [4, 4, 5, 5].map((mean) => ({ mean, count: 1 }));
    assert.equal(moodReading(rising), 'Your mood averaged 4.5 out of 10, a little higher lately.');
    const falling = [8, 8, 5, 5].map((mean) => ({ mean, count: 1 }));
    assert.equal(moodReading(falling), 'Your mood averaged 6.5 out of 10, lower lately.');
    assert.equal(moodReading([6, 6, 6, 6.2].map((mean) => ({ mean, count: 1 }))),
      'Your mood averaged 6.1 out of 10, fairly steady.');
  });

  it('names the most common situation, feeling and trap', () => {
    assert.equal(triggersReading([{ label: 'work', count: 4 }, { label: 'home', count: 1 }]),
      '“work” came up most often — in 4 moments.');
    assert.equal(triggersReading([{ label: 'work', count: 2 }, { label: 'home', count: 2 }]),
      '“work” and “home” came up most often — in 2 moments each.');
    assert.equal(emotionsReading([{ word: 'anxious', count: 5, meanBefore: 67.6 }]),
      'You named “anxious” most often — 5 times, at 68 out of 100 on average.');
    assert.equal(emotionsReading([{ word: 'sad', count: 1, meanBefore: null }]),
      'You named “sad” most often — 1 time.');
    assert.equal(trapsReading([{ id: 'mindReading', name: 'Mind reading', count: 4 }]),
      'The thinking trap you noticed most was “Mind reading” — 4 times.');
    assert.equal(triggerTrapsReading([{ trigger: 'work', trapId: 'mindReading', trapName: 'Mind reading', count: 3 }]),
      '“Mind reading” showed up most with “work” — 3 times.');
    assert.equal(triggersReading([]), '');
    assert.match(triggersReading([{ label: 'bus', count: 1 }, { label: 'work', count: 1 }]),
      /Each situation has come up once so far/);
  });

  it('reads the time of day and the weekdays', () => {
    const parts = (m, a, e, n) => [
      { part: 'morning', count: m }, { part: 'afternoon', count: a }, { part: 'evening', count: e }, { part: 'night', count: n },
    ];
    assert.equal(timeReading(parts(1, 2, 6, 2)), 'Moments came most often in the evening — 6 of 11.');
    assert.equal(timeReading(parts(3, 1, 3, 0)), 'Moments came most often in the morning and in the evening — 3 each, of 7.');
    assert.equal(timeReading(parts(2, 2, 2, 1)), 'Moments were spread across the day.');
    assert.equal(timeReading(parts(0, 0, 0, 0)), '');
    const days = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].map((day, i) => ({ day, count: i === 0 ? 4 : 1 }));
    assert.equal(weekdaysReading(days), 'Moments came most often on Mondays — 4 of 10.');
  });

  it('reads the before and after honestly, whichever way it went', () => {
    assert.equal(reframeReading({ count: 3, meanBefore: 72.4, meanAfter: 44.8 }),
      'After writing what you’d tell a friend, the feelings you rated eased from 72 to 45 on average.');
    assert.match(reframeReading({ meanBefore: 50, meanAfter: 50.2 }), /stayed about the same on average, at 50 out of 100\./);
    assert.match(reframeReading({ meanBefore: 40, meanAfter: 55 }), /a little stronger on average, from 40 to 55 — that happens/);
    assert.equal(reframeReading({ meanBefore: null, meanAfter: 3 }), '');
    // A single re-rated moment counts (the moment flow's re-rating is enough).
    assert.equal(reframeReading({ count: 1, meanBefore: 70, meanAfter: 45 }),
      'After writing what you’d tell a friend, the feelings you rated eased from 70 to 45 in that moment.');
  });

  it('reads how much the thought eased in medians, whichever way it went', () => {
    const belief = { count: 4, enough: true, medianBefore: 80, medianAfter: 40, medianEased: 40, byTrap: [] };
    assert.equal(beliefReading(belief),
      'Across 4 thoughts you looked at again, belief went from a median of 80% to 40%: it eased by 40 points.');
    // A median of an even count may end in .5: said as it is, not rounded.
    assert.equal(beliefReading({ ...belief, count: 6, medianBefore: 72.5, medianAfter: 60, medianEased: 12.5 }),
      'Across 6 thoughts you looked at again, belief went from a median of 72.5% to 60%: it eased by 12.5 points.');
    assert.equal(beliefReading({ ...belief, medianAfter: 80, medianEased: 0 }),
      'Across 4 thoughts you looked at again, belief went from a median of 80% to 80%: it held about steady.');
    assert.equal(beliefReading({ ...belief, medianAfter: 85, medianEased: -5 }),
      'Across 4 thoughts you looked at again, belief went from a median of 80% to 85%: it grew by 5 points. '
      + 'That happens, and it can be worth bringing to a session.');
    assert.equal(beliefReading({ ...belief, medianEased: 1 }).endsWith('it eased by 1 point.'), true);
    assert.equal(beliefReading({ count: 0, medianBefore: null, medianAfter: null, medianEased: null }), '');
    assert.equal(beliefReading(undefined), '');
  });

  it('labels and spaces days', () => {
    assert.equal(shortDay('2026-11-24'), '24 Nov');
    assert.equal(dayNumber('1970-01-02'), 1);
    assert.equal(dayNumber('2026-11-24') - dayNumber('2026-11-17'), 7);
    assert.equal(dayNumber('soon'), null);
  });
});

// --- The page ----------------------------------------------------------------------

const PARTS = ['morning', 'afternoon', 'evening', 'night'];
const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

const TOO_LITTLE = {
  from: '2026-10-30', until: '2026-11-28',
  counts: { reflection: 0, moment: 1, checkin: 1, note: 0 },
  moodByDay: [{ day: '2026-11-27', mean: 6, count: 1 }], moodByWeek: [{ weekStart: '2026-11-23', mean: 6, count: 1 }],
  triggers: [{ label: 'work', count: 1 }], emotions: [{ word: 'sad', count: 1, meanBefore: 50 }],
  traps: [], triggerTraps: [],
  timeOfDay: PARTS.map((part) => ({ part, count: part === 'evening' ? 1 : 0 })),
  weekdays: DAYS.map((day) => ({ day, count: day === 'Fri' ? 1 : 0 })),
  reframe: { count: 0, meanBefore: null, meanAfter: null, byEmotion: [] },
  belief: { count: 1, enough: false, medianBefore: null, medianAfter: null, medianEased: null, byTrap: [] },
  enough: { mood: false, moments: false, reframe: false, belief: false },
};

const PLENTY = {
  from: '2026-10-30', until: '2026-11-28',
  counts: { reflection: 1, moment: 4, checkin: 12, note: 2 },
  moodByDay: [
    { day: '2026-11-20', mean: 4, count: 1 }, { day: '2026-11-21', mean: 5, count: 2 },
    { day: '2026-11-25', mean: 6, count: 1 }, { day: '2026-11-27', mean: 7, count: 1 },
  ],
  moodByWeek: [{ weekStart: '2026-11-16', mean: 4.7, count: 3 }, { weekStart: '2026-11-23', mean: 6.5, count: 2 }],
  triggers: [{ label: 'at work', count: 3 }, { label: 'with Mum', count: 1 }],
  emotions: [{ word: 'anxious', count: 3, meanBefore: 70 }, { word: 'sad', count: 1, meanBefore: null }],
  traps: [{ id: 'mindReading', name: 'Mind reading', count: 2 }, { id: 'labeling', name: 'Labeling', count: 1 }],
  triggerTraps: [{ trigger: 'at work', trapId: 'mindReading', trapName: 'Mind reading', count: 2 }],
  timeOfDay: PARTS.map((part, i) => ({ part, count: [0, 1, 3, 0][i] })),
  weekdays: DAYS.map((day, i) => ({ day, count: [2, 0, 1, 0, 1, 0, 0][i] })),
  reframe: {
    count: 3, meanBefore: 72, meanAfter: 45,
    byEmotion: [{ word: 'anxious', count: 3, before: 72, after: 45 }],
  },
  belief: {
    count: 4, enough: true, medianBefore: 80, medianAfter: 40, medianEased: 40,
    byTrap: [
      { id: 'mindReading', name: 'Mind reading', count: 3, medianEased: 30 },
      { id: 'labeling', name: 'Labeling', count: 2, medianEased: 0 },
    ],
  },
  enough: { mood: true, moments: true, reframe: true, belief: true },
};

async function showInsights(answer) {
  const calls = installTauri({ get_insights: (args) => (typeof answer === 'function' ? answer(args) : answer) });
  const root = doc.createElement('div');
  const title = await insights.render(root, { view: 'insights' }, { refresh() {}, navigate() {}, isCurrent: () => true });
  doc.body.append(root);
  return { calls, title };
}

const $ = (sel) => doc.body.querySelector(sel);
const SECTIONS = [
  '#insight-mood', '#insight-triggers', '#insight-emotions', '#insight-traps', '#insight-trigger-traps',
  '#insight-time', '#insight-weekdays', '#insight-reframe', '#insight-belief',
];

describe('insights page', () => {
  it('says kindly that there is too little yet, and draws nothing', async () => {
    const { calls, title } = await showInsights(TOO_LITTLE);
    assert.equal(title, 'Insights');
    assert.equal($('h1').textContent, 'Insights');
    assert.deepEqual(calls[0], { cmd: 'get_insights', args: { days: 30 } });
    assert.equal($('button[data-days="30"]').getAttribute('aria-pressed'), 'true');
    assert.equal($('button[data-days="all"]').getAttribute('aria-pressed'), 'false');
    assert.equal($('#insight-counts').textContent, 'In the last 30 days: 1 moment, 1 check-in, 0 notes, 0 reflections.');
    for (const id of SECTIONS) {
      const section = $(id);
      assert.ok(section, id);
      assert.ok(section.querySelector('h2'), `${id} has a heading`);
      assert.ok(section.querySelector('.insight-empty'), `${id} says there is too little`);
      assert.equal(section.querySelector('svg'), null, `${id} draws nothing`);
      assert.equal(section.querySelector('table'), null, `${id} has no numbers to show`);
    }
    assert.equal($('#insight-mood .insight-empty').textContent, 'A few more check-ins and a pattern may start to show.');
    assert.match($('#insight-triggers .insight-empty').textContent, /^A few more moments and .* may start to show\.$/);
    assert.equal($('#insight-belief h2').textContent, 'How much the thought eased');
    assert.equal($('#insight-belief').getAttribute('aria-labelledby'), 'insight-belief-title');
    assert.equal($('#insight-belief .insight-empty').textContent,
      'Not enough yet: this shows after 3 moments with the thought rated before and after. So far: 1.');
    assert.equal($('#insight-belief ul'), null);
  });

  it('says how many moments there are so far while belief can\'t be read yet, even with medians', async () => {
    // The backend's `enough` decides: two moments have medians, but two is not enough.
    await showInsights({
      ...PLENTY,
      belief: { count: 2, enough: false, medianBefore: 70, medianAfter: 50, medianEased: 20, byTrap: [] },
      enough: { ...PLENTY.enough, belief: false },
    });
    assert.equal($('#insight-belief .insight-reading'), null);
    assert.match($('#insight-belief .insight-empty').textContent, /So far: 2\.$/);
  });

  it('says "none" so far when no thought was rated before and after', async () => {
    await showInsights({ ...TOO_LITTLE, belief: { ...TOO_LITTLE.belief, count: 0 } });
    assert.match($('#insight-belief .insight-empty').textContent, /So far: none\.$/);
  });

  it('reads each pattern in a sentence, with a chart and a table of the same numbers', async () => {
    await showInsights(PLENTY);
    assert.equal($('#insight-counts').textContent, 'In the last 30 days: 4 moments, 12 check-ins, 2 notes, 1 reflection.');
    assert.equal($('#insight-triggers .insight-reading').textContent, '“at work” came up most often — in 3 moments.');
    assert.equal($('#insight-emotions .insight-reading').textContent,
      'You named “anxious” most often — 3 times, at 70 out of 100 on average.');
    assert.equal($('#insight-traps .insight-reading').textContent, 'The thinking trap you noticed most was “Mind reading” — 2 times.');
    assert.equal($('#insight-trigger-traps .insight-reading').textContent, '“Mind reading” showed up most with “at work” — 2 times.');
    assert.equal($('#insight-time .insight-reading').textContent, 'Moments came most often in the evening — 3 of 4.');
    assert.equal($('#insight-weekdays .insight-reading').textContent, 'Moments came most often on Mondays — 2 of 4.');
    assert.equal($('#insight-reframe .insight-reading').textContent,
      'After writing what you’d tell a friend, the feelings you rated eased from 72 to 45 on average.');
    assert.equal($('#insight-mood .insight-reading').textContent, 'Your mood averaged 5.4 out of 10, higher lately.');

    for (const id of ['#insight-mood', '#insight-triggers', '#insight-emotions', '#insight-traps', '#insight-time',
      '#insight-weekdays', '#insight-reframe']) {
      const chart = $(`${id} svg`);
      assert.ok(chart, `${id} has a chart`);
      assert.equal(chart.getAttribute('role'), 'img');
      assert.match(chart.getAttribute('aria-label'), /\.$/);
      const table = $(`${id} table`);
      // Hidden by its box: a table itself doesn't keep to a 1px width.
      assert.ok(table.parentNode.classList.contains('visually-hidden'), `${id} has a table for screen readers`);
      assert.ok(!table.classList.contains('visually-hidden'));
      assert.ok(table.querySelector('caption').textContent.length > 0);
    }
    // The emotions table carries the average strength before; a feeling never rated says so.
    const rows = $('#insight-emotions table tbody').children.map((tr) => tr.children.map((c) => c.textContent));
    assert.deepEqual(rows, [['anxious', '3', '70'], ['sad', '1', 'not rated']]);
    // The situations × traps pairs are a table on the page itself.
    const pairs = $('#insight-trigger-traps table');
    assert.ok(pairs.classList.contains('insight-table'));
    assert.deepEqual(pairs.querySelector('tbody tr').children.map((c) => c.textContent), ['at work', 'Mind reading', '2']);
    assert.equal($('#insight-weekdays svg').querySelectorAll('rect').length, 3, 'a bar for each day with moments');
    assert.equal($('#insight-time table tbody').children.length, 4);
    assert.equal($('#insight-weekdays table tbody').children.length, 7);
    assert.equal($('#insight-reframe svg').querySelectorAll('rect.chart-bar-before').length, 2, 'overall and anxious');
    // How much the thought eased: a sentence, and the traps it eased with.
    assert.equal($('#insight-belief .insight-reading').textContent,
      'Across 4 thoughts you looked at again, belief went from a median of 80% to 40%: it eased by 40 points.');
    assert.equal($('#insight-belief .insight-empty'), null);
    const list = $('#insight-belief ul');
    assert.equal($(`#${list.getAttribute('aria-labelledby')}`).textContent, 'By thinking trap');
    assert.deepEqual(list.children.map((li) => li.textContent),
      ['Mind reading: eased by 30 points, 3 times', 'Labeling: about steady, 2 times']);
    assert.equal($('#insight-belief').textContent.match(/fail|worse|should/i), null, 'no grading words');
  });

  it('switches the mood line between days and weeks', async () => {
    await showInsights(PLENTY);
    assert.equal($('#mood-by-day').getAttribute('aria-pressed'), 'true');
    assert.equal($('#insight-mood svg').querySelectorAll('circle').length, 4);
    $('#mood-by-week').click();
    assert.equal($('#mood-by-week').getAttribute('aria-pressed'), 'true');
    assert.equal($('#mood-by-day').getAttribute('aria-pressed'), 'false');
    assert.equal($('#insight-mood svg').querySelectorAll('circle').length, 2);
    assert.equal($('#insight-mood table caption').textContent, 'Mood by week');
    assert.equal($('#insight-mood .insight-reading').textContent, 'Your mood averaged 5.4 out of 10.');
    $('#mood-by-day').click(); // as it was, for the tests after this one
  });

  it('asks again for 90 days or all time, and says so in the counts', async () => {
    const { calls } = await showInsights(({ days }) => ({ ...PLENTY, counts: { moment: days ?? 1, checkin: 0, note: 0, reflection: 0 } }));
    $('button[data-days="90"]').click();
    await settle();
    assert.deepEqual(calls.at(-1).args, { days: 90 });
    assert.equal($('button[data-days="90"]').getAttribute('aria-pressed'), 'true');
    assert.equal($('button[data-days="30"]').getAttribute('aria-pressed'), 'false');
    assert.equal($('#insight-counts').textContent, 'In the last 90 days: 90 moments, 0 check-ins, 0 notes, 0 reflections.');
    $('button[data-days="all"]').click();
    await settle();
    assert.deepEqual(calls.at(-1).args, { days: null });
    assert.equal($('#insight-counts').textContent, 'So far: 1 moment, 0 check-ins, 0 notes, 0 reflections.');
    $('button[data-days="30"]').click(); // as it was, for the tests after this one
    await settle();
  });

  it('shows a calm notice with a way to try again when insights can\'t load', async () => {
    let fail = true;
    await showInsights(() => {
      if (fail) throw { kind: 'storage', message: 'Interlude couldn’t read your journal just now.' };
      return PLENTY;
    });
    assert.match($('[role="alert"]').textContent, /couldn’t read your journal/);
    fail = false;
    $('[role="alert"] button').click();
    await settle();
    assert.ok($('#insight-reframe svg'));
  });
});
