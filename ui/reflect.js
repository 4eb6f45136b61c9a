// The reflection window: four questions and a feeling check, right after a
// session, then any questions a therapist's homework file added (each with
// who asked, until the person stops it on the Reflections page). It may
// open by itself, so it explains itself in one line; it
// keeps a draft a moment after every change, so closing it (or a crash)
// loses at most that moment; and when saving fails every word stays put.
//
// While the journal is locked the form steps aside for a calm note (it is
// opened in the main window); nothing typed is lost, and the draft is kept
// as soon as the journal is open again. Before there is a journal at all
// (the first-run choice), the note asks to set it up there first.
//
// `reflect.html?id=7` edits reflection 7; without `id` it writes a new one.

import {
  appReady, closeWindow, createReflection, discardDraft, getDraft, getFeelingWords, getLockStatus, getReflection,
  getLanguage, getSettings, listReflectionQuestions, onLanguageChanged, saveDraft, showMainWindow, stillHere,
  updateReflection,
} from './ipc.js';
import { feelingCheck } from './components/feeling-check.js';
import { lockedNote } from './components/locked-note.js';
import { watchActivity } from './lib/activity.js';
import {
  focusFirstField, h, isBusy, replace, showMessage, withBusy,
} from './lib/dom.js';
import {
  confirmLocked, isClosed, isLocked, onLockStatus, publishLockStatus, watchLockStatus,
} from './lib/lock-status.js';
import {
  AutosaveController, draftKey, emptyState, formToInput, normalizeState, reflectionToState, withQuestions,
} from './lib/reflection-form.js';
import { reflectionIdFromSearch } from './lib/route.js';
import { clockTime, farDateCheck, rfc3339ToLocalInput } from './lib/time.js';
import { localize, t, useLanguage } from './lib/i18n.js';
import { applyRememberedTheme, useTheme } from './lib/theme.js';

applyRememberedTheme();

const $ = (id) => document.getElementById(id);
const form = $('reflection-form');
const fields = {
  sessionAt: $('session-at'),
  takeaway: $('takeaway'),
  difficult: $('difficult'),
  focus: $('focus'),
  feelingNote: $('feeling-note'),
};
const extraBox = $('extra-questions');
const ownWord = $('feeling-own');
const draftStatus = $('draft-status');
const formError = $('form-error');
const restored = $('draft-restored');
const saveButton = $('save');

// A session date years away ("1901", a slip in the year) is asked about
// under the field before the reflection is saved.
const sessionCheck = farDateCheck(fields.sessionAt);
fields.sessionAt.parentNode.append(sessionCheck.el);

const id = reflectionIdFromSearch(location.search);
const key = draftKey(id);

// The session's time comes filled in; writing starts at the takeaway, so a
// new reflection opens with the cursor there.
fields.takeaway.dataset.autofocus = '';

let original = null; // the saved reflection being edited, if any
let autosave = null; // made once we know whether a draft exists
let formLoaded = false; // the form holds what an open journal gave it
// The extra questions still asked ({uid, text, from}), and those the form
// shows now, each with its words as asked: read back with their answers.
let activeQuestions = [];
let shownQuestions = [];
// The page's own title, a message id: the window is titled "<it> · Interlude".
let titleId = id === null ? 'shell-reflect-heading' : 'shell-reflect-edit-heading';

/** Titles the window in the language in use. */
function showTitle() {
  document.title = t('shell-window-title', { page: t(titleId) });
}

const isLockedError = (err) => err?.kind === 'locked';

/** One card for an extra question: its words as asked (the therapist's
 *  own, in their own direction), who asked, and a box for the answer. */
function extraCard(q, i) {
  const id = `extra-answer-${i}`;
  const from = q.from.trim();
  // "Asked by …" keeps its arguments, so a change of language words it anew.
  const askedBy = from ? h('p', {
    id: `${id}-from`, class: 'hint', 'data-l10n-id': 'shell-reflect-asked-by', 'data-l10n-args': JSON.stringify({ from }),
  }, t('shell-reflect-asked-by', { from })) : null;
  return h('section', {
    class: 'card question extra-question', 'aria-labelledby': `${id}-heading`, dataset: { questionUid: q.questionUid },
  },
    h('h2', { id: `${id}-heading`, class: 'question-heading', dir: 'auto' }, q.question),
    askedBy,
    h('textarea', {
      id, rows: 3, dir: 'auto', 'aria-labelledby': `${id}-heading`, 'aria-describedby': askedBy ? askedBy.id : null,
    }));
}

