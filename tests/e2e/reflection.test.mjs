// The post-session reflection, end to end, as a new person would meet it:
// open the app, write a reflection in its own window, close the app, start
// it again on the same data, find the reflection and the week's focus,
// edit, delete, undo; then kill the app mid-sentence and find the draft.
//
// Each step leaves a screenshot in tests/e2e/artifacts/ for a human to see.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { Session, appRunning, waitFor, sleep } from './webdriver.mjs';

const BIN = process.env.INTERLUDE_BIN;
const DRIVER = process.env.WEBDRIVER_URL;
const ARTIFACTS = process.env.E2E_ARTIFACTS;
const dataDir = mkdtempSync(join(tmpdir(), 'interlude-e2e-'));

let app;
let main;
let step = 0;

async function shot(name) {
  step += 1;
  return app.screenshot(ARTIFACTS, `${String(step).padStart(2, '0')}-${name}`);
}

async function launch() {
  app = await Session.start(DRIVER, BIN, ['--data-dir', dataDir]);
  main = await app.handle();
  await app.ready('#reflect-now');
}

async function quit() {
  await app.end();
  // WebKitWebDriver closes the app with the session; wait until it is gone
  // so the next start opens the journal afresh.
  await waitFor(() => !running(), { timeout: 10000, what: 'the app to exit' });
}

const running = () => appRunning(BIN, dataDir);

/** Opens the reflection window from the main window and switches to it. */
async function openReflectionWindow(fromSelector = '#reflect-now') {
  const known = await app.handles();
  await app.click(fromSelector);
  await app.switchToNewWindow(known);
  await app.waitForVisible('#takeaway');
}

function exportJson() {
  return JSON.parse(execFileSync(BIN, ['export', '--data-dir', dataDir], { encoding: 'utf8' }));
}

before(async () => {
  assert.ok(BIN && DRIVER && ARTIFACTS, 'run through tests/e2e/run.sh');
});

after(async () => {
  if (app) await app.end();
  if (ARTIFACTS) writeFileSync(join(ARTIFACTS, 'export.json'), JSON.stringify(exportJson(), null, 2));
  rmSync(dataDir, { recursive: true, force: true });
});

test('a first reflection, written in its own window, becomes the week\'s focus', async () => {
  await launch();
  assert.match(await app.text('main'), /After your next session/);
  await shot('home-empty');

  await openReflectionWindow();
  assert.match(await app.text('h1'), /After your session/);
  await app.type('#takeaway', 'My thoughts are not facts; I can check them.');
  await app.type('#difficult', 'How quickly I blame myself when plans change.');
  await app.type('#focus', 'Notice the "should" voice and answer it gently');
  await app.exec("window.scrollTo({ top: 0, behavior: 'instant' })");
  await sleep(200);
  await shot('reflection-questions');
  await app.click('#feeling-rating');
  await app.click('button[aria-pressed][data-word="hopeful"]');
  await app.type('#feeling-own', 'wobbly');
  await app.click('#feeling-add');
  await app.type('#feeling-note', 'Tired, but lighter than this morning.');
  await shot('reflection-filled');

  await app.click('#save');
  await app.waitForVisible('#saved');
  assert.match(await app.text('#saved'), /Notice the "should" voice/);
  await shot('reflection-saved');

  await app.clickToClose('#close');
  await app.switchTo(main);
  await app.waitForText('#focus-text', 'Notice the "should" voice and answer it gently');
  assert.match(await app.text('#days-since'), /today/i);
  await shot('home-with-focus');
});

test('after a restart the reflection and the focus are still there', async () => {
  await quit();
  await launch();
  await app.waitForText('#focus-text', 'answer it gently');

  await app.click('a[href="#reflections"]');
  await app.waitForText('#reflection-list', 'My thoughts are not facts');
  await shot('reflections-after-restart');

  await app.click('#reflection-list a');
  await app.waitForText('main', 'How quickly I blame myself');
  const detail = await app.text('main');
  assert.match(detail, /hopeful/);
  assert.match(detail, /wobbly/);
  await shot('reflection-detail');
});

test('an edit in the reflection window shows up everywhere', async () => {
  await openReflectionWindow('#edit-reflection');
  assert.match(await app.title(), /Edit reflection/);
  assert.equal(await app.value('#takeaway'), 'My thoughts are not facts; I can check them.');
  await app.clear('#focus');
  await app.type('#focus', 'Three slow breaths before answering the should voice');
  await app.click('#save');
  await app.waitForVisible('#saved');
  await app.clickToClose('#close');

  await app.switchTo(main);
  await app.waitForText('main', 'Three slow breaths');
  await app.click('a[href="#home"]');
  await app.waitForText('#focus-text', 'Three slow breaths before answering');
  await shot('home-after-edit');
});

test('delete asks first, and undo brings the reflection back', async () => {
  await app.click('a[href="#reflections"]');
  await app.click('#reflection-list a');
  await app.click('#delete-reflection');
  await app.waitForVisible('#confirm-delete');
  await sleep(300); // let the dialog's fade-in finish for the screenshot
  await shot('confirm-delete');
  await app.click('#confirm-delete-yes');

  await app.waitForVisible('#undo');
  assert.doesNotMatch(await app.text('#reflection-list, main'), /My thoughts are not facts/);
  assert.equal(exportJson().reflections.length, 0, 'gone from the journal');
  await shot('deleted-with-undo');

  await app.click('#undo');
  await app.waitForText('#reflection-list', 'My thoughts are not facts');
  assert.equal(exportJson().reflections.length, 1, 'back in the journal');
  await shot('restored');
});

test('killing the app mid-sentence loses nothing: the draft comes back', async () => {
  await app.click('a[href="#home"]');
  await openReflectionWindow();
  await app.type('#takeaway', 'Half a thought I was in the middle of');
  await app.waitForText('#draft-status', 'Draft kept');

  // No goodbye: SIGKILL, as a crash or a power cut would.
  execFileSync('pkill', ['-9', '-f', `${BIN} --data-dir ${dataDir}`]);
  await waitFor(() => !running(), { what: 'the app to die' });
  await app.end();

  await launch();
  await app.waitForVisible('#reflect-now');
  assert.match(await app.text('main'), /pick up where you left off/i);
  await openReflectionWindow();
  await app.waitForVisible('#draft-restored');
  assert.equal(await app.value('#takeaway'), 'Half a thought I was in the middle of');
  await shot('draft-restored');
});

test('an empty reflection is not saved, and says why kindly', async () => {
  await app.click('#draft-restored button');
  await waitFor(async () => (await app.value('#takeaway')) === '', { what: 'a fresh form' });
  await app.click('#save');
  await app.waitForVisible('#form-error');
  assert.match(await app.text('#form-error'), /nothing written/i);
  await shot('empty-not-saved');
  await sleep(100);
  assert.equal(exportJson().reflections.length, 1);
});
