// The reflection window while the journal is locked: a calm note in place
// of the form, pointing to the main window, where it is opened (with the
// passphrase or the login). Before there is a journal at all, the note says
// to set it up there first.
// The form is only put out of sight, never cleared, so every word typed
// stays in it and is kept as a draft once the journal is open again.
//
// Out of sight is a class (display: none in app.css) plus `inert`, not the
// `hidden` attribute: the window's own code keeps showing and hiding its
// parts as usual (a save that lands just as the lock comes), and none of
// that can bring them back into view while the note shows.

import { showMainWindow } from '../ipc.js';
import { h } from '../lib/dom.js';
import { isNewJournal } from '../lib/lock-status.js';

export const LOCKED_MESSAGE = 'Interlude is locked. Unlock it in the main window to write your reflection '
  + '— your draft is safe.';

export const NEW_JOURNAL_MESSAGE = 'Open Interlude to set up your journal first. It only takes a moment, '
  + 'and then this window is ready for your reflection.';

/** What the note says for `status` (none: locked). It never names the
 *  passphrase: the journal may open with the login, or not exist yet. */
export const lockedMessage = (status) => (isNewJournal(status) ? NEW_JOURNAL_MESSAGE : LOCKED_MESSAGE);

/** Fills `host` (hidden at first) and returns `{show, hide, shown}`.
 *  `covers` are put out of sight while the note shows; `show(status)`
 *  words it for that LockStatus (and, shown already, follows a newer one). */
export function lockedNote(host, { covers = [] } = {}) {
  let parts = null;
  let returnFocus = null;

  function build() {
    const status = h('p', { class: 'status', id: 'locked-status', role: 'status' });
    const button = h('button', { type: 'button', class: 'button primary', id: 'locked-open-main' },
      'Open Interlude');
    button.addEventListener('click', async () => {
      status.textContent = '';
      try {
        await showMainWindow();
      } catch {
        status.textContent = 'The main window didn’t come forward just now. '
          + 'You can open it from Interlude’s icon in the tray.';
      }
    });
    host.replaceChildren(
      h('p', { id: 'locked-message', class: 'locked-message', tabindex: '-1' }),
      h('div', { class: 'actions' }, button),
      status);
    host.setAttribute('role', 'region');
    parts = { status, message: host.querySelector('#locked-message') };
  }

  function show(status = null) {
    if (!parts) build();
    const message = lockedMessage(status);
    if (parts.message.textContent !== message) parts.message.textContent = message;
    host.setAttribute('aria-label', message === NEW_JOURNAL_MESSAGE ? 'Your journal isn’t set up yet' : 'Interlude is locked');
    if (!host.hidden) return false;
    parts.status.textContent = '';
    const active = globalThis.document?.activeElement;
    returnFocus = covers.some((el) => el.contains(active)) ? active : null;
    for (const el of covers) {
      el.classList.add('is-locked-away');
      el.setAttribute('inert', '');
      el.setAttribute('aria-hidden', 'true');
    }
    host.hidden = false;
    parts.message.focus();
    return true;
  }

  /** Brings the covered parts back and, if focus was in one of them (the
   *  person was mid-sentence), puts it back there. */
  function hide() {
    if (host.hidden) return false;
    host.hidden = true;
    for (const el of covers) {
      el.classList.remove('is-locked-away');
      el.removeAttribute('inert');
      el.removeAttribute('aria-hidden');
    }
    returnFocus?.focus();
    returnFocus = null;
    return true;
  }

  return {
    show,
    hide,
    get shown() { return !host.hidden; },
  };
}
