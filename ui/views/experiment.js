// A behavioural experiment: "a scientist of your own life". The form that
// plans one (`#experiment/new`, from a moment's thought with
// `?moment=7`, and `#experiment/3/edit` to change the plan), and the page
// that reads one back (`#experiment/3`): what was planned, and underneath,
// the write-up for afterwards — what happened, what was learned, the
// belief rated again, and anything that got in the way.
//
// An experiment can't fail; every result is information, and the words
// say so. When saving fails, the backend's sentence shows beside Save and
// every word stays where it was typed.

import {
  createExperiment, deleteExperiment, getExperiment, getMoment, restoreExperiment, updateExperiment,
} from '../ipc.js';
import { beliefSlider, experimentStatus } from '../components/experiment-parts.js';
import { deleteWithUndo } from '../components/delete-with-undo.js';
import {
  append, errorNotice, h, isBusy, showMessage, showToast, withBusy,
} from '../lib/dom.js';
import {
  canRemind, emptyExperimentForm, experimentProblem, experimentToForm, formToExperimentInput,
} from '../lib/experiment-form.js';
import { t, tNodes } from '../lib/i18n.js';
import { normalizeRating } from '../lib/moment-form.js';
import { experimentEditHref, experimentHref, planHref } from '../lib/route.js';
import { formatDay, formatFriendly, farDateCheck, nowYear } from '../lib/time.js';

/** A labelled field: label, an optional one-line hint, the control. */
const field = (id, label, control, hint = null) => h('div', { class: 'field' },
  h('label', { for: id }, label),
  hint ? h('p', { class: 'hint', id: `${id}-hint` }, hint) : null,
  control);

/** A box for the person's own words, in their own direction (dir="auto"). */
const wordsBox = (id, value, { rows = 3, hint = false } = {}) => {
  const box = h('textarea', {
    id, rows, dir: 'auto', 'aria-describedby': hint ? `${id}-hint` : null,
  });
  box.value = value ?? '';
  return box;
};

/** A page's message for saving: hidden until there is something to say. */
const errorLine = (id) => h('div', { class: 'error', id, role: 'alert', tabindex: '-1', hidden: true });

/** The experiment couldn't be read: gone (said plainly), or a failure
 *  with a way to try again. Returns the page's nodes. */
function missing(err, retry) {
  const gone = err?.kind === 'notFound';
  return [
    h('h1', {}, gone ? t('practice-experiment-gone') : t('practice-experiment-title')),
    gone ? h('p', {}, t('practice-experiment-gone-line')) : errorNotice(err, retry),
    h('p', {}, h('a', { href: '#practice' }, t('practice-plan-practice-link'))),
  ];
}

// --- Planning ----------------------------------------------------------------------

/** "Remind me then", or, once a reminder plan exists, a link to it. */
function remindPart(form, planId) {
  if (planId !== null && planId !== undefined) {
    return { box: null, el: h('p', { class: 'hint', id: 'experiment-reminder-plan' },
      t('practice-experiment-reminder-made'), ' ',
      h('a', { href: planHref(planId) }, t('practice-experiment-reminder-see'))) };
  }
  const box = h('input', {
    type: 'checkbox', id: 'experiment-remind', checked: form.remind, 'aria-describedby': 'experiment-remind-hint',
  });
  return {
    box,
    el: h('div', { class: 'field' },
      h('label', { class: 'choice', for: 'experiment-remind' }, box, t('practice-experiment-remind')),
      h('p', { class: 'hint', id: 'experiment-remind-hint' }, t('practice-experiment-remind-hint')),
      h('p', { class: 'hint', id: 'experiment-remind-note', hidden: true }, t('practice-experiment-remind-needs'))),
  };
}

/** The plan's fields, filled from `form`. `read()` gives the form state
 *  they hold (the write-up's fields as `form` had them). */
