// Settings, end to end: the theme follows the person's choice at once and
// after a restart, and "Export" writes the journal where people look for
// downloads (a private HOME set up by session.sh).

import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { Session, sleep, waitFor } from './webdriver.mjs';

const BIN = process.env.INTERLUDE_BIN;
const dataDir = mkdtempSync(join(tmpdir(), 'interlude-e2e-settings-'));
let app;

async function launch() {
  app = await Session.start(process.env.WEBDRIVER_URL, BIN, ['--data-dir', dataDir]);
  await app.waitForVisible('#reflect-now', 20000);
}

const theme = () => app.exec('return document.documentElement.dataset.theme || "system"');
const background = () =>
  app.exec('return getComputedStyle(document.body).backgroundColor');

after(async () => {
  if (app) await app.end();
  rmSync(dataDir, { recursive: true, force: true });
});

test('dark theme applies at once and survives a restart', async () => {
  // One reflection so the screenshots show a lived-in home.
  execFileSync(BIN, ['import', '--data-dir', dataDir, fileURLToPath(new URL('./fixtures/one-reflection.json', import.meta.url))]);
  await launch();
  const light = await background();
  await app.click('a[href="#settings"]');
  await app.click('#theme-dark');
  await waitFor(async () => (await theme()) === 'dark', { what: 'dark theme' });
  assert.notEqual(await background(), light);
  // The window itself is told too: GTK draws a date field's calendar
  // popup and the scroll bars, and WebKit reports the window's theme as
  // the page's colour scheme.
  await waitFor(() => app.exec('return matchMedia("(prefers-color-scheme: dark)").matches'),
    { what: 'the window to turn dark' });
  await app.end();

  await launch();
  await waitFor(async () => (await theme()) === 'dark', { what: 'dark theme after restart' });
  assert.equal(await app.exec('return matchMedia("(prefers-color-scheme: dark)").matches'), true,
    'the window is dark from its first frame');
  await sleep(300);
  await app.screenshot(process.env.E2E_ARTIFACTS, 'dark-home');
});

test('export writes a file in Downloads and says where', async () => {
  await app.click('a[href="#settings"]');
  await app.click('#export');
  await app.waitForText('#export-status', 'Saved to');
  const downloads = join(homedir(), 'Downloads');
  const files = readdirSync(downloads).filter((f) => f.startsWith('interlude-export-'));
  assert.equal(files.length, 1);
  const exported = JSON.parse(readFileSync(join(downloads, files[0]), 'utf8'));
  assert.equal(exported.format, 'interlude-export');
  assert.equal(exported.reflections.length, 1);
  assert.match(await app.text('#export-status'), new RegExp(files[0]));
  await app.click('#theme-system');
  await waitFor(async () => (await theme()) === 'system', { what: 'system theme' });
  await waitFor(async () => !(await app.exec('return matchMedia("(prefers-color-scheme: dark)").matches')),
    { what: 'the window to follow the (light) system again' });
});

test('a second launch brings the first forward instead of opening another', async () => {
  // Started by hand, as a person double-clicking the icon again would.
  const started = Date.now();
  execFileSync(BIN, ['--data-dir', dataDir], { timeout: 20000, env: process.env });
  assert.ok(Date.now() - started < 20000, 'the second copy exits at once');
  await app.waitForVisible('nav a[href="#home"]');
  assert.equal((await app.handles()).length, 1, 'still one window');
});

test('a Daylio export comes in after a preview, once, with a backup first', async () => {
  const daylio = fileURLToPath(
    new URL('../../src-tauri/core/tests/fixtures/import/daylio/daylio_export_2026_11_21.csv', import.meta.url),
  );
  await app.click('a[href="#settings"]');
  await app.click('#other-source-daylio');
  await app.waitForVisible('#other-file');
  // WebDriver hands a file to a file input as its path.
  await app.type('#other-file', daylio);
  await app.waitForText('#other-preview-adds', '5 check-ins');
  await app.exec("document.querySelector('#other-preview').scrollIntoView({ block: 'center' })");
  await sleep(200);
  await app.screenshot(process.env.E2E_ARTIFACTS, 'settings-import-preview');
  await app.click('#other-import');
  await app.waitForText('#other-status', 'Added 5');
  const listed = JSON.parse(execFileSync(BIN, ['backup', 'list', '--json', '--data-dir', dataDir], { encoding: 'utf8' }));
  assert.ok(listed.some((b) => b.reason === 'beforeImport'), 'a backup was made first');
  const found = execFileSync(BIN, ['search', 'apples', '--json', '--data-dir', dataDir], { encoding: 'utf8' });
  assert.ok(JSON.parse(found).length > 0, 'the check-ins are searchable');

  // The same file again adds nothing.
  await app.type('#other-file', daylio);
  await app.waitForVisible('#other-preview-nothing');
});

test('Back up now makes a checked backup the list shows', async () => {
  await app.click('a[href="#settings"]');
  await app.click('#backup-now');
  await app.waitForText('#backup-status', 'Backed up');
  await app.waitForVisible('#backup-row-0');
  await app.exec("document.querySelector('#backups').scrollIntoView({ block: 'start' })");
  await sleep(200);
  await app.screenshot(process.env.E2E_ARTIFACTS, 'settings-backups');
});
