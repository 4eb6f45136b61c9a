// The first-run screen: when there is no journal yet, the main window
// opens on one calm choice of how to keep it private — the login on this
// computer, a passphrase, or not now — and nothing else. It is shown by
// components/lock-screen.js in the lock screen's place (same host, same
// covers), so nothing under it can be reached until the journal exists.
//
// A passphrase that is too short or typed differently twice is caught here,
// before anything is sent (setting one up takes about a second). If the
// keychain can't keep the key after all, the choice moves to a passphrase
// and the backend's sentence says why; nothing is lost but that second.
//
// With the login chosen, the journal's key lives only in the keychain, so
// a second step follows before the app opens: the recovery key, to write
// down (if the keychain is ever reset, it opens the journal). Until the
// person goes on from it, the screen holds (`holding`), whatever news of
// the open journal arrives meanwhile; the key leaves the page as they go.
//
// "Need help now?" (#first-run-help) is there through both steps: the
// crisis lines need no journal, so they don't wait for one.
//
// Above the choice, the language (#first-run-language): a person whose
// computer speaks another language than they do chooses theirs before
// reading on. It is kept at once (the backend lets only this, of all
// changes, through at the first run), and the lock screen draws the
// welcome again in it, keeping what had been chosen and typed (`keep`,
// `restore`).

import { createJournal, getLanguage, getRecoveryKey } from '../ipc.js';
import { h, withBusy } from '../lib/dom.js';
import { onLanguageChange, t } from '../lib/i18n.js';
import { isClosed } from '../lib/lock-status.js';
import { MIN_PASSPHRASE_LENGTH, passphraseProblem } from '../lib/passphrase.js';
import { fillRecoveryKey, recoveryKeyElement } from '../lib/recovery-key.js';
import { helpEntry } from './crisis-help.js';
import { languageChoice } from './language-choice.js';

// The words are messages in locales/<language>/safety.ftl, looked up as the
// screen is built. The constants below are their English, which the tests
// compare the page with; FIRST_RUN_TITLE is the lock screen's page title
// too, so it follows the language in use.
export let FIRST_RUN_TITLE = 'Welcome';

onLanguageChange(() => {
  FIRST_RUN_TITLE = t('safety-first-run-title');
});

export const LOGIN_HINT = 'Opens by itself when you’re logged in. Nothing to remember.';

const CHOICES = [
  {
    value: 'login',
    get label() { return t('safety-first-run-login'); },
    get hint() { return t('safety-first-run-login-hint'); },
  },
  {
    value: 'passphrase',
    get label() { return t('safety-first-run-passphrase'); },
    get hint() { return t('safety-first-run-passphrase-about'); },
  },
  {
    value: 'none',
    get label() { return t('safety-first-run-none'); },
    get hint() { return t('safety-first-run-none-hint'); },
  },
];

export const KEPT_IT = 'I’ve kept it safe — continue';

/** Said when the recovery key couldn't be fetched: the journal is made,
 *  and the key can be shown again later. */
export const RECOVERY_LATER = 'Your journal is ready, but its recovery key couldn’t be shown just now. '
  + 'You can see it any time in Settings → Privacy and lock — please write it down from there.';

const passwordField = (id, label, hint) => h('div', { class: 'field' },
  h('label', { for: id }, label),
  hint ? h('p', { class: 'hint', id: `${id}-hint` }, hint) : null,
  h('input', {
    type: 'password', id, name: id, autocomplete: 'new-password', spellcheck: 'false',
    'aria-describedby': hint ? `${id}-hint first-run-problem` : 'first-run-problem',
  }));

/** Builds the screen (`element`, the #first-run card) for a LockStatus
 *  in state 'new'. `onCreated(status)` runs with the open journal's
 *  status once it is made (with the login, once its recovery key has been
 *  seen). Returns `{element, help, focus, update, reset, holding, discard}`:
 *  `update(status)` follows a newer status (the keychain answering late),
 *  `reset()` forgets anything typed, `holding` is true from sending the
 *  login choice until the person goes on from the recovery key, and
 *  `discard()` lets go when another screen takes its place. */
