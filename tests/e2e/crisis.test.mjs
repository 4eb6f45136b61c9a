// Crisis help, end to end, where it matters most: behind the lock, and
// where no country is known.
//
// 1. In India (TZ=Asia/Kolkata, an en_US locale that would say "US"), a
//    passphrase journal auto-locks after the idle minutes (the test clock
//    moves on), and the lock screen and the tray's "My safety plan" both
//    show Tele-MANAS with nothing unlocked.
// 2. The safety plan's country picker changes the lines; lines the person
//    edited survive a change of country (the app asks first) and a restart.
// 3. A first PHQ-9 of 6 then 3 names neither "response" nor "remission".
// 4. A fresh home with LANG=C.UTF-8 and TZ=UTC (no country known), on the
//    default data folder: question 9 opens a plan whose crisis box offers
//    112 and the picker, never nothing; every path in the folder is private.
//
// Each part runs on a tauri-driver of its own, so its app inherits exactly
// the place and language it needs.

import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, statSync, lstatSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { clickTray, waitForTrayItem } from './tray.mjs';
import { Session, sleep, startDriver, waitFor } from './webdriver.mjs';

const BIN = process.env.INTERLUDE_BIN;
const ARTIFACTS = process.env.E2E_ARTIFACTS;
const PASSPHRASE = 'the river in winter';
const cleanup = [];
let app = null;
let step = 0;

async function shot(name) {
  step += 1;
  return app.screenshot(ARTIFACTS, `crisis-${String(step).padStart(2, '0')}-${name}`);
}

after(async () => {
  if (app) await app.end();
  for (const f of cleanup.reverse()) await f();
});

