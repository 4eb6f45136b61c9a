// The "Privacy and lock" part of Settings, and in it "How your journal is
// kept": unencrypted, with a passphrase, or with the login on this computer
// (its keychain keeps the key). Unencrypted, it explains plainly what
// encryption protects and offers both ways to protect the journal. With a
// passphrase, it offers changing it or using the login instead; with the
// login, using a passphrase instead, and showing the recovery key (only on
// request, and gone from the page again as soon as it is hidden, the view
// is left or the app locks). Either way it offers Lock now, auto-lock,
// what reminders may say while locked, whether the safety plan shows on the
// lock screen (a plain copy, as said right beside it), and — after a
// change — removing the copy kept from before it. Where the keychain
// didn't answer, the login is offered disabled, with a plain note why.
//
// Passphrases that are too short or don't match are caught here, before
// the backend is asked (encrypting a big journal takes a few seconds, and
// nobody should wait that long to hear about a typo). Every answer is a
// LockStatus; it is published, so the lock screen and the shortcut know.
// After a key change the section's status line (#privacy-status, polite)
// says it went through, or, when the answer has a `notice` (say, an older
// backup that stays with its old key), that sentence instead.

import {
  forgetPreviousCopy, getLockStatus, getRecoveryKey, lockNow, setLockSettings, setPassphrase, useLogin,
} from '../ipc.js';
import { confirmDialog, disabling, errorNotice, h, replace, setStatus, withBusy } from '../lib/dom.js';
import { isClosed, onLockStatus, publishLockStatus } from '../lib/lock-status.js';
import {
  MIN_PASSPHRASE_LENGTH, NO_KEYCHAIN, keeperOf, passphraseProblem,
} from '../lib/passphrase.js';
import {
  RECOVERY_ABOUT, RECOVERY_CARE, fillRecoveryKey, recoveryKeyElement,
} from '../lib/recovery-key.js';
import { lockShortcut } from '../lib/shortcuts.js';

/** Minutes of being away before Interlude locks itself; 0 is never. */
export const AUTO_LOCK_MINUTES = [0, 5, 10, 15, 30, 60];

const autoLockLabel = (minutes) => (minutes === 0 ? 'Never' : `${minutes} minutes`);

/** What to say after a key change: the backend's `notice` when it has one
 *  (the change went through, with something worth knowing, such as an
 *  older backup kept with its old key), else the usual sentence. */
function afterChange(answer, usual) {
  const notice = typeof answer?.notice === 'string' ? answer.notice.trim() : '';
  return notice || usual;
}

/** Focuses `el` and selects what is typed there, so typing replaces it. */
function refocus(el) {
  el.focus();
  el.select?.();
}

/** A withBusy target for a form whose key change takes seconds: marked
 *  busy, its status line saying `line` and holding focus first (a control
 *  about to be disabled would drop it to the page), then `disable(on)`. */
const restingForm = (form, status, line, disable) => (on) => {
  if (on) {
    form.setAttribute('aria-busy', 'true');
    setStatus(status, line);
    status.focus();
  } else {
    form.removeAttribute('aria-busy');
  }
  disable(on);
};

const passwordField = (id, label, autocomplete, hint) => h('div', { class: 'field' },
  h('label', { for: id }, label),
  hint ? h('p', { class: 'hint', id: `${id}-hint` }, hint) : null,
  h('input', {
    type: 'password', id, name: id, autocomplete, spellcheck: 'false',
    'aria-describedby': hint ? `${id}-hint` : null,
  }));

const NEW_HINT = `At least ${MIN_PASSPHRASE_LENGTH} characters. A short sentence only you would think of is easy to remember.`;

const FORGET = 'Choose one you’ll remember. If the passphrase is forgotten, the journal can’t be opened, '
  + 'and there is no way to reset it.';

/** The three passphrase forms: set one on an unencrypted journal, change
 *  it, or move a login-kept journal to one. Their ids are what the e2e
 *  suite clicks, so they stay as they are. */
