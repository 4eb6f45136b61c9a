// The plan builder: what, how much, how often, after which cue, from when.
// As the person writes, the backend builds the plan's sentence and a few
// gentle hints toward something concrete ("after a cue you already have"),
// shown under "Interlude will remember:". Hints are suggestions, never
// errors. When saving fails, every field stays as it was typed.

import { createPlan, getPlan, getReflection, getToday, previewPlan, updatePlan } from '../ipc.js';
import { planSentence } from '../components/plan-sentence.js';
import {
  append, errorNotice, h, isBusy, replace, showMessage, showToast, withBusy,
} from '../lib/dom.js';
import { t } from '../lib/i18n.js';
import {
  OFTEN, PER_DAY, PER_WEEK, WEEKDAYS, actionSuggestion, emptyPlanForm, formProblem, formToPlanInput,
  planToForm, vagueHints,
} from '../lib/plan-form.js';
import { PRACTICE_OPTIONS, isoDate } from '../lib/plans.js';
import { debounce } from '../lib/reflection-form.js';
import { planHref } from '../lib/route.js';
import { TIME_HINT, farDateCheck, timeInput } from '../lib/time.js';

const field = (id, label, control, hint, after = null) => h('div', { class: 'field' },
  h('label', { for: id }, label),
  hint ? h('p', { class: 'hint', id: `${id}-hint` }, hint) : null,
  control, after);

const numberInput = (id, value, { min, max }) =>
  h('input', { type: 'number', id, min, max, step: 1, value, class: 'number' });

function oftenGroup(form) {
  const dayBoxes = h('fieldset', { class: 'sub-choice', id: 'plan-days' },
    h('legend', { class: 'visually-hidden' }, t('practice-builder-which-days')),
    h('div', { class: 'choices choices-row' }, WEEKDAYS.map((d) => h('label', { class: 'choice' },
      h('input', {
        type: 'checkbox', id: `day-${d.value}`, name: 'days', value: d.value, checked: form.days.includes(d.value),
      }),
      h('span', { 'aria-hidden': 'true' }, d.short), h('span', { class: 'visually-hidden' }, d.long)))));
  const perWeek = h('div', { class: 'sub-choice inline-field' },
    numberInput('plan-per-week', form.perWeek, PER_WEEK),
    h('label', { for: 'plan-per-week', class: 'plain' }, t('practice-builder-per-week')));
  const perDay = h('div', { class: 'sub-choice inline-field' },
    numberInput('plan-per-day', form.perDay, PER_DAY),
    h('label', { for: 'plan-per-day', class: 'plain' }, t('practice-builder-per-day')));
  const subs = { weekdays: dayBoxes, perWeek, perDay };
  const group = h('fieldset', { class: 'field', id: 'plan-often' },
    h('legend', {}, t('practice-builder-often')),
    h('div', { class: 'choices' }, OFTEN.map((o) => [
      h('label', { class: 'choice' },
        h('input', {
          type: 'radio', name: 'often', id: `freq-${o.value}`, value: o.value, checked: form.often === o.value,
        }),
        o.label),
      subs[o.value] ?? null])));
  const sync = () => {
    const chosen = group.querySelector('input[name="often"]:checked')?.value;
    for (const [kind, el] of Object.entries(subs)) el.hidden = kind !== chosen;
  };
  group.addEventListener('change', sync);
  sync();
  return group;
}

function readForm(el) {
  const v = (id) => el.querySelector(`#${id}`).value;
  return {
    action: v('plan-action'),
    amount: v('plan-amount'),
    unit: v('plan-unit'),
    often: el.querySelector('input[name="often"]:checked')?.value ?? 'daily',
    days: [...el.querySelectorAll('input[name="days"]:checked')].map((c) => Number(c.value)),
    perWeek: v('plan-per-week'),
    perDay: v('plan-per-day'),
    cue: v('plan-cue'),
    cueTime: v('plan-cue-time'),
    startDate: v('plan-start'),
    endDate: v('plan-end'),
    practice: v('plan-practice'),
  };
}

