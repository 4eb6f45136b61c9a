// Languages, end to end: Settings → Language switches the whole app to
// German at once (the page, the rail, the tray menu, the questionnaires
// from the backend, the crisis lines' fallback words), with no restart; the
// choice survives a restart and is in place from the first frame, behind
// the lock too; and "Same as this computer" brings the computer's
// language (English here: LANG=C.UTF-8) back.

import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { trayHostPresent, trayMenu, waitForTrayItem } from './tray.mjs';
import { Session, sleep, waitFor } from './webdriver.mjs';

const BIN = process.env.INTERLUDE_BIN;
const ARTIFACTS = process.env.E2E_ARTIFACTS;
const dataDir = mkdtempSync(join(tmpdir(), 'interlude-e2e-language-'));
let app;

async function launch() {
  app = await Session.start(process.env.WEBDRIVER_URL, BIN, ['--data-dir', dataDir]);
  // The first start answers the first run's question (a plain journal).
  await app.ready('#reflect-now');
}

const lang = () => app.exec('return document.documentElement.lang');
const railHome = () => app.text('nav a[href="#home"]');

after(async () => {
  if (app) await app.end();
  rmSync(dataDir, { recursive: true, force: true });
});

async function choose(value) {
  await app.click('a[href="#settings"]');
  await app.waitForVisible('#language');
  await app.setValue('#language', value);
}

test('the first run offers the language first, and its welcome speaks the one chosen', async () => {
  const firstRunDir = mkdtempSync(join(tmpdir(), 'interlude-e2e-first-run-language-'));
  try {
    app = await Session.start(process.env.WEBDRIVER_URL, BIN, ['--data-dir', firstRunDir]);
    await app.waitForVisible('#first-run', 20000);
    assert.equal(await app.text('#first-run-heading'), 'Welcome to Interlude');
    // The keyboard's way: the list is there before the choice below it.
    await app.waitForVisible('#first-run-language');
    await app.click('#first-run-keeper-passphrase');
    await app.type('#first-run-passphrase', 'a long walk by the river');
    await app.setValue('#first-run-language', 'de');
    await app.waitForText('#first-run-heading', 'Willkommen bei Interlude');
    assert.equal(await lang(), 'de');
    assert.equal(await app.value('#first-run-language'), 'de');
    // What was chosen and typed is still there.
    assert.equal(await app.exec('return document.getElementById("first-run-keeper-passphrase").checked'), true);
    assert.equal(await app.value('#first-run-passphrase'), 'a long walk by the river');
    await app.screenshot(ARTIFACTS, 'german-first-run');
    await app.click('#first-run-keeper-none');
    await app.click('#first-run-start');
    await app.waitForVisible('#reflect-now', 20000);
    assert.equal(await railHome(), 'Start');
  } finally {
    await app.end();
    app = null;
    rmSync(firstRunDir, { recursive: true, force: true });
  }
});

test('Settings → Language speaks German at once, everywhere, with no restart', async () => {
  await launch();
  assert.equal(await lang(), 'en-US');
  assert.equal(await railHome(), 'Home');
  await app.click('a[href="#settings"]');
  await app.waitForVisible('#language');
  // The computer's language is named in the first option.
  assert.match(await app.text('#language option[value="system"]'), /English/);

  await choose('de');
  await waitFor(async () => (await lang()) === 'de', { what: 'the page to say it is German' });
  await waitFor(async () => (await railHome()) === 'Start', { what: 'the rail in German' });
  // The page drawn again in German, the choice still shown.
  await app.waitForText('label[for="language"]', 'Sprache');
  assert.equal(await app.value('#language'), 'de');

  // The tray's menu, relabelled in place.
  if (trayHostPresent()) {
    await waitForTrayItem();
    await waitFor(() => trayMenu().some((e) => e.label === 'Interlude öffnen'),
      { what: 'the tray menu in German' });
    assert.ok(trayMenu().some((e) => e.label === 'Mein Notfallplan'));
  }

  // Words from the backend: the PHQ-9 in its official German version.
  await app.exec('location.hash = "#measures/phq9"');
  await app.waitForText('#measure-stem',
    'Wie oft fühlten Sie sich im Verlauf der letzten 2 Wochen durch die folgenden Beschwerden beeinträchtigt?');
  await app.exec('location.hash = "#home"');
  await app.waitForVisible('#reflect-now');
  await app.screenshot(ARTIFACTS, 'german-home');
});

test('the choice survives a restart, in German from the first frame', async () => {
  await app.end();
  await launch();
  assert.equal(await lang(), 'de');
  assert.equal(await railHome(), 'Start');
  assert.equal(await app.exec('return document.title'), 'Start · Interlude');
  await app.exec('location.hash = "#moment/new"');
  await app.waitForVisible('#content input, #content textarea');
  await app.screenshot(ARTIFACTS, 'german-moment');
});

test('in German, Germany\'s crisis line reads in German, and the country is „Deutschland“', async () => {
  await app.exec('return window.__TAURI_INTERNALS__.invoke("set_region", { region: "DE" })');
  await app.exec('location.hash = "#safety-plan"');
  await app.waitForVisible('#crisis-lines');
  await waitFor(async () => /0800 111 0 111 oder 0800 111 0 222/.test(await app.text('#crisis-lines')),
    { what: 'the TelefonSeelsorge in German' });
  const card = await app.text('#crisis-lines');
  assert.match(card, /Kostenlos und anonym/);
  assert.match(card, /Deutschland/);
  assert.doesNotMatch(card, /Germany|24 hours/);
});

