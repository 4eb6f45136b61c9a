// The breathing guide: box (4-4-4-4), 4-7-8, a longer out-breath with no
// holds (4 in, 6 out), or the person's own counts. Box, the longer
// out-breath and your own counts last one to five minutes; 4-7-8 is
// counted in breaths, four by default, and says why in one line. Each
// pattern says how to breathe it (4-7-8: in through the nose, out through
// the mouth). A circle grows as you breathe in and shrinks as you breathe
// out; the phase word ("Breathe in", "Hold", "Breathe out") is announced
// politely to screen readers; Pause and Stop are always in reach. With
// reduced motion nothing moves: the guide counts in words instead
// ("Breathe in… 2… 3… 4"). The timing is lib/pacer.js.

import { h, replace } from '../../lib/dom.js';
import { t } from '../../lib/i18n.js';
import {
  CYCLE_CHOICES, DURATIONS, MAX_COUNT, PATTERNS, countText, countsLabel, formatClock, normalizeCounts, pacerState,
  phaseWord,
} from '../../lib/pacer.js';
import { finishScreen, practicePage } from './common.js';

// The last choices, so "Once more" and coming back start where you were.
const chosen = {
  pattern: 'box', minutes: 3, cycles: PATTERNS[478].cycles, custom: [...PATTERNS.custom.counts],
};

const reducedMotion = () => globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/** The counts' fields: id, the phase whose word labels it, the least. */
const COUNT_FIELDS = [
  ['count-in', 'in', 1], ['count-hold-in', 'holdIn', 0],
  ['count-out', 'out', 1], ['count-hold-out', 'holdOut', 0],
];

/** The message of the short hint beside each pattern's name. */
const HINTS = {
  box: 'practice-pattern-box-hint',
  478: 'practice-pattern-478-hint',
  longOut: 'practice-pattern-long-out-hint',
};

/** Counted in breaths (4-7-8), or in minutes (the rest). */
const byBreaths = (pattern) => PATTERNS[pattern]?.cycles !== undefined;

function radio(name, id, value, label, checked, hint) {
  return h('label', { class: 'choice' },
    h('input', { type: 'radio', name, id, value, checked }),
    h('span', {}, label, hint ? h('span', { class: 'muted' }, ` · ${hint}`) : null));
}

function setup(stage, plan) {
  const customBox = h('fieldset', { class: 'sub-choice count-fields', id: 'custom-counts' },
    h('legend', {}, t('practice-breathing-counts')),
    COUNT_FIELDS.map(([id, phase, min], i) => h('div', { class: 'field' },
      h('label', { for: id }, phaseWord(phase)),
      h('input', { type: 'number', id, min, max: MAX_COUNT, step: 1, value: chosen.custom[i], class: 'number' }))));
  // How to breathe the chosen pattern, in one line (read with the choice).
  const how = h('p', { class: 'hint', id: 'breath-how' });
  const minutesBox = h('fieldset', { class: 'field', id: 'breath-duration' },
    h('legend', {}, t('practice-breathing-how-long')),
    h('div', { class: 'choices choices-row' }, DURATIONS.map((m) =>
      radio('minutes', `duration-${m}`, m, t('practice-breathing-minutes', { count: m }), chosen.minutes === m))));
  const cyclesBox = h('fieldset', {
    class: 'field', id: 'breath-cycles', 'aria-describedby': 'breath-cycles-why',
  },
  h('legend', {}, t('practice-breathing-how-many')),
  h('div', { class: 'choices choices-row' }, CYCLE_CHOICES.map((n) =>
    radio('cycles', `cycles-${n}`, n, t('practice-breathing-breaths', { count: n }), chosen.cycles === n))),
  h('p', { class: 'hint', id: 'breath-cycles-why' }, PATTERNS[478].why));
  const form = h('form', { id: 'breath-setup', class: 'card', novalidate: true },
    h('fieldset', { class: 'field', id: 'breath-pattern', 'aria-describedby': 'breath-how' },
      h('legend', {}, t('practice-breathing-pattern')),
      h('div', { class: 'choices' },
        ['box', '478', 'longOut'].map((key) => radio('pattern', `pattern-${key}`, key, PATTERNS[key].name,
          chosen.pattern === key, t(HINTS[key]))),
        radio('pattern', 'pattern-custom', 'custom', PATTERNS.custom.name, chosen.pattern === 'custom'),
        customBox),
      how),
    minutesBox,
    cyclesBox,
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button primary', id: 'breath-start' },
      t('practice-breathing-start'))));
  const sync = () => {
    chosen.pattern = form.querySelector('input[name="pattern"]:checked')?.value ?? 'box';
    chosen.minutes = Number(form.querySelector('input[name="minutes"]:checked')?.value ?? 3);
    chosen.cycles = Number(form.querySelector('input[name="cycles"]:checked')?.value ?? PATTERNS[478].cycles);
    chosen.custom = COUNT_FIELDS.map(([id]) => form.querySelector(`#${id}`).value);
    customBox.hidden = chosen.pattern !== 'custom';
    minutesBox.hidden = byBreaths(chosen.pattern);
    cyclesBox.hidden = !byBreaths(chosen.pattern);
    const line = PATTERNS[chosen.pattern]?.how ?? '';
    if (how.textContent !== line) how.textContent = line;
  };
  form.addEventListener('change', sync);
  form.addEventListener('input', sync);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    sync();
    const counts = chosen.pattern === 'custom' ? normalizeCounts(chosen.custom) : PATTERNS[chosen.pattern].counts;
    chosen.custom = chosen.pattern === 'custom' ? counts : chosen.custom;
    const length = byBreaths(chosen.pattern) ? { cycles: chosen.cycles } : { minutes: chosen.minutes };
    run(stage, plan, counts, length, PATTERNS[chosen.pattern]?.how ?? '');
  });
  sync();
  replace(stage, form);
}