const PASSPHRASE_FORMS = {
  protect: {
    heading: 'Protect with a passphrase',
    current: null,
    fresh: ['new-passphrase', 'Passphrase'],
    again: ['confirm-passphrase', 'The passphrase again'],
    submit: ['protect-submit', 'Protect my journal'],
    busy: 'Protecting your journal… This can take a few seconds. You can keep Interlude open meanwhile.',
    done: 'Your journal is protected now. Interlude will ask for your passphrase each time it opens.',
    forget: 'privacy-forget',
  },
  change: {
    heading: 'Change passphrase',
    current: ['current-passphrase', 'Current passphrase'],
    fresh: ['new-passphrase', 'New passphrase'],
    again: ['confirm-passphrase', 'The new passphrase again'],
    submit: ['change-submit', 'Change passphrase'],
    busy: 'Changing your passphrase… This can take a few seconds.',
    done: 'Your passphrase is changed. Use the new one from now on.',
  },
  'use-passphrase': {
    heading: 'Use a passphrase instead',
    current: null,
    fresh: ['use-passphrase-new', 'Passphrase'],
    again: ['use-passphrase-confirm', 'The passphrase again'],
    submit: ['use-passphrase', 'Use this passphrase'],
    busy: 'Moving your journal to a passphrase… This can take a few seconds.',
    done: 'Your journal opens with your passphrase now. Interlude will ask for it each time it opens.',
    forget: 'use-passphrase-forget',
  },
};

/** One of PASSPHRASE_FORMS (`prefix` names it and its form, heading and
 *  status ids). `done(status, message)` draws the section again. */
function passphraseForm(prefix, done) {
  const spec = PASSPHRASE_FORMS[prefix];
  const withCurrent = spec.current !== null;
  const [currentId, currentLabel] = spec.current ?? [];
  const [newId, newLabel] = spec.fresh;
  const [confirmId, confirmLabel] = spec.again;
  const [submitId, submitLabel] = spec.submit;
  const current = withCurrent ? passwordField(currentId, currentLabel, 'current-password') : null;
  const fresh = passwordField(newId, newLabel, 'new-password', NEW_HINT);
  const again = passwordField(confirmId, confirmLabel, 'new-password');
  const status = h('p', { class: 'status', id: `${prefix}-status`, role: 'status', tabindex: '-1' });
  // One fieldset, so the whole form can be disabled while it works.
  const fields = h('fieldset', { class: 'passphrase-fields' },
    current, fresh, again,
    h('div', { class: 'actions' },
      h('button', { type: 'submit', class: 'button primary', id: submitId }, submitLabel)));
  const form = h('form', {
    id: `${prefix}-form`, class: 'passphrase-form', novalidate: true, 'aria-labelledby': `${prefix}-heading`,
  }, fields, status);
  const input = (id) => form.querySelector(`#${id}`);
  let busy = false;
  const resting = restingForm(form, status, spec.busy, (on) => {
    busy = on;
    fields.disabled = on;
  });

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (busy) return;
    const currentValue = withCurrent ? input(currentId).value : null;
    const passphrase = input(newId).value;
    if (withCurrent && !currentValue) {
      setStatus(status, 'Please type your current passphrase first.', true);
      refocus(input(currentId));
      return;
    }
    const problem = passphraseProblem(passphrase, input(confirmId).value);
    if (problem) {
      setStatus(status, problem.message, true);
      refocus(input(problem.field === 'new' ? newId : confirmId));
      return;
    }
    let answer;
    try {
      answer = await withBusy(resting, () => setPassphrase(currentValue, passphrase));
    } catch (err) {
      setStatus(status, err.message, true);
      if (err.kind === 'wrongKey' && withCurrent) refocus(input(currentId));
      else if (err.kind === 'invalid') refocus(input(newId));
      return;
    }
    publishLockStatus(answer);
    done(answer, afterChange(answer, spec.done));
  });

  return h('div', { class: 'subsection' },
    h('h4', { id: `${prefix}-heading` }, spec.heading),
    spec.forget ? h('p', { id: spec.forget }, FORGET) : null,
    form);
}

const LOGIN_ABOUT = 'Interlude keeps the key in this computer’s keychain, so your journal opens by itself '
  + 'when you’re logged in. There’s nothing to remember — and anyone who can log in as you here can open it.';

/** "Protect it with my login", for an unencrypted journal. */
function protectLoginBlock(lockStatus, done) {
  const available = lockStatus.loginAvailable === true;
  const status = h('p', { class: 'status', id: 'protect-login-status', role: 'status', tabindex: '-1' });
  const button = h('button', {
    type: 'button', class: 'button primary', id: 'protect-login',
    'aria-describedby': available ? 'protect-login-about' : 'protect-login-about protect-login-note',
  }, 'Protect it with my login');
  button.disabled = !available;
  button.addEventListener('click', async () => {
    if (button.disabled) return;
    setStatus(status, 'Protecting your journal… This can take a few seconds.');
    // Focus waits on the status line, not on the button about to rest.
    status.focus();
    let answer;
    try {
      answer = await withBusy(disabling(button), () => useLogin(null));
    } catch (err) {
      setStatus(status, err.message, true);
      return;
    }
    publishLockStatus(answer);
    done(answer, afterChange(answer, 'Your journal is protected now. It opens with your login on this computer.'));
  });
  return h('div', { class: 'subsection', id: 'protect-login-part' },
    h('h4', { id: 'protect-login-heading' }, 'With my login'),
    h('p', { class: 'hint', id: 'protect-login-about' }, LOGIN_ABOUT),
    available ? null : h('p', { class: 'keeper-note', id: 'protect-login-note' }, NO_KEYCHAIN),
    h('div', { class: 'actions' }, button),
    status);
}

