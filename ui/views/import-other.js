// "From another app", in Settings → Your data: entries from Daylio, Loop
// Habit Tracker, jrnl, Day One or FreeCBT (Quirk) come in as check-ins,
// plans, notes or moments (docs/import-formats.md says how each maps).
//
// Choose the app, then its export file. The file is read here and its bytes
// are sent as they are to Interlude's own backend only (Day One's and Loop's
// exports are zips, not text). A preview comes first and writes nothing;
// only "Import" writes — all or nothing, after a backup — and a record
// already here is never added twice. A refusal names the file and the place in it, and is
// shown as the backend wrote it: nothing was changed then.

import { importFrom, previewImportFrom } from '../ipc.js';
import { h, replace, setBusy, setStatus, withBusy } from '../lib/dom.js';
import { t } from '../lib/i18n.js';
import { formatDay } from '../lib/time.js';

/** The largest file the backend reads (transfer::MAX_IMPORT_BYTES). A
 *  bigger one is turned away here, before it is read into memory. */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;

/** The apps, in the backend's words (`key`), with which file to pick.
 *  Menu paths are the ones docs/import-formats.md gives; `…` marks code.
 *  The words are read when shown, in the language in use then. */
export const SOURCES = [
  {
    key: 'daylio', name: 'Daylio', accept: '.csv,text/csv',
    get hint() { return t('settings-other-hint-daylio'); },
  },
  {
    key: 'loop', name: 'Loop Habit Tracker', accept: '.zip,application/zip',
    get hint() { return t('settings-other-hint-loop'); },
  },
  {
    key: 'jrnl', name: 'jrnl', accept: '.json,application/json',
    get hint() { return t('settings-other-hint-jrnl'); },
  },
  {
    key: 'dayone', name: 'Day One', accept: '.zip,.json,application/zip,application/json',
    get hint() { return t('settings-other-hint-dayone'); },
  },
  {
    key: 'freecbt', get name() { return t('settings-other-name-freecbt'); }, accept: '.json,application/json',
    get hint() { return t('settings-other-hint-freecbt'); },
  },
];

const sourceOf = (key) => SOURCES.find((s) => s.key === key) ?? null;

/** "a", "a and b", "a, b and c" (the commas as English and German both
 *  write them; the "and" from the message). */
export function listWords(items) {
  if (items.length < 2) return items.join('');
  return t('settings-other-list', { most: items.slice(0, -1).join(', '), last: items[items.length - 1] });
}

/** What a preview counts, in the order a person meets them, each with its
 *  words for a count ("5 check-ins"). */
const KINDS = [
  ['checkins', (count) => t('settings-other-count-checkins', { count })],
  ['moments', (count) => t('settings-other-count-moments', { count })],
  ['notes', (count) => t('settings-other-count-notes', { count })],
  ['plans', (count) => t('settings-other-count-plans', { count })],
  ['planDays', (count) => t('settings-other-count-plan-days', { count })],
];

const countOf = (counts, key) => Math.max(0, Number(counts?.[key]) || 0);

/** How many new records, of every kind. */
export const totalNew = (counts) => KINDS.reduce((sum, [key]) => sum + countOf(counts, key), 0);

/** "5 check-ins and 2 notes": only the kinds there are; '' when none. */
export function countsPhrase(counts) {
  return listWords(KINDS
    .filter(([key]) => countOf(counts, key) > 0)
    .map(([key, words]) => words(countOf(counts, key))));
}

/** The file's dates, as they read where they were written: "Covers Sat 3
 *  Jan 2025 to Fri 20 Nov." (the year only when it isn't this one), "All
 *  on Fri 20 Nov.", or '' when the file has no dates. */
export function rangeLine(first, last, nowYear) {
  const from = formatDay(first, nowYear);
  const to = formatDay(last, nowYear);
  if (!from && !to) return '';
  if (!from || !to || from === to) return t('settings-other-range-one', { day: from || to });
  return t('settings-other-range', { from, to });
}

/** "12 already here, so they won't be added again." */
export const alreadyLine = (n) => t('settings-other-already', { count: n });

