// A note: free writing, with a mood and tags if the person wants them. The
// form (`#note/new`, `#note/7/edit`) and the page that reads one back
// (`#note/7`).

import {
  createNote, getNote, listTags, updateNote,
} from '../ipc.js';
import { entryMeta } from '../components/entry-meta.js';
import { mountEntryForm } from '../components/entry-form.js';
import { backToJournal, editLink, missingEntry } from '../components/entry-page.js';
import { ratingField } from '../components/rating-scale.js';
import { append, h } from '../lib/dom.js';
import { t } from '../lib/i18n.js';
import {
  emptyNote, isNoteEmpty, normalizeNote, noteInput, noteProblem, noteToState,
} from '../lib/entry-forms.js';
import { kindLabel, tagSuggestions } from '../lib/journal.js';
import { formatDay, formatFriendly, nowYear } from '../lib/time.js';

// What the person types, and reads back, takes its own direction
// (dir="auto"): a note written right to left starts from the right.
function buildFields({ changed }) {
  const text = h('textarea', {
    id: 'note-text', rows: '8', required: true, 'aria-required': 'true', 'aria-describedby': 'note-text-hint',
    dir: 'auto',
  });
  const mood = ratingField({
    id: 'note-mood',
    label: t('journal-note-mood'),
    hint: t('journal-note-mood-hint'),
    unsetText: t('journal-note-no-mood'),
    clearLabel: t('journal-note-mood-clear'),
    onChange: changed,
  });
  const tags = h('input', {
    type: 'text', id: 'note-tags', list: 'note-tags-options', autocomplete: 'off', dir: 'auto',
    'aria-describedby': 'note-tags-hint',
  });
  const options = h('datalist', { id: 'note-tags-options' });
  const priv = h('input', { type: 'checkbox', id: 'note-private', 'aria-describedby': 'note-private-hint' });

  // Suggest tags already used; each suggestion completes the last one typed.
  let known = [];
  const suggest = () => options.replaceChildren(
    ...tagSuggestions(tags.value, known).map((v) => h('option', { value: v })));
  tags.addEventListener('input', suggest);
  const ready = listTags().then((list) => { known = list; suggest(); }).catch(() => {
    /* no suggestions; typing a tag still works */
  });

  const fields = [
    h('section', { class: 'card' },
      h('div', { class: 'field' },
        h('label', { for: 'note-text' }, t('journal-note-text')),
        h('p', { class: 'hint', id: 'note-text-hint' }, t('journal-note-text-hint')),
        text)),
    h('section', { class: 'card' },
      mood.element,
      h('div', { class: 'field' },
        h('label', { for: 'note-tags' }, t('journal-note-tags')),
        h('p', { class: 'hint', id: 'note-tags-hint' }, t('journal-note-tags-hint')),
        tags, options),
      h('div', { class: 'field' },
        h('label', { class: 'choice' }, priv, t('journal-private-label')),
        h('p', { class: 'hint', id: 'note-private-hint' }, t('journal-private-hint')))),
  ];

  return {
    fields,
    ready,
    read: () => normalizeNote({
      text: text.value, mood: mood.scale.value, tags: tags.value, private: priv.checked,
    }),
    fill: (s) => {
      text.value = s.text;
      mood.scale.set(s.mood);
      tags.value = s.tags;
      priv.checked = s.private;
      suggest();
    },
    focusFirst: () => text.focus(),
    focusProblem: () => text.focus(),
  };
}

export const formView = {
  // A redraw would wipe what is being typed; the draft keeps it instead.
  live: false,
  render(root, route, ctx) {
    return mountEntryForm(root, route, ctx, {
      kind: 'note',
      titles: { new: t('journal-note-title-new'), edit: t('journal-note-title-edit') },
      intro: { new: t('journal-note-intro'), edit: t('journal-form-edit-intro') },
      load: getNote,
      create: createNote,
      update: updateNote,
      empty: emptyNote,
      normalize: normalizeNote,
      fromEntry: noteToState,
      isEmpty: isNoteEmpty,
      problem: noteProblem,
      toInput: noteInput,
      build: buildFields,
      savedMessage: t('journal-note-saved'),
    });
  },
};

export const detailView = {
  live: true,
  async render(root, route, ctx) {
    let n;
    try {
      n = await getNote(route.id);
    } catch (err) {
      append(root, missingEntry('note', err, ctx.refresh));
      return kindLabel('note');
    }
    const entry = { kind: 'note', id: n.id };
    const hasMood = n.mood !== null && n.mood !== undefined;
    append(root,
      backToJournal(),
      h('h1', {}, t('journal-note-heading', { when: formatFriendly(n.at, nowYear()) })),
      h('article', { class: 'detail', id: 'note-detail', dataset: { id: n.id } },
        h('p', { class: 'answer note-text', dir: 'auto' }, n.text),
        hasMood
          ? h('p', { class: 'rating-read' }, t('journal-note-mood-read', { mood: n.mood }),
            h('span', { class: 'muted' }, ` ${t('journal-rating-scale')}`))
          : null),
      editLink(entry),
      entryMeta({ entry, meta: n, ctx }));
    return t('journal-note-page-title', { day: formatDay(n.at, nowYear()) });
  },
};
