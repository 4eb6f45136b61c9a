// Tiny DOM helpers shared by both windows.
//
// `h` is the only way views build markup. It writes text with text nodes,
// never innerHTML, so whatever a person typed into their journal is shown
// as words and can never become markup or script. It reads `document`
// lazily so node can import (and test) it with a stand-in document.

import { t } from './i18n.js';

const doc = () => globalThis.document;

function setAttr(el, key, value) {
  if (value === null || value === undefined || value === false) return;
  if (key.startsWith('on') && typeof value === 'function') {
    el.addEventListener(key.slice(2).toLowerCase(), value);
  } else if (key === 'class') {
    el.setAttribute('class', Array.isArray(value) ? value.filter(Boolean).join(' ') : value);
  } else if (key === 'dataset') {
    for (const [k, v] of Object.entries(value)) el.dataset[k] = String(v);
  } else if (key === 'hidden') {
    el.hidden = Boolean(value);
  } else {
    el.setAttribute(key, value === true ? '' : String(value));
  }
}

function appendChild(el, child) {
  if (child === null || child === undefined || child === false) return;
  if (Array.isArray(child)) {
    for (const c of child) appendChild(el, c);
  } else if (typeof child === 'string' || typeof child === 'number') {
    el.appendChild(doc().createTextNode(String(child)));
  } else {
    el.appendChild(child);
  }
}

