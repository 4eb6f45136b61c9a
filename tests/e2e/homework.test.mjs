// Homework from the therapist, as a file, end to end: the example file
// (docs/examples/homework.json) is opened from Practice, previewed, and
// imported with one item left out; the note lands in the journal. Opened
// again, the items already added are shown as such and only the one left
// out is added. After a restart the brief reports each assigned item as
// assigned. A file with a field the format doesn't have is refused by
// name and line, and nothing is added.
//
// Each step leaves a screenshot in tests/e2e/artifacts/ for a human to see.

import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { Session, waitFor } from './webdriver.mjs';

const BIN = process.env.INTERLUDE_BIN;
const DRIVER = process.env.WEBDRIVER_URL;
const ARTIFACTS = process.env.E2E_ARTIFACTS;
const EXAMPLE = fileURLToPath(new URL('../../docs/examples/homework.json', import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'interlude-e2e-homework-'));

let app;
let step = 0;

async function shot(name) {
  step += 1;
  return app.screenshot(ARTIFACTS, `homework-${String(step).padStart(2, '0')}-${name}`);
}

async function launch() {
  app = await Session.start(DRIVER, BIN, ['--data-dir', dataDir]);
  await app.ready('#log-moment');
}

function exportJson() {
  return JSON.parse(execFileSync(BIN, ['export', '--data-dir', dataDir, '--include-private'], { encoding: 'utf8' }));
}

async function openHomework(path) {
  await app.click('a[href="#practice"]');
  await app.click('#open-homework');
  await app.waitForVisible('#homework-file');
  await app.type('#homework-file', path);
}

after(async () => {
  if (app) await app.end();
  rmSync(dataDir, { recursive: true, force: true });
});

test('a homework file is previewed and imported with one item left out', async () => {
  await launch();
  await openHomework(EXAMPLE);
  await app.waitForText('#homework-items', 'walk to the river and back');
  await app.waitForText('#homework-note-text', 'Well done this week.');
  assert.match(await app.text('#homework-preview'), /A note from Ana Weber/);
  assert.equal(exportJson().plans.length, 0, 'nothing is added before a yes');
  await app.click('[data-item-id="walk"] input[type=checkbox]');
  await shot('preview-one-left-out');
  await app.click('#homework-add');
  await app.waitForVisible('#your-experiments');
  await app.waitForText('#plans', 'box breathing');
  assert.doesNotMatch(await app.text('#plans'), /walk to the river/);
  await app.waitForText('#experiments', 'share an idea');
  const file = exportJson();
  assert.equal(file.plans.length, 1);
  assert.equal(file.plans[0].practice, 'box');
  assert.equal(file.experiments.length, 1);
  assert.equal(file.notes.length, 1);
  assert.match(file.notes[0].text, /^From Ana Weber: Well done this week\./);
  await shot('practice-after');
});

test('opened again, only what was left out can be added', async () => {
  await openHomework(EXAMPLE);
  await app.waitForText('#homework-items', 'added already');
  const states = await app.exec(`return [...document.querySelectorAll('#homework-items input')]
    .map((b) => [b.value, b.checked, b.disabled])`);
  assert.deepEqual(states, [['breathing', true, true], ['walk', true, false], ['speak-up', true, true]]);
  assert.equal(await app.exec('return document.getElementById("homework-keep-note").disabled'), true);
  await shot('preview-again');
  await app.click('#homework-add');
  await app.waitForText('#plans', 'walk to the river');
  const file = exportJson();
  assert.equal(file.plans.length, 2);
  assert.equal(file.experiments.length, 1, 'not added twice');
  assert.equal(file.notes.length, 1, 'not added twice');
});

test('after a restart the brief reports each assigned item as assigned', async () => {
  await app.end();
  await launch();
  await app.click('a[href="#brief"]');
  await app.waitForVisible('#brief-document');
  await app.waitForText('#brief-document', 'Assigned by Ana Weber on');
  const text = await app.text('#brief-document');
  assert.equal(text.match(/Assigned by Ana Weber on/g)?.length, 3, text);
  await shot('brief-assigned');
});

test('a questionnaire asked for weekly is offered on Home until the person stops it', async () => {
  const withGad = join(dataDir, 'homework-gad.json');
  writeFileSync(withGad, readFileSync(EXAMPLE, 'utf8').replace(
    '  ]\n}',
    '    ,\n    { "id": "gad", "kind": "questionnaire", "measure": "gad7", "when": "weekly" }\n  ]\n}',
  ));
  await openHomework(withGad);
  await app.waitForText('#homework-items', 'The GAD-7 (anxiety), once a week');
  assert.match(await app.text('[data-item-id="gad"]'), /A questionnaire to fill in/);
  await app.click('#homework-add');
  await app.waitForVisible('#your-experiments');
  await app.click('a[href="#home"]');
  await app.waitForText('#measure-due-line', 'Ana Weber asked for the GAD-7 once a week');
  await shot('home-questionnaire');
  await app.click('#measure-due-link');
  await app.waitForVisible('#measure-form');
  assert.equal(await app.exec('return location.hash'), '#measures/gad7');
  await app.exec("location.hash = '#measures'");
  await app.waitForVisible('#measure-requests');
  assert.match(await app.text('#measure-requests'), /Ana Weber asked for the GAD-7 once a week/);
  await app.click('#measure-requests button');
  await waitFor(async () => (await app.exec('return document.getElementById("measure-requests")')) === null,
    { what: 'the request gone from the page' });
  await app.click('a[href="#home"]');
  await app.waitForVisible('#log-moment');
  assert.equal(await app.exec('return document.getElementById("measure-due")'), null, 'no longer offered');
});

test('a file with a field the format doesn\'t have is refused by line and name', async () => {
  const bad = join(dataDir, 'homework-bad.json');
  writeFileSync(bad, readFileSync(EXAMPLE, 'utf8').replace('"cueTime"', '"colour": "red",\n      "cueTime"'));
  await openHomework(bad);
  await app.waitForText('#homework-status', 'homework-bad.json, line 16');
  assert.match(await app.text('#homework-status'), /unknown field `colour`/);
  assert.equal(await app.exec('return document.getElementById("homework-preview").hidden'), true);
  assert.equal(exportJson().plans.length, 2, 'nothing added');
  await shot('refused');
});
