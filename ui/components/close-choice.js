// The one question a desktop with no tray icon needs answered: when the
// main window is closed, should Interlude keep running for its reminders,
// or quit? The backend asks (the `close-asked` event) only then, and only
// until it has an answer; Settings changes the answer later.
//
// Escape, or the dialog's own cancel, answers nothing: the window simply
// stays open, as if it had never been closed.

import { answerClose } from '../ipc.js';
import { h, openDialog, setBusy, setStatus, withBusy } from '../lib/dom.js';
import { language, t } from '../lib/i18n.js';

const ID = 'close-choice';

/** The dialog, made once and kept in the page. */
function build() {
  const status = h('p', { class: 'status', id: `${ID}-status`, role: 'alert' });
  const keep = h('button', {
    type: 'button', class: 'button primary', id: `${ID}-background`, value: 'background',
  }, t('shell-close-background'));
  const quit = h('button', {
    type: 'button', class: 'button', id: `${ID}-quit`, value: 'quit',
  }, t('shell-close-quit'));
  const dialog = h('dialog', {
    id: ID, class: 'close-choice', 'aria-labelledby': `${ID}-title`, 'aria-describedby': `${ID}-body`,
  },
  h('h2', { id: `${ID}-title` }, t('shell-close-title')),
  h('div', { id: `${ID}-body` },
    h('p', {}, t('shell-close-no-tray')),
    h('p', {}, t('shell-close-or-quit'))),
  h('p', { class: 'hint', id: `${ID}-later` }, t('shell-close-later')),
  h('div', { class: 'actions' }, keep, quit),
  status);

  let answering = false;
  /** Sends the answer; the backend then closes the window or quits. On
   *  failure the question stays, saying why. */
  const answer = (button) => async () => {
    if (answering) return;
    answering = true;
    setStatus(status, '');
    try {
      await withBusy((on) => { setBusy(keep, on); setBusy(quit, on); }, () => answerClose(button.value));
      dialog.close();
    } catch (err) {
      setStatus(status, t('shell-close-failed', { message: err.message }), true);
      button.focus();
    } finally {
      answering = false;
    }
  };
  keep.addEventListener('click', answer(keep));
  quit.addEventListener('click', answer(quit));
  dialog.addEventListener('close', () => setStatus(status, ''));
  globalThis.document.body.append(dialog);
  return { dialog, keep, language: language() };
}

let made = null;

/** Asks the question, once: asked again while it is showing, it stays as
 *  it is. Keeping reminders running has focus, as the gentler choice.
 *  Made in another language than the one now in use, it is made again. */
export function askAboutClosing() {
  const body = globalThis.document.body;
  if (made && body.contains(made.dialog) && !made.dialog.open && made.language !== language()) {
    made.dialog.remove();
  }
  if (!made || !body.contains(made.dialog)) made = build();
  if (made.dialog.open) return;
  openDialog(made.dialog, made.keep);
}
