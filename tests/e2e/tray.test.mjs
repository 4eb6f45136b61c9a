// The tray, driven end to end the way a desktop panel drives it: the app's
// StatusNotifierItem registers with the status-notifier-watcher on the
// private bus, and each menu entry is clicked over com.canonical.dbusmenu
// (see tray.mjs). Then the same app on a desktop with no tray host at all,
// as stock GNOME is: closing the window asks once what to do, reminders
// keep running, launching again shows the window, and Ctrl+Q quits.
//
// Windows are closed as a window manager closes them (WM_DELETE_WINDOW,
// close_window.py), so the app's own close handling runs.

import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { clickTray, trayHostPresent, trayMenu, waitForTrayItem } from './tray.mjs';
import { Session, appRunning, sleep, waitFor } from './webdriver.mjs';

const BIN = process.env.INTERLUDE_BIN;
const ARTIFACTS = process.env.E2E_ARTIFACTS;
const PASSPHRASE = 'the river in winter';
const dataDir = mkdtempSync(join(tmpdir(), 'interlude-e2e-tray-'));
const bareDir = mkdtempSync(join(tmpdir(), 'interlude-e2e-notray-'));
let app;
let step = 0;
let watcher = null;

async function shot(name) {
  step += 1;
  return app.screenshot(ARTIFACTS, `tray-${String(step).padStart(2, '0')}-${name}`);
}

after(async () => {
  if (app) await app.end();
  try {
    execFileSync('pkill', ['-f', `${BIN} --data-dir`]);
  } catch {
    // Nothing left running.
  }
  // The watcher this file stopped comes back for the files after it.
  if (!trayHostPresent()) startWatcher();
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(bareDir, { recursive: true, force: true });
});

function startWatcher() {
  watcher = spawn('status-notifier-watcher', [], { stdio: 'ignore', detached: true });
  watcher.unref();
}

/** Closes the window titled `title` as its close button would. */
function closeWindow(title = 'Interlude') {
  execFileSync('python3', [join(import.meta.dirname, 'close_window.py'), title]);
}

const hash = () => app.exec('return location.hash');

async function waitForHash(expected) {
  await waitFor(async () => (await hash()) === expected, { what: `the window at ${expected}` });
}

/** The menu's first entry: what the tray says about reminders. */
const statusLine = () => trayMenu()[0];

// --- With a tray host ------------------------------------------------------------

test('the tray item registers, and its menu holds every entry under a status line', async () => {
  app = await Session.start(process.env.WEBDRIVER_URL, BIN, ['--data-dir', dataDir]);
  await app.waitForVisible('#first-run', 20000);
  await app.click('#first-run-keeper-passphrase');
  await app.type('#first-run-passphrase', PASSPHRASE);
  await app.type('#first-run-confirm', PASSPHRASE);
  await app.click('#first-run-start');
  await app.waitForVisible('#reflect-now', 20000);
  await waitForTrayItem();

  const labels = trayMenu().map((e) => e.label);
  for (const entry of [
    'Open Interlude', 'Log a moment', 'Check in', 'Reflect on a session', 'Practice',
    'Breathe for a minute', 'My safety plan', 'Pause reminders', 'For an hour',
    'Until tomorrow', 'Resume', 'Lock Interlude', 'Quit Interlude',
  ]) assert.ok(labels.includes(entry), `the menu has "${entry}" (it has: ${labels.join(', ')})`);
  const status = statusLine();
  assert.equal(status.enabled, false, 'the status line is information, not a button');
  assert.doesNotMatch(status.label, /paused/i);
  assert.match(status.label, /^(Next: |No reminders planned)/);
});

test('each place in the menu opens the window there', async () => {
  for (const [label, place] of [
    ['Log a moment', '#moment/new'],
    ['Check in', '#checkin/new'],
    ['Practice', '#practice'],
    ['Breathe for a minute', '#practice/box'],
    ['My safety plan', '#safety-plan'],
  ]) {
    clickTray(label);
    await waitForHash(place);
    const heading = await app.exec('const h = document.querySelector("main h1, main h2"); return h ? h.innerText : ""');
    assert.ok(heading.trim(), `${place} shows its page`);
  }
  await shot('breathe-safety-plan');
});

test('"Reflect on a session" opens the reflection window', async () => {
  const main = await app.handle();
  const known = await app.handles();
  clickTray('Reflect on a session');
  await app.switchToNewWindow(known);
  assert.match(await app.title(), /After your session/);
  await app.waitForVisible('textarea', 10000);
  await shot('reflect-window');
  closeWindow('After your session — Interlude');
  await waitFor(async () => (await app.handles()).length === known.length, { what: 'the reflection window to close' });
  await app.switchTo(main);
});

test('Pause ▸ For an hour, Until tomorrow and Resume show in the status line', async () => {
  clickTray('For an hour');
  await waitFor(() => /^Reminders paused until /.test(statusLine().label), { what: 'the pause in the tray' });
  const hourLater = new Date(Date.now() + 3600 * 1000);
  const hh = String(hourLater.getHours()).padStart(2, '0');
  assert.match(statusLine().label, new RegExp(` ${hh}:\\d\\d$`), 'paused for about an hour');

  clickTray('Until tomorrow');
  const tomorrow = new Date(Date.now() + 86400 * 1000).toLocaleDateString('en-GB', { weekday: 'short' });
  await waitFor(() => statusLine().label.startsWith(`Reminders paused until ${tomorrow}`),
    { what: `a pause until ${tomorrow}` });

  clickTray('Resume');
  await waitFor(() => !/paused/i.test(statusLine().label), { what: 'reminders to resume' });
});