/** "Use my login instead", for a passphrase-kept journal: it needs the
 *  current passphrase. */
function useLoginForm(lockStatus, done) {
  const available = lockStatus.loginAvailable === true;
  const current = passwordField('use-login-current', 'Current passphrase', 'current-password');
  const status = h('p', { class: 'status', id: 'use-login-status', role: 'status', tabindex: '-1' });
  const button = h('button', {
    type: 'submit', class: 'button', id: 'use-login',
    'aria-describedby': available ? null : 'use-login-note',
  }, 'Use my login instead');
  const fields = h('fieldset', { class: 'passphrase-fields' },
    current,
    h('div', { class: 'actions' }, button));
  const form = h('form', {
    id: 'use-login-form', class: 'passphrase-form', novalidate: true, 'aria-labelledby': 'use-login-heading',
  }, fields, status);
  const field = form.querySelector('#use-login-current');
  const rest = (on) => {
    fields.disabled = on;
    // Each control too, so nothing is offered that can't be done.
    button.disabled = on || !available;
    field.disabled = on || !available;
  };
  rest(false);
  let busy = false;
  const resting = restingForm(form, status, 'Moving your journal to your login… This can take a few seconds.',
    (on) => {
      busy = on;
      rest(on);
    });

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (busy || !available) return;
    const currentValue = field.value;
    if (!currentValue) {
      setStatus(status, 'Please type your current passphrase first.', true);
      refocus(field);
      return;
    }
    let answer;
    try {
      answer = await withBusy(resting, () => useLogin(currentValue));
    } catch (err) {
      setStatus(status, err.message, true);
      if (err.kind === 'wrongKey') refocus(field);
      return;
    }
    publishLockStatus(answer);
    done(answer, afterChange(answer,
      'Your journal opens with your login on this computer now. There’s no passphrase to type.'));
  });

  return h('div', { class: 'subsection' },
    h('h4', { id: 'use-login-heading' }, 'Use my login instead'),
    h('p', { class: 'hint', id: 'use-login-about' }, LOGIN_ABOUT),
    available ? null : h('p', { class: 'keeper-note', id: 'use-login-note' }, NO_KEYCHAIN),
    form);
}

/** "Recovery key", for a login-kept journal: shown only when asked for,
 *  and cleared from the page when hidden, when the app locks, or once the
 *  section has left the page. */
function recoveryBlock() {
  const status = h('p', { class: 'status', id: 'recovery-status', role: 'status' });
  const show = h('button', {
    type: 'button', class: 'button', id: 'show-recovery-key',
    'aria-describedby': 'recovery-part-about', 'aria-controls': 'recovery-key-shown',
  }, 'Show my recovery key');
  const key = recoveryKeyElement('recovery-key-shown');
  const hideButton = h('button', { type: 'button', class: 'button quiet', id: 'hide-recovery-key' }, 'Hide');
  const shown = h('div', { class: 'recovery-shown', hidden: true },
    key,
    h('p', { class: 'hint', id: 'recovery-part-care' }, RECOVERY_CARE),
    h('div', { class: 'actions' }, hideButton));
  key.hidden = true;
  const part = h('div', { class: 'subsection', id: 'recovery-part' },
    h('h4', { id: 'recovery-part-heading' }, 'Recovery key'),
    h('p', { class: 'hint', id: 'recovery-part-about' }, RECOVERY_ABOUT),
    h('div', { class: 'actions' }, show),
    shown,
    status);
  let busy = false;
  let stopWatching = null;

  /** Back to the button alone, the code gone from the page. */
  function conceal({ focus = false } = {}) {
    stopWatching?.();
    stopWatching = null;
    fillRecoveryKey(key, '');
    key.hidden = true;
    shown.hidden = true;
    show.hidden = false;
    show.setAttribute('aria-expanded', 'false');
    if (focus) show.focus();
  }

  const resting = (on) => {
    busy = on;
    if (on) part.setAttribute('aria-busy', 'true');
    else part.removeAttribute('aria-busy');
  };

  show.setAttribute('aria-expanded', 'false');
  show.addEventListener('click', async () => {
    if (busy) return;
    setStatus(status, '');
    let code;
    try {
      ({ code } = await withBusy(resting, getRecoveryKey));
    } catch (err) {
      setStatus(status, err.message, true);
      return;
    }
    if (!part.isConnected) return; // the view was left meanwhile
    fillRecoveryKey(key, code);
    key.hidden = false;
    shown.hidden = false;
    show.hidden = true;
    show.setAttribute('aria-expanded', 'true');
    // Read out at once; Tab goes on to Hide.
    key.focus();
    // Locked, or this section gone (another page, a redraw): hidden again.
    stopWatching = onLockStatus((next) => {
      if (isClosed(next) || !part.isConnected) conceal();
    });
  });
  hideButton.addEventListener('click', () => conceal({ focus: true }));
  return part;
}

