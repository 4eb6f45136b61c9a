// The main window's lock screen: one calm page over the whole app while the
// journal is locked — at start, after auto-lock or "Lock now", or when a
// command finds the journal locked. Everything under it is made inert and
// hidden from assistive tech, so neither a Tab nor a screen reader can reach
// a word of the journal until the passphrase is given.
//
// A wrong passphrase is not a failure: the backend's sentence appears in a
// calm attention note (never red), the field keeps focus with its text
// selected, so typing again simply replaces it.

import { unlock } from '../ipc.js';
import { h } from '../lib/dom.js';

export const LOCKED_TITLE = 'Interlude is locked';

const EMPTY = 'Type your passphrase, then choose Unlock.';

/** Fills `host` (#lock-screen, hidden at first) and returns
 *  `{show, hide, shown}`. `covers` are the elements it hides while shown
 *  (the rail and content); `onUnlocked(status)` runs after an unlock from
 *  this screen, once the app is uncovered. `show` and `hide` return
 *  whether anything changed, so a second lock or unlock is a no-op. */
export function lockScreen(host, { covers = [], onUnlocked } = {}) {
  let parts = null;
  let busy = false;

  function build() {
    const field = h('input', {
      type: 'password', id: 'unlock-passphrase', name: 'passphrase',
      autocomplete: 'current-password', autofocus: true, spellcheck: 'false',
      'aria-describedby': 'unlock-problem unlock-why',
    });
    const problem = h('p', { id: 'unlock-problem', class: 'lock-problem', role: 'alert' });
    const status = h('p', { id: 'unlock-status', class: 'status', role: 'status' });
    const button = h('button', { type: 'submit', id: 'unlock', class: 'button primary' }, 'Unlock');
    const form = h('form', { id: 'unlock-form', class: 'lock-form', novalidate: true },
      h('label', { for: 'unlock-passphrase' }, 'Passphrase'),
      field,
      problem,
      h('div', { class: 'actions' }, button),
      status);
    const card = h('section', { class: 'lock-card card', 'aria-labelledby': 'lock-heading' },
      h('h1', { id: 'lock-heading' }, LOCKED_TITLE),
      h('p', { class: 'lede' }, 'Your journal is kept safe while you’re away. '
        + 'Type your passphrase to open it again.'),
      form,
      h('p', { class: 'hint', id: 'unlock-why' },
        'Without your passphrase nobody can open this journal — not even the Interlude team.'));
    host.replaceChildren(card);
    form.addEventListener('submit', submit);
    // What went wrong is about the passphrase as it was; once it changes,
    // the note has done its work.
    field.addEventListener('input', () => {
      if (field.hasAttribute('aria-invalid')) say('');
    });
    parts = { field, problem, status, button, form };
  }

  function say(message) {
    parts.problem.textContent = message;
    if (message) parts.field.setAttribute('aria-invalid', 'true');
    else parts.field.removeAttribute('aria-invalid');
  }

  function setBusy(on) {
    busy = on;
    const { form, field, button, status } = parts;
    if (on) {
      form.setAttribute('aria-busy', 'true');
      button.setAttribute('aria-disabled', 'true');
      field.setAttribute('readonly', '');
      status.textContent = 'Opening your journal…';
    } else {
      form.removeAttribute('aria-busy');
      button.removeAttribute('aria-disabled');
      field.removeAttribute('readonly');
      status.textContent = '';
    }
  }

  function tryAgain(message) {
    say(message);
    parts.field.focus();
    parts.field.select?.();
  }

  async function submit(event) {
    event.preventDefault();
    if (busy) return;
    const passphrase = parts.field.value;
    if (!passphrase) {
      tryAgain(EMPTY);
      return;
    }
    say('');
    setBusy(true);
    let status;
    try {
      status = await unlock(passphrase);
    } catch (err) {
      setBusy(false);
      tryAgain(err.message);
      return;
    }
    setBusy(false);
    if (status?.locked) {
      // Not expected, but the screen must never open on a locked journal.
      tryAgain("That didn't open the journal just now. Please try again.");
      return;
    }
    if (hide()) onUnlocked?.(status);
  }

  function show() {
    if (!host.hidden) return false;
    if (!parts) build();
    parts.field.value = '';
    say('');
    for (const el of covers) {
      el.setAttribute('inert', '');
      el.setAttribute('aria-hidden', 'true');
      el.classList.add('is-covered');
    }
    host.hidden = false;
    parts.field.focus();
    return true;
  }

  function hide() {
    if (host.hidden) return false;
    host.hidden = true;
    // The passphrase doesn't linger in the page.
    if (parts) {
      parts.field.value = '';
      say('');
    }
    for (const el of covers) {
      el.removeAttribute('inert');
      el.removeAttribute('aria-hidden');
      el.classList.remove('is-covered');
    }
    return true;
  }

  return {
    show,
    hide,
    get shown() { return !host.hidden; },
  };
}
