// An activity: something that serves what matters, planned with a guess
// at how it will feel and logged afterwards with how it was. The form
// (`#activity/new`, `?value=3` to plan one for a value, `?done=1` to log
// something already done; `#activity/4/edit`), and the page that reads one
// back (`#activity/4`) with "How did it go?" underneath.
//
// Nothing here is ever missed or late: an activity whose time has come is
// there to log whenever the person likes. When saving fails, the
// backend's sentence shows beside Save and every word stays where it was.

import {
  createActivity, deleteActivity, getActivity, listValues, restoreActivity, updateActivity,
} from '../ipc.js';
import {
  activityStatus, ratingLines, tenSlider, valueLine,
} from '../components/activity-parts.js';
import { deleteWithUndo } from '../components/delete-with-undo.js';
import {
  append, errorNotice, h, isBusy, showMessage, showToast, withBusy,
} from '../lib/dom.js';
import {
  activityProblem, activityToForm, emptyActivityForm, formToActivityInput, SCALES, valuesByArea,
} from '../lib/activity-form.js';
import { t } from '../lib/i18n.js';
import { activityEditHref, activityHref } from '../lib/route.js';
import { dateToLocalInput, farDateCheck } from '../lib/time.js';

const field = (id, label, control, hint = null) => h('div', { class: 'field' },
  h('label', { for: id }, label),
  hint ? h('p', { class: 'hint', id: `${id}-hint` }, hint) : null,
  control);

const errorLine = (id) => h('div', { class: 'error', id, role: 'alert', tabindex: '-1', hidden: true });

function missing(err, retry) {
  const gone = err?.kind === 'notFound';
  return [
    h('h1', {}, gone ? t('practice-activity-gone') : t('practice-activity-title')),
    gone ? h('p', {}, t('practice-activity-gone-line')) : errorNotice(err, retry),
    h('p', {}, h('a', { href: '#practice' }, t('practice-plan-practice-link'))),
  ];
}

/** The value picker: "None", then each value under its life area. */
function valueSelect(values, chosen) {
  const select = h('select', { id: 'activity-value', 'aria-describedby': 'activity-value-hint' },
    h('option', { value: '' }, t('practice-activity-value-none')),
    valuesByArea(values).filter((g) => g.values.length).map((g) => h('optgroup', {
      label: t(`practice-values-area-${g.area}`),
    }, g.values.map((v) => h('option', { value: String(v.id) }, v.words)))));
  select.value = chosen === null ? '' : String(chosen);
  return select;
}

const timeBox = (id, value) => {
  const input = h('input', { type: 'datetime-local', id, 'aria-describedby': `${id}-hint` });
  input.value = value;
  return input;
};

/** The three sliders of one moment (`when` predicted or actual). */
function sliders(when, values) {
  const parts = SCALES.map((scale) => tenSlider({
    id: `activity-${when}-${scale}`, scale, when, value: values?.[scale] ?? null,
  }));
  return {
    elements: parts.map((p) => p.element),
    read: () => Object.fromEntries(SCALES.map((s, i) => [s, parts[i].value])),
  };
}

function noteBox(value) {
  const box = h('textarea', { id: 'activity-note', rows: 3, dir: 'auto' });
  box.value = value ?? '';
  return box;
}