/** "How your journal is kept": what it is now, and the ways to change it. */
function keeperBlock(lockStatus, done) {
  const keeper = keeperOf(lockStatus);
  const now = {
    none: 'Right now it’s kept unencrypted. You can protect it in one of two ways.',
    passphrase: 'With a passphrase you type when Interlude opens.',
    login: 'Opens with your login on this computer.',
  }[keeper];
  const ways = {
    none: () => [protectLoginBlock(lockStatus, done), passphraseForm('protect', done)],
    passphrase: () => [passphraseForm('change', done), useLoginForm(lockStatus, done)],
    login: () => [recoveryBlock(), passphraseForm('use-passphrase', done)],
  }[keeper]();
  return h('div', { class: 'subsection keeper', id: 'privacy-keeper', dataset: { keeper } },
    h('h3', { id: 'keeper-heading' }, 'How your journal is kept'),
    h('p', { id: 'keeper-now' }, now),
    ways);
}

/** Lock now, and the line about the shortcut. */
function lockNowBlock() {
  const status = h('p', { class: 'status', id: 'lock-now-status', role: 'status' });
  const button = h('button', {
    type: 'button', class: 'button', id: 'lock-now', 'aria-describedby': 'lock-now-hint',
  }, 'Lock now');
  button.addEventListener('click', async () => {
    setStatus(status, '');
    try {
      publishLockStatus(await lockNow());
    } catch (err) {
      setStatus(status, err.message, true);
    }
  });
  return h('div', { class: 'subsection' },
    h('div', { class: 'actions' }, button),
    h('p', { class: 'hint', id: 'lock-now-hint' },
      `Or press ${lockShortcut(globalThis.navigator?.platform ?? '')} anywhere in Interlude.`),
    status);
}

/** The notice about the copy kept since the last change, with a way to
 *  remove it once the person is sure. */
function previousCopyBlock(done) {
  const status = h('p', { class: 'status', id: 'previous-copy-status', role: 'status' });
  const button = h('button', { type: 'button', class: 'button', id: 'forget-previous' }, 'Remove the old copy');
  button.addEventListener('click', async () => {
    setStatus(status, '');
    if (!(await confirmDialog('confirm-forget-copy', 'remove', 'confirm-forget-copy-no'))) return;
    try {
      const answer = await withBusy(disabling(button), forgetPreviousCopy);
      publishLockStatus(answer);
      done(answer, 'The old copy is removed.');
    } catch (err) {
      setStatus(status, err.message, true);
    }
  });
  return h('div', { class: 'notice', id: 'previous-copy' },
    h('p', {}, 'A copy from before the change is kept until you’re sure everything is here.'),
    button,
    status);
}

/** What "Show my safety plan on the lock screen" costs, said right beside
 *  it: the copy is not encrypted. */
function planOnLockHint(keeper) {
  const without = keeper === 'login' ? 'without unlocking' : 'without your passphrase';
  return 'A copy of your safety plan is kept beside the journal without encryption, so it can be read '
    + `${without} — by you in a hard moment, and by anyone who can open your files.`;
}

/** Auto-lock, what reminders may say while locked, and whether the safety
 *  plan shows on the lock screen; any change saves all three, one save at
 *  a time. */