/** What is said after an import. */
export function importedMessage({ added, alreadyPresent } = {}) {
  const n = Number(added) || 0;
  const here = Number(alreadyPresent) || 0;
  if (n === 0) {
    return here > 0 ? t('settings-other-added-none-here', { here }) : t('settings-other-added-none');
  }
  return here > 0 ? t('settings-other-added-also', { added: n, here }) : t('settings-other-added', { added: n });
}

/** The words of a hint, with `…` parts shown as code. */
const hintText = (text) => text.split('`').map((part, i) => (i % 2 ? h('code', {}, part) : part));

/** The preview's body: where from, what would come in, what is already
 *  here, the dates, a few samples, what doesn't come across, and the next
 *  steps (`importButton` only when there is something new). */
function previewBody(preview, nowYear, { importButton, againButton }) {
  const counts = countsPhrase(preview.counts);
  const already = Number(preview.alreadyHere) || 0;
  const range = rangeLine(preview.first, preview.last, nowYear);
  const samples = Array.isArray(preview.samples) ? preview.samples : [];
  const leftOut = Array.isArray(preview.leftOut) ? preview.leftOut : [];
  return [
    h('h4', { id: 'other-preview-heading', tabindex: '-1' },
      t('settings-other-preview-heading', { app: preview.sourceName, file: preview.fileName })),
    counts
      ? h('p', { id: 'other-preview-adds', class: 'import-adds' }, t('settings-other-would-add', { counts }))
      : h('p', { id: 'other-preview-nothing', class: 'import-adds' }, already > 0
        ? t('settings-other-nothing-new') : t('settings-other-nothing')),
    already > 0 ? h('p', { id: 'other-preview-already' }, alreadyLine(already)) : null,
    range ? h('p', { id: 'other-preview-range' }, range) : null,
    samples.length ? [
      h('p', { class: 'import-list-label', id: 'other-preview-samples-label' }, t('settings-other-samples')),
      h('ul', { id: 'other-preview-samples', 'aria-labelledby': 'other-preview-samples-label' },
        samples.map((line) => h('li', {}, line))),
    ] : null,
    leftOut.length ? [
      h('p', { class: 'import-list-label', id: 'other-preview-left-out-label' }, t('settings-other-left-out')),
      h('ul', { id: 'other-preview-left-out', 'aria-labelledby': 'other-preview-left-out-label' },
        leftOut.map((line) => h('li', {}, line))),
    ] : null,
    h('div', { class: 'actions' }, counts ? importButton : null, againButton),
  ];
}

/** The "From another app" part of Your data. `onImported(summary)` hears
 *  of every import that worked (Settings shows the new backup); `now` is
 *  for tests. Nothing is asked of the backend until a file is chosen. */
