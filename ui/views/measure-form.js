// The questionnaire (`#measures/phq9`, `#measures/gad7`): the published
// items as radio groups, kept as a draft after every answer so closing the
// window mid-way loses nothing, a kind list of what is left, and the score
// in plain words once everything is answered.
//
// PHQ-9 question 9 asks about thoughts of being better off dead or of
// self-harm. The moment it is answered above "Not at all" — by mouse,
// arrow keys, space or a screen reader alike — the safety plan opens,
// before any score, calmly, with the answers kept. It is never just a
// number: the result repeats the crisis lines too.

import { deleteMeasure, getMeasureForms, getMeasureHistory, getSafetyPlan, saveMeasure } from '../ipc.js';
import { append, errorNotice, h, isBusy, replace, showToast, withBusy } from '../lib/dom.js';
import { t, tNodes } from '../lib/i18n.js';
import {
  ITEM9, SAFETY_FROM_PHQ9, answeredCount, bandWords, changeLine, changeOf, isUntouched, leftLine, maxScore,
  meaningLine, normalizeAnswers, opensSafetyPlan, progressLine, progressLines, toAnswer,
  unansweredItems,
} from '../lib/measures.js';
import { AutosaveController } from '../lib/reflection-form.js';

/** One question: a fieldset named by its legend (the published wording,
 *  exactly), four radios named `item-N`. */
function itemField(n, text, options, checked) {
  return h('fieldset', {
    class: 'measure-item', id: `item-${n}`, role: 'radiogroup', 'aria-labelledby': `item-${n}-legend`,
  },
  h('legend', { id: `item-${n}-legend` }, text),
  h('div', { class: 'measure-options' }, options.map((o) => h('label', { class: 'measure-option' },
    h('input', {
      type: 'radio', name: `item-${n}`, id: `item-${n}-${o.value}`, value: String(o.value),
      checked: checked === o.value,
    }),
    h('span', {}, o.label)))));
}

/** Beside PHQ-9 question 9 whenever it is answered above 0: a calm way
 *  back to the safety plan, so a restored draft never hides it. */
const item9Support = () => h('div', { class: 'safety-note', id: 'item9-support', hidden: true },
  h('p', {}, t('measures-item9-thanks')),
  h('p', {}, h('a', { href: SAFETY_FROM_PHQ9, id: 'item9-safety-plan' }, t('measures-open-safety-plan'))));

/** The crisis lines inside the result, when question 9 was above 0. */
function item9Card(plan) {
  const lines = plan?.crisisLines ?? [];
  return h('section', { class: 'safety-note measure-item9', id: 'measure-item9', 'aria-labelledby': 'measure-item9-title' },
    h('h3', { id: 'measure-item9-title' }, t('measures-item9-title')),
    h('p', {}, t('measures-item9-text')),
    // The safety plan's lines: a name and note may be the person's words,
    // in their own direction (dir="auto").
    lines.length ? h('ul', { class: 'crisis-list' }, lines.map((l) => h('li', {},
      h('span', { class: 'crisis-name', dir: 'auto' }, l.name), ' ', h('span', { class: 'crisis-number' }, l.number),
      l.note ? h('span', { class: 'crisis-note', dir: 'auto' }, l.note) : null))) : null,
    h('p', {}, h('a', { class: 'button', href: SAFETY_FROM_PHQ9, id: 'measure-safety-plan' }, t('measures-open-safety-plan'))));
}

/** The optional "how difficult" question (PHQ-9 has one), which can be
 *  cleared again. */
function difficultyField(form, state, clearDifficulty) {
  if (!form.difficulty) return null;
  return h('fieldset', {
    class: 'measure-item measure-difficulty', id: 'measure-difficulty', role: 'radiogroup',
    'aria-labelledby': 'difficulty-legend', 'aria-describedby': 'difficulty-hint',
  },
  h('legend', { id: 'difficulty-legend' }, form.difficulty.question),
  h('p', { class: 'hint', id: 'difficulty-hint' }, t('measures-optional')),
  h('div', { class: 'measure-options' }, form.difficulty.options.map((o) => h('label', { class: 'measure-option' },
    h('input', {
      type: 'radio', name: 'difficulty', id: `difficulty-${o.value}`, value: String(o.value),
      checked: state.difficulty === o.value,
    }),
    h('span', {}, o.label)))),
  clearDifficulty);
}

/** The questionnaire's page: its elements, its answers and where they are
 *  kept, shared by everything below. */
