// The pattern journal, end to end: a full moment through all eight steps,
// a quick capture in a few keystrokes, finding both by a word from the
// self-talk, a check-in and a note, star and private, Insights counting
// them, and everything still there after a restart. Private entries stay
// out of an export unless asked for.
//
// Each step leaves a screenshot in tests/e2e/artifacts/ for a human to see.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { Session, appRunning, waitFor, sleep } from './webdriver.mjs';

const BIN = process.env.INTERLUDE_BIN;
const DRIVER = process.env.WEBDRIVER_URL;
const ARTIFACTS = process.env.E2E_ARTIFACTS;
const dataDir = mkdtempSync(join(tmpdir(), 'interlude-e2e-journal-'));

let app;
let step = 0;

async function shot(name) {
  step += 1;
  return app.screenshot(ARTIFACTS, `journal-${String(step).padStart(2, '0')}-${name}`);
}

async function launch() {
  app = await Session.start(DRIVER, BIN, ['--data-dir', dataDir]);
  await app.ready('#log-moment');
}

const running = () => appRunning(BIN, dataDir);

function exportJson(...extra) {
  return JSON.parse(execFileSync(BIN, ['export', '--data-dir', dataDir, ...extra], { encoding: 'utf8' }));
}

/** Waits for the moment flow to show step `n`. */
async function atStep(n) {
  await waitFor(async () => (await app.exec(
    "return document.querySelector('#moment-flow')?.dataset.step",
  )) === String(n), { what: `moment step ${n}` });
}

/** Waits for a toast from an earlier step to fade, so a screenshot shows
 *  the page as a person would read it. */
async function toastGone() {
  await waitFor(async () => app.exec("return !document.querySelector('#toast.is-shown')"),
    { timeout: 15000, what: 'the toast to fade' });
}

async function next(n) {
  await app.click('#moment-next');
  await atStep(n);
}

before(() => {
  assert.ok(BIN && DRIVER && ARTIFACTS, 'run through tests/e2e/run.sh');
});

after(async () => {
  if (app) await app.end();
  rmSync(dataDir, { recursive: true, force: true });
});

test('a moment logged through every step reads back whole', async () => {
  await launch();
  await app.click('#log-moment');
  await atStep(1);
  await app.type('#moment-situation', 'Team meeting at work, my idea was talked over');
  await shot('moment-1-situation');
  await next(2);

  await app.click('#emotion-chips button[data-word="anxious"]');
  await app.click('#emotion-chips button[data-word="ashamed"]');
  await app.setValue('#emotion-ratings input[data-emotion="anxious"]', 80);
  await app.setValue('#emotion-ratings input[data-emotion="ashamed"]', 60);
  await shot('moment-2-emotions');
  await next(3);

  await app.type('#moment-body', 'Hot face, tight chest');
  await next(4);
  await app.type('#moment-self-talk', 'Everyone thinks I am useless at this job');
  await app.setValue('#moment-belief-before', 85);
  await shot('moment-4-self-talk-belief');
  await next(5);

  await app.click('#trap-list input[value="mindReading"]');
  await app.click('#trap-list input[value="labeling"]');
  await app.exec("document.getElementById('content').scrollTop = 0");
  await sleep(100);
  await shot('moment-5-traps');
  await next(6);
  await app.type('#moment-did', 'Stayed quiet for the rest of the meeting');
  await next(7);

  // The full thought record: the evidence on both sides, with the
  // self-talk in view.
  assert.match(await app.text('#moment-step-7'), /Everyone thinks I am useless/);
  await app.type('#moment-evidence-for', 'Nobody answered my idea');
  await app.type('#moment-evidence-against', 'Priya asked me about it afterwards');
  await shot('moment-7-evidence');
  await next(8);

  // The self-talk stays in view while writing the kinder answer.
  assert.match(await app.text('#self-talk-quote'), /Everyone thinks I am useless/);
  await app.type('#moment-friend', 'One meeting is not your whole job. You had a good idea.');
  await shot('moment-8-friend');
  await next(9);

  await app.type('#moment-balanced', 'One quiet meeting is not what they think of me');
  assert.match(await app.text('#moment-step-9'), /85/, 'the belief at the start is shown');
  await app.setValue('#moment-belief-after', 40);
  await shot('moment-9-balanced');
  await next(10);

  await app.setValue('#emotion-rerate input[data-after="anxious"]', 40);
  await app.setValue('#emotion-rerate input[data-after="ashamed"]', 35);
  await app.click('#moment-starred');
  await app.type('#moment-tags', 'work');
  await shot('moment-10-rerate');
  await app.click('#moment-save');

  await app.waitForVisible('#moment-detail');
  const detail = await app.text('#moment-detail');
  for (const expected of [/talked over/, /anxious/, /80/, /40/, /Mind reading/, /Labeling/,
    /useless/, /good idea/, /Stayed quiet/, /tight chest/, /Priya asked/, /Nobody answered/,
    /One quiet meeting/, /85/]) {
    assert.match(detail, expected);
  }
  await shot('moment-detail');

  const [moment] = exportJson().moments;
  assert.equal(moment.selfTalk, 'Everyone thinks I am useless at this job');
  assert.deepEqual(moment.emotions, [
    { word: 'anxious', before: 80, after: 40 },
    { word: 'ashamed', before: 60, after: 35 },
  ]);
  assert.deepEqual(moment.traps, ['mindReading', 'labeling']);
  assert.equal(moment.evidenceFor, 'Nobody answered my idea');
  assert.equal(moment.evidenceAgainst, 'Priya asked me about it afterwards');
  assert.equal(moment.balanced, 'One quiet meeting is not what they think of me');
  assert.deepEqual([moment.beliefBefore, moment.beliefAfter], [85, 40]);
  assert.equal(moment.starred, true);
  assert.deepEqual(moment.tags, ['work']);
});