export const formView = {
  live: false,
  async render(root, route, ctx) {
    const editing = route.id !== null && route.id !== undefined;
    let original = null;
    let values = [];
    try {
      [original, values] = await Promise.all([editing ? getActivity(route.id) : null, listValues()]);
    } catch (err) {
      append(root, missing(err, ctx.refresh));
      return t('practice-activity-title');
    }
    const logging = !editing && route.done === true;
    const form = editing ? activityToForm(original)
      : emptyActivityForm({ valueId: route.value ?? null, done: logging, nowLocal: dateToLocalInput() });
    if (form.valueId !== null && !values.some((v) => v.id === form.valueId)) form.valueId = null;
    const title = editing ? t('practice-activity-edit-title')
      : logging ? t('practice-activity-log-title') : t('practice-activity-new-title');

    append(root,
      h('p', {}, h('a', { href: editing ? activityHref(route.id) : '#practice' },
        editing ? t('practice-activity-back') : t('practice-back'))),
      h('h1', {}, title),
      editing ? null : h('p', { class: 'lede' }, logging ? t('practice-activity-log-lede') : t('practice-activity-lede')));

    const what = h('input', {
      type: 'text', id: 'activity-what', dir: 'auto', required: true, 'aria-required': 'true',
      'aria-describedby': 'activity-what-hint',
    });
    what.value = form.what;
    const value = valueSelect(values, form.valueId);
    const showPlan = !logging;
    const showLog = logging || (editing && original.status === 'done');
    const planned = timeBox('activity-planned-for', form.plannedFor);
    const plannedCheck = farDateCheck(planned);
    const predicted = sliders('predicted', form.predicted);
    const doneAt = timeBox('activity-done-at', form.doneAt);
    const actual = sliders('actual', form.actual);
    const note = noteBox(form.note);

    const cards = [
      h('section', { class: 'card', 'aria-labelledby': 'activity-what-heading' },
        h('h2', { id: 'activity-what-heading', class: 'eyebrow' }, t('practice-activity-what-heading')),
        field('activity-what', t('practice-activity-what'), what, t('practice-activity-what-hint')),
        field('activity-value', t('practice-activity-value'), value,
          values.length ? t('practice-activity-value-hint') : t('practice-activity-value-none-yet'))),
      showPlan ? h('section', { class: 'card', 'aria-labelledby': 'activity-plan-heading' },
        h('h2', { id: 'activity-plan-heading', class: 'eyebrow' }, t('practice-activity-plan-heading')),
        h('div', { class: 'field' },
          h('label', { for: 'activity-planned-for' }, t('practice-activity-planned-for')),
          h('p', { class: 'hint', id: 'activity-planned-for-hint' }, t('practice-activity-planned-for-hint')),
          planned, plannedCheck.el),
        h('p', { class: 'hint' }, t('practice-activity-predict-hint')),
        predicted.elements) : null,
      showLog ? h('section', { class: 'card', 'aria-labelledby': 'activity-log-heading' },
        h('h2', { id: 'activity-log-heading', class: 'eyebrow' }, t('practice-activity-log-heading')),
        h('div', { class: 'field' },
          h('label', { for: 'activity-done-at' }, t('practice-activity-done-at')),
          h('p', { class: 'hint', id: 'activity-done-at-hint' }, t('practice-activity-done-at-hint')),
          doneAt),
        actual.elements,
        field('activity-note', t('practice-activity-note'), note)) : null,
    ];
    const error = errorLine('activity-error');
    const save = h('button', { type: 'submit', id: 'save-activity', class: 'button primary' },
      editing ? t('practice-activity-save-edit') : logging ? t('practice-activity-save-log') : t('practice-activity-save-new'));
    const saveRow = h('div', { class: 'actions' }, save);
    const el = h('form', { id: 'activity-form', class: 'activity-form', novalidate: true }, cards, error, saveRow);
    append(root, el);
    el.addEventListener('input', () => showMessage(error, ''));

    el.addEventListener('submit', async (event) => {
      event.preventDefault();
      if (isBusy(save)) return;
      const state = {
        what: what.value,
        valueId: value.value ? Number(value.value) : null,
        plannedFor: showPlan ? planned.value : form.plannedFor,
        predicted: showPlan ? predicted.read() : form.predicted,
        doneAt: showLog ? doneAt.value : form.doneAt,
        actual: showLog ? actual.read() : form.actual,
        note: showLog ? note.value : form.note,
      };
      const problem = activityProblem(logging ? { ...state, plannedFor: '' } : state);
      if (problem) {
        const toDoneAt = logging && problem.field === 'activity-planned-for';
        const id = toDoneAt ? 'activity-done-at' : problem.field;
        const target = el.querySelector(`#${id}`);
        target?.closest('.field')?.after(error);
        showMessage(error, toDoneAt ? t('practice-activity-problem-done-at') : problem.message);
        target?.focus();
        return;
      }
      if (showPlan && !plannedCheck.ok()) return;
      saveRow.before(error);
      await withBusy(save, async () => {
        try {
          const input = formToActivityInput(state, { original });
          const saved = editing ? await updateActivity(route.id, input) : await createActivity(input);
          ctx.navigate(activityHref(saved.id));
          showToast(editing ? t('practice-activity-saved') : logging ? t('practice-activity-logged')
            : t('practice-activity-made'));
        } catch (err) {
          showMessage(error, err.message);
          error.focus();
        }
      });
    });
    return title;
  },
};

