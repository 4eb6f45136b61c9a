// Accessibility, proved in the real web view: axe-core (WCAG 2.0, 2.1 and
// 2.2, levels A and AA) runs inside the app's WebKitGTK page on every
// route of the main window and on the reflection window, in the light
// theme and in the dark one. Any violation fails the run, listed with the
// rule, the element and axe's own summary of what is wrong.
//
// The journal is filled first through the app's own commands (a moment,
// a check-in, a note, a reflection, a plan with a logged day, a PHQ-9),
// so the pages that show records are audited with records on them.

import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

import { Session, sleep, waitFor } from './webdriver.mjs';

const BIN = process.env.INTERLUDE_BIN;
const ARTIFACTS = process.env.E2E_ARTIFACTS;
const dataDir = mkdtempSync(join(tmpdir(), 'interlude-e2e-a11y-'));
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
let app;
const ids = {};

after(async () => {
  if (app) await app.end();
  rmSync(dataDir, { recursive: true, force: true });
});

/** Calls a backend command as the page's own ipc.js does. */
const invoke = (cmd, args) => app.invoke(cmd, args);

/** axe's violations on the page as it is now, as readable lines. */
async function violations() {
  const injected = await app.exec('return typeof window.axe === "object"');
  if (!injected) await app.exec(`${AXE}\nreturn true;`);
  const found = await app.exec(
    `return window.axe.run(document, { runOnly: { type: 'tag', values: arguments[0] }, resultTypes: ['violations'] })
       .then((r) => r.violations.map((v) => ({
         id: v.id, impact: v.impact, help: v.help,
         nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target.join(' '), summary: n.failureSummary })),
       })), (e) => [{ id: 'axe-error', help: String(e), nodes: [] }]);`,
    [TAGS],
  );
  return found.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target} — ${v.help}\n    ${String(n.summary).replace(/\n/g, ' ')}`));
}

const theme = (name) => invoke('set_settings', { settings: { theme: name, whenClosed: 'ask' } })
  .then(() => app.exec(`document.documentElement.dataset.theme = arguments[0] === 'system' ? '' : arguments[0];
    if (arguments[0] === 'system') delete document.documentElement.dataset.theme;`, [name]));

/** Every route of the main window, with the records made below. */
const routes = () => [
  '#home', '#journal', '#journal?q=meeting', '#reflections', `#reflection/${ids.reflection}`,
  '#moment/new', `#moment/${ids.moment}`, `#moment/${ids.moment}/edit`,
  '#checkin/new', `#checkin/${ids.checkin}`, `#checkin/${ids.checkin}/edit`,
  '#note/new', `#note/${ids.note}`, `#note/${ids.note}/edit`,
  '#practice', '#practice/box', '#practice/478', '#practice/custom', '#practice/breathing-space',
  '#practice/grounding', '#practice/self-compassion',
  '#plan/new', `#plan/${ids.plan}`, `#plan/${ids.plan}/edit`,
  '#experiment/new', `#experiment/new?moment=${ids.moment}`, `#experiment/${ids.experiment}`,
  `#experiment/${ids.experiment}/edit`,
  '#values', '#homework', '#activity/new', `#activity/new?value=${ids.value}`, '#activity/new?done=1',
  `#activity/${ids.activity}`, `#activity/${ids.activity}/edit`,
  '#insights', '#measures', '#measures/phq9', '#measures/gad7',
  '#brief', '#sessions', '#safety-plan', '#settings',
];

