// A check-in: how the day feels, in a number and a few words, in under a
// minute. The form (`#checkin/new`, `#checkin/7/edit`) and the page that
// reads one back (`#checkin/7`).

import {
  createCheckin, getCheckin, getFeelingWords, getJournalVocabulary, updateCheckin,
} from '../ipc.js';
import { entryMeta } from '../components/entry-meta.js';
import { mountEntryForm } from '../components/entry-form.js';
import { backToJournal, editLink, missingEntry } from '../components/entry-page.js';
import { feelingCheck } from '../components/feeling-check.js';
import { ratingMarkup } from '../components/rating-scale.js';
import { append, h } from '../lib/dom.js';
import {
  checkinInput, checkinProblem, checkinToState, emptyCheckin, isCheckinEmpty, normalizeCheckin,
} from '../lib/entry-forms.js';
import { formatDay, formatFriendly, nowYear } from '../lib/time.js';

/** The words offered as chips: each feeling family's own name, then the
 *  person's own words from earlier. Either list may be missing. */
async function offeredWords() {
  const [vocab, words] = await Promise.allSettled([getJournalVocabulary(), getFeelingWords()]);
  const groups = vocab.status === 'fulfilled' ? (vocab.value?.emotions ?? []) : [];
  const own = words.status === 'fulfilled' ? (words.value?.own ?? []) : [];
  return [...groups.map((g) => g.words?.[0] ?? g.group).filter(Boolean), ...own];
}

function buildFields({ changed }) {
  const mood = ratingMarkup({
    id: 'checkin-mood',
    label: 'How is your mood right now?',
    hint: '1 is low, 10 is good. Go with your first guess.',
    clearLabel: 'Clear the mood',
  });
  const chipBox = h('div', { id: 'checkin-feelings', class: 'chips' });
  // The person's own words take their own direction (dir="auto").
  const own = h('input', { type: 'text', id: 'checkin-own', maxlength: '40', autocomplete: 'off', dir: 'auto' });
  const add = h('button', { type: 'button', id: 'checkin-add', class: 'button' }, 'Add');
  const note = h('textarea', { id: 'checkin-note', rows: '3', dir: 'auto' });
  const priv = h('input', { type: 'checkbox', id: 'checkin-private', 'aria-describedby': 'checkin-private-hint' });

  // The same scale and chips as the reflection window's feeling check; it
  // reports every change, including chip presses (they fire no input).
  const feelings = feelingCheck({
    range: mood.range,
    valueOut: mood.valueOut,
    clearButton: mood.clearButton,
    chipBox,
    ownInput: own,
    addButton: add,
    onChange: changed,
  });
  const ready = offeredWords().then((words) => feelings.offer(words));

  const fields = [
    h('section', { class: 'card' }, mood.element,
      h('fieldset', { class: 'feeling-words' },
        h('legend', {}, 'Any words for it?'),
        chipBox,
        h('div', { class: 'own-word' },
          h('label', { for: 'checkin-own' }, 'A word of your own'),
          h('div', { class: 'own-word-row' }, own, add)))),
    h('section', { class: 'card' },
      h('div', { class: 'field' },
        h('label', { for: 'checkin-note' }, 'Anything you want to remember about today?'),
        h('p', { class: 'hint' }, 'Optional. A line is plenty.'),
        note),
      h('div', { class: 'field' },
        h('label', { class: 'choice' }, priv, 'Keep this private'),
        h('p', { class: 'hint', id: 'checkin-private-hint' },
          'Private entries are left out of any brief or export unless you include them.'))),
  ];

  return {
    fields,
    ready,
    read: () => {
      const f = feelings.read();
      return normalizeCheckin({
        mood: f.feelingRating, feelings: f.feelings, note: note.value, private: priv.checked,
      });
    },
    fill: (s) => {
      feelings.fill({ feelingRating: s.mood, feelings: s.feelings });
      note.value = s.note;
      priv.checked = s.private;
    },
    focusFirst: () => mood.range.focus(),
    focusProblem: () => mood.range.focus(),
  };
}

export const formView = {
  // A redraw would wipe what is being typed; the draft keeps it instead.
  live: false,
  render(root, route, ctx) {
    return mountEntryForm(root, route, ctx, {
      kind: 'checkin',
      titles: { new: 'Check in', edit: 'Edit check-in' },
      intro: {
        new: 'A quick look at how you are. A number is enough; words are welcome.',
        edit: 'Change anything you like; the rest stays as it was.',
      },
      load: getCheckin,
      create: createCheckin,
      update: updateCheckin,
      empty: emptyCheckin,
      normalize: normalizeCheckin,
      fromEntry: checkinToState,
      isEmpty: isCheckinEmpty,
      problem: checkinProblem,
      toInput: checkinInput,
      build: buildFields,
      savedMessage: 'Check-in saved.',
    });
  },
};

export const detailView = {
  live: true,
  async render(root, route, ctx) {
    let c;
    try {
      c = await getCheckin(route.id);
    } catch (err) {
      append(root, missingEntry('checkin', err, ctx.refresh));
      return 'Check-in';
    }
    const entry = { kind: 'checkin', id: c.id };
    const note = String(c.note ?? '').trim();
    append(root,
      backToJournal(),
      h('h1', {}, `Check-in, ${formatFriendly(c.at, nowYear())}`),
      h('article', { class: 'detail', id: 'checkin-detail', dataset: { id: c.id } },
        h('section', {},
          h('h2', {}, 'Mood'),
          h('p', { class: 'rating-read' }, `${c.mood} out of 10`,
            h('span', { class: 'muted' }, ' (1 is low, 10 is good)'))),
        // The words and note are the person's own, in their own direction.
        c.feelings?.length
          ? h('section', {}, h('h2', {}, 'Feelings'),
            h('ul', { class: 'chips', 'aria-label': 'Feeling words' },
              c.feelings.map((w) => h('li', {}, h('span', { class: 'chip', dir: 'auto' }, w)))))
          : null,
        note ? h('section', {}, h('h2', {}, 'Note'), h('p', { class: 'answer', dir: 'auto' }, note)) : null),
      editLink(entry),
      entryMeta({ entry, meta: c, ctx }));
    return `Check-in · ${formatDay(c.at, nowYear())}`;
  },
};
