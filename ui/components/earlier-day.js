// "Log an earlier day": for the day that went by without a note. The
// person picks the plan (unless the page is one plan's), a day, and one of
// the same four choices.
//
// The day can only be one the backend takes — from the day the plan began
// up to today — and the picker is limited to those; a day typed outside
// them is explained before anything is sent. It starts on the latest day
// with nothing noted (not today, which has its own row above), says when
// the chosen day already has a note, and after saving says what was noted
// and moves on to the next day without one.
//
// What was typed survives the page being drawn again after any write.

import { getPlan } from '../ipc.js';
import { h, showMessage } from '../lib/dom.js';
import { t } from '../lib/i18n.js';
import {
  OUTCOMES, dayLabel, latestUnnotedDay, outcomeWord,
} from '../lib/plans.js';
import { writeLog } from './today-row.js';

// 'all' or a plan id → { open, planId, day, chosen, outcome, reason, note, saved, drawn }
const kept = new Map();
// plan id → Map day → log: the days known to be noted, from the plan's
// page or asked for here.
const notedDays = new Map();

/** Forgets what was typed and what was known (for tests). */
export function resetEarlierDay() {
  kept.clear();
  notedDays.clear();
}

const noted = (planId) => notedDays.get(planId) ?? new Map();

function remember(planId, logs) {
  notedDays.set(planId, new Map((logs ?? []).map((l) => [l.day, l])));
}

/** The day to offer: the latest one without a note, or (when every day
 *  has one) the latest day the plan can be noted for. */
function defaultDay(plan, today) {
  const day = latestUnnotedDay(plan, noted(plan.id), today);
  if (day) return day;
  return plan.startDate && plan.startDate > today ? plan.startDate : today;
}

/** `plans`: the plans to offer (a fixed one when on a plan's own page);
 *  `today`: "YYYY-MM-DD"; `logs`: the plan's noted days when the page has
 *  them already (else they are asked for). */
