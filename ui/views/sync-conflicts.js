// "Edited on two computers" (#sync/conflicts, #17): words changed on two of
// the person's computers before they could meet. Nothing is lost: every
// version is kept until the person chooses. Each conflict shows the entry
// and the field, each version in full with which computer and when, and
// "Keep this one" under each, or "Keep both" (the backend joins them).
//
// Calm on purpose: no red, no warnings, nothing urgent. After a choice the
// list is drawn again with what remains, and the page's status line says
// what was kept and takes focus (the button that was pressed is gone);
// when nothing remains it says so, with a way back.
//
// Not redrawn on every journal change (a choice writes to the journal, and
// a redraw would lose the line saying what was kept): a merge from another
// computer ("sync-changed") asks for the list again, in place.

import { onSyncChanged, syncConflicts, syncResolve } from '../ipc.js';
import { errorNotice, h, replace, setBusy, setStatus, withBusy } from '../lib/dom.js';
import { t } from '../lib/i18n.js';
import {
  conflictEntryHref, kindWord, resolvedLine, versionHeading,
} from '../lib/sync.js';

// The English of the page's title and of what it says when nothing is left,
// which the tests compare the page with. The page says them in the
// language in use (settings-conflicts-title, settings-conflicts-none).

export const TITLE = 'Edited on two computers';

export const NONE_LEFT = 'Nothing is waiting for a choice. Everything from your computers is in your journal.';

// One listener at a time: drawing the page again stops the last.
let stopFollowing = null;

function follow(callback) {
  stopFollowing?.then((stop) => stop?.());
  stopFollowing = onSyncChanged(callback).catch(() => null);
}

/** One version: which computer and when, its words in full, and "Keep this
 *  one", named with its heading so each button says which it keeps. */
function versionBlock(version, ids, now, onKeep) {
  const headingId = `${ids}-heading`;
  const buttonId = `${ids}-keep`;
  const text = String(version?.text ?? '');
  const keep = h('button', {
    type: 'button', class: 'button', id: buttonId, 'aria-labelledby': `${buttonId} ${headingId}`,
    dataset: { version: String(version?.version ?? '') },
  }, t('settings-conflicts-keep'));
  keep.addEventListener('click', () => onKeep(version, keep));
  return h('li', { class: ['sync-version', version?.current ? 'is-current' : null], id: ids },
    h('h3', { class: 'sync-version-heading', id: headingId }, versionHeading(version, now)),
    version?.current
      ? h('p', { class: 'hint sync-version-current', id: `${ids}-current` }, t('settings-conflicts-current')) : null,
    text.trim()
      ? h('div', { class: 'sync-version-text', id: `${ids}-text`, dir: 'auto' }, text)
      : h('p', { class: 'muted sync-version-text is-empty', id: `${ids}-text` }, t('settings-conflicts-empty')),
    h('div', { class: 'actions' }, keep));
}

/** One conflict: the entry, the field, its versions, and "Keep both". */
function conflictCard(conflict, i, now, choose) {
  const id = `conflict-${i}`;
  const href = conflictEntryHref(conflict);
  const title = String(conflict?.entryTitle ?? '').trim();
  const versions = Array.isArray(conflict?.versions) ? conflict.versions : [];
  const both = h('button', {
    type: 'button', class: 'button quiet', id: `${id}-both`, 'aria-describedby': `${id}-both-hint`,
  }, t('settings-conflicts-keep-both'));
  both.addEventListener('click', () => choose(conflict, { keepBoth: true }, null, both));
  return h('li', { class: 'card sync-conflict', id },
    h('h2', { class: 'sync-conflict-title', id: `${id}-title`, dir: 'auto' }, title || kindWord(conflict?.kind)),
    h('p', { class: 'muted sync-conflict-where', id: `${id}-where` },
      `${kindWord(conflict?.kind)} · `, h('span', { dir: 'auto' }, String(conflict?.fieldLabel || conflict?.field || '')),
      href ? [' · ', h('a', { href, id: `${id}-entry` }, t('settings-conflicts-open-entry'))] : null),
    h('ul', { class: 'sync-versions', 'aria-label': t('settings-conflicts-versions') },
      versions.map((v, j) => versionBlock(v, `${id}-v${j}`, now,
        (version, button) => choose(conflict, { keep: String(version.version) }, version, button)))),
    h('div', { class: 'actions sync-both' }, both),
    h('p', { class: 'hint', id: `${id}-both-hint` }, t('settings-conflicts-both-hint')));
}

/** The page's list part, or the kind words for none left. */
function drawList(list, conflicts, now, choose) {
  if (!conflicts.length) {
    return replace(list,
      h('div', { class: 'card sync-none', id: 'conflicts-none' },
        h('p', {}, t('settings-conflicts-none')),
        h('div', { class: 'actions' },
          h('a', { class: 'button', id: 'conflicts-back', href: '#journal' }, t('settings-conflicts-back')),
          h('a', { class: 'button quiet', id: 'conflicts-settings', href: '#settings' },
            t('settings-conflicts-settings')))));
  }
  return replace(list, h('ol', { class: 'sync-conflicts', id: 'conflicts-list' },
    conflicts.map((c, i) => conflictCard(c, i, now, choose))));
}

export default {
  live: false,
  /** `now` is for tests. */
  async render(root, _route, ctx, { now = () => new Date() } = {}) {
    const title = t('settings-conflicts-title');
    const heading = h('h1', {}, title);
    let conflicts;
    try {
      conflicts = await syncConflicts();
    } catch (err) {
      root.append(heading, errorNotice(err, ctx?.refresh));
      return title;
    }
    const status = h('p', { class: 'status', id: 'conflicts-status', role: 'status', tabindex: '-1' });
    const list = h('div', { class: 'sync-conflicts-body', id: 'conflicts-body' });
    let busy = false;
    const resting = (on) => {
      busy = on;
      for (const button of list.querySelectorAll('button')) setBusy(button, on);
      if (on) list.setAttribute('aria-busy', 'true');
      else list.removeAttribute('aria-busy');
    };

    const draw = (next) => {
      conflicts = Array.isArray(next) ? next : [];
      drawList(list, conflicts, now(), choose);
    };

    async function choose(conflict, choice, version, button) {
      if (busy) return;
      setStatus(status, '');
      let remaining;
      try {
        remaining = await withBusy(resting,
          () => syncResolve(conflict.kind, conflict.uid, conflict.field, choice));
      } catch (err) {
        setStatus(status, err.message, true);
        if (button.isConnected) button.focus();
        return;
      }
      draw(remaining);
      setStatus(status, resolvedLine(choice, version, conflicts.length));
      // The button pressed is gone with its conflict: the line saying
      // what was kept has the focus, and Tab goes on to the next one.
      status.focus();
    }

    follow(async () => {
      if (!list.isConnected || busy) return;
      try {
        const next = await syncConflicts();
        if (!list.isConnected || busy) return;
        const active = globalThis.document?.activeElement;
        const focusedId = active && list.contains(active) ? active.id : null;
        draw(next);
        if (focusedId) {
          const again = list.querySelector(`#${focusedId}`);
          if (again) again.focus();
          else status.focus();
        }
      } catch {
        /* the list on screen stays; the next visit asks again */
      }
    });

    draw(conflicts);
    root.append(heading,
      h('p', { class: 'lede', id: 'conflicts-about' }, t('settings-conflicts-about')),
      status, list);
    return title;
  },
};
