// "Log an earlier day": for the day that went by without a note. The
// person picks the plan (unless the page is one plan's), a day up to
// today, and one of the same four choices. The backend says no to future
// days and to days before a plan began; its words are shown as they come.
//
// What was typed survives the page being drawn again after any write.

import { getPlan } from '../ipc.js';
import { h, showMessage } from '../lib/dom.js';
import { OUTCOMES, dayLabel, outcomeWord } from '../lib/plans.js';
import { writeLog } from './today-row.js';

const kept = new Map(); // 'all' or a plan id → { open, planId, day, outcome, reason, note }

/** Forgets what was typed (for tests). */
export function resetEarlierDay() {
  kept.clear();
}

/** The day before "YYYY-MM-DD". */
function dayBefore(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d - 1));
  return date.toISOString().slice(0, 10);
}

/** `plans`: the plans to offer (a fixed one when on a plan's own page);
 *  `today`: "YYYY-MM-DD". */
export function earlierDay(plans, { today, refresh, fixed = false }) {
  if (!plans.length) return null;
  const key = fixed ? plans[0].id : 'all';
  // Yesterday, unless the plan began later than that.
  const first = dayBefore(today) < (plans[0].startDate ?? '') ? plans[0].startDate : dayBefore(today);
  const state = kept.get(key) ?? {
    open: false, planId: plans[0].id, day: first, outcome: 'done', reason: '', note: '',
  };
  kept.set(key, state);
  if (!plans.some((p) => p.id === state.planId)) state.planId = plans[0].id;
  const planOf = () => plans.find((p) => p.id === state.planId) ?? plans[0];

  const error = h('div', { class: 'error', id: 'earlier-error', role: 'alert', tabindex: '-1' });
  error.hidden = true;

  const dayField = h('input', {
    type: 'date', id: 'earlier-day', max: today, min: planOf().startDate ?? null, value: state.day, required: true,
  });
  const planField = fixed ? null : h('select', { id: 'earlier-plan' },
    plans.map((p) => h('option', { value: p.id, selected: p.id === state.planId }, p.sentence)));
  planField?.addEventListener('change', () => {
    state.planId = Number(planField.value);
    const min = planOf().startDate;
    if (min) dayField.min = min;
    else dayField.removeAttribute('min');
  });
  dayField.addEventListener('input', () => { state.day = dayField.value; });

  const reasonField = h('input', { type: 'text', id: 'earlier-reason', maxlength: 200, value: state.reason });
  const reasonBox = h('div', { class: 'field' },
    h('label', { for: 'earlier-reason' }, 'Skipped because…'), reasonField);
  reasonBox.hidden = state.outcome !== 'skipped';
  reasonField.addEventListener('input', () => { state.reason = reasonField.value; });

  const noteField = h('input', { type: 'text', id: 'earlier-note', maxlength: 500, value: state.note });
  noteField.addEventListener('input', () => { state.note = noteField.value; });

  const choices = h('fieldset', { class: 'field' },
    h('legend', {}, 'How did it go?'),
    h('div', { class: 'choices choices-row' }, OUTCOMES.map((o) => h('label', { class: 'choice' },
      h('input', {
        type: 'radio', name: 'earlier-outcome', id: `earlier-${o.value}`, value: o.value,
        checked: state.outcome === o.value,
      }),
      o.word))));
  choices.addEventListener('change', (event) => {
    state.outcome = event.target.value;
    reasonBox.hidden = state.outcome !== 'skipped';
  });

  const form = h('form', { id: 'earlier-form', class: 'earlier-form', novalidate: true },
    h('p', { class: 'hint' }, 'A day went by without a note? You can add it here.'),
    fixed ? null : h('div', { class: 'field' }, h('label', { for: 'earlier-plan' }, 'Which plan?'), planField),
    h('div', { class: 'field' }, h('label', { for: 'earlier-day' }, 'Which day?'), dayField),
    choices,
    reasonBox,
    h('div', { class: 'field' }, h('label', { for: 'earlier-note' }, 'A note, if you like'), noteField),
    error,
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button', id: 'earlier-save' }, 'Save')));

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    showMessage(error, '');
    const planId = state.planId;
    const day = dayField.value;
    if (!day) {
      showMessage(error, 'Choose the day you want to note.');
      error.focus();
      return;
    }
    let previous = null;
    try {
      previous = (await getPlan(planId)).logs?.find((l) => l.day === day) ?? null;
    } catch {
      /* Undo then clears the day instead of restoring it */
    }
    try {
      const log = await writeLog({
        planId, day, outcome: state.outcome, count: null,
        reason: state.outcome === 'skipped' ? state.reason.trim() : '', note: state.note,
      }, {
        previous,
        message: `Noted for ${dayLabel(day)}: ${outcomeWord(state.outcome).toLowerCase()}.`,
        refresh,
      });
      if (log) Object.assign(state, { outcome: 'done', reason: '', note: '' });
    } catch (err) {
      showMessage(error, err.message);
      error.focus();
    }
  });

  const details = h('details', { class: 'earlier', id: 'earlier', open: state.open },
    h('summary', { id: 'earlier-toggle' }, 'Log an earlier day'), form);
  details.addEventListener('toggle', () => { state.open = details.open; });
  return details;
}