export function firstRun(status, { onCreated, language = null } = {}) {
  // The page and what the steps below share, handed to each of them.
  const run = {
    ...welcome(),
    onCreated,
    busy: false,
    touched: false, // the person chose something themselves
    keychainRefused: false, // create_journal said the keychain can't keep the key
    holding: false,
    recovery: null, // the recovery step, once shown: {step, heading, key, created}
    discarded: false, // another screen took this one's place
  };
  listen(run);
  offerLogin(run, status?.loginAvailable);
  if (!chosen(run)) choose(run, run.options.login.input.disabled ? 'passphrase' : 'login');
  offerLanguage(run, language);

  return {
    element: run.element,
    /** "Need help now?" and its panel (components/crisis-help.js). */
    help: run.help,
    /** The welcome is read first; Tab goes on to the choice. (On the
     *  recovery step, its heading.) */
    focus: () => (run.recovery ? run.recovery.heading : run.heading).focus(),
    update(next) {
      if (!run.busy && !run.holding && next) offerLogin(run, next.loginAvailable);
    },
    reset: () => reset(run),
    /** What the person has chosen and typed, for the same screen drawn
     *  again in another language; `restore` puts it back. */
    keep: () => ({
      keeper: chosen(run), touched: run.touched, passphrase: run.newField.value, confirm: run.confirmField.value,
    }),
    restore(kept) {
      if (!kept) return;
      if (kept.keeper && !run.options[kept.keeper].input.disabled) choose(run, kept.keeper);
      run.touched = kept.touched;
      run.newField.value = kept.passphrase;
      run.confirmField.value = kept.confirm;
    },
    get holding() { return run.holding; },
    /** Another screen takes this one's place (the journal locked before
     *  the person went on): nothing held, no key left behind. */
    discard() {
      run.discarded = true;
      run.holding = false;
      if (run.recovery) run.recovery.created = null;
      forgetKey(run);
    },
  };
}

// --- The welcome: how to keep it private -----------------------------------

/** One radio per way of keeping the journal, each with its hint. */
function keeperOptions() {
  return Object.fromEntries(CHOICES.map(({ value, label, hint }) => {
    const id = `first-run-keeper-${value}`;
    const input = h('input', {
      type: 'radio', name: 'keeper', id, value, 'aria-describedby': `${id}-hint`,
    });
    const hintEl = h('p', { class: 'hint', id: `${id}-hint` }, hint);
    const block = h('div', { class: 'keeper-choice' },
      h('label', { class: 'choice', for: id }, input, label),
      hintEl);
    return [value, { input, hintEl, block }];
  }));
}

/** The #first-run card: the choice (a passphrase's two fields under its
 *  own option), Start, a status line, and "Need help now?". */
function welcome() {
  const options = keeperOptions();
  const passphraseFields = h('div', { class: 'first-run-passphrase', id: 'first-run-passphrase-fields', hidden: true },
    passwordField('first-run-passphrase', t('safety-passphrase-label'),
      t('safety-first-run-passphrase-hint', { min: MIN_PASSPHRASE_LENGTH })),
    passwordField('first-run-confirm', t('safety-first-run-confirm')));
  options.passphrase.block.append(passphraseFields);

  const keeperChoice = h('fieldset', { class: 'keeper-choices', id: 'first-run-keeper' },
    h('legend', {}, t('safety-first-run-keeper')),
    h('div', { class: 'choices' }, CHOICES.map(({ value }) => options[value].block)));
  const problem = h('p', { id: 'first-run-problem', class: 'lock-problem', role: 'alert' });
  const startButton = h('button', { type: 'submit', id: 'first-run-start', class: 'button primary' },
    t('safety-first-run-start'));
  const statusLine = h('p', { id: 'first-run-status', class: 'status', role: 'status', tabindex: '-1' });
  // One fieldset around every control, so the whole form rests while it works.
  const fields = h('fieldset', { class: 'first-run-fields' },
    keeperChoice,
    problem,
    h('div', { class: 'actions' }, startButton));
  const form = h('form', { id: 'first-run-form', class: 'lock-form first-run-form', novalidate: true },
    fields, statusLine);
  const heading = h('h1', { id: 'first-run-heading', tabindex: '-1' }, t('safety-first-run-heading'));
  const about = h('p', { class: 'lede', id: 'first-run-about' }, t('safety-first-run-about'));
  // Filled once the backend has said which language is chosen.
  const languageSlot = h('div', { class: 'first-run-language', hidden: true });
  // Outside the form, so it stays within reach while the form rests.
  const help = helpEntry({ id: 'first-run-help' });
  const element = h('section', {
    id: 'first-run', class: 'lock-card card first-run', 'aria-labelledby': 'first-run-heading',
    'aria-describedby': 'first-run-about',
  },
  heading,
  about,
  languageSlot,
  form,
  help.element);
  return {
    options,
    passphraseFields,
    newField: passphraseFields.querySelector('#first-run-passphrase'),
    confirmField: passphraseFields.querySelector('#first-run-confirm'),
    keeperChoice, problem, startButton, statusLine, fields, form, heading, about, languageSlot, help, element,
  };
}

