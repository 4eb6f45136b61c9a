// Behavioural experiments, end to end: a moment's self-talk is tested
// ("Test this thought"), planned a minute or two ahead with a reminder, and
// the reminder arrives as a real notification (dunst on the suite's private
// D-Bus). The test clock then moves a day on; Home offers the experiment
// back gently, it is written up, it survives a restart, and the session
// brief's PDF (read back with pdftotext) reports it.
//
// Times are real for the reminder, so this file takes a minute or two.
// Each step leaves a screenshot in tests/e2e/artifacts/ for a human to see.

import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { Session, waitFor, sleep } from './webdriver.mjs';

const BIN = process.env.INTERLUDE_BIN;
const DRIVER = process.env.WEBDRIVER_URL;
const ARTIFACTS = process.env.E2E_ARTIFACTS;
const dataDir = mkdtempSync(join(tmpdir(), 'interlude-e2e-experiments-'));
const pad = (n) => String(n).padStart(2, '0');
const local = (d) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;

// The experiment is planned for the next whole minute with at least 30 s
// to spare, so its reminder comes while this file runs.
const now = new Date();
const plannedFor = new Date(now);
plannedFor.setSeconds(0, 0);
plannedFor.setMinutes(plannedFor.getMinutes() + (now.getSeconds() > 30 ? 2 : 1));

const PREDICTION = 'If I speak up in the meeting, people will think I am stupid';

let app;
let step = 0;
let experimentUrl;

async function shot(name) {
  step += 1;
  return app.screenshot(ARTIFACTS, `experiments-${String(step).padStart(2, '0')}-${name}`);
}

async function launch() {
  app = await Session.start(DRIVER, BIN, ['--data-dir', dataDir]);
  await app.ready('#log-moment');
}

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

const notifications = () => {
  const log = join(ARTIFACTS, 'notifications.log');
  return existsSync(log) ? readFileSync(log, 'utf8') : '';
};

function exportJson() {
  return JSON.parse(execFileSync(BIN, ['export', '--data-dir', dataDir, '--include-private'], { encoding: 'utf8' }));
}

after(async () => {
  if (app) await app.end();
  rmSync(dataDir, { recursive: true, force: true });
});

test('a thought from a moment is planned as an experiment with a reminder', async () => {
  await launch();
  // The default quiet hours (22:00–07:00) would hold back a plan's
  // reminder: this file runs at whatever hour the suite does.
  await app.click('a[href="#settings"]');
  if (await app.exec('return document.getElementById("quiet-enabled").checked')) {
    await app.click('#quiet-enabled');
    await app.waitForText('#reminders-status', 'Saved');
  }

  await app.click('a[href="#home"]');
  await app.click('#log-moment');
  await app.type('#moment-situation', 'Team meeting, I kept quiet again');
  for (let i = 0; i < 3; i += 1) await app.click('#moment-next');
  await app.type('#moment-self-talk', PREDICTION);
  await app.setValue('#moment-belief-before', 80);
  await app.click('#moment-save');
  await app.waitForVisible('#moment-detail');

  await app.click('#test-thought');
  await app.waitForVisible('#experiment-prediction');
  assert.equal(await app.value('#experiment-prediction'), PREDICTION, 'the self-talk is carried over');
  await app.type('#experiment-test', 'Share one idea in the team meeting');
  await app.type('#experiment-safety-behaviours', 'Rehearsing every word in my head');
  await app.type('#experiment-expected', 'Silence, then someone correcting me');
  await setField('experiment-planned-for', local(plannedFor));
  await app.click('#experiment-remind');
  await shot('planned');
  await app.click('#save-experiment');
  await app.waitForVisible('#experiment-writeup');
  experimentUrl = await app.exec('return location.hash');

  const [e] = exportJson().experiments;
  assert.equal(e.prediction, PREDICTION);
  assert.equal(e.beliefBefore, 80, 'the belief is carried over too');
  assert.equal(e.momentUid, exportJson().moments[0].uid, 'linked to its moment');
  assert.ok(e.planUid, 'the reminder is a plan');
  const plan = exportJson().plans.find((p) => p.uid === e.planUid);
  assert.equal(plan.cueTime, `${pad(plannedFor.getHours())}:${pad(plannedFor.getMinutes())}`);
  assert.equal(plan.startDate, plan.endDate, 'a one-day plan');
});

test('its reminder arrives as a notification at the planned time', async () => {
  const wait = plannedFor.getTime() - Date.now() + 45000;
  await waitFor(() => notifications().includes('Time for your practice'), {
    what: 'the experiment\'s reminder on the bus', timeout: Math.max(wait, 15000),
  });
  // Private words stay out of notifications unless the person allows them.
  assert.doesNotMatch(notifications(), /Share one idea/);
});

