// Routing, theme and element building: small, but a mistake in any of
// them strands the person on the wrong page, in the wrong colours, or
// turns their words into markup.

import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';

import { h, replace } from '../lib/dom.js';
import { PLACES, parseRoute, reflectionHref, reflectionIdFromSearch } from '../lib/route.js';
import { applyTheme, normalizeTheme } from '../lib/theme.js';
import { importSummary } from '../views/settings.js';

describe('routes', () => {
  it('parses the places and a reflection', () => {
    assert.deepEqual(parseRoute('#home'), { view: 'home', place: 'home' });
    assert.deepEqual(parseRoute('#reflections'), { view: 'reflections', place: 'reflections' });
    assert.deepEqual(parseRoute('#reflection/12'), { view: 'reflection', place: 'reflections', id: 12 });
    assert.deepEqual(parseRoute('#settings'), { view: 'settings', place: 'settings' });
  });

  it('falls back to home or the list for anything unknown', () => {
    for (const hash of ['', '#', '#nowhere', '#home/extra', undefined]) {
      assert.equal(parseRoute(hash).view, 'home', String(hash));
    }
    for (const hash of ['#reflection/', '#reflection/abc', '#reflection/0', '#reflection/-3']) {
      assert.equal(parseRoute(hash).view, 'reflections', hash);
    }
  });

  it('round-trips a reflection link', () => {
    assert.equal(parseRoute(reflectionHref(31)).id, 31);
  });

  it('shows only the places that exist', () => {
    assert.deepEqual(PLACES.map((p) => p.label), ['Home', 'Reflections', 'Settings']);
    for (const p of PLACES) assert.equal(parseRoute(p.href).place, p.id);
  });

  it('reads the reflection window id from the query', () => {
    assert.equal(reflectionIdFromSearch('?id=7'), 7);
    assert.equal(reflectionIdFromSearch(''), null);
    assert.equal(reflectionIdFromSearch('?id='), null);
    assert.equal(reflectionIdFromSearch('?id=7abc'), null);
    assert.equal(reflectionIdFromSearch('?other=1'), null);
  });
});

describe('theme', () => {
  it('sets data-theme for light and dark and removes it for system', () => {
    const root = { dataset: {} };
    assert.equal(applyTheme('dark', root), 'dark');
    assert.equal(root.dataset.theme, 'dark');
    applyTheme('light', root);
    assert.equal(root.dataset.theme, 'light');
    applyTheme('system', root);
    assert.equal('theme' in root.dataset, false);
  });

  it('treats unknown values as system', () => {
    const root = { dataset: { theme: 'dark' } };
    assert.equal(applyTheme('purple', root), 'system');
    assert.equal('theme' in root.dataset, false);
    assert.equal(normalizeTheme(undefined), 'system');
  });
});

/** Just enough of a document to watch how `h` builds things. */
function fakeDocument() {
  const make = (tag) => ({
    tag, attrs: {}, children: [], listeners: {}, dataset: {}, hidden: false,
    setAttribute(k, v) { this.attrs[k] = v; },
    appendChild(c) { this.children.push(c); return c; },
    addEventListener(type, fn) { this.listeners[type] = fn; },
    replaceChildren() { this.children = []; },
    set innerHTML(_) { throw new Error('innerHTML must never be used'); },
  });
  return {
    createElement: make,
    createTextNode: (text) => ({ text }),
  };
}

describe('h', () => {
  afterEach(() => { delete globalThis.document; });

  it('puts text in text nodes, so typed markup stays words', () => {
    globalThis.document = fakeDocument();
    const el = h('p', { class: 'answer' }, '<img src=x onerror=alert(1)>', 3);
    assert.deepEqual(el.children, [{ text: '<img src=x onerror=alert(1)>' }, { text: '3' }]);
    assert.equal(el.attrs.class, 'answer');
  });

  it('sets attributes, listeners, dataset and skips empty children', () => {
    globalThis.document = fakeDocument();
    const click = () => {};
    const child = h('span', {});
    const el = h('button', {
      type: 'button', onclick: click, dataset: { id: 4 }, disabled: true, title: null, hidden: true,
      class: ['chip', false, 'on'],
    }, null, false, [child, ['x']]);
    assert.equal(el.listeners.click, click);
    assert.equal(el.dataset.id, '4');
    assert.equal(el.attrs.disabled, '');
    assert.equal('title' in el.attrs, false);
    assert.equal(el.hidden, true);
    assert.equal(el.attrs.class, 'chip on');
    assert.deepEqual(el.children, [child, { text: 'x' }]);
  });

  it('replace swaps children', () => {
    globalThis.document = fakeDocument();
    const el = h('div', {}, 'old');
    replace(el, 'new');
    assert.deepEqual(el.children, [{ text: 'new' }]);
  });
});

describe('import summary', () => {
  it('counts in plain words', () => {
    assert.equal(importSummary({ added: 3, alreadyPresent: 1 }), 'Added 3 reflections (1 was already here).');
    assert.equal(importSummary({ added: 1, alreadyPresent: 0 }), 'Added 1 reflection (0 were already here).');
  });
});
