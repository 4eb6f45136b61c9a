// The Brief: what happened since the last session, as one document in the
// order a CBT session runs — how I've been, since last time, what I want to
// talk about, homework, patterns, and in my own words — ready to read, to
// print, or to save as a file for the next session.
//
// The backend builds the Brief; this page only shows it and keeps the
// person's prep (their agenda, their own words, what they left out). Prep
// is always sent whole and the page is drawn again from the Brief the save
// returns, so what is shown is what was kept. Leaving something out only
// changes the brief: it never deletes anything from the journal. The note
// that PHQ-9 question 9 was answered above 0 asks once, kindly, before it
// goes: talking about it can help.
//
// Everything the person chose or typed lives in module state, outside any
// one drawing: the view is live (redrawn when any window writes to the
// journal), and a redraw must never cost a word or a chosen date.

import { briefSections, empty, section } from '../components/brief-sections.js';
import { exportBrief, getBrief, saveBriefPrep } from '../ipc.js';
import {
  addAgenda, briefQuery, clonePrep, defaultQuery, EXPORTS, exportFailedLine, insertAgenda, isDefaultRange,
  keyId, leaveOut, prepFromBrief, privateLeftOutLine, putBack, rangeLine, removeAgenda, removedHeading,
  sameQuery, savedLine, withOwnWords,
} from '../lib/brief.js';
import {
  append, confirmDialog, errorNotice, h, isBusy, replace, setBusy, showMessage, showToast, withBusy,
} from '../lib/dom.js';
import { t } from '../lib/i18n.js';
import { debounce } from '../lib/reflection-form.js';
import { farDateCheck, nowYear } from '../lib/time.js';

/** How long "in my own words" waits after the last keystroke to keep them. */
export const OWN_WORDS_DELAY = 600;

/** The note for the therapist that PHQ-9 question 9 was answered above 0. */
const ITEM9_FLAG = 'flag:phq9-item9';

const fresh = () => ({
  query: defaultQuery(), // what the person asked for (the date inputs, the checkbox)
  shownQuery: null, // the query the Brief in view was made for; prep is saved against it
  brief: null,
  loadError: null, // only when there is no Brief at all to show
  rangeError: '', // a range the backend refused; the last good Brief stays in view
  prep: null, // { agenda, ownWords, removed } as the person has it now
  prepFor: null, // the start day that prep belongs to (the backend keeps one per start day)
  ownWordsDirty: false, // typed since the last save that carried them
  ownWordsStatus: { text: '', error: false },
  agendaDraft: '',
  agendaStatus: { text: '', error: false },
  exportStatus: { text: '', error: false },
  exporting: false,
  removedOpen: false,
  focusAfterDraw: null, // an element id to focus once the document is drawn again
  farAsked: { since: '', until: '' }, // a day years away in a date field, waiting for its answer
  item9AskedFor: null, // the brief (its start day) whose question 9 note was asked about once
});

const state = fresh();
let page = null; // the elements of the latest drawing
let loadSeq = 0;
let saveSeq = 0;
let pendingSaves = 0;
// Saves run one after another, so an older prep can never land after a newer one.
let saving = Promise.resolve();

// The timers are looked up on each call rather than once at import, so
// tests can move time with mock timers.
const ownWordsSave = debounce(() => savePrep().catch(() => {}), OWN_WORDS_DELAY, {
  setTimer: (fn, ms) => setTimeout(fn, ms),
  clearTimer: (t) => clearTimeout(t),
});

/** Back to a fresh page: the default range, nothing typed (for tests). */
export function resetBriefState() {
  ownWordsSave.cancel();
  Object.assign(state, fresh());
  page = null;
  saving = Promise.resolve();
  pendingSaves = 0;
}

// --- Keeping the Brief and the prep -----------------------------------------------

/** Takes a Brief from the backend as the one in view. The prep comes with
 *  it, except for what the person has changed and not yet had back:
 *  words typed since the last save, and lists a save is still carrying. */
