// The three-minute breathing space: about a minute each for awareness
// (what is here), gathering (the breath) and expanding (the whole body).
// A quiet timer shows each minute passing; Next never waits for it.

import { stepper } from '../../components/stepper.js';
import { h } from '../../lib/dom.js';
import { t } from '../../lib/i18n.js';
import { formatClock } from '../../lib/pacer.js';
import { finishScreen, practicePage } from './common.js';

const STEP_SECONDS = 60;

/** Each step's messages: practice-space-<key>-title, -ask, -line-1, -line-2. */
const STEPS = ['awareness', 'gathering', 'expanding'];

/** "About a minute · 0:42 left" in `el`, restarted for each step. It
 *  stops by itself once the page has been left. */
function minuteTimer(el) {
  let startedAt = performance.now();
  let seen = false; // the page is drawn a moment after this is made…
  let waits = 0; // …unless a newer page replaced it before it was shown
  const tick = () => {
    const left = STEP_SECONDS - Math.floor((performance.now() - startedAt) / 1000);
    el.textContent = left > 0
      ? t('practice-space-timer', { clock: formatClock(left) })
      : t('practice-space-timer-done');
  };
  const timer = setInterval(() => {
    if (el.isConnected) seen = true;
    else if (seen || ++waits > 20) clearInterval(timer);
    tick();
  }, 500);
  return {
    restart() { startedAt = performance.now(); tick(); },
    stop() { clearInterval(timer); },
  };
}

export default {
  live: false,
  async render(root, route) {
    const { plan, stage } = await practicePage(root, route, {
      title: t('practice-space-title'),
      lede: t('practice-space-lede'),
    });
    const timerText = h('p', { class: 'step-timer muted', id: 'step-timer' });
    const timer = minuteTimer(timerText);
    stepper(stage, {
      steps: STEPS.map((key) => ({
        title: t(`practice-space-${key}-title`),
        body: [
          h('p', { class: 'step-ask' }, t(`practice-space-${key}-ask`)),
          h('p', {}, t(`practice-space-${key}-line-1`)),
          h('p', {}, t(`practice-space-${key}-line-2`)),
          timerText,
        ],
        onShow: () => timer.restart(),
      })),
      finishLabel: t('practice-space-finish'),
      onFinish: () => {
        timer.stop();
        finishScreen(stage, { plan });
      },
    });
    return t('practice-space-title');
  },
};
