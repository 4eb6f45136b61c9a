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
import { t } from '../lib/i18n.js';
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

const autoLockLabel = (minutes) => (minutes === 0
  ? t('settings-auto-lock-never') : t('settings-auto-lock-minutes', { minutes }));

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

/** The three passphrase forms: set one on an unencrypted journal, change
 *  it, or move a login-kept journal to one. Their ids are what the e2e
 *  suite clicks, so they stay as they are. Their words are functions,
 *  read when a form is drawn or works, in the language in use then. */
const PASSPHRASE_FORMS = {
  protect: {
    heading: () => t('settings-protect-heading'),
    current: null,
    fresh: ['new-passphrase', () => t('settings-passphrase')],
    again: ['confirm-passphrase', () => t('settings-passphrase-again')],
    submit: ['protect-submit', () => t('settings-protect-submit')],
    busy: () => t('settings-protect-busy'),
    done: () => t('settings-protect-done'),
    forget: 'privacy-forget',
  },
  change: {
    heading: () => t('settings-change-heading'),
    current: ['current-passphrase', () => t('settings-passphrase-current')],
    fresh: ['new-passphrase', () => t('settings-passphrase-new')],
    again: ['confirm-passphrase', () => t('settings-passphrase-new-again')],
    submit: ['change-submit', () => t('settings-change-submit')],
    busy: () => t('settings-change-busy'),
    done: () => t('settings-change-done'),
  },
  'use-passphrase': {
    heading: () => t('settings-use-passphrase-heading'),
    current: null,
    fresh: ['use-passphrase-new', () => t('settings-passphrase')],
    again: ['use-passphrase-confirm', () => t('settings-passphrase-again')],
    submit: ['use-passphrase', () => t('settings-use-passphrase-submit')],
    busy: () => t('settings-use-passphrase-busy'),
    done: () => t('settings-use-passphrase-done'),
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
  const current = withCurrent ? passwordField(currentId, currentLabel(), 'current-password') : null;
  const fresh = passwordField(newId, newLabel(), 'new-password',
    t('settings-passphrase-new-hint', { min: MIN_PASSPHRASE_LENGTH }));
  const again = passwordField(confirmId, confirmLabel(), 'new-password');
  const status = h('p', { class: 'status', id: `${prefix}-status`, role: 'status', tabindex: '-1' });
  // One fieldset, so the whole form can be disabled while it works.
  const fields = h('fieldset', { class: 'passphrase-fields' },
    current, fresh, again,
    h('div', { class: 'actions' },
      h('button', { type: 'submit', class: 'button primary', id: submitId }, submitLabel())));
  const form = h('form', {
    id: `${prefix}-form`, class: 'passphrase-form', novalidate: true, 'aria-labelledby': `${prefix}-heading`,
  }, fields, status);
  const input = (id) => form.querySelector(`#${id}`);
  let busy = false;
  const resting = restingForm(form, status, spec.busy(), (on) => {
    busy = on;
    fields.disabled = on;
  });

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (busy) return;
    const currentValue = withCurrent ? input(currentId).value : null;
    const passphrase = input(newId).value;
    if (withCurrent && !currentValue) {
      setStatus(status, t('settings-passphrase-current-first'), true);
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
    done(answer, afterChange(answer, spec.done()));
  });

  return h('div', { class: 'subsection' },
    h('h4', { id: `${prefix}-heading` }, spec.heading()),
    spec.forget ? h('p', { id: spec.forget }, t('settings-passphrase-forget')) : null,
    form);
}

/** "Protect it with my login", for an unencrypted journal. */
function protectLoginBlock(lockStatus, done) {
  const available = lockStatus.loginAvailable === true;
  const status = h('p', { class: 'status', id: 'protect-login-status', role: 'status', tabindex: '-1' });
  const button = h('button', {
    type: 'button', class: 'button primary', id: 'protect-login',
    'aria-describedby': available ? 'protect-login-about' : 'protect-login-about protect-login-note',
  }, t('settings-protect-login'));
  button.disabled = !available;
  button.addEventListener('click', async () => {
    if (button.disabled) return;
    setStatus(status, t('settings-protect-login-busy'));
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
    done(answer, afterChange(answer, t('settings-protect-login-done')));
  });
  return h('div', { class: 'subsection', id: 'protect-login-part' },
    h('h4', { id: 'protect-login-heading' }, t('settings-protect-login-heading')),
    h('p', { class: 'hint', id: 'protect-login-about' }, t('settings-login-about')),
    available ? null : h('p', { class: 'keeper-note', id: 'protect-login-note' }, NO_KEYCHAIN),
    h('div', { class: 'actions' }, button),
    status);
}

/** "Use my login instead", for a passphrase-kept journal: it needs the
 *  current passphrase. */