function run(stage, plan, counts, length, howLine) {
  const reduced = reducedMotion();
  const circle = h('div', { class: 'pacer-circle' });
  const pacer = h('div', { class: 'pacer', 'aria-hidden': 'true' }, circle);
  const phase = h('p', { id: 'breath-phase', class: 'phase-word', 'aria-live': 'polite' });
  // The moving count is for the eyes; the phase word is what is announced.
  const count = h('p', {
    id: 'breath-count', class: reduced ? 'count-text' : 'count-number', 'aria-hidden': reduced ? null : 'true',
  });
  const remaining = h('p', { id: 'breath-remaining', class: 'muted' });
  const how = howLine ? h('p', { id: 'breath-how-run', class: 'hint' }, howLine) : null;
  const pause = h('button', { type: 'button', class: 'button', id: 'breath-pause' }, t('practice-breathing-pause'));
  const stop = h('button', { type: 'button', class: 'button', id: 'breath-stop' }, t('practice-breathing-stop'));
  const section = h('section', { class: 'pacer-run', id: 'breath-run', 'aria-labelledby': 'breath-run-heading' },
    h('h2', { id: 'breath-run-heading', class: 'visually-hidden' },
      t('practice-breathing-run-heading', { counts: countsLabel(counts) })),
    reduced ? null : pacer, phase, count, how, remaining,
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
    const s = pacerState(counts, length, elapsed());
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
    const left = length.cycles !== undefined
      ? t('practice-breathing-breath-of', { cycle: s.cycle, cycles: s.cycles })
      : t('practice-breathing-left', { clock: formatClock(s.remainingSeconds) });
    remaining.textContent = paused ? t('practice-breathing-paused', { left }) : left;
    last = s;
  }
  const timer = setInterval(tick, 100);
  tick();

  pause.addEventListener('click', () => {
    if (paused) {
      since = performance.now();
      paused = false;
      pause.textContent = t('practice-breathing-pause');
    } else {
      before = elapsed();
      paused = true;
      pause.textContent = t('practice-breathing-resume');
    }
    pacer.classList.toggle('is-paused', paused);
    tick();
  });
  stop.addEventListener('click', () => {
    end();
    finishScreen(stage, {
      plan,
      heading: t('practice-breathing-stopped-heading'),
      line: t('practice-breathing-stopped-line'),
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
      title: t('practice-breathing-title'), lede: t('practice-breathing-lede'), stageId: 'breathing-stage',
    });
    setup(stage, plan);
    return t('practice-breathing-title');
  },
};