function adopt(brief, query, { saved = false } = {}) {
  const samePrep = state.prep !== null && state.prepFor === brief?.from;
  const next = prepFromBrief(brief);
  if (samePrep && !saved && pendingSaves > 0) {
    next.agenda = state.prep.agenda;
    next.removed = state.prep.removed;
  }
  if (state.ownWordsDirty && (samePrep || next.ownWords === '')) {
    // Unsaved words stay; a new start day with nothing of its own takes
    // them along rather than dropping them.
    next.ownWords = state.prep.ownWords;
  } else {
    state.ownWordsDirty = false;
  }
  Object.assign(state, {
    brief, shownQuery: query, prep: next, prepFor: brief?.from ?? null, loadError: null,
  });
}

/** Sends the whole prep as it is now, for the Brief in view, and draws the
 *  answer. Only the newest save's answer is drawn: an older one would show
 *  lists the person has already changed again. */
function savePrep() {
  if (!state.prep || !state.shownQuery) return Promise.reject(new Error(t('brief-still-loading')));
  const prep = clonePrep(state.prep);
  const query = state.shownQuery;
  const seq = ++saveSeq;
  const carriesTyping = state.ownWordsDirty;
  ownWordsSave.cancel(); // this save carries the latest words too
  pendingSaves += 1;
  const job = saving.then(() => saveBriefPrep(query, prep));
  saving = job.then(() => undefined, () => undefined);
  return job.then((brief) => {
    pendingSaves -= 1;
    if (state.prep && prep.ownWords === state.prep.ownWords) {
      if (carriesTyping) state.ownWordsStatus = { text: t('brief-own-words-kept'), error: false };
      state.ownWordsDirty = false;
    }
    if (seq === saveSeq && state.shownQuery && sameQuery(query, state.shownQuery)) {
      adopt(brief, query, { saved: true });
      draw();
    } else {
      drawOwnWordsStatus();
    }
    return brief;
  }, (err) => {
    pendingSaves -= 1;
    if (carriesTyping) {
      state.ownWordsStatus = { text: t('brief-own-words-not-kept', { message: err.message }), error: true };
      drawOwnWordsStatus();
    }
    // The lists go back to what was last kept; typed words stay.
    if (seq === saveSeq && state.brief) {
      state.prep = { ...prepFromBrief(state.brief), ownWords: state.prep.ownWords };
    }
    throw err;
  });
}

/** Keeps any words still waiting, then lets every save finish. */
async function settlePrep() {
  if (ownWordsSave.pending) ownWordsSave.flush();
  await saving;
}

/** Loads the Brief for the chosen query. A range the backend refuses
 *  (the end before the start) is said beside the dates, and the last good
 *  Brief stays in view. `settle` keeps words typed for the old range
 *  first; a live redraw doesn't need to (the range is the same). */
async function load({ settle = false } = {}) {
  const seq = ++loadSeq;
  const query = briefQuery(state.query);
  if (settle) await settlePrep();
  try {
    const brief = await getBrief(query);
    if (seq !== loadSeq) return; // a newer range was chosen meanwhile
    state.rangeError = '';
    adopt(brief, query);
  } catch (err) {
    if (seq !== loadSeq) return;
    if (state.brief) state.rangeError = err.message;
    else state.loadError = err;
  }
  draw();
}

// --- What the person does --------------------------------------------------------

/** After an item leaves, the keyboard goes to its neighbour in the same
 *  section, or to the section's heading when it was the last one. */
function focusAfterLeaving(button) {
  const section = button.closest('section');
  const buttons = section ? [...section.querySelectorAll('button.brief-remove')] : [];
  const at = buttons.indexOf(button);
  const neighbour = buttons[at + 1] ?? buttons[at - 1];
  return neighbour?.id || section?.querySelector('h2')?.id || null;
}