/** h('p', { class: 'hint', id: 'x', onclick: fn }, 'text', child, [more]) */
export function h(tag, attrs = {}, ...children) {
  const el = doc().createElement(tag);
  for (const [key, value] of Object.entries(attrs ?? {})) setAttr(el, key, value);
  appendChild(el, children);
  return el;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** `h` for SVG: the same attributes and children, in the SVG namespace
 *  (geometry such as `d` or `cx` is set as attributes, never as styles). */
export function svg(tag, attrs = {}, ...children) {
  const el = doc().createElementNS(SVG_NS, tag);
  for (const [key, value] of Object.entries(attrs ?? {})) setAttr(el, key, value);
  appendChild(el, children);
  return el;
}

/** Appends children the way `h` does: strings as text, null skipped (the
 *  DOM's own append would print "null"). */
export function append(el, ...children) {
  appendChild(el, children);
  return el;
}

/** Replaces an element's children. */
export function replace(el, ...children) {
  el.replaceChildren();
  appendChild(el, children);
  return el;
}

/** A calm notice for a view that couldn't load, with a way to try again. */
export function errorNotice(err, retry) {
  const message = err?.message || t('shell-load-failed');
  return h('div', { class: 'notice notice-attention', role: 'alert' },
    h('p', {}, message),
    retry ? h('button', { type: 'button', class: 'button', onclick: retry }, t('shell-try-again')) : null);
}

/** Shows `el` with `message`, or hides it when the message is empty. */
export function showMessage(el, message) {
  el.textContent = message ?? '';
  el.hidden = !message;
}

/** Opens the modal `dialog` with `first` focused, and gives focus back to
 *  whatever had it before (its opener) when the dialog closes — by a
 *  button, or by Escape, which closes a modal dialog by itself. */
export function openDialog(dialog, first) {
  const opener = doc().activeElement;
  dialog.addEventListener('close', () => {
    if (opener?.isConnected && opener !== doc().body) opener.focus();
  }, { once: true });
  dialog.showModal();
  first?.focus();
}

/** Opens the confirmation `<dialog id=dialogId>` and resolves true only
 *  when it closes with `value` (its confirming button's value). The safe
 *  choice, `safeId`, has focus, so a stray Enter changes nothing; focus
 *  goes back to the button that asked once it closes. */
export function confirmDialog(dialogId, value, safeId) {
  const dialog = doc().getElementById(dialogId);
  return new Promise((resolve) => {
    dialog.returnValue = '';
    dialog.addEventListener('close', () => resolve(dialog.returnValue === value), { once: true });
    openDialog(dialog, doc().getElementById(safeId));
  });
}

/** Whether Escape pressed in `field` is the field's own: a field offering
 *  suggestions (a datalist) with text in it may be putting its list away. */
const fieldWantsEscape = (field) =>
  field?.localName === 'input' && field.hasAttribute?.('list') && field.value !== '';

/**
 * Escape anywhere inside `panel` (a "Move…" form, an editor) closes it:
 * `onClose()` puts it away, then focus goes to `returnTo` (an element, or
 * a function that finds one), the control that opened it. Escape that
 * something inside already handled, that an input method is composing
 * with, or that a field with suggestions may need, is left alone. The
 * innermost panel closes first; Escape goes no further. Returns a
 * function that stops listening.
 */
export function closeOnEscape(panel, { onClose, returnTo } = {}) {
  const onKey = (event) => {
    if (event.key !== 'Escape' || event.defaultPrevented || event.isComposing) return;
    if (panel.hidden || fieldWantsEscape(event.target)) return;
    event.preventDefault();
    event.stopPropagation();
    onClose?.();
    const target = typeof returnTo === 'function' ? returnTo() : returnTo;
    if (target?.isConnected) target.focus();
  };
  panel.addEventListener('keydown', onKey);
  return () => panel.removeEventListener('keydown', onKey);
}

/** Children of `el`, depth first, skipping anything hidden (a moment's
 *  steps other than the current one, a closed panel). */
function* shownElements(el) {
  for (const child of el.children) {
    if (child.hidden) continue;
    yield child;
    yield* shownElements(child);
  }
}

const FIELD_TAGS = new Set(['input', 'textarea', 'select']);

/** A field a person can type or choose in right now. */
const isField = (el) => FIELD_TAGS.has(el.localName) && !el.disabled
  && String(el.getAttribute('type') ?? '').toLowerCase() !== 'hidden';

/** Puts focus where writing starts in `root`: the shown element marked
 *  `data-autofocus`, or else the first field of its first shown form.
 *  Returns what was focused, or null when there was nothing to focus. */
export function focusFirstField(root) {
  const shown = [...shownElements(root)];
  const marked = shown.find((el) => el.hasAttribute('data-autofocus'));
  const form = root.localName === 'form' ? root : shown.find((el) => el.localName === 'form');
  const field = marked ?? (form ? [...shownElements(form)].find(isField) : null);
  if (!field) return null;
  field.focus();
  return field;
}

let toastTimer = null;

/** A short message at the bottom of the window (`#toast`, role="status"),
 *  optionally with one action such as Undo. It waits while the pointer or
 *  keyboard focus is on it, so nobody has to race a timer to undo. */
export function showToast(message, { actionLabel, actionId, onAction, timeout } = {}) {
  // An action needs time to be found and used; a plain note does not.
  const wait = timeout ?? (actionLabel ? 10_000 : 5_000);
  const region = doc().getElementById('toast');
  if (!region) return () => {};
  clearTimeout(toastTimer);
  const dismiss = () => {
    clearTimeout(toastTimer);
    region.replaceChildren();
    region.classList.remove('is-shown');
  };
  const action = actionLabel
    ? h('button', {
      type: 'button', class: 'button quiet', id: actionId,
      onclick: async () => {
        dismiss();
        await onAction?.();
      },
    }, actionLabel)
    : null;
  replace(region, h('p', {}, message), action);
  region.classList.add('is-shown');

  const arm = () => {
    clearTimeout(toastTimer);
    toastTimer = setTimeout(dismiss, wait);
  };
  const busy = () => region.matches(':hover') || region.contains(doc().activeElement);
  region.onmouseleave = () => !busy() && arm();
  region.onfocusout = () => setTimeout(() => !busy() && arm(), 0);
  region.onmouseenter = () => clearTimeout(toastTimer);
  region.onfocusin = () => clearTimeout(toastTimer);
  arm();
  return dismiss;
}

/** Puts `message` in a status line; `isError` gives it the calm attention
 *  colour (app.css `.status.is-error`), never red. */
export function setStatus(el, message, isError = false) {
  el.textContent = message;
  el.classList.toggle('is-error', isError);
}

/** aria-disabled rather than disabled, so a control that is busy keeps
 *  keyboard focus instead of dropping it to the page. */
export function setBusy(control, busy) {
  if (busy) control.setAttribute('aria-disabled', 'true');
  else control.removeAttribute('aria-disabled');
}

/** Whether `control` is marked busy by setBusy (or withBusy). */
export const isBusy = (control) => control.getAttribute('aria-disabled') === 'true';

/** Runs `work()` with `target` marked busy, and clears the mark in
 *  `finally`: no way out of the work (an answer, an error, an early
 *  return) may leave a control resting for good. `target` is a control,
 *  marked as setBusy does, or `(on) => …` for a busy state spread over
 *  several elements. Resolves to what `work` resolves to; its error is
 *  passed on once the mark is cleared, so a handler that catches it finds
 *  the controls usable again. */
export async function withBusy(target, work) {
  const mark = typeof target === 'function' ? target : (on) => setBusy(target, on);
  mark(true);
  try {
    return await work();
  } finally {
    mark(false);
  }
}

/** A withBusy target that sets `disabled` on `control` while busy, for
 *  the few buttons that rest that way rather than with aria-disabled
 *  (see setBusy). */
export const disabling = (control) => (on) => {
  control.disabled = on;
};
