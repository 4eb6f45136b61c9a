// One step per screen, with Back and Next: the shape of the breathing
// space and the grounding exercise. Each step's body is built once and
// kept, so words typed in a step are still there after going back.

import { h, replace } from '../lib/dom.js';
import { t } from '../lib/i18n.js';

/** Shows `steps` ([{ title, body: Node|Node[], onShow?() }]) in
 *  `container`, one at a time, and calls `onFinish` after the last. */
export function stepper(container, { steps, onFinish, finishLabel = t('shell-step-finish') }) {
  let index = 0;
  const heading = h('h2', { id: 'step-heading', tabindex: '-1' });
  const where = h('p', { class: 'step-count', id: 'step-count' });
  const dots = h('span', { class: 'step-dots', 'aria-hidden': 'true' });
  const body = h('div', { class: 'step-body' });
  const back = h('button', { type: 'button', class: 'button', id: 'step-back' }, t('shell-step-back'));
  const next = h('button', { type: 'button', class: 'button primary', id: 'step-next' }, t('shell-step-next'));
  const card = h('section', { class: 'card step', id: 'step', 'aria-labelledby': 'step-heading' },
    h('div', { class: 'step-top' }, where, dots), heading, body, h('div', { class: 'actions' }, back, next));

  function show(i, { focus = true } = {}) {
    index = i;
    const step = steps[i];
    heading.textContent = step.title;
    where.textContent = t('shell-step-count', { step: i + 1, count: steps.length });
    replace(dots, steps.map((_, k) => h('span', { class: ['step-dot', k <= i && 'is-reached'] })));
    replace(body, step.body);
    back.hidden = i === 0;
    next.textContent = i === steps.length - 1 ? finishLabel : t('shell-step-next');
    step.onShow?.();
    if (focus) heading.focus();
  }

  back.addEventListener('click', () => index > 0 && show(index - 1));
  next.addEventListener('click', () => {
    if (index < steps.length - 1) show(index + 1);
    else onFinish();
  });
  replace(container, card);
  show(0, { focus: false });
  return { show };
}
