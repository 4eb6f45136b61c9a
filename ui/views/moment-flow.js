// Log a moment: the CBT thought record, one question per screen.
//
// Something just hit hard, so the flow asks one small thing at a time and
// every step can be skipped: a line at step 1, one feeling chip and "Save
// now" is a whole moment in under ten seconds. All ten steps (the seven
// columns of the full thought record, with the body, what was done and a
// friend's view between them) are built once and only shown in turn, so
// words typed in one step are still there after Back. A draft is kept a moment after every change, so leaving
// half-way (or a crash) loses nothing, and when saving fails every word
// stays where it was typed.
//
// `#moment/new` logs a new moment; `#moment/7/edit` edits moment 7.

import {
  createMoment, discardDraft, getDraft, getJournalVocabulary, getMoment, listTags, recentTriggers,
  saveDraft, updateMoment,
} from '../ipc.js';
import {
  append, errorNotice, h, isBusy, replace, showMessage, showToast, withBusy,
} from '../lib/dom.js';
import {
  DEFAULT_RATING, DraftKeeper, STEP_COUNT, draftKey, emptyMomentState, fillTrigger, formToInput,
  hasEmotion, momentToState, normalizeRating, normalizeState, parseTags, rateEmotion, ratingText,
  toggleEmotion,
} from '../lib/moment-form.js';
import { t } from '../lib/i18n.js';
import { clockTime, dateToLocalInput, farDateCheck, rfc3339ToLocalInput } from '../lib/time.js';

/** Each step's message: its value is the question (the step's h2),
 *  `.why` says why it helps in one line, and `.short` is the name the
 *  progress dots give it for screen readers. Worded when drawn, in the
 *  language in use then. */
const STEPS = [
  'situation', 'feelings', 'body', 'self-talk', 'traps', 'did', 'evidence', 'friend', 'balanced', 'rerate',
].map((key) => `moments-step-${key}`);

const same = (a, b) => a.toLowerCase() === b.toLowerCase();

// The open flow's draft keeper. Leaving the page (another place, closing
// the window) saves what is waiting at once rather than in 400 ms, and
// opening the flow again first waits for that save, so the draft it reads
// is the newest one.
let current = null;
if (typeof window !== 'undefined' && typeof window.addEventListener === 'function') {
  window.addEventListener('hashchange', () => current?.flush());
  window.addEventListener('pagehide', () => current?.flush());
}

const titleId = (n) => `moment-step-${n}-title`;
const whyId = (n) => `moment-step-${n}-why`;

/** A text box named by its step's question and described by its "why".
 *  What is typed takes its own direction (dir="auto"): a line written
 *  right to left starts from the right. */
function textBox(id, n, { rows = 4, placeholder } = {}) {
  return h('textarea', {
    id, rows, placeholder, 'aria-labelledby': titleId(n), 'aria-describedby': whyId(n), dir: 'auto',
  });
}

function stepSection(n, ...body) {
  const step = STEPS[n - 1];
  return h('section', {
    class: 'moment-step', id: `moment-step-${n}`, 'aria-labelledby': titleId(n), hidden: true,
  },
  h('h2', { id: titleId(n) }, t(step)),
  h('p', { class: 'why', id: whyId(n) }, t(`${step}.why`)),
  body);
}

/** One 0–100 slider for a chosen feeling: its strength then (`before`,
 *  step 2) or now (`after`, step 10). An unrated value rests at a neutral
 *  place, looks faded and says so in words. */
function ratingRow(emotion, index, which) {
  const id = `emotion-${which}-${index}`;
  const value = emotion[which];
  const resting = which === 'after' ? (emotion.before ?? DEFAULT_RATING) : DEFAULT_RATING;
  const shown = value ?? resting;
  const input = h('input', {
    type: 'range', id, min: 0, max: 100, step: 5, value: shown,
    class: value === null ? 'is-unset' : null,
    'aria-describedby': which === 'after' ? `${id}-was` : 'emotion-rating-hint',
    dataset: which === 'after' ? { after: emotion.word } : { emotion: emotion.word },
  });
  input.value = String(shown);
  const out = h('output', { for: id, class: 'rating-number', 'aria-hidden': 'true' });
  describeRating(input, out, which, value);
  return h('div', { class: 'moment-rating' },
    h('div', { class: 'moment-rating-head' },
      // The word may be the person's own: in its own direction (dir="auto").
      h('label', { for: id, dir: 'auto' }, emotion.word),
      which === 'after'
        ? h('span', { class: 'hint', id: `${id}-was` },
          emotion.before === null ? t('moments-rating-not-before') : t('moments-rating-before', { rating: emotion.before }))
        : null),
    h('div', { class: 'rating-row' },
      h('span', { class: 'rating-end', 'aria-hidden': 'true' }, '0'),
      input,
      h('span', { class: 'rating-end', 'aria-hidden': 'true' }, '100'),
      out));
}

