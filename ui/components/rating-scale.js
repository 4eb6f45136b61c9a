// A 1–10 scale that may be left unanswered. A range input always has a
// value, so "not given" lives here instead: until the person touches the
// scale (or after they press Clear) the thumb rests faded in the middle
// and the words beside it say so. The reflection window's feeling check,
// the check-in's mood and a note's optional mood all use it.

import { h } from '../lib/dom.js';
import { t } from '../lib/i18n.js';
import { normalizeRating } from '../lib/reflection-form.js';

/** Wires an existing range, its <output> and its Clear button. `onChange`
 *  hears every change the person makes (not those made by `set`). The
 *  words are the language's when the scale is wired (defaults are read
 *  at each call, never at import). */
export function ratingScale({
  range, valueOut, clearButton, onChange = () => {}, unsetText = t('moments-scale-not-set'),
}) {
  let rating = null;

  function render() {
    const set = rating !== null;
    range.value = set ? String(rating) : '5';
    const text = set ? t('moments-scale-value', { rating }) : unsetText;
    valueOut.textContent = text;
    range.setAttribute('aria-valuetext', text);
    range.classList.toggle('is-unset', !set);
    clearButton.hidden = !set;
  }

  // `input` misses a click on the thumb where it already rests, so a click
  // or change also counts as choosing that number.
  for (const type of ['input', 'change', 'click']) {
    range.addEventListener(type, () => {
      const value = Number(range.value);
      if (rating === value) return;
      rating = value;
      render();
      onChange(rating);
    });
  }

  clearButton.addEventListener('click', () => {
    rating = null;
    render();
    range.focus(); // the Clear button just hid itself
    onChange(rating);
  });

  render();
  return {
    get value() { return rating; },
    set(value) {
      rating = normalizeRating(value);
      render();
    },
  };
}

/** The scale's markup: a label, a one-line hint, the range between its
 *  two ends, the value in words and Clear. Ids derive from `id`
 *  (`${id}-value`, `${id}-clear`, `${id}-hint`). Not yet wired: pass the
 *  parts to `ratingScale` (or `feelingCheck`), or use `ratingField`. */
export function ratingMarkup({
  id, label, hint, low = t('moments-scale-low'), high = t('moments-scale-high'), clearLabel = t('moments-scale-clear'),
}) {
  const range = h('input', {
    type: 'range', id, min: '1', max: '10', step: '1', value: '5', class: 'is-unset',
    'aria-describedby': hint ? `${id}-hint` : null,
  });
  const valueOut = h('output', { id: `${id}-value`, for: id });
  const clearButton = h('button', {
    type: 'button', id: `${id}-clear`, class: 'button quiet', 'aria-label': clearLabel,
  }, t('moments-scale-clear'));
  const element = h('div', { class: 'rating' },
    h('label', { for: id }, label),
    hint ? h('p', { class: 'hint', id: `${id}-hint` }, hint) : null,
    h('div', { class: 'rating-row' },
      h('span', { class: 'rating-end', 'aria-hidden': 'true' }, low),
      range,
      h('span', { class: 'rating-end', 'aria-hidden': 'true' }, high)),
    h('div', { class: 'rating-value' }, valueOut, clearButton));
  return { element, range, valueOut, clearButton };
}

/** The markup and the scale, wired: `{ element, range, scale }`. */
export function ratingField({ unsetText, onChange, ...markup }) {
  const parts = ratingMarkup(markup);
  const scale = ratingScale({ ...parts, onChange, unsetText });
  return { element: parts.element, range: parts.range, scale };
}