function readState() {
  const boxes = extraBox.querySelectorAll('textarea');
  return {
    sessionAt: fields.sessionAt.value,
    takeaway: fields.takeaway.value,
    difficult: fields.difficult.value,
    focus: fields.focus.value,
    feelingNote: fields.feelingNote.value,
    ...feelings.read(),
    answers: shownQuestions.map((q, i) => ({ ...q, answer: boxes[i]?.value ?? '' })),
  };
}

function fillForm(state) {
  for (const [name, el] of Object.entries(fields)) el.value = state[name] ?? '';
  sessionCheck.ask(); // a draft's far date is asked about as it comes back
  feelings.fill(state);
  shownQuestions = (state.answers ?? []).map(({ answer, ...q }) => q);
  replace(extraBox, (state.answers ?? []).map(extraCard));
  extraBox.querySelectorAll('textarea').forEach((box, i) => { box.value = state.answers[i].answer; });
}

function changed() {
  autosave?.schedule(readState());
}

const feelings = feelingCheck({
  range: $('feeling-rating'),
  valueOut: $('feeling-rating-value'),
  clearButton: $('clear-rating'),
  chipBox: $('feeling-chips'),
  ownInput: ownWord,
  addButton: $('feeling-add'),
  onChange: changed,
});

// Enter in a one-line field would submit the whole reflection half-way
// through; Save is a deliberate press of the button.
form.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && event.target.tagName === 'INPUT') event.preventDefault();
});

// --- Autosave ------------------------------------------------------------

form.addEventListener('input', (event) => {
  if (event.target === ownWord) return;
  // An error about the form as it was is stale once it changes.
  showMessage(formError, '');
  changed();
});
form.addEventListener('change', (event) => {
  if (event.target !== ownWord) changed();
});

// Leaving the window (hiding it, closing it) saves at once, not in 400 ms.
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') autosave?.flush();
});
window.addEventListener('pagehide', () => autosave?.flush());

function makeAutosave(hasDraft) {
  return new AutosaveController({
    hasDraft,
    save: (body) => saveDraft(key, body),
    onSaved: (draft) => {
      draftStatus.classList.remove('is-error');
      draftStatus.textContent = t('shell-reflect-draft-kept', {
        time: clockTime(draft?.updatedAt) || clockTime(new Date()),
      });
    },
    onError: (err) => {
      if (isLockedError(err)) {
        // Not a failure: it is kept once the journal is open again.
        draftStatus.classList.remove('is-error');
        draftStatus.textContent = t('shell-reflect-draft-locked');
        return;
      }
      draftStatus.classList.add('is-error');
      draftStatus.textContent = t('shell-reflect-draft-failed');
    },
  });
}

// --- Errors --------------------------------------------------------------

function showError(message) {
  showMessage(formError, message);
  formError.focus();
}

// --- Start fresh ---------------------------------------------------------

$('start-fresh').addEventListener('click', async () => {
  await autosave.hold(); // no draft save may land after the discard
  try {
    await discardDraft(key);
  } catch (err) {
    autosave.release();
    // Locked: the note in place of the form already says so.
    if (!isLockedError(err)) showError(err.message);
    return;
  }
  autosave.reset({ hasDraft: false });
  autosave.release();
  fillForm(withQuestions(original ? reflectionToState(original) : emptyState(), activeQuestions));
  restored.hidden = true;
  draftStatus.textContent = '';
  showMessage(formError, '');
  fields.takeaway.focus();
});

// --- Save ----------------------------------------------------------------

function showSaved(reflection) {
  form.hidden = true;
  restored.hidden = true;
  $('reflect-intro').hidden = true;
  showMessage(formError, '');
  const focus = String(reflection?.focus ?? '').trim();
  // The focus is the person's own words: in their own direction (dir="auto").
  const savedFocus = $('saved-focus');
  replace(savedFocus, focus ? [`${t('shell-reflect-saved-focus')} `, h('span', { dir: 'auto' }, focus)] : null);
  savedFocus.hidden = !focus;
  titleId = 'shell-reflect-saved-title';
  showTitle();
  const saved = $('saved');
  saved.hidden = false;
  saved.focus();
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  if (isBusy(saveButton) || !autosave) return;
  if (!sessionCheck.ok()) return; // a session date years away is asked about first
  await withBusy(saveButton, async () => {
    showMessage(formError, '');
    const state = readState();
    // Wait out any draft save in flight: the backend clears the draft when
    // the reflection is saved, and a late draft would come back as a ghost.
    await autosave.hold();
    try {
      const input = formToInput(state, { originalSessionAt: original?.sessionAt ?? null });
      const reflection = id === null
        ? await createReflection(input)
        : await updateReflection(id, input);
      autosave.stop();
      showSaved(reflection);
    } catch (err) {
      autosave.release();
      // Locked: the note in place of the form says so, and every word stays.
      if (!isLockedError(err)) showError(err.message);
    }
  });
});