/** "It may read more easily as “practise box breathing …”" under the
 *  action, with a button that takes those words; hidden while the action
 *  starts with a verb. The person's words change only if they choose. */
function suggestionLine(action, onUse) {
  // The person's words, in their own direction (dir="auto").
  const words = h('span', { id: 'plan-suggested-action', dir: 'auto' });
  const use = h('button', { type: 'button', class: 'button quiet', id: 'plan-use-suggestion' },
    t('practice-builder-suggestion-use'));
  const el = h('p', { class: 'hint action-suggestion', id: 'plan-action-suggestion' },
    t('practice-builder-suggestion-before'), h('q', {}, t('practice-builder-suggestion-frame'), words),
    t('practice-builder-suggestion-after'), use);
  const update = () => {
    const suggestion = actionSuggestion(action.value);
    words.textContent = suggestion ?? '';
    el.hidden = !suggestion;
  };
  use.addEventListener('click', () => {
    action.value = words.textContent;
    update();
    onUse();
    action.focus();
  });
  action.addEventListener('input', update);
  update();
  return el;
}

/** The form, and the questions it asks about dates years away. */
function buildForm(form, { edited }) {
  const select = (id, options, value) => h('select', { id },
    options.map((o) => h('option', { value: o.value, selected: o.value === value }, o.label)));
  // What and when are typed in the person's own words and direction
  // (dir="auto"); amounts, dates and the time stay as the page has them.
  const action = h('input', {
    type: 'text', id: 'plan-action', required: true, maxlength: 200, value: form.action,
    'aria-describedby': 'plan-action-hint plan-action-suggestion', autocomplete: 'off', dir: 'auto',
  });
  const start = h('input', { type: 'date', id: 'plan-start', value: form.startDate });
  const end = h('input', { type: 'date', id: 'plan-end', value: form.endDate });
  const dates = [farDateCheck(start), farDateCheck(end)];
  const el = h('form', { id: 'plan-form', class: 'plan-form', novalidate: true },
    h('div', { class: 'card' },
      field('plan-action', t('practice-builder-action'), action,
        t('practice-builder-action-hint'), suggestionLine(action, edited)),
      h('div', { class: 'field-row' },
        field('plan-amount', t('practice-builder-amount'),
          numberInput('plan-amount', form.amount, { min: 1 })),
        field('plan-unit', t('practice-builder-unit'), select('plan-unit', [
          { value: 'minutes', label: t('practice-builder-unit-minutes') },
          { value: 'times', label: t('practice-builder-unit-times') },
        ], form.unit)))),
    h('div', { class: 'card' }, oftenGroup(form)),
    h('div', { class: 'card' },
      field('plan-cue', t('practice-builder-cue'),
        h('input', {
          type: 'text', id: 'plan-cue', maxlength: 200, value: form.cue,
          placeholder: t('practice-builder-cue.placeholder'),
          'aria-describedby': 'plan-cue-hint', autocomplete: 'off', dir: 'auto',
        }),
        t('practice-builder-cue-hint')),
      field('plan-cue-time', t('practice-builder-cue-time'),
        timeInput('plan-cue-time', form.cueTime, { describedBy: 'plan-cue-time-hint' }), TIME_HINT)),
    h('div', { class: 'card' },
      h('div', { class: 'field-row' },
        field('plan-start', t('practice-builder-start'), start, null, dates[0].el),
        field('plan-end', t('practice-builder-end'), end, null, dates[1].el)),
      field('plan-practice', t('practice-builder-practice'),
        select('plan-practice', PRACTICE_OPTIONS, form.practice))));
  return { el, datesOk: () => dates.every((d) => d.ok()) };
}

