// Bringing it back to therapy, end to end: a PHQ-9 answered with question
// 9 above "Not at all" opens the safety plan at once, calmly; the session
// brief gathers the week (the focus, a plan and what happened, a flag for
// the therapist) and leaves private entries out; it exports as a PDF whose
// text is read back with pdftotext, and as Markdown and HTML.
//
// Each step leaves a screenshot in tests/e2e/artifacts/ for a human to see.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import Ajv from 'ajv';

import { Session, waitFor, sleep } from './webdriver.mjs';

const BIN = process.env.INTERLUDE_BIN;
const DRIVER = process.env.WEBDRIVER_URL;
const ARTIFACTS = process.env.E2E_ARTIFACTS;
const dataDir = mkdtempSync(join(tmpdir(), 'interlude-e2e-brief-'));

let app;
let step = 0;

async function shot(name) {
  step += 1;
  return app.screenshot(ARTIFACTS, `brief-${String(step).padStart(2, '0')}-${name}`);
}

/** A local RFC 3339 time `days` ago at `hh:mm`, with this machine's offset. */
function daysAgo(days, hh = 9, mm = 0) {
  const d = new Date();
  d.setDate(d.getDate() - days);
  d.setHours(hh, mm, 0, 0);
  const off = -d.getTimezoneOffset();
  const sign = off >= 0 ? '+' : '-';
  const pad = (n) => String(Math.abs(n)).padStart(2, '0');
  const local = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:00`;
  return `${local}${sign}${pad(Math.trunc(off / 60))}:${pad(off % 60)}`;
}

const dayOf = (rfc) => rfc.slice(0, 10);

/** Last week as an Interlude export: a session and its focus, a plan with
 *  what happened each day, a starred moment and a private one. */
function lastWeek() {
  const session = daysAgo(5, 17);
  const planUid = randomUUID();
  const logged = (ago, outcome, reason = '', note = '') => ({
    day: dayOf(daysAgo(ago)), outcome, count: outcome === 'done' ? 1 : 0, reason, note,
    loggedAt: daysAgo(ago, 20),
  });
  return {
    format: 'interlude-export',
    version: 4,
    reflections: [{
      uid: randomUUID(), sessionAt: session,
      takeaway: 'My thoughts are not facts.', difficult: 'How fast I blame myself.',
      focus: 'Notice the should voice and answer it gently', feelingNote: '', feelingRating: 6,
      feelings: ['hopeful'], createdAt: session, updatedAt: session,
    }],
    plans: [{
      uid: planUid, action: 'practise deep breathing', amount: 3, unit: 'minutes',
      frequency: { kind: 'daily' }, cue: 'after I brush my teeth', cueTime: null,
      startDate: dayOf(daysAgo(5)), endDate: null, practice: null, fromReflectionUid: null,
      status: 'active', pauses: [],
      days: [
        logged(4, 'done', '', 'Calmer after'),
        logged(3, 'skipped', 'a fever'),
        logged(2, 'partly'),
        logged(1, 'done'),
      ],
      createdAt: session, updatedAt: session,
    }],
    compassionBreaks: [],
    moments: [
      {
        uid: randomUUID(), occurredAt: daysAgo(3, 10), situation: 'Team meeting ran over',
        emotions: [{ word: 'anxious', before: 70, after: 40 }], body: '',
        selfTalk: 'Everyone noticed I was slow', traps: ['mindReading'], did: '',
        friend: 'Nobody was counting.', starred: true, private: false, tags: [],
        createdAt: daysAgo(3, 10), updatedAt: daysAgo(3, 10),
      },
      {
        uid: randomUUID(), occurredAt: daysAgo(2, 22), situation: 'A very private evening',
        emotions: [], body: '', selfTalk: 'Something only I should read', traps: [], did: '',
        friend: '', starred: true, private: true, tags: [],
        createdAt: daysAgo(2, 22), updatedAt: daysAgo(2, 22),
      },
    ],
    checkins: [4, 5, 7].map((mood, i) => ({
      uid: randomUUID(), at: daysAgo(4 - i, 8), mood, feelings: [], note: '', starred: false,
      private: false, tags: [], createdAt: daysAgo(4 - i, 8), updatedAt: daysAgo(4 - i, 8),
    })),
    notes: [],
    measures: [],
    safetyPlan: null,
  };
}

before(async () => {
  assert.ok(BIN && DRIVER && ARTIFACTS, 'run through tests/e2e/run.sh');
  const file = join(dataDir, 'last-week.json');
  writeFileSync(file, JSON.stringify(lastWeek(), null, 2));
  execFileSync(BIN, ['import', file, '--data-dir', dataDir]);
  app = await Session.start(DRIVER, BIN, ['--data-dir', dataDir]);
  await app.waitForVisible('#log-moment', 20000);
});

after(async () => {
  if (app) await app.end();
  rmSync(dataDir, { recursive: true, force: true });
});

/** Chooses answer `value` for PHQ-9 question `n` (1-based). */
async function answer(n, value) {
  await app.click(`#measure-form input[name="item-${n}"][value="${value}"]`);
}