/** Says a slider's value in words, to eyes and to screen readers alike. */
function describeRating(input, out, which, value) {
  const unset = value === null;
  input.classList.toggle('is-unset', unset);
  if (which === 'after') {
    input.setAttribute('aria-valuetext',
      unset ? t('moments-rating-not-rerated-spoken', { rating: ratingText(normalizeRating(input.value)) })
        : ratingText(value));
    out.textContent = unset ? t('moments-rating-not-rerated') : t('moments-rating-now', { rating: value });
  } else {
    input.setAttribute('aria-valuetext', ratingText(value));
    out.textContent = unset ? t('moments-rating-not-rated') : String(value);
  }
}

/** How much the self-talk is believed, in words: "80%", or "Not rated". */
function beliefText(value) {
  return value === null ? t('moments-rating-not-rated') : t('moments-belief-percent', { rating: value });
}

/** The 0–100 slider of how much the self-talk is believed: at step 4
 *  (`beliefBefore`, the state's key) and again at step 9 (`beliefAfter`,
 *  with the first rating beside it). Drawn empty; `drawBelief` gives it
 *  the state's value. */
function beliefRow(key) {
  const after = key === 'beliefAfter';
  const id = after ? 'moment-belief-after' : 'moment-belief-before';
  const hint = h('span', { class: 'hint', id: `${id}-hint` },
    after ? null : t('moments-belief-hint'));
  const input = h('input', {
    type: 'range', id, min: 0, max: 100, step: 5, value: DEFAULT_RATING,
    'aria-describedby': `${id}-hint`, dataset: { belief: key },
  });
  const out = h('output', { for: id, class: 'rating-number', 'aria-hidden': 'true' });
  const end = (n) => h('span', { class: 'rating-end', 'aria-hidden': 'true' }, t('moments-belief-percent', { rating: n }));
  return {
    input, out, hint,
    row: h('div', { class: 'moment-rating moment-belief' },
      h('div', { class: 'moment-rating-head' },
        h('label', { for: id }, t(after ? 'moments-belief-after-label' : 'moments-belief-before-label')),
        hint),
      h('div', { class: 'rating-row' }, end(0), input, end(100), out)),
  };
}

/** Says a belief slider's value in words, to eyes and screen readers
 *  alike; unrated, it is faded and says so. */
function describeBelief(input, out, value) {
  input.classList.toggle('is-unset', value === null);
  input.setAttribute('aria-valuetext', beliefText(value));
  out.textContent = beliefText(value);
}

// --- Building the steps ------------------------------------------------------
// Each builds one step's section and names its controls; buildFlow gathers
// the controls into one object that the drawing and the events share.

function whenWhereStep(triggers, editing) {
  const situation = textBox('moment-situation', 1, { rows: 3, placeholder: t('moments-situation-placeholder') });
  const triggerBox = triggers.length
    ? h('div', { class: 'moment-triggers' },
      h('p', { class: 'hint', id: 'trigger-hint' }, t('moments-triggers-hint')),
      h('ul', { class: 'chips', 'aria-labelledby': 'trigger-hint' },
        // Situations written before, in their own direction (dir="auto").
        triggers.map((trigger) => h('li', {},
          h('button', { type: 'button', class: 'chip trigger-chip', dir: 'auto', dataset: { trigger } }, trigger)))))
    : null;
  const whenInput = h('input', { type: 'datetime-local', id: 'moment-when', max: dateToLocalInput(new Date()) });
  // A time years away ("1901", a slip in the year) is asked about under it.
  const whenCheck = farDateCheck(whenInput);
  const whenBox = h('div', { class: 'moment-when', id: 'moment-when-box', hidden: !editing },
    h('label', { for: 'moment-when' }, t('moments-when-label')),
    whenInput, whenCheck.el);
  const earlier = h('button', {
    type: 'button', class: 'button quiet', id: 'moment-earlier',
    'aria-expanded': 'false', 'aria-controls': 'moment-when-box', hidden: editing,
  }, t('moments-when-earlier'));
  return {
    situation, triggerBox, whenInput, whenCheck, whenBox, earlier,
    section: stepSection(1, situation, triggerBox, h('div', { class: 'moment-when-row' }, earlier, whenBox)),
  };
}

