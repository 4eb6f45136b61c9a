// The desktop's light or dark style, as GNOME publishes it through the
// settings portal: a window set to follow the system takes the style the
// portal gives at start and every change after, while the app runs; a
// theme chosen in Settings wins over it. The portal here is portal.py, on
// the suite's private bus, answering and signalling as xdg-desktop-portal
// does.

import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

import { Session, sleep, waitFor } from './webdriver.mjs';

const BIN = process.env.INTERLUDE_BIN;
const ARTIFACTS = process.env.E2E_ARTIFACTS;
const PASSPHRASE = 'the river in winter';
const dataDir = mkdtempSync(join(tmpdir(), 'interlude-e2e-theme-'));
let app;
let portal;
let lines;

after(async () => {
  if (app) await app.end();
  portal?.kill();
  rmSync(dataDir, { recursive: true, force: true });
});

/** Starts the portal with a scheme (1 dark, 2 light) and waits for it to
 *  own its name. */
async function startPortal(scheme) {
  portal = spawn('/usr/bin/python3', [join(import.meta.dirname, 'portal.py'), String(scheme)], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  lines = createInterface({ input: portal.stdout })[Symbol.asyncIterator]();
  assert.equal((await lines.next()).value, 'ready');
}

/** The person switches the desktop's style. */
async function desktopStyle(scheme) {
  portal.stdin.write(`${scheme}\n`);
  assert.equal((await lines.next()).value, 'changed');
}

const pageIsDark = () => app.exec("return matchMedia('(prefers-color-scheme: dark)').matches");

async function waitForDark(dark, what) {
  await waitFor(async () => (await pageIsDark()) === dark, { what });
}

/** Calls a backend command as the page's own ipc.js does. */
const invoke = (cmd, args) => app.invoke(cmd, args);

test('a window following the system takes the desktop’s dark style, and each change of it', async () => {
  await startPortal(1);
  app = await Session.start(process.env.WEBDRIVER_URL, BIN, ['--data-dir', dataDir]);
  await app.waitForVisible('#first-run', 20000);
  await waitForDark(true, 'the page in the desktop’s dark style');
  await app.screenshot(ARTIFACTS, 'theme-01-first-run-dark');

  await desktopStyle(2);
  await waitForDark(false, 'the page back in light style');
  await desktopStyle(1);
  await waitForDark(true, 'the page dark again');

  await app.click('#first-run-keeper-passphrase');
  await app.type('#first-run-passphrase', PASSPHRASE);
  await app.type('#first-run-confirm', PASSPHRASE);
  await app.click('#first-run-start');
  await app.waitForVisible('#reflect-now', 20000);
  assert.equal(await pageIsDark(), true, 'Home keeps the desktop’s style');
});

test('a theme chosen in Settings wins over the desktop’s, until “System” is chosen again', async () => {
  await invoke('set_settings', { settings: { theme: 'light', whenClosed: 'ask' } });
  await waitForDark(false, 'the chosen light theme');
  await desktopStyle(2);
  await desktopStyle(1);
  // The desktop said dark; the person's choice stands.
  await sleep(500);
  assert.equal(await pageIsDark(), false);

  await invoke('set_settings', { settings: { theme: 'system', whenClosed: 'ask' } });
  await waitForDark(true, 'the desktop’s dark style once “System” is chosen');
});
