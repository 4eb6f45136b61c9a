// The recovery key of a login-kept journal: the journal's key itself, as
// 13 groups of four letters and digits (Crockford's base32, so no I, L, O
// or U to misread), shown for the person to write down — at the first run
// (components/first-run.js) and in Settings → Privacy and lock
// (views/privacy.js). The lock screen takes it back when the keychain has
// forgotten the key; the backend reads it however it was typed.
//
// Shown, it is plain text that can be selected and copied as it is, groups
// apart by single spaces. A screen reader meets a list of 13 groups, each
// spelt out a character at a time, so it can be taken down group by group.

import { h } from './dom.js';
import { onLanguageChange, t } from './i18n.js';

// RECOVERY_ABOUT and RECOVERY_CARE are English until the language changes,
// then their messages (safety-recovery-about, safety-recovery-care) in the
// language in use: a page that reads them as it is drawn says them in it.

/** Said wherever the recovery key is shown. */
export let RECOVERY_ABOUT = 'If this computer’s keychain is ever reset, this key opens your journal. '
  + 'Write it down and keep it somewhere safe, away from this computer.';

/** What having it means, in the quiet voice of a hint. */
export let RECOVERY_CARE = 'Anyone who has it can open your journal, so keep it as you would a house key.';

onLanguageChange(() => {
  RECOVERY_ABOUT = t('safety-recovery-about');
  RECOVERY_CARE = t('safety-recovery-care');
});

/** The code's groups, as the backend wrote them (split on any run of
 *  spaces; nothing else is changed). */
export const recoveryGroups = (code) => String(code ?? '').trim().split(/\s+/).filter(Boolean);

/** How a screen reader should say one group: a character at a time. */
export const spelt = (group) => [...group].join(' ');

/** Fills `el` with `code` (or empties it for none): each group a list
 *  item, with one space between groups as real text, so selecting and
 *  copying gives the code exactly as shown. */
export function fillRecoveryKey(el, code) {
  const groups = recoveryGroups(code);
  el.replaceChildren();
  groups.forEach((group, i) => {
    if (i > 0) el.append(' ');
    el.append(h('span', { class: 'recovery-group', role: 'listitem', 'aria-label': spelt(group) }, group));
  });
  return el;
}

/** A large, selectable element holding `code`, named "Recovery key". */
export function recoveryKeyElement(id, code = '') {
  const el = h('div', {
    id, class: 'recovery-key', role: 'list', 'aria-label': t('safety-recovery-label'), tabindex: '-1',
  });
  return fillRecoveryKey(el, code);
}