function feelingsStep() {
  const chipBox = h('div', { id: 'emotion-chips', class: 'emotion-groups' });
  const ownInput = h('input', { type: 'text', id: 'emotion-own', autocomplete: 'off', maxlength: 40, dir: 'auto' });
  const addButton = h('button', { type: 'button', class: 'button', id: 'emotion-add' }, t('moments-own-word-add'));
  const ratingBox = h('div', { id: 'emotion-ratings', class: 'emotion-ratings' });
  return {
    chipBox, ownInput, addButton, ratingBox,
    section: stepSection(2,
      chipBox,
      h('div', { class: 'own-word' },
        h('label', { for: 'emotion-own' }, t('moments-own-word-label')),
        h('div', { class: 'own-word-row' }, ownInput, addButton)),
      ratingBox),
  };
}

/** Steps 3 and 6: one text box, `name` among the controls. */
function textStep(n, name, id, options) {
  const box = textBox(id, n, options);
  return { [name]: box, section: stepSection(n, box) };
}

function trapsStep(traps) {
  // Inside "An example of …" a trap's name is lower case where the
  // language writes it so (English), as written where not (German nouns).
  const lower = t('moments-trap-name-case') === 'lower';
  const trapList = h('ul', { id: 'trap-list', class: 'trap-list' }, traps.map((trap) => h('li', { class: 'trap' },
    h('label', { class: 'choice' },
      h('input', {
        type: 'checkbox', name: 'trap', value: trap.id, id: `trap-${trap.id}`, 'aria-describedby': `trap-${trap.id}-about`,
      }),
      h('span', { class: 'trap-name' }, trap.name)),
    h('p', { class: 'trap-about hint', id: `trap-${trap.id}-about` }, trap.explanation),
    trap.example ? h('details', { class: 'trap-example' },
      h('summary', {}, t('moments-trap-example'), h('span', { class: 'visually-hidden' },
        t('moments-trap-example-of', { trap: lower ? trap.name.toLowerCase() : trap.name }))),
      h('p', {}, trap.example)) : null)));
  const trapsMissing = traps.length ? null
    : h('p', { class: 'muted' }, t('moments-traps-missing'));
  return { trapList, section: stepSection(5, trapList, trapsMissing) };
}

/** Step 4: what went through the mind, and how much it was believed. */
function selfTalkStep() {
  const selfTalk = textBox('moment-self-talk', 4, { placeholder: t('moments-self-talk-placeholder') });
  const beliefBefore = beliefRow('beliefBefore');
  return { selfTalk, beliefBefore, section: stepSection(4, selfTalk, beliefBefore.row) };
}

/** What step 4 said, quoted where it is answered (steps 7 and 8), or a
 *  gentle line when it was left blank. `prefix` keeps each quote's ids its
 *  own; `fields` are the boxes the quote describes. */
function selfTalkQuote(prefix, missing, n, fields) {
  const label = h('p', { class: 'eyebrow', id: `${prefix}-label` }, t('moments-self-talk-quoted'));
  const quote = h('blockquote', {
    id: `${prefix}-quote`, class: 'self-talk-quote', 'aria-labelledby': `${prefix}-label`, dir: 'auto',
  });
  return {
    quote, n, fields,
    box: h('div', { class: 'self-talk' }, label, quote),
    missing: h('p', { class: 'muted', id: `${prefix}-missing` }, missing),
  };
}

/** Step 7: the evidence on both sides of the thought, with the thought in
 *  view. Two answers, so each box has a label of its own. */
function evidenceStep() {
  const box = (id) => h('textarea', { id, rows: 3, 'aria-describedby': whyId(7), dir: 'auto' });
  const evidenceFor = box('moment-evidence-for');
  const evidenceAgainst = box('moment-evidence-against');
  const evidenceQuote = selfTalkQuote('evidence-self-talk', t('moments-evidence-self-talk-missing'), 7,
    [evidenceFor, evidenceAgainst]);
  const field = (input, label) => h('div', { class: 'field moment-evidence' },
    h('label', { for: input.id }, label), input);
  return {
    evidenceFor, evidenceAgainst, evidenceQuote,
    section: stepSection(7, evidenceQuote.box, evidenceQuote.missing,
      field(evidenceFor, t('moments-evidence-for-label')),
      field(evidenceAgainst, t('moments-evidence-against-label'))),
  };
}

/** Step 8 shows what step 4 said, so the kinder answer has it in view. */
function friendStep() {
  const friend = textBox('moment-friend', 8);
  const friendQuote = selfTalkQuote('self-talk', t('moments-self-talk-missing'), 8, [friend]);
  return { friend, friendQuote, section: stepSection(8, friendQuote.box, friendQuote.missing, friend) };
}

/** Step 9: a more balanced thought, and how much the first one is
 *  believed now. */
function balancedStep() {
  const balanced = textBox('moment-balanced', 9, { rows: 3 });
  const beliefAfter = beliefRow('beliefAfter');
  return { balanced, beliefAfter, section: stepSection(9, balanced, beliefAfter.row) };
}

