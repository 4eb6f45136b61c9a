// Every word the UI shows comes from Fluent files (Project Fluent, the
// format Firefox and Thunderbird are translated in): ui/locales/<tag>/*.ftl,
// one file per area of the app. The Rust side reads the same kind of files
// for the tray, notifications, errors and the brief's PDF.
//
// `t(id, args)` gives a message in the language in use, formatted with its
// arguments; plurals follow CLDR through Fluent's selectors and
// Intl.PluralRules. A message the language in use lacks falls back to
// English, so a missing translation shows English, never an id — and
// tests/ui/messages.test.mjs fails while any message is missing.
//
// Loading: in the app, `useLanguage(tag)` fetches that language's files
// from the app's own assets (nothing leaves the computer) and is awaited
// before the first view is drawn. Under Node (the UI tests) English is read
// from disk when this module loads, so a module can be rendered without a
// boot step.
//
// Placeables are not wrapped in Unicode isolation marks (useIsolating:
// false): the strings stay equal to what tests and screen readers expect,
// and text a person wrote is isolated where it is shown instead (dir="auto"
// on entries).

import { FluentBundle, FluentResource } from '../vendor/fluent-bundle/index.js';

/** The languages Interlude is translated into, English first (the
 *  fallback). The names are each language's own name for itself. */
export const LANGUAGES = [
  { tag: 'en-US', name: 'English' },
  { tag: 'de', name: 'Deutsch' },
];

/** One .ftl file per area of the UI; every language has every file. */
export const AREAS = [
  'shell', 'safety', 'moments', 'journal', 'practice', 'brief', 'measures', 'settings',
];

const FALLBACK = 'en-US';

/** Languages written right to left, for `dir` on the page. */
const RTL = new Set(['ar', 'fa', 'he', 'ur']);

let english = null;
let current = null;
let currentTag = FALLBACK;
const listeners = new Set();

function bundleFrom(tag, texts) {
  const bundle = new FluentBundle(tag, { useIsolating: false });
  for (const [area, text] of texts) {
    const errors = bundle.addResource(new FluentResource(text));
    if (errors.length) {
      // A broken translation file must not stop the app: its messages fall
      // back to English, and the completeness test names the file.
      console.error(`locales/${tag}/${area}.ftl:`, errors.map(String).join('; '));
    }
  }
  return bundle;
}

/** Reads a language's files from disk (Node, for tests) — synchronously, so
 *  importing this module is enough to render in English. */
function readFromDisk(tag) {
  const fs = globalThis.process?.getBuiltinModule?.('node:fs');
  if (!fs) return null;
  return AREAS.map((area) => [
    area, fs.readFileSync(new URL(`../locales/${tag}/${area}.ftl`, import.meta.url), 'utf8'),
  ]);
}

async function fetchFiles(tag) {
  return Promise.all(AREAS.map(async (area) => {
    const response = await fetch(new URL(`../locales/${tag}/${area}.ftl`, import.meta.url));
    if (!response.ok) throw new Error(`locales/${tag}/${area}.ftl: ${response.status}`);
    return [area, await response.text()];
  }));
}

{
  const texts = readFromDisk(FALLBACK);
  if (texts) {
    english = bundleFrom(FALLBACK, texts);
    current = english;
  }
}

/** The best translated language for a BCP 47 tag ("de-AT" → "de",
 *  "en-GB" → "en-US", "fr" → English). */
export function matchLanguage(tag) {
  const wanted = String(tag ?? '').trim().replace('_', '-').toLowerCase();
  const exact = LANGUAGES.find((l) => l.tag.toLowerCase() === wanted);
  if (exact) return exact.tag;
  const base = wanted.split('-')[0];
  const same = LANGUAGES.find((l) => l.tag.toLowerCase().split('-')[0] === base);
  return same ? same.tag : FALLBACK;
}

/** Switches the UI to a language (loading its files once) and tells every
 *  listener, so views can be drawn again without a restart. */
export async function useLanguage(tag) {
  const wanted = matchLanguage(tag);
  if (!english) {
    english = bundleFrom(FALLBACK, readFromDisk(FALLBACK) ?? await fetchFiles(FALLBACK));
  }
  let bundle = english;
  if (wanted !== FALLBACK) {
    bundle = bundleFrom(wanted, readFromDisk(wanted) ?? await fetchFiles(wanted));
  }
  const changed = wanted !== currentTag;
  current = bundle;
  currentTag = wanted;
  if (typeof document !== 'undefined' && document.documentElement) {
    document.documentElement.lang = wanted;
    document.documentElement.dir = RTL.has(wanted.split('-')[0]) ? 'rtl' : 'ltr';
  }
  if (changed) for (const listener of listeners) listener(wanted);
  return wanted;
}