function planFields(form, { planId }) {
  const prediction = wordsBox('experiment-prediction', form.prediction, { rows: 3, hint: true });
  prediction.setAttribute('required', '');
  prediction.setAttribute('aria-required', 'true');
  const belief = beliefSlider({
    id: 'experiment-belief-before',
    label: t('practice-experiment-belief-before'),
    hint: t('moments-belief-hint'),
    value: form.beliefBefore,
    clearLabel: t('practice-experiment-belief-before-clear'),
  });
  const test = wordsBox('experiment-test', form.test, { rows: 3, hint: true });
  const safety = wordsBox('experiment-safety-behaviours', form.safetyBehaviours, { rows: 2, hint: true });
  const expected = wordsBox('experiment-expected', form.expected, { rows: 2, hint: true });
  const when = h('input', {
    type: 'datetime-local', id: 'experiment-planned-for', value: form.plannedFor,
    'aria-describedby': 'experiment-planned-for-hint',
  });
  when.value = form.plannedFor;
  const whenCheck = farDateCheck(when);
  const remind = remindPart(form, planId);

  const cards = [
    h('section', { class: 'card', 'aria-labelledby': 'experiment-belief-heading' },
      h('h2', { id: 'experiment-belief-heading', class: 'eyebrow' }, t('practice-experiment-belief-heading')),
      field('experiment-prediction', t('practice-experiment-prediction'), prediction,
        t('practice-experiment-prediction-hint')),
      belief.element),
    h('section', { class: 'card', 'aria-labelledby': 'experiment-test-heading' },
      h('h2', { id: 'experiment-test-heading', class: 'eyebrow' }, t('practice-experiment-test-heading')),
      field('experiment-test', t('practice-experiment-test'), test, t('practice-experiment-test-hint')),
      field('experiment-safety-behaviours', t('practice-experiment-safety'), safety,
        t('practice-experiment-safety-hint')),
      field('experiment-expected', t('practice-experiment-expected'), expected, t('practice-experiment-expected-hint'))),
    h('section', { class: 'card', 'aria-labelledby': 'experiment-when-heading' },
      h('h2', { id: 'experiment-when-heading', class: 'eyebrow' }, t('practice-experiment-when-heading')),
      h('div', { class: 'field' },
        h('label', { for: 'experiment-planned-for' }, t('practice-experiment-planned-for')),
        h('p', { class: 'hint', id: 'experiment-planned-for-hint' }, t('practice-experiment-planned-for-hint')),
        when, whenCheck.el),
      remind.el),
  ];

  // A ticked reminder says gently what it still needs, as the form
  // changes; the box is described by the note only while it shows (a
  // hidden element named by aria-describedby is still read out).
  const remindNote = () => {
    const note = cards[2].querySelector('#experiment-remind-note');
    if (!note) return;
    note.hidden = !(remind.box.checked && !canRemind(read()));
    remind.box.setAttribute('aria-describedby',
      note.hidden ? 'experiment-remind-hint' : 'experiment-remind-hint experiment-remind-note');
  };
  function read() {
    return {
      ...form,
      prediction: prediction.value,
      beliefBefore: belief.value,
      test: test.value,
      safetyBehaviours: safety.value,
      expected: expected.value,
      plannedFor: when.value,
      remind: remind.box?.checked === true,
    };
  }
  return { cards, read, remindNote, datesOk: () => whenCheck.ok() };
}

/** "From a moment on Tue 24 Nov: …", linking back to the moment. */
const originLine = (moment) => h('p', { class: 'lede', id: 'experiment-origin' },
  tNodes('practice-experiment-from-moment', {}, {
    moment: h('a', { href: `#moment/${moment.id}` },
      t('practice-experiment-from-moment-link', { date: formatDay(moment.occurredAt, nowYear()) })),
  }));

