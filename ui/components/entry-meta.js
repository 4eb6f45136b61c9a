// What a person can do with any entry from its own page: star it to bring
// to the next session, keep it private, tag it, or delete it (with Undo).
// Moments, check-ins, notes and reflections all share this one block, so
// the same words and keys work everywhere.
//
// Each change is saved at once. The buttons turn first and turn back if
// the save fails, saying so in the status line; a tag typed but not saved
// stays in the field.

import {
  deleteEntry, listTags, restoreEntry, setEntryFlags, setEntryTags,
} from '../ipc.js';
import { confirmDialog, h, showToast } from '../lib/dom.js';
import { t } from '../lib/i18n.js';
import {
  kindArgs, parseTags, tagSuggestions, tagsText,
} from '../lib/journal.js';

// Tags typed but not yet saved, by entry. The page is drawn again after
// any write anywhere (a star pressed, a reminder logged), and that must
// not wipe half-typed tags out of the field.
const typedTags = new Map();
const entryKey = (entry) => `${entry.kind}:${entry.id}`;

// What the status line last said, and for which entry. Every save here is
// a write, and every write draws the page again a moment later; the new
// drawing shows the same words rather than blanking them mid-sentence.
let lastSaid = { key: null, message: '', isError: false, at: 0 };
const SAID_FOR_MS = 4000;

/** The tag chips under the field; none shows a quiet "No tags yet." A tag
 *  is the person's word, in its own direction (dir="auto"), like the field. */
function tagChips(tags) {
  if (!tags.length) return [h('li', { class: 'muted' }, t('journal-meta-no-tags'))];
  return tags.map((tag) => h('li', {}, h('span', { class: 'chip tag-chip', dir: 'auto' }, tag)));
}

/** A toggle button: its name stays the same and aria-pressed says whether
 *  it is on, so a screen reader reads "Bring to my session, pressed". */
function toggle({ id, icon, label, pressed, describedBy }) {
  return h('button', {
    type: 'button', id, class: 'button toggle', 'aria-pressed': String(pressed), 'aria-describedby': describedBy,
  }, icon ? h('span', { class: 'toggle-icon', 'aria-hidden': 'true' }, icon) : null, h('span', {}, label));
}

/** Asks first (the page's one delete dialog, titled for this kind), then
 *  deletes, goes to `after`, and offers Undo while the backend still
 *  keeps the entry. */
async function removeEntry(entry, ctx, after) {
  const title = globalThis.document.getElementById('confirm-delete-title');
  if (title) title.textContent = t('journal-delete-title', kindArgs(entry.kind));
  if (!(await confirmDialog('confirm-delete', 'delete', 'confirm-delete-no'))) return;
  try {
    await deleteEntry(entry);
  } catch (err) {
    showToast(err.message);
    return;
  }
  ctx.navigate(after);
  showToast(t('journal-deleted', kindArgs(entry.kind)), {
    actionLabel: t('journal-undo'),
    actionId: 'undo',
    onAction: async () => {
      try {
        await restoreEntry(entry);
        showToast(t('journal-restored', kindArgs(entry.kind)));
      } catch (err) {
        showToast(err.message);
      }
    },
  });
}

/**
 * entryMeta({ entry: {kind, id}, meta: {starred, private, tags} | null, ctx })
 *
 * `meta` null (it couldn't be read) leaves only Delete, which needs nothing
 * but the entry. `deleteId` and `afterDelete` let the reflection page keep
 * its own id and go back to its own list.
 */