test('a quick capture takes one line and one emotion from Home', async () => {
  await app.click('a[href="#home"]');
  await app.waitForVisible('#log-moment');
  // The keyboard shortcut, then a line, Next, one emotion, Save now.
  await app.press(['Control', 'm']);
  await atStep(1);
  await app.type('#moment-situation', 'Bus was late again, useless timetable');
  await app.click('#moment-next');
  await atStep(2);
  await app.click('#emotion-chips button[data-word="angry"]');
  await app.click('#moment-save');
  await app.waitForVisible('#moment-detail');
  assert.match(await app.text('#moment-detail'), /Bus was late again/);
  await shot('quick-capture-saved');
  assert.equal(exportJson().moments.length, 2);
});

test('a check-in and a note join the journal', async () => {
  await app.click('a[href="#home"]');
  await app.click('#check-in');
  await app.waitForVisible('#checkin-form');
  await app.setValue('#checkin-mood', 4);
  await app.type('#checkin-note', 'Heavy afternoon, a little better after tea.');
  await shot('checkin');
  await app.click('#checkin-save');
  await waitFor(() => exportJson().checkins.length === 1, { what: 'the check-in saved' });

  await app.click('a[href="#home"]');
  await app.click('#write-note');
  await app.type('#note-text', 'Walked by the river after work. Lighter.');
  await app.click('#note-save');
  await waitFor(() => exportJson().notes.length === 1, { what: 'the note saved' });
});

test('search finds both moments by a word from the self-talk, whatever is typed', async () => {
  await app.click('a[href="#journal"]');
  await app.waitForVisible('#journal-search');
  await app.waitForVisible('#timeline');
  assert.equal((await app.findAll('#timeline li[data-entry-id]')).length, 4);
  await shot('journal-timeline');

  await app.type('#journal-search', 'useless');
  await waitFor(async () => (await app.findAll('#search-results li')).length === 2,
    { what: 'two matches for "useless"' });
  const results = await app.text('#search-results');
  assert.match(results, /useless/);
  const marks = await app.exec("return [...document.querySelectorAll('#search-results mark')].map((m) => m.textContent.toLowerCase())");
  assert.ok(marks.includes('useless'), `highlighted: ${marks}`);
  await toastGone();
  await shot('journal-search');

  // Quotes and operators are just words: no error screen.
  await app.clear('#journal-search');
  await app.type('#journal-search', '"useless AND (');
  await sleep(600);
  assert.equal((await app.findAll('main [role="alert"]')).length, 0);
  assert.doesNotMatch(await app.text('#search-status'), /error|wrong/i);
  // Escape empties the search and brings the timeline back.
  await app.press(['Escape']);
  await app.waitForVisible('#timeline');
});