/** The one question asked before the question 9 note leaves: kind, and
 *  "Keep it" first, so a stray Enter keeps it. Made once, beside the
 *  page rather than in it, so a redraw of the live page can't take it
 *  away while it is open. */
function item9Dialog() {
  const doc = globalThis.document;
  const found = doc.getElementById('confirm-item9');
  if (found) return found;
  const dialog = h('dialog', {
    id: 'confirm-item9', 'aria-labelledby': 'confirm-item9-title', 'aria-describedby': 'confirm-item9-body',
  },
  h('form', { method: 'dialog' },
    h('h2', { id: 'confirm-item9-title' }, t('brief-item9-title')),
    h('p', { id: 'confirm-item9-body' }, t('brief-item9-body')),
    h('p', { class: 'hint' }, t('brief-item9-hint')),
    h('div', { class: 'actions' },
      h('button', { type: 'submit', id: 'confirm-item9-keep', class: 'button', value: 'keep', autofocus: true },
        t('brief-item9-keep')),
      h('button', { type: 'submit', id: 'confirm-item9-remove', class: 'button', value: 'remove' },
        t('brief-item9-remove')))));
  doc.body.append(dialog);
  return dialog;
}

/** Asks about the question 9 note once per brief (the first time it is
 *  left out); true when it may go. Later it goes without asking. */
async function mayLeaveOut(key, button) {
  if (key !== ITEM9_FLAG || state.item9AskedFor === state.prepFor) return true;
  state.item9AskedFor = state.prepFor;
  item9Dialog();
  if (await confirmDialog('confirm-item9', 'remove', 'confirm-item9-keep')) return true;
  // Kept: back to its button (or the one drawn in its place meanwhile).
  const again = button.isConnected ? button : globalThis.document.getElementById(button.id);
  again?.focus();
  return false;
}

async function onLeaveOut(key, button) {
  if (!state.prep || isBusy(button)) return;
  if (!(await mayLeaveOut(key, button)) || !state.prep) return;
  // Busy until the brief is drawn without it; only a failure frees it.
  setBusy(button, true);
  state.focusAfterDraw = focusAfterLeaving(button);
  state.prep = leaveOut(state.prep, key);
  try {
    await savePrep();
    showToast(t('brief-left-out-toast'), {
      actionLabel: t('brief-put-back'), actionId: 'brief-toast-put-back', onAction: () => onPutBack(key),
    });
  } catch (err) {
    state.focusAfterDraw = null;
    setBusy(button, false);
    showToast(t('brief-leave-out-failed', { message: err.message }));
  }
}

async function onPutBack(key) {
  if (!state.prep) return;
  state.focusAfterDraw = `brief-remove-${keyId(key)}`;
  state.prep = putBack(state.prep, key);
  try {
    await savePrep();
    showToast(t('brief-put-back-toast'));
  } catch (err) {
    state.focusAfterDraw = null;
    showToast(t('brief-save-failed', { message: err.message }));
  }
}

function setAgendaStatus(text, error = false) {
  state.agendaStatus = { text, error };
  if (page) drawStatus(page.agendaStatus, state.agendaStatus);
}

async function onAgendaAdd() {
  if (!state.prep) return;
  const input = page.agendaInput;
  const next = addAgenda(state.prep, input.value);
  if (!next) {
    setAgendaStatus(t('brief-agenda-empty-add'));
    input.focus();
    return;
  }
  const typed = input.value;
  state.prep = next;
  state.agendaDraft = '';
  input.value = '';
  state.focusAfterDraw = 'agenda-new';
  try {
    await savePrep();
    setAgendaStatus(t('brief-agenda-added'));
  } catch (err) {
    // The words go back into the field, so nothing typed is lost.
    state.agendaDraft = typed;
    if (page && !page.agendaInput.value) page.agendaInput.value = typed;
    setAgendaStatus(t('brief-agenda-add-failed', { message: err.message }), true);
  }
}

