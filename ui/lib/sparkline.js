// The soft score line: a plan's score history (0..1, oldest first) as an
// SVG path, and the same thing in words for screen readers and for anyone
// who would rather read than look.
//
// The vertical scale is fixed at 0..1, never stretched to fit the data:
// stretched, a dip from 0.64 to 0.61 would fill the whole height and look
// like a fall. A lapse should look like what it is, a small dent.

import { t } from './i18n.js';

const round1 = (n) => Math.round(n * 10) / 10;

const clamp01 = (n) => Math.min(1, Math.max(0, Number(n) || 0));

/** The `d` of a polyline through `scores` inside a width × height box with
 *  `pad` around it. One score is drawn as a flat line; none is ''. */
export function sparklinePath(scores, { width = 120, height = 32, pad = 2 } = {}) {
  const values = (Array.isArray(scores) ? scores : []).map(clamp01);
  if (values.length === 0) return '';
  const innerW = width - 2 * pad;
  const innerH = height - 2 * pad;
  const y = (v) => round1(pad + (1 - v) * innerH);
  if (values.length === 1) return `M${pad} ${y(values[0])} L${width - pad} ${y(values[0])}`;
  const step = innerW / (values.length - 1);
  return values
    .map((v, i) => `${i === 0 ? 'M' : 'L'}${round1(pad + i * step)} ${y(v)}`)
    .join(' ');
}

/** A score as a whole number out of 100. */
export const scorePercent = (score) => Math.round(clamp01(score) * 100);

/** Which way the score has gone over the last week or so, in gentle words:
 *  "rising", "rising gently", "steady", "dipped a little" or "just
 *  beginning". A dip is only ever "a little": nothing here scolds. */
export function trendWord(history, now) {
  return t('brief-score-trend', { trend: trendKey(history, now) });
}

/** Which of the trend words fits: 'rising', 'rising-gently', 'steady',
 *  'dipped' or 'beginning'. */
function trendKey(history, now) {
  const values = (Array.isArray(history) ? history : []).map((p) => clamp01(p?.score ?? p));
  if (values.length < 2) return 'beginning';
  const latest = now === undefined ? values[values.length - 1] : clamp01(now);
  const before = values[Math.max(0, values.length - 8)];
  const delta = latest - before;
  if (delta >= 0.1) return 'rising';
  if (delta >= 0.02) return 'rising-gently';
  if (delta <= -0.02) return 'dipped';
  return 'steady';
}

/** "Score 62 out of 100, rising gently". */
export function scoreDescription(progress) {
  const history = progress?.history ?? [];
  return t('brief-score-description', {
    score: scorePercent(progress?.score), trend: trendWord(history, progress?.score),
  });
}