test('the journal is filled through the app\'s own commands', async () => {
  // Reflections are written in their own window (the main one may not
  // create them): one comes in as an export, as a person's would.
  execFileSync(BIN, ['import', '--data-dir', dataDir,
    fileURLToPath(new URL('./fixtures/one-reflection.json', import.meta.url))]);
  app = await Session.start(process.env.WEBDRIVER_URL, BIN, ['--data-dir', dataDir]);
  await app.ready('#reflect-now');
  ids.moment = (await invoke('create_moment', { input: {
    situation: 'The Monday meeting, when my manager asked for the report',
    selfTalk: 'They think I am not good enough',
    traps: ['mindReading'],
    did: 'Went quiet',
    friend: 'One question is not a verdict',
    beliefBefore: 80,
    evidenceFor: 'She asked twice',
    evidenceAgainst: 'She thanked me for the last one',
    balanced: 'A question about a report is a question about a report',
    beliefAfter: 40,
  } })).id;
  ids.experiment = (await invoke('create_experiment', { input: {
    prediction: 'They think I am not good enough', beliefBefore: 80, fromMomentId: ids.moment,
    test: 'Ask my manager what she thought of the report', safetyBehaviours: 'Apologising first',
    expected: 'Criticism', happened: 'She liked it and asked for one change', learned: 'A question is not a verdict',
    beliefAfter: 30,
  } })).id;
  ids.value = (await invoke('create_value', { input: { area: 'relationships', words: 'Be there for my sister' } })).id;
  ids.activity = (await invoke('create_activity', { input: {
    what: 'Call Mia after work', valueId: ids.value, plannedFor: '2026-01-05T18:30:00+00:00',
    predicted: { mood: 4, pleasure: 3 }, doneAt: '2026-01-05T19:00:00+00:00', actual: { mood: 7, pleasure: 6 },
    note: 'We laughed about the dog',
  } })).id;
  ids.checkin = (await invoke('create_checkin', { input: { mood: 6, note: 'A steadier day' } })).id;
  ids.note = (await invoke('create_note', { input: { text: 'Walked by the river after work.' } })).id;
  ids.reflection = (await invoke('list_reflections', { limit: 1, offset: 0 }))[0]?.id;
  // A therapist's question: its card on Reflections and in the reflection window.
  await invoke('import_homework', {
    text: JSON.stringify({
      format: 'interlude-homework', version: 1, id: 'a11y', from: 'Ana Weber',
      items: [{ id: 'q', kind: 'question', text: 'What did you notice in your body?' }],
    }),
    fileName: 'homework.json', accept: ['q'], keepNote: false,
  });
  ids.plan = (await invoke('create_plan', { input: {
    action: 'practise box breathing', amount: 2, unit: 'minutes',
    frequency: { kind: 'daily' }, cue: 'before I open work email',
  } })).id;
  const forms = await invoke('get_measure_forms', {});
  assert.ok(Array.isArray(forms) || typeof forms === 'object');
  for (const [key, id] of Object.entries(ids)) assert.ok(Number.isInteger(id), `${key} was made`);
});

for (const name of ['light', 'dark']) {
  test(`no axe violations on any route of the main window, ${name} theme`, async () => {
    await theme(name);
    const problems = [];
    for (const route of routes()) {
      await app.exec('location.hash = arguments[0]', [route]);
      await waitFor(async () => (await app.exec('return location.hash')) === route, { what: route });
      // The page draws from the backend; wait until it has a heading.
      await waitFor(() => app.exec('const h = document.querySelector("main h1, main h2"); return Boolean(h && h.textContent.trim())'),
        { what: `${route} to draw` });
      await sleep(250); // the page's fade-in ends (axe reads colours as drawn)
      for (const line of await violations()) problems.push(`${route}: ${line}`);
    }
    await app.screenshot(ARTIFACTS, `a11y-${name}-settings`);
    assert.deepEqual(problems, [], `axe found:\n${problems.join('\n')}`);
  });
}

test('a date field shows the focus ring while the keys are in its parts', async () => {
  // WebKit gives the keys to the day, month and year inside the field;
  // Tab steps between them. The ring must show on the field all along.
  await app.exec('location.hash = "#brief"');
  await app.waitForVisible('#brief-since');
  const ring = () => app.exec(`const el = document.getElementById('brief-since');
    const s = getComputedStyle(el);
    return { inside: el === document.activeElement || el.matches(':focus-within'),
             style: s.outlineStyle, width: s.outlineWidth };`);
  await app.exec('document.getElementById("brief-since").focus()');
  for (let part = 0; part < 2; part += 1) {
    const now = await ring();
    assert.ok(now.inside, 'the keys are in the date field');
    assert.notEqual(now.style, 'none', `a visible ring (part ${part + 1}): ${JSON.stringify(now)}`);
    assert.notEqual(now.width, '0px');
    await app.press(['Tab']);
  }
  await app.screenshot(ARTIFACTS, 'a11y-date-focus');
});

test('no axe violations in the reflection window, light and dark', async () => {
  const known = await app.handles();
  const main = await app.handle();
  await invoke('open_reflection_window', { id: null });
  await app.switchToNewWindow(known, 15000);
  await app.waitForVisible('#takeaway', 15000);
  const problems = [];
  for (const name of ['light', 'dark']) {
    // Settings are the main window's to change; the reflection window
    // reads the theme as it opens, so it is set on its page here too.
    const reflection = await app.handle();
    await app.switchTo(main);
    await theme(name);
    await app.switchTo(reflection);
    await app.exec(`if (arguments[0] === 'light' || arguments[0] === 'dark') document.documentElement.dataset.theme = arguments[0];`, [name]);
    await sleep(250);
    for (const line of await violations()) problems.push(`reflection window (${name}): ${line}`);
  }
  await app.screenshot(ARTIFACTS, 'a11y-reflection-dark');
  await app.switchTo(main);
  await theme('system');
  assert.deepEqual(problems, [], `axe found:\n${problems.join('\n')}`);
});
