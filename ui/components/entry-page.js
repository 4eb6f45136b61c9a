// The parts every entry's own page shares: the way back to the journal,
// the Edit link, and what to say when the entry can't be shown.

import { errorNotice, h } from '../lib/dom.js';
import { kindLabel, kindNoun } from '../lib/journal.js';
import { entryEditHref } from '../lib/route.js';

export const backToJournal = () => h('p', {}, h('a', { href: '#journal' }, '← Journal'));

/** Edit, for kinds edited in the main window (reflections have their own). */
export function editLink(entry) {
  const href = entryEditHref(entry);
  return href ? h('div', { class: 'actions' }, h('a', { class: 'button', id: 'edit-entry', href }, 'Edit')) : null;
}

/** A deleted (or missing) entry is said plainly and without alarm; any
 *  other failure offers to try again. Returns the page's nodes. */
export function missingEntry(kind, err, retry) {
  const gone = err?.kind === 'notFound';
  return [
    h('h1', {}, gone ? `This ${kindNoun(kind)} isn't here` : kindLabel(kind)),
    gone ? h('p', {}, 'It may have been deleted. Everything else in your journal is still here.')
      : errorNotice(err, retry),
    h('p', {}, h('a', { href: '#journal' }, 'Back to your journal')),
  ];
}
