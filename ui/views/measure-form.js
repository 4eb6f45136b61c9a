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
import { append, errorNotice, h, replace, showToast } from '../lib/dom.js';
import {
  ITEM9, MEASURES_TITLE, SAFETY_FROM_PHQ9, answeredCount, bandWords, changeLine, changeOf, isUntouched, leftLine,
  maxScore, meaningLine, normalizeAnswers, opensSafetyPlan, progressLine, progressLines, toAnswer, unansweredItems,
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
  h('p', {}, 'Thank you for answering this honestly. Your safety plan and the people you can reach are one click away.'),
  h('p', {}, h('a', { href: SAFETY_FROM_PHQ9, id: 'item9-safety-plan' }, 'Open my safety plan')));

/** The crisis lines inside the result, when question 9 was above 0. */
function item9Card(plan) {
  const lines = plan?.crisisLines ?? [];
  return h('section', { class: 'safety-note measure-item9', id: 'measure-item9', 'aria-labelledby': 'measure-item9-title' },
    h('h3', { id: 'measure-item9-title' }, 'About question 9'),
    h('p', {}, 'Your answer to question 9 matters more than any number. Thoughts like these deserve support now — '
      + 'you don’t have to wait for your next session.'),
    lines.length ? h('ul', { class: 'crisis-list' }, lines.map((l) => h('li', {},
      h('span', { class: 'crisis-name' }, l.name), ' ', h('span', { class: 'crisis-number' }, l.number),
      l.note ? h('span', { class: 'crisis-note' }, l.note) : null))) : null,
    h('p', {}, h('a', { class: 'button', href: SAFETY_FROM_PHQ9, id: 'measure-safety-plan' }, 'Open my safety plan')));
}

