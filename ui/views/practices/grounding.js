// 5-4-3-2-1 grounding: five things you can see, four you can touch, three
// you can hear, two you can smell, one you can taste. Each step has a few
// optional lines to write on; nothing written here is saved.

import { stepper } from '../../components/stepper.js';
import { h } from '../../lib/dom.js';
import { t } from '../../lib/i18n.js';
import { finishScreen, practicePage } from './common.js';

/** The senses, from five things down to one; each has its messages
 *  practice-grounding-<key> (the title) and -<key>-line. */
const SENSES = [
  { n: 5, key: 'see' },
  { n: 4, key: 'touch' },
  { n: 3, key: 'hear' },
  { n: 2, key: 'smell' },
  { n: 1, key: 'taste' },
];

function senseStep(sense) {
  const title = t(`practice-grounding-${sense.key}`);
  const fields = Array.from({ length: sense.n }, (_, i) => {
    const id = `ground-${sense.key}-${i + 1}`;
    return h('div', { class: 'ground-field' },
      h('label', { for: id, class: 'visually-hidden' },
        t('practice-grounding-field', { sense: title, number: i + 1, total: sense.n })),
      h('span', { class: 'ground-number', 'aria-hidden': 'true' }, String(i + 1)),
      // What is typed takes its own direction (dir="auto").
      h('input', { type: 'text', id, autocomplete: 'off', maxlength: 120, dir: 'auto' }));
  });
  return {
    title,
    body: [
      h('p', {}, t(`practice-grounding-${sense.key}-line`)),
      h('div', { class: 'ground-fields' }, fields),
      h('p', { class: 'hint' }, t('practice-grounding-hint')),
    ],
  };
}

export default {
  live: false,
  async render(root, route) {
    const { plan, stage } = await practicePage(root, route, {
      title: t('practice-grounding-title'),
      lede: t('practice-grounding-lede'),
    });
    stepper(stage, {
      steps: SENSES.map(senseStep),
      onFinish: () => finishScreen(stage, { plan }),
    });
    return t('practice-grounding-title');
  },
};
