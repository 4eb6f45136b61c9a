// The "Privacy and lock" part of Settings. Without a passphrase it explains,
// plainly, what encryption protects and what forgetting the passphrase
// means, and offers to set one. With one, it offers Lock now, auto-lock,
// what reminders may say while locked, changing the passphrase, and — after
// a change — removing the copy kept from before it.
//
// Passphrases that are too short or don't match are caught here, before
// the backend is asked (encrypting a big journal takes a few seconds, and
// nobody should wait that long to hear about a typo). Every answer is a
// LockStatus; it is published, so the lock screen and the shortcut know.

import {
  forgetPreviousCopy, getLockStatus, lockNow, setLockSettings, setPassphrase,
} from '../ipc.js';
import { confirmDialog, errorNotice, h, replace } from '../lib/dom.js';
import { publishLockStatus } from '../lib/lock-status.js';
import { lockShortcut } from '../lib/shortcuts.js';

export const MIN_PASSPHRASE_LENGTH = 8;

/** Minutes of being away before Interlude locks itself; 0 is never. */
export const AUTO_LOCK_MINUTES = [0, 5, 10, 15, 30, 60];

export const autoLockLabel = (minutes) => (minutes === 0 ? 'Never' : `${minutes} minutes`);

/** What stops a new passphrase and its second typing from being sent, as
 *  `{field: 'new'|'confirm', message}`, or null when there is nothing.
 *  Length counts characters as a person sees them, not bytes. */
export function passphraseProblem(passphrase, confirm) {
  if ([...String(passphrase ?? '')].length < MIN_PASSPHRASE_LENGTH) {
    return { field: 'new', message: `Please use at least ${MIN_PASSPHRASE_LENGTH} characters.` };
  }
  if (passphrase !== confirm) {
    return { field: 'confirm', message: 'The two don’t match yet. Please type the new passphrase again in both fields.' };
  }
  return null;
}

function setStatus(el, message, isError = false) {
  el.textContent = message;
  el.classList.toggle('is-error', isError);
}

/** Focuses `el` and selects what is typed there, so typing replaces it. */
function refocus(el) {
  el.focus();
  el.select?.();
}

const passwordField = (id, label, autocomplete, hint) => h('div', { class: 'field' },
  h('label', { for: id }, label),
  hint ? h('p', { class: 'hint', id: `${id}-hint` }, hint) : null,
  h('input', {
    type: 'password', id, name: id, autocomplete, spellcheck: 'false',
    'aria-describedby': hint ? `${id}-hint` : null,
  }));

/** The form that sets a passphrase (`withCurrent` false: the first time)
 *  or changes it. `done(status, message)` draws the section again. */
