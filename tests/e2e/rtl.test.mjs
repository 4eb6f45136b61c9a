// Right-to-left words in the real web view: a Hebrew note and an Arabic
// moment are shown in the journal each in its own direction, the app's
// own words staying left to right; typing a Hebrew word into search finds
// its note, highlighted, while it is still being typed; the note page and
// its editor keep the direction too.

import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { Session, sleep, waitFor } from './webdriver.mjs';

const BIN = process.env.INTERLUDE_BIN;
const dataDir = mkdtempSync(join(tmpdir(), 'interlude-e2e-rtl-'));
const HEBREW = 'היום הרגשתי חרדה בעבודה, ואחר כך הלכתי לים';
const ARABIC = 'شعرت بالقلق في العمل ثم مشيت على الشاطئ';
let app;
const ids = {};

after(async () => {
  if (app) await app.end();
  rmSync(dataDir, { recursive: true, force: true });
});

/** Calls a backend command as the page's own ipc.js does. */
const invoke = (cmd, args) => app.invoke(cmd, args);

/** The computed direction of the element holding `words`. */
const directionOf = (words) => app.exec(`
  const el = [...document.querySelectorAll('main *')]
    .filter((e) => e.children.length === 0 && e.textContent.includes(arguments[0]))[0];
  return el ? { dir: getComputedStyle(el).direction, attr: el.closest('[dir]')?.getAttribute('dir') ?? null } : null;`, [words]);

test('Hebrew and Arabic entries show in their own direction in the journal', async () => {
  app = await Session.start(process.env.WEBDRIVER_URL, BIN, ['--data-dir', dataDir]);
  await app.ready('#reflect-now');
  ids.note = (await invoke('create_note', { input: { text: HEBREW, tags: ['עבודה'] } })).id;
  ids.moment = (await invoke('create_moment', { input: { situation: ARABIC, selfTalk: 'لن أنجح أبدا' } })).id;
  await invoke('create_note', { input: { text: 'An English note between them.' } });
  await app.click('a[href="#journal"]');
  await app.waitForText('main', 'An English note', 10000);
  await app.waitForText('main', 'חרדה', 10000);
  const hebrew = await directionOf('חרדה');
  const arabic = await directionOf('بالقلق');
  const english = await directionOf('An English note');
  assert.deepEqual(hebrew, { dir: 'rtl', attr: 'auto' }, 'the Hebrew line runs right to left');
  assert.deepEqual(arabic, { dir: 'rtl', attr: 'auto' }, 'the Arabic line runs right to left');
  assert.equal(english.dir, 'ltr');
  const heading = await app.exec('return getComputedStyle(document.querySelector("main h1")).direction');
  assert.equal(heading, 'ltr', "the app's own words stay left to right");
  await app.screenshot(process.env.E2E_ARTIFACTS, 'rtl-journal');
});

test('a Hebrew word typed into search finds its note while it is typed, highlighted in place', async () => {
  await app.type('#journal-search', 'חרד');
  await waitFor(async () => (await app.text('#search-results')).includes('הרגשתי'), { what: 'the Hebrew note in the results' });
  const hit = await app.exec(`const s = document.querySelector('#search-results .entry-snippet');
    return { dir: getComputedStyle(s).direction, marked: s.querySelector('mark')?.textContent ?? '' };`);
  assert.equal(hit.dir, 'rtl');
  assert.match(hit.marked, /^חרד/);
  assert.doesNotMatch(await app.text('#search-results'), /English note/);
  await app.screenshot(process.env.E2E_ARTIFACTS, 'rtl-search');
  await app.clear('#journal-search');
  await app.type('#journal-search', 'بالقلق');
  await waitFor(async () => (await app.text('#search-results')).includes('الشاطئ'), { what: 'the Arabic moment in the results' });
});

test('the note page and its editor keep the Hebrew right to left', async () => {
  await app.exec('location.hash = arguments[0]', [`#note/${ids.note}/edit`]);
  await app.waitForVisible('#note-text');
  const field = await app.exec(`const t = document.getElementById('note-text');
    return { dir: getComputedStyle(t).direction, value: t.value };`);
  assert.equal(field.value, HEBREW);
  assert.equal(field.dir, 'rtl');
  await sleep(200);
  await app.screenshot(process.env.E2E_ARTIFACTS, 'rtl-note-editor');
});
