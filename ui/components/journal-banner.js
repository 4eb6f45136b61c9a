// When the journal file itself is in trouble, a calm band above the page
// (#journal-banner, styled like the reminder banner, never red) says so
// and offers the newest backup, which was checked when it was made:
//
// - damaged: the background check found a problem (list_backups' `damage`
//   at start, or the "journal-damaged" event later). The journal still
//   opens, so this can wait: "Not now" puts it away for this session.
// - unreadable: the journal couldn't be opened, so every page fails with
//   'corrupt' (app.js passes the first such error on). Nothing works until
//   a backup is back, so there is no "Not now"; the page below still says
//   what went wrong.
//
// It is a live region with role=status, so a screen reader hears it
// arrive without being interrupted. Restoring asks first, through the
// same dialog as Settings, and the band goes away after any restore.
//
// Either way it offers "Need help now?" (#journal-banner-help): the crisis
// lines need no journal, so trouble with it never keeps them away. They
// open in a <dialog> (components/crisis-help.js), not in the band, which
// is a live region and too small to hold them.

import { listBackups } from '../ipc.js';
import { whenPhrase } from '../lib/backups.js';
import { h, replace, setBusy, showToast, withBusy } from '../lib/dom.js';
import { onLanguageChange, t } from '../lib/i18n.js';
import { helpDialogButton } from './crisis-help.js';
import {
  askToRestore, onRestored, restoreFrom, setJournalUnreadable,
} from './restore-backup.js';

// The two titles in English, for the tests to compare the band with; the
// band itself says shell-journal-damaged-title / -unreadable-title in the
// language in use.
export const DAMAGED_TITLE = 'Interlude found a problem in your journal file.';
export const UNREADABLE_TITLE = "Interlude couldn't open your journal file.";

/** The newest backup, or null when there is none or the list can't be
 *  had (the band then says there is nothing to go back to). */
async function newestBackup() {
  try {
    return (await listBackups()).backups?.[0] ?? null;
  } catch {
    return null;
  }
}

/** Keeps `host` (#journal-banner) showing the journal's trouble, if any.
 *  `refresh()` asks list_backups (at start, after an unlock);
 *  `damaged(found)` is for the "journal-damaged" event; `unreadable()` for
 *  a command that failed with 'corrupt'. `now` is for tests. */
export function journalBanner(host, { now = () => new Date() } = {}) {
  host.setAttribute('role', 'status');
  // {kind: 'damaged'|'unreadable', newest, found}, or null when all is well.
  let state = null;
  // "Not now" on the damaged band lasts while this window is open.
  let dismissed = false;
  let busy = false;
  // Several calls can fail at once; one look at the list is enough.
  // {kind, done} while the list is being asked for.
  let pending = null;

  function hide() {
    const hadFocus = host.contains(globalThis.document.activeElement);
    host.hidden = true;
    replace(host);
    delete host.dataset.kind;
    if (hadFocus) globalThis.document.getElementById('content')?.focus();
  }

  async function restore(button, statusLine) {
    if (busy || !state?.newest) return;
    const backup = state.newest;
    if (!(await askToRestore(backup, { opener: button, now: now() }))) return;
    // Back on the button while it works (not every web view returns focus
    // from a dialog), so that when the band goes, focus goes to the page.
    button.focus();
    const resting = (on) => {
      busy = on;
      setBusy(button, on);
    };
    try {
      const { message } = await withBusy(resting, () => {
        statusLine.classList.remove('is-error');
        statusLine.textContent = t('shell-journal-restoring');
        return restoreFrom(backup, { now: now() });
      });
      // onRestored (below) has put the band away.
      showToast(message, { timeout: 10_000 });
    } catch (err) {
      statusLine.textContent = err.message;
      statusLine.classList.add('is-error');
      if (button.isConnected) button.focus();
    }
  }

  function settingsLink() {
    return h('a', {
      class: 'button', id: 'journal-banner-settings', href: '#settings',
    }, t('shell-journal-open-settings'));
  }

  function draw() {
    if (!state || (state.kind === 'damaged' && dismissed)) {
      hide();
      return;
    }
    const { kind, newest } = state;
    const when = newest ? whenPhrase(newest.madeAt, now()) : '';
    const statusLine = h('p', { class: 'status banner-status', id: 'journal-banner-status' });
    let body;
    let actions;
    if (newest) {
      const restoreButton = h('button', {
        type: 'button', class: 'button', id: 'journal-banner-restore', dataset: { name: newest.name },
      }, kind === 'damaged' ? t('shell-journal-restore-it') : t('shell-journal-restore-from', { when }));
      restoreButton.addEventListener('click', () => restore(restoreButton, statusLine));
      body = kind === 'damaged'
        ? t('shell-journal-newest-damaged', { when })
        : t('shell-journal-newest-unreadable', { when });
      actions = [restoreButton];
    } else {
      body = kind === 'damaged'
        ? t('shell-journal-no-backup-damaged')
        : t('shell-journal-no-backup-unreadable');
      actions = [settingsLink()];
    }
    actions.push(helpDialogButton({ id: 'journal-banner-help' }));
    if (kind === 'damaged') {
      actions.push(h('button', {
        type: 'button', class: 'button quiet', id: 'journal-banner-dismiss',
        onclick: () => {
          dismissed = true;
          hide();
        },
      }, t('shell-journal-not-now')));
    }
    replace(host,
      h('div', { class: 'banner-text' },
        h('p', { class: 'banner-title', id: 'journal-banner-title' },
          t(kind === 'damaged' ? 'shell-journal-damaged-title' : 'shell-journal-unreadable-title')),
        h('p', { class: 'banner-body', id: 'journal-banner-body' }, body),
        state.found
          ? h('details', { class: 'banner-details' },
            h('summary', {}, t('shell-journal-found')),
            h('p', { class: 'muted', id: 'journal-banner-found' }, state.found))
          : null,
        statusLine),
      h('div', { class: 'banner-actions' }, actions));
    host.dataset.kind = kind;
    host.hidden = false;
  }

  /** Shows `kind` with the newest backup, unless the band already says as
   *  much (so focus isn't thrown off it) or something worse. */
  function show(kind, found) {
    const worse = (a) => a === 'unreadable' || a === kind;
    if (worse(state?.kind) || worse(pending?.kind)) return pending?.done ?? Promise.resolve();
    if (kind === 'unreadable') setJournalUnreadable(true);
    const done = newestBackup().then((newest) => {
      if (pending?.done === done) pending = null;
      // Something worse may have come in meanwhile.
      if (kind === 'damaged' && state?.kind === 'unreadable') return;
      state = { kind, newest, found: found || null };
      draw();
    });
    pending = { kind, done };
    return done;
  }

  const stopRestored = onRestored(() => {
    state = null;
    draw();
  });
  // A language chosen in Settings: the band says the same in it.
  const stopLanguage = onLanguageChange(() => {
    if (state && !busy) draw();
  });
  const stop = () => {
    stopRestored();
    stopLanguage();
  };

  return {
    /** At start and after an unlock: what list_backups says. */
    async refresh() {
      if (state) return;
      let answer;
      try {
        answer = await listBackups();
      } catch {
        return; // without a list there is nothing to offer; Settings says why
      }
      if (!answer?.damage || state) return;
      state = { kind: 'damaged', newest: answer.backups?.[0] ?? null, found: answer.damage };
      draw();
    },
    damaged: (found) => show('damaged', typeof found === 'string' ? found : null),
    unreadable: () => show('unreadable', null),
    stop,
  };
}