function keepStep() {
  const rerateBox = h('div', { id: 'emotion-rerate', class: 'emotion-ratings' });
  const tagOptions = h('datalist', { id: 'moment-tag-options' });
  const tagsInput = h('input', {
    type: 'text', id: 'moment-tags', list: 'moment-tag-options', autocomplete: 'off', 'aria-describedby': 'moment-tags-hint',
    dir: 'auto',
  });
  const starred = h('input', { type: 'checkbox', id: 'moment-starred' });
  const privateBox = h('input', { type: 'checkbox', id: 'moment-private' });
  return {
    rerateBox, tagOptions, tagsInput, starred, privateBox,
    section: stepSection(10,
      rerateBox,
      // The rule above "Keep it" is on a wrapper: a fieldset's own border
      // would run through its legend.
      h('div', { class: 'moment-keep' }, h('fieldset', {},
        h('legend', {}, t('moments-keep')),
        h('div', { class: 'field' },
          h('label', { for: 'moment-tags' }, t('moments-tags-label')),
          h('p', { class: 'hint', id: 'moment-tags-hint' }, t('moments-tags-hint')),
          tagsInput, tagOptions),
        h('div', { class: 'choices' },
          h('label', { class: 'choice' }, starred, t('moments-starred')),
          h('label', { class: 'choice' }, privateBox, t('moments-private')))))),
  };
}

/** The progress dots and the buttons around the steps. */
function flowControls() {
  const controls = {
    dots: h('ol', { class: 'step-dots moment-dots' }),
    stepCount: h('p', { class: 'step-count', 'aria-hidden': 'true' }),
    back: h('button', { type: 'button', class: 'button', id: 'moment-back' }, t('moments-back')),
    skip: h('button', { type: 'button', class: 'button quiet', id: 'moment-skip' }, t('moments-skip')),
    next: h('button', { type: 'button', class: 'button primary', id: 'moment-next' }, t('moments-next')),
    save: h('button', { type: 'button', class: 'button', id: 'moment-save' }, t('moments-save-now')),
    error: h('p', { class: 'error', id: 'moment-error', role: 'alert', tabindex: '-1', hidden: true }),
    // Not a live region: "Draft kept" after every pause in typing would keep
    // interrupting a screen reader while someone writes something hard.
    draftStatus: h('p', { class: 'status', id: 'moment-draft-status' }),
  };
  const { back, skip, next, save, draftStatus } = controls;
  controls.nav = h('div', { class: 'moment-nav' }, back, h('span', { class: 'moment-nav-gap' }), skip, next);
  controls.saveRow = h('div', { class: 'moment-save-row' }, save, draftStatus);
  return controls;
}

/** Builds the flow, fills it with `state` and wires it up. */
function buildFlow({ state, vocabulary, triggers, tagNames, editing, original, keeper, ctx, id }) {
  const groups = vocabulary?.emotions ?? [];
  const steps = [
    whenWhereStep(triggers, editing),
    feelingsStep(),
    textStep(3, 'body', 'moment-body', { rows: 3, placeholder: t('moments-body-placeholder') }),
    selfTalkStep(),
    trapsStep(vocabulary?.traps ?? []),
    textStep(6, 'did', 'moment-did', { rows: 3, placeholder: t('moments-did-placeholder') }),
    evidenceStep(),
    friendStep(),
    balancedStep(),
    keepStep(),
  ];
  const controls = flowControls();
  const sections = steps.map((s) => s.section);
  const form = h('form', {
    id: 'moment-flow', class: 'moment-flow', novalidate: true, 'aria-labelledby': 'moment-heading',
  },
  h('div', { class: 'moment-progress' }, controls.dots, controls.stepCount),
  sections,
  controls.error,
  controls.nav,
  controls.saveRow);

  const flow = Object.assign({
    state, editing, original, keeper, ctx, id, triggers, tagNames, groups,
    vocabWords: groups.flatMap((g) => g.words ?? []),
    ownWords: [], // words the person added themself, shown as chips too
    sections,
    form,
  }, ...steps.map(({ section, ...parts }) => parts), controls);
  flow.texts = new Map([
    [flow.situation, 'situation'], [flow.body, 'body'], [flow.selfTalk, 'selfTalk'], [flow.did, 'did'],
    [flow.evidenceFor, 'evidenceFor'], [flow.evidenceAgainst, 'evidenceAgainst'], [flow.friend, 'friend'],
    [flow.balanced, 'balanced'], [flow.tagsInput, 'tags'], [flow.whenInput, 'when'],
  ]);

  listenForEdits(flow);
  listenForEnter(flow);
  listenStepOne(flow);
  listenFeelings(flow);
  controls.back.addEventListener('click', () => go(flow, flow.state.step - 1));
  controls.next.addEventListener('click', () => go(flow, flow.state.step + 1));
  controls.skip.addEventListener('click', () => go(flow, flow.state.step + 1));
  controls.save.addEventListener('click', () => saveMoment(flow));

  // An edited moment's own time was kept before; only a new one is asked about.
  if (original?.occurredAt) flow.whenCheck.keep(rfc3339ToLocalInput(original.occurredAt));
  fill(flow, state);
  return {
    flow: form,
    fill: (next) => fill(flow, next),
    showStep: (n, options) => showStep(flow, n, options),
    draftStatus: controls.draftStatus,
    error: controls.error,
  };
}