async function onAgendaRemove(index) {
  if (!state.prep || index >= state.prep.agenda.length) return;
  const text = state.prep.agenda[index];
  const left = state.prep.agenda.length - 1;
  state.prep = removeAgenda(state.prep, index);
  state.focusAfterDraw = left > 0 ? `agenda-remove-${Math.min(index, left - 1)}` : 'agenda-new';
  try {
    await savePrep();
    setAgendaStatus('');
    showToast(t('brief-agenda-removed-toast'), {
      actionLabel: t('brief-agenda-undo'),
      actionId: 'brief-agenda-undo',
      onAction: async () => {
        state.prep = insertAgenda(state.prep, index, text);
        state.focusAfterDraw = `agenda-remove-${Math.min(index, state.prep.agenda.length - 1)}`;
        try {
          await savePrep();
        } catch (err) {
          state.focusAfterDraw = null;
          setAgendaStatus(t('brief-save-failed', { message: err.message }), true);
        }
      },
    });
  } catch (err) {
    state.focusAfterDraw = null;
    setAgendaStatus(t('brief-agenda-remove-failed', { message: err.message }), true);
  }
}

function onOwnWords(value) {
  if (!state.prep) return;
  state.prep = withOwnWords(state.prep, value);
  state.ownWordsDirty = true;
  state.ownWordsStatus = { text: '', error: false };
  drawOwnWordsStatus();
  if (page) page.ownWordsPrint.textContent = value;
  ownWordsSave.run();
}

async function onExport(format) {
  if (state.exporting || !state.shownQuery) return;
  await withBusy(markExporting, async () => {
    setExportStatus(t('brief-export-saving'));
    try {
      await settlePrep(); // the file should have the words typed a moment ago
      const { path } = await exportBrief(state.shownQuery, format);
      setExportStatus(savedLine(path));
    } catch (err) {
      setExportStatus(exportFailedLine(err.message), true);
    }
  });
}

function markExporting(on) {
  state.exporting = on;
  drawExportBusy();
}

function onPrint() {
  try {
    globalThis.print();
    setExportStatus('');
  } catch {
    setExportStatus(t('brief-print-unavailable'), true);
  }
}

function setExportStatus(text, error = false) {
  state.exportStatus = { text, error };
  if (!page) return;
  drawStatus(page.exportStatus, state.exportStatus);
  drawExportBusy();
}

/** Chooses a new range or private setting and loads the Brief for it. */
function changeQuery(change) {
  state.query = briefQuery({ ...state.query, ...change });
  return load({ settle: true });
}

// --- Building blocks ------------------------------------------------------------

const sections = briefSections({ onLeaveOut, onAgendaRemove, onPutBack });

/** Writes a status line only when its words change, so a redraw doesn't
 *  make a screen reader say "Kept" again. */
function drawStatus(el, { text, error }) {
  if (el.textContent !== text) el.textContent = text;
  el.classList.toggle('is-error', Boolean(error));
}

// --- The page ---------------------------------------------------------------------