test('a PHQ-9 with question 9 above 0 opens the safety plan at once', async () => {
  await app.click('#home-measures');
  await app.waitForVisible('#take-phq9');
  await shot('measures-empty');
  await app.click('#take-phq9');
  await app.waitForVisible('#measure-form');
  assert.match(await app.text('#measure-attribution'), /Developed by Drs\. Robert L\. Spitzer/);
  for (const [n, v] of [[1, 1], [2, 1], [3, 2], [4, 1], [5, 0], [6, 1], [7, 0], [8, 0]]) {
    await answer(n, v);
  }
  await shot('phq9-answers');
  await answer(9, 1);

  await waitFor(async () => (await app.exec('return location.hash')).startsWith('#safety-plan'),
    { what: 'the safety plan to open' });
  await app.waitForVisible('#safety-from-phq9');
  await app.waitForVisible('#crisis-lines');
  // session.sh sets the region to GB: Samaritans, then 999.
  assert.match(await app.text('#crisis-lines'), /Samaritans[\s\S]*116 123/);
  assert.match(await app.text('#crisis-lines'), /999/);
  const main = await app.text('main');
  assert.ok(main.indexOf('Talk to someone now') < main.indexOf('Warning signs'), 'crisis lines come first');
  await shot('safety-plan-after-phq9');
});

test('the PHQ-9 was scored; a half-done GAD-7 waits as a draft, then is scored', async () => {
  await app.click('a[href="#home"]');
  await app.click('#home-measures');
  // All nine were answered, so the PHQ-9 is kept and scored: 1+1+2+1+0+1+0+0+1.
  await app.waitForText('#measure-card-phq9', '7');

  await app.click('#take-gad7');
  await app.waitForVisible('#measure-form');
  for (const [n, v] of [[1, 2], [2, 1], [3, 1]]) {
    await app.click(`#measure-form input[name="item-${n}"][value="${v}"]`);
  }
  await app.waitForText('#measure-status', 'draft');
  await app.click('a[href="#home"]');
  await app.click('#home-measures');
  await app.waitForText('#take-gad7', 'Continue');
  await app.click('#take-gad7');
  await app.waitForVisible('#measure-draft-restored');
  assert.equal(await app.exec(
    "return document.querySelector('#measure-form input[name=\"item-1\"][value=\"2\"]').checked",
  ), true, 'the answers given so far came back');

  // Asking for the score with gaps says kindly which are left; no score.
  await app.click('#measure-submit');
  await app.waitForVisible('#measure-left');
  assert.match(await app.text('#measure-left'), /4/);
  for (const n of [4, 5, 6, 7]) {
    await app.click(`#measure-form input[name="item-${n}"][value="0"]`);
  }
  await app.click('#measure-submit');
  await app.waitForVisible('#measure-result');
  assert.match(await app.text('#measure-score'), /4/, 'GAD-7: 2+1+1');
  await shot('gad7-result');
});

test('the brief gathers the week in session order and leaves private entries out', async () => {
  await app.click('a[href="#brief"]');
  await app.waitForVisible('#brief-document');
  await app.waitForText('#brief-bridge', 'Notice the should voice and answer it gently');
  const doc = await app.text('#brief-document');
  const order = ['#brief-mood', '#brief-bridge', '#brief-agenda', '#brief-homework', '#brief-patterns', '#brief-own-words'];
  const tops = await app.exec(
    'return arguments[0].map((s) => document.querySelector(s).getBoundingClientRect().top)', [order],
  );
  assert.deepEqual([...tops].sort((a, b) => a - b), tops, 'sections in the order a session runs');
  assert.match(await app.text('#brief-mood'), /question 9/i, 'the flag for the therapist');
  assert.match(await app.text('#brief-homework'), /practise deep breathing/i);
  assert.match(await app.text('#brief-homework'), /a fever/);
  assert.match(await app.text('#brief-agenda'), /Team meeting ran over/);
  assert.doesNotMatch(doc, /A very private evening|Something only I should read/);
  assert.match(await app.text('#brief-private-left-out'), /1 private entry/);

  await app.type('#agenda-new', 'How the review at work went');
  await app.click('#agenda-add');
  await app.waitForText('#brief-agenda', 'How the review at work went');
  await app.type('#brief-own-words-text', 'I want to start with the good days.');
  await sleep(1200); // autosaved a moment after typing
  await shot('brief');
});