const changed = (flow) => flow.keeper.schedule(normalizeState(flow.state));

// --- Drawing from state --------------------------------------------------------

function renderChips(flow) {
  const { state, vocabWords, ownWords, groups, chipBox } = flow;
  for (const e of state.emotions) {
    if (!vocabWords.some((w) => same(w, e.word)) && !ownWords.some((w) => same(w, e.word))) ownWords.push(e.word);
  }
  // The person's own words take their own direction (dir="auto").
  const chip = (word, own) => h('button', {
    type: 'button', class: 'chip', 'aria-pressed': String(hasEmotion(state.emotions, word)), dataset: { word },
    dir: own ? 'auto' : null,
  }, word);
  const row = (label, words, own = false) => h('div', { class: 'chips emotion-group', role: 'group', 'aria-label': label },
    words.map((w) => chip(w, own)));
  replace(chipBox,
    groups.map((g) => row(t('moments-feelings-group', { group: g.group }), g.words ?? [])),
    ownWords.length ? row(t('moments-feelings-own'), ownWords, true) : null);
}

function renderRatings(flow) {
  const { state, ratingBox } = flow;
  if (state.emotions.length === 0) {
    replace(ratingBox, h('p', { class: 'hint' }, t('moments-ratings-empty')));
    return;
  }
  replace(ratingBox,
    h('p', { class: 'hint', id: 'emotion-rating-hint' }, t('moments-ratings-hint')),
    state.emotions.map((e, i) => ratingRow(e, i, 'before')));
}

function renderRerate(flow) {
  const { state, rerateBox } = flow;
  if (state.emotions.length === 0) {
    replace(rerateBox, h('p', { class: 'muted' }, t('moments-rerate-empty')));
    return;
  }
  replace(rerateBox, state.emotions.map((e, i) => ratingRow(e, i, 'after')));
}

function renderQuote(flow, { quote, box, missing, n, fields }) {
  const talk = flow.state.selfTalk.trim();
  quote.textContent = talk;
  box.hidden = !talk;
  missing.hidden = Boolean(talk);
  for (const field of fields) field.setAttribute('aria-describedby', `${talk ? quote.id : missing.id} ${whyId(n)}`);
}

/** A belief slider as the state has it. Unrated, it rests in the middle,
 *  or at step 9 where step 4 left it, so moving it is a small change. */
function drawBelief(flow, key) {
  const { input, out, hint } = flow[key];
  const value = flow.state[key];
  const before = flow.state.beliefBefore;
  const resting = key === 'beliefAfter' ? (before ?? DEFAULT_RATING) : DEFAULT_RATING;
  input.value = String(value ?? resting);
  describeBelief(input, out, value);
  if (key === 'beliefAfter') {
    hint.textContent = before === null ? t('moments-belief-not-before') : t('moments-belief-before', { rating: before });
  }
}

/** Offers the known tags that aren't typed yet, each after what is typed
 *  so far, so the suggestions work for the second tag too. */
function renderTagOptions(flow) {
  const text = flow.tagsInput.value;
  const cut = text.lastIndexOf(',');
  const done = cut < 0 ? '' : text.slice(0, cut + 1);
  const have = parseTags(done);
  const prefix = done ? `${done.trimEnd()} ` : '';
  replace(flow.tagOptions, flow.tagNames.filter((n) => !have.some((tag) => same(tag, n)))
    .map((n) => h('option', { value: `${prefix}${n}` })));
}

function showWhen(flow, open) {
  flow.whenBox.hidden = !open;
  flow.earlier.setAttribute('aria-expanded', String(open));
  flow.earlier.textContent = open ? t('moments-when-now') : t('moments-when-earlier');
}

