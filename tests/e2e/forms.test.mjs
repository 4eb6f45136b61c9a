// The forms of #22 end to end: the week's focus becomes a plan whose
// sentence reads well ("take three slow breaths …", offered, not imposed),
// a usual time typed as 0900 reads 09:00, a start in 1901 is asked about;
// "Log an earlier day" keeps to the plan's days, starts on the latest day
// with no note and moves on after saving; Home then links to the plan
// instead of offering a second one; and times typed as 1700 in Settings
// and Sessions read 17:00.
//
// Each fixed screen leaves a screenshot in tests/e2e/artifacts/.

import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { Session, sleep, waitFor } from './webdriver.mjs';

const BIN = process.env.INTERLUDE_BIN;
const ARTIFACTS = process.env.E2E_ARTIFACTS;
const dataDir = mkdtempSync(join(tmpdir(), 'interlude-e2e-forms-'));
const FOCUS = 'Three slow breaths before I answer an email';
const TAB = '\uE004';

const pad = (n) => String(n).padStart(2, '0');
/** "YYYY-MM-DD" `n` days from today, on this computer's calendar. */
function day(n) {
  const d = new Date();
  d.setDate(d.getDate() + n);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

let app;
let step = 0;
let planId;

async function shot(name) {
  step += 1;
  return app.screenshot(ARTIFACTS, `forms-${String(step).padStart(2, '0')}-${name}`);
}

/** Brings `css` to the middle of the window for a screenshot. */
async function centre(css) {
  await app.exec('document.querySelector(arguments[0])?.scrollIntoView({ block: "center" })', [css]);
  await sleep(250);
}

const attr = (css, name) => app.exec(
  'return document.querySelector(arguments[0])?.getAttribute(arguments[1]) ?? null', [css, name]);
const hidden = (css) => app.exec('return Boolean(document.querySelector(arguments[0])?.closest("[hidden]"))', [css]);

after(async () => {
  if (app) await app.end();
  rmSync(dataDir, { recursive: true, force: true });
});

test('the focus becomes a plan that reads well, with a typed time, and 1901 is asked about', async () => {
  const fixture = fileURLToPath(new URL('./fixtures/one-reflection.json', import.meta.url));
  execFileSync(BIN, ['import', '--data-dir', dataDir, fixture]);
  app = await Session.start(process.env.WEBDRIVER_URL, BIN, ['--data-dir', dataDir]);
  await app.ready('#reflect-now');

  await app.click('#focus-to-plan');
  await waitFor(async () => (await app.value('#plan-action')) === FOCUS, { what: 'the focus as the action' });
  // The focus as written; a verb is offered beside it, not put in.
  await app.waitForText('#plan-action-suggestion', 'take three slow breaths before I answer an email');
  await app.waitForText('#plan-sentence', 'I will three slow breaths');
  await centre('#plan-action');
  await shot('plan-suggestion');
  await app.click('#plan-use-suggestion');
  await waitFor(async () => (await app.value('#plan-action')) === 'take three slow breaths before I answer an email',
    { what: 'the suggested words in the action' });
  assert.equal(await hidden('#plan-action-suggestion'), true);
  await app.waitForText('#plan-sentence', 'I will take three slow breaths before I answer an email');

  // A vague cue gets a gentle hint, never a refusal.
  await app.type('#plan-cue', 'when I can');
  await app.waitForText('#plan-hints', '"when I can"');
  await app.clear('#plan-cue');
  await app.type('#plan-cue', 'after I open my laptop');

  // A usual time typed as 0900 reads 09:00 once the field is left.
  await app.type('#plan-cue-time', `0900${TAB}`);
  await waitFor(async () => (await app.value('#plan-cue-time')) === '09:00', { what: '0900 shown as 09:00' });
  await app.waitForText('#plan-sentence', 'around 09:00');

  // A start in 1901 is asked about, calmly, before anything is saved.
  await app.setValue('#plan-start', '1901-06-01');
  await app.waitForVisible('#plan-start-far');
  assert.match(await app.text('#plan-start-far-question'), /^That's 1\d\d years ago — is 1901 right\?$/);
  await centre('#plan-start-far');
  await shot('plan-start-1901');
  await app.click('#plan-start-far-change');
  assert.equal(await hidden('#plan-start-far'), true);

  // The plan began five days ago, so there are earlier days to note.
  await app.setValue('#plan-start', day(-5));
  await centre('#plan-sentence');
  await shot('plan-builder');
  await app.click('#save-plan');
  await app.waitForVisible('#plan-title');
  planId = Number((await app.exec('return location.hash')).match(/#plan\/(\d+)/)[1]);
  assert.match(await app.text('#plan-title'), /I will take three slow breaths .* after I open my laptop \(around 09:00\)/);
});

test('"Log an earlier day" keeps to the plan\'s days, starts on one with no note, and moves on', async () => {
  await app.click('#earlier-toggle');
  await app.waitForVisible('#earlier-day');
  assert.equal(await attr('#earlier-day', 'min'), day(-5));
  assert.equal(await attr('#earlier-day', 'max'), day(0));
  assert.equal(await app.value('#earlier-day'), day(-1), 'yesterday, not today');

  // A day before the plan began is explained before anything is sent.
  await app.setValue('#earlier-day', day(-9));
  await app.click('#earlier-save');
  await app.waitForText('#earlier-error', 'This plan began on');

  await app.setValue('#earlier-day', day(-1));
  await app.click('#earlier-save');
  await app.waitForText('#earlier-saved', 'Noted for ');
  assert.match(await app.text('#earlier-saved'), /^Noted for \w{3} \d{1,2} \w{3}( \d{4})?: done\.$/);
  await waitFor(async () => (await app.value('#earlier-day')) === day(-2), { what: 'the next day with no note' });
  await centre('#earlier-form');
  await shot('earlier-day-saved');

  // On Practice, with today noted on its row above, the earlier day still
  // starts on a day with no note.
  await app.click('a[href="#practice"]');
  await app.click(`#outcome-${planId}-done`);
  await waitFor(async () => (await attr(`#outcome-${planId}-done`, 'aria-pressed')) === 'true',
    { what: 'today noted as done' });
  await app.click('#earlier-toggle');
  await waitFor(async () => (await app.value('#earlier-day')) === day(-2), { what: 'the latest day with no note' });
  await centre('#earlier-form');
  await shot('earlier-day-practice');
});

test('Home links to the plan the focus already has', async () => {
  await app.click('a[href="#home"]');
  await app.waitForVisible('#focus-see-plan');
  assert.equal(await attr('#focus-see-plan', 'href'), `#plan/${planId}`);
  assert.equal((await app.findAll('#focus-to-plan')).length, 0, 'no second plan from here');
  assert.match(await app.text('#focus-plan-sentence'), /^Your plan: I will take three slow breaths/);
  await shot('home-plan-link');
  await app.click('#focus-see-plan');
  await app.waitForText('#plan-title', 'take three slow breaths');
});

test('times typed as 1700 read 17:00 in Settings and Sessions; 1901 is asked about', async () => {
  await app.click('a[href="#settings"]');
  await app.waitForVisible('#remind-brief-time');
  await app.clear('#remind-brief-time');
  await app.type('#remind-brief-time', `1700${TAB}`);
  await waitFor(async () => (await app.value('#remind-brief-time')) === '17:00', { what: '1700 shown as 17:00' });
  await app.waitForText('#reminders-status', 'Saved');
  await centre('#remind-brief-time');
  await shot('reminder-time-typed');

  await app.click('a[href="#sessions"]');
  await app.waitForVisible('#schedule-time');
  await app.setValue('#schedule-zone', Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC');
  await app.type('#schedule-time', `1700${TAB}`);
  await waitFor(async () => (await app.value('#schedule-time')) === '17:00', { what: '1700 shown as 17:00' });
  await app.waitForText('#schedule-preview', '17:00');
  await app.setValue('#schedule-start', '1901-11-26');
  await app.waitForVisible('#schedule-start-far');
  assert.match(await app.text('#schedule-start-far-question'), /is 1901 right\?/);
  await centre('#schedule-start-far');
  await shot('session-start-1901');
  await app.click('#save-schedule');
  await sleep(300);
  assert.equal(await app.text('#schedule-status'), '', 'nothing saved while the question waits');
  await app.click('#schedule-start-far-change');
  await app.setValue('#schedule-start', day(1));
  assert.equal(await hidden('#schedule-start-far'), true);
  await app.click('#save-schedule');
  await app.waitForText('#schedule-status', 'Saved');
  await shot('sessions-saved');
});
