// The parts every entry's own page shares: the way back to the journal,
// the Edit link, and what to say when the entry can't be shown.

import { errorNotice, h } from '../lib/dom.js';
import { t } from '../lib/i18n.js';
import { kindArgs, kindLabel } from '../lib/journal.js';
import { entryEditHref } from '../lib/route.js';

export const backToJournal = () => h('p', {}, h('a', { href: '#journal' }, t('journal-back')));

/** Edit, for kinds edited in the main window (reflections have their own). */
export function editLink(entry) {
  const href = entryEditHref(entry);
  if (!href) return null;
  return h('div', { class: 'actions' }, h('a', { class: 'button', id: 'edit-entry', href }, t('journal-edit')));
}

/** A deleted (or missing) entry is said plainly and without alarm; any
 *  other failure offers to try again. Returns the page's nodes. */
export function missingEntry(kind, err, retry) {
  const gone = err?.kind === 'notFound';
  return [
    h('h1', {}, gone ? t('journal-missing-title', kindArgs(kind)) : kindLabel(kind)),
    gone ? h('p', {}, t('journal-missing-body')) : errorNotice(err, retry),
    h('p', {}, h('a', { href: '#journal' }, t('journal-missing-back'))),
  ];
}
