// The main window's lock screen: one calm page over the whole app while the
// journal is locked — at start, after auto-lock or "Lock now", or when a
// command finds the journal locked. Everything under it is made inert and
// hidden from assistive tech, so neither a Tab nor a screen reader can reach
// a word of the journal until it is open.
//
// What it shows follows the LockStatus:
// - a passphrase-kept journal asks for the passphrase. A wrong one is not a
//   failure: the backend's sentence appears in a calm attention note (never
//   red), the field keeps focus with its text selected, so typing again
//   simply replaces it;
// - a login-kept journal has one button, Unlock, that asks the keychain.
//   Sealed at start, it asks once by itself ("Opening your journal…"), so
//   normally the screen is there only for a moment; when the keychain
//   doesn't give the key, its sentence shows and the button says Try again.
//   When the backend says why the login didn't open it (`loginProblem`: the
//   keychain may have been reset), a small form under it takes the
//   recovery key instead; a wrong one is met as calmly as a wrong
//   passphrase. If the keychain still can't keep the key, the journal
//   opens anyway and a toast says the recovery key will be needed again;
// - no journal yet (state 'new'): the first-run choice
//   (components/first-run.js) in the same place, under the same covers. It
//   holds the screen while the recovery key of a new login-kept journal is
//   shown, so the journal's own news can't uncover the app under it.
//
// Every one of these screens offers "Need help now?" (#lock-help, or
// #first-run-help): the crisis lines open in place, in the card, without
// unlocking anything — they come from the app's own list, not the journal
// (components/crisis-help.js). `openHelp()` opens them from outside (the
// tray's "My safety plan" while locked).

import { unlock, unlockWithLogin, unlockWithRecoveryKey } from '../ipc.js';
import { h, setBusy, showToast, withBusy } from '../lib/dom.js';
import { language, t } from '../lib/i18n.js';
import { isClosed, isNewJournal, isSealed } from '../lib/lock-status.js';
import { keeperOf } from '../lib/passphrase.js';
import { helpEntry } from './crisis-help.js';
import { FIRST_RUN_TITLE, firstRun } from './first-run.js';

// The words are messages in locales/<language>/safety.ftl, looked up as a
// screen is built (and a screen is built again after a change of language).
// LOCKED_TITLE is their English, which the tests compare the page with.
export const LOCKED_TITLE = 'Interlude is locked';

/** Which screen a LockStatus calls for: 'first-run', 'login' or
 *  'passphrase' (also for a status that doesn't say how the key is kept). */
export function screenFor(status) {
  if (isNewJournal(status)) return 'first-run';
  return keeperOf(status) === 'login' ? 'login' : 'passphrase';
}

/** Fills `host` (#lock-screen, hidden at first) and returns
 *  `{show, hide, shown, title, kind, openHelp}`. `covers` are the elements
 *  it hides while shown (the rail and content); `onUnlocked(status)` runs
 *  after an unlock (or the first-run choice) from this screen, once the
 *  app is uncovered. `show` and `hide` return whether anything changed, so a
 *  second lock or unlock is a no-op. */
export function lockScreen(host, { covers = [], onUnlocked } = {}) {
  // Everything the screens below share, handed to each of them.
  const lock = {
    host,
    covers,
    onUnlocked,
    kind: null, // the screen built in host
    parts: null, // that screen's elements (or the first run's handle)
    language: null, // the language that screen was built in
    busy: false,
    latest: null, // the newest status heard while shown
    // Shown since start, never opened since: only then may a login-kept
    // journal be opened without a click (after "Lock now" it must wait).
    sealed: false,
    triedByItself: false,
  };

  return {
    show: (status, options) => show(lock, status, options),
    hide: () => hide(lock),
    get shown() { return !host.hidden; },
    /** The page title while shown. */
    get title() { return lock.kind === 'first-run' ? FIRST_RUN_TITLE : t('safety-lock-title'); },
    /** Which screen is built: 'passphrase', 'login', 'first-run' or null. */
    get kind() { return lock.kind; },
    /** Draws the screen shown again in the language now in use (chosen
     *  on the first run's welcome), keeping what was chosen and typed
     *  there and where the focus was. `answer` is the language-changed
     *  event's (get_language's shape). */
    relabel: (answer) => relabel(lock, answer),
    /** Opens the crisis lines on the screen shown, focus in them (the
     *  tray's "My safety plan" while locked). Returns whether it could. */
    openHelp() {
      if (host.hidden || !lock.parts?.help) return false;
      lock.parts.help.open();
      return true;
    },
  };
}