test('in German, search finds other forms of a word, in the app and at the terminal', async () => {
  const note = (text) => app.exec('return window.__TAURI_INTERNALS__.invoke("create_note", { input: { text: arguments[0] } })', [text]);
  await note('Heute habe ich trotz allem gearbeitet.');
  await note('Ich arbeitete bis spät in die Nacht.');
  await app.exec('location.hash = "#journal"');
  // The two notes redraw the live page as they land: type once the
  // timeline shows them, not into a field being replaced.
  await app.waitForText('#timeline', 'Ich arbeitete bis spät');
  await app.waitForVisible('#journal-search');
  await app.type('#journal-search', 'arbeitete ');
  await waitFor(async () => (await app.findAll('#search-results li')).length === 2,
    { what: 'both forms found' });
  const marks = await app.exec("return [...document.querySelectorAll('#search-results mark')].map((m) => m.textContent)");
  assert.deepEqual(marks.sort(), ['arbeitete', 'gearbeitet']);
  await app.screenshot(ARTIFACTS, 'german-search');
  await app.clear('#journal-search');

  // The terminal command speaks the language chosen in Settings, and
  // searches as German reads, whatever the computer's locale.
  const env = { ...process.env, LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '' };
  const found = execFileSync(BIN, ['search', 'arbeiten', '--data-dir', dataDir], { encoding: 'utf8', env });
  assert.match(found, /gearbeitet/);
  assert.match(found, /arbeitete/);
  const none = execFileSync(BIN, ['search', 'Zugvogel', '--data-dir', dataDir], { encoding: 'utf8', env });
  assert.equal(none.trim(), 'Noch passt nichts dazu.');
});

// German words are long („Selbstmitgefühlspause“, „Sitzungsüberblick“):
// every page, in German, at 200% zoom (WCAG 1.4.10), needs no sideways
// scroll and has nothing reaching past its pane.
for (const route of ['#home', '#journal', '#practice', '#insights', '#brief', '#sessions', '#safety-plan',
  '#settings', '#moment/new', '#checkin/new', '#plan/new', '#experiment/new', '#measures/phq9', '#self-compassion']) {
  test(`in German, ${route} at 200% zoom needs no sideways scroll`, async () => {
    await app.exec('document.documentElement.style.zoom = ""; location.hash = arguments[0]', [route]);
    await waitFor(() => app.exec('const h = document.querySelector("main h1, main h2"); return Boolean(h && h.textContent.trim())'),
      { what: `${route} to draw` });
    await sleep(300);
    await app.exec('document.documentElement.style.zoom = "2"');
    await sleep(400);
    const found = await app.exec(`
      const root = document.scrollingElement;
      const pane = document.querySelector('main');
      const box = pane.getBoundingClientRect();
      const over = [...pane.querySelectorAll('*')].filter((el) => el.getClientRects().length
          && !el.closest('.visually-hidden, .table-scroll') && el.getBoundingClientRect().right > box.right + 1)
        .slice(0, 8).map((el) => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + ' "'
          + String(el.textContent).trim().slice(0, 40) + '" ' + Math.round(el.getBoundingClientRect().right));
      // What is wider than itself, to say where a sideways scroll comes from.
      const widest = [...document.querySelectorAll('body *')].filter((el) => el.clientWidth > 0
          && el.scrollWidth > el.clientWidth + 1 && !el.closest('.table-scroll'))
        .slice(-4).map((el) => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + ' ' + el.scrollWidth + '/' + el.clientWidth);
      const far = [...pane.querySelectorAll('*')].filter((el) => el.getClientRects().length)
        .map((el) => [el.tagName.toLowerCase() + (el.id ? '#' + el.id : '.' + String(el.className?.baseVal ?? el.className).split(' ')[0]),
          Math.round(el.getBoundingClientRect().right)])
        .sort((a, b) => b[1] - a[1]).slice(0, 4).concat([['pane', Math.round(box.right)]]);
      return { far, sideways: Math.max(root.scrollWidth - root.clientWidth, pane.scrollWidth - pane.clientWidth), over,
               root: root.scrollWidth - root.clientWidth, widest };`);
    await app.screenshot(ARTIFACTS, `german-zoom-200-${route.replace(/[#/?=]/g, '-').replace(/^-+/, '')}`);
    await app.exec('document.documentElement.style.zoom = ""');
    assert.ok(found.sideways <= 1, `${route} scrolls sideways by ${found.sideways}px: ${JSON.stringify(found)}`);
    assert.deepEqual(found.over, [], `${route}: reaches past the pane at 200%`);
  });
}

test('"Same as this computer" brings the computer\'s language back', async () => {
  await choose('system');
  await waitFor(async () => (await lang()) === 'en-US', { what: 'English again' });
  await waitFor(async () => (await railHome()) === 'Home', { what: 'the rail in English' });
  if (trayHostPresent()) {
    await waitFor(() => trayMenu().some((e) => e.label === 'Open Interlude'),
      { what: 'the tray menu in English' });
  }
});
