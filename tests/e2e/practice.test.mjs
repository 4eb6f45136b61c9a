// Practice plans end to end, over five days of a person's week: turn the
// week's focus into a plan, log done / partly / skipped / not today on four
// days, watch the score and the week count move, be offered a kind minute
// after two slipped days, take it, then do a breathing practice from the
// plan and see it counted. Days pass through the e2e-clock build: the app
// adds the seconds in <data dir>/e2e-clock-offset to the real time.

import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { Session, sleep, waitFor } from './webdriver.mjs';

const BIN = process.env.INTERLUDE_BIN;
const ARTIFACTS = process.env.E2E_ARTIFACTS;
const dataDir = mkdtempSync(join(tmpdir(), 'interlude-e2e-practice-'));
const DAY = 24 * 60 * 60;
const FOCUS = 'Three slow breaths before I answer an email';

let app;
let planId;
const scores = [];

function setDay(daysFromToday) {
  writeFileSync(join(dataDir, 'e2e-clock-offset'), String(daysFromToday * DAY));
}

async function launchOn(daysFromToday) {
  if (app) await app.end();
  setDay(daysFromToday);
  app = await Session.start(process.env.WEBDRIVER_URL, BIN, ['--data-dir', dataDir]);
  await app.waitForVisible('#reflect-now', 20000);
}

async function openPractice() {
  await app.click('a[href="#practice"]');
  await app.waitForVisible(`#today li[data-plan-id="${planId}"]`);
}

/** Clicks an outcome on today's row and waits until it shows as chosen. */
async function choose(outcome) {
  await app.click(`#outcome-${planId}-${outcome}`);
  await waitFor(
    async () => (await app.exec(
      'return document.getElementById(arguments[0])?.getAttribute("aria-pressed")',
      [`outcome-${planId}-${outcome}`],
    )) === 'true',
    { what: `${outcome} to be chosen` },
  );
}

const scoreText = () => app.text(`#score-${planId}`);

function exported() {
  return JSON.parse(execFileSync(BIN, ['export', '--data-dir', dataDir], { encoding: 'utf8' }));
}

after(async () => {
  if (app) await app.end();
  rmSync(dataDir, { recursive: true, force: true });
});