export function importOtherBlock({ onImported, now = () => new Date() } = {}) {
  const radios = SOURCES.map((s) => h('div', { class: 'import-source' },
    h('label', { class: 'choice' },
      h('input', {
        type: 'radio', name: 'other-source', id: `other-source-${s.key}`, value: s.key,
        'aria-describedby': `other-source-${s.key}-hint`,
      }),
      s.name),
    h('p', { class: 'hint', id: `other-source-${s.key}-hint` }, hintText(s.hint))));
  const appChoice = h('fieldset', { id: 'other-source' },
    h('legend', {}, t('settings-other-legend')),
    h('div', { class: 'choices import-sources' }, radios));

  const fileLabel = h('label', { for: 'other-file' }, t('settings-other-file'));
  const fileHint = h('p', { class: 'hint', id: 'other-file-hint' });
  const input = h('input', { type: 'file', id: 'other-file', 'aria-describedby': 'other-file-hint' });
  // Shown once an app is chosen: what to pick depends on it.
  const fileField = h('div', { class: 'field import-file', id: 'other-file-field', hidden: true },
    fileLabel, fileHint, input);

  const preview = h('div', {
    class: 'import-preview', id: 'other-preview', hidden: true, 'aria-labelledby': 'other-preview-heading',
  });
  const status = h('p', { class: 'status', id: 'other-status', role: 'status', tabindex: '-1' });
  const importButton = h('button', { type: 'button', class: 'button primary', id: 'other-import' },
    t('settings-other-import'));
  const againButton = h('button', { type: 'button', class: 'button', id: 'other-choose-again' },
    t('settings-other-choose-again'));

  let source = null; // the chosen app's SOURCES entry
  let chosen = null; // {source, fileName, bytes} of the file previewed
  let turn = 0; // a newer pick or choice makes an older answer stale
  let busy = false; // importing

  const clearPreview = () => {
    chosen = null;
    preview.hidden = true;
    preview.removeAttribute('aria-busy');
    replace(preview);
  };

  const busyWith = (on) => {
    busy = on;
    setBusy(importButton, on);
    setBusy(againButton, on);
    // Not while importing: a change of app or file would pull the
    // preview from under it.
    appChoice.disabled = on;
    input.disabled = on;
    if (on) preview.setAttribute('aria-busy', 'true');
    else preview.removeAttribute('aria-busy');
  };

  appChoice.addEventListener('change', (event) => {
    const next = sourceOf(event.target?.value);
    if (busy || !next) return;
    turn += 1;
    source = next;
    clearPreview();
    setStatus(status, '');
    input.value = '';
    input.setAttribute('accept', next.accept);
    fileLabel.textContent = t('settings-other-file-for', { app: next.name });
    replace(fileHint, hintText(next.hint));
    fileField.hidden = false;
  });

  input.addEventListener('change', async () => {
    const file = input.files?.[0];
    if (busy || !source || !file) return;
    turn += 1;
    const mine = turn;
    const from = source;
    clearPreview();
    if (Number(file.size) > MAX_FILE_BYTES) {
      setStatus(status, t('settings-other-too-large', { file: file.name, size: MAX_FILE_BYTES / (1024 * 1024) }),
        true);
      input.value = '';
      return;
    }
    setStatus(status, t('settings-other-reading', { file: file.name }));
    let bytes;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch {
      if (mine !== turn) return;
      setStatus(status, t('settings-other-unreadable', { file: file.name }), true);
      input.value = '';
      return;
    }
    if (mine !== turn) return;
    let answer;
    try {
      answer = await previewImportFrom(from.key, file.name, bytes);
    } catch (err) {
      if (mine !== turn) return;
      // The backend's words, as they are: they name the file and the place.
      setStatus(status, err.message, true);
      input.value = ''; // so the same file, mended, can be chosen again
      return;
    }
    if (mine !== turn) return;
    setStatus(status, '');
    chosen = { source: from.key, fileName: file.name, bytes };
    replace(preview, previewBody(answer, now().getFullYear(), { importButton, againButton }));
    preview.hidden = false;
    // To the preview's heading, so it is read, and Tab reaches Import next.
    preview.querySelector('#other-preview-heading')?.focus();
  });

  importButton.addEventListener('click', async () => {
    if (busy || !chosen) return;
    const { source: key, fileName, bytes } = chosen;
    let summary;
    try {
      summary = await withBusy(busyWith, () => {
        setStatus(status, t('settings-other-importing'));
        return importFrom(key, fileName, bytes);
      });
    } catch (err) {
      // Nothing was written; the preview stays, and focus stays on Import.
      setStatus(status, err.message, true);
      return;
    }
    turn += 1;
    clearPreview();
    input.value = '';
    setStatus(status, importedMessage(summary));
    // The buttons are gone with the preview; focus waits on what happened.
    status.focus();
    try {
      onImported?.(summary);
    } catch {
      /* a listener's trouble must not hide that the import worked */
    }
  });

  againButton.addEventListener('click', () => {
    if (busy) return;
    turn += 1;
    clearPreview();
    setStatus(status, '');
    input.value = '';
    input.focus();
    input.click(); // opens the file picker
  });

  return h('div', { class: 'subsection', id: 'import-other' },
    h('h3', { id: 'import-other-heading' }, t('settings-other-heading')),
    h('p', { id: 'import-other-about' }, t('settings-other-about')),
    appChoice,
    fileField,
    preview,
    status);
}