function buildPage(root) {
  const p = {};
  p.root = root;
  p.rangeLine = h('p', { class: 'brief-range-line', id: 'brief-range-line', 'aria-live': 'polite' });
  p.rangeNote = h('p', { class: 'hint brief-screen-only', id: 'brief-range-note', hidden: true });

  // Toolbar: the four ways to take the brief along.
  p.exportButtons = EXPORTS.map((x) => h('button', {
    type: 'button', class: 'button', id: x.id, onclick: () => onExport(x.format),
  }, x.label));
  p.exportButtons[0].classList.add('primary');
  const print = h('button', { type: 'button', class: 'button', id: 'brief-print', onclick: onPrint }, t('brief-print'));
  p.exportStatus = h('p', { class: 'status', id: 'brief-export-status', role: 'status' });
  const toolbar = h('div', { class: 'brief-toolbar', role: 'group', 'aria-label': t('brief-toolbar-label') },
    h('div', { class: 'brief-toolbar-buttons' }, p.exportButtons, print),
    p.exportStatus);

  // Which days, and whether private entries come along. A day years away
  // ("1901", a slip in the year) is asked about before a brief is made for
  // it, as every date field asks; a range years long has an end that far
  // off, so it is asked about too. Asked, not clamped: a long look back
  // can be meant (a new therapist, a year in review), and quietly moving
  // the date would leave the field saying one thing and the brief another.
  // Until it is answered the brief in view stays, and nothing is kept
  // against a start day that was never meant (prep is kept per start day).
  p.since = h('input', { type: 'date', id: 'brief-since' });
  p.until = h('input', { type: 'date', id: 'brief-until' });
  p.checks = {};
  for (const key of ['since', 'until']) {
    const input = p[key];
    const check = farDateCheck(input, {
      onKeep: (value) => {
        state.farAsked[key] = '';
        changeQuery({ [key]: value });
      },
    });
    input.addEventListener('change', () => {
      // A far day (or a year still being typed) waits for its answer.
      state.farAsked[key] = check.needsAnswer() ? input.value : '';
      if (!state.farAsked[key]) changeQuery({ [key]: input.value });
    });
    p.checks[key] = check;
  }
  p.reset = h('button', {
    type: 'button', class: 'button quiet', id: 'brief-since-last-session',
    onclick: () => {
      state.rangeError = '';
      state.farAsked = { since: '', until: '' };
      p.since.focus(); // this button hides itself once the range is the default again
      changeQuery({ since: null, until: null });
    },
  }, t('brief-since-last-session'));
  p.rangeStatus = h('p', { class: 'status', id: 'brief-range-status', role: 'status' });
  p.includePrivate = h('input', { type: 'checkbox', id: 'brief-include-private' });
  p.includePrivate.addEventListener('change', () => changeQuery({ includePrivate: p.includePrivate.checked }));
  p.privateLeftOut = h('p', { class: 'brief-muted', id: 'brief-private-left-out', hidden: true });
  const controls = h('div', { class: 'brief-controls' },
    h('fieldset', { class: 'brief-range' },
      h('legend', {}, t('brief-which-days')),
      h('div', { class: 'brief-range-fields' },
        h('div', { class: 'brief-field' }, h('label', { for: 'brief-since' }, t('brief-from')), p.since),
        h('div', { class: 'brief-field' }, h('label', { for: 'brief-until' }, t('brief-until')), p.until),
        p.reset),
      p.checks.since.el, p.checks.until.el,
      p.rangeStatus),
    h('div', { class: 'brief-private' },
      h('label', { class: 'choice', for: 'brief-include-private' }, p.includePrivate, t('brief-include-private')),
      p.privateLeftOut),
    h('p', { class: 'hint', id: 'brief-leave-out-hint' }, t('brief-leave-out-hint')));

  // The document. Sections 1–5 are drawn from each Brief; the agenda form
  // and "in my own words" are built once per page, so a redraw never takes
  // the caret out of a field someone is typing in.
  p.mood = h('div', { class: 'brief-section-body' });
  p.bridge = h('div', { class: 'brief-section-body' });
  p.starred = h('div', { class: 'brief-section-body' });
  p.agendaList = h('ul', {
    class: 'brief-list brief-agenda-list', id: 'brief-agenda-list', 'aria-label': t('brief-agenda-own-list'),
  });
  p.agendaEmpty = empty(t('brief-agenda-none'));
  // Typed in the person's own words and direction (dir="auto"), as is
  // "in my own words" below.
  p.agendaInput = h('input', {
    type: 'text', id: 'agenda-new', autocomplete: 'off', value: state.agendaDraft, dir: 'auto',
  });
  p.agendaInput.addEventListener('input', () => {
    state.agendaDraft = p.agendaInput.value;
    // "Added" belongs to the line before; a new one is under way. A failure
    // stays until the next Add, so its words aren't lost from view.
    if (!state.agendaStatus.error) setAgendaStatus('');
  });
  p.agendaStatus = h('p', { class: 'status', id: 'brief-agenda-status', role: 'status' });
  const agendaForm = h('form', {
    class: 'brief-agenda-form',
    onsubmit: (event) => {
      event.preventDefault();
      onAgendaAdd();
    },
  },
  h('label', { for: 'agenda-new' }, t('brief-agenda-new')),
  h('div', { class: 'brief-agenda-row' }, p.agendaInput,
    h('button', { type: 'submit', class: 'button', id: 'agenda-add' }, t('brief-agenda-add'))));
  p.homework = h('div', { class: 'brief-section-body' });
  p.patterns = h('div', { class: 'brief-section-body' });

  p.ownWords = h('textarea', {
    id: 'brief-own-words-text', rows: '5', 'aria-describedby': 'brief-own-words-hint brief-own-words-status',
    dir: 'auto',
  });
  p.ownWords.value = state.prep?.ownWords ?? '';
  p.ownWords.addEventListener('input', () => onOwnWords(p.ownWords.value));
  // Leaving the field keeps the words at once rather than in a moment.
  p.ownWords.addEventListener('blur', () => { if (ownWordsSave.pending) ownWordsSave.flush(); });
  p.ownWordsStatus = h('p', { class: 'status', id: 'brief-own-words-status', role: 'status' });
  // Print shows the words as text: a form field prints as an empty box.
  p.ownWordsPrint = h('p', { class: 'brief-print-only answer', id: 'brief-own-words-print', dir: 'auto' });
  p.ownWordsSection = section('brief-own-words', t('brief-own-words'),
    h('label', { for: 'brief-own-words-text' }, t('brief-own-words-label')),
    h('p', { class: 'hint', id: 'brief-own-words-hint' }, t('brief-own-words-hint')),
    p.ownWords, p.ownWordsStatus, p.ownWordsPrint);

  p.article = h('article', { id: 'brief-document', class: 'brief-document', 'aria-label': t('brief-title') },
    section('brief-mood', t('brief-section-mood'), p.mood),
    section('brief-bridge', t('brief-section-bridge'), p.bridge),
    section('brief-agenda', t('brief-section-agenda'),
      h('h3', {}, t('brief-agenda-starred')), p.starred,
      h('h3', { class: 'brief-subhead' }, t('brief-agenda-own-list')), p.agendaEmpty, p.agendaList, agendaForm,
      p.agendaStatus),
    section('brief-homework', t('brief-section-homework'), p.homework),
    section('brief-patterns', t('brief-section-patterns'), p.patterns),
    p.ownWordsSection);
  p.loadError = h('div', { id: 'brief-load-error' });

  // What was left out, with a way back; never part of the printed brief.
  p.removedSummary = h('summary', { id: 'brief-removed-summary' });
  p.removedList = h('ul', { class: 'brief-list brief-removed-list' });
  p.removed = h('details', { id: 'brief-removed', class: 'brief-removed', hidden: true },
    p.removedSummary,
    h('p', { class: 'hint' }, t('brief-removed-hint')),
    p.removedList);
  p.removed.addEventListener('toggle', () => { state.removedOpen = p.removed.open; });

  append(root,
    h('header', { class: 'brief-header' },
      h('h1', { id: 'brief-title' }, t('brief-title')),
      p.rangeLine,
      p.rangeNote),
    toolbar, controls, p.loadError, p.article, p.removed);
  return p;
}