test('the week\'s focus becomes a concrete plan in a few steps', async () => {
  const fixture = fileURLToPath(new URL('./fixtures/one-reflection.json', import.meta.url));
  execFileSync(BIN, ['import', '--data-dir', dataDir, fixture]);
  await launchOn(-4);

  await app.click('#focus-to-plan');
  await waitFor(async () => (await app.value('#plan-action')) === FOCUS, { what: 'the focus as the action' });
  await app.clear('#plan-amount');
  await app.type('#plan-amount', '2');
  await app.type('#plan-cue', 'after I open my laptop');
  await app.click('#plan-practice option[value="box"]');
  await app.waitForText('#plan-sentence', 'after I open my laptop');
  const sentence = await app.text('#plan-sentence');
  assert.match(sentence, /I will three slow breaths before I answer an email for 2 minutes every day after I open my laptop/i);
  await app.exec('document.getElementById("plan-sentence").scrollIntoView({ block: "center" })');
  await sleep(200);
  await app.screenshot(ARTIFACTS, 'practice-01-plan-builder');

  await app.click('#save-plan');
  await app.waitForVisible('#plan-title');
  planId = Number((await app.exec('return location.hash')).match(/#plan\/(\d+)/)[1]);
  assert.ok(planId > 0);
  assert.match(await app.text('#plan-title'), /after I open my laptop/);
});

test('day one: done, with a line on how it went', async () => {
  await openPractice();
  const before = await scoreText();
  await choose('done');
  await waitFor(async () => (await scoreText()) !== before, { what: 'the score to move' });
  await app.type(`#note-${planId}`, 'Slower replies, calmer inbox\uE007');
  scores.push(await scoreText());
  assert.match(await app.text(`#week-${planId}`), /This week: [1-9]\d* of \d+/);
  await sleep(300);
  await app.screenshot(ARTIFACTS, 'practice-02-today-done');
});

test('day two: partly; the score still rises', async () => {
  await launchOn(-3);
  await openPractice();
  const pressed = await app.exec(
    'return document.getElementById(arguments[0]).getAttribute("aria-pressed")', [`outcome-${planId}-done`]);
  assert.notEqual(pressed, 'true', 'a new day starts unlogged');
  await choose('partly');
  await waitFor(async () => (await scoreText()) !== scores[0], { what: 'the score to move' });
  scores.push(await scoreText());
});

test('day three: skipped, with a reason', async () => {
  await launchOn(-2);
  await openPractice();
  await app.click(`#outcome-${planId}-skipped`);
  await app.type(`#reason-${planId}`, 'Migraine, stayed in bed');
  await app.click(`#reason-save-${planId}`);
  await waitFor(
    async () => (await app.exec(
      'return document.getElementById(arguments[0])?.getAttribute("aria-pressed")',
      [`outcome-${planId}-skipped`],
    )) === 'true',
    { what: 'skipped to be chosen' },
  );
});

test('day four: not today', async () => {
  await launchOn(-1);
  await openPractice();
  await choose('notToday');
  await sleep(300);
  await app.screenshot(ARTIFACTS, 'practice-03-not-today');
});

test('day five: a kind minute is offered, and taken', async () => {
  await launchOn(0);
  await app.waitForVisible('#compassion-offer');
  assert.match(await app.text('#compassion-offer'), /Three slow breaths/);
  await app.screenshot(ARTIFACTS, 'practice-04-compassion-offer');

  await app.click('#compassion-take');
  await app.type('#sc-mindfulness', 'This week was hard and that is real.');
  await app.type('#sc-humanity', 'Everyone learning something new slips.');
  await app.type('#sc-kindness', 'I can start again today, gently.');
  await app.exec('document.getElementById("sc-mindfulness").scrollIntoView({ block: "start" })');
  await sleep(200);
  await app.screenshot(ARTIFACTS, 'practice-05-self-compassion');
  await app.click('#sc-save');
  await app.waitForText('#sc-done h2', 'Thank you for taking this moment');

  await app.click('a[href="#home"]');
  await app.waitForVisible('#reflect-now');
  assert.equal((await app.findAll('#compassion-offer')).length, 0, 'not offered again today');
});

test('day five: start again with the breathing guide, and it counts', async () => {
  await openPractice();
  assert.match(await app.text(`#today li[data-plan-id="${planId}"]`), /Start again today/);
  await app.click(`#start-practice-${planId}`);
  await app.click('#duration-1');
  await app.click('#breath-start');
  await app.waitForVisible('#breath-phase');
  await sleep(1500);
  await app.screenshot(ARTIFACTS, 'practice-06-breathing');
  // One real minute of box breathing: whole breaths, about 64 seconds.
  await app.waitForVisible('#practice-done', 100000);
  await app.waitForText('#practice-recorded', 'Counted for today');

  await openPractice();
  const pressed = await app.exec(
    'return document.getElementById(arguments[0]).getAttribute("aria-pressed")', [`outcome-${planId}-done`]);
  assert.equal(pressed, 'true');
  await sleep(300);
  await app.screenshot(ARTIFACTS, 'practice-07-today-after-breathing');
});

test('everything the week held is in the journal', () => {
  const file = exported();
  assert.equal(file.plans.length, 1);
  const days = file.plans[0].days.map((d) => [d.outcome, d.reason]);
  assert.deepEqual(days, [
    ['done', ''],
    ['partly', ''],
    ['skipped', 'Migraine, stayed in bed'],
    ['notToday', ''],
    ['done', ''],
  ]);
  assert.equal(file.plans[0].days[0].note, 'Slower replies, calmer inbox');
  assert.equal(file.plans[0].fromReflectionUid, file.reflections[0].uid);
  assert.equal(file.compassionBreaks.length, 1);
  assert.equal(file.compassionBreaks[0].kindness, 'I can start again today, gently.');
});
