// Just enough of a browser document to drive the Practice views in node:
// elements with attributes, classes, data-*, values and checked state,
// bubbling events, focus, form submission, and simple selectors (compound
// parts — tag, #id, .class, [attr], [attr="v"], :checked — joined by
// spaces). Not a DOM; a test bench with the same handles.

class FakeEvent {
  constructor(type, init = {}) {
    Object.assign(this, { bubbles: true, ...init, type, defaultPrevented: false });
  }

  preventDefault() { this.defaultPrevented = true; }

  stopPropagation() { this.stopped = true; }
}

class FakeText {
  constructor(doc, text) {
    this.ownerDocument = doc;
    this.nodeType = 3;
    this.data = String(text);
    this.parentNode = null;
  }

  get textContent() { return this.data; }

  set textContent(v) { this.data = String(v); }
}

const kebab = (s) => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
const camel = (s) => s.replace(/-([a-z])/g, (_, c) => c.toUpperCase());

class FakeElement {
  constructor(doc, tag) {
    this.ownerDocument = doc;
    this.nodeType = 1;
    this.tagName = tag.toUpperCase();
    this.localName = tag.toLowerCase();
    this.attrs = new Map();
    this.childNodes = [];
    this.parentNode = null;
    this.listeners = {};
    this.disabled = false;
    this.dataset = new Proxy({}, {
      get: (_, k) => this.getAttribute(`data-${kebab(String(k))}`) ?? undefined,
      set: (_, k, v) => { this.setAttribute(`data-${kebab(String(k))}`, String(v)); return true; },
      has: (_, k) => this.attrs.has(`data-${kebab(String(k))}`),
      deleteProperty: (_, k) => { this.attrs.delete(`data-${kebab(String(k))}`); return true; },
      ownKeys: () => [...this.attrs.keys()].filter((a) => a.startsWith('data-')).map((a) => camel(a.slice(5))),
      getOwnPropertyDescriptor: () => ({ enumerable: true, configurable: true }),
    });
    const self = this;
    this.classList = {
      get list() { return (self.getAttribute('class') ?? '').split(/\s+/).filter(Boolean); },
      contains(c) { return this.list.includes(c); },
      add(...cs) { self.setAttribute('class', [...new Set([...this.list, ...cs])].join(' ')); },
      remove(...cs) { self.setAttribute('class', this.list.filter((c) => !cs.includes(c)).join(' ')); },
      toggle(c, force) {
        const on = force ?? !this.contains(c);
        if (on) this.add(c); else this.remove(c);
        return on;
      },
    };
  }

  // --- attributes -------------------------------------------------------
  setAttribute(k, v) { this.attrs.set(k, String(v)); }

  getAttribute(k) { return this.attrs.has(k) ? this.attrs.get(k) : null; }

  hasAttribute(k) { return this.attrs.has(k); }

  removeAttribute(k) { this.attrs.delete(k); }

  get id() { return this.getAttribute('id') ?? ''; }

  set id(v) { this.setAttribute('id', v); }

  get className() { return this.getAttribute('class') ?? ''; }

  set className(v) { this.setAttribute('class', v); }

  get hidden() { return this.hasAttribute('hidden'); }

  set hidden(v) { if (v) this.setAttribute('hidden', ''); else this.removeAttribute('hidden'); }

  get open() { return this.hasAttribute('open'); }

  set open(v) { if (v) this.setAttribute('open', ''); else this.removeAttribute('open'); }

  get href() { return this.getAttribute('href'); }

  get type() { return this.getAttribute('type') ?? (this.localName === 'button' ? 'submit' : 'text'); }

  get value() {
    if (this.localName === 'select') {
      const options = this.querySelectorAll('option');
      const chosen = options.find((o) => o.hasAttribute('selected')) ?? options[0];
      return this._value ?? chosen?.getAttribute('value') ?? '';
    }
    return this._value ?? this.getAttribute('value') ?? (this.localName === 'textarea' ? this.textContent : '');
  }

  set value(v) { this._value = String(v); }

  get checked() { return this._checked ?? this.hasAttribute('checked'); }

  set checked(v) { this._checked = Boolean(v); }

  // --- tree ---------------------------------------------------------------
  get children() { return this.childNodes.filter((n) => n.nodeType === 1); }

  get textContent() { return this.childNodes.map((n) => n.textContent).join(''); }

  set textContent(v) {
    this.replaceChildren();
    if (String(v) !== '') this.appendChild(new FakeText(this.ownerDocument, v));
  }

  appendChild(node) {
    node.parentNode?.removeChild(node);
    node.parentNode = this;
    this.childNodes.push(node);
    return node;
  }

  removeChild(node) {
    this.childNodes = this.childNodes.filter((n) => n !== node);
    node.parentNode = null;
    return node;
  }