/** "How did it go?": when, the three scales as they were, and a note. */
function logSection(a, ctx) {
  const form = activityToForm(a);
  const doneAt = timeBox('activity-done-at', form.doneAt || dateToLocalInput());
  const actual = sliders('actual', form.actual);
  const note = noteBox(form.note);
  const error = errorLine('activity-log-error');
  const done = a.status === 'done';
  const save = h('button', { type: 'submit', id: 'save-activity-log', class: 'button primary' },
    done ? t('practice-activity-log-save-again') : t('practice-activity-log-save'));
  const el = h('form', { id: 'activity-log', class: 'activity-form', novalidate: true },
    h('div', { class: 'field' },
      h('label', { for: 'activity-done-at' }, t('practice-activity-done-at')),
      h('p', { class: 'hint', id: 'activity-done-at-hint' }, t('practice-activity-done-at-hint')),
      doneAt),
    actual.elements,
    field('activity-note', t('practice-activity-note'), note),
    error,
    h('div', { class: 'actions' }, save));
  el.addEventListener('input', () => showMessage(error, ''));
  el.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (isBusy(save)) return;
    if (!doneAt.value) {
      showMessage(error, t('practice-activity-problem-done-at'));
      doneAt.focus();
      return;
    }
    const state = { ...form, doneAt: doneAt.value, actual: actual.read(), note: note.value };
    await withBusy(save, async () => {
      try {
        await updateActivity(a.id, formToActivityInput(state, { original: a }));
        showToast(t('practice-activity-logged'));
        ctx.refresh();
      } catch (err) {
        showMessage(error, err.message);
        error.focus();
      }
    });
  });
  return h('section', { class: 'card', id: 'activity-afterwards', 'aria-labelledby': 'activity-afterwards-heading' },
    h('h2', { id: 'activity-afterwards-heading' }, t('practice-activity-log-heading')),
    h('p', { class: 'hint' }, t('practice-activity-log-hint')),
    el);
}

const removeActivity = (x, ctx) => deleteWithUndo({
  title: t('practice-activity-delete-title'),
  deleted: t('practice-activity-deleted'),
  restored: t('practice-activity-restored'),
  remove: () => deleteActivity(x.id),
  restore: () => restoreActivity(x.id),
  ctx,
});

export const detailView = {
  live: false, // "How did it go?" is typed here
  async render(root, route, ctx) {
    let a;
    try {
      a = await getActivity(route.id);
    } catch (err) {
      append(root, missing(err, ctx.refresh));
      return t('practice-activity-title');
    }
    const lines = ratingLines(a);
    append(root,
      h('p', {}, h('a', { href: '#practice' }, t('practice-back'))),
      h('h1', { dir: 'auto', id: 'activity-what-read' }, a.what),
      h('p', { class: 'muted', id: 'activity-status' }, activityStatus(a)),
      valueLine(a.value),
      lines.length ? h('ul', { class: 'activity-ratings', id: 'activity-ratings' }, lines.map((l) => h('li', {}, l))) : null,
      a.note ? h('p', { class: 'answer', dir: 'auto', id: 'activity-note-read' }, a.note) : null,
      h('div', { class: 'actions' },
        h('a', { class: 'button', id: 'edit-activity', href: activityEditHref(a.id) }, t('practice-activity-edit'))),
      logSection(a, ctx),
      h('div', { class: 'actions' },
        h('button', {
          type: 'button', class: 'button attention', id: 'delete-activity', onclick: () => removeActivity(a, ctx),
        }, t('practice-activity-delete'))));
    return t('practice-activity-title');
  },
};
