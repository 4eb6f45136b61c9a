// A plan's soft score line: a small sparkline of its score history and the
// same reading in words. The picture is decoration for sighted people; the
// words are the real content, so the SVG is hidden from screen readers.

import { h, svg } from '../lib/dom.js';
import { scoreDescription, sparklinePath } from '../lib/sparkline.js';

const SIZES = {
  small: { width: 120, height: 32 },
  large: { width: 320, height: 72 },
};

/** `id` names the words (for a test or aria-describedby to find). */
export function scoreLine(progress, { id, size = 'small' } = {}) {
  const box = SIZES[size] ?? SIZES.small;
  const scores = (progress?.history ?? []).map((p) => p.score);
  if (!scores.length && progress) scores.push(progress.score);
  const d = sparklinePath(scores, box);
  const picture = svg('svg', {
    class: `sparkline sparkline-${size}`,
    viewBox: `0 0 ${box.width} ${box.height}`,
    width: box.width,
    height: box.height,
    'aria-hidden': 'true',
    focusable: 'false',
  },
  svg('line', {
    class: 'sparkline-base', x1: 2, x2: box.width - 2, y1: box.height - 2, y2: box.height - 2,
  }),
  d ? svg('path', { class: 'sparkline-line', d }) : null);
  return h('p', { class: 'score-line' },
    picture,
    h('span', { class: 'score-text', id }, scoreDescription(progress)));
}