  append(...nodes) {
    for (const n of nodes) this.appendChild(typeof n === 'string' ? new FakeText(this.ownerDocument, n) : n);
  }

  replaceChildren(...nodes) {
    for (const n of [...this.childNodes]) this.removeChild(n);
    this.append(...nodes);
  }

  remove() { this.parentNode?.removeChild(this); }

  after(node) { this.parentNode.insertBefore(node, this.nextSibling); }

  before(node) { this.parentNode.insertBefore(node, this); }

  get nextSibling() {
    const siblings = this.parentNode?.childNodes ?? [];
    return siblings[siblings.indexOf(this) + 1] ?? null;
  }

  insertBefore(node, ref) {
    node.parentNode?.removeChild(node);
    node.parentNode = this;
    const at = ref ? this.childNodes.indexOf(ref) : -1;
    if (at < 0) this.childNodes.push(node);
    else this.childNodes.splice(at, 0, node);
    return node;
  }

  contains(node) {
    for (let n = node; n; n = n.parentNode) if (n === this) return true;
    return false;
  }

  get isConnected() { return this.ownerDocument.body.contains(this); }

  *descendants() {
    for (const c of this.children) {
      yield c;
      yield* c.descendants();
    }
  }

  // --- selectors ----------------------------------------------------------
  matches(selector) { return matchesSelector(this, selector); }

  closest(selector) {
    for (let n = this; n && n.nodeType === 1; n = n.parentNode) if (n.matches(selector)) return n;
    return null;
  }

  querySelectorAll(selector) { return [...this.descendants()].filter((el) => el.matches(selector)); }

  querySelector(selector) { return this.querySelectorAll(selector)[0] ?? null; }

  // --- events ---------------------------------------------------------------
  addEventListener(type, fn) { (this.listeners[type] ??= []).push(fn); }

  removeEventListener(type, fn) { this.listeners[type] = (this.listeners[type] ?? []).filter((f) => f !== fn); }

  dispatchEvent(event) {
    // A real Event (app.js makes some) keeps target and currentTarget
    // behind getters; an own property stands in for them.
    const set = (name, value) => Object.defineProperty(event, name, { value, writable: true, configurable: true });
    if (event.target == null) set('target', this);
    for (let n = this; n && n.listeners; n = event.bubbles ? n.parentNode : null) {
      set('currentTarget', n);
      for (const fn of [...(n.listeners[event.type] ?? [])]) fn(event);
      if (event.stopped) break;
    }
    return !event.defaultPrevented;
  }

  click() {
    if (this.disabled) return;
    if (this.localName === 'input' && (this.type === 'radio' || this.type === 'checkbox')) {
      if (this.type === 'radio') {
        const name = this.getAttribute('name');
        let root = this;
        while (root.parentNode?.nodeType === 1) root = root.parentNode;
        for (const r of root.querySelectorAll(`input[name="${name}"]`)) r.checked = false;
        this.checked = true;
      } else {
        this.checked = !this.checked;
      }
      this.dispatchEvent(new FakeEvent('click'));
      this.dispatchEvent(new FakeEvent('input'));
      this.dispatchEvent(new FakeEvent('change'));
      return;
    }
    const allowed = this.dispatchEvent(new FakeEvent('click'));
    if (allowed && this.localName === 'button' && this.type === 'submit') {
      this.closest('form')?.dispatchEvent(new FakeEvent('submit'));
    }
  }

  focus() {
    const doc = this.ownerDocument;
    if (doc.activeElement === this) return;
    doc.activeElement?.blur?.();
    doc.activeElement = this;
    this.dispatchEvent(new FakeEvent('focus', { bubbles: false }));
  }

  blur() {
    const doc = this.ownerDocument;
    if (doc.activeElement !== this) return;
    doc.activeElement = doc.body;
    this.dispatchEvent(new FakeEvent('blur', { bubbles: false }));
  }

  /** Selects all of a field's text (recorded, for tests to check). */
  select() {
    this.selectionStart = 0;
    this.selectionEnd = this.value.length;
  }

  /** Types `text` as a person would: the value changes, `input` fires. */
  fill(text) {
    this.value = text;
    this.dispatchEvent(new FakeEvent('input'));
  }

  showModal() { this.open = true; }

  close(value) {
    if (value !== undefined) this.returnValue = value;
    this.open = false;
    this.dispatchEvent(new FakeEvent('close', { bubbles: false }));
  }
}

function splitSelector(selector) {
  const parts = [];
  let depth = 0;
  let cur = '';
  for (const ch of selector.trim()) {
    if (ch === '[') depth += 1;
    if (ch === ']') depth -= 1;
    if (/\s/.test(ch) && depth === 0) {
      if (cur) parts.push(cur);
      cur = '';
    } else {
      cur += ch;
    }
  }
  if (cur) parts.push(cur);
  return parts;
}

