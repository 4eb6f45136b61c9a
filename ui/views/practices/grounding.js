// 5-4-3-2-1 grounding: five things you can see, four you can touch, three
// you can hear, two you can smell, one you can taste. Each step has a few
// optional lines to write on; nothing written here is saved.

import { stepper } from '../../components/stepper.js';
import { h } from '../../lib/dom.js';
import { finishScreen, practicePage } from './common.js';

const sense = (n, key, title, line) => ({ n, key, title, line });

const SENSES = [
  sense(5, 'see', 'Five things you can see',
    'Look around slowly. Small things count: a corner of light, a colour, a crease.'),
  sense(4, 'touch', 'Four things you can touch',
    'Your feet on the floor, the chair holding you, the fabric of your sleeve, the air on your skin.'),
  sense(3, 'hear', 'Three things you can hear', 'Near and far: a hum, your own breath, a sound outside.'),
  sense(2, 'smell', 'Two things you can smell', 'If nothing comes, bring to mind two smells you like.'),
  sense(1, 'taste', 'One thing you can taste', 'Whatever is there right now — or a taste you enjoy.'),
];

function senseStep(sense) {
  const fields = Array.from({ length: sense.n }, (_, i) => {
    const id = `ground-${sense.key}-${i + 1}`;
    return h('div', { class: 'ground-field' },
      h('label', { for: id, class: 'visually-hidden' }, `${sense.title}: ${i + 1} of ${sense.n}`),
      h('span', { class: 'ground-number', 'aria-hidden': 'true' }, String(i + 1)),
      // What is typed takes its own direction (dir="auto").
      h('input', { type: 'text', id, autocomplete: 'off', maxlength: 120, dir: 'auto' }));
  });
  return {
    title: sense.title,
    body: [
      h('p', {}, sense.line),
      h('div', { class: 'ground-fields' }, fields),
      h('p', { class: 'hint' }, 'Writing them down is optional, and these words aren\'t saved.'),
    ],
  };
}

export default {
  live: false,
  async render(root, route) {
    const { plan, stage } = await practicePage(root, route, {
      title: '5-4-3-2-1 grounding',
      lede: 'When feelings run high, naming what your senses find brings you back '
        + 'to the room you are in, and to now. Take your time with each step.',
    });
    stepper(stage, {
      steps: SENSES.map(senseStep),
      onFinish: () => finishScreen(stage, { plan }),
    });
    return '5-4-3-2-1 grounding';
  },
};
