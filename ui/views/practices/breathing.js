// The breathing guide: box (4-4-4-4), 4-7-8, or the person's own counts,
// for one to five minutes. A circle grows as you breathe in and shrinks as
// you breathe out; the phase word is announced politely; Pause and Stop are
// always in reach. With reduced motion nothing moves: the guide counts in
// words instead ("Breathe in… 2… 3… 4"). The timing is lib/pacer.js.

import { h, replace } from '../../lib/dom.js';
import {
  DURATIONS, MAX_COUNT, PATTERNS, countText, countsLabel, formatClock, normalizeCounts, pacerState,
} from '../../lib/pacer.js';
import { finishScreen, practicePage } from './common.js';

// The last choices, so "Once more" and coming back start where you were.
const chosen = { pattern: 'box', minutes: 3, custom: [...PATTERNS.custom.counts] };

const reducedMotion = () => globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

const COUNT_FIELDS = [
  ['count-in', 'Breathe in', 1], ['count-hold-in', 'Hold', 0],
  ['count-out', 'Breathe out', 1], ['count-hold-out', 'Hold', 0],
];

function radio(name, id, value, label, checked, hint) {
  return h('label', { class: 'choice' },
    h('input', { type: 'radio', name, id, value, checked }),
    h('span', {}, label, hint ? h('span', { class: 'muted' }, ` · ${hint}`) : null));
}

function setup(stage, plan) {
  const customBox = h('fieldset', { class: 'sub-choice count-fields', id: 'custom-counts' },
    h('legend', {}, 'Your counts, in seconds'),
    COUNT_FIELDS.map(([id, label, min], i) => h('div', { class: 'field' },
      h('label', { for: id }, label),
      h('input', { type: 'number', id, min, max: MAX_COUNT, step: 1, value: chosen.custom[i], class: 'number' }))));
  const form = h('form', { id: 'breath-setup', class: 'card', novalidate: true },
    h('fieldset', { class: 'field', id: 'breath-pattern' },
      h('legend', {}, 'Pattern'),
      h('div', { class: 'choices' },
        radio('pattern', 'pattern-box', 'box', 'Box breathing', chosen.pattern === 'box', '4-4-4-4, even and steady'),
        radio('pattern', 'pattern-478', '478', '4-7-8 breathing', chosen.pattern === '478', 'a long, slow out-breath'),
        radio('pattern', 'pattern-custom', 'custom', 'Your own counts', chosen.pattern === 'custom'),
        customBox)),
    h('fieldset', { class: 'field', id: 'breath-duration' },
      h('legend', {}, 'How long?'),
      h('div', { class: 'choices choices-row' }, DURATIONS.map((m) =>
        radio('minutes', `duration-${m}`, m, m === 1 ? '1 minute' : `${m} minutes`, chosen.minutes === m)))),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button primary', id: 'breath-start' }, 'Start')));
  const sync = () => {
    chosen.pattern = form.querySelector('input[name="pattern"]:checked')?.value ?? 'box';
    chosen.minutes = Number(form.querySelector('input[name="minutes"]:checked')?.value ?? 3);
    chosen.custom = COUNT_FIELDS.map(([id]) => form.querySelector(`#${id}`).value);
    customBox.hidden = chosen.pattern !== 'custom';
  };
  form.addEventListener('change', sync);
  form.addEventListener('input', sync);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    sync();
    const counts = chosen.pattern === 'custom' ? normalizeCounts(chosen.custom) : PATTERNS[chosen.pattern].counts;
    chosen.custom = chosen.pattern === 'custom' ? counts : chosen.custom;
    run(stage, plan, counts, chosen.minutes);
  });
  sync();
  replace(stage, form);
}

function run(stage, plan, counts, minutes) {
  const reduced = reducedMotion();
  const circle = h('div', { class: 'pacer-circle' });
  const pacer = h('div', { class: 'pacer', 'aria-hidden': 'true' }, circle);
  const phase = h('p', { id: 'breath-phase', class: 'phase-word', 'aria-live': 'polite' });
  // The moving count is for the eyes; the phase word is what is announced.
  const count = h('p', {
    id: 'breath-count', class: reduced ? 'count-text' : 'count-number', 'aria-hidden': reduced ? null : 'true',
  });
  const remaining = h('p', { id: 'breath-remaining', class: 'muted' });
  const pause = h('button', { type: 'button', class: 'button', id: 'breath-pause' }, 'Pause');
  const stop = h('button', { type: 'button', class: 'button', id: 'breath-stop' }, 'Stop');
  const section = h('section', { class: 'pacer-run', id: 'breath-run', 'aria-labelledby': 'breath-run-heading' },
    h('h2', { id: 'breath-run-heading', class: 'visually-hidden' }, `Breathing ${countsLabel(counts)}`),
    reduced ? null : pacer, phase, count, remaining,
    h('div', { class: 'actions' }, pause, stop));
  replace(stage, section);

  let before = 0; // ms breathed before the last pause
  let since = performance.now();
  let paused = false;
  let last = {};
  const elapsed = () => (paused ? before : before + performance.now() - since);

  const end = () => clearInterval(timer);
  function tick() {
    if (!section.isConnected) { end(); return; } // the person went elsewhere
    const s = pacerState(counts, minutes, elapsed());
    if (s.done) {
      end();
      finishScreen(stage, { plan, again: () => setup(stage, plan) });
      return;
    }
    if (s.index !== last.index || s.cycle !== last.cycle) {
      circle.className = `pacer-circle is-${s.phase} secs-${s.phaseSeconds}`;
      phase.textContent = s.word;
    }
    if (s.secondInPhase !== last.secondInPhase || s.index !== last.index) {
      count.textContent = reduced ? countText(s.word, s.secondInPhase, s.phaseSeconds) : String(s.secondsLeft);
    }
    remaining.textContent = `${paused ? 'Paused · ' : ''}${formatClock(s.remainingSeconds)} left`;
    last = s;
  }
  const timer = setInterval(tick, 100);
  tick();

  pause.addEventListener('click', () => {
    if (paused) {
      since = performance.now();
      paused = false;
      pause.textContent = 'Pause';
    } else {
      before = elapsed();
      paused = true;
      pause.textContent = 'Resume';
    }
    pacer.classList.toggle('is-paused', paused);
    tick();
  });
  stop.addEventListener('click', () => {
    end();
    finishScreen(stage, {
      plan,
      heading: 'That was a pause worth taking.',
      line: 'Even a few slow breaths help. Notice how you feel now.',
      record: 'offer',
      again: () => setup(stage, plan),
    });
  });
  pause.focus();
}

export default {
  live: false,
  async render(root, route) {
    if (route.pattern && route.pattern in PATTERNS) chosen.pattern = route.pattern;
    const { plan, stage } = await practicePage(root, route, {
      title: 'Breathing',
      lede: 'Slow breathing, with an out-breath as long as the in-breath or longer, '
        + 'tells your body it is safe to settle. Sit comfortably and follow the circle.', stageId: 'breathing-stage',
    });
    setup(stage, plan);
    return 'Breathing';
  },
};