// --- Covering and uncovering ----------------------------------------------

/** Covers the app with the screen `status` calls for (the passphrase
 *  one without a status). `atStart`: the journal is sealed, as found
 *  when the window opened. */
function show(lock, status = null, { atStart = false } = {}) {
  if (status) lock.latest = status;
  // Hide() ends it: only a screen up since the window opened is sealed.
  if (atStart || isSealed(status)) lock.sealed = true;
  if (!lock.host.hidden) {
    follow(lock, status);
    openByItselfOnce(lock); // an event may have covered the app before start did
    return false;
  }
  const next = status ? screenFor(status) : lock.kind ?? 'passphrase';
  if (next !== lock.kind || !lock.parts || lock.language !== language()) build(lock, next, status);
  fresh(lock, status);
  cover(lock.covers, true);
  lock.host.hidden = false;
  // Each time from the card's top: the screen keeps its own scroll while
  // hidden, and the last visit may have left it scrolled down.
  lock.host.scrollTop = 0;
  lock.parts.focus();
  openByItselfOnce(lock);
  return true;
}

function hide(lock) {
  const { host, parts, kind } = lock;
  if (host.hidden) return false;
  // A new login-kept journal's recovery key stays until the person goes
  // on from it (then the first run uncovers the app itself).
  if (kind === 'first-run' && parts?.holding) return false;
  host.hidden = true;
  lock.sealed = false;
  lock.latest = null;
  // The passphrase (or recovery key) doesn't linger in the page, and the
  // crisis lines are put away for the next time it shows.
  if (parts) {
    parts.help?.close({ focus: false });
    if (kind === 'first-run') parts.reset();
    else {
      if (parts.field) parts.field.value = '';
      say(lock, '');
      if (parts.recovery) showRecovery(lock, false);
    }
  }
  cover(lock.covers, false);
  return true;
}

/** Inert and hidden from assistive tech while covered, so neither a Tab
 *  nor a screen reader reaches the journal under the screen. */
function cover(covers, on) {
  for (const el of covers) {
    if (on) {
      el.setAttribute('inert', '');
      el.setAttribute('aria-hidden', 'true');
    } else {
      el.removeAttribute('inert');
      el.removeAttribute('aria-hidden');
    }
    el.classList.toggle('is-covered', on);
  }
}

function opened(lock, status) {
  if (hide(lock)) lock.onUnlocked?.(status);
}

// --- Which screen ---------------------------------------------------------

function build(lock, next, status, { languageAnswer = null } = {}) {
  if (lock.kind === 'first-run') lock.parts?.discard();
  lock.busy = false;
  lock.kind = next;
  lock.language = language();
  if (next === 'first-run') lock.parts = firstRunScreen(lock, status, languageAnswer);
  else if (next === 'login') lock.parts = loginScreen(lock);
  else lock.parts = passphraseScreen(lock);
}

function relabel(lock, answer) {
  const { host, parts, kind } = lock;
  if (host.hidden || !parts || lock.busy || lock.language === language()) return;
  if (kind === 'first-run' && parts.holding) return;
  const kept = kind === 'first-run' ? parts.keep() : null;
  const active = host.ownerDocument.activeElement;
  const focusedId = active && host.contains(active) ? active.id : '';
  build(lock, kind, lock.latest, { languageAnswer: answer });
  fresh(lock, lock.latest);
  lock.parts.restore?.(kept);
  const again = focusedId ? host.querySelector(`#${focusedId}`) : null;
  if (again) again.focus();
  else lock.parts.focus();
}

