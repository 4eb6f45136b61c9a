// "How are you feeling right now?": the 1–10 scale and the feeling chips of
// the reflection window. It owns their state (the rating, the words chosen,
// the words offered) and tells its owner about every change through
// `onChange`, because chips and the Clear button are buttons and fire no
// input events of their own.

import { h } from '../lib/dom.js';
import { cleanFeelings } from '../lib/reflection-form.js';

const same = (a, b) => a.toLowerCase() === b.toLowerCase();

export function feelingCheck({ range, valueOut, clearButton, chipBox, ownInput, addButton, onChange }) {
  let rating = null; // null until the person touches the scale: "not given"
  let chosen = []; // words chosen, in the order chosen
  let offered = []; // every word shown as a chip; only grows while open

  function renderRating() {
    const set = rating !== null;
    range.value = set ? String(rating) : '5';
    const text = set ? `${rating} of 10` : 'Not set';
    valueOut.textContent = text;
    range.setAttribute('aria-valuetext', text);
    range.classList.toggle('is-unset', !set);
    clearButton.hidden = !set;
  }

  function renderChips() {
    chipBox.replaceChildren(...offered.map((word) => h('button', {
      type: 'button',
      class: 'chip',
      'aria-pressed': String(chosen.some((w) => same(w, word))),
      dataset: { word },
    }, word)));
  }

  // `input` misses a click on the thumb where it already rests, so a click
  // or change also counts as choosing that number.
  for (const type of ['input', 'change', 'click']) {
    range.addEventListener(type, () => {
      const value = Number(range.value);
      if (rating === value) return;
      rating = value;
      renderRating();
      onChange();
    });
  }

  clearButton.addEventListener('click', () => {
    rating = null;
    renderRating();
    range.focus(); // the Clear button just hid itself
    onChange();
  });

  chipBox.addEventListener('click', (event) => {
    const chip = event.target.closest('button.chip');
    if (!chip) return;
    const word = chip.dataset.word;
    const on = chip.getAttribute('aria-pressed') !== 'true';
    chosen = on ? [...chosen, word] : chosen.filter((w) => !same(w, word));
    chip.setAttribute('aria-pressed', String(on));
    onChange();
  });

  /** Adds the word typed as a chosen chip (or chooses the chip that
   *  already has it), keeping the cursor in the box for another. */
  function addOwnWord() {
    const word = ownInput.value.trim();
    if (!word) return;
    const spelled = offered.find((w) => same(w, word)) ?? word;
    if (spelled === word && !offered.includes(word)) offered.push(word);
    if (!chosen.some((w) => same(w, spelled))) chosen.push(spelled);
    ownInput.value = '';
    renderChips();
    onChange();
  }

  addButton.addEventListener('click', addOwnWord);
  ownInput.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter') return;
    event.preventDefault(); // Enter here adds a word, it doesn't save
    addOwnWord();
  });

  return {
    /** The words to offer: the vocabulary, then the person's own. */
    offer(words) {
      offered = cleanFeelings([...words, ...offered, ...chosen]);
      renderChips();
    },
    fill(state) {
      rating = state.feelingRating;
      chosen = [...state.feelings];
      offered = cleanFeelings([...offered, ...chosen]);
      renderRating();
      renderChips();
    },
    read() {
      return { feelingRating: rating, feelings: [...chosen] };
    },
  };
}