export function entryMeta({
  entry, meta, ctx, deleteId = 'delete-entry', afterDelete = '#journal',
}) {
  const key = entryKey(entry);
  const status = h('p', { class: 'status', id: 'entry-meta-status', role: 'status' });
  const say = (message, isError = false) => {
    status.textContent = message;
    status.classList.toggle('is-error', isError);
    lastSaid = { key, message, isError, at: Date.now() };
  };
  if (lastSaid.key === key && Date.now() - lastSaid.at < SAID_FOR_MS) {
    status.textContent = lastSaid.message;
    status.classList.toggle('is-error', lastSaid.isError);
  }
  const remove = h('button', {
    type: 'button', id: deleteId, class: 'button attention', onclick: () => removeEntry(entry, ctx, afterDelete),
  }, t('journal-meta-delete'));
  if (!meta) {
    return h('section', { class: 'entry-block', 'aria-label': t('journal-meta-label') },
      h('div', { class: 'actions' }, remove));
  }

  const star = toggle({
    id: 'entry-star', icon: meta.starred ? '★' : '☆', label: t('journal-meta-star'),
    pressed: meta.starred, describedBy: 'entry-star-hint',
  });
  const priv = toggle({
    id: 'entry-private-toggle', icon: null, label: t('journal-meta-private'),
    pressed: meta.private, describedBy: 'entry-private-hint',
  });

  /** Turns a toggle now, saves, and turns it back if the save fails. */
  async function flip(button, flag, words) {
    const on = button.getAttribute('aria-pressed') !== 'true';
    const show = (value) => {
      button.setAttribute('aria-pressed', String(value));
      if (button === star) button.querySelector('.toggle-icon').textContent = value ? '★' : '☆';
    };
    show(on);
    say('');
    try {
      const item = await setEntryFlags(entry, { [flag]: on });
      show(Boolean(item?.[flag] ?? on));
      say(on ? words.on : words.off);
    } catch (err) {
      show(!on);
      say(err.message, true);
    }
  }
  star.addEventListener('click', () => flip(star, 'starred', {
    on: t('journal-meta-starred'), off: t('journal-meta-unstarred'),
  }));
  priv.addEventListener('click', () => flip(priv, 'private', {
    on: t('journal-meta-private-on'), off: t('journal-meta-private-off'),
  }));

  // Tags: typed as one line, saved when the field is left or on Enter.
  let saved = [...(meta.tags ?? [])];
  const chips = h('ul', { class: 'chips tag-list', id: 'entry-tags', 'aria-label': t('journal-meta-tags') },
    tagChips(saved));
  const options = h('datalist', { id: 'entry-tags-options' });
  let known = [];
  const suggest = () => options.replaceChildren(
    ...tagSuggestions(input.value, known).map((v) => h('option', { value: v })));
  const input = h('input', {
    type: 'text', id: 'entry-tags-edit', list: 'entry-tags-options', autocomplete: 'off', dir: 'auto',
    value: typedTags.get(key) ?? tagsText(saved), 'aria-describedby': 'entry-tags-hint',
  });
  listTags().then((tags) => { known = tags; suggest(); }).catch(() => {
    /* no suggestions; typing a tag still works */
  });

  // Enter saves, and leaving the field afterwards fires `change` too:
  // the same tags are sent once, not twice.
  let sending = null;
  async function saveTags() {
    const tags = parseTags(input.value);
    const wanted = tags.join('\n');
    if (wanted === saved.join('\n') || wanted === sending) return;
    sending = wanted;
    say('');
    try {
      const item = await setEntryTags(entry, tags);
      saved = [...(item?.tags ?? tags)];
      typedTags.delete(key);
      input.value = tagsText(saved);
      chips.replaceChildren(...tagChips(saved));
      say(saved.length ? t('journal-meta-tags-saved') : t('journal-meta-tags-removed'));
    } catch (err) {
      say(err.message, true); // what was typed stays in the field
    } finally {
      sending = null;
    }
  }
  input.addEventListener('input', () => {
    if (input.value === tagsText(saved)) typedTags.delete(key);
    else typedTags.set(key, input.value);
    suggest();
  });
  input.addEventListener('change', saveTags);
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    saveTags();
  });

  return h('section', { class: 'entry-block card', 'aria-labelledby': 'entry-meta-heading' },
    h('h2', { id: 'entry-meta-heading', class: 'eyebrow' }, t('journal-meta-heading')),
    h('div', { class: 'meta-toggles' },
      h('div', { class: 'meta-toggle' }, star,
        h('p', { class: 'hint', id: 'entry-star-hint' }, t('journal-meta-star-hint'))),
      h('div', { class: 'meta-toggle' }, priv,
        h('p', { class: 'hint', id: 'entry-private-hint' }, t('journal-meta-private-hint')))),
    h('div', { class: 'field meta-tags' },
      h('label', { for: 'entry-tags-edit' }, t('journal-meta-tags')),
      h('p', { class: 'hint', id: 'entry-tags-hint' }, t('journal-meta-tags-hint')),
      input, options, chips),
    status,
    h('div', { class: 'actions' }, remove));
}