function measurePage({ measure, form, history, ctx }) {
  const count = form.items.length;
  const draft = history?.draft ?? null;
  const state = { answers: normalizeAnswers(draft?.answers, count), difficulty: toAnswer(draft?.difficulty) };
  const support = measure === 'phq9' ? item9Support() : null;
  const clearDifficulty = h('button', { type: 'button', class: 'button quiet', id: 'difficulty-clear' },
    t('measures-difficulty-clear'));
  const page = {
    measure, form, history, ctx, draft, state, count, support, clearDifficulty,
    max: maxScore(count),
    id: draft?.id ?? null, // the draft's, once there is one
    status: h('p', { class: 'status', id: 'measure-status', role: 'status' }),
    progress: h('p', { class: 'measure-count', id: 'measure-progress' }),
    left: h('div', { class: 'notice measure-left', id: 'measure-left', role: 'status', tabindex: '-1', hidden: true }),
    submit: h('button', { type: 'submit', class: 'button primary', id: 'measure-submit' }, t('measures-submit')),
    result: h('section', {
      class: 'card measure-result', id: 'measure-result', 'aria-labelledby': 'measure-result-title', hidden: true,
    }),
  };
  const items = form.items.map((text, i) => h('li', {},
    h('span', { class: 'measure-number', 'aria-hidden': 'true' }, t('measures-item-number', { number: i + 1 })),
    itemField(i + 1, text, form.options, state.answers[i]),
    i + 1 === ITEM9 ? support : null));
  page.formEl = h('form', { id: 'measure-form', class: 'measure-form', dataset: { measure }, novalidate: true },
    h('p', { class: 'measure-stem', id: 'measure-stem' }, form.stem),
    h('ol', { class: 'measure-items' }, items),
    difficultyField(form, state, clearDifficulty),
    page.left,
    h('div', { class: 'form-actions' },
      h('div', { class: 'measure-state' }, page.progress, page.status), page.submit));
  page.restored = h('div', { class: 'notice', id: 'measure-draft-restored', hidden: !draft },
    h('p', {}, t('measures-restored')),
    h('button', {
      type: 'button', class: 'button', id: 'measure-start-fresh', onclick: () => startFresh(page),
    }, t('measures-start-fresh')));
  page.body = h('div', { class: 'measure-body' },
    h('p', { class: 'lede' }, form.why),
    h('p', { class: 'muted' }, t('measures-intro')),
    page.restored,
    page.formEl);
  page.autosave = measureAutosave(page);
  return page;
}

/** What save_measure is sent: the answers so far, under the draft's id. */
const measureInput = (page) => ({
  id: page.id, measure: page.measure, answers: [...page.state.answers], difficulty: page.state.difficulty,
});

function setError(status, message) {
  status.classList.add('is-error');
  status.textContent = message;
}

function measureAutosave(page) {
  const { draft, status } = page;
  return new AutosaveController({
    hasDraft: Boolean(draft),
    isEmpty: isUntouched,
    save: () => saveMeasure(measureInput(page)),
    onSaved: (saved) => {
      if (saved?.id !== undefined && saved?.id !== null) page.id = saved.id;
      status.classList.remove('is-error');
      status.textContent = saved?.complete ? t('measures-kept-all') : t('measures-kept-draft');
    },
    onError: (err) => {
      setError(status, t('measures-save-failed', { error: err?.message ?? '' }));
      // The safety plan may already be showing (question 9); then say it
      // there, honestly: the form and its answers are no longer on screen.
      if (!status.isConnected) showToast(t('measures-save-failed-toast', { error: err?.message ?? '' }));
    },
  });
}

/** Brings everything that depends on the answers up to date. */
function update(page) {
  const { state, support, left } = page;
  page.progress.textContent = progressLine(state.answers);
  if (support) support.hidden = !(state.answers[ITEM9 - 1] > 0);
  page.clearDifficulty.hidden = state.difficulty === null;
  // Once shown, the list of open questions shrinks as they are answered.
  if (!left.hidden) showLeft(page, unansweredItems(state.answers), { focus: false });
}

function showLeft(page, numbers, { focus = true } = {}) {
  const { left, formEl } = page;
  if (!numbers.length) {
    left.hidden = true;
    left.replaceChildren();
    return;
  }
  replace(left,
    h('p', {}, leftLine(numbers, page.count)),
    h('div', { class: 'measure-jumps' }, numbers.map((n) => h('button', {
      type: 'button', class: 'button quiet', onclick: () => formEl.querySelector(`input[name="item-${n}"]`)?.focus(),
    }, t('measures-go-to', { number: n })))));
  left.hidden = false;
  if (focus) left.focus();
}

function keep(page) {
  update(page);
  page.autosave.schedule({ answers: [...page.state.answers], difficulty: page.state.difficulty });
  page.autosave.flush(); // every answer is kept at once: it is one deliberate click
}

function listen(page) {
  const { formEl, state } = page;
  // Enter on a radio would submit half-way through (browsers' implicit
  // submission); seeing the score is a deliberate press of the button.
  formEl.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && event.target?.getAttribute?.('type') === 'radio') event.preventDefault();
  });
  formEl.addEventListener('change', (event) => answered(page, event));
  page.clearDifficulty.addEventListener('click', () => {
    for (const radio of formEl.querySelectorAll('input[name="difficulty"]')) radio.checked = false;
    state.difficulty = null;
    keep(page);
    formEl.querySelector('input[name="difficulty"]')?.focus();
  });
  formEl.addEventListener('submit', (event) => submitAnswers(page, event));
}