function tempDir(name) {
  const dir = mkdtempSync(join(tmpdir(), `interlude-e2e-${name}-`));
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

async function driver(env, port) {
  const d = await startDriver(env, port);
  cleanup.push(() => d.stop());
  return d;
}

async function quit() {
  await app.end();
  app = null;
}

async function shellInert() {
  return app.exec('const s = document.querySelector(".shell"); return s.inert === true || s.hasAttribute("inert")');
}

// --- 1. Behind the lock, in India ---------------------------------------------------

const india = { TZ: 'Asia/Kolkata', LANG: 'en_US.UTF-8', LC_ALL: undefined, INTERLUDE_REGION: undefined };
let indiaDriver;
const indiaDir = tempDir('india');

test('before any journal, the first run already offers the lines for where the clock says you are', async () => {
  indiaDriver = await driver(india, 4460);
  app = await Session.start(indiaDriver.url, BIN, ['--data-dir', indiaDir]);
  await app.waitForVisible('#first-run', 20000);
  await app.click('#first-run-help');
  await app.waitForVisible('#first-run-help-panel');
  await app.waitForText('#first-run-help-panel-region-name', 'India');
  assert.match(await app.text('#first-run-help-panel-lines'), /Tele-MANAS[\s\S]*14416/);
  await shot('first-run-help');
  await app.click('#first-run-help-panel-close');

  await app.click('#first-run-keeper-passphrase');
  await app.type('#first-run-passphrase', PASSPHRASE);
  await app.type('#first-run-confirm', PASSPHRASE);
  await app.click('#first-run-start');
  await app.waitForVisible('#reflect-now', 20000);
});

test('after the idle minutes the journal locks, and its lock screen shows Tele-MANAS without unlocking', async () => {
  // Eleven minutes later on the app's clock: past the 10 idle minutes that
  // lock it by default. The reminder thread looks at least once a minute.
  writeFileSync(join(indiaDir, 'e2e-clock-offset'), String(11 * 60));
  await app.waitForVisible('#unlock-passphrase', 75000);
  assert.equal(await shellInert(), true, 'the journal is covered');

  await app.click('#lock-help');
  await app.waitForVisible('#lock-help-panel');
  await app.waitForText('#lock-help-panel-region-name', 'India');
  const lines = await app.text('#lock-help-panel-lines');
  assert.match(lines, /Tele-MANAS/);
  assert.match(lines, /14416/);
  assert.doesNotMatch(lines, /988|911/, 'no US numbers in India');
  assert.match(await app.text('#lock-help-panel'), /112/);
  assert.equal(await shellInert(), true, 'still locked');
  await shot('lock-screen-help');
  await app.click('#lock-help-panel-close');
  await waitFor(async () => !(await app.exec('return !!document.querySelector("#lock-help-panel:not([hidden])")')),
    { what: 'the panel to close' });
});

test("the tray's \"My safety plan\" opens the same lines on the lock screen, every time it is chosen", async () => {
  await waitForTrayItem();
  clickTray('My safety plan');
  await app.waitForVisible('#lock-help-panel', 10000);
  assert.match(await app.text('#lock-help-panel-lines'), /Tele-MANAS/);
  assert.equal(await shellInert(), true);
  await shot('tray-safety-plan-locked');
  await app.click('#lock-help-panel-close');
  await sleep(300);
  // The window already shows the plan's page: the tray's second click must
  // still open the lines.
  clickTray('My safety plan');
  await app.waitForVisible('#lock-help-panel', 10000);
  // While the lines are open they have the card; Close gives the
  // passphrase field back, with focus on the button that opened them.
  await app.click('#lock-help-panel-close');
  await app.waitForVisible('#unlock-passphrase');
  await app.type('#unlock-passphrase', PASSPHRASE);
  await app.click('#unlock');
  await waitFor(async () => !(await shellInert()), { timeout: 20000, what: 'the unlock' });
});

// --- 2. The picker, and lines the person edited --------------------------------------

async function openPlan() {
  await app.exec('location.hash = "#safety-plan"');
  await app.waitForVisible('#crisis-lines', 15000);
}

test("the plan's picker changes the country, and the person's own line survives a change and a restart", async () => {
  await openPlan();
  assert.match(await app.text('#crisis-lines'), /Tele-MANAS/, 'a new plan follows the country');
  await app.click('#crisis-region-change');
  await app.waitForVisible('#safety-region');
  await app.setValue('#safety-region', 'DE');
  await app.waitForText('#crisis-lines', 'TelefonSeelsorge', 15000);
  await shot('plan-germany');

  // A line of the person's own.
  await app.exec('document.querySelector("#crisis-edit").open = true');
  await app.click('#add-crisis-line');
  const rows = await app.exec('return document.querySelectorAll("#crisis-rows .safety-row").length');
  const n = rows - 1;
  await app.type(`#crisis-${n}-name`, 'My therapist\u2019s clinic');
  await app.type(`#crisis-${n}-number`, '030 1234567');
  await app.waitForText('#safety-status', 'Saved', 15000);

  // Another country: asked first, and "Keep mine" keeps it.
  await app.click('#crisis-region-change');
  await app.setValue('#safety-region', 'FR');
  await app.waitForVisible('#crisis-region-band', 15000);
  await app.click('#use-region-lines');
  await app.waitForVisible('#use-region-lines-no');
  await shot('plan-asks-before-replacing');
  await app.click('#use-region-lines-no');
  await sleep(300);
  assert.match(await app.text('#crisis-lines'), /My therapist.s clinic/);
  await quit();

  app = await Session.start(indiaDriver.url, BIN, ['--data-dir', indiaDir]);
  await app.waitForVisible('#unlock-passphrase', 20000);
  await app.type('#unlock-passphrase', PASSPHRASE);
  await app.click('#unlock');
  await app.waitForVisible('#reflect-now', 20000);
  await openPlan();
  assert.match(await app.text('#crisis-lines'), /My therapist.s clinic/, 'kept across a restart');
  // Now yes: France's line in place of the edited ones.
  await app.waitForVisible('#crisis-region-band', 15000);
  await app.click('#use-region-lines');
  await app.click('#use-region-lines-yes');
  await app.waitForText('#crisis-lines', '3114', 15000);
  await shot('plan-france');
});

// --- 3. Measures: no "remission" from a first score outside the clinical range ------

async function phq9(answers) {
  await app.exec('location.hash = "#measures"');
  await app.waitForVisible('#take-phq9', 15000);
  await app.click('#take-phq9');
  await app.waitForVisible('#measure-form');
  for (const [i, v] of answers.entries()) {
    await app.click(`#measure-form input[name="item-${i + 1}"][value="${v}"]`);
  }
  await app.click('#measure-submit');
  await app.waitForVisible('#measure-done', 15000);
}

test('a first PHQ-9 of 6 then one of 3 says neither "response" nor "remission"', async () => {
  await phq9([1, 1, 1, 1, 1, 1, 0, 0, 0]);
  await phq9([1, 1, 1, 0, 0, 0, 0, 0, 0]);
  await app.exec('location.hash = "#measures"');
  await app.waitForText('#measure-card-phq9', '3', 15000);
  const card = await app.text('#measure-card-phq9');
  assert.doesNotMatch(card, /remission/i);
  assert.doesNotMatch(card, /response/i);
  await shot('phq9-six-then-three');
  await quit();
});

// --- 4. No country known, on a fresh home's default folder ----------------------------

let nowhere;

test('with no country known, question 9 opens a plan with 112 and the picker, and the default folder is private', async () => {
  const home = tempDir('home');
  nowhere = await driver({
    HOME: home, TZ: 'UTC', LANG: 'C.UTF-8', LC_ALL: undefined, INTERLUDE_REGION: undefined,
    XDG_DATA_HOME: undefined, XDG_CACHE_HOME: undefined, XDG_CONFIG_HOME: undefined,
  }, 4470);
  // No --data-dir: the folder a person's first run makes.
  app = await Session.start(nowhere.url, BIN, []);
  await app.waitForVisible('#first-run', 20000);
  await app.click('#first-run-help');
  await app.waitForVisible('#first-run-help-panel');
  assert.match(await app.text('#first-run-help-panel'), /112/);
  assert.match(await app.text('#first-run-help-panel'), /findahelpline\.com/);
  await app.click('#first-run-help-panel-close');
  await app.ready('#reflect-now');

  await app.exec('location.hash = "#measures"');
  await app.click('#take-phq9');
  await app.waitForVisible('#measure-form');
  for (const n of [1, 2, 3, 4, 5, 6, 7, 8]) {
    await app.click(`#measure-form input[name="item-${n}"][value="0"]`);
  }
  await app.click('#measure-form input[name="item-9"][value="1"]');
  await waitFor(async () => (await app.exec('return location.hash')).startsWith('#safety-plan'),
    { what: 'the safety plan to open' });
  await app.waitForVisible('#crisis-lines', 15000);
  const box = await app.text('#crisis-lines');
  assert.match(box, /112/, 'a number that works');
  assert.match(box, /findahelpline\.com/);
  assert.doesNotMatch(box, /Add the number for where you live/);
  await app.waitForVisible('#safety-region');
  await shot('no-country-known');
  await quit();

  const data = join(home, '.local', 'share', 'org.interlude.desktop');
  const loose = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      const st = lstatSync(path);
      if (st.isSymbolicLink()) continue;
      const mode = st.mode & 0o777;
      if (st.isDirectory()) {
        if (mode !== 0o700) loose.push(`${path} ${mode.toString(8)}`);
        walk(path);
      } else if (mode !== 0o600) {
        loose.push(`${path} ${mode.toString(8)}`);
      }
    }
  };
  assert.equal(statSync(data).mode & 0o777, 0o700);
  walk(data);
  assert.deepEqual(loose, [], 'every path in the journal folder is the owner\u2019s alone');
  // The web view's own files live elsewhere.
  assert.ok(statSync(join(home, '.cache', 'org.interlude.desktop', 'webview')).isDirectory());
  assert.ok(!readdirSync(data).some((n) => /hsts|WebKit|storage/i.test(n)), 'no web view files beside the journal');
});

