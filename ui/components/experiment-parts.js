// Pieces every view of a behavioural experiment shares: the 0–100 slider
// of how strongly the prediction is believed, the line saying where an
// experiment is ("Planned for Tue 24 Nov, 17:50", "Ready to write up
// whenever you like", "Written up"), and the belief before → after.
//
// The slider starts unrated (see scale-slider.js).

import { h } from '../lib/dom.js';
import { t, tNodes } from '../lib/i18n.js';
import { normalizeRating } from '../lib/moment-form.js';
import { formatFriendly, nowYear } from '../lib/time.js';
import { scaleSlider } from './scale-slider.js';

/** How strongly, in words: "80%", or "Not rated". */
const beliefWords = (value) =>
  (value === null ? t('moments-rating-not-rated') : t('moments-belief-percent', { rating: value }));

/**
 * beliefSlider({ id, label, hint, value, resting, clearLabel, onChange })
 *
 * The 0–100 slider `#id` (in steps of 5) with its label, a hint beside it
 * (`#id-hint`), the value in words (`#id-value`) and Clear (`#id-clear`).
 * `resting` is where the thumb waits while unrated. Returns
 * `{ element, input, value, set }`.
 */
export function beliefSlider(options) {
  return scaleSlider({
    ...options,
    max: 100,
    step: 5,
    words: beliefWords,
    ends: (n) => t('moments-belief-percent', { rating: n }),
    normalize: normalizeRating,
    className: 'moment-rating moment-belief experiment-belief',
  });
}

/** "Belief 80% → 40%": the arrow only seen, "to" only heard. */
const beliefChange = (before, after) => tNodes('practice-experiment-belief-change', { before, after }, {
  arrow: [h('span', { 'aria-hidden': 'true' }, ' → '),
    h('span', { class: 'visually-hidden' }, ` ${t('practice-experiment-belief-to')} `)],
});

/** Where an experiment is, in calm words: planned (and for when), ready
 *  to write up whenever the person likes, or written up (with the belief
 *  before → after when both were rated). Nothing is ever late. */
export function experimentStatus(experiment) {
  const e = experiment ?? {};
  if (e.status === 'done') {
    const rated = Number.isInteger(e.beliefBefore) && Number.isInteger(e.beliefAfter);
    return [t('practice-experiment-status-done'), rated ? [' · ', beliefChange(e.beliefBefore, e.beliefAfter)] : null];
  }
  if (e.status === 'ready') return [t('practice-experiment-status-ready')];
  const when = e.plannedFor ? formatFriendly(e.plannedFor, nowYear()) : '';
  return [when ? t('practice-experiment-status-planned-for', { when }) : t('practice-experiment-status-planned')];
}
