// What a new passphrase must be before the backend is asked to use it,
// shared by Settings → Privacy and the first-run screen. Checked here, not
// only in the backend: encrypting takes a second or more (Argon2id), and
// nobody should wait that long to hear about a typo.

import { onLanguageChange, t } from './i18n.js';

export const MIN_PASSPHRASE_LENGTH = 8;

/** What stops a new passphrase and its second typing from being sent, as
 *  `{field: 'new'|'confirm', message}`, or null when there is nothing.
 *  Length counts characters as a person sees them, not bytes. */
export function passphraseProblem(passphrase, confirm) {
  if ([...String(passphrase ?? '')].length < MIN_PASSPHRASE_LENGTH) {
    return { field: 'new', message: t('safety-passphrase-too-short', { min: MIN_PASSPHRASE_LENGTH }) };
  }
  if (passphrase !== confirm) return { field: 'confirm', message: t('safety-passphrase-mismatch') };
  return null;
}

/** Said wherever the login can't be offered: English until the language
 *  changes, then the message (safety-no-keychain) in the language in use,
 *  so a page that reads it as it is drawn says it in that language. */
export let NO_KEYCHAIN = 'This computer has no keychain Interlude can use, so a passphrase is the way '
  + 'to protect your journal.';

onLanguageChange(() => {
  NO_KEYCHAIN = t('safety-no-keychain');
});

/** How the journal's key is kept: 'none', 'passphrase' or 'login' (a
 *  status that doesn't say: 'none'). */
export function keeperOf(status) {
  const keeper = status?.keeper;
  return keeper === 'passphrase' || keeper === 'login' ? keeper : 'none';
}