/** The screen as it should be for `status` (cleared of anything typed). */
function fresh(lock, status) {
  const { kind, parts } = lock;
  if (kind === 'first-run') {
    parts.reset();
    parts.update(status);
    return;
  }
  if (parts.field) parts.field.value = '';
  if (kind === 'login') loginTrouble(lock, status?.loginProblem ?? '');
  else say(lock, '');
}

/** While shown: a newer status draws another screen if it calls for one,
 *  or brings news to this one (a login problem, the keychain answering). */
function follow(lock, status) {
  if (!status || lock.busy) return;
  const next = screenFor(status);
  if (next !== lock.kind) {
    build(lock, next, status);
    fresh(lock, status);
    lock.parts.focus();
    openByItselfOnce(lock);
  } else if (lock.kind === 'first-run') {
    lock.parts.update(status);
  } else if (lock.kind === 'login' && status.loginProblem) {
    loginTrouble(lock, status.loginProblem);
  }
}

/** After an answer that left the screen up: a status heard meanwhile
 *  may call for another screen. */
function catchUp(lock) {
  const { host, latest, kind } = lock;
  if (!host.hidden && latest && screenFor(latest) !== kind) follow(lock, latest);
}

// --- Shared by the passphrase and login screens ---------------------------

const problemLine = () => h('p', { id: 'unlock-problem', class: 'lock-problem', role: 'alert' });
const statusLine = () => h('p', { id: 'unlock-status', class: 'status', role: 'status' });

/** The card both locked screens share: the title, what opens the journal
 *  (`lede`), the form, why (`why`), and "Need help now?" last. */
function lockedCard(host, { lede, form, why, help }) {
  host.replaceChildren(h('section', { class: 'lock-card card', 'aria-labelledby': 'lock-heading' },
    h('h1', { id: 'lock-heading' }, t('safety-lock-title')),
    lede,
    form,
    h('p', { class: 'hint', id: 'unlock-why' }, why),
    help.element));
}

function say(lock, message) {
  const { parts } = lock;
  parts.problem.textContent = message;
  if (!parts.field) return;
  if (message) parts.field.setAttribute('aria-invalid', 'true');
  else parts.field.removeAttribute('aria-invalid');
}

/** Every form on the screen rests while the backend answers; the fields
 *  become read-only rather than disabled, so focus stays where it was. */
function markBusy(lock, on) {
  lock.busy = on;
  const { form, field, button, status, recovery } = lock.parts;
  const forms = [form, recovery?.form].filter(Boolean);
  const buttons = [button, recovery?.button].filter(Boolean);
  const fields = [field, recovery?.field].filter(Boolean);
  for (const b of buttons) setBusy(b, on);
  if (on) {
    for (const f of forms) f.setAttribute('aria-busy', 'true');
    for (const f of fields) f.setAttribute('readonly', '');
    status.textContent = t('safety-lock-opening');
  } else {
    for (const f of forms) f.removeAttribute('aria-busy');
    for (const f of fields) f.removeAttribute('readonly');
    status.textContent = '';
  }
}

/** Asks the backend with the screen resting meanwhile. */
const asking = (lock, request) => withBusy((on) => markBusy(lock, on), request);

/** The person is in the crisis lines: news about the unlock is shown,
 *  but doesn't pull focus away from them. */
function reading(lock) {
  return Boolean(lock.parts?.help?.element.contains(globalThis.document.activeElement));
}

// --- Passphrase -----------------------------------------------------------