export const formView = {
  live: false, // a redraw while someone is writing would only get in the way
  async render(root, route, ctx) {
    const editing = route.id !== null && route.id !== undefined;
    const title = editing ? t('practice-experiment-edit-title') : t('practice-experiment-new-title');
    let form = emptyExperimentForm();
    let fromMomentId = null;
    let original = null;
    let origin = null;
    if (editing) {
      try {
        original = await getExperiment(route.id);
      } catch (err) {
        append(root, missing(err, ctx.refresh));
        return title;
      }
      form = experimentToForm(original);
      fromMomentId = original.fromMomentId ?? null;
    } else if (route.fromMoment !== null && route.fromMoment !== undefined) {
      try {
        const moment = await getMoment(route.fromMoment);
        form.prediction = String(moment.selfTalk ?? '').trim();
        form.beliefBefore = normalizeRating(moment.beliefBefore);
        fromMomentId = moment.id ?? route.fromMoment;
        origin = originLine({ ...moment, id: fromMomentId });
      } catch {
        /* the moment is gone: start from a blank experiment */
      }
    }

    append(root,
      h('p', {}, h('a', { href: editing ? experimentHref(route.id) : '#practice' },
        editing ? t('practice-experiment-back') : t('practice-back'))),
      h('h1', {}, title),
      origin,
      editing ? null : h('p', { class: 'lede' }, t('practice-experiment-lede')));

    const fields = planFields(form, { planId: original?.planId ?? null });
    const error = errorLine('experiment-error');
    const save = h('button', { type: 'submit', id: 'save-experiment', class: 'button primary' },
      editing ? t('practice-experiment-save-edit') : t('practice-experiment-save-new'));
    const saveRow = h('div', { class: 'actions' }, save);
    const el = h('form', { id: 'experiment-form', class: 'experiment-form', novalidate: true },
      fields.cards, error, saveRow);
    append(root, el);

    const edited = () => {
      showMessage(error, ''); // an error about the form as it was is stale now
      fields.remindNote();
    };
    el.addEventListener('input', edited);
    el.addEventListener('change', edited);

    el.addEventListener('submit', async (event) => {
      event.preventDefault();
      if (isBusy(save)) return;
      const state = fields.read();
      const problem = experimentProblem(state);
      if (problem) {
        // Said right under the field it is about, which gets focus.
        const target = el.querySelector(`#${problem.field}`);
        target?.closest('.field')?.after(error);
        showMessage(error, problem.message);
        target?.focus();
        return;
      }
      if (!fields.datesOk()) return; // a date years away is asked about first
      saveRow.before(error); // the backend's words go beside Save
      await withBusy(save, async () => {
        try {
          const input = formToExperimentInput(state, {
            fromMomentId, originalPlannedFor: original?.plannedFor ?? null,
          });
          const saved = editing ? await updateExperiment(route.id, input) : await createExperiment(input);
          ctx.navigate(experimentHref(saved.id));
          showToast(editing ? t('practice-experiment-saved') : t('practice-experiment-made'));
        } catch (err) {
          showMessage(error, err.message);
          error.focus();
        }
      });
    });
    return title;
  },
};

// --- Reading it back, and the write-up ---------------------------------------------

/** A heading and the person's words, or nothing when left blank. */
function part(heading, text, ...more) {
  const body = String(text ?? '').trim();
  if (!body && !more.some(Boolean)) return null;
  return h('section', {},
    h('h3', {}, heading),
    body ? h('p', { class: 'answer', dir: 'auto' }, body) : null,
    more);
}

function plannedSection(e) {
  const belief = Number.isInteger(e.beliefBefore)
    ? h('p', { class: 'hint belief-read', id: 'experiment-belief-before-read' },
      t('practice-experiment-believed-before', { rating: e.beliefBefore }))
    : null;
  const when = e.plannedFor
    ? h('section', {},
      h('h3', {}, t('practice-experiment-planned-for')),
      h('p', { id: 'experiment-when-read' }, formatFriendly(e.plannedFor, nowYear())),
      e.planId !== null && e.planId !== undefined
        ? h('p', { class: 'hint' }, t('practice-experiment-reminder-made'), ' ',
          h('a', { href: planHref(e.planId) }, t('practice-experiment-reminder-see')))
        : null)
    : null;
  return h('section', { class: 'card detail', id: 'experiment-plan', 'aria-labelledby': 'experiment-plan-heading' },
    h('h2', { id: 'experiment-plan-heading' }, t('practice-experiment-planned-heading')),
    part(t('practice-experiment-prediction-read'), e.prediction, belief),
    part(t('practice-experiment-test-read'), e.test),
    part(t('practice-experiment-safety-read'), e.safetyBehaviours),
    part(t('practice-experiment-expected-read'), e.expected),
    when,
    h('div', { class: 'actions' },
      h('a', { class: 'button', id: 'edit-experiment', href: experimentEditHref(e.id) },
        t('practice-experiment-edit'))));
}