test('the brief exports as a PDF whose text reads back, and as Markdown and HTML', async () => {
  await app.click('#brief-export-pdf');
  await app.waitForText('#brief-export-status', 'Saved to');
  const pdf = (await app.text('#brief-export-status')).match(/Saved to (.+\.pdf)/)[1].trim();
  assert.ok(existsSync(pdf), pdf);
  const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).split(/\s+/).join(' ');
  for (const expected of [
    'Session brief', 'Notice the should voice and answer it gently', 'practise deep breathing',
    'done 2', 'a fever', 'How the review at work went', 'I want to start with the good days.',
    '1 entry marked private is left out.',
  ]) {
    assert.ok(text.includes(expected), `"${expected}" in the PDF: ${text.slice(0, 2000)}`);
  }
  assert.ok(!text.includes('Something only I should read'), 'the private moment is absent');
  // One computation: the preview's words for the practice score are the PDF's.
  const trend = (await app.text('#brief-homework .brief-trend')).match(/— (.+)\.$/)[1];
  assert.ok(text.includes(`Overall ${trend}.`), `"Overall ${trend}." in the PDF`);
  // Question 9 says the answer given, and nothing is written to "you".
  assert.match(text, /question 9 .* was answered "Several days"/);
  assert.doesNotMatch(text, /weighing on you|your therapist/);
  execFileSync('cp', [pdf, join(ARTIFACTS, 'brief.pdf')]);
  execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', pdf, join(ARTIFACTS, 'brief-pdf-page')]);

  await app.click('#brief-export-md');
  await app.waitForText('#brief-export-status', '.md');
  const md = (await app.text('#brief-export-status')).match(/Saved to (.+\.md)/)[1].trim();
  assert.match(readFileSync(md, 'utf8'), /^# Session brief/);

  await app.click('#brief-export-html');
  await app.waitForText('#brief-export-status', '.html');
  const html = (await app.text('#brief-export-status')).match(/Saved to (.+\.html)/)[1].trim();
  const page = readFileSync(html, 'utf8');
  assert.match(page, /<h2>4\. Homework<\/h2>/);
  assert.doesNotMatch(page, /Something only I should read/);
  await shot('brief-exported');
});

test('the questionnaires save as FHIR R4 that HL7\'s published schema accepts', async () => {
  await app.click('a[href="#home"]');
  await app.click('#home-measures');
  await app.waitForVisible('#measures-fhir-export');
  await app.click('#measures-fhir-export');
  await app.waitForText('#measures-fhir-status', 'Saved to');
  const file = (await app.text('#measures-fhir-status')).match(/Saved to (.+\.json)/)[1].trim();
  await shot('measures-fhir-saved');
  const bundle = JSON.parse(readFileSync(file, 'utf8'));
  assert.equal(bundle.resourceType, 'Bundle');
  assert.equal(bundle.type, 'collection');
  const responses = bundle.entry.map((e) => e.resource);
  assert.deepEqual(responses.map((r) => r.questionnaire),
    ['http://loinc.org/q/44249-1', 'http://loinc.org/q/69737-5'], 'the PHQ-9 then the GAD-7');

  // Each resource against HL7's JSON Schema for QuestionnaireResponse
  // (R4, draft-06; tests/e2e/fixtures/fhir/README.md says where it is from).
  const require = createRequire(import.meta.url);
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  ajv.addMetaSchema(require('ajv/dist/refs/json-schema-draft-06.json'));
  const validate = ajv.compile(JSON.parse(readFileSync(
    new URL('./fixtures/fhir/questionnaire-response.schema.json', import.meta.url), 'utf8')));
  for (const r of responses) {
    assert.ok(validate(r), `${r.questionnaire}: ${JSON.stringify(validate.errors, null, 1)}`);
    // What the schema can't say (FHIR's own rules): a status, linkIds once each.
    assert.equal(r.status, 'completed');
    const ids = r.item.map((i) => i.linkId);
    assert.equal(new Set(ids).size, ids.length);
  }
  const [phq9, gad7] = responses;
  const total = (r) => r.item[r.item.length - 1].answer[0].valueDecimal;
  assert.equal(total(phq9), 7, 'the PHQ-9 as scored in the app');
  assert.equal(total(gad7), 4);
  assert.equal(phq9.item[2].answer[0].valueCoding.code, 'LA6570-1', 'item 3: "More than half the days"');

  // The terminal gives the same resources.
  const cli = JSON.parse(execFileSync(BIN, ['export', '--format', 'fhir', '--data-dir', dataDir], { encoding: 'utf8' }));
  assert.deepEqual(cli.entry, bundle.entry);
});
