// Pieces every view of a behavioural experiment shares: the 0–100 slider
// of how strongly the prediction is believed, the line saying where an
// experiment is ("Planned for Tue 24 Nov, 17:50", "Ready to write up
// whenever you like", "Written up"), and the belief before → after.
//
// A slider starts unrated: a range always has a value, so "not rated"
// lives here. Until it is moved the thumb rests faded and the words beside
// it (and its aria-valuetext) say "Not rated"; Clear puts it back.

import { h } from '../lib/dom.js';
import { t, tNodes } from '../lib/i18n.js';
import { normalizeRating } from '../lib/moment-form.js';
import { formatFriendly, nowYear } from '../lib/time.js';

/** How strongly, in words: "80%", or "Not rated". */
const beliefWords = (value) =>
  (value === null ? t('moments-rating-not-rated') : t('moments-belief-percent', { rating: value }));

/**
 * beliefSlider({ id, label, hint, value, resting, clearLabel, onChange })
 *
 * The slider `#id` with its label, a hint beside it (`#id-hint`), the
 * value in words (`#id-value`) and Clear (`#id-clear`). `resting` is where
 * the thumb waits while unrated. Returns `{ element, input, value, set }`.
 */
export function beliefSlider({
  id, label, hint, value = null, resting = 50, clearLabel, onChange = () => {},
}) {
  let rating = normalizeRating(value);
  const input = h('input', {
    type: 'range', id, min: 0, max: 100, step: 5, 'aria-describedby': `${id}-hint`,
  });
  const out = h('output', { for: id, id: `${id}-value`, class: 'rating-number', 'aria-hidden': 'true' });
  const clear = h('button', {
    type: 'button', class: 'button quiet', id: `${id}-clear`, 'aria-label': clearLabel,
  }, t('moments-scale-clear'));
  const end = (n) => h('span', { class: 'rating-end', 'aria-hidden': 'true' }, t('moments-belief-percent', { rating: n }));

  function draw() {
    input.value = String(rating ?? resting);
    input.classList.toggle('is-unset', rating === null);
    input.setAttribute('aria-valuetext', beliefWords(rating));
    out.textContent = beliefWords(rating);
    clear.hidden = rating === null;
  }

  // `input` misses a click on the thumb where it already rests, so a
  // click or change also counts as choosing that number.
  for (const type of ['input', 'change', 'click']) {
    input.addEventListener(type, () => {
      const next = normalizeRating(input.value);
      if (next === rating) return;
      rating = next;
      draw();
      onChange(rating);
    });
  }
  clear.addEventListener('click', () => {
    rating = null;
    draw();
    input.focus(); // Clear has just hidden itself
    onChange(rating);
  });
  draw();

  const element = h('div', { class: 'moment-rating moment-belief experiment-belief' },
    h('div', { class: 'moment-rating-head' },
      h('label', { for: id }, label),
      h('span', { class: 'hint', id: `${id}-hint` }, hint)),
    h('div', { class: 'rating-row' }, end(0), input, end(100), out, clear));
  return {
    element,
    input,
    get value() { return rating; },
    set(next) {
      rating = normalizeRating(next);
      draw();
    },
  };
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
