// Small hand-drawn SVG charts for Insights: a line, bars, and before/after
// pairs. Each chart is an <svg role="img"> whose <title> and aria-label are
// one plain sentence; the page puts the same numbers in a table beside it.
//
// The geometry is pure (scales, positions, paths, bar lengths) and
// exported, so it is unit-tested without a document; the chart functions
// only turn it into elements with `svg()`. Colours never appear here: the
// elements carry classes (chart-line, chart-bar, chart-axis…) and
// insights.css paints them with theme tokens, so light and dark both read.
// Sizes are in viewBox units; the SVG scales to its container's width.

import { svg } from './dom.js';
import { t } from './i18n.js';

const round1 = (n) => Math.round(n * 10) / 10;

const finite = (n) => typeof n === 'number' && Number.isFinite(n);

/** The line chart's box: width × height with room for axis labels. */
export const LINE_BOX = { width: 600, height: 220, top: 16, right: 20, bottom: 36, left: 36 };

/** The horizontal bar chart's rows. */
export const BAR_BOX = { width: 600, labelHeight: 20, barHeight: 14, gap: 14, valueWidth: 56 };

/** The column chart's box (vertical bars). */
export const COLUMN_BOX = { width: 600, height: 180, top: 24, bottom: 32, gapRatio: 0.45 };

/** A linear scale from [d0, d1] onto [r0, r1]. A domain of one value (all
 *  data equal, or one point) maps everything to the middle of the range,
 *  rather than dividing by zero. */
export function linearScale([d0, d1], [r0, r1]) {
  if (!finite(d0) || !finite(d1) || d0 === d1) {
    const mid = (r0 + r1) / 2;
    return () => mid;
  }
  const k = (r1 - r0) / (d1 - d0);
  return (v) => r0 + (v - d0) * k;
}

/** Shortens a label to `max` characters with an ellipsis (the table beside
 *  the chart keeps the full words). */
export function truncate(text, max = 26) {
  const s = String(text ?? '');
  return s.length > max ? `${s.slice(0, max - 1).trimEnd()}…` : s;
}

/** Where each point of a line chart sits. Points are `{ value, label, x? }`;
 *  points without a finite value are dropped. When every point has a
 *  numeric `x` (a day number, say) the spacing follows it, so a gap in time
 *  looks like one; otherwise points are evenly spaced.
 *
 *  The vertical scale is `min..max` as given (mood is always 1..10), never
 *  stretched to the data: stretched, a change from 6 to 6.3 would fill the
 *  whole height and look like a leap. Values outside are clamped. Without
 *  min/max the data's own extent is used. */
export function linePositions(points, { min, max, box = LINE_BOX } = {}) {
  const clean = (Array.isArray(points) ? points : []).filter((p) => finite(p?.value));
  if (clean.length === 0) return [];
  const values = clean.map((p) => p.value);
  const lo = finite(min) ? min : Math.min(...values);
  const hi = finite(max) ? max : Math.max(...values);
  const xs = clean.every((p) => finite(p.x)) ? clean.map((p) => p.x) : clean.map((_, i) => i);
  const x = linearScale([Math.min(...xs), Math.max(...xs)], [box.left, box.width - box.right]);
  const y = linearScale([lo, hi], [box.height - box.bottom, box.top]);
  return clean.map((p, i) => {
    const v = Math.min(Math.max(values[i], Math.min(lo, hi)), Math.max(lo, hi));
    return { x: round1(x(xs[i])), y: round1(y(v)), value: values[i], label: p.label ?? '' };
  });
}

/** The `d` of a polyline through positions; '' for fewer than two (one
 *  point is drawn as a dot, not a line). */