async function renderForm(root, route, ctx) {
  const measure = route.measure;
  const back = h('p', {}, h('a', { href: '#measures' }, `← ${MEASURES_TITLE}`));
  let forms;
  let history;
  try {
    // The history holds any draft; without it a second draft could start,
    // so both must be read before the questions are offered.
    [forms, history] = await Promise.all([getMeasureForms(), getMeasureHistory(measure)]);
  } catch (err) {
    append(root, back, h('h1', {}, 'Questionnaire'), errorNotice(err, ctx.refresh));
    return 'Questionnaire';
  }
  const form = (forms ?? []).find((f) => f.id === measure);
  if (!form) {
    append(root, back, h('h1', {}, 'Questionnaire'),
      errorNotice({ message: 'This questionnaire isn’t available just now.' }, ctx.refresh));
    return 'Questionnaire';
  }

  const count = form.items.length;
  const max = maxScore(count);
  const draft = history?.draft ?? null;
  let id = draft?.id ?? null;
  const state = { answers: normalizeAnswers(draft?.answers, count), difficulty: toAnswer(draft?.difficulty) };
  const input = () => ({ id, measure, answers: [...state.answers], difficulty: state.difficulty });

  const status = h('p', { class: 'status', id: 'measure-status', role: 'status' });
  const progress = h('p', { class: 'measure-count', id: 'measure-progress' });
  const left = h('div', { class: 'notice measure-left', id: 'measure-left', role: 'status', tabindex: '-1', hidden: true });
  const support = measure === 'phq9' ? item9Support() : null;
  const clearDifficulty = h('button', { type: 'button', class: 'button quiet', id: 'difficulty-clear' }, 'Clear this answer');
  const submit = h('button', { type: 'submit', class: 'button primary', id: 'measure-submit' }, 'See my score');

  const items = form.items.map((text, i) => h('li', {},
    h('span', { class: 'measure-number', 'aria-hidden': 'true' }, `${i + 1}.`),
    itemField(i + 1, text, form.options, state.answers[i]),
    i + 1 === ITEM9 ? support : null));
  const difficulty = form.difficulty
    ? h('fieldset', {
      class: 'measure-item measure-difficulty', id: 'measure-difficulty', role: 'radiogroup',
      'aria-labelledby': 'difficulty-legend', 'aria-describedby': 'difficulty-hint',
    },
    h('legend', { id: 'difficulty-legend' }, form.difficulty.question),
    h('p', { class: 'hint', id: 'difficulty-hint' }, 'Optional.'),
    h('div', { class: 'measure-options' }, form.difficulty.options.map((o) => h('label', { class: 'measure-option' },
      h('input', {
        type: 'radio', name: 'difficulty', id: `difficulty-${o.value}`, value: String(o.value),
        checked: state.difficulty === o.value,
      }),
      h('span', {}, o.label)))),
    clearDifficulty)
    : null;

  const formEl = h('form', { id: 'measure-form', class: 'measure-form', dataset: { measure }, novalidate: true },
    h('p', { class: 'measure-stem', id: 'measure-stem' }, form.stem),
    h('ol', { class: 'measure-items' }, items),
    difficulty,
    left,
    h('div', { class: 'form-actions' }, h('div', { class: 'measure-state' }, progress, status), submit));

  const restored = h('div', { class: 'notice', id: 'measure-draft-restored', hidden: !draft },
    h('p', {}, 'Here’s where you left off — your answers were kept.'),
    h('button', { type: 'button', class: 'button', id: 'measure-start-fresh', onclick: startFresh }, 'Start fresh'));
  const body = h('div', { class: 'measure-body' },
    h('p', { class: 'lede' }, form.why),
    h('p', { class: 'muted' }, 'There are no right answers: choose what fits best. Your answers stay on this computer.'),
    restored,
    formEl);
  const result = h('section', {
    class: 'card measure-result', id: 'measure-result', 'aria-labelledby': 'measure-result-title', hidden: true,
  });

  const autosave = new AutosaveController({
    hasDraft: Boolean(draft),
    isEmpty: isUntouched,
    save: () => saveMeasure(input()),
    onSaved: (saved) => {
      if (saved?.id !== undefined && saved?.id !== null) id = saved.id;
      status.classList.remove('is-error');
      status.textContent = saved?.complete
        ? 'All answered and kept — see your score when you’re ready.'
        : 'Kept as a draft — finish any time.';
    },
    onError: (err) => {
      status.classList.add('is-error');
      status.textContent = `Your answers didn’t save just now — they’re still here. (${err?.message ?? ''})`;
      // The safety plan may already be showing (question 9); then say it
      // there, honestly: the form and its answers are no longer on screen.
      if (!status.isConnected) showToast(`Your last answer to the questionnaire didn’t save just now. (${err?.message ?? ''})`);
    },
  });

  /** Brings everything that depends on the answers up to date. */
  function update() {
    progress.textContent = progressLine(state.answers);
    if (support) support.hidden = !(state.answers[ITEM9 - 1] > 0);
    clearDifficulty.hidden = state.difficulty === null;
    // Once shown, the list of open questions shrinks as they are answered.
    if (!left.hidden) showLeft(unansweredItems(state.answers), { focus: false });
  }

  function showLeft(numbers, { focus = true } = {}) {
    if (!numbers.length) {
      left.hidden = true;
      left.replaceChildren();
      return;
    }
    replace(left,
      h('p', {}, leftLine(numbers, count)),
      h('div', { class: 'measure-jumps' }, numbers.map((n) => h('button', {
        type: 'button', class: 'button quiet', onclick: () => formEl.querySelector(`input[name="item-${n}"]`)?.focus(),
      }, `Go to question ${n}`))));
    left.hidden = false;
    if (focus) left.focus();
  }

  function keep() {
    update();
    autosave.schedule({ answers: [...state.answers], difficulty: state.difficulty });
    autosave.flush(); // every answer is kept at once: it is one deliberate click
  }

  // Enter on a radio would submit half-way through (browsers' implicit
  // submission); seeing the score is a deliberate press of the button.
  formEl.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && event.target?.getAttribute?.('type') === 'radio') event.preventDefault();
  });

  formEl.addEventListener('change', (event) => {
    const name = event.target?.getAttribute?.('name') ?? '';
    const item = /^item-(\d+)$/.exec(name);
    const n = item ? Number(item[1]) : null;
    const before = item ? state.answers[n - 1] : null;
    if (item) state.answers[n - 1] = toAnswer(event.target.value);
    else if (name === 'difficulty') state.difficulty = toAnswer(event.target.value);
    else return;
    keep();
    // Question 9 above 0: the plan and the people to reach, now — however
    // it was answered (mouse, arrow keys, space, a screen reader). The
    // draft save above is already on its way and lands while the plan
    // opens; the calm note beside the question shows too.
    if (n === ITEM9 && opensSafetyPlan(measure, before, state.answers[ITEM9 - 1])) {
      ctx.navigate(SAFETY_FROM_PHQ9);
    }
  });

  clearDifficulty.addEventListener('click', () => {
    for (const radio of formEl.querySelectorAll('input[name="difficulty"]')) radio.checked = false;
    state.difficulty = null;
    keep();
    formEl.querySelector('input[name="difficulty"]')?.focus();
  });

  async function startFresh() {
    await autosave.hold();
    if (id !== null) {
      try {
        await deleteMeasure(id);
      } catch (err) {
        autosave.release();
        status.classList.add('is-error');
        status.textContent = err.message;
        return;
      }
    }
    id = null;
    autosave.reset({ hasDraft: false });
    autosave.release();
    state.answers = normalizeAnswers([], count);
    state.difficulty = null;
    for (const radio of formEl.querySelectorAll('input')) radio.checked = false;
    restored.hidden = true;
    left.hidden = true;
    status.textContent = '';
    update();
    formEl.querySelector('input[name="item-1"]')?.focus();
  }

  async function showResult(saved) {
    const after = await getMeasureHistory(measure).catch(() => null);
    const results = after?.results
      ?? [...(history.results ?? []).filter((r) => r.id !== saved.id), saved];
    const change = after?.change ?? changeOf(results);
    const plan = saved.item9 ? await getSafetyPlan().catch(() => null) : null;
    const heading = h('h2', { id: 'measure-result-title', tabindex: '-1' }, 'Your score');
    replace(result, heading,
      h('p', { class: 'measure-score', id: 'measure-score' },
        h('span', { class: 'measure-score-number' }, String(saved.score)), ` out of ${max}`),
      h('p', { id: 'measure-band' }, bandWords(saved.band)),
      h('p', { id: 'measure-meaning' }, meaningLine(form.title, max)),
      h('p', { id: 'measure-change' }, changeLine(change, results.length)),
      after ? progressLines(after.change).map((line) => h('p', { class: 'measure-progress' }, line)) : null,
      saved.item9 ? item9Card(plan) : null,
      h('p', { class: 'muted' },
        'A questionnaire is a snapshot of two weeks, not a diagnosis. It can be a good thing to talk through at your next session.'),
      h('div', { class: 'actions' },
        h('a', { class: 'button primary', id: 'measure-done', href: '#measures' }, `Back to ${MEASURES_TITLE.toLowerCase()}`)));
    body.hidden = true;
    result.hidden = false;
    heading.focus();
  }

  let busy = false;
  formEl.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (busy) return;
    const open = unansweredItems(state.answers);
    if (open.length) {
      // Not an error: the answers given are already kept as a draft.
      showLeft(open);
      return;
    }
    busy = true;
    submit.setAttribute('aria-disabled', 'true');
    await autosave.hold(); // the last answer's save lands first, and its id is used
    try {
      const saved = await saveMeasure(input());
      id = saved.id ?? id;
      if (!saved.complete) {
        autosave.release();
        showLeft(unansweredItems(normalizeAnswers(saved.answers, count)));
        return;
      }
      autosave.stop();
      await showResult(saved);
    } catch (err) {
      autosave.release();
      status.classList.add('is-error');
      status.textContent = `That didn’t save — your answers are still here. (${err.message})`;
    } finally {
      busy = false;
      submit.removeAttribute('aria-disabled');
    }
  });

  // Closing the window or leaving mid-way: anything waiting is kept.
  globalThis.window?.addEventListener?.('pagehide', () => autosave.flush(), { once: true });

  update();
  if (draft) status.textContent = answeredCount(state.answers) ? 'Kept as a draft — finish any time.' : '';
  append(root, back, h('h1', {}, form.name), body, result,
    h('p', { class: 'measure-attribution', id: 'measure-attribution' }, form.attribution));
  return form.title;
}

export const formView = { render: renderForm };
