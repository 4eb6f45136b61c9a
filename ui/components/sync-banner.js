// A quiet band at the top of the Journal while something edited on two
// computers at once waits for a choice (#17): one calm line and a way to
// the two versions (views/sync-conflicts.js). Not a live region: it is
// drawn with the page and read with it, never announced over what the
// person is doing. Nothing here is coloured as a failure; nothing is lost
// while it waits.

import { h } from '../lib/dom.js';
import { t } from '../lib/i18n.js';
import { CONFLICTS_HREF, conflictsLine } from '../lib/sync.js';

/** The band for `status` (a SyncStatus), or null when nothing waits. */
export function syncConflictsBanner(status) {
  const line = conflictsLine(status?.conflicts);
  if (!line) return null;
  return h('div', { class: 'sync-banner', id: 'sync-banner' },
    h('p', { id: 'sync-banner-text' }, line),
    h('a', {
      class: 'button', id: 'sync-banner-link', href: CONFLICTS_HREF, 'aria-describedby': 'sync-banner-text',
    }, t('shell-sync-choose')));
}
