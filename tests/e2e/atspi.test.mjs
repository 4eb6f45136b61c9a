// Screen readers: the app's accessibility tree read over AT-SPI, as Orca
// reads it, on every route of the main window (tests/e2e/atspi_names.py,
// with the system's GObject bindings). Every control a person acts on (a
// button, a link, a field, a checkbox, a radio, a list, a slider) has a
// name and a role; the live regions that announce saves, undo and errors
// are in the tree; the breathing pacer says its phases in words.

import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

import { Session, sleep, waitFor } from './webdriver.mjs';

const BIN = process.env.INTERLUDE_BIN;
const SCRIPT = fileURLToPath(new URL('./atspi_names.py', import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'interlude-e2e-atspi-'));
let app;
const ids = {};

after(async () => {
  if (app) await app.end();
  rmSync(dataDir, { recursive: true, force: true });
});

/** Calls a backend command as the page's own ipc.js does. */
const invoke = (cmd, args) => app.invoke(cmd, args);

/** The tree of the page shown now, as a screen reader has it. */
function tree(title) {
  return JSON.parse(execFileSync('/usr/bin/python3', [SCRIPT, title], { encoding: 'utf8', timeout: 60000 }));
}

const routes = () => [
  '#home', '#journal', '#journal?q=meeting', '#reflections', `#reflection/${ids.reflection}`,
  '#moment/new', `#moment/${ids.moment}`, `#moment/${ids.moment}/edit`,
  '#checkin/new', `#checkin/${ids.checkin}`, '#note/new', `#note/${ids.note}`,
  '#practice', '#practice/box', '#practice/grounding', '#practice/self-compassion',
  '#plan/new', `#plan/${ids.plan}`, '#experiment/new', `#experiment/${ids.experiment}`,
  '#values', '#homework', '#activity/new', `#activity/${ids.activity}`,
  '#insights', '#measures', '#measures/phq9',
  '#brief', '#sessions', '#safety-plan', '#settings',
];

async function show(route) {
  await app.exec('location.hash = arguments[0]', [route]);
  await waitFor(async () => (await app.exec('return location.hash')) === route, { what: route });
  await waitFor(() => app.exec('const h = document.querySelector("main h1, main h2"); return Boolean(h && h.textContent.trim())'),
    { what: `${route} to draw` });
  await sleep(400); // the tree follows the page a moment later
  return app.exec('return document.title');
}

test("the journal is filled through the app's own commands", async () => {
  execFileSync(BIN, ['import', '--data-dir', dataDir,
    fileURLToPath(new URL('./fixtures/one-reflection.json', import.meta.url))]);
  app = await Session.start(process.env.WEBDRIVER_URL, BIN, ['--data-dir', dataDir]);
  await app.ready('#reflect-now');
  ids.moment = (await invoke('create_moment', { input: {
    situation: 'The Monday meeting', selfTalk: 'They think I am not good enough', traps: ['mindReading'],
  } })).id;
  ids.checkin = (await invoke('create_checkin', { input: { mood: 6, note: 'A steadier day' } })).id;
  ids.note = (await invoke('create_note', { input: { text: 'Walked by the river after work.' } })).id;
  ids.reflection = (await invoke('list_reflections', { limit: 1, offset: 0 }))[0]?.id;
  ids.plan = (await invoke('create_plan', { input: {
    action: 'practise box breathing', amount: 2, unit: 'minutes',
    frequency: { kind: 'daily' }, cue: 'before I open work email',
  } })).id;
  ids.experiment = (await invoke('create_experiment', { input: {
    prediction: 'They think I am not good enough', beliefBefore: 80, fromMomentId: ids.moment,
    test: 'Ask for feedback on the report', happened: 'She liked it',
  } })).id;
  ids.value = (await invoke('create_value', { input: { area: 'health', words: 'Move a little every day' } })).id;
  ids.activity = (await invoke('create_activity', { input: {
    what: 'Walk to the river', valueId: ids.value, plannedFor: '2026-01-05T18:30:00+00:00',
    predicted: { mood: 4, pleasure: 3 }, doneAt: '2026-01-05T19:00:00+00:00', actual: { mood: 7, pleasure: 6 },
  } })).id;
  await invoke('submit_measure', { input: { kind: 'phq9', answers: [1, 1, 0, 2, 1, 0, 1, 0, 0], difficulty: 1 } }).catch(() => {});
  for (const [key, id] of Object.entries(ids)) assert.ok(Number.isInteger(id), `${key} was made`);
});

test('every control on every page has a name a screen reader can say, and the live regions are there', async () => {
  const problems = [];
  const seen = [];
  for (const route of routes()) {
    const title = await show(route);
    const found = tree(title);
    if (found.error) {
      problems.push(`${route}: ${found.error}`);
      continue;
    }
    seen.push(`${route} ${found.nodes}`);
    for (const n of found.nameless) problems.push(`${route}: a ${n} has no name`);
    if (!found.live.length) problems.push(`${route}: no live region in the tree`);
    const controls = ['push button', 'link', 'entry', 'radio button', 'check box', 'combo box', 'slider']
      .reduce((sum, r) => sum + (found.roles[r] ?? 0), 0);
    if (controls < 8) problems.push(`${route}: only ${controls} controls in the tree (the navigation alone has 8 links)`);
  }
  console.log(`nodes per page: ${seen.join(', ')}`);
  assert.deepEqual(problems, [], problems.join('\n'));
  // And the check can fail: a button with no words is found.
  await show('#note/new');
  await app.exec(`const b = document.createElement('button'); b.id = 'nameless'; b.type = 'button';
    document.querySelector('main').prepend(b);`);
  await sleep(400);
  const broken = tree(await app.exec('return document.title'));
  await app.exec('document.getElementById("nameless").remove()');
  assert.ok(broken.nameless.some((n) => n.startsWith('push button')), JSON.stringify(broken.nameless));
});

test('the breathing pacer says its phases in words to a screen reader', async () => {
  await show('#practice/box');
  await app.click('#breath-start');
  const said = new Set();
  await waitFor(async () => {
    for (const line of tree(await app.exec('return document.title')).live) said.add(line);
    return [...said].some((l) => /\bin\b/i.test(l)) && [...said].some((l) => /\b(hold|out)\b/i.test(l));
  }, { what: 'the pacer phases in a live region', timeout: 20000, interval: 700 });
  await app.click('#breath-stop');
  console.log(`said: ${[...said].join(' | ')}`);
});
