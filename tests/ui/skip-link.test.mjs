// The skip link (components/skip-link.js, #22): one Tab and Enter take a
// keyboard user past the rail to the page, without touching the route.

import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { readFileSync } from 'node:fs';

import { FakeEvent, installDom, removeDom } from './fake-dom.mjs';
import { wireSkipLink } from '../../ui/components/skip-link.js';

let doc;
beforeEach(() => { doc = installDom(); });
afterEach(() => removeDom());

describe('skip to content', () => {
  it('moves focus to the page and leaves the route alone', () => {
    const link = doc.createElement('a');
    link.setAttribute('href', '#content');
    const main = doc.createElement('main');
    main.setAttribute('tabindex', '-1');
    doc.body.append(link, main);
    wireSkipLink(link, main);
    const click = new FakeEvent('click', { cancelable: true });
    link.dispatchEvent(click);
    assert.equal(doc.activeElement, main);
    assert.equal(click.defaultPrevented, true, 'the hash (the route) is not changed');
  });

  it('is the first thing in the main window, before the rail', () => {
    const html = readFileSync(new URL('../../ui/index.html', import.meta.url), 'utf8');
    const body = html.slice(html.indexOf('<body>'));
    const skip = body.indexOf('id="skip-link"');
    assert.ok(skip > 0, 'index.html has the skip link');
    assert.ok(skip < body.indexOf('class="rail"'), 'before the rail');
    assert.equal(body.indexOf('<a '), body.indexOf('<a class="skip-link"'), 'the first link of all');
  });
});
