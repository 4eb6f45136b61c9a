// The three-minute breathing space: about a minute each for awareness
// (what is here), gathering (the breath) and expanding (the whole body).
// A quiet timer shows each minute passing; Next never waits for it.

import { stepper } from '../../components/stepper.js';
import { h } from '../../lib/dom.js';
import { formatClock } from '../../lib/pacer.js';
import { finishScreen, practicePage } from './common.js';

const STEP_SECONDS = 60;

const STEPS = [
  {
    title: '1 · Awareness',
    ask: "What's here right now — thoughts, feelings, body?",
    lines: [
      'Sit tall, and let your eyes close or rest softly on one spot.',
      'Notice what is here without trying to change it: thoughts passing through, '
        + 'any feelings, sensations in the body. You might name them quietly: "there\'s worry", "there\'s tightness".',
    ],
  },
  {
    title: '2 · Gathering',
    ask: 'Gather your attention on the breath.',
    lines: [
      'Let your attention narrow to the breath, where you feel it most — the belly, perhaps, rising and falling.',
      'When your mind wanders, notice where it went and gently come back. That coming back is the practice.',
    ],
  },
  {
    title: '3 · Expanding',
    ask: 'Let your attention widen to the whole body.',
    lines: [
      'Widen your attention around the breath to the body as a whole: your posture, your hands, your face.',
      'If something is uncomfortable, breathe with it and let it be as it is. '
        + 'Then take this wider awareness with you into what comes next.',
    ],
  },
];

/** "About a minute · 0:42 left" in `el`, restarted for each step. It
 *  stops by itself once the page has been left. */
function minuteTimer(el) {
  let startedAt = performance.now();
  let seen = false; // the page is drawn a moment after this is made…
  let waits = 0; // …unless a newer page replaced it before it was shown
  const tick = () => {
    const left = STEP_SECONDS - Math.floor((performance.now() - startedAt) / 1000);
    el.textContent = left > 0
      ? `About a minute · ${formatClock(left)} left`
      : "A minute has passed. Go on whenever you're ready.";
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
      title: 'Three-minute breathing space',
      lede: 'A short pause in three steps. It helps you step out of autopilot, '
        + 'see what is here, and choose what to do next.',
    });
    const timerText = h('p', { class: 'step-timer muted', id: 'step-timer' });
    const timer = minuteTimer(timerText);
    stepper(stage, {
      steps: STEPS.map((s) => ({
        title: s.title,
        body: [h('p', { class: 'step-ask' }, s.ask), ...s.lines.map((l) => h('p', {}, l)), timerText],
        onShow: () => timer.restart(),
      })),
      finishLabel: 'Finish',
      onFinish: () => {
        timer.stop();
        finishScreen(stage, { plan });
      },
    });
    return 'Three-minute breathing space';
  },
};
