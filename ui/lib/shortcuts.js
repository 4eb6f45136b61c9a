// The main window's few keyboard shortcuts, as a pure function of a key
// event, so which keys do what is tested without a browser:
//
//   Ctrl+M (⌘M on a Mac)        log a moment
//   Ctrl+K (⌘K), or "/"         search the journal
//   Ctrl+Shift+L (⌘⇧L)          lock Interlude (only once it has a passphrase;
//                               app.js checks that)
//   Ctrl+Q (⌘Q)                 quit Interlude
//
// "/" is an ordinary character, so it only counts when the person isn't
// typing: in a text field it must stay a "/". The modified keys work
// anywhere, since they type nothing. Nothing fires while an input method is
// composing or with Alt held (Alt+letter types characters on many
// keyboards), and nothing but the lock and quitting fires over an open
// dialog: both are ways out for someone who needs to leave now, and
// neither answers the dialog's question (the lock closes it as "keep";
// quitting leaves everything as it was).

import { t } from './i18n.js';

/** Fields where a key press types text. */
const TEXT_INPUT_TYPES = new Set([
  'text', 'search', 'email', 'url', 'tel', 'password', 'number',
  'date', 'datetime-local', 'time', 'month', 'week',
]);

export function isTextField(el) {
  if (!el || el.nodeType !== 1) return false;
  if (el.isContentEditable) return true;
  const tag = String(el.tagName ?? '').toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag !== 'INPUT') return false;
  return TEXT_INPUT_TYPES.has(String(el.getAttribute?.('type') ?? 'text').toLowerCase());
}

const inDialog = (el) => Boolean(el?.closest?.('dialog'));

/** 'newMoment', 'search', 'lockNow', 'quit' or null for a keydown event (or
 *  anything shaped like one: { key, ctrlKey, metaKey, altKey, shiftKey,
 *  target, … }). */
export function matchShortcut(event) {
  if (!event || event.defaultPrevented || event.isComposing || event.altKey) return null;
  const key = String(event.key ?? '').toLowerCase();
  const command = event.ctrlKey || event.metaKey;
  // Locking is for when someone walks in: it works over a dialog too (the
  // lock screen closes it, answering "keep").
  if (command && event.shiftKey) return key === 'l' ? 'lockNow' : null;
  // Quitting, the same: in a field or over a dialog, it is a way out.
  if (command && key === 'q') return 'quit';
  if (inDialog(event.target)) return null;
  if (command) {
    if (key === 'm') return 'newMoment';
    if (key === 'k') return 'search';
    return null;
  }
  if (!command && key === '/' && !isTextField(event.target)) return 'search';
  return null;
}

const isMac = (platform) => /mac|iphone|ipad/i.test(platform);

/** The lock shortcut the way this computer (and its language) writes it
 *  ("Ctrl+Shift+L", "Strg+Umschalt+L", "⌘⇧L"). */
export function lockShortcut(platform = '') {
  return isMac(platform) ? '⌘⇧L' : t('shell-key-lock');
}

/** The shortcuts in words, for a line a person will come across. */
export function shortcutHint(platform = '') {
  const mod = isMac(platform) ? '⌘' : t('shell-key-command');
  return [
    { keys: [`${mod}M`], does: t('shell-shortcut-moment') },
    { keys: [`${mod}K`, '/'], does: t('shell-shortcut-search') },
    { keys: [`${mod}Q`], does: t('shell-shortcut-quit') },
  ];
}