function lockSettingsBlock(lockStatus) {
  const minutes = Number(lockStatus.autoLockMinutes) || 0;
  // A value this version doesn't offer still shows as it is, so the
  // screen never claims a setting that isn't the saved one.
  const choices = AUTO_LOCK_MINUTES.includes(minutes)
    ? AUTO_LOCK_MINUTES : [...AUTO_LOCK_MINUTES, minutes].sort((a, b) => a - b);
  const select = h('select', { id: 'auto-lock', 'aria-describedby': 'auto-lock-hint' },
    choices.map((m) => h('option', { value: String(m), selected: m === minutes }, autoLockLabel(m))));
  const box = h('input', {
    type: 'checkbox', id: 'lock-show-text', checked: lockStatus.notificationsShowText === true,
    'aria-describedby': 'lock-show-text-hint',
  });
  // Off unless the person turns it on: the copy isn't encrypted.
  const planBox = h('input', {
    type: 'checkbox', id: 'lock-safety-plan', checked: lockStatus.safetyPlanOnLockScreen === true,
    'aria-describedby': 'lock-safety-plan-hint',
  });
  const status = h('p', { class: 'status', id: 'lock-settings-status', role: 'status' });
  const savedFrom = (answer, wanted) => ({
    minutes: Number(answer?.autoLockMinutes ?? wanted.minutes),
    showText: answer?.notificationsShowText ?? wanted.showText,
    planOnLock: answer?.safetyPlanOnLockScreen ?? wanted.planOnLock,
  });
  let saved = { minutes, showText: box.checked, planOnLock: planBox.checked };
  let queue = Promise.resolve();

  const saveNow = async () => {
    const wanted = { minutes: Number(select.value), showText: box.checked, planOnLock: planBox.checked };
    try {
      const answer = await setLockSettings(wanted.minutes, wanted.showText, wanted.planOnLock);
      saved = savedFrom(answer, wanted);
      publishLockStatus(answer);
      setStatus(status, 'Saved');
    } catch (err) {
      // Put back what is really saved, so the screen never lies.
      select.value = String(saved.minutes);
      box.checked = saved.showText;
      planBox.checked = saved.planOnLock;
      setStatus(status, err.message, true);
    }
  };
  const changed = () => {
    setStatus(status, '');
    queue = queue.then(saveNow);
  };
  select.addEventListener('change', changed);
  box.addEventListener('change', changed);
  planBox.addEventListener('change', changed);

  return h('div', { class: 'subsection' },
    h('h3', {}, 'Locking'),
    h('div', { class: 'field' },
      h('label', { for: 'auto-lock' }, 'Lock when I’ve been away for'),
      h('p', { class: 'hint', id: 'auto-lock-hint' },
        'Away means no typing or clicking in any Interlude window.'),
      select),
    h('label', { class: 'choice' }, box, 'Show plan names in reminders while locked'),
    h('p', { class: 'hint', id: 'lock-show-text-hint' },
      'Otherwise reminders just say “Time for your practice”, so nothing private shows while Interlude is locked.'),
    h('label', { class: 'choice' }, planBox, 'Show my safety plan on the lock screen'),
    h('p', { class: 'hint', id: 'lock-safety-plan-hint' }, planOnLockHint(keeperOf(lockStatus))),
    status);
}

/** The section's body for `lockStatus`, with an optional confirmation at
 *  the top (after a change, focus moves there so it is heard). */
function draw(section, lockStatus, message = '') {
  const done = (next, said) => {
    draw(section, next, said);
    section.querySelector('#privacy-status')?.focus();
  };
  const note = h('p', { class: 'status privacy-status', id: 'privacy-status', role: 'status', tabindex: '-1' }, message);
  const heading = h('h2', { id: 'privacy-heading' }, 'Privacy and lock');
  const keeper = keeperOf(lockStatus);
  if (keeper === 'none') {
    replace(section, heading,
      h('p', { class: 'lede', id: 'privacy-about' },
        'Interlude can encrypt your journal on this computer: the journal file, its search index '
        + 'and its backups then can’t be read without its key — by anyone, the Interlude team included.'),
      note,
      keeperBlock(lockStatus, done));
    return;
  }
  replace(section, heading,
    h('p', { class: 'lede', id: 'privacy-about' }, keeper === 'login'
      ? 'Your journal is encrypted on this computer, and its key is kept in this computer’s keychain. '
        + 'After it locks, Unlock opens it again.'
      : 'Your journal is encrypted on this computer. Interlude asks for your passphrase when it opens '
        + 'and after it locks.'),
    note,
    lockStatus.previousKept ? previousCopyBlock(done) : null,
    lockNowBlock(),
    lockSettingsBlock(lockStatus),
    keeperBlock(lockStatus, done));
}

/** The Privacy and lock section, filled from the backend. It fails on its
 *  own, so a problem here never hides the rest of Settings. */
export async function privacySection(ctx) {
  const section = h('section', { id: 'privacy', 'aria-labelledby': 'privacy-heading' });
  let lockStatus;
  try {
    lockStatus = await getLockStatus();
  } catch (err) {
    replace(section, h('h2', { id: 'privacy-heading' }, 'Privacy and lock'), errorNotice(err, ctx?.refresh));
    return section;
  }
  publishLockStatus(lockStatus);
  draw(section, lockStatus);
  return section;
}