/** The message `id` with elements in it: each of `nodes` ({ link: <a> })
 *  goes where the message has its placeable ({ $link }), so a sentence with
 *  a link or bold words in it stays one message a translator can reorder.
 *  Returns the pieces in order, for `h` or `replace` (empty text left out). */
export function tNodes(id, args, nodes) {
  const marks = Object.fromEntries(Object.keys(nodes).map((name) => [name, `\uE000${name}\uE001`]));
  return t(id, { ...args, ...marks }).split(/(\uE000[^\uE001]*\uE001)/)
    .map((piece) => {
      const m = /^\uE000([^\uE001]*)\uE001$/.exec(piece);
      return m ? nodes[m[1]] : piece;
    })
    .filter((piece) => piece !== '');
}

/** A region's name ("Deutschland" for "DE") in the language in use. In
 *  English, `known` (the backend's name, from the crisis table: plainer than
 *  the standard list's in places); in another language, the webview's own
 *  list of region names for it, else `known`, else the code. */
export function regionName(code, known = null) {
  if (!code) return known ?? '';
  if (known && language() === FALLBACK) return known;
  try {
    const name = regionNames().of(code);
    return name && name !== code ? name : (known ?? code);
  } catch {
    return known ?? code;
  }
}

// One list of region names per language, made when first asked for: the
// region picker names some 250 countries at each drawing.
let regionNamesFor = { tag: null, names: null };
function regionNames() {
  if (regionNamesFor.tag !== currentTag) {
    regionNamesFor = { tag: currentTag, names: new Intl.DisplayNames([currentTag], { type: 'region' }) };
  }
  return regionNamesFor.names;
}

/** The language in use, as a BCP 47 tag for Intl ("en-US", "de"). */
export function language() {
  return currentTag;
}

/** Calls `listener(tag)` after each change of language; returns a function
 *  that stops it. */
export function onLanguageChange(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function format(bundle, id, args) {
  const dot = id.indexOf('.');
  const messageId = dot < 0 ? id : id.slice(0, dot);
  const message = bundle?.getMessage(messageId);
  if (!message) return null;
  const pattern = dot < 0 ? message.value : message.attributes[id.slice(dot + 1)];
  if (!pattern) return null;
  const errors = [];
  const text = bundle.formatPattern(pattern, args ?? null, errors);
  if (errors.length) console.error(`${id}:`, errors.map(String).join('; '));
  return text;
}

/**
 * The message `id` in the language in use ("journal-empty"), or one of its
 * attributes ("journal-search.placeholder"), with `args` filled in. Numbers
 * passed in select plurals and are formatted for the language.
 */
export function t(id, args) {
  return format(current, id, args) ?? format(english, id, args) ?? id;
}

/** True when the message exists in English (for tests and for code that
 *  chooses among optional messages). */
export function hasMessage(id) {
  return Boolean(english?.hasMessage(id.split('.')[0]));
}

/** Attributes a message may set on an element through its Fluent
 *  attributes (`.placeholder = …`); anything else is ignored, so a
 *  translation can never set an event handler or a link. */
const LOCALIZABLE_ATTRIBUTES = new Set([
  'placeholder', 'title', 'alt', 'label', 'aria-label', 'aria-description', 'aria-roledescription',
]);

/**
 * Fills every element under `root` (itself included) that has
 * `data-l10n-id`: its text from the message's value (when it has one), and
 * the attributes above from the message's attributes; `data-l10n-args`
 * holds JSON arguments. For the static parts of index.html and
 * reflect.html, and again after a change of language.
 */
export function localize(root) {
  const elements = [
    ...(root.matches?.('[data-l10n-id]') ? [root] : []),
    ...(root.querySelectorAll?.('[data-l10n-id]') ?? []),
  ];
  for (const element of elements) {
    const id = element.getAttribute('data-l10n-id');
    let args = null;
    try {
      args = JSON.parse(element.getAttribute('data-l10n-args') ?? 'null');
    } catch {
      /* arguments that don't parse are left out */
    }
    const bundle = [current, english].find((b) => b?.getMessage(id));
    const message = bundle?.getMessage(id);
    if (!message) continue;
    if (message.value) element.textContent = bundle.formatPattern(message.value, args);
    for (const [name, pattern] of Object.entries(message.attributes)) {
      if (LOCALIZABLE_ATTRIBUTES.has(name)) element.setAttribute(name, bundle.formatPattern(pattern, args));
    }
  }
}