/** The language list on the welcome, from `answer` (get_language's, as
 *  the language-changed event carries it) or asked for. Without an answer
 *  the welcome goes on without it: the computer's language is in use. */
function offerLanguage(run, answer) {
  const fill = (known) => {
    if (run.discarded || !known) return;
    run.languageSlot.replaceChildren(languageChoice(known, {
      id: 'first-run-language', hint: t('safety-first-run-language-hint'),
    }));
    run.languageSlot.hidden = false;
  };
  if (answer) fill(answer);
  else getLanguage().then(fill).catch(() => { /* the welcome as it is */ });
}

function listen(run) {
  const { keeperChoice, newField, confirmField, form } = run;
  keeperChoice.addEventListener('change', () => {
    run.touched = true;
    syncFields(run);
  });
  // A note about the passphrase as it was has done its work once it changes.
  for (const el of [newField, confirmField]) {
    el.addEventListener('input', () => {
      run.touched = true; // typing a passphrase is choosing one
      if (el.hasAttribute('aria-invalid')) say(run, '');
    });
  }
  form.addEventListener('submit', (event) => submit(run, event));
}

const chosen = (run) => CHOICES.map(({ value }) => run.options[value].input).find((r) => r.checked)?.value ?? null;

/** Shows the passphrase fields only while a passphrase is the choice. */
function syncFields(run) {
  run.passphraseFields.hidden = chosen(run) !== 'passphrase';
}

function choose(run, value) {
  for (const { value: v } of CHOICES) run.options[v].input.checked = v === value;
  syncFields(run);
}

/** Offers the login only when the keychain answered (and didn't refuse
 *  the key since); otherwise says plainly why not. */
function offerLogin(run, available) {
  const ok = available === true && !run.keychainRefused;
  const { input, hintEl, block } = run.options.login;
  input.disabled = !ok;
  block.classList.toggle('is-unavailable', !ok);
  hintEl.textContent = ok ? t('safety-first-run-login-hint') : t('safety-no-keychain');
  if (!ok && chosen(run) === 'login') choose(run, 'passphrase');
  else if (ok && !run.touched && chosen(run) !== 'login') choose(run, 'login');
}

function say(run, message, target = null, { invalid = false } = {}) {
  run.problem.textContent = message;
  for (const el of [run.newField, run.confirmField]) el.removeAttribute('aria-invalid');
  if (message && invalid && target) target.setAttribute('aria-invalid', 'true');
  if (target) {
    target.focus();
    target.select?.();
  }
}

function markBusy(run, on) {
  run.busy = on;
  const { form, statusLine, fields } = run;
  if (on) {
    form.setAttribute('aria-busy', 'true');
    statusLine.textContent = t('safety-first-run-setting-up');
    // Focus waits on the status line, not on a control about to rest
    // (which would drop it to the page).
    statusLine.focus();
    fields.disabled = true;
  } else {
    form.removeAttribute('aria-busy');
    statusLine.textContent = '';
    fields.disabled = false;
  }
}

// --- Making the journal ------------------------------------------------------

