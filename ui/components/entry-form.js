// The frame the check-in and note forms share: heading, the draft that is
// kept a moment after every change and offered back on return, a kind
// refusal when something needed is missing, and Save. The fields are the
// caller's (`spec.build`); this owns only how their words are kept safe.
//
// A draft lives under "checkin:new", "note:7" and so on. Saving the entry
// clears it in the backend, in the same transaction; until then, leaving
// the page, closing the window or a crash loses at most the last moment.

import { discardDraft, getDraft, saveDraft } from '../ipc.js';
import { append, h, isBusy, showMessage, showToast, withBusy } from '../lib/dom.js';
import { entryDraftKey } from '../lib/entry-forms.js';
import { t } from '../lib/i18n.js';
import { kindArgs } from '../lib/journal.js';
import { AutosaveController } from '../lib/reflection-form.js';
import { entryHref } from '../lib/route.js';
import { clockTime } from '../lib/time.js';
import { missingEntry } from './entry-page.js';

/** Runs `fn` once when this page is left (the hash changes) or hidden. */
function onLeave(fn) {
  const w = globalThis.window;
  if (!w?.addEventListener) return;
  w.addEventListener('hashchange', fn, { once: true });
  w.addEventListener('pagehide', fn, { once: true });
}

/**
 * mountEntryForm(root, route, ctx, spec) → page title
 *
 * spec: {
 *   kind, titles: { new, edit }, intro: { new, edit }, saveLabel,
 *   load(id) → entry, create(input), update(id, input),
 *   empty(), normalize(draftBody), fromEntry(entry), isEmpty(state),
 *   problem(state) → message | null, toInput(state, original),
 *   build({ changed }) → { fields: Node[], read(), fill(state), focusProblem() }
 *     (may also return `ready`, a promise to wait for, e.g. vocabulary)
 *   savedMessage,
 * }
 */
export async function mountEntryForm(root, route, ctx, spec) {
  const { kind } = spec;
  const id = route.id ?? null;
  const editing = id !== null;
  const key = entryDraftKey(kind, id);
  const title = editing ? spec.titles.edit : spec.titles.new;
  const back = editing ? entryHref({ kind, id }) : '#journal';

  const [loaded, draft] = await Promise.allSettled([
    editing ? spec.load(id) : null,
    getDraft(key),
  ]);
  if (loaded.status === 'rejected') {
    append(root, missingEntry(kind, loaded.reason, ctx.refresh));
    return title;
  }
  const original = loaded.value;

  const error = h('p', {
    class: 'error', id: `${kind}-error`, role: 'alert', tabindex: '-1', hidden: true,
  });
  const draftStatus = h('p', { class: 'status', id: `${kind}-draft-status`, role: 'status' });
  const save = h('button', { type: 'submit', id: `${kind}-save`, class: 'button primary' },
    spec.saveLabel ?? (editing ? t('journal-form-save-changes') : t('journal-form-save')));

  let autosave = null;
  const changed = () => {
    showMessage(error, ''); // an error about the form as it was is stale now
    autosave?.schedule(form.read());
  };
  const built = spec.build({ changed });
  // The message sits at the top, beside the first field, so it is in view
  // whichever field it names (and after a failed save, focus goes to it).
  const formEl = h('form', { id: `${kind}-form`, class: 'entry-form', novalidate: true },
    error, built.fields,
    h('div', { class: 'form-actions' }, draftStatus, save));
  const form = { el: formEl, read: built.read, fill: built.fill };
  formEl.addEventListener('input', changed);
  formEl.addEventListener('change', changed);
  // Enter in a one-line field would save half-way through a thought; Save
  // is a deliberate press of the button.
  formEl.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && event.target?.tagName === 'INPUT' && event.target.type !== 'submit') {
      event.preventDefault();
    }
  });

  const body = draft.status === 'fulfilled' ? draft.value?.body : undefined;
  const hasDraft = body !== undefined && body !== null;
  const restored = h('div', { class: 'notice', id: `${kind}-draft-restored`, hidden: !hasDraft },
    h('p', {}, t('journal-draft-restored')),
    h('button', { type: 'button', class: 'button', id: `${kind}-start-fresh`, onclick: startFresh },
      t('journal-draft-start-fresh')));

  const fresh = () => (original ? spec.fromEntry(original) : spec.empty());
  await built.ready;
  form.fill(hasDraft ? spec.normalize(body) : fresh());
  if (draft.status === 'rejected') {
    draftStatus.classList.add('is-error');
    draftStatus.textContent = t('journal-draft-check-failed');
  }

  autosave = new AutosaveController({
    hasDraft,
    isEmpty: spec.isEmpty,
    save: (state) => saveDraft(key, state),
    onSaved: (d) => {
      draftStatus.classList.remove('is-error');
      draftStatus.textContent = t('journal-draft-kept', { time: clockTime(d?.updatedAt) || clockTime(new Date()) });
    },
    onError: () => {
      draftStatus.classList.add('is-error');
      draftStatus.textContent = t('journal-draft-failed');
    },
  });
  onLeave(() => autosave.flush());

  async function startFresh() {
    await autosave.hold(); // no draft save may land after the discard
    try {
      await discardDraft(key);
    } catch (err) {
      autosave.release();
      showMessage(error, err.message);
      return;
    }
    autosave.reset({ hasDraft: false });
    autosave.release();
    form.fill(fresh());
    restored.hidden = true;
    draftStatus.textContent = '';
    showMessage(error, '');
    built.focusFirst?.();
  }

  formEl.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (isBusy(save)) return;
    const state = form.read();
    const problem = spec.problem(state);
    if (problem) {
      showMessage(error, problem);
      built.focusProblem?.(state);
      return;
    }
    await withBusy(save, async () => {
      showMessage(error, '');
      // Wait out a draft save in flight: the backend clears the draft with
      // the save, and a late one would come back as a ghost next time.
      await autosave.hold();
      try {
        const input = spec.toInput(state, original);
        const entry = editing ? await spec.update(id, input) : await spec.create(input);
        autosave.stop();
        showToast(spec.savedMessage);
        ctx.navigate(editing ? entryHref({ kind, id: entry?.id ?? id }) : '#journal');
      } catch (err) {
        autosave.release();
        // Every word stays in the form; the message says what happened.
        showMessage(error, err.message);
        error.focus();
      }
    });
  });

  append(root,
    h('p', {}, h('a', { href: back }, editing ? t('journal-form-back', kindArgs(kind)) : t('journal-back'))),
    h('h1', {}, title),
    h('p', { class: 'lede' }, editing ? spec.intro.edit : spec.intro.new),
    restored,
    formEl);
  return title;
}
