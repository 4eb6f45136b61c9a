// Homework from the therapist, as a file (`#homework`): choose the file,
// see what it holds, and say yes item by item. Nothing is added without a
// yes; items added before are shown as such and can't be added twice. A
// file that can't be read is refused in the backend's words, which name
// the file, the line and the field.

import { importHomework, previewHomework } from '../ipc.js';
import { append, h, isBusy, replace, showToast, withBusy } from '../lib/dom.js';
import { t } from '../lib/i18n.js';

/** A homework file is a page of instructions; the backend's cap, in bytes. */
export const MAX_HOMEWORK_BYTES = 1024 * 1024;

const KIND_WORDS = {
  plan: 'practice-homework-kind-plan',
  practice: 'practice-homework-kind-practice',
  experiment: 'practice-homework-kind-experiment',
  questionnaire: 'practice-homework-kind-questionnaire',
  question: 'practice-homework-kind-question',
};

/** The item ids said yes to, from the ticked boxes (those added before
 *  stay ticked, so the backend counts them as already here, not as left
 *  out). */
export function acceptedIds(boxes) {
  return [...boxes].filter((b) => b.checked).map((b) => b.value);
}

/** One item with its box: ticked to start with. An item added before
 *  stays ticked and can't be unticked: it is shown as added. */
function itemRow(item, i) {
  const id = `homework-item-${i}`;
  const box = h('input', {
    type: 'checkbox', id, value: item.id, checked: true, disabled: item.alreadyAdded,
    'aria-describedby': `${id}-kind`,
  });
  return h('li', { class: 'card homework-item', dataset: { itemId: item.id } },
    h('label', { class: 'choice', for: id }, box, h('span', { dir: 'auto' }, item.title)),
    h('p', { class: 'hint', id: `${id}-kind` },
      t(KIND_WORDS[item.kind] ?? KIND_WORDS.plan),
      item.alreadyAdded ? [' · ', t('practice-homework-already')] : null),
    item.detail ? h('p', { class: 'hint homework-detail' },
      t(item.kind === 'experiment' ? 'practice-homework-test' : 'practice-homework-cue'), ' ',
      h('span', { class: 'answer', dir: 'auto' }, item.detail)) : null);
}

function previewBody(p, { file, text, ctx, status }) {
  const note = p.note
    ? h('section', { class: 'card', 'aria-labelledby': 'homework-note-heading' },
      h('h2', { id: 'homework-note-heading', class: 'eyebrow' },
        p.from ? t('practice-homework-note-from', { from: p.from }) : t('practice-homework-note')),
      h('p', { class: 'answer', dir: 'auto', id: 'homework-note-text' }, p.note),
      h('label', { class: 'choice', for: 'homework-keep-note' },
        h('input', {
          type: 'checkbox', id: 'homework-keep-note', checked: !p.noteAlreadyAdded, disabled: p.noteAlreadyAdded,
        }),
        p.noteAlreadyAdded ? t('practice-homework-note-already') : t('practice-homework-keep-note')))
    : null;
  const list = h('ul', { class: 'homework-items', id: 'homework-items' }, p.items.map(itemRow));
  const add = h('button', { type: 'button', id: 'homework-add', class: 'button primary' }, t('practice-homework-add'));
  add.addEventListener('click', async () => {
    if (isBusy(add)) return; // a double click adds once
    const accept = acceptedIds(list.querySelectorAll('input[type="checkbox"]'));
    const keepNote = Boolean(note?.querySelector('#homework-keep-note')?.checked)
      && !p.noteAlreadyAdded;
    try {
      const summary = await withBusy(add, () => importHomework(text, file, accept, keepNote));
      showToast(t('practice-homework-done', { added: summary.added, leftOut: summary.leftOut }));
      ctx.navigate('#practice');
    } catch (err) {
      status.textContent = err.message;
      status.hidden = false;
      status.focus();
    }
  });
  return [
    h('h2', { id: 'homework-preview-heading', tabindex: '-1' }, t('practice-homework-preview-heading', { file })),
    h('p', { class: 'hint' }, t('practice-homework-preview-hint')),
    note,
    p.items.length ? list : h('p', { class: 'muted' }, t('practice-homework-no-items')),
    h('div', { class: 'actions' }, add),
  ];
}

export default {
  live: false, // the ticks are the person's answer; a redraw would lose them
  async render(root, _route, ctx) {
    const title = t('practice-homework-title');
    const input = h('input', { type: 'file', id: 'homework-file', accept: '.json,application/json' });
    const status = h('p', { class: 'error', id: 'homework-status', role: 'alert', tabindex: '-1', hidden: true });
    const preview = h('div', { id: 'homework-preview', hidden: true });
    append(root,
      h('p', {}, h('a', { href: '#practice' }, t('practice-back'))),
      h('h1', {}, title),
      h('p', { class: 'lede' }, t('practice-homework-lede')),
      h('div', { class: 'field' },
        h('label', { for: 'homework-file' }, t('practice-homework-choose')),
        h('p', { class: 'hint', id: 'homework-file-hint' }, t('practice-homework-choose-hint')),
        input),
      status,
      preview);
    input.setAttribute('aria-describedby', 'homework-file-hint');
    let turn = 0; // which choice of file the page shows
    input.addEventListener('change', async () => {
      const file = input.files?.[0];
      status.hidden = true;
      preview.hidden = true;
      if (!file) return;
      turn += 1;
      const mine = turn;
      const say = (message) => {
        status.textContent = message;
        status.hidden = false;
        status.focus();
        input.value = ''; // so the same file, mended, can be chosen again
      };
      if (Number(file.size) > MAX_HOMEWORK_BYTES) {
        say(t('practice-homework-too-large', { file: file.name }));
        return;
      }
      let text;
      try {
        text = await file.text();
      } catch {
        say(t('practice-homework-unreadable', { file: file.name }));
        return;
      }
      try {
        const answer = await previewHomework(text, file.name);
        if (mine !== turn) return; // another file was chosen meanwhile
        replace(preview, previewBody(answer, { file: file.name, text, ctx, status }));
        preview.hidden = false;
        preview.querySelector('#homework-preview-heading')?.focus();
      } catch (err) {
        if (mine === turn) say(err.message); // the backend's words: the file, the line, the field
      }
    });
    return title;
  },
};
