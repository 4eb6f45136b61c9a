// Sync across my computers, in words: when this computer last sent and
// received, how the other computers are doing, what waits for a choice.
// Pure functions, no DOM, so they are tested in node.
//
// Every time here is an instant the backend stamped (like a backup's
// `madeAt`), so it is shown in this computer's own time, through the same
// words as backups ("today at 09:05", "yesterday at 21:10"), with the last
// hour as minutes ("5 minutes ago").

import { whenPhrase } from './backups.js';
import { t } from './i18n.js';
import { kindLabel } from './journal.js';
import { entryHref, planHref } from './route.js';

/** Where the two versions of what was edited on two computers are shown. */
export const CONFLICTS_HREF = '#sync/conflicts';

const instant = (at) => {
  const ms = Date.parse(String(at ?? ''));
  return Number.isNaN(ms) ? null : ms;
};

/** "just now", "5 minutes ago", then "today at 09:05", "yesterday at
 *  21:10", "on Tue 24 Nov at 17:50". A time a little ahead (another
 *  computer's clock) is "just now" too. Null when it can't be read. */
export function sinceWords(at, now = new Date()) {
  const ms = instant(at);
  if (ms === null) return null;
  const minutes = Math.floor((now.getTime() - ms) / 60_000);
  if (minutes >= -5 && minutes < 1) return t('settings-sync-just-now');
  if (minutes >= 1 && minutes < 60) return t('settings-sync-minutes-ago', { count: minutes });
  return whenPhrase(at, now, { on: true });
}

/** Whole calendar months from `at` to `now` (a month counts once its day
 *  comes round), or null when `at` can't be read. */
export function monthsSince(at, now = new Date()) {
  const ms = instant(at);
  if (ms === null) return null;
  const then = new Date(ms);
  let months = (now.getFullYear() - then.getFullYear()) * 12 + (now.getMonth() - then.getMonth());
  if (now.getDate() < then.getDate()) months -= 1;
  return Math.max(0, months);
}

/** "Last sent 5 minutes ago.", or that nothing has gone yet. */
export function lastSentLine(status, now = new Date()) {
  const when = sinceWords(status?.lastSent, now);
  return when ? t('settings-sync-last-sent', { when }) : t('settings-sync-nothing-sent');
}

/** "Last received yesterday at 21:10.", or that nothing has come yet. */
export function lastReceivedLine(status, now = new Date()) {
  const when = sinceWords(status?.lastReceived, now);
  return when ? t('settings-sync-last-received', { when }) : t('settings-sync-nothing-received');
}

/** "last seen yesterday at 21:10", for after a computer's name. */
export function seenWords(computer, now = new Date()) {
  const when = sinceWords(computer?.lastSeen, now);
  return when ? t('settings-sync-seen', { when }) : t('settings-sync-not-seen');
}

/** "12 changes from it", or null when there is no count. */
export function changesWords(computer) {
  const n = Number(computer?.changes);
  return Number.isFinite(n) && n > 0 ? t('settings-sync-changes', { count: n }) : null;
}

/** What a computer unseen for months means now: it no longer holds back
 *  the tidying of old files, and it catches up when it comes back. */
export function staleLine(computer, now = new Date()) {
  const months = monthsSince(computer?.lastSeen, now);
  // 0 stands for "a long while": unreadable, or less than a month.
  return t('settings-sync-stale', { months: months === null || months < 1 ? 0 : months });
}

/** "Update Interlude on this computer to see 3 newer changes.", or null. */
export function newerLine(count) {
  const n = Number(count);
  if (!Number.isFinite(n) || n < 1) return null;
  return t('settings-sync-newer', { count: n });
}

/** What waits for a choice, said calmly, or null when nothing does. */
export function conflictsLine(count) {
  const n = Number(count);
  if (!Number.isFinite(n) || n < 1) return null;
  return t('settings-sync-conflicts', { count: n });
}

/** "Moment", "Check-in", "Plan"… for the kind of entry a conflict is in. */
export const kindWord = (kind) => (kind === 'plan' ? t('settings-sync-kind-plan') : kindLabel(kind));

/** Where the entry a conflict is in can be read, or null when it has no
 *  page (or no id). */
export function conflictEntryHref(conflict) {
  const id = conflict?.entryId;
  if (!Number.isInteger(id) || id < 1) return null;
  if (conflict.kind === 'plan') return planHref(id);
  if (['moment', 'checkin', 'note', 'reflection'].includes(conflict.kind)) {
    return entryHref({ kind: conflict.kind, id });
  }
  return null;
}

/** "From Laptop, yesterday at 21:10": which computer, and when. */
export function versionHeading(version, now = new Date()) {
  const from = String(version?.computer ?? '').trim() || t('settings-sync-another');
  const when = instant(version?.at) === null ? null : whenPhrase(version.at, now, { on: true });
  return when
    ? t('settings-sync-version-from-when', { computer: from, when })
    : t('settings-sync-version-from', { computer: from });
}

/** What the status line says once a choice is made. */
export function resolvedLine(choice, version, remaining) {
  const kept = choice?.keepBoth
    ? t('settings-sync-kept-both')
    : t('settings-sync-kept', { computer: String(version?.computer ?? '').trim() || t('settings-sync-another') });
  if (remaining === 0) return `${kept} ${t('settings-sync-last-one')}`;
  return `${kept} ${t('settings-sync-more-wait', { count: remaining })}`;
}
