// Behavioural activation, end to end: a value is added by life area, an
// activity is planned from it with a guess at mood and enjoyment, and
// "How did it go?" logs the actual ones; the page then says "you expected
// 3, it was 6". It all survives a restart and reaches the export. Then
// something done with no plan is logged, Insights says kindly that there
// isn't enough yet (and how many so far), and a 5,000-character
// right-to-left paste is refused by name with every character kept.
//
// Each step leaves a screenshot in tests/e2e/artifacts/ for a human to see.

import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { Session, waitFor } from './webdriver.mjs';

const BIN = process.env.INTERLUDE_BIN;
const DRIVER = process.env.WEBDRIVER_URL;
const ARTIFACTS = process.env.E2E_ARTIFACTS;
const dataDir = mkdtempSync(join(tmpdir(), 'interlude-e2e-activation-'));
const pad = (n) => String(n).padStart(2, '0');
const local = (d) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;

const VALUE = 'Be there for my sister';
const WHAT = 'Call Mia after work';

let app;
let step = 0;
let activityUrl;

async function shot(name) {
  step += 1;
  return app.screenshot(ARTIFACTS, `activation-${String(step).padStart(2, '0')}-${name}`);
}

async function launch() {
  app = await Session.start(DRIVER, BIN, ['--data-dir', dataDir]);
  await app.ready('#log-moment');
}

/** Sets a field the way a picker or a dragged slider would. */
async function setField(id, value) {
  await app.waitForVisible(`#${id}`);
  await app.exec(
    `const el = document.getElementById(arguments[0]); el.value = arguments[1];
     el.dispatchEvent(new Event('input', { bubbles: true }));
     el.dispatchEvent(new Event('change', { bubbles: true }));`,
    [id, value],
  );
}

function exportJson() {
  return JSON.parse(execFileSync(BIN, ['export', '--data-dir', dataDir, '--include-private'], { encoding: 'utf8' }));
}

after(async () => {
  if (app) await app.end();
  rmSync(dataDir, { recursive: true, force: true });
});

test('an activity is planned from a value, then its actual mood is logged', async () => {
  await launch();
  await app.click('a[href="#practice"]');
  await app.waitForVisible('#your-activities');
  await app.click('#values-link');
  await app.waitForVisible('#value-form');
  await setField('value-area', 'relationships');
  await app.type('#value-words', VALUE);
  await app.click('#add-value');
  await app.waitForText('[data-area="relationships"]', VALUE);
  await shot('values');

  await app.click('[data-area="relationships"] a[id^="plan-for-value-"]');
  await app.waitForVisible('#activity-what');
  const chosen = await app.exec('const s = document.getElementById("activity-value"); return s.options[s.selectedIndex].text');
  assert.equal(chosen, VALUE, 'the value it was planned from is chosen');
  await app.type('#activity-what', WHAT);
  await setField('activity-planned-for', local(new Date(Date.now() + 2 * 3600 * 1000)));
  await setField('activity-predicted-mood', '4');
  await setField('activity-predicted-pleasure', '3');
  assert.equal(await app.text('#activity-predicted-mastery-value'), 'Not rated', 'never a made-up middle');
  await shot('planned-from-value');
  await app.click('#save-activity');
  await app.waitForVisible('#activity-log');
  activityUrl = await app.exec('return location.hash');
  assert.match(await app.text('#activity-status'), /^Planned for /);
  const [planned] = exportJson().activities;
  assert.deepEqual(planned.predicted, { mood: 4, mastery: null, pleasure: 3 });
  assert.equal(planned.doneAt, null);
  assert.equal(exportJson().values[0].uid, planned.valueUid);

  // "How did it go?": whenever the person likes.
  await setField('activity-actual-mood', '7');
  await setField('activity-actual-pleasure', '6');
  await app.type('#activity-note', 'We laughed about the dog');
  await app.click('#save-activity-log');
  await app.waitForText('#activity-status', 'Done');
  await app.waitForText('#activity-ratings', 'Enjoyment: you expected 3, it was 6');
  assert.match(await app.text('#activity-ratings'), /Mood: you expected 4, it was 7/);
  await shot('logged');
  const [logged] = exportJson().activities;
  assert.deepEqual(logged.actual, { mood: 7, mastery: null, pleasure: 6 });
  assert.ok(logged.doneAt);
});

test('it survives a restart, and an unplanned activity is logged', async () => {
  await app.end();
  await launch();
  await app.click('a[href="#practice"]');
  await app.waitForText('#activities', WHAT);
  await app.exec('location.hash = arguments[0]', [activityUrl]);
  await app.waitForText('#activity-ratings', 'Enjoyment: you expected 3, it was 6');
  assert.match(await app.text('.activity-value'), new RegExp(VALUE));

  await app.click('a[href="#practice"]');
  await app.click('#log-activity');
  await app.waitForVisible('#activity-done-at');
  assert.equal(await app.exec('return document.getElementById("activity-planned-for")'), null,
    'logging something done asks nothing about a plan');
  assert.ok((await app.value('#activity-done-at')).length >= 16, 'now is filled in');
  await app.type('#activity-what', 'Walked to the river');
  await setField('activity-actual-mood', '6');
  await app.click('#save-activity');
  await app.waitForText('#activity-status', 'Done');
  assert.equal(exportJson().activities.length, 2);

  // Two activities with a mood: Insights says kindly it needs five.
  await app.click('a[href="#insights"]');
  await app.waitForVisible('#insight-activity');
  await app.waitForText('#insight-activity', 'this shows after 5 activities logged with a mood. So far: 2');
  const card = await app.text('#insight-activity');
  assert.match(card, /don't show what causes what/);
  assert.match(card, /So far: 1\./, 'one activity was rated before and after');
  await shot('insights-not-yet');
});

test('a 5,000-character right-to-left paste is refused by name and kept whole', async () => {
  // 5,000 characters that end in a letter (a trailing space would be
  // trimmed before counting).
  const HEBREW = `${'שלום עולם '.repeat(500).slice(0, 4999)}ם`;
  await app.click('a[href="#practice"]');
  await app.click('#new-activity');
  await app.waitForVisible('#activity-what');
  await setField('activity-what', HEBREW);
  await setField('activity-planned-for', local(new Date(Date.now() + 3600 * 1000)));
  await app.click('#save-activity');
  await app.waitForText('#activity-error', '5000 characters');
  assert.match(await app.text('#activity-error'), /^The activity is 5000 characters long; it can hold up to 300/);
  assert.equal((await app.value('#activity-what')).length, HEBREW.length, 'every character kept');
  assert.equal(await app.exec('return getComputedStyle(document.getElementById("activity-what")).direction'), 'rtl');
  assert.equal(exportJson().activities.length, 2, 'nothing saved');
  await shot('long-rtl-refused');
});