function drawExportBusy() {
  if (!page) return;
  for (const b of page.exportButtons) setBusy(b, state.exporting);
}

function drawOwnWordsStatus() {
  if (page) drawStatus(page.ownWordsStatus, state.ownWordsStatus);
}

function drawRemoved(removed) {
  page.removed.hidden = removed.length === 0;
  page.removed.open = state.removedOpen && removed.length > 0;
  page.removedSummary.textContent = removedHeading(removed.length);
  replace(page.removedList, sections.removed(removed));
}

/** Draws the page from state: the range and controls, and the document
 *  from the Brief in view. Focus stays where it was, or goes where the
 *  last action asked, since the element that had it may have been redrawn. */
function draw() {
  const p = page;
  if (!p) return;
  const active = globalThis.document?.activeElement;
  const activeId = active && p.root.contains(active) ? active.id : '';
  const brief = state.brief;
  const year = nowYear();

  // Range and controls: what was asked for, even when it was refused.
  const line = brief ? rangeLine(brief, year) : '';
  if (p.rangeLine.textContent !== line) p.rangeLine.textContent = line; // announced only when it changes
  const noSession = Boolean(brief && !brief.sinceLastSession && state.shownQuery?.since === null);
  showMessage(p.rangeNote,
    noSession ? t('brief-range-no-session') : '');
  const loaded = { since: state.query.since ?? brief?.from ?? '', until: state.query.until ?? brief?.until ?? '' };
  for (const key of ['since', 'until']) {
    // A far day waiting for its answer stays in its field, asked about;
    // the days the brief was made for need no question.
    const value = state.farAsked[key] || loaded[key];
    if (p[key].value !== value) p[key].value = value;
    p.checks[key].keep(loaded[key]);
  }
  p.reset.hidden = isDefaultRange(state.query);
  drawStatus(p.rangeStatus, { text: state.rangeError, error: Boolean(state.rangeError) });
  p.includePrivate.checked = state.query.includePrivate;
  showMessage(p.privateLeftOut,
    brief && !state.shownQuery?.includePrivate ? privateLeftOutLine(brief.privateLeftOut) : '');
  drawStatus(p.exportStatus, state.exportStatus);
  drawExportBusy();
  drawStatus(p.agendaStatus, state.agendaStatus);
  drawOwnWordsStatus();

  if (!brief) {
    p.article.hidden = true;
    p.removed.hidden = true;
    replace(p.loadError, state.loadError ? errorNotice(state.loadError, () => load()) : null);
    return;
  }
  p.article.hidden = false;
  replace(p.loadError);
  replace(p.mood, sections.mood(brief));
  replace(p.bridge, sections.bridge(brief));
  replace(p.starred, sections.starred(brief.agenda?.starred ?? []));
  const agenda = brief.agenda?.items ?? [];
  replace(p.agendaList, sections.agenda(agenda));
  p.agendaList.hidden = agenda.length === 0;
  p.agendaEmpty.hidden = agenda.length > 0;
  replace(p.homework, sections.homework(brief));
  replace(p.patterns, sections.patterns(brief));
  // The field someone is typing in is the words' own source; any other copy
  // (a page built while a Brief was loading) catches up with state, which
  // holds every keystroke and, once kept, the backend's words.
  const words = state.prep?.ownWords ?? '';
  if (p.ownWords !== globalThis.document?.activeElement && p.ownWords.value !== words) p.ownWords.value = words;
  p.ownWordsPrint.textContent = p.ownWords.value;
  p.ownWordsSection.classList.toggle('is-empty', !p.ownWords.value.trim());
  drawRemoved(brief.removed ?? []);

  const find = (id) => (id ? p.root.querySelector(`#${id}`) : null);
  const wanted = find(state.focusAfterDraw);
  state.focusAfterDraw = null;
  const again = activeId && !active.isConnected ? find(activeId) : null;
  (wanted ?? again)?.focus();
}

export default {
  live: true,
  async render(root) {
    page = buildPage(root);
    draw(); // what is already known shows at once; the fresh Brief follows
    await load();
    return t('brief-page-title');
  },
};