function passphraseForm({ withCurrent, done }) {
  const prefix = withCurrent ? 'change' : 'protect';
  const heading = withCurrent ? 'Change passphrase' : 'Protect with a passphrase';
  const current = withCurrent
    ? passwordField('current-passphrase', 'Current passphrase', 'current-password')
    : null;
  const fresh = passwordField('new-passphrase', withCurrent ? 'New passphrase' : 'Passphrase', 'new-password',
    `At least ${MIN_PASSPHRASE_LENGTH} characters. A short sentence only you would think of is easy to remember.`);
  const again = passwordField('confirm-passphrase', withCurrent ? 'The new passphrase again' : 'The passphrase again',
    'new-password');
  const status = h('p', { class: 'status', id: `${prefix}-status`, role: 'status', tabindex: '-1' });
  // One fieldset, so the whole form can be disabled while it works.
  const fields = h('fieldset', { class: 'passphrase-fields' },
    current, fresh, again,
    h('div', { class: 'actions' },
      h('button', { type: 'submit', class: 'button primary', id: `${prefix}-submit` },
        withCurrent ? 'Change passphrase' : 'Protect my journal')));
  const form = h('form', {
    id: `${prefix}-form`, class: 'passphrase-form', novalidate: true, 'aria-labelledby': `${prefix}-heading`,
  }, fields, status);
  const input = (id) => form.querySelector(`#${id}`);
  let busy = false;

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (busy) return;
    const currentValue = withCurrent ? input('current-passphrase').value : null;
    const passphrase = input('new-passphrase').value;
    if (withCurrent && !currentValue) {
      setStatus(status, 'Please type your current passphrase first.', true);
      refocus(input('current-passphrase'));
      return;
    }
    const problem = passphraseProblem(passphrase, input('confirm-passphrase').value);
    if (problem) {
      setStatus(status, problem.message, true);
      refocus(input(problem.field === 'new' ? 'new-passphrase' : 'confirm-passphrase'));
      return;
    }
    busy = true;
    form.setAttribute('aria-busy', 'true');
    setStatus(status, withCurrent
      ? 'Changing your passphrase… This can take a few seconds.'
      : 'Protecting your journal… This can take a few seconds. You can keep Interlude open meanwhile.');
    // Focus waits on the status line, not on a control that is about to
    // be disabled (which would drop it to the page).
    status.focus();
    fields.disabled = true;
    let answer;
    try {
      answer = await setPassphrase(currentValue, passphrase);
    } catch (err) {
      busy = false;
      form.removeAttribute('aria-busy');
      fields.disabled = false;
      setStatus(status, err.message, true);
      if (err.kind === 'wrongKey' && withCurrent) refocus(input('current-passphrase'));
      else if (err.kind === 'invalid') refocus(input('new-passphrase'));
      return;
    }
    publishLockStatus(answer);
    done(answer, withCurrent
      ? 'Your passphrase is changed. Use the new one from now on.'
      : 'Your journal is protected now. Interlude will ask for your passphrase each time it opens.');
  });

  return h('div', { class: 'subsection' },
    h('h3', { id: `${prefix}-heading` }, heading),
    form);
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
    button.disabled = true;
    try {
      const answer = await forgetPreviousCopy();
      publishLockStatus(answer);
      done(answer, 'The old copy is removed.');
    } catch (err) {
      button.disabled = false;
      setStatus(status, err.message, true);
    }
  });
  return h('div', { class: 'notice', id: 'previous-copy' },
    h('p', {}, 'A copy from before the change is kept until you’re sure everything is here.'),
    button,
    status);
}

/** Auto-lock and what reminders may say while locked; either change saves
 *  both, one save at a time. */
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
  const status = h('p', { class: 'status', id: 'lock-settings-status', role: 'status' });
  let saved = { minutes, showText: lockStatus.notificationsShowText === true };
  let queue = Promise.resolve();

  const saveNow = async () => {
    const wanted = { minutes: Number(select.value), showText: box.checked };
    try {
      const answer = await setLockSettings(wanted.minutes, wanted.showText);
      saved = { minutes: Number(answer?.autoLockMinutes ?? wanted.minutes), showText: answer?.notificationsShowText ?? wanted.showText };
      publishLockStatus(answer);
      setStatus(status, 'Saved');
    } catch (err) {
      // Put back what is really saved, so the screen never lies.
      select.value = String(saved.minutes);
      box.checked = saved.showText;
      setStatus(status, err.message, true);
    }
  };
  const changed = () => {
    setStatus(status, '');
    queue = queue.then(saveNow);
  };
  select.addEventListener('change', changed);
  box.addEventListener('change', changed);

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
  if (!lockStatus.encrypted) {
    replace(section, heading,
      h('p', { class: 'lede', id: 'privacy-about' },
        'A passphrase encrypts your journal on this computer: the journal file, its search index '
        + 'and its backups can’t be read without it — by anyone, the Interlude team included.'),
      h('p', { id: 'privacy-forget' },
        'Choose one you’ll remember. If the passphrase is forgotten, the journal can’t be opened, '
        + 'and there is no way to reset it.'),
      note,
      passphraseForm({ withCurrent: false, done }));
    return;
  }
  replace(section, heading,
    h('p', { class: 'lede', id: 'privacy-about' },
      'Your journal is encrypted on this computer. Interlude asks for your passphrase when it opens '
      + 'and after it locks.'),
    note,
    lockStatus.previousKept ? previousCopyBlock(done) : null,
    lockNowBlock(),
    lockSettingsBlock(lockStatus),
    passphraseForm({ withCurrent: true, done }));
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