function passphraseScreen(lock) {
  const field = h('input', {
    type: 'password', id: 'unlock-passphrase', name: 'passphrase',
    autocomplete: 'current-password', autofocus: true, spellcheck: 'false',
    'aria-describedby': 'unlock-problem unlock-why',
  });
  const problem = problemLine();
  const status = statusLine();
  const button = h('button', { type: 'submit', id: 'unlock', class: 'button primary' }, t('safety-lock-unlock'));
  const form = h('form', { id: 'unlock-form', class: 'lock-form', novalidate: true },
    h('label', { for: 'unlock-passphrase' }, t('safety-passphrase-label')),
    field,
    problem,
    h('div', { class: 'actions' }, button),
    status);
  const help = helpEntry({ id: 'lock-help' });
  lockedCard(lock.host, {
    lede: h('p', { class: 'lede' }, t('safety-lock-passphrase-lede')),
    form,
    why: t('safety-lock-passphrase-why'),
    help,
  });
  form.addEventListener('submit', (event) => submitPassphrase(lock, event));
  // What went wrong is about the passphrase as it was; once it changes,
  // the note has done its work.
  field.addEventListener('input', () => {
    if (field.hasAttribute('aria-invalid')) say(lock, '');
  });
  return { field, problem, status, button, form, help, focus: () => field.focus() };
}

async function submitPassphrase(lock, event) {
  event.preventDefault();
  if (lock.busy) return;
  const passphrase = lock.parts.field.value;
  if (!passphrase) {
    tryAgain(lock, t('safety-lock-empty'));
    return;
  }
  say(lock, '');
  let status;
  try {
    status = await asking(lock, () => unlock(passphrase));
  } catch (err) {
    tryAgain(lock, err.message);
    catchUp(lock);
    return;
  }
  if (isClosed(status)) {
    // Not expected, but the screen must never open on a locked journal.
    tryAgain(lock, t('safety-lock-not-opened'));
    catchUp(lock);
    return;
  }
  opened(lock, status);
}

/** A passphrase that didn't open it: the field keeps focus with its text
 *  selected, so typing again simply replaces it. */
function tryAgain(lock, message) {
  say(lock, message);
  if (reading(lock)) return;
  lock.parts.field.focus();
  lock.parts.field.select?.();
}

// --- Login ----------------------------------------------------------------

function loginScreen(lock) {
  const problem = problemLine();
  const status = statusLine();
  const button = h('button', {
    type: 'submit', id: 'unlock-login', class: 'button primary', 'aria-describedby': 'unlock-problem',
  }, t('safety-lock-unlock'));
  const form = h('form', { id: 'unlock-login-form', class: 'lock-form', novalidate: true },
    problem,
    h('div', { class: 'actions' }, button),
    status);
  const help = helpEntry({ id: 'lock-help' });
  lockedCard(lock.host, {
    lede: h('p', { class: 'lede', id: 'unlock-login-about' }, t('safety-lock-login-lede')),
    form,
    why: t('safety-lock-login-why'),
    help,
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    openWithLogin(lock);
  });
  // In the page only while there is a login problem (see showRecovery).
  const recovery = recoveryForm(lock);
  return { problem, status, button, form, recovery, help, focus: () => button.focus() };
}

async function openWithLogin(lock) {
  if (lock.busy) return;
  say(lock, '');
  let status;
  try {
    status = await asking(lock, unlockWithLogin);
  } catch (err) {
    loginFailed(lock, err.message);
    return;
  }
  if (isClosed(status)) {
    loginFailed(lock, status?.loginProblem || t('safety-lock-not-opened'));
    return;
  }
  opened(lock, status);
}

function loginFailed(lock, message) {
  loginTrouble(lock, message);
  // Unless the journal opened meanwhile by itself (the backend's own try
  // at start): focus then belongs to the page.
  if (!lock.host.hidden && !reading(lock)) lock.parts.button.focus();
  catchUp(lock);
}

/** The keychain's key didn't come: its sentence, and the button says
 *  what pressing it will do now. With the backend's reason known, the
 *  recovery key is offered too. */
function loginTrouble(lock, message) {
  say(lock, message);
  lock.parts.button.textContent = message ? t('safety-lock-try-again') : t('safety-lock-unlock');
  showRecovery(lock, Boolean(lock.latest?.loginProblem));
}