// --- 5. Question 9 by keyboard, and by a changed answer --------------------------------

/** A fresh PHQ-9 with questions 1–8 answered "Not at all". */
async function phq9UpTo8() {
  await app.exec('location.hash = "#measures"');
  await app.waitForVisible('#take-phq9', 15000);
  await app.click('#take-phq9');
  await app.waitForVisible('#measure-form');
  if (await app.exec('const d = document.querySelector("#measure-draft-restored"); return !!d && !d.hidden')) {
    await app.click('#measure-start-fresh');
  }
  for (const n of [1, 2, 3, 4, 5, 6, 7, 8]) {
    await app.click(`#measure-form input[name="item-${n}"][value="0"]`);
  }
}

async function planOpens(how) {
  await waitFor(async () => (await app.exec('return location.hash')).startsWith('#safety-plan'),
    { what: `the safety plan to open (${how})` });
  await app.waitForVisible('#crisis-lines', 15000);
}

test('question 9 opens the plan when answered by keyboard, and when an answer is changed', async () => {
  app = await Session.start(nowhere.url, BIN, []);
  await app.waitForVisible('#reflect-now', 20000);

  // Keyboard: Space chooses "Not at all" (nothing opens), the arrow key
  // moves to "Several days", and the plan opens at once.
  await phq9UpTo8();
  await app.exec('document.querySelector(\'#measure-form input[name="item-9"][value="0"]\').focus()');
  await app.press(['\uE00D']); // Space
  await sleep(400);
  assert.equal(await app.exec('return location.hash'), '#measures/phq9', 'not for "Not at all"');
  await app.press(['\uE015']); // ArrowDown
  await planOpens('keyboard');
  await shot('q9-keyboard');

  // A changed answer: "Not at all" first, then "More than half the days".
  await phq9UpTo8();
  await app.click('#measure-form input[name="item-9"][value="0"]');
  await sleep(400);
  assert.ok((await app.exec('return location.hash')).startsWith('#measure'), 'not yet');
  await app.click('#measure-form input[name="item-9"][value="2"]');
  await planOpens('changed answer');
  await quit();
});