export default {
  live: false,
  async render(root, route, ctx) {
    const editing = route.id !== null;
    const title = editing ? t('practice-builder-edit') : t('practice-builder-new');
    append(root, h('p', {}, h('a', { href: editing ? planHref(route.id) : '#practice' }, t('practice-builder-back'))),
      h('h1', {}, title));
    // "Today" is the backend's (it owns the clock); the machine's date is
    // only a fallback if asking fails.
    let form = emptyPlanForm(isoDate());
    if (!editing) {
      const today = await getToday().catch(() => null);
      if (today?.date) form.startDate = today.date;
    }
    let fromReflectionId = null;
    let origin = null;
    try {
      if (editing) {
        const { plan } = await getPlan(route.id);
        form = planToForm(plan);
        fromReflectionId = plan.fromReflectionId ?? null;
      } else if (route.focusFrom !== null) {
        try {
          const r = await getReflection(route.focusFrom);
          form.action = String(r.focus ?? '').trim();
          fromReflectionId = r.id ?? route.focusFrom;
          origin = h('p', { class: 'lede', id: 'plan-origin' }, t('practice-builder-from-focus'));
        } catch {
          /* the reflection is gone: start from a blank plan */
        }
      }
    } catch (err) {
      append(root, errorNotice(err, ctx.refresh));
      return title;
    }
    if (!editing && !origin) {
      append(root, h('p', { class: 'lede' }, t('practice-builder-lede')));
    }
    // `preview` is made below, once the form exists; a suggestion is taken
    // only later, by a click.
    const { el, datesOk } = buildForm(form, { edited: () => preview.run() });
    const error = h('div', { class: 'error', id: 'plan-error', role: 'alert', tabindex: '-1' });
    error.hidden = true;
    const sentence = h('p', { id: 'plan-sentence', class: 'plan-preview-sentence' },
      t('practice-builder-sentence-empty'));
    const hints = h('ul', { id: 'plan-hints', class: 'plan-hints' });
    const save = h('button', { type: 'submit', id: 'save-plan', class: 'button primary' },
      editing ? t('practice-builder-save-edit') : t('practice-builder-save-new'));
    const saveRow = h('div', { class: 'actions' }, save);
    append(el,
      h('section', { class: 'card plan-preview', 'aria-labelledby': 'preview-heading' },
        h('h2', { id: 'preview-heading', class: 'eyebrow' }, t('practice-builder-preview')),
        sentence,
        hints),
      error,
      saveRow);
    append(root, origin, el);

    // The backend's hints, then the builder's own about vague words.
    const showHints = (fromBackend) => {
      const all = [...new Set([...(fromBackend ?? []), ...vagueHints(readForm(el))])];
      replace(hints, all.map((hint) => h('li', {}, hint)));
    };
    let seq = 0;
    const preview = debounce(async () => {
      const mine = ++seq;
      try {
        const input = formToPlanInput(readForm(el), { fromReflectionId });
        const result = await previewPlan(input);
        if (mine !== seq) return;
        // The person's words in it take their own direction.
        replace(sentence,
          result.sentence ? planSentence(input, result.sentence) : t('practice-builder-sentence-empty'));
        showHints(result.hints);
      } catch {
        /* half-written plans can't always be read yet; the last sentence stays */
        if (mine === seq) showHints([]);
      }
    }, 250);
    el.addEventListener('input', () => { showMessage(error, ''); preview.run(); });
    el.addEventListener('change', () => preview.run());
    preview.run();

    el.addEventListener('submit', async (event) => {
      event.preventDefault();
      if (isBusy(save)) return;
      const state = readForm(el);
      const problem = formProblem(state);
      if (problem) {
        // Said right under the field it is about, which gets focus.
        const target = el.querySelector(`#${problem.field}`);
        target?.closest('.field')?.after(error);
        showMessage(error, problem.message);
        target?.focus();
        return;
      }
      if (!datesOk()) return; // a date years away is asked about first
      saveRow.before(error); // the backend's words go beside Save
      await withBusy(save, async () => {
        try {
          const input = formToPlanInput(state, { fromReflectionId });
          const plan = editing ? await updatePlan(route.id, input) : await createPlan(input);
          preview.cancel();
          ctx.navigate(planHref(plan.id));
          showToast(editing ? t('practice-builder-saved') : t('practice-builder-made'));
        } catch (err) {
          showMessage(error, err.message);
          error.focus();
        }
      });
    });
    return title;
  },
};
