// A therapist's question for after each session, end to end: a homework
// file carrying one is opened from Practice and accepted; the reflection
// window asks it after the four questions, with who asked; the answer is
// saved with the reflection, shown on its page, carried into the brief and
// kept after a restart. Stopped on the Reflections page, it is no longer
// asked, and the answer already written stays.
//
// Each step leaves a screenshot in tests/e2e/artifacts/ for a human to see.

import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { Session, appRunning, waitFor } from './webdriver.mjs';

const BIN = process.env.INTERLUDE_BIN;
const DRIVER = process.env.WEBDRIVER_URL;
const ARTIFACTS = process.env.E2E_ARTIFACTS;
const dataDir = mkdtempSync(join(tmpdir(), 'interlude-e2e-questions-'));
const QUESTION = 'What did you notice in your body when the hard topic came up?';

let app;
let main;
let step = 0;

async function shot(name) {
  step += 1;
  return app.screenshot(ARTIFACTS, `questions-${String(step).padStart(2, '0')}-${name}`);
}

async function launch() {
  app = await Session.start(DRIVER, BIN, ['--data-dir', dataDir]);
  main = await app.handle();
  await app.ready('#reflect-now');
}

function exportJson() {
  return JSON.parse(execFileSync(BIN, ['export', '--data-dir', dataDir, '--include-private'], { encoding: 'utf8' }));
}

async function openReflectionWindow() {
  await app.click('a[href="#home"]');
  const known = await app.handles();
  await app.click('#reflect-now');
  await app.switchToNewWindow(known);
  await app.waitForVisible('#takeaway');
}

after(async () => {
  if (app) await app.end();
  rmSync(dataDir, { recursive: true, force: true });
});

test('a question from a homework file is accepted from the preview', async () => {
  const file = join(dataDir, 'homework-question.json');
  writeFileSync(file, JSON.stringify({
    format: 'interlude-homework',
    version: 1,
    id: 'week 49',
    from: 'Ana Weber',
    items: [{ id: 'noticed', kind: 'question', text: QUESTION }],
  }, null, 2));
  await launch();
  await app.click('a[href="#practice"]');
  await app.click('#open-homework');
  await app.waitForVisible('#homework-file');
  await app.type('#homework-file', file);
  await app.waitForText('#homework-items', QUESTION);
  assert.match(await app.text('[data-item-id="noticed"]'), /after each session/i);
  await shot('preview');
  await app.click('#homework-add');
  await app.waitForVisible('#your-experiments');
});

test('the reflection window asks it, and the answer is kept with the reflection', async () => {
  await openReflectionWindow();
  await app.waitForText('#extra-questions', QUESTION);
  assert.match(await app.text('#extra-answer-0-from'), /Ana Weber/);
  await app.type('#takeaway', 'Slowing down is allowed.');
  await app.type('#extra-answer-0', 'My shoulders rose, then my jaw.');
  await shot('window');
  await app.click('#save');
  await app.waitForVisible('#saved');
  await app.clickToClose('#close');
  await app.switchTo(main);

  const reflections = exportJson().reflections;
  assert.equal(reflections.length, 1);
  assert.deepEqual(reflections[0].answers.map((a) => [a.question, a.from, a.answer]),
    [[QUESTION, 'Ana Weber', 'My shoulders rose, then my jaw.']]);
});

test('after a restart the answer is on the reflection\'s page and in the brief', async () => {
  await app.end();
  await waitFor(() => !appRunning(BIN, dataDir), { timeout: 10000, what: 'the app to exit' });
  await launch();
  await app.click('a[href="#reflections"]');
  await app.waitForText('#reflection-questions', QUESTION);
  await app.click('#reflection-list a');
  await app.waitForText('#reflection-detail', 'My shoulders rose, then my jaw.');
  assert.match(await app.text('#reflection-detail'), new RegExp(QUESTION));
  await shot('detail');
  await app.click('a[href="#brief"]');
  await app.waitForVisible('#brief-document');
  await app.waitForText('#brief-bridge', 'My shoulders rose, then my jaw.');
  assert.match(await app.text('#brief-bridge'), new RegExp(QUESTION));
});

test('stopped on the Reflections page, it is no longer asked and the answer stays', async () => {
  // Reflections is reached from Home (and the Journal), not the rail.
  await app.click('a[href="#home"]');
  await app.click('#all-reflections');
  await app.waitForVisible('#reflection-questions');
  await shot('reflections-page');
  await app.click('#reflection-questions button');
  await waitFor(async () => (await app.exec('return document.getElementById("reflection-questions")')) === null,
    { what: 'the question gone from the page' });
  await openReflectionWindow();
  assert.equal(await app.exec('return document.querySelectorAll("#extra-questions textarea").length'), 0);
  assert.equal(await app.exec('return document.getElementById("reflection-form").hidden'), false);
  await app.switchTo(main);
  assert.equal(exportJson().reflections[0].answers[0].answer, 'My shoulders rose, then my jaw.');
});
