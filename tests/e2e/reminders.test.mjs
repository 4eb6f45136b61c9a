// Reminders end to end, with the real notification daemon (dunst) on the
// suite's private D-Bus session and dbus-monitor recording what it is sent:
// a session set up in the Sessions view ends a minute from now, and the
// reflection window opens by itself with a notification saying why; then
// the main window is closed, Interlude stays in the tray, and a plan's
// reminder still arrives as a native notification.
//
// Times here are real: the schedule is built around the next whole
// minutes, so this file takes two to three minutes.

import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { Session, appRunning, sleep, waitFor } from './webdriver.mjs';

const BIN = process.env.INTERLUDE_BIN;
const ARTIFACTS = process.env.E2E_ARTIFACTS;
const dataDir = mkdtempSync(join(tmpdir(), 'interlude-e2e-reminders-'));
const pad = (n) => String(n).padStart(2, '0');
const hhmm = (d) => `${pad(d.getHours())}:${pad(d.getMinutes())}`;
const ymd = (d) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

// The session ends at the next whole minute with at least 25 s to spare;
// the plan's usual time is the minute after that.
const now = new Date();
const sessionEnd = new Date(now);
sessionEnd.setSeconds(0, 0);
sessionEnd.setMinutes(sessionEnd.getMinutes() + (now.getSeconds() > 35 ? 2 : 1));
const sessionStart = new Date(sessionEnd.getTime() - 10 * 60000);
const planTime = new Date(sessionEnd.getTime() + 60000);

let app;
let main;

/** Sets a form field the way a picker would, then lets the page see it. */
async function setField(id, value) {
  await app.waitForVisible(`#${id}`);
  await app.exec(
    `const el = document.getElementById(arguments[0]); el.value = arguments[1];
     el.dispatchEvent(new Event('input', { bubbles: true }));
     el.dispatchEvent(new Event('change', { bubbles: true }));`,
    [id, value],
  );
}

function notifications() {
  return readFileSync(join(ARTIFACTS, 'notifications.log'), 'utf8');
}

const running = () => appRunning(BIN, dataDir);

after(async () => {
  if (app) await app.end();
  rmSync(dataDir, { recursive: true, force: true });
});

test('a plan with a usual time, and reminders set to open the reflection at once', async () => {
  app = await Session.start(process.env.WEBDRIVER_URL, BIN, ['--data-dir', dataDir]);
  main = await app.handle();
  await app.ready('#reflect-now');

  await app.click('a[href="#practice"]');
  await app.click('#new-plan');
  await app.type('#plan-action', 'Stretch my shoulders');
  await app.type('#plan-cue', 'after lunch');
  await setField('plan-cue-time', hhmm(planTime));
  await app.waitForText('#plan-sentence', `around ${hhmm(planTime)}`);
  await app.click('#save-plan');
  await app.waitForVisible('#plan-title');

  await app.click('a[href="#settings"]');
  await setField('remind-reflect-delay', '0');
  await app.waitForText('#reminders-status', 'Saved');
  // The default quiet hours (22:00–07:00) would move the session's
  // reflection to the morning and drop the plan's reminder: this file
  // runs at whatever hour the suite does.
  if (await app.exec('return document.getElementById("quiet-enabled").checked')) {
    await app.exec('document.getElementById("reminders-status").textContent = ""');
    await app.click('#quiet-enabled');
    await app.waitForText('#reminders-status', 'Saved');
  }
});

test('a session set up in the Sessions view; when it ends the reflection window opens by itself', async () => {
  await app.click('a[href="#sessions"]');
  await setField('schedule-weekday', String(((sessionStart.getDay() + 6) % 7) + 1));
  await setField('schedule-time', hhmm(sessionStart));
  await setField('schedule-duration', '10');
  await setField('schedule-every', '1');
  await setField('schedule-start', ymd(sessionStart));
  await setField('schedule-zone', Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC');
  await app.click('#save-schedule');
  await app.waitForText('#schedule-status', 'Saved');
  await app.waitForVisible('#upcoming-sessions li[data-occurrence]');
  await app.exec('document.getElementById("upcoming-sessions").scrollIntoView({ block: "center" })');
  await sleep(400);
  await app.screenshot(ARTIFACTS, 'reminders-01-sessions');

  const known = await app.handles();
  const wait = sessionEnd.getTime() - Date.now() + 30000;
  await app.switchToNewWindow(known, Math.max(wait, 10000));
  await app.waitForVisible('#takeaway');
  assert.match(await app.text('h1'), /After your session/);
  await app.screenshot(ARTIFACTS, 'reminders-02-reflection-opened-by-itself');

  await waitFor(() => notifications().includes('How was your session?'), {
    what: 'the session notification on the bus',
  });
  assert.match(notifications(), /string "Interlude"/);
});

test('with the main window closed Interlude stays in the tray, and a plan reminder still comes', async () => {
  await app.switchTo(main);
  await app.click('a[href="#settings"]');
  await app.waitForText('#next-reminder', 'practice');
  await app.exec('document.getElementById("reminders-heading").scrollIntoView({ block: "start" })');
  await sleep(400);
  await app.screenshot(ARTIFACTS, 'reminders-03-settings');
  await app.cmd('DELETE', '/window');
  await sleep(1000);
  assert.ok(running(), 'still running in the tray');
  assert.equal((await app.handles()).includes(main), false, 'the main window is gone');

  const wait = planTime.getTime() - Date.now() + 30000;
  await waitFor(() => notifications().includes('Time for your practice'), {
    timeout: Math.max(wait, 10000),
    what: "the plan's reminder on the bus",
  });
  // Private words stay out of notifications unless the person allows them.
  assert.doesNotMatch(notifications(), /Stretch my shoulders/);
  assert.ok(running());
});