function fill(flow, next) {
  flow.state = next;
  const { state } = flow;
  flow.situation.value = state.situation;
  flow.body.value = state.body;
  flow.selfTalk.value = state.selfTalk;
  flow.did.value = state.did;
  flow.evidenceFor.value = state.evidenceFor;
  flow.evidenceAgainst.value = state.evidenceAgainst;
  flow.friend.value = state.friend;
  flow.balanced.value = state.balanced;
  drawBelief(flow, 'beliefBefore');
  drawBelief(flow, 'beliefAfter');
  flow.whenInput.value = state.when || dateToLocalInput(new Date());
  flow.whenCheck.ask(); // a draft's far time is asked about as it comes back
  if (!flow.editing) showWhen(flow, state.when !== '');
  for (const box of flow.trapList.querySelectorAll('input[name="trap"]')) box.checked = state.traps.includes(box.value);
  flow.tagsInput.value = state.tags;
  flow.starred.checked = state.starred;
  flow.privateBox.checked = state.private;
  flow.ownWords = [];
  renderChips(flow);
  renderRatings(flow);
  renderTagOptions(flow);
  showStep(flow, state.step, { focus: false });
}

const firstField = (flow, n) => ({
  1: flow.situation,
  2: flow.chipBox.querySelector('button.chip') ?? flow.ownInput,
  3: flow.body,
  4: flow.selfTalk,
  5: flow.trapList.querySelector('input') ?? flow.next,
  6: flow.did,
  7: flow.evidenceFor,
  8: flow.friend,
  9: flow.balanced,
  10: flow.rerateBox.querySelector('input') ?? flow.tagsInput,
})[n];

function showStep(flow, n, { focus = true } = {}) {
  const { dots, back, skip, next, save, nav, saveRow, draftStatus } = flow;
  flow.state.step = n;
  flow.form.dataset.step = String(n);
  flow.sections.forEach((s, i) => { s.hidden = i + 1 !== n; });
  const count = t('moments-step-count', { step: n, total: STEP_COUNT });
  dots.setAttribute('aria-label', count);
  replace(dots, STEPS.map((step, i) => h('li', {
    class: ['step-dot', i + 1 < n && 'is-done', i + 1 === n && 'is-current'],
    'aria-current': i + 1 === n ? 'step' : null,
  }, h('span', { class: 'visually-hidden' }, t(`${step}.short`)))));
  flow.stepCount.textContent = count;
  const last = n === STEP_COUNT;
  back.hidden = n === 1;
  skip.hidden = last;
  next.hidden = last;
  // On the last step Save is the way on, so it takes Next's place;
  // before that, "Save now" waits quietly below, beside the draft line.
  save.textContent = last ? t('moments-save') : t('moments-save-now');
  save.classList.toggle('primary', last);
  if (last) nav.append(save);
  else saveRow.insertBefore(save, draftStatus);
  if (n === 7) renderQuote(flow, flow.evidenceQuote);
  if (n === 8) renderQuote(flow, flow.friendQuote);
  if (n === 9) drawBelief(flow, 'beliefAfter'); // step 4's rating may have moved since
  if (n === 10) renderRerate(flow);
  if (focus) focusStep(flow, firstField(flow, n));
}

/** A new step is read from its top: a long step (the thinking traps) left
 *  the page pane scrolled down to its Next button, so the pane comes back
 *  up to the progress line. Focus then lands without scrolling anything
 *  itself: focus() would also move any ancestor that can scroll. */
function focusStep(flow, field) {
  const pane = flow.form.closest?.('.content');
  if (!pane?.getBoundingClientRect || !flow.form.getBoundingClientRect) {
    field.focus();
    return;
  }
  const above = flow.form.getBoundingClientRect().top - pane.getBoundingClientRect().top;
  if (above < 0) pane.scrollTop += above;
  field.focus({ preventScroll: true });
  // A first field lower than the pane shows (a short window): just enough
  // to show all of it.
  const box = field.getBoundingClientRect?.();
  const below = box ? box.bottom - pane.getBoundingClientRect().bottom : 0;
  if (below > 0) pane.scrollTop += below;
}

function go(flow, n) {
  if (n < 1 || n > STEP_COUNT) return;
  // A word typed in "Another word" but not yet added goes with the person.
  if (flow.ownInput.value.trim()) addOwnWord(flow);
  showStep(flow, n);
  changed(flow);
}

// --- Events --------------------------------------------------------------------

/** Reads whichever control changed into the state; false when it wasn't
 *  one the state keeps (or a slider let go where it was). */
