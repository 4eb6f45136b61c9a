// A slider that may be left unrated: how strongly a thought is believed
// (0–100), or an activity's mood, sense of achievement and enjoyment
// (0–10). A range always has a value, so "not rated" lives here: until it
// is moved the thumb rests faded and the words beside it (and its
// aria-valuetext) say "Not rated"; Clear puts it back.

import { h } from '../lib/dom.js';
import { t } from '../lib/i18n.js';

/**
 * scaleSlider({ id, label, hint, value, resting, clearLabel, onChange,
 *               max, step, words, ends, normalize, className })
 *
 * The slider `#id` from 0 to `max` with its label, a hint beside it
 * (`#id-hint`), the value in words (`#id-value`, from `words(value)`,
 * which gets null while unrated) and Clear (`#id-clear`). `ends(n)` says
 * the two ends; `normalize` turns any value into a rating or null.
 * Returns `{ element, input, value, set }`.
 */
export function scaleSlider({
  id, label, hint, value = null, resting, clearLabel, onChange = () => {},
  max, step, words, ends, normalize, className,
}) {
  let rating = normalize(value);
  const input = h('input', {
    type: 'range', id, min: 0, max, step, 'aria-describedby': `${id}-hint`,
  });
  const out = h('output', { for: id, id: `${id}-value`, class: 'rating-number', 'aria-hidden': 'true' });
  const clear = h('button', {
    type: 'button', class: 'button quiet', id: `${id}-clear`, 'aria-label': clearLabel,
  }, t('moments-scale-clear'));
  const end = (n) => h('span', { class: 'rating-end', 'aria-hidden': 'true' }, ends(n));

  function draw() {
    input.value = String(rating ?? resting ?? max / 2);
    input.classList.toggle('is-unset', rating === null);
    input.setAttribute('aria-valuetext', words(rating));
    out.textContent = words(rating);
    clear.hidden = rating === null;
  }

  // `input` misses a click on the thumb where it already rests, so a
  // click or change also counts as choosing that number.
  for (const type of ['input', 'change', 'click']) {
    input.addEventListener(type, () => {
      const next = normalize(input.value);
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

  const element = h('div', { class: className },
    h('div', { class: 'moment-rating-head' },
      h('label', { for: id }, label),
      h('span', { class: 'hint', id: `${id}-hint` }, hint)),
    h('div', { class: 'rating-row' }, end(0), input, end(max), out, clear));
  return {
    element,
    input,
    get value() { return rating; },
    set(next) {
      rating = normalize(next);
      draw();
    },
  };
}
