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

import { createJournal, getRecoveryKey } from '../ipc.js';
import { h } from '../lib/dom.js';
import { isClosed } from '../lib/lock-status.js';
import { MIN_PASSPHRASE_LENGTH, NO_KEYCHAIN, passphraseProblem } from '../lib/passphrase.js';
import {
  RECOVERY_ABOUT, RECOVERY_CARE, fillRecoveryKey, recoveryKeyElement,
} from '../lib/recovery-key.js';
import { helpEntry } from './crisis-help.js';

export const FIRST_RUN_TITLE = 'Welcome';

export const LOGIN_HINT = 'Opens by itself when you’re logged in. Nothing to remember.';

const CHOICES = [
  { value: 'login', label: 'My login on this computer', hint: LOGIN_HINT },
  {
    value: 'passphrase',
    label: 'A passphrase',
    hint: 'You type it each time Interlude opens. Choose one you’ll remember: if it’s forgotten, '
      + 'nobody can recover it — not even the Interlude team.',
  },
  {
    value: 'none',
    label: 'Not now',
    hint: 'Your journal is kept unencrypted. You can protect it later in Settings → Privacy and lock.',
  },
];

export const KEPT_IT = 'I’ve kept it safe — continue';

/** Said when the recovery key couldn't be fetched: the journal is made,
 *  and the key can be shown again later. */
export const RECOVERY_LATER = 'Your journal is ready, but its recovery key couldn’t be shown just now. '
  + 'You can see it any time in Settings → Privacy and lock — please write it down from there.';

const RECOVERY_WHY = 'If this computer’s keychain is ever reset, a recovery key opens your journal.';

const passwordField = (id, label, hint) => h('div', { class: 'field' },
  h('label', { for: id }, label),
  hint ? h('p', { class: 'hint', id: `${id}-hint` }, hint) : null,
  h('input', {
    type: 'password', id, name: id, autocomplete: 'new-password', spellcheck: 'false',
    'aria-describedby': hint ? `${id}-hint first-run-problem` : 'first-run-problem',
  }));

/** Builds the screen (`element`, the #first-run card) for a LockStatus
 *  with `newJournal`. `onCreated(status)` runs with the open journal's
 *  status once it is made (with the login, once its recovery key has been
 *  seen). Returns `{element, help, focus, update, reset, holding, discard}`:
 *  `update(status)` follows a newer status (the keychain answering late),
 *  `reset()` forgets anything typed, `holding` is true from sending the
 *  login choice until the person goes on from the recovery key, and
 *  `discard()` lets go when another screen takes its place. */