async function submit(run, event) {
  event.preventDefault();
  if (run.busy) return;
  const keeper = chosen(run) ?? 'passphrase';
  let passphrase = null;
  if (keeper === 'passphrase') {
    passphrase = run.newField.value;
    const trouble = passphraseProblem(passphrase, run.confirmField.value);
    if (trouble) {
      say(run, trouble.message, trouble.field === 'new' ? run.newField : run.confirmField, { invalid: true });
      return;
    }
  }
  say(run, '');
  // The new journal's own news (lock-changed) may come before the answer;
  // with the login, the screen must still be here for the recovery key.
  run.holding = keeper === 'login';
  let made;
  try {
    made = await withBusy((on) => markBusy(run, on), () => makeJournal(keeper, passphrase));
  } catch (err) {
    run.holding = false;
    refused(run, err, keeper);
    return;
  }
  if (!made) {
    // Not expected, but the app must never open on a journal that isn't.
    run.holding = false;
    say(run, t('safety-first-run-not-set-up'), run.startButton);
    return;
  }
  if (keeper === 'login') {
    if (run.discarded) return; // locked meanwhile: Settings can show it later
    reset(run);
    showRecovery(run, made.answer, made.code);
    return;
  }
  reset(run);
  run.onCreated?.(made.answer);
}

/** Resolves to `{answer, code}`: the open journal's status and, with the
 *  login, its recovery key (null if it couldn't be fetched), or to null
 *  when the answer isn't an open journal. The form stays "setting up"
 *  while the key is fetched: a moment, no blank box. */
async function makeJournal(keeper, passphrase) {
  const answer = await createJournal(keeper, passphrase);
  if (!answer || isClosed(answer)) return null;
  if (keeper !== 'login') return { answer, code: null };
  let code = null;
  try {
    code = (await getRecoveryKey())?.code || null;
  } catch {
    /* said calmly on the next step; Settings can show it later */
  }
  return { answer, code };
}

/** create_journal said no: the backend's sentence, and focus where it
 *  points. A keychain that can't keep the key moves the choice to a
 *  passphrase for good. */
function refused(run, err, keeper) {
  if (err.kind === 'keychain') {
    run.keychainRefused = true;
    offerLogin(run, false);
    choose(run, 'passphrase');
    say(run, err.message, run.newField);
  } else if (err.kind === 'invalid' && keeper === 'passphrase') {
    say(run, err.message, run.newField, { invalid: true });
  } else {
    say(run, err.message, run.startButton);
  }
}

// --- The recovery key (login only) -----------------------------------------

/** The second step for a login-kept journal: its recovery key (or, if
 *  it couldn't be fetched, where to find it later) and one way on. */
function showRecovery(run, created, code) {
  const stepHeading = h('h1', { id: 'recovery-heading', tabindex: '-1' }, t('safety-recovery-title'));
  const key = code ? recoveryKeyElement('recovery-key', code) : null;
  const next = h('button', { type: 'button', id: 'first-run-continue', class: 'button primary' },
    code ? t('safety-recovery-kept-it') : t('safety-recovery-continue'));
  const step = h('div', { id: 'recovery-step', class: 'recovery-step' },
    stepHeading,
    h('p', { class: 'lede', id: 'recovery-about' }, code ? t('safety-recovery-about') : t('safety-recovery-why')),
    key,
    code
      ? h('p', { class: 'hint', id: 'recovery-care' }, t('safety-recovery-care'))
      : h('p', { class: 'lock-problem', id: 'recovery-problem', role: 'alert' }, t('safety-recovery-later')),
    h('div', { class: 'actions' }, next));
  run.recovery = { step, heading: stepHeading, key, created };
  // The welcome has done its work; the card is about the key now.
  for (const el of [run.heading, run.about, run.form]) el.hidden = true;
  run.element.setAttribute('aria-labelledby', 'recovery-heading');
  run.element.setAttribute('aria-describedby', 'recovery-about');
  run.help.element.before(step); // "Need help now?" stays last
  next.addEventListener('click', () => goOn(run));
  stepHeading.focus();
}

/** "I've kept it safe": the key leaves the page, the app opens. */
function goOn(run) {
  if (!run.recovery?.created) return;
  const { created } = run.recovery;
  run.recovery.created = null;
  forgetKey(run);
  run.holding = false;
  run.onCreated?.(created);
}

function forgetKey(run) {
  if (run.recovery?.key) fillRecoveryKey(run.recovery.key, '');
}

/** Forgets what was typed (the passphrase doesn't linger in the page). */
function reset(run) {
  run.newField.value = '';
  run.confirmField.value = '';
  say(run, '');
  if (!run.holding) forgetKey(run);
}
