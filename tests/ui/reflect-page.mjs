// The reflection window's stand-in, shared by the tests that run reflect.js
// (reflect-lock, far-dates-reflect, reflection-questions): the parts of
// reflect.html it reaches for, and the window and location it reads, with
// a count of its reloads. Not a test file itself.

/** How many times reflect.js asked the window to reload since the last
 *  installReflectWindow (a live binding: import it and read it). */
export let reloads = 0;

/** The parts of reflect.html that reflect.js reaches for, by id, in `doc`'s
 *  body: the heading, the locked note, the restored-draft note, the form
 *  (the session time with its label in a field card, the four answers, the
 *  feelings, the extra questions, the draft status, Save) and the saved note. */
export function reflectPage(doc) {
  const el = (tag, id, attrs = {}) => {
    const e = doc.createElement(tag);
    if (id) e.id = id;
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    return e;
  };
  const main = el('main', 'content');
  const header = el('header');
  header.append(el('h1', 'reflect-heading'), el('p', 'reflect-intro'));
  const locked = el('section', 'locked');
  locked.hidden = true;
  const restored = el('div', 'draft-restored');
  restored.hidden = true;
  restored.append(el('button', 'start-fresh', { type: 'button' }));
  const formError = el('div', 'form-error', { role: 'alert' });
  formError.hidden = true;
  const form = el('form', 'reflection-form');
  form.hidden = true;
  const when = el('div', null, { class: 'card field' });
  when.append(el('label', null, { for: 'session-at' }), el('input', 'session-at', { type: 'datetime-local' }));
  form.append(
    when,
    el('textarea', 'takeaway'), el('textarea', 'difficult'), el('textarea', 'focus'),
    el('input', 'feeling-rating', { type: 'range', value: '5' }), el('output', 'feeling-rating-value'),
    el('button', 'clear-rating', { type: 'button' }), el('div', 'feeling-chips'),
    el('input', 'feeling-own', { type: 'text' }), el('button', 'feeling-add', { type: 'button' }),
    el('textarea', 'feeling-note'), el('div', 'extra-questions'),
    el('p', 'draft-status'), el('button', 'save', { type: 'submit' }));
  const saved = el('section', 'saved');
  saved.hidden = true;
  saved.append(el('p', 'saved-focus'), el('button', 'open-main', { type: 'button' }), el('button', 'close', { type: 'button' }));
  main.append(header, locked, restored, formError, form, saved);
  doc.body.append(main);
}

/** A visible `doc` that takes listeners, and a global `window` and `location`
 *  (search '', set `location.search` to open an edit) whose reload counts
 *  into `reloads`, which starts again at 0. Returns the window. */
export function installReflectWindow(doc) {
  doc.addEventListener = () => {};
  doc.visibilityState = 'visible';
  reloads = 0;
  const win = {
    addEventListener: () => {},
    removeEventListener: () => {},
    location: { search: '', reload: () => { reloads += 1; } },
  };
  globalThis.window = win;
  globalThis.location = win.location;
  return win;
}

/** Takes away what installReflectWindow put on globalThis. */
export function removeReflectWindow() {
  delete globalThis.window;
  delete globalThis.location;
}
