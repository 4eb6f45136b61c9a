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
import { t } from '../lib/i18n.js';
import {
  checkinInput, checkinProblem, checkinToState, emptyCheckin, isCheckinEmpty, normalizeCheckin,
} from '../lib/entry-forms.js';
import { kindLabel } from '../lib/journal.js';
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
    label: t('journal-checkin-mood'),
    hint: t('journal-checkin-mood-hint'),
    clearLabel: t('journal-checkin-mood-clear'),
  });
  const chipBox = h('div', { id: 'checkin-feelings', class: 'chips' });
  // The person's own words take their own direction (dir="auto").
  const own = h('input', { type: 'text', id: 'checkin-own', maxlength: '40', autocomplete: 'off', dir: 'auto' });
  const add = h('button', { type: 'button', id: 'checkin-add', class: 'button' }, t('journal-checkin-add'));
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
        h('legend', {}, t('journal-checkin-words')),
        chipBox,
        h('div', { class: 'own-word' },
          h('label', { for: 'checkin-own' }, t('journal-checkin-own-word')),
          h('div', { class: 'own-word-row' }, own, add)))),
    h('section', { class: 'card' },
      h('div', { class: 'field' },
        h('label', { for: 'checkin-note' }, t('journal-checkin-note')),
        h('p', { class: 'hint' }, t('journal-checkin-note-hint')),
        note),
      h('div', { class: 'field' },
        h('label', { class: 'choice' }, priv, t('journal-private-label')),
        h('p', { class: 'hint', id: 'checkin-private-hint' }, t('journal-private-hint')))),
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
      titles: { new: t('journal-checkin-title-new'), edit: t('journal-checkin-title-edit') },
      intro: { new: t('journal-checkin-intro'), edit: t('journal-form-edit-intro') },
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
      savedMessage: t('journal-checkin-saved'),
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
      return kindLabel('checkin');
    }
    const entry = { kind: 'checkin', id: c.id };
    const note = String(c.note ?? '').trim();
    append(root,
      backToJournal(),
      h('h1', {}, t('journal-checkin-heading', { when: formatFriendly(c.at, nowYear()) })),
      h('article', { class: 'detail', id: 'checkin-detail', dataset: { id: c.id } },
        h('section', {},
          h('h2', {}, t('journal-checkin-mood-heading')),
          h('p', { class: 'rating-read' }, t('journal-rating-out-of-ten', { rating: c.mood }),
            h('span', { class: 'muted' }, ` ${t('journal-rating-scale')}`))),
        // The words and note are the person's own, in their own direction.
        c.feelings?.length
          ? h('section', {}, h('h2', {}, t('journal-checkin-feelings-heading')),
            h('ul', { class: 'chips', 'aria-label': t('journal-feeling-words') },
              c.feelings.map((w) => h('li', {}, h('span', { class: 'chip', dir: 'auto' }, w)))))
          : null,
        note ? h('section', {}, h('h2', {}, t('journal-checkin-note-heading')),
          h('p', { class: 'answer', dir: 'auto' }, note)) : null),
      editLink(entry),
      entryMeta({ entry, meta: c, ctx }));
    return t('journal-checkin-page-title', { day: formatDay(c.at, nowYear()) });
  },
};
