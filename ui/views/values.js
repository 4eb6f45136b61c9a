// What matters to the person, in their own words, by life area
// (`#values`): set once, edited whenever. Each value offers "Plan an
// activity for this", which is where behavioural activation starts.

import {
  createValue, deleteValue, listValues, restoreValue, updateValue,
} from '../ipc.js';
import {
  append, errorNotice, h, isBusy, replace, showMessage, showToast, withBusy,
} from '../lib/dom.js';
import { AREAS, valuesByArea } from '../lib/activity-form.js';
import { t } from '../lib/i18n.js';
import { newActivityHref } from '../lib/route.js';

const errorLine = (id) => h('div', { class: 'error', id, role: 'alert', tabindex: '-1', hidden: true });

/** One value: its words, "Plan an activity for this", Change and Remove.
 *  Change swaps the line for a box with Save and Cancel, in place. */
function valueItem(v, ctx) {
  const li = h('li', { class: 'value-item', dataset: { valueId: v.id } });
  const show = () => replace(li,
    h('span', { class: 'value-words', dir: 'auto' }, v.words),
    h('span', { class: 'value-actions' },
      h('a', { href: newActivityHref(v.id), id: `plan-for-value-${v.id}` }, t('practice-values-plan-for')),
      h('button', {
        type: 'button', class: 'button quiet', id: `change-value-${v.id}`, onclick: edit,
        'aria-label': t('practice-values-change-label', { words: v.words }),
      }, t('practice-values-change')),
      h('button', {
        type: 'button', class: 'button quiet', id: `remove-value-${v.id}`, onclick: remove,
        'aria-label': t('practice-values-remove-label', { words: v.words }),
      }, t('practice-values-remove'))));
  function edit() {
    const box = h('input', {
      type: 'text', id: `value-words-${v.id}`, dir: 'auto', 'aria-label': t('practice-values-words'),
    });
    box.value = v.words;
    const error = errorLine(`value-error-${v.id}`);
    const save = h('button', { type: 'submit', class: 'button primary' }, t('practice-values-save'));
    const form = h('form', { class: 'value-edit', novalidate: true }, box, save,
      h('button', { type: 'button', class: 'button quiet', onclick: () => { show(); ctx.refresh(); } },
        t('practice-values-cancel')),
      error);
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      if (isBusy(save)) return;
      await withBusy(save, async () => {
        try {
          await updateValue(v.id, { area: v.area, words: box.value.trim() });
          showToast(t('practice-values-saved'));
          ctx.refresh();
        } catch (err) {
          showMessage(error, err.message);
          box.focus();
        }
      });
    });
    replace(li, form);
    box.focus();
  }
  async function remove() {
    try {
      await deleteValue(v.id);
    } catch (err) {
      showToast(err.message);
      return;
    }
    ctx.refresh();
    showToast(t('practice-values-removed'), {
      actionLabel: t('practice-plan-undo'),
      actionId: 'undo',
      onAction: async () => {
        try {
          await restoreValue(v.id);
        } catch (err) {
          showToast(err.message);
          return;
        }
        ctx.refresh();
      },
    });
  }
  show();
  return li;
}

/** Adding a value: the area, then the words. */
function addForm(ctx) {
  const area = h('select', { id: 'value-area' },
    AREAS.map((a) => h('option', { value: a }, t(`practice-values-area-${a}`))));
  const words = h('input', {
    type: 'text', id: 'value-words', dir: 'auto', 'aria-describedby': 'value-words-hint',
  });
  const error = errorLine('value-error');
  const add = h('button', { type: 'submit', id: 'add-value', class: 'button primary' }, t('practice-values-add'));
  const form = h('form', { id: 'value-form', class: 'card', novalidate: true },
    h('h2', { class: 'eyebrow' }, t('practice-values-add-heading')),
    h('div', { class: 'field' }, h('label', { for: 'value-area' }, t('practice-values-area')), area),
    h('div', { class: 'field' },
      h('label', { for: 'value-words' }, t('practice-values-words')),
      h('p', { class: 'hint', id: 'value-words-hint' }, t('practice-values-words-hint')),
      words),
    error,
    h('div', { class: 'actions' }, add));
  form.addEventListener('input', () => showMessage(error, ''));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (isBusy(add)) return;
    if (!words.value.trim()) {
      showMessage(error, t('practice-values-problem-words'));
      words.focus();
      return;
    }
    await withBusy(add, async () => {
      try {
        await createValue({ area: area.value, words: words.value.trim() });
        showToast(t('practice-values-added'));
        ctx.refresh();
      } catch (err) {
        showMessage(error, err.message);
        words.focus();
      }
    });
  });
  return form;
}

export default {
  live: false, // a value may be half-typed
  async render(root, _route, ctx) {
    const title = t('practice-values-title');
    append(root,
      h('p', {}, h('a', { href: '#practice' }, t('practice-back'))),
      h('h1', {}, title),
      h('p', { class: 'lede' }, t('practice-values-lede')));
    let values;
    try {
      values = await listValues();
    } catch (err) {
      append(root, errorNotice(err, ctx.refresh));
      return title;
    }
    append(root,
      h('div', { id: 'values-list' }, valuesByArea(values).map((g) => h('section', {
        class: 'value-area', 'aria-labelledby': `values-${g.area}-heading`, dataset: { area: g.area },
      },
      h('h2', { id: `values-${g.area}-heading` }, t(`practice-values-area-${g.area}`)),
      g.values.length
        ? h('ul', { class: 'value-list' }, g.values.map((v) => valueItem(v, ctx)))
        : h('p', { class: 'muted' }, t('practice-values-area-empty'))))),
      addForm(ctx));
    return title;
  },
};