function read(flow, target) {
  const { state, texts } = flow;
  if (texts.has(target)) {
    state[texts.get(target)] = target.value;
    if (target === flow.tagsInput) renderTagOptions(flow);
    return true;
  }
  if (target.getAttribute('name') === 'trap') {
    state.traps = [...flow.trapList.querySelectorAll('input[name="trap"]')].filter((b) => b.checked).map((b) => b.value);
    return true;
  }
  if (target === flow.starred || target === flow.privateBox) {
    state.starred = flow.starred.checked;
    state.private = flow.privateBox.checked;
    return true;
  }
  if (target.dataset.belief !== undefined) {
    const key = target.dataset.belief;
    const value = normalizeRating(target.value);
    if (state[key] === value) return false;
    state[key] = value;
    describeBelief(target, flow[key].out, value);
    return true;
  }
  if (target.getAttribute('type') === 'range') {
    const which = target.dataset.after === undefined ? 'before' : 'after';
    const word = which === 'after' ? target.dataset.after : target.dataset.emotion;
    const value = normalizeRating(target.value);
    const emotion = state.emotions.find((e) => same(e.word, word));
    if (!emotion || emotion[which] === value) return false;
    state.emotions = rateEmotion(state.emotions, word, which, value);
    describeRating(target, target.closest('.rating-row').querySelector('output'), which, value);
    return true;
  }
  return false;
}

function listenForEdits(flow) {
  const onEdit = (event) => {
    if (event.target === flow.ownInput) return;
    if (read(flow, event.target)) {
      showMessage(flow.error, ''); // an error about the form as it was is stale now
      changed(flow);
    }
  };
  flow.form.addEventListener('input', onEdit);
  flow.form.addEventListener('change', onEdit);
  // A click on a slider's thumb where it already rests is an answer too
  // ("still 70"), but fires no input event.
  flow.form.addEventListener('click', (event) => {
    if (event.target.getAttribute?.('type') === 'range') onEdit(event);
  });
}

/** Enter in a one-line field goes on to the next step, as a form would
 *  submit; in the own-word box it adds the word first. Text areas keep
 *  Enter for new lines, and the last step waits for a press of Save. */
function listenForEnter(flow) {
  const { form, ownInput } = flow;
  form.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' || event.target.tagName !== 'INPUT') return;
    event.preventDefault();
    if (event.target === ownInput && ownInput.value.trim()) {
      addOwnWord(flow);
      return;
    }
    if (flow.state.step < STEP_COUNT) go(flow, flow.state.step + 1);
  });
  form.addEventListener('submit', (event) => event.preventDefault());
}

function listenStepOne(flow) {
  const { earlier, whenBox, whenInput, situation, triggerBox, triggers } = flow;
  earlier.addEventListener('click', () => {
    const open = whenBox.hidden;
    showWhen(flow, open);
    if (open) {
      whenInput.value = flow.state.when || dateToLocalInput(new Date());
      flow.whenCheck.ask(); // no question left over about a time given up
      whenInput.focus();
    } else {
      flow.state.when = ''; // "just now" again
      changed(flow);
    }
  });
  for (const chip of triggerBox?.querySelectorAll('button.trigger-chip') ?? []) {
    chip.addEventListener('click', () => {
      situation.value = fillTrigger(situation.value, chip.dataset.trigger, triggers);
      flow.state.situation = situation.value;
      changed(flow);
      situation.focus();
    });
  }
}

function listenFeelings(flow) {
  flow.chipBox.addEventListener('click', (event) => {
    const chip = event.target.closest('button.chip');
    if (!chip) return;
    flow.state.emotions = toggleEmotion(flow.state.emotions, chip.dataset.word);
    chip.setAttribute('aria-pressed', String(hasEmotion(flow.state.emotions, chip.dataset.word)));
    renderRatings(flow);
    changed(flow);
  });
  flow.addButton.addEventListener('click', () => addOwnWord(flow));
}

/** Adds the word typed as a chosen chip (or chooses the chip that
 *  already has it), keeping the cursor in the box for another. */
function addOwnWord(flow) {
  const { ownInput, state } = flow;
  const typed = ownInput.value.trim();
  if (!typed) return;
  const word = [...flow.vocabWords, ...flow.ownWords].find((w) => same(w, typed)) ?? typed;
  if (!hasEmotion(state.emotions, word)) state.emotions = toggleEmotion(state.emotions, word);
  ownInput.value = '';
  renderChips(flow);
  renderRatings(flow);
  changed(flow);
}

async function saveMoment(flow) {
  const { ownInput, save, error, keeper } = flow;
  if (ownInput.value.trim()) addOwnWord(flow);
  if (isBusy(save)) return;
  if (flow.state.when && flow.whenCheck.needsAnswer()) {
    // A time years away is asked about first, on step 1 where it was typed.
    showStep(flow, 1, { focus: false });
    flow.whenCheck.ok(); // shows the question and gives "Yes, keep it" the keys
    return;
  }
  await withBusy(save, async () => {
    showMessage(error, '');
    const snapshot = normalizeState(flow.state);
    // Wait out any draft save in flight: the backend clears the draft with
    // the save, and a late draft would come back as a ghost.
    await keeper.hold();
    try {
      const input = formToInput(snapshot, { originalOccurredAt: flow.original?.occurredAt ?? null });
      const moment = flow.editing ? await updateMoment(flow.id, input) : await createMoment(input);
      keeper.stop();
      if (current === keeper) current = null;
      showToast(t('moments-saved'));
      flow.ctx.navigate(`#moment/${moment.id}`);
    } catch (err) {
      keeper.release();
      showMessage(error, err?.message || t('moments-save-failed'));
      error.focus();
    }
  });
}