export function firstRun(status, { onCreated } = {}) {
  let busy = false;
  let touched = false; // the person chose something themselves
  let keychainRefused = false; // create_journal said the keychain can't keep the key
  let holding = false;
  let recovery = null; // the recovery step, once shown: {step, heading, key, created}
  let discarded = false; // another screen took this one's place

  const options = Object.fromEntries(CHOICES.map(({ value, label, hint }) => {
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

  const fresh = passwordField('first-run-passphrase', 'Passphrase',
    `At least ${MIN_PASSPHRASE_LENGTH} characters. A short sentence only you would think of is easy to remember.`);
  const again = passwordField('first-run-confirm', 'The passphrase again');
  const passphraseFields = h('div', { class: 'first-run-passphrase', id: 'first-run-passphrase-fields', hidden: true },
    fresh, again);
  options.passphrase.block.append(passphraseFields);
  const field = (id) => passphraseFields.querySelector(`#${id}`);
  const newField = field('first-run-passphrase');
  const confirmField = field('first-run-confirm');

  const keeperChoice = h('fieldset', { class: 'keeper-choices', id: 'first-run-keeper' },
    h('legend', {}, 'Keep my journal private with…'),
    h('div', { class: 'choices' }, CHOICES.map(({ value }) => options[value].block)));
  const problem = h('p', { id: 'first-run-problem', class: 'lock-problem', role: 'alert' });
  const startButton = h('button', { type: 'submit', id: 'first-run-start', class: 'button primary' },
    'Start my journal');
  const statusLine = h('p', { id: 'first-run-status', class: 'status', role: 'status', tabindex: '-1' });
  // One fieldset around every control, so the whole form rests while it works.
  const fields = h('fieldset', { class: 'first-run-fields' },
    keeperChoice,
    problem,
    h('div', { class: 'actions' }, startButton));
  const form = h('form', { id: 'first-run-form', class: 'lock-form first-run-form', novalidate: true },
    fields, statusLine);
  const heading = h('h1', { id: 'first-run-heading', tabindex: '-1' }, 'Welcome to Interlude');
  const about = h('p', { class: 'lede', id: 'first-run-about' },
    'What you write here stays on this computer. Choose how to keep it private — '
    + 'you can change this later in Settings.');
  // Outside the form, so it stays within reach while the form rests.
  const help = helpEntry({ id: 'first-run-help' });
  const element = h('section', {
    id: 'first-run', class: 'lock-card card first-run', 'aria-labelledby': 'first-run-heading',
    'aria-describedby': 'first-run-about',
  },
  heading,
  about,
  form,
  help.element);

  const chosen = () => CHOICES.map(({ value }) => options[value].input).find((r) => r.checked)?.value ?? null;

  /** Shows the passphrase fields only while a passphrase is the choice. */
  function syncFields() {
    passphraseFields.hidden = chosen() !== 'passphrase';
  }

  function choose(value) {
    for (const { value: v } of CHOICES) options[v].input.checked = v === value;
    syncFields();
  }

  /** Offers the login only when the keychain answered (and didn't refuse
   *  the key since); otherwise says plainly why not. */
  function offerLogin(available) {
    const ok = available === true && !keychainRefused;
    const { input, hintEl, block } = options.login;
    input.disabled = !ok;
    block.classList.toggle('is-unavailable', !ok);
    hintEl.textContent = ok ? LOGIN_HINT : NO_KEYCHAIN;
    if (!ok && chosen() === 'login') choose('passphrase');
    else if (ok && !touched && chosen() !== 'login') choose('login');
  }

  function say(message, target = null, { invalid = false } = {}) {
    problem.textContent = message;
    for (const el of [newField, confirmField]) el.removeAttribute('aria-invalid');
    if (message && invalid && target) target.setAttribute('aria-invalid', 'true');
    if (target) {
      target.focus();
      target.select?.();
    }
  }

  function setBusy(on) {
    busy = on;
    if (on) {
      form.setAttribute('aria-busy', 'true');
      statusLine.textContent = 'Setting up your journal…';
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

  keeperChoice.addEventListener('change', () => {
    touched = true;
    syncFields();
  });
  // A note about the passphrase as it was has done its work once it changes.
  for (const el of [newField, confirmField]) {
    el.addEventListener('input', () => {
      touched = true; // typing a passphrase is choosing one
      if (el.hasAttribute('aria-invalid')) say('');
    });
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (busy) return;
    const keeper = chosen() ?? 'passphrase';
    let passphrase = null;
    if (keeper === 'passphrase') {
      passphrase = newField.value;
      const trouble = passphraseProblem(passphrase, confirmField.value);
      if (trouble) {
        say(trouble.message, trouble.field === 'new' ? newField : confirmField, { invalid: true });
        return;
      }
    }
    say('');
    setBusy(true);
    // The new journal's own news (lock-changed) may come before the answer;
    // with the login, the screen must still be here for the recovery key.
    holding = keeper === 'login';
    let answer;
    try {
      answer = await createJournal(keeper, passphrase);
    } catch (err) {
      holding = false;
      setBusy(false);
      if (err.kind === 'keychain') {
        keychainRefused = true;
        offerLogin(false);
        choose('passphrase');
        say(err.message, newField);
      } else if (err.kind === 'invalid' && keeper === 'passphrase') {
        say(err.message, newField, { invalid: true });
      } else {
        say(err.message, startButton);
      }
      return;
    }
    if (!answer || isClosed(answer)) {
      // Not expected, but the app must never open on a journal that isn't.
      holding = false;
      setBusy(false);
      say('That didn’t set up your journal just now. Please try again.', startButton);
      return;
    }
    if (keeper === 'login') {
      // Still "setting up" while the key is fetched: a moment, no blank box.
      let code = null;
      try {
        code = (await getRecoveryKey())?.code || null;
      } catch {
        /* said calmly below; Settings can show it later */
      }
      if (discarded) return; // locked meanwhile: Settings can show it later
      setBusy(false);
      reset();
      showRecovery(answer, code);
      return;
    }
    setBusy(false);
    reset();
    onCreated?.(answer);
  });

  /** The second step for a login-kept journal: its recovery key (or, if
   *  it couldn't be fetched, where to find it later) and one way on. */
  function showRecovery(created, code) {
    const stepHeading = h('h1', { id: 'recovery-heading', tabindex: '-1' }, 'Your recovery key');
    const key = code ? recoveryKeyElement('recovery-key', code) : null;
    const next = h('button', { type: 'button', id: 'first-run-continue', class: 'button primary' },
      code ? KEPT_IT : 'Continue');
    const step = h('div', { id: 'recovery-step', class: 'recovery-step' },
      stepHeading,
      h('p', { class: 'lede', id: 'recovery-about' }, code ? RECOVERY_ABOUT : RECOVERY_WHY),
      key,
      code
        ? h('p', { class: 'hint', id: 'recovery-care' }, RECOVERY_CARE)
        : h('p', { class: 'lock-problem', id: 'recovery-problem', role: 'alert' }, RECOVERY_LATER),
      h('div', { class: 'actions' }, next));
    recovery = { step, heading: stepHeading, key, created };
    // The welcome has done its work; the card is about the key now.
    for (const el of [heading, about, form]) el.hidden = true;
    element.setAttribute('aria-labelledby', 'recovery-heading');
    element.setAttribute('aria-describedby', 'recovery-about');
    help.element.before(step); // "Need help now?" stays last
    next.addEventListener('click', goOn);
    stepHeading.focus();
  }

  /** "I've kept it safe": the key leaves the page, the app opens. */
  function goOn() {
    if (!recovery?.created) return;
    const { created } = recovery;
    recovery.created = null;
    forgetKey();
    holding = false;
    onCreated?.(created);
  }

  function forgetKey() {
    if (recovery?.key) fillRecoveryKey(recovery.key, '');
  }

  /** Forgets what was typed (the passphrase doesn't linger in the page). */
  function reset() {
    newField.value = '';
    confirmField.value = '';
    say('');
    if (!holding) forgetKey();
  }

  offerLogin(status?.loginAvailable);
  if (!chosen()) choose(options.login.input.disabled ? 'passphrase' : 'login');

  return {
    element,
    /** "Need help now?" and its panel (components/crisis-help.js). */
    help,
    /** The welcome is read first; Tab goes on to the choice. (On the
     *  recovery step, its heading.) */
    focus: () => (recovery ? recovery.heading : heading).focus(),
    update(next) {
      if (!busy && !holding && next) offerLogin(next.loginAvailable);
    },
    reset,
    get holding() { return holding; },
    /** Another screen takes this one's place (the journal locked before
     *  the person went on): nothing held, no key left behind. */
    discard() {
      discarded = true;
      holding = false;
      if (recovery) recovery.created = null;
      forgetKey();
    },
  };
}
