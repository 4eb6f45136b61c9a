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
import {
  emptyNote, isNoteEmpty, normalizeNote, noteInput, noteProblem, noteToState,
} from '../lib/entry-forms.js';
import { tagSuggestions } from '../lib/journal.js';
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
    label: 'Mood, if you like',
    hint: '1 is low, 10 is good. Leave it as “No mood” if it doesn’t fit.',
    unsetText: 'No mood',
    clearLabel: 'No mood for this note',
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
        h('label', { for: 'note-text' }, 'What’s on your mind?'),
        h('p', { class: 'hint', id: 'note-text-hint' }, 'Anything at all: a thought, a worry, something that went well.'),
        text)),
    h('section', { class: 'card' },
      mood.element,
      h('div', { class: 'field' },
        h('label', { for: 'note-tags' }, 'Tags'),
        h('p', { class: 'hint', id: 'note-tags-hint' }, 'Optional. Separate them with commas, like “work, sleep”.'),
        tags, options),
      h('div', { class: 'field' },
        h('label', { class: 'choice' }, priv, 'Keep this private'),
        h('p', { class: 'hint', id: 'note-private-hint' },
          'Private entries are left out of any brief or export unless you include them.'))),
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
      titles: { new: 'Write a note', edit: 'Edit note' },
      intro: {
        new: 'Room for whatever is here today. Only you will read it.',
        edit: 'Change anything you like; the rest stays as it was.',
      },
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
      savedMessage: 'Note saved.',
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
      return 'Note';
    }
    const entry = { kind: 'note', id: n.id };
    const hasMood = n.mood !== null && n.mood !== undefined;
    append(root,
      backToJournal(),
      h('h1', {}, `Note, ${formatFriendly(n.at, nowYear())}`),
      h('article', { class: 'detail', id: 'note-detail', dataset: { id: n.id } },
        h('p', { class: 'answer note-text', dir: 'auto' }, n.text),
        hasMood
          ? h('p', { class: 'rating-read' }, `Mood: ${n.mood} out of 10`,
            h('span', { class: 'muted' }, ' (1 is low, 10 is good)'))
          : null),
      editLink(entry),
      entryMeta({ entry, meta: n, ctx }));
    return `Note · ${formatDay(n.at, nowYear())}`;
  },
};