export function linePath(positions) {
  if (!Array.isArray(positions) || positions.length < 2) return '';
  return positions.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x} ${p.y}`).join(' ');
}

/** A bar's length for `value` on a track `track` long, where `max` fills
 *  it. Zero (or less, or nothing) is no bar; any count above zero is at
 *  least `minimum` long, so one is never invisible. */
export function barLength(value, max, track, minimum = 3) {
  const v = Number(value);
  if (!finite(v) || v <= 0 || !finite(max) || max <= 0 || track <= 0) return 0;
  return round1(Math.min(track, Math.max(minimum, (v / max) * track)));
}

/** The largest value among items (0 for none), the bars' shared scale. */
export function maxValue(items, key = 'value') {
  return (Array.isArray(items) ? items : []).reduce((m, it) => {
    const v = Number(it?.[key]);
    return finite(v) && v > m ? v : m;
  }, 0);
}

/** Rows of a horizontal bar chart: each item's label sits above its bar,
 *  the value just after the bar's end. Returns the total height too. */
export function barLayout(items, { max, box = BAR_BOX } = {}) {
  const list = Array.isArray(items) ? items : [];
  const top = finite(max) && max > 0 ? max : maxValue(list);
  const track = box.width - box.valueWidth;
  const rowHeight = box.labelHeight + box.barHeight + box.gap;
  const rows = list.map((it, i) => {
    const y = i * rowHeight;
    const width = barLength(it?.value, top, track);
    return {
      label: String(it?.label ?? ''),
      value: Number(it?.value) || 0,
      labelY: y + box.labelHeight - 6,
      barY: y + box.labelHeight,
      width,
      valueX: width + 8,
    };
  });
  return { rows, height: Math.max(rowHeight, rows.length * rowHeight - box.gap + 4) };
}

/** Columns of a vertical bar chart, evenly spaced, labels underneath. */
export function columnLayout(items, { max, box = COLUMN_BOX } = {}) {
  const list = Array.isArray(items) ? items : [];
  const top = finite(max) && max > 0 ? max : maxValue(list);
  const slot = list.length ? box.width / list.length : box.width;
  const width = round1(slot * (1 - box.gapRatio));
  const baseline = box.height - box.bottom;
  const track = baseline - box.top;
  const columns = list.map((it, i) => {
    const height = barLength(it?.value, top, track);
    const centre = round1(slot * i + slot / 2);
    return {
      label: String(it?.label ?? ''),
      value: Number(it?.value) || 0,
      x: round1(centre - width / 2),
      y: round1(baseline - height),
      width,
      height,
      centre,
    };
  });
  return { columns, baseline, height: box.height };
}

/** Rows of paired bars: for each item a label, then its "before" bar and
 *  its "after" bar on one shared scale (0..max, 100 for ratings). An item
 *  without a number on one side has no bar there. */
export function pairedLayout(items, { max = 100, box = BAR_BOX } = {}) {
  const list = Array.isArray(items) ? items : [];
  const track = box.width - box.valueWidth - 40;
  const pairHeight = box.labelHeight + 2 * box.barHeight + 4 + box.gap;
  const rows = list.map((it, i) => {
    const y = i * pairHeight;
    const before = finite(it?.before) ? it.before : null;
    const after = finite(it?.after) ? it.after : null;
    return {
      label: String(it?.label ?? ''),
      before,
      after,
      labelY: y + box.labelHeight - 6,
      beforeY: y + box.labelHeight,
      afterY: y + box.labelHeight + box.barHeight + 4,
      beforeWidth: before === null ? 0 : barLength(before, max, track),
      afterWidth: after === null ? 0 : barLength(after, max, track),
    };
  });
  return { rows, height: Math.max(pairHeight, rows.length * pairHeight - box.gap + 4) };
}

/** An <svg role="img"> named by `label`, with a <title> of the same words. */
function frame(className, width, height, label) {
  const sentence = String(label || t('brief-chart'));
  return svg('svg', {
    class: ['chart', className],
    viewBox: `0 0 ${width} ${height}`,
    role: 'img',
    'aria-label': sentence,
    focusable: 'false',
  }, svg('title', {}, sentence));
}

const text = (x, y, words, attrs = {}) => svg('text', { x, y, class: 'chart-axis', ...attrs }, words);

/** A line chart of `points` ({ value, label, x? }) on a fixed min..max
 *  scale: a baseline, the two ends of the scale, the first and last
 *  labels underneath, the line and its dots. No gridlines. */
export function lineChart(points, { min, max, label, format = String } = {}) {
  const box = LINE_BOX;
  const el = frame('chart-line-chart', box.width, box.height, label);
  const positions = linePositions(points, { min, max, box });
  const baseline = box.height - box.bottom;
  el.appendChild(svg('line', {
    class: 'chart-axis-line', x1: box.left, y1: baseline, x2: box.width - box.right, y2: baseline,
  }));
  if (finite(min) && finite(max)) {
    el.appendChild(text(box.left - 8, box.top + 4, format(max), { 'text-anchor': 'end' }));
    el.appendChild(text(box.left - 8, baseline, format(min), { 'text-anchor': 'end' }));
  }
  if (positions.length === 0) return el;
  const d = linePath(positions);
  if (d) el.appendChild(svg('path', { class: 'chart-line', d }));
  // Dots mark the days that have a rating; past a month of them they would
  // crowd into a bead chain, so then only the latest is marked.
  const dotted = positions.length <= 31 ? positions : positions.slice(-1);
  for (const p of dotted) el.appendChild(svg('circle', { class: 'chart-dot', cx: p.x, cy: p.y, r: 4 }));
  const first = positions[0];
  const last = positions[positions.length - 1];
  el.appendChild(text(first.x, box.height - 10, first.label, {
    'text-anchor': positions.length === 1 ? 'middle' : 'start',
  }));
  if (positions.length > 1) el.appendChild(text(last.x, box.height - 10, last.label, { 'text-anchor': 'end' }));
  return el;
}

/** Bars for `items` ({ label, value }) on one scale from 0 to the largest
 *  value (or `max`). Horizontal rows by default, labels above each bar;
 *  `vertical: true` draws columns with labels underneath, for short
 *  ordered labels such as weekdays. */
export function barChart(items, { label, max, vertical = false } = {}) {
  if (vertical) {
    const { columns, baseline, height } = columnLayout(items, { max });
    const el = frame('chart-columns', COLUMN_BOX.width, height, label);
    el.appendChild(svg('line', {
      class: 'chart-axis-line', x1: 0, y1: baseline, x2: COLUMN_BOX.width, y2: baseline,
    }));
    for (const c of columns) {
      if (c.height > 0) {
        el.appendChild(svg('rect', {
          class: 'chart-bar', x: c.x, y: c.y, width: c.width, height: c.height, rx: 4,
        }));
      }
      el.appendChild(text(c.centre, c.y - 6, String(c.value), { 'text-anchor': 'middle', class: 'chart-value' }));
      el.appendChild(text(c.centre, height - 10, c.label, { 'text-anchor': 'middle' }));
    }
    return el;
  }
  const { rows, height } = barLayout(items, { max });
  const el = frame('chart-bars', BAR_BOX.width, height, label);
  for (const r of rows) {
    el.appendChild(text(0, r.labelY, truncate(r.label, 60), { class: 'chart-label' }));
    if (r.width > 0) {
      el.appendChild(svg('rect', {
        class: 'chart-bar', x: 0, y: r.barY, width: r.width, height: BAR_BOX.barHeight, rx: 4,
      }));
    }
    el.appendChild(text(r.valueX, r.barY + BAR_BOX.barHeight - 2, String(r.value), { class: 'chart-value' }));
  }
  return el;
}

/** Before/after pairs for `items` ({ label, before, after }) on a fixed
 *  0..100 scale. "Before" is an outlined bar and "after" a filled one,
 *  and each carries its word and number, so the pair reads without
 *  telling the two apart by colour. */
export function pairedBars(items, { label, max = 100 } = {}) {
  const { rows, height } = pairedLayout(items, { max });
  const el = frame('chart-paired', BAR_BOX.width, height, label);
  for (const r of rows) {
    el.appendChild(text(0, r.labelY, truncate(r.label, 60), { class: 'chart-label' }));
    for (const [side, value, y, width] of [
      ['before', r.before, r.beforeY, r.beforeWidth],
      ['after', r.after, r.afterY, r.afterWidth],
    ]) {
      if (width > 0) {
        el.appendChild(svg('rect', {
          class: side === 'before' ? 'chart-bar chart-bar-before' : 'chart-bar',
          x: 0, y, width, height: BAR_BOX.barHeight, rx: 4,
        }));
      }
      const words = value === null
        ? t('brief-chart-not-rated', { side })
        : t('brief-chart-rated', { side, value: Math.round(value) });
      el.appendChild(text(width + 8, y + BAR_BOX.barHeight - 2, words, { class: 'chart-value' }));
    }
  }
  return el;
}
