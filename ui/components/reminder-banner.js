// A reminder Interlude couldn't show as a system notification (there is no
// notification service just now) appears here instead: a calm band above
// the page, never red, with a snooze and a dismiss. It is a live region
// that stays in the page, so a screen reader hears a reminder arrive.

import { dismissReminder, getReminderStatus, snoozeReminder } from '../ipc.js';
import { h, replace, showToast } from '../lib/dom.js';
import { onLanguageChange, t } from '../lib/i18n.js';
import { onReminderStatus, publishReminderStatus } from '../lib/reminder-status.js';

const SNOOZE_MINUTES = 10;

/** Draws `status.banner` into `host` (#reminder-banner), or hides it. */
function drawBanner(host, status) {
  const banner = status?.banner ?? null;
  const shown = host.dataset.key ?? null;
  if (!banner) {
    const hadFocus = host.contains(globalThis.document?.activeElement);
    host.hidden = true;
    replace(host);
    delete host.dataset.key;
    if (hadFocus) globalThis.document.getElementById('content')?.focus();
    return;
  }
  // The same reminder again: leave it be, so focus isn't thrown off it.
  if (shown === banner.key && !host.hidden) return;
  const act = (request) => async () => {
    try {
      publishReminderStatus(await request());
    } catch (err) {
      showToast(err.message);
    }
  };
  replace(host,
    h('div', { class: 'banner-text' },
      h('p', { class: 'banner-title', id: 'banner-title' }, banner.title),
      banner.body ? h('p', { class: 'banner-body', id: 'banner-body' }, banner.body) : null),
    h('div', { class: 'banner-actions' },
      h('button', {
        type: 'button', class: 'button', id: 'banner-snooze',
        onclick: act(() => snoozeReminder(banner.key, SNOOZE_MINUTES)),
      }, t('shell-reminder-snooze', { minutes: SNOOZE_MINUTES })),
      h('button', {
        type: 'button', class: 'button quiet', id: 'banner-dismiss',
        onclick: act(() => dismissReminder(banner.key)),
      }, t('shell-reminder-dismiss'))));
  host.dataset.key = banner.key;
  host.hidden = false;
}

/** Keeps `host` in step with every published status. `refresh` asks the
 *  backend for a fresh one (call it on start and whenever reminders
 *  change); `stop` lets go of `host`. */
export function reminderBanner(host) {
  host.setAttribute('role', 'status');
  const stopStatus = onReminderStatus((status) => drawBanner(host, status));
  const refresh = async () => {
    try {
      publishReminderStatus(await getReminderStatus());
    } catch {
      /* without a status there is nothing to show; Settings says why */
    }
  };
  // A language chosen in Settings: a reminder shown is asked for again (its
  // words come from the backend) and drawn in it.
  const stopLanguage = onLanguageChange(() => {
    if (host.hidden) return;
    delete host.dataset.key;
    refresh();
  });
  const stop = () => {
    stopStatus();
    stopLanguage();
  };
  return { refresh, stop };
}