test('a day on, Home offers it back gently and it is written up', async () => {
  // The e2e clock: the app reads this offset on every reading.
  writeFileSync(join(dataDir, 'e2e-clock-offset'), String(24 * 3600));
  await app.click('a[href="#practice"]');
  await app.click('a[href="#home"]');
  await app.waitForVisible('#experiment-ready');
  const card = await app.text('#experiment-ready');
  assert.match(card, /speak up in the meeting/);
  assert.doesNotMatch(card, /overdue|late|missed|failed/i);
  await shot('home-offers-it-back');

  await app.click('#experiment-ready-link');
  await app.waitForVisible('#experiment-writeup');
  await app.type('#experiment-happened', 'Two people nodded and Sam built on my idea');
  await app.type('#experiment-learned', 'Speaking up once did not make anyone think less of me');
  await app.setValue('#experiment-belief-after', 30);
  await app.type('#experiment-obstacles', 'I nearly skipped it when the meeting ran late');
  await app.click('#save-writeup');
  await waitFor(() => exportJson().experiments[0]?.learned?.length > 0, { what: 'the write-up saved' });
  await shot('written-up');
  const [e] = exportJson().experiments;
  assert.equal(e.beliefAfter, 30);
  assert.ok(e.writtenUpAt);

  await app.click('a[href="#home"]');
  await sleep(500);
  assert.equal(await app.exec('return document.getElementById("experiment-ready")'), null,
    'nothing is offered once it is written up');
});

test('it survives a restart and the brief\'s PDF reports it', async () => {
  await app.end();
  await launch();
  await app.click('a[href="#practice"]');
  await app.waitForText('#experiments', 'speak up in the meeting');
  await app.exec(`location.hash = arguments[0]`, [experimentUrl]);
  await app.waitForVisible('#experiment-status');
  assert.equal(await app.value('#experiment-learned'), 'Speaking up once did not make anyone think less of me');

  await app.click('a[href="#brief"]');
  await app.waitForVisible('#brief-document');
  await app.waitForText('#brief-homework', 'speak up in the meeting');
  await shot('brief');
  await app.click('#brief-export-pdf');
  await app.waitForText('#brief-export-status', 'Saved to');
  const pdf = (await app.text('#brief-export-status')).match(/Saved to (.+\.pdf)/)[1].trim();
  const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).split(/\s+/).join(' ');
  for (const expected of [
    `Experiment: ${PREDICTION}`,
    'The test: Share one idea in the team meeting',
    'What happened: Two people nodded and Sam built on my idea',
    'What I learned: Speaking up once did not make anyone think less of me',
    'What got in the way: I nearly skipped it when the meeting ran late',
    'Belief in the prediction: 80% → 30%',
  ]) {
    assert.ok(text.includes(expected), `"${expected}" in the PDF: ${text.slice(0, 3000)}`);
  }
});

// The edges: a 5,000-character paste, right-to-left words, a narrow window.
const HEBREW = 'אם אבקש עזרה, יחשבו שאני לא מסתדר';
const LONG = `${HEBREW} `.repeat(200).slice(0, 5000);

test('a 5,000-character prediction in Hebrew keeps its words, its direction and its page', async () => {
  try {
    await app.setWindowRect({ width: 720, height: 560 });
  } catch (e) {
    console.log(`# Set Window Rect: ${e.message}`);
  }
  const narrow = await waitFor(async () => (await app.exec('return innerWidth')) <= 740,
    { timeout: 3000, what: 'a 720 px window' }).catch(() => false);
  if (!narrow) await app.exec("document.documentElement.style.width = '720px'");

  await app.click('a[href="#practice"]');
  await app.click('#new-experiment');
  await setField('experiment-prediction', LONG);
  await setField('experiment-test', 'לבקש מדנה לעבור על הדוח');
  await app.click('#save-experiment');
  await app.waitForVisible('#experiment-writeup');
  const saved = exportJson().experiments.find((e) => e.prediction.startsWith(HEBREW));
  assert.equal(saved.prediction, LONG.trim(), 'every character kept');

  const overflow = () => app.exec(`
    const pane = document.querySelector('main').getBoundingClientRect();
    const root = document.scrollingElement;
    return { sideways: root.scrollWidth - root.clientWidth,
      over: [...document.querySelectorAll('main *')].filter((el) => el.getClientRects().length
        && !el.closest('.visually-hidden') && el.getBoundingClientRect().right > pane.right + 1)
        .slice(0, 5).map((el) => el.tagName + '#' + el.id) };`);
  let found = await overflow();
  assert.ok(found.sideways <= 1 && found.over.length === 0, `the experiment page: ${JSON.stringify(found)}`);
  // The person's words read right to left, in a page that stays left to right.
  assert.equal(await app.exec(
    'return getComputedStyle([...document.querySelectorAll("main [dir=auto]")].find((el) => el.textContent.startsWith(arguments[0]))).direction',
    [HEBREW]), 'rtl');
  await shot('long-hebrew-narrow');

  await app.click('a[href="#practice"]');
  await app.waitForText('#experiments', HEBREW);
  found = await overflow();
  assert.ok(found.sideways <= 1 && found.over.length === 0, `the Practice list: ${JSON.stringify(found)}`);
  await shot('practice-list-narrow');
});