function writeUpSection(e, ctx) {
  const form = experimentToForm(e);
  const happened = wordsBox('experiment-happened', form.happened, { rows: 4 });
  const learned = wordsBox('experiment-learned', form.learned, { rows: 4, hint: true });
  const before = normalizeRating(e.beliefBefore);
  const belief = beliefSlider({
    id: 'experiment-belief-after',
    label: t('practice-experiment-belief-after'),
    hint: before === null ? t('moments-belief-not-before') : t('moments-belief-before', { rating: before }),
    value: form.beliefAfter,
    resting: before ?? 50,
    clearLabel: t('practice-experiment-belief-after-clear'),
  });
  const obstacles = wordsBox('experiment-obstacles', form.obstacles, { rows: 2, hint: true });
  const error = errorLine('experiment-writeup-error');
  const done = e.status === 'done';
  const save = h('button', { type: 'submit', id: 'save-writeup', class: 'button primary' },
    done ? t('practice-experiment-writeup-save-again') : t('practice-experiment-writeup-save'));
  const el = h('form', { id: 'experiment-writeup', class: 'experiment-form', novalidate: true },
    field('experiment-happened', t('practice-experiment-happened'), happened),
    field('experiment-learned', t('practice-experiment-learned'), learned, t('practice-experiment-learned-hint')),
    belief.element,
    field('experiment-obstacles', t('practice-experiment-obstacles'), obstacles, t('practice-experiment-obstacles-hint')),
    error,
    h('div', { class: 'actions' }, save));
  el.addEventListener('input', () => showMessage(error, ''));
  el.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (isBusy(save)) return;
    // The plan goes again as it was saved; only the write-up is new. A
    // reminder was made (or not) when it was planned.
    const state = {
      ...form,
      happened: happened.value,
      learned: learned.value,
      beliefAfter: belief.value,
      obstacles: obstacles.value,
      remind: false,
    };
    await withBusy(save, async () => {
      try {
        const input = formToExperimentInput(state, {
          fromMomentId: e.fromMomentId ?? null, originalPlannedFor: e.plannedFor ?? null,
        });
        await updateExperiment(e.id, input);
        showToast(t('practice-experiment-written-up'));
        ctx.refresh();
      } catch (err) {
        showMessage(error, err.message);
        error.focus();
      }
    });
  });
  return h('section', { class: 'card', id: 'experiment-afterwards', 'aria-labelledby': 'experiment-afterwards-heading' },
    h('h2', { id: 'experiment-afterwards-heading' }, t('practice-experiment-afterwards-heading')),
    h('p', { class: 'hint' }, t('practice-experiment-afterwards-hint')),
    el);
}

const removeExperiment = (x, ctx) => deleteWithUndo({
  title: t('practice-experiment-delete-title'),
  deleted: t('practice-experiment-deleted'),
  restored: t('practice-experiment-restored'),
  remove: () => deleteExperiment(x.id),
  restore: () => restoreExperiment(x.id),
  ctx,
});

export const detailView = {
  live: false, // the write-up is typed here; a redraw would only get in the way
  async render(root, route, ctx) {
    let e;
    try {
      e = await getExperiment(route.id);
    } catch (err) {
      append(root, missing(err, ctx.refresh));
      return t('practice-experiment-title');
    }
    append(root,
      h('p', {}, h('a', { href: '#practice' }, t('practice-back'))),
      h('h1', {}, t('practice-experiment-title')),
      h('p', { class: 'muted', id: 'experiment-status' }, experimentStatus(e)),
      plannedSection(e),
      writeUpSection(e, ctx),
      h('div', { class: 'actions' },
        h('button', {
          type: 'button', class: 'button attention', id: 'delete-experiment', onclick: () => removeExperiment(e, ctx),
        }, t('practice-experiment-delete'))));
    return t('practice-experiment-title');
  },
};