test('Lock covers the journal; the passphrase opens it again', async () => {
  // The page is the safety plan (the last place above): behind the lock
  // that is the crisis lines, first, with the passphrase stepping aside.
  clickTray('Lock Interlude');
  await app.waitForVisible('#lock-help-panel', 10000);
  // Only the window is locked: reminders go on, and the tray says so.
  assert.doesNotMatch(statusLine().label, /^Locked/);
  await shot('locked-on-safety-plan');
  await app.click('#lock-help');
  await app.waitForVisible('#unlock-passphrase', 10000);
  await app.type('#unlock-passphrase', PASSPHRASE);
  await app.click('#unlock');
  await waitForHash('#safety-plan');
  await app.click('a[href="#home"]');
  await app.waitForVisible('#reflect-now', 20000);

  // Locked anywhere else, the passphrase comes first.
  clickTray('Lock Interlude');
  await app.waitForVisible('#unlock-passphrase', 10000);
  // Keyboard only: Tab never stops behind the lock (the skip link is covered too).
  assert.equal(await app.exec('return document.getElementById("skip-link").hasAttribute("inert")'), true);
  await shot('locked-from-tray');
  await app.type('#unlock-passphrase', PASSPHRASE);
  await app.click('#unlock');
  await app.waitForVisible('#reflect-now', 20000);
});

test('with a tray, closing the window keeps Interlude running, and "Open Interlude" brings it back', async () => {
  const known = await app.handles();
  closeWindow();
  await waitFor(async () => {
    try {
      return (await app.handles()).length === 0;
    } catch {
      return true;
    }
  }, { what: 'the window to close' });
  await sleep(500);
  assert.ok(appRunning(BIN, dataDir), 'still running for its reminders');
  clickTray('Open Interlude');
  await app.switchToNewWindow(known, 15000);
  // The journal was unlocked: reopening the window doesn't lock it.
  await app.waitForVisible('#reflect-now', 20000);
});

test('"Quit Interlude" in the tray quits', async () => {
  clickTray('Quit Interlude');
  await waitFor(() => !appRunning(BIN, dataDir), { timeout: 15000, what: 'the app to quit' });
  await app.end();
  app = null;
});

// --- With no tray host ---------------------------------------------------------------

test('with no tray host, closing the window asks once, and "keep running" keeps the reminders', async () => {
  execFileSync('pkill', ['-f', 'status-notifier-watcher']);
  await waitFor(() => !trayHostPresent(), { what: 'the tray host to go' });

  app = await Session.start(process.env.WEBDRIVER_URL, BIN, ['--data-dir', bareDir]);
  await app.ready('#reflect-now');
  await app.click('a[href="#settings"]');
  await app.waitForVisible('#tray-line');
  assert.match(await app.text('#tray-line'), /no tray/i);

  closeWindow();
  await app.waitForVisible('#close-choice', 10000);
  await shot('close-asks');
  assert.ok(appRunning(BIN, bareDir));
  await app.clickToClose('#close-choice-background');
  await waitFor(async () => {
    try {
      return (await app.handles()).length === 0;
    } catch {
      return true;
    }
  }, { what: 'the window to close' });
  await sleep(1000);
  assert.ok(appRunning(BIN, bareDir), 'kept running for its reminders');
});

test('launching again shows the window, and closing it again no longer asks', async () => {
  // A second launch only brings the running one forward (single instance).
  execFileSync(BIN, ['--data-dir', bareDir], { timeout: 20000 });
  await app.switchToNewWindow([], 15000);
  await app.waitForVisible('#reflect-now', 20000);
  closeWindow();
  await waitFor(async () => {
    try {
      return (await app.handles()).length === 0;
    } catch {
      return true;
    }
  }, { what: 'the window to close without asking' });
  assert.ok(appRunning(BIN, bareDir));
  execFileSync(BIN, ['--data-dir', bareDir], { timeout: 20000 });
  await app.switchToNewWindow([], 15000);
  await app.waitForVisible('#reflect-now', 20000);
});

test('Settings keeps the answer, says a tray came when one does, and Ctrl+Q quits', async () => {
  await app.click('a[href="#settings"]');
  await app.waitForVisible('#when-closed-background');
  assert.equal(await app.exec('return document.querySelector("#when-closed-background").checked'), true);
  startWatcher();
  await waitFor(async () => !/no tray/i.test(await app.text('#tray-line')),
    { what: 'Settings to notice the tray host' });
  await shot('settings-when-closed');
  // The app is gone before the driver releases the keys: that release
  // may fail, and the quitting is what's checked.
  await app.press(['Control', 'q']).catch(() => {});
  await waitFor(() => !appRunning(BIN, bareDir), { timeout: 15000, what: 'Ctrl+Q to quit' });
  await app.end();
  app = null;
});