// --- The page ------------------------------------------------------------------

/** Everything the flow starts from, asked for at once; each may fail alone. */
async function loadMoment(key, id) {
  const [vocabulary, triggers, tags, draft, saved] = await Promise.allSettled([
    getJournalVocabulary(),
    recentTriggers(8),
    listTags(),
    getDraft(key),
    id !== null ? getMoment(id) : null,
  ]);
  const valueOf = (result) => (result.status === 'fulfilled' ? result.value : null);
  return {
    vocabulary: valueOf(vocabulary),
    triggers: Array.isArray(valueOf(triggers)) ? valueOf(triggers) : [],
    tagNames: Array.isArray(valueOf(tags)) ? valueOf(tags).map((tag) => tag.name) : [],
    draftBody: valueOf(draft)?.body ?? null,
    draftUnread: draft.status === 'rejected',
    original: valueOf(saved),
    notLoaded: saved.reason,
  };
}

/** Keeps a draft a moment after every change, saying so in `statusLine()`
 *  (read late: the line is built with the flow, after the keeper). */
function draftKeeper(key, hasDraft, statusLine) {
  return new DraftKeeper({
    hasDraft,
    save: (body) => saveDraft(key, body),
    onSaved: (kept) => {
      statusLine().classList.remove('is-error');
      statusLine().textContent = t('moments-draft-kept', { time: clockTime(kept?.updatedAt) || clockTime(new Date()) });
    },
    onError: () => {
      statusLine().classList.add('is-error');
      statusLine().textContent = t('moments-draft-failed');
    },
  });
}

/** "Start fresh": the draft goes, and the flow starts over from the saved
 *  moment (or an empty one) at step 1. */
async function startFresh({ keeper, key, original, parts, restored }) {
  await keeper.hold(); // no draft save may land after the discard
  try {
    await discardDraft(key);
  } catch (err) {
    keeper.release();
    showMessage(parts.error, err.message);
    return;
  }
  keeper.reset({ hasDraft: false });
  keeper.release();
  parts.fill(original ? momentToState(original) : emptyMomentState());
  restored.hidden = true;
  parts.draftStatus.textContent = '';
  showMessage(parts.error, '');
  parts.showStep(1); // and the cursor into its first field
}

export default {
  live: false, // a redraw while someone is writing would only get in the way
  async render(root, route, ctx) {
    // A previous flow may still be saving its last draft; read after it.
    if (current) {
      const previous = current;
      current = null;
      await previous.drain();
    }
    const id = route?.id ?? null;
    const editing = id !== null;
    const key = draftKey(id);
    const title = editing ? t('moments-title-edit') : t('moments-title-new');
    append(root, h('h1', { id: 'moment-heading' }, title));

    const loaded = await loadMoment(key, id);
    const { draftBody, original } = loaded;
    if (editing && !original && draftBody === null) {
      append(root, errorNotice(loaded.notLoaded, ctx.refresh));
      return title;
    }

    let state;
    if (draftBody !== null) state = normalizeState(draftBody);
    else state = original ? momentToState(original) : emptyMomentState();

    const restored = h('div', { class: 'notice', id: 'moment-restored', hidden: draftBody === null },
      h('p', {}, t('moments-restored')),
      h('button', { type: 'button', class: 'button quiet', id: 'moment-start-fresh' }, t('moments-start-fresh')));

    let parts = null;
    const keeper = draftKeeper(key, draftBody !== null, () => parts.draftStatus);
    current = keeper;

    parts = buildFlow({
      state,
      vocabulary: loaded.vocabulary,
      triggers: loaded.triggers,
      tagNames: loaded.tagNames,
      editing,
      original,
      keeper,
      ctx,
      id,
    });
    if (loaded.draftUnread) {
      parts.draftStatus.classList.add('is-error');
      parts.draftStatus.textContent = t('moments-draft-unread');
    }
    if (editing && !original) showMessage(parts.error, loaded.notLoaded?.message ?? '');

    restored.querySelector('#moment-start-fresh').addEventListener('click',
      () => startFresh({ keeper, key, original, parts, restored }));

    append(root, restored, parts.flow);
    return title;
  },
};