export function earlierDay(plans, {
  today, refresh, fixed = false, logs = null,
}) {
  if (!plans.length) return null;
  const key = fixed ? plans[0].id : 'all';
  if (logs) remember(plans[0].id, logs);
  const nowYear = Number(String(today).slice(0, 4));
  const label = (day) => dayLabel(day, nowYear);
  const state = kept.get(key) ?? {
    open: false, planId: plans[0].id, day: null, chosen: false, outcome: 'done', reason: '', note: '', saved: '',
    drawn: 0,
  };
  kept.set(key, state);
  const drawing = ++state.drawn; // a newer drawing of this form takes over
  if (!plans.some((p) => p.id === state.planId)) Object.assign(state, { planId: plans[0].id, chosen: false });
  const planOf = () => plans.find((p) => p.id === state.planId) ?? plans[0];
  if (!state.chosen || !state.day) state.day = defaultDay(planOf(), today);

  const error = h('div', { class: 'error', id: 'earlier-error', role: 'alert', tabindex: '-1' });
  error.hidden = true;
  const saved = h('p', { class: 'status', id: 'earlier-saved', role: 'status' }, state.saved);

  const dayField = h('input', {
    type: 'date', id: 'earlier-day', max: today, value: state.day, required: true,
    'aria-describedby': 'earlier-day-hint earlier-day-noted',
  });
  const dayHint = h('p', { class: 'hint', id: 'earlier-day-hint' });
  const dayNoted = h('p', { class: 'hint', id: 'earlier-day-noted' });

  /** The picker's limits and the words under it, for the plan and day chosen. */
  const describeDay = () => {
    const plan = planOf();
    const start = plan.startDate ?? today;
    dayField.setAttribute('min', start);
    dayHint.textContent = start > today
      ? t('journal-earlier-day-hint-future', { day: label(start) })
      : t('journal-earlier-day-hint', { day: label(start) });
    const days = noted(plan.id);
    const log = days.get(dayField.value);
    const everyDay = !latestUnnotedDay(plan, days, today);
    dayNoted.textContent = [
      log ? t('journal-earlier-day-noted', { day: label(log.day), outcome: outcomeWord(log.outcome).toLowerCase() })
        : '',
      everyDay && !log ? t('journal-earlier-every-day') : '',
    ].filter(Boolean).join(' ');
    dayNoted.hidden = !dayNoted.textContent;
  };

  /** The default day again (after a save, a new plan, or news of what is noted). */
  const offerDefault = () => {
    state.chosen = false;
    state.day = defaultDay(planOf(), today);
    dayField.value = state.day;
    describeDay();
  };

  // What is noted is asked for when the page didn't bring it; the day moves
  // to the right default when the answer comes, unless one was chosen.
  const ask = async (planId) => {
    if (logs && planId === plans[0].id) return;
    try {
      remember(planId, (await getPlan(planId)).logs);
    } catch {
      return; // the picker still limits the range; the backend still checks
    }
    if (planId !== state.planId || drawing !== state.drawn) return;
    if (state.chosen) describeDay();
    else offerDefault();
  };

  const planField = fixed ? null : h('select', { id: 'earlier-plan' },
    plans.map((p) => h('option', { value: p.id, selected: p.id === state.planId }, p.sentence)));
  planField?.addEventListener('change', () => {
    state.planId = Number(planField.value);
    state.saved = '';
    showMessage(saved, '');
    offerDefault();
    ask(state.planId);
  });
  dayField.addEventListener('input', () => {
    state.day = dayField.value;
    state.chosen = true;
    describeDay();
  });

  // The reason and note are the person's words, typed in their own
  // direction (dir="auto").
  const reasonField = h('input', {
    type: 'text', id: 'earlier-reason', maxlength: 200, value: state.reason, dir: 'auto',
  });
  const reasonBox = h('div', { class: 'field' },
    h('label', { for: 'earlier-reason' }, t('journal-plan-skipped-because')), reasonField);
  reasonBox.hidden = state.outcome !== 'skipped';
  reasonField.addEventListener('input', () => { state.reason = reasonField.value; });

  const noteField = h('input', { type: 'text', id: 'earlier-note', maxlength: 500, value: state.note, dir: 'auto' });
  noteField.addEventListener('input', () => { state.note = noteField.value; });

  const choices = h('fieldset', { class: 'field' },
    h('legend', {}, t('journal-earlier-how')),
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
    h('p', { class: 'hint' }, t('journal-earlier-intro')),
    fixed ? null : h('div', { class: 'field' },
      h('label', { for: 'earlier-plan' }, t('journal-earlier-plan')), planField),
    h('div', { class: 'field' },
      h('label', { for: 'earlier-day' }, t('journal-earlier-day')), dayHint, dayField, dayNoted),
    choices,
    reasonBox,
    h('div', { class: 'field' }, h('label', { for: 'earlier-note' }, t('journal-earlier-note')), noteField),
    error,
    h('div', { class: 'actions' },
      h('button', { type: 'submit', class: 'button', id: 'earlier-save' }, t('journal-plan-save'))),
    saved);
  describeDay();
  saved.hidden = !state.saved;
  form.addEventListener('input', () => {
    // A new choice starts a new note; what was noted before is in the list.
    state.saved = '';
    showMessage(saved, '');
  });

  /** Why `day` can't be noted for the plan, in the form's words, or ''. */
  const dayProblem = (day) => {
    const start = planOf().startDate;
    if (!day) return t('journal-earlier-no-day');
    if (day > today) return t('journal-earlier-future');
    if (start && day < start) return t('journal-earlier-before-start', { day: label(start) });
    return '';
  };

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    showMessage(error, '');
    const planId = state.planId;
    const day = dayField.value;
    const problem = dayProblem(day);
    if (problem) {
      showMessage(error, problem);
      dayField.focus();
      return;
    }
    let previous = null;
    try {
      previous = (await getPlan(planId)).logs?.find((l) => l.day === day) ?? null;
    } catch {
      /* Undo then clears the day instead of restoring it */
    }
    try {
      const words = t('journal-earlier-saved', { day: label(day), outcome: outcomeWord(state.outcome).toLowerCase() });
      const log = await writeLog({
        planId, day, outcome: state.outcome, count: null,
        reason: state.outcome === 'skipped' ? state.reason.trim() : '', note: state.note,
      }, { previous, message: words, refresh });
      if (log) {
        const days = noted(planId);
        days.set(day, log);
        notedDays.set(planId, days);
        Object.assign(state, { outcome: 'done', reason: '', note: '', saved: words });
        // Drawn again by `refresh` in the moment; until then, this form.
        showMessage(saved, words);
        offerDefault();
      }
    } catch (err) {
      showMessage(error, err.message);
      error.focus();
    }
  });

  ask(state.planId);
  const details = h('details', { class: 'earlier', id: 'earlier', open: state.open },
    h('summary', { id: 'earlier-toggle' }, t('journal-earlier')), form);
  details.addEventListener('toggle', () => {
    state.open = details.open;
    if (!details.open) state.saved = '';
  });
  return details;
}