test('star and private show in the timeline filters and keep private out of exports', async () => {
  await app.click('a[href="#journal"]');
  await app.waitForVisible('#timeline');
  await app.click('#timeline li[data-kind="moment"] a');
  await app.waitForVisible('#moment-detail');
  assert.match(await app.text('#moment-detail'), /Bus was late/, 'newest moment first');
  await app.click('#entry-private-toggle');
  await waitFor(async () => (await app.exec(
    "return document.querySelector('#entry-private-toggle').getAttribute('aria-pressed')",
  )) === 'true', { what: 'private pressed' });
  await shot('entry-private');

  const shared = exportJson();
  assert.equal(shared.moments.length, 1, 'the private moment is left out');
  assert.equal(shared.privateLeftOut, 1);
  assert.equal(exportJson('--include-private').moments.length, 2);

  await app.click('a[href="#journal"]');
  await app.click('#filter-starred');
  await waitFor(async () => (await app.findAll('#timeline li[data-entry-id]')).length === 1,
    { what: 'only the starred moment' });
  assert.match(await app.text('#timeline'), /Team meeting/);
  await app.click('#filter-starred');
  await app.click('#filter-private');
  await waitFor(async () => (await app.findAll('#timeline li[data-entry-id]')).length === 1,
    { what: 'only the private moment' });
  assert.match(await app.text('#timeline'), /Bus was late/);
  await app.click('#filter-private');
});

test('Insights count what was logged, and everything survives a restart', async () => {
  // A third moment, so there is enough for the moment charts. The same
  // situation again: picked from the ones written before, not retyped.
  await app.click('a[href="#home"]');
  await app.click('#log-moment');
  await atStep(1);
  await app.click('button.trigger-chip[data-trigger^="Team meeting at work"]');
  assert.equal(await app.value('#moment-situation'), 'Team meeting at work, my idea was talked over');
  await app.click('#moment-next');
  await atStep(2);
  await app.click('#emotion-chips button[data-word="anxious"]');
  await app.click('#moment-save');
  await app.waitForVisible('#moment-detail');

  await app.click('a[href="#insights"]');
  await app.waitForVisible('#insight-counts');
  assert.match(await app.text('#insight-counts'), /3 moments/);
  assert.match(await app.text('#insight-counts'), /1 check-in/);
  await app.waitForVisible('#insight-traps svg');
  assert.match(await app.text('#insight-traps'), /Mind reading/);
  assert.match(await app.text('#insight-emotions'), /anxious/);
  assert.match(await app.text('#insight-triggers'), /Team meeting at work.*2 moments/s);
  await app.exec("document.getElementById('insight-triggers').scrollIntoView({ block: 'start' })");
  await toastGone();
  await shot('insights');

  await app.end();
  await waitFor(() => !running(), { timeout: 10000, what: 'the app to exit' });
  await launch();
  await app.click('a[href="#journal"]');
  await app.waitForVisible('#timeline');
  await waitFor(async () => (await app.findAll('#timeline li[data-entry-id]')).length === 5,
    { what: 'all five entries after a restart' });
  await app.type('#journal-search', 'river');
  await waitFor(async () => (await app.findAll('#search-results li')).length === 1,
    { what: 'the note found after a restart' });
  await shot('journal-after-restart');
});

test('one Tab and Enter skip past the rail to the page, and the route stays', async () => {
  await app.click('a[href="#home"]');
  await app.waitForVisible('#log-moment');
  const hash = await app.exec('return location.hash');
  // As a window just come to the front: nothing in it has focus yet.
  await app.exec('document.activeElement?.blur();');
  await app.press(['Tab']);
  await waitFor(async () => (await app.exec('return document.activeElement?.id')) === 'skip-link',
    { what: 'the skip link to take the first Tab' });
  const left = await app.exec("return document.getElementById('skip-link').getBoundingClientRect().left");
  assert.ok(left >= 0, `the focused skip link is on screen (left ${left})`);
  await shot('skip-link');
  await app.press(['Enter']);
  await waitFor(async () => (await app.exec('return document.activeElement?.id')) === 'content',
    { what: 'focus on the page' });
  assert.equal(await app.exec('return location.hash'), hash, 'the route is unchanged');
  assert.ok(await app.exec("return !!document.querySelector('#log-moment')"), 'the same page');
});


test('a note written in a terminal while the window is open shows in the timeline by itself', async () => {
  await app.click('a[href="#journal"]');
  // The search the test before left typed: Escape brings the timeline back.
  await app.click('#journal-search');
  await app.press(['Escape']);
  await app.waitForVisible('#timeline');
  const before = (await app.findAll('#timeline li[data-entry-id]')).length;
  // Another process writes the journal, as a person typing `interlude note`
  // beside the open window does; nothing in the window is touched.
  execFileSync(BIN, ['note', 'Written from the terminal on the bus', '--data-dir', dataDir]);
  await waitFor(async () => (await app.findAll('#timeline li[data-entry-id]')).length === before + 1,
    { what: 'the terminal\'s note in the open timeline', timeout: 15000 });
  assert.match(await app.text('#timeline'), /Written from the terminal on the bus/);
  assert.equal(await app.exec('return location.hash'), '#journal', 'the page stayed where it was');
});
