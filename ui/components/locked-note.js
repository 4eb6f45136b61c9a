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
import { onLanguageChange, t } from '../lib/i18n.js';
import { isNewJournal } from '../lib/lock-status.js';

// The words are messages in locales/<language>/safety.ftl; the note says
// them again when the language changes. The two constants below are the
// English of its messages, which the tests compare the note with.
export const LOCKED_MESSAGE = 'Interlude is locked. Unlock it in the main window to write your reflection '
  + '— your draft is safe.';

export const NEW_JOURNAL_MESSAGE = 'Open Interlude to set up your journal first. It only takes a moment, '
  + 'and then this window is ready for your reflection.';

/** What the note says for `status` (none: locked). It never names the
 *  passphrase: the journal may open with the login, or not exist yet. */
export const lockedMessage = (status) => (isNewJournal(status)
  ? t('safety-locked-note-new')
  : t('safety-locked-note-locked'));

/** Fills `host` (hidden at first) and returns `{show, hide, shown}`.
 *  `covers` are put out of sight while the note shows; `show(status)`
 *  words it for that LockStatus (and, shown already, follows a newer one). */
export function lockedNote(host, { covers = [] } = {}) {
  let parts = null;
  let returnFocus = null;
  let shownFor = null; // the status the note was last worded for

  function build() {
    const status = h('p', { class: 'status', id: 'locked-status', role: 'status' });
    const button = h('button', { type: 'button', class: 'button primary', id: 'locked-open-main' },
      t('safety-locked-note-open'));
    button.addEventListener('click', async () => {
      status.textContent = '';
      try {
        await showMainWindow();
      } catch {
        status.textContent = t('safety-locked-note-unreachable');
      }
    });
    host.replaceChildren(
      h('p', { id: 'locked-message', class: 'locked-message', tabindex: '-1' }),
      h('div', { class: 'actions' }, button),
      status);
    host.setAttribute('role', 'region');
    parts = { status, button, message: host.querySelector('#locked-message') };
  }

  /** Words the note for `status`, in the language in use. */
  function word(status) {
    shownFor = status;
    const message = lockedMessage(status);
    if (parts.message.textContent !== message) parts.message.textContent = message;
    host.setAttribute('aria-label', isNewJournal(status)
      ? t('safety-locked-note-label-new')
      : t('safety-locked-note-label-locked'));
  }

  // A language chosen meanwhile: the note (built once) says it in that one.
  onLanguageChange(() => {
    if (!parts) return;
    parts.button.textContent = t('safety-locked-note-open');
    parts.status.textContent = '';
    word(shownFor);
  });

  function show(status = null) {
    if (!parts) build();
    word(status);
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