// Asked for again after saving (the window was only brought forward):
// nothing is unsaved, so start over with a fresh form.
window.addEventListener('focus', () => {
  if (!$('saved').hidden) window.location.reload();
});

$('open-main').addEventListener('click', () => {
  showMainWindow().catch((err) => showError(err.message));
});
$('close').addEventListener('click', () => {
  closeWindow().catch((err) => showError(err.message));
});

// --- The lock ------------------------------------------------------------

const lockNote = lockedNote($('locked'), {
  covers: [$('reflect-intro'), restored, formError, form, $('saved')],
});

onLockStatus((status) => {
  if (isClosed(status)) {
    lockNote.show(status);
    return;
  }
  if (!lockNote.shown) return;
  // Opened while locked (or the lock came mid-start): nothing typed yet,
  // so start over with what the open journal holds.
  if (!formLoaded) {
    window.location.reload();
    return;
  }
  lockNote.hide();
  // A draft save refused while locked is kept now.
  if (!isBusy(saveButton)) changed();
});

watchLockStatus();
// Typing here counts as being here, for auto-lock.
watchActivity(window, stillHere, { enabled: () => !isLocked() });

// --- Opening -------------------------------------------------------------

async function start() {
  let inUse = globalThis.navigator?.language;
  try {
    inUse = (await getLanguage()).inUse;
  } catch {
    /* the computer's language */
  }
  // Editing a saved reflection: the heading, the line under it and Save
  // say so, in whichever language is in use (localize fills them).
  if (id !== null) {
    $('reflect-heading').setAttribute('data-l10n-id', 'shell-reflect-edit-heading');
    $('reflect-intro').setAttribute('data-l10n-id', 'shell-reflect-edit-intro');
    saveButton.setAttribute('data-l10n-id', 'shell-reflect-save-changes');
  }
  await useLanguage(inUse);
  localize(document.body);
  showTitle();
  onLanguageChanged(async (language) => {
    await useLanguage(language?.inUse);
    localize(document.body);
    showTitle();
  }).catch(() => {
    /* the new language shows when the window next opens */
  });
  let lockStatus = null;
  try {
    lockStatus = await getLockStatus();
  } catch {
    /* an older backend, or none: go on as before */
  }
  publishLockStatus(lockStatus);
  if (isClosed(lockStatus)) return; // the note shows; the form loads after unlock
  getSettings().then((s) => useTheme(s.theme)).catch(() => {});

  const [words, draft, saved, questions] = await Promise.allSettled([
    getFeelingWords(),
    getDraft(key),
    id === null ? null : getReflection(id),
    listReflectionQuestions(),
  ]);
  if ([words, draft, saved, questions].some((r) => r.status === 'rejected' && isLockedError(r.reason))) {
    // Locked while opening: a form filled from half the answers could
    // overwrite the real draft, so wait for the unlock and start over.
    if (!isClosed(await confirmLocked())) window.location.reload();
    return;
  }
  if (words.status === 'fulfilled') {
    feelings.offer([...(words.value?.vocabulary ?? []), ...(words.value?.own ?? [])]);
  }
  // Unreadable (or an older backend): no extra questions this time.
  if (questions.status === 'fulfilled' && Array.isArray(questions.value)) activeQuestions = questions.value;
  if (saved.status === 'fulfilled') original = saved.value;
  else showMessage(formError, saved.reason.message);
  // An edited reflection's own session date was kept before; it isn't asked about.
  if (original?.sessionAt) sessionCheck.keep(rfc3339ToLocalInput(original.sessionAt));

  let state;
  const body = draft.status === 'fulfilled' ? draft.value?.body : undefined;
  if (body !== undefined && body !== null) {
    state = normalizeState(body);
    restored.hidden = false;
  } else {
    if (draft.status === 'rejected') {
      draftStatus.classList.add('is-error');
      draftStatus.textContent = t('shell-reflect-draft-unchecked');
    }
    state = original ? reflectionToState(original) : emptyState();
  }
  fillForm(withQuestions(state, activeQuestions));
  autosave = makeAutosave(body !== undefined && body !== null);
  // The form appears only now, holding what it will keep: words typed into
  // it earlier could be overwritten by a restored draft.
  form.hidden = false;
  formLoaded = true;
  if (id === null && focusFirstField(form)) return;
  $('reflect-heading').focus();
}

// Whatever the first view is (the form, or the locked note), a benchmark
// times the window to it.
start().finally(() => appReady().catch(() => {
  /* only a benchmark listens */
}));