function answered(page, event) {
  const { state, measure } = page;
  const name = event.target?.getAttribute?.('name') ?? '';
  const item = /^item-(\d+)$/.exec(name);
  const n = item ? Number(item[1]) : null;
  const before = item ? state.answers[n - 1] : null;
  if (item) state.answers[n - 1] = toAnswer(event.target.value);
  else if (name === 'difficulty') state.difficulty = toAnswer(event.target.value);
  else return;
  keep(page);
  // Question 9 above 0: the plan and the people to reach, now — however
  // it was answered (mouse, arrow keys, space, a screen reader). The
  // draft save above is already on its way and lands while the plan
  // opens; the calm note beside the question shows too.
  if (n === ITEM9 && opensSafetyPlan(measure, before, state.answers[ITEM9 - 1])) {
    page.ctx.navigate(SAFETY_FROM_PHQ9);
  }
}

async function startFresh(page) {
  const { autosave, state, formEl, status } = page;
  await autosave.hold();
  if (page.id !== null) {
    try {
      await deleteMeasure(page.id);
    } catch (err) {
      autosave.release();
      setError(status, err.message);
      return;
    }
  }
  page.id = null;
  autosave.reset({ hasDraft: false });
  autosave.release();
  state.answers = normalizeAnswers([], page.count);
  state.difficulty = null;
  for (const radio of formEl.querySelectorAll('input')) radio.checked = false;
  page.restored.hidden = true;
  page.left.hidden = true;
  status.textContent = '';
  update(page);
  formEl.querySelector('input[name="item-1"]')?.focus();
}

async function submitAnswers(page, event) {
  event.preventDefault();
  const { submit, autosave, state } = page;
  if (isBusy(submit)) return;
  const open = unansweredItems(state.answers);
  if (open.length) {
    // Not an error: the answers given are already kept as a draft.
    showLeft(page, open);
    return;
  }
  await withBusy(submit, async () => {
    await autosave.hold(); // the last answer's save lands first, and its id is used
    try {
      const saved = await saveMeasure(measureInput(page));
      page.id = saved.id ?? page.id;
      if (!saved.complete) {
        autosave.release();
        showLeft(page, unansweredItems(normalizeAnswers(saved.answers, page.count)));
        return;
      }
      autosave.stop();
      await showResult(page, saved);
    } catch (err) {
      autosave.release();
      setError(page.status, t('measures-submit-failed', { error: err.message }));
    }
  });
}

async function showResult(page, saved) {
  const { measure, history, form, max, result } = page;
  const after = await getMeasureHistory(measure).catch(() => null);
  const results = after?.results
    ?? [...(history.results ?? []).filter((r) => r.id !== saved.id), saved];
  const change = after?.change ?? changeOf(results);
  const plan = saved.item9 ? await getSafetyPlan().catch(() => null) : null;
  const heading = h('h2', { id: 'measure-result-title', tabindex: '-1' }, t('measures-your-score'));
  replace(result, heading,
    h('p', { class: 'measure-score', id: 'measure-score' },
      tNodes('measures-score-words', { max },
        { score: h('span', { class: 'measure-score-number' }, String(saved.score)) })),
    h('p', { id: 'measure-band' }, bandWords(saved.band)),
    h('p', { id: 'measure-meaning' }, meaningLine(form.title, max)),
    h('p', { id: 'measure-change' }, changeLine(change, results.length)),
    after ? progressLines(after.change).map((line) => h('p', { class: 'measure-progress' }, line)) : null,
    saved.item9 ? item9Card(plan) : null,
    h('p', { class: 'muted' }, t('measures-snapshot')),
    h('div', { class: 'actions' },
      h('a', { class: 'button primary', id: 'measure-done', href: '#measures' }, t('measures-back-to-list'))));
  page.body.hidden = true;
  result.hidden = false;
  heading.focus();
}

async function renderForm(root, route, ctx) {
  const measure = route.measure;
  const back = h('p', {}, h('a', { href: '#measures' }, t('measures-back')));
  let forms;
  let history;
  try {
    // The history holds any draft; without it a second draft could start,
    // so both must be read before the questions are offered.
    [forms, history] = await Promise.all([getMeasureForms(), getMeasureHistory(measure)]);
  } catch (err) {
    append(root, back, h('h1', {}, t('measures-questionnaire')), errorNotice(err, ctx.refresh));
    return t('measures-questionnaire');
  }
  const form = (forms ?? []).find((f) => f.id === measure);
  if (!form) {
    append(root, back, h('h1', {}, t('measures-questionnaire')),
      errorNotice({ message: t('measures-unavailable') }, ctx.refresh));
    return t('measures-questionnaire');
  }

  const page = measurePage({ measure, form, history, ctx });
  listen(page);
  // Closing the window or leaving mid-way: anything waiting is kept.
  globalThis.window?.addEventListener?.('pagehide', () => page.autosave.flush(), { once: true });

  update(page);
  if (page.draft) page.status.textContent = answeredCount(page.state.answers) ? t('measures-kept-draft') : '';
  append(root, back, h('h1', {}, form.name), page.body, page.result,
    h('p', { class: 'measure-attribution', id: 'measure-attribution' }, form.attribution));
  return form.title;
}

export const formView = { render: renderForm };