/** Sealed at start, a login-kept journal is asked for once by itself. */
function openByItselfOnce(lock) {
  const { kind, sealed, triedByItself, latest } = lock;
  if (kind !== 'login' || !sealed || triedByItself || latest?.loginProblem) return;
  // The backend knows best: an open journal behind a locked window (state
  // 'locked': a window opened again after "Lock now") waits for the click.
  if (latest && !isSealed(latest)) return;
  lock.triedByItself = true;
  openWithLogin(lock);
}

// --- Recovery key (under the login screen) --------------------------------

/** "Use your recovery key": one field and a button. Its notes go to the
 *  same #unlock-problem as the keychain's sentence. */
function recoveryForm(lock) {
  const field = h('input', {
    type: 'text', id: 'recovery-code', name: 'recovery-code', autocomplete: 'off',
    spellcheck: 'false', autocapitalize: 'characters', autocorrect: 'off',
    'aria-describedby': 'recovery-code-hint unlock-problem',
  });
  const button = h('button', { type: 'submit', id: 'unlock-recovery', class: 'button' },
    t('safety-recovery-open'));
  const form = h('form', {
    id: 'recovery-form', class: 'lock-form recovery-form', novalidate: true,
    'aria-labelledby': 'recovery-form-heading',
  },
  h('h2', { id: 'recovery-form-heading' }, t('safety-recovery-heading')),
  h('p', { class: 'hint', id: 'recovery-code-hint' }, t('safety-recovery-hint')),
  h('label', { for: 'recovery-code' }, t('safety-recovery-label')),
  field,
  h('div', { class: 'actions' }, button));
  form.addEventListener('submit', (event) => submitRecovery(lock, event));
  // The note was about the key as it was; once it changes, the keychain's
  // sentence is what still holds.
  field.addEventListener('input', () => {
    if (!field.hasAttribute('aria-invalid')) return;
    field.removeAttribute('aria-invalid');
    say(lock, lock.latest?.loginProblem ?? '');
  });
  return { form, field, button };
}

/** The recovery form is offered only while the backend says why the
 *  login didn't open the journal; without it, it leaves the page (and
 *  whatever was typed in it). */
function showRecovery(lock, on) {
  const { recovery, form } = lock.parts;
  if (on && !recovery.form.isConnected) form.after(recovery.form);
  if (!on) {
    recovery.field.value = '';
    recovery.field.removeAttribute('aria-invalid');
    recovery.form.remove();
  }
}

async function submitRecovery(lock, event) {
  event.preventDefault();
  if (lock.busy || lock.kind !== 'login') return;
  const code = lock.parts.recovery.field.value.trim();
  if (!code) {
    recoveryTrouble(lock, t('safety-lock-no-code'));
    return;
  }
  say(lock, '');
  let status;
  try {
    status = await asking(lock, () => unlockWithRecoveryKey(code));
  } catch (err) {
    if (!lock.host.hidden) recoveryTrouble(lock, err.message);
    catchUp(lock);
    return;
  }
  if (isClosed(status)) {
    recoveryTrouble(lock, t('safety-lock-not-opened'));
    catchUp(lock);
    return;
  }
  opened(lock, status);
  // Open, but the keychain still couldn't keep the key: said once, calmly,
  // over the page (Settings can show the recovery key again).
  if (status?.loginProblem) showToast(status.loginProblem, { timeout: 15_000 });
}

/** A recovery key that didn't open it: the note says why, and the field
 *  keeps focus with its text selected, so typing again replaces it. */
function recoveryTrouble(lock, message) {
  const { field } = lock.parts.recovery;
  say(lock, message);
  field.setAttribute('aria-invalid', 'true');
  if (reading(lock)) return;
  field.focus();
  field.select?.();
}

// --- First run ------------------------------------------------------------

function firstRunScreen(lock, status, languageAnswer) {
  const screen = firstRun(status, { onCreated: (created) => opened(lock, created), language: languageAnswer });
  lock.host.replaceChildren(screen.element);
  return screen;
}
