// Routing, theme and element building: small, but a mistake in any of
// them strands the person on the wrong page, in the wrong colours, or
// turns their words into markup.

import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';

import { h, isBusy, replace, withBusy } from '../../ui/lib/dom.js';
import {
  PLACES, newPlanHref, parseRoute, planEditHref, planHref, practiceHref, reflectionHref,
  reflectionIdFromSearch,
} from '../../ui/lib/route.js';
import { applyTheme, normalizeTheme } from '../../ui/lib/theme.js';
import { exportSummary, importSummary } from '../../ui/views/settings.js';

describe('routes', () => {
  it('parses the places and a reflection', () => {
    assert.deepEqual(parseRoute('#home'), { view: 'home', place: 'home' });
    assert.deepEqual(parseRoute('#reflections'), { view: 'reflections', place: 'journal' });
    assert.deepEqual(parseRoute('#reflection/12'), { view: 'reflection', place: 'journal', id: 12 });
    assert.deepEqual(parseRoute('#settings'), { view: 'settings', place: 'settings' });
    assert.deepEqual(parseRoute('#sessions'), { view: 'sessions', place: 'sessions' });
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
    assert.deepEqual(PLACES.map((p) => p.label), ['Home', 'Journal', 'Practice', 'Insights', 'Brief', 'Sessions', 'Safety plan', 'Settings']);
    for (const p of PLACES) assert.equal(parseRoute(p.href).place, p.id);
  });

  it('parses Practice, plans and the builder', () => {
    assert.deepEqual(parseRoute('#practice'), { view: 'practice', place: 'practice' });
    assert.deepEqual(parseRoute('#plan/4'), { view: 'plan', place: 'practice', id: 4 });
    assert.deepEqual(parseRoute('#plan/4/edit'), { view: 'planBuilder', place: 'practice', id: 4, focusFrom: null });
    assert.deepEqual(parseRoute('#plan/new'), { view: 'planBuilder', place: 'practice', id: null, focusFrom: null });
    assert.deepEqual(parseRoute('#plan/new?focus=12'),
      { view: 'planBuilder', place: 'practice', id: null, focusFrom: 12 });
    assert.equal(parseRoute('#plan/new?focus=abc').focusFrom, null);
    for (const hash of ['#plan/', '#plan/x', '#plan/0', '#practice/nowhere', '#practice/toString']) {
      assert.deepEqual(parseRoute(hash), { view: 'practice', place: 'practice' }, hash);
    }
  });

  it('parses each guided practice, with the plan it was opened for', () => {
    const cases = [
      ['#practice/box', { view: 'breathing', pattern: 'box' }],
      ['#practice/478', { view: 'breathing', pattern: '478' }],
      ['#practice/custom', { view: 'breathing', pattern: 'custom' }],
      ['#practice/breathing-space', { view: 'breathingSpace' }],
      ['#practice/grounding', { view: 'grounding' }],
      ['#practice/self-compassion', { view: 'selfCompassion' }],
    ];
    for (const [hash, expected] of cases) {
      assert.deepEqual(parseRoute(hash), { ...expected, place: 'practice', planId: null }, hash);
      assert.equal(parseRoute(`${hash}?plan=5`).planId, 5, hash);
    }
    assert.equal(parseRoute('#practice/box?plan=-5').planId, null);
  });

  it('round-trips plan and practice links', () => {
    assert.equal(parseRoute(planHref(8)).id, 8);
    assert.deepEqual(parseRoute(planEditHref(8)), { view: 'planBuilder', place: 'practice', id: 8, focusFrom: null });
    assert.equal(newPlanHref(), '#plan/new');
    assert.equal(parseRoute(newPlanHref(31)).focusFrom, 31);
    const views = { box: 'breathing', 478: 'breathing', breathingSpace: 'breathingSpace',
      grounding: 'grounding', selfCompassion: 'selfCompassion', custom: 'breathing' };
    for (const [practice, view] of Object.entries(views)) {
      const route = parseRoute(practiceHref(practice, 3));
      assert.equal(route.view, view, practice);
      assert.equal(route.planId, 3, practice);
    }
    assert.equal(practiceHref('478'), '#practice/478');
    assert.equal(practiceHref('selfCompassion'), '#practice/self-compassion');
    assert.equal(practiceHref(null), null);
    assert.equal(practiceHref('toString'), null);
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

describe('withBusy', () => {
  const control = () => {
    const attrs = new Map();
    return {
      getAttribute: (k) => attrs.get(k) ?? null,
      setAttribute: (k, v) => attrs.set(k, String(v)),
      removeAttribute: (k) => attrs.delete(k),
    };
  };

  it('marks the control busy while the work runs, and free after', async () => {
    const button = control();
    let during = null;
    const answer = await withBusy(button, async () => {
      during = [isBusy(button), button.getAttribute('aria-disabled')];
      return 42;
    });
    assert.deepEqual(during, [true, 'true']);
    assert.equal(answer, 42);
    assert.equal(isBusy(button), false);
    assert.equal(button.getAttribute('aria-disabled'), null);
  });

  it('frees the control before passing a failure on', async () => {
    const button = control();
    await assert.rejects(withBusy(button, async () => { throw new Error('no'); }), /no/);
    assert.equal(isBusy(button), false);
  });

  it('takes a function for a busy state over several elements', async () => {
    const marks = [];
    await assert.rejects(withBusy((on) => marks.push(on), () => { throw new Error('sync'); }), /sync/);
    assert.deepEqual(marks, [true, false]);
  });
});

describe('import summary', () => {
  it('counts in plain words', () => {
    assert.equal(importSummary({ added: 3, alreadyPresent: 1 }), 'Added 3 entries (1 was already here).');
    assert.equal(importSummary({ added: 1, alreadyPresent: 0 }), 'Added 1 entry (0 were already here).');
    assert.equal(exportSummary({ path: '/d/x.json', privateLeftOut: 0 }), 'Saved to /d/x.json.');
    assert.equal(exportSummary({ path: '/d/x.json', privateLeftOut: 2 }),
      'Saved to /d/x.json. 2 private entries were left out.');
    assert.equal(exportSummary({ path: '/d/x.json', privateLeftOut: 1 }),
      'Saved to /d/x.json. 1 private entry was left out.');
  });
});
