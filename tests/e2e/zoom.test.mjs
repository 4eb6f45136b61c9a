// Charts at 200% zoom (WCAG 1.4.4 and 1.4.10): Insights and the
// questionnaire history, with two weeks of check-ins, moments and scores
// behind them, drawn with the page zoomed to twice its size. Nothing may
// need a sideways scroll, and every chart must stay inside the page.

import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { Session, sleep, waitFor } from './webdriver.mjs';

const BIN = process.env.INTERLUDE_BIN;
const dataDir = mkdtempSync(join(tmpdir(), 'interlude-e2e-zoom-'));
let app;

after(async () => {
  if (app) await app.end();
  rmSync(dataDir, { recursive: true, force: true });
});

/** Calls a backend command as the page's own ipc.js does. */
const invoke = (cmd, args) => app.invoke(cmd, args);

test('two weeks of check-ins and moments are written', async () => {
  app = await Session.start(process.env.WEBDRIVER_URL, BIN, ['--data-dir', dataDir]);
  await app.ready('#reflect-now');
  const day = 24 * 3600 * 1000;
  for (let i = 0; i < 14; i += 1) {
    const at = new Date(Date.now() - i * day - 3600 * 1000).toISOString().replace('Z', '+00:00');
    await invoke('create_checkin', { input: { at, mood: 3 + (i % 6), feelings: i % 2 ? ['tired'] : ['calm'] } });
  }
  for (let i = 0; i < 6; i += 1) {
    await invoke('create_moment', { input: {
      situation: `A meeting, day ${i}`, selfTalk: 'They think I am not good enough',
      traps: i % 2 ? ['mindReading'] : ['catastrophizing'],
      emotions: [{ word: 'anxious', before: 70, after: 40 }],
    } });
  }
});

for (const route of ['#insights', '#measures/phq9', '#journal', '#settings']) {
  test(`${route} at 200% zoom needs no sideways scroll, and its charts stay inside`, async () => {
    await app.exec('document.documentElement.style.zoom = ""; location.hash = arguments[0]', [route]);
    await waitFor(() => app.exec('const h = document.querySelector("main h1, main h2"); return Boolean(h && h.textContent.trim())'),
      { what: `${route} to draw` });
    await sleep(300);
    await app.exec('document.documentElement.style.zoom = "2"');
    await sleep(400);
    const found = await app.exec(`
      const root = document.scrollingElement;
      const main = document.querySelector('main').getBoundingClientRect();
      // A table may scroll sideways inside its own box; the page may not.
      const wide = [...document.querySelectorAll('main svg, main canvas, main pre, main .table-scroll')]
        .filter((el) => el.getClientRects().length && !el.closest('.visually-hidden'))
        .filter((el) => el.getBoundingClientRect().right > main.right + 1)
        .map((el) => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.className?.baseVal ?? el.className ? '.' + String(el.className?.baseVal ?? el.className).split(' ')[0] : ''));
      const pane = document.querySelector('main');
      const paneBox = pane.getBoundingClientRect();
      const over = [...pane.querySelectorAll('*')].filter((el) => el.getClientRects().length
          && !el.closest('.visually-hidden, .table-scroll') && el.getBoundingClientRect().right > paneBox.right + 1)
        .slice(0, 8).map((el) => el.tagName.toLowerCase() + '.' + String(el.className?.baseVal ?? el.className).split(' ')[0]
          + ' ' + Math.round(el.getBoundingClientRect().width) + '@' + Math.round(el.getBoundingClientRect().right));
      return { sideways: Math.max(root.scrollWidth - root.clientWidth, pane.scrollWidth - pane.clientWidth), wide, over,
               pane: Math.round(paneBox.width) + '@' + Math.round(paneBox.right),
               charts: document.querySelectorAll('main svg').length };`);
    await app.screenshot(process.env.E2E_ARTIFACTS, `zoom-200-${route.replace(/[#/?=]/g, '-').replace(/^-+/, '')}`);
    await app.exec('document.documentElement.style.zoom = ""');
    if (route === '#insights') assert.ok(found.charts > 0, 'Insights draws charts from two weeks of entries');
    assert.ok(found.sideways <= 1, `${route} scrolls sideways by ${found.sideways}px at 200%`);
    assert.deepEqual(found.wide, [], `${route}: wider than the page at 200%`);
    assert.deepEqual(found.over, [], `${route}: reaches past the pane at 200%`);
  });
}