function matchesCompound(el, compound) {
  const re = /([a-zA-Z][\w-]*)|#([\w-]+)|\.([\w-]+)|\[([\w-]+)(?:="([^"]*)")?\]|:(checked)/g;
  let m;
  let consumed = 0;
  while ((m = re.exec(compound))) {
    if (m.index !== consumed) throw new Error(`unsupported selector: ${compound}`);
    consumed = re.lastIndex;
    const [, tag, id, cls, attr, val, pseudo] = m;
    if (tag && el.localName !== tag.toLowerCase()) return false;
    if (id && el.id !== id) return false;
    if (cls && !el.classList.contains(cls)) return false;
    if (attr && (val === undefined ? !el.hasAttribute(attr) : el.getAttribute(attr) !== val)) return false;
    if (pseudo && !el.checked) return false;
  }
  if (consumed !== compound.length) throw new Error(`unsupported selector: ${compound}`);
  return true;
}

function matchesSelector(el, selector) {
  const parts = splitSelector(selector);
  if (!matchesCompound(el, parts.pop())) return false;
  let node = el.parentNode;
  while (parts.length) {
    while (node && node.nodeType === 1 && !matchesCompound(node, parts[parts.length - 1])) node = node.parentNode;
    if (!node || node.nodeType !== 1) return false;
    parts.pop();
    node = node.parentNode;
  }
  return true;
}

export function installDom() {
  const doc = {
    createElement: (tag) => new FakeElement(doc, tag),
    createElementNS: (_ns, tag) => new FakeElement(doc, tag),
    createTextNode: (text) => new FakeText(doc, text),
    getElementById: (id) => doc.body.querySelector(`#${id}`),
    querySelector: (s) => doc.body.querySelector(s),
    activeElement: null,
  };
  doc.body = new FakeElement(doc, 'body');
  doc.activeElement = doc.body;
  const toast = doc.createElement('div');
  toast.id = 'toast';
  doc.body.append(toast);
  globalThis.document = doc;
  return doc;
}

export function removeDom() {
  delete globalThis.document;
}

export { FakeEvent };

/** Lets pending promise callbacks (an awaited fake invoke) run. */
export const settle = async () => {
  for (let i = 0; i < 10; i += 1) await new Promise((r) => setImmediate(r));
};

/** A fake backend: `handlers[cmd](args, options)` answers (or throws
 *  {kind, message}); every call is recorded in the returned `calls` as
 *  `{cmd, args}`, with `options` too only when invoke was given a third
 *  argument (the raw-body imports pass their headers there). */
export function installTauri(handlers) {
  const calls = [];
  globalThis.__TAURI__ = {
    core: {
      invoke: async (cmd, args, ...rest) => {
        calls.push(rest.length ? { cmd, args, options: rest[0] } : { cmd, args });
        const handler = handlers[cmd];
        if (!handler) throw { kind: 'internal', message: `no fake for ${cmd}` };
        return handler(args, rest[0]);
      },
    },
  };
  return calls;
}

export function removeTauri() {
  delete globalThis.__TAURI__;
}

/** A promise and the functions that settle it, for a backend that answers
 *  only when the test says so. */
export function deferred() {
  let resolve;
  let reject;
  const promise = new Promise((res, rej) => { resolve = res; reject = rej; });
  return { promise, resolve, reject };
}

/** The parts of index.html that app.js reaches for (rail, the three bands, main,
 *  lock screen), plus `extra` elements (a page's dialogs), in `doc`'s body.
 *  `el(tag, id, cls)` is handed to `extra` so it can build its own. */
export function appPage(doc, extra = () => []) {
  const el = (tag, id, cls) => {
    const e = doc.createElement(tag);
    if (id) e.id = id;
    if (cls) e.className = cls;
    return e;
  };
  const skip = el('a', 'skip-link', 'skip-link');
  skip.setAttribute('href', '#content');
  const shell = el('div', null, 'shell');
  const rail = el('nav', null, 'rail');
  rail.append(el('ul', 'places'));
  const column = el('div', null, 'main-column');
  const journalBanner = el('div', 'journal-banner', 'reminder-banner journal-banner');
  journalBanner.hidden = true;
  const banner = el('div', 'reminder-banner');
  banner.hidden = true;
  const protect = el('div', 'protect-banner', 'reminder-banner protect-banner');
  protect.hidden = true;
  const main = el('main', 'content');
  main.setAttribute('tabindex', '-1');
  column.append(journalBanner, banner, protect, main);
  shell.append(rail, column);
  const lock = el('div', 'lock-screen', 'lock-screen');
  lock.hidden = true;
  doc.body.append(skip, shell, lock, ...extra(el));
}