function useLoginForm(lockStatus, done) {
  const available = lockStatus.loginAvailable === true;
  const current = passwordField('use-login-current', t('settings-passphrase-current'), 'current-password');
  const status = h('p', { class: 'status', id: 'use-login-status', role: 'status', tabindex: '-1' });
  const button = h('button', {
    type: 'submit', class: 'button', id: 'use-login',
    'aria-describedby': available ? null : 'use-login-note',
  }, t('settings-use-login-submit'));
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
  const resting = restingForm(form, status, t('settings-use-login-busy'),
    (on) => {
      busy = on;
      rest(on);
    });

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (busy || !available) return;
    const currentValue = field.value;
    if (!currentValue) {
      setStatus(status, t('settings-passphrase-current-first'), true);
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
    done(answer, afterChange(answer, t('settings-use-login-done')));
  });

  return h('div', { class: 'subsection' },
    h('h4', { id: 'use-login-heading' }, t('settings-use-login-heading')),
    h('p', { class: 'hint', id: 'use-login-about' }, t('settings-login-about')),
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
  }, t('settings-recovery-show'));
  const key = recoveryKeyElement('recovery-key-shown');
  const hideButton = h('button', { type: 'button', class: 'button quiet', id: 'hide-recovery-key' },
    t('settings-recovery-hide'));
  const shown = h('div', { class: 'recovery-shown', hidden: true },
    key,
    h('p', { class: 'hint', id: 'recovery-part-care' }, RECOVERY_CARE),
    h('div', { class: 'actions' }, hideButton));
  key.hidden = true;
  const part = h('div', { class: 'subsection', id: 'recovery-part' },
    h('h4', { id: 'recovery-part-heading' }, t('settings-recovery-heading')),
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
    none: () => t('settings-keeper-none'),
    passphrase: () => t('settings-keeper-passphrase'),
    login: () => t('settings-keeper-login'),
  }[keeper]();
  const ways = {
    none: () => [protectLoginBlock(lockStatus, done), passphraseForm('protect', done)],
    passphrase: () => [passphraseForm('change', done), useLoginForm(lockStatus, done)],
    login: () => [recoveryBlock(), passphraseForm('use-passphrase', done)],
  }[keeper]();
  return h('div', { class: 'subsection keeper', id: 'privacy-keeper', dataset: { keeper } },
    h('h3', { id: 'keeper-heading' }, t('settings-keeper-heading')),
    h('p', { id: 'keeper-now' }, now),
    ways);
}

/** Lock now, and the line about the shortcut. */
function lockNowBlock() {
  const status = h('p', { class: 'status', id: 'lock-now-status', role: 'status' });
  const button = h('button', {
    type: 'button', class: 'button', id: 'lock-now', 'aria-describedby': 'lock-now-hint',
  }, t('settings-lock-now'));
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
      t('settings-lock-now-hint', { shortcut: lockShortcut(globalThis.navigator?.platform ?? '') })),
    status);
}

/** The notice about the copy kept since the last change, with a way to
 *  remove it once the person is sure. */
function previousCopyBlock(done) {
  const status = h('p', { class: 'status', id: 'previous-copy-status', role: 'status' });
  const button = h('button', { type: 'button', class: 'button', id: 'forget-previous' },
    t('settings-previous-copy-remove'));
  button.addEventListener('click', async () => {
    setStatus(status, '');
    if (!(await confirmDialog('confirm-forget-copy', 'remove', 'confirm-forget-copy-no'))) return;
    try {
      const answer = await withBusy(disabling(button), forgetPreviousCopy);
      publishLockStatus(answer);
      done(answer, t('settings-previous-copy-removed'));
    } catch (err) {
      setStatus(status, err.message, true);
    }
  });
  return h('div', { class: 'notice', id: 'previous-copy' },
    h('p', {}, t('settings-previous-copy')),
    button,
    status);
}

/** What "Show my safety plan on the lock screen" costs, said right beside
 *  it: the copy is not encrypted. */
function planOnLockHint(keeper) {
  return keeper === 'login' ? t('settings-lock-plan-hint-login') : t('settings-lock-plan-hint-passphrase');
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
      setStatus(status, t('settings-saved'));
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
    h('h3', {}, t('settings-locking-heading')),
    h('div', { class: 'field' },
      h('label', { for: 'auto-lock' }, t('settings-auto-lock-label')),
      h('p', { class: 'hint', id: 'auto-lock-hint' }, t('settings-auto-lock-hint')),
      select),
    h('label', { class: 'choice' }, box, t('settings-lock-show-text')),
    h('p', { class: 'hint', id: 'lock-show-text-hint' }, t('settings-lock-show-text-hint')),
    h('label', { class: 'choice' }, planBox, t('settings-lock-safety-plan')),
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
  const heading = h('h2', { id: 'privacy-heading' }, t('settings-privacy-heading'));
  const keeper = keeperOf(lockStatus);
  if (keeper === 'none') {
    replace(section, heading,
      h('p', { class: 'lede', id: 'privacy-about' }, t('settings-privacy-about-plain')),
      note,
      keeperBlock(lockStatus, done));
    return;
  }
  replace(section, heading,
    h('p', { class: 'lede', id: 'privacy-about' }, keeper === 'login'
      ? t('settings-privacy-about-login') : t('settings-privacy-about-passphrase')),
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
    replace(section, h('h2', { id: 'privacy-heading' }, t('settings-privacy-heading')), errorNotice(err, ctx?.refresh));
    return section;
  }
  publishLockStatus(lockStatus);
  draw(section, lockStatus);
  return section;
}
