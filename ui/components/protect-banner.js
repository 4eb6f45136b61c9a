// A journal made by the `interlude` terminal command before the app ever
// ran was never given the first-run choice (login, passphrase, or not
// now), so nobody chose to leave it unencrypted. The LockStatus says so
// with `plainUnchosen`; while it does, a calm band above the page
// (#protect-banner, the same band as the reminder's, never red) says so
// once and offers both answers:
//
// - "Protect it…" goes to Settings → Privacy and lock, with the passphrase
//   field of the protect form focused (app.js does the going; the band
//   stays until the journal is encrypted, in case the person changes their
//   mind on the way).
// - "Keep it as it is" remembers the choice (keep_journal_plain), and the
//   band goes with a short note in the toast.
//
// It is not a modal and never blocks the app: a region with a label, not
// a live region, so it doesn't interrupt as the window opens, and it never
// takes focus. It has no Escape of its own: keeping the journal plain is a
// choice, so only its button makes it. Once the journal is encrypted (any
// published status says so) it goes by itself.

import { keepJournalPlain } from '../ipc.js';
import { h, replace, setBusy, setStatus, showToast, withBusy } from '../lib/dom.js';
import { onLanguageChange, t } from '../lib/i18n.js';
import {
  currentLockStatus, isClosed, isEncrypted, onLockStatus, publishLockStatus,
} from '../lib/lock-status.js';

// The band's words in English, for the tests to compare it with; the band
// itself says shell-protect-title, -body and -kept in the language in use.
export const PROTECT_TITLE = "Your journal isn't protected yet";
export const PROTECT_BODY = 'It was started from the terminal, so Interlude never asked how to keep it. '
  + 'You can protect it with your login or a passphrase, or keep it as it is.';
export const KEPT_NOTE = 'Kept as it is. Settings → Privacy and lock can protect it any time.';

/** Whether `status` asks for the band: an open, unencrypted journal whose
 *  keeping nobody chose. */
const wantsProtectBanner = (status) => status?.plainUnchosen === true
  && !isEncrypted(status) && !isClosed(status);

/** Keeps `host` (#protect-banner) in step with every published LockStatus.
 *  `onProtect()` is called for "Protect it…" (app.js goes to Settings).
 *  Returns `{stop}`. */
export function protectBanner(host, { onProtect = () => {} } = {}) {
  if (!host) return { stop: () => {} };
  host.setAttribute('role', 'region');
  host.setAttribute('aria-labelledby', 'protect-banner-title');
  // "Keep it as it is" was answered: the band doesn't come back this run,
  // whatever a stale status says.
  let kept = false;
  let busy = false;

  function hide() {
    if (host.hidden) return;
    const hadFocus = host.contains(globalThis.document.activeElement);
    host.hidden = true;
    replace(host);
    // Focus that was in the band goes to the page, never to nowhere.
    if (hadFocus) globalThis.document.getElementById('content')?.focus();
  }

  async function keep(button, statusLine) {
    if (busy) return;
    // aria-disabled, not disabled, so focus stays on the button meanwhile.
    const resting = (on) => {
      busy = on;
      setBusy(button, on);
    };
    setStatus(statusLine, '');
    let answer;
    try {
      answer = await withBusy(resting, keepJournalPlain);
    } catch (err) {
      setStatus(statusLine, err.message, true);
      return;
    }
    kept = true;
    hide();
    // Everyone else hears the answer too (Settings, the shortcut).
    publishLockStatus(answer);
    showToast(t('shell-protect-kept'), { timeout: 8_000 });
  }

  function show() {
    // Already showing: leave it be, so focus isn't thrown off it.
    if (!host.hidden) return;
    const statusLine = h('p', {
      class: 'status banner-status', id: 'protect-banner-status', role: 'status',
    });
    const keepButton = h('button', {
      type: 'button', class: 'button quiet', id: 'protect-banner-keep',
    }, t('shell-protect-keep'));
    keepButton.addEventListener('click', () => keep(keepButton, statusLine));
    const protectButton = h('button', {
      type: 'button', class: 'button', id: 'protect-banner-protect',
    }, t('shell-protect-protect'));
    protectButton.addEventListener('click', () => onProtect());
    replace(host,
      h('div', { class: 'banner-text' },
        h('p', { class: 'banner-title', id: 'protect-banner-title' }, t('shell-protect-title')),
        h('p', { class: 'banner-body', id: 'protect-banner-body' }, t('shell-protect-body')),
        statusLine),
      h('div', { class: 'banner-actions' }, protectButton, keepButton));
    host.hidden = false;
  }

  function follow(status) {
    if (!status) return;
    if (!kept && wantsProtectBanner(status)) show();
    else if (!busy) hide();
  }

  follow(currentLockStatus());
  const stopFollowing = onLockStatus(follow);
  // A language chosen in Settings: the band, if shown, says the same in it.
  const stopLanguage = onLanguageChange(() => {
    if (host.hidden || busy) return;
    host.hidden = true;
    show();
  });
  const stop = () => {
    stopFollowing();
    stopLanguage();
  };
  return { stop };
}
