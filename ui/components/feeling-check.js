// "How are you feeling right now?": the 1–10 scale and the feeling chips of
// the reflection window and of a check-in. It owns their state (the rating,
// the words chosen, the words offered) and tells its owner about every
// change through `onChange`, because chips and the Clear button are buttons
// and fire no input events of their own.

import { h } from '../lib/dom.js';
import { cleanFeelings } from '../lib/reflection-form.js';
import { ratingScale } from './rating-scale.js';

const same = (a, b) => a.toLowerCase() === b.toLowerCase();

export function feelingCheck({ range, valueOut, clearButton, chipBox, ownInput, addButton, onChange }) {
  // The 1–10 scale; null until the person touches it: "not given".
  const rating = ratingScale({ range, valueOut, clearButton, onChange: () => onChange() });
  let chosen = []; // words chosen, in the order chosen
  let offered = []; // every word shown as a chip; only grows while open

  // A word may be the person's own: it takes its own direction (dir="auto").
  function renderChips() {
    chipBox.replaceChildren(...offered.map((word) => h('button', {
      type: 'button',
      class: 'chip',
      dir: 'auto',
      'aria-pressed': String(chosen.some((w) => same(w, word))),
      dataset: { word },
    }, word)));
  }

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
      rating.set(state.feelingRating);
      chosen = [...state.feelings];
      offered = cleanFeelings([...offered, ...chosen]);
      renderChips();
    },
    read() {
      return { feelingRating: rating.value, feelings: [...chosen] };
    },
  };
}
