// The session brief: its words and rules (lib/brief.js) and the page itself
// through a stand-in document and a fake backend that keeps prep the way
// the real one does — the exact query each control sends, leaving items out
// and putting them back, the person's own agenda, "in my own words" kept a
// moment after typing stops, exports and their status line, an honest
// empty journal, and a refused range said in the backend's own words.

import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';

import { FakeEvent, installDom, installTauri, removeDom, removeTauri, settle } from './fake-dom.mjs';
import {
  addAgenda, briefQuery, dayText, homeworkCounts, insertAgenda, keyId, leaveOut, leaveOutLabel, measureLines,
  moodSummary, pointsWord, prepFromBrief, privateLeftOutLine, putBack, rangeLine, removeAgenda, scoreTrend,
  topCounts,
} from '../../ui/lib/brief.js';
import brief, { OWN_WORDS_DELAY, resetBriefState } from '../../ui/views/brief.js';

// --- The words ------------------------------------------------------------------------

describe('brief words', () => {
  it('says how many private entries are left out, or nothing', () => {
    assert.equal(privateLeftOutLine(0), '');
    assert.equal(privateLeftOutLine(undefined), '');
    assert.equal(privateLeftOutLine(1), '1 private entry is left out.');
    assert.equal(privateLeftOutLine(2), '2 private entries are left out.');
    assert.equal(privateLeftOutLine(12), '12 private entries are left out.');
  });

  // The preview said "a little steadier" where the PDF said "about as
  // steady as before": the words now come from the backend, once.
  it('takes a practice score’s words from the brief, never its own', () => {
    assert.deepEqual(scoreTrend({ scoreFrom: 0.45, scoreTo: 0.62, trend: 'about as steady as before' }),
      { from: 45, to: 62, word: 'about as steady as before' });
    assert.equal(scoreTrend({ scoreFrom: 0.45, scoreTo: 0.62 }), null, 'no words, no line');
    assert.equal(scoreTrend({ scoreFrom: undefined, scoreTo: undefined, trend: 'x' }), null);
  });

  it('counts a plan’s days in one neutral line', () => {
    assert.equal(homeworkCounts({ planned: 7, done: 4, partly: 1, skipped: 1, notToday: 1 }),
      'Planned 7 · Done 4 · Partly 1 · Skipped 1 · Not today 1');
    assert.equal(homeworkCounts({}), 'Planned 0 · Done 0 · Partly 0 · Skipped 0 · Not today 0');
  });

  it('names the range, and says when it is since the last session', () => {
    const b = { from: '2026-11-24', until: '2026-11-28', sinceLastSession: true };
    assert.equal(rangeLine(b, 2026), 'Since your last session, Tue 24 Nov – Sat 28 Nov');
    assert.equal(rangeLine({ ...b, sinceLastSession: false, from: '2026-11-17' }, 2026), 'Tue 17 Nov – Sat 28 Nov');
    assert.equal(rangeLine({ ...b, from: '2026-11-28' }, 2026), 'Since your last session, Sat 28 Nov');
    assert.equal(dayText('2025-12-30', 2026), 'Tue 30 Dec 2025');
  });

  it('reads a questionnaire summary with its changes and the clinical words explained', () => {
    const latest = {
      measure: 'phq9', at: '2026-11-26T09:00:00+00:00', score: 7,
      band: { key: 'mild', label: 'Mild: some signs of low mood', reader: 'mild symptoms', range: '5–9' },
    };
    // 16 → 8 → 7, by hand: 16 ≥ 10 is clinical; 7 × 2 = 14 ≤ 16, a response;
    // 7 is not under 5; −9 reaches 6, a reliable improvement.
    const lines = measureLines({
      latest, first: 16, sinceFirst: -9, sinceLast: 1,
      baselineClinical: true, response: true, remission: false, reliable: 'improvement',
    }, 2026);
    // The reader's words, not the ones written to the person.
    assert.equal(lines.headline, '7 out of 27 — mild symptoms (5–9), on Thu 26 Nov');
    assert.deepEqual(lines.changes, ['9 points lower than the first one (16).', '1 point higher than the time before.']);
    assert.equal(lines.marks.length, 2);
    assert.match(lines.marks[0], /^Reliable improvement: .*more than day-to-day ups and downs\.$/);
    assert.match(lines.marks[1], /^Response: .*half or more/);

    const first = measureLines({
      latest: { ...latest, score: 3 }, first: 3, sinceFirst: 0, sinceLast: null,
      baselineClinical: false, response: false, remission: null, reliable: null,
    }, 2026);
    assert.deepEqual(first.changes, ['The first one here, so there is nothing to compare yet.']);
    assert.deepEqual(first.marks, [], 'a first score alone is never called remission');
    const gad = measureLines({ latest: { ...latest, measure: 'gad7', score: 12 }, first: 12, sinceFirst: 0, sinceLast: 0 }, 2026);
    assert.match(gad.headline, /^12 out of 21/);
    assert.deepEqual(gad.changes, ['The same as the first one (12).', 'The same as the time before.']);
    assert.deepEqual(gad.marks, []);
    assert.equal(measureLines({ latest: { score: null } }), null);
    assert.equal(pointsWord(-1), '1 point lower');
  });

  it('names response, remission and reliable change only as the backend found them', () => {
    // Each summary is what the brief's MeasureSummary carries for a first
    // and a latest score (two results), worked out by hand from the rules
    // in measures::change_of: clinical first score PHQ-9 ≥ 10 / GAD-7 ≥ 8;
    // response = latest × 2 ≤ first, from a clinical first score only;
    // remission = PHQ-9 under 5, from a clinical first score only (null on
    // the GAD-7); reliable = a change of at least 6 (PHQ-9) / 4 (GAD-7).
    const at = '2026-11-26T09:00:00+00:00';
    const summary = (measure, first, score, fields) => ({
      latest: { measure, at, score, band: null }, first, sinceFirst: score - first, sinceLast: score - first, ...fields,
    });
    const marks = (s) => measureLines(s, 2026).marks.join(' ');

    // PHQ-9 6 → 3: not clinical (6 < 10): neither response nor remission,
    // though 3 halves 6 and is under 5; −3 < 6: not reliable.
    const phq6to3 = summary('phq9', 6, 3,
      { baselineClinical: false, response: false, remission: null, reliable: null });
    assert.doesNotMatch(marks(phq6to3), /[Rr]emission|[Rr]esponse/);
    assert.doesNotMatch(marks({ ...phq6to3, response: true, remission: true }), /[Rr]emission|[Rr]esponse/,
      'never from a first score outside the clinical range, whatever a field says');

    // PHQ-9 12 → 6: clinical; 6 × 2 = 12 ≤ 12, response; 6 ≥ 5, no
    // remission; −6, reliable improvement.
    const phq12to6 = marks(summary('phq9', 12, 6,
      { baselineClinical: true, response: true, remission: false, reliable: 'improvement' }));
    assert.match(phq12to6, /Response:/);
    assert.doesNotMatch(phq12to6, /Remission/);

    // PHQ-9 12 → 4: clinical; 8 ≤ 12, response; 4 < 5, remission; −8,
    // reliable improvement.
    assert.deepEqual(measureLines(summary('phq9', 12, 4,
      { baselineClinical: true, response: true, remission: true, reliable: 'improvement' }), 2026).marks, [
      'Reliable improvement: since the first one, a drop big enough to be more than day-to-day ups and downs.',
      'Response: the score has come down by half or more since the first one.',
      'Remission: the score is below 5, the range of few or no symptoms.',
    ]);

    // GAD-7 8 → 4: clinical (8 ≥ 8); 4 × 2 = 8 ≤ 8, response; no remission
    // on the GAD-7; −4, reliable improvement.
    const gad8to4 = marks(summary('gad7', 8, 4,
      { baselineClinical: true, response: true, remission: null, reliable: 'improvement' }));
    assert.match(gad8to4, /Response:/);
    assert.match(gad8to4, /Reliable improvement:/);
    assert.doesNotMatch(gad8to4, /Remission/);

    // GAD-7 7 → 3: not clinical (7 < 8): no response; −4, reliable improvement.
    const gad7to3 = marks(summary('gad7', 7, 3,
      { baselineClinical: false, response: false, remission: null, reliable: 'improvement' }));
    assert.doesNotMatch(gad7to3, /Response|Remission/);
    assert.match(gad7to3, /Reliable improvement:/);

    // PHQ-9 10 → 16: clinical; no response, no remission; +6, reliable
    // deterioration — said calmly, as something to talk through.
    assert.deepEqual(measureLines(summary('phq9', 10, 16,
      { baselineClinical: true, response: false, remission: false, reliable: 'deterioration' }), 2026).marks, [
      'A reliable rise: since the first one, up by more than day-to-day ups and downs — worth talking through together.',
    ]);
  });

  it('sums up mood without grading it', () => {
    assert.equal(moodSummary([]), '');
    assert.equal(moodSummary([{ mean: 6 }]), 'Mood averaged 6 out of 10 over 1 day with a check-in.');
    assert.equal(moodSummary([{ mean: 4 }, { mean: 4 }, { mean: 6 }, { mean: 6 }]),
      'Mood averaged 5 out of 10 over 4 days with a check-in, higher later on.');
    assert.match(moodSummary([{ mean: 6 }, { mean: 6 }, { mean: 5.5 }, { mean: 5.4 }]), /a little lower later on\.$/);
  });

  it('keeps only the three query keys, with days or null', () => {
    assert.deepEqual(briefQuery({}), { since: null, until: null, includePrivate: false });
    assert.deepEqual(briefQuery({ since: '2026-11-20', until: '', includePrivate: 1, extra: 'x' }),
      { since: '2026-11-20', until: null, includePrivate: true });
    assert.deepEqual(briefQuery({ since: '20/11/2026' }).since, null);
  });

  it('changes prep without touching the old one', () => {
    const prep = prepFromBrief({ agenda: { items: [{ key: 'a0', text: 'Sleep' }] }, ownWords: 'Hi', removed: [{ key: 'plan:2', label: 'x' }] });
    assert.deepEqual(prep, { agenda: ['Sleep'], ownWords: 'Hi', removed: ['plan:2'] });
    assert.deepEqual(leaveOut(prep, 'plan:2').removed, ['plan:2'], 'leaving out twice keeps one key');
    assert.deepEqual(leaveOut(prep, 'bridge:1').removed, ['plan:2', 'bridge:1']);
    assert.deepEqual(putBack(prep, 'plan:2').removed, []);
    assert.deepEqual(addAgenda(prep, '  the  \n weekend ').agenda, ['Sleep', 'the weekend']);
    assert.equal(addAgenda(prep, '   '), null);
    assert.deepEqual(removeAgenda(prep, 0).agenda, []);
    assert.deepEqual(insertAgenda(removeAgenda(prep, 0), 0, 'Sleep').agenda, ['Sleep']);
    assert.deepEqual(prep.removed, ['plan:2'], 'the original is unchanged');
  });

  it('makes ids from keys that stay distinct and selector-safe', () => {
    assert.equal(keyId('plan:2'), 'plan_3a_2');
    assert.notEqual(keyId('a:b'), keyId('a_b'));
    assert.match(keyId('entry/moment 7'), /^[A-Za-z0-9_-]+$/);
    assert.equal(leaveOutLabel('x'.repeat(80)).length, 'Leave out: '.length + 60);
  });

  it('lists the most frequent first, without zeros', () => {
    const top = topCounts([{ label: 'a', count: 1 }, { label: 'b', count: 3 }, { label: 'c', count: 0 }]);
    assert.deepEqual(top.map((t) => t.label), ['b', 'a']);
  });
});

// --- The page ------------------------------------------------------------------------------

const Y = new Date().getFullYear();
const d = (md) => `${Y}-${md}`;
const at = (md, time = '09:00') => `${Y}-${md}T${time}:00+00:00`;

const PLAN = {
  key: 'plan:2', planId: 2, sentence: 'I will breathe for 3 minutes after brushing my teeth',
  planned: 5, done: 3, partly: 1, skipped: 1, notToday: 0,
  reasons: ['Felt unwell'], notes: [{ day: d('11-25'), text: 'Calmer after' }], scoreFrom: 0.45, scoreTo: 0.62,
  trend: 'steadier than before',
};

const FULL = {
  checkins: [{ day: d('11-24'), mean: 5 }, { day: d('11-26'), mean: 6.5 }],
  phq9: {
    key: 'measure:phq9',
    latest: {
      id: 3, measure: 'phq9', at: at('11-26'), answers: [], difficulty: null, complete: true, score: 8,
      band: { key: 'mild', label: 'mild', range: '5–9' }, item9: true,
    },
    // 16 → 10 → 8: clinical (16 ≥ 10); 8 × 2 = 16 ≤ 16, a response; 8 ≥ 5, no
    // remission; −8, a reliable improvement.
    first: 16, sinceFirst: -8, sinceLast: -2,
    baselineClinical: true, response: true, remission: false, reliable: 'improvement',
  },
  flags: [{
    key: 'flag:phq9-item9', text: 'PHQ-9 item 9 was answered above 0.',
    explanation: 'This is here so your therapist can ask how you are and support you.',
  }],
  bridge: {
    key: 'bridge:12', takeaway: 'I can pause before replying.', difficult: 'How often I apologise.',
    focus: 'Notice the “should” voice', sessionAt: at('11-24', '17:50'),
  },
  starred: [{ key: 'entry:moment:7', kind: 'moment', id: 7, at: at('11-25'), summary: 'Meeting with my boss' }],
  homework: [PLAN],
  patterns: {
    triggers: [{ label: 'at work', count: 3 }],
    emotions: [{ word: 'anxious', count: 4 }],
    traps: [{ name: 'Mind reading', count: 2 }],
    examples: [{
      key: 'example:7', id: 7, at: at('11-25'), situation: 'Boss went quiet', selfTalk: 'He thinks I failed',
      friend: 'Quiet isn’t a verdict', balanced: 'He was busy; my work was fine last week.', beliefBefore: 80,
      beliefAfter: 40, starred: true,
    }],
    belief: {
      count: 4, enough: true, medianBefore: 80, medianAfter: 40, medianEased: 40,
      byTrap: [{ id: 'mindReading', name: 'Mind reading', count: 3, medianEased: 30 }],
    },
  },
};

const EMPTY = {
  checkins: [], phq9: null, gad7: null, flags: [], bridge: null, starred: [], homework: [],
  patterns: { triggers: [], emotions: [], traps: [], examples: [] },
};

const LABELS = {
  'measure:phq9': 'PHQ-9 summary', 'flag:phq9-item9': 'A flag for your therapist', 'bridge:12': 'Last reflection',
  'entry:moment:7': 'Meeting with my boss', 'plan:2': PLAN.sentence, 'example:7': 'Boss went quiet',
};

const REFUSED = 'The end date is before the start date. Pick an end on or after the start.';

/** A backend that keeps prep per start day and builds Briefs from `data`,
 *  leaving out what prep removed, as the contract says. */
function backend(data = FULL, { privateLeftOut = 2, over = {} } = {}) {
  const kept = new Map();
  const make = (query) => {
    const from = query.since ?? d('11-24');
    const until = query.until ?? d('11-28');
    if (until < from) throw { kind: 'invalid', message: REFUSED };
    const prep = kept.get(from) ?? { agenda: [], ownWords: '', removed: [] };
    const out = (list) => list.filter((x) => !prep.removed.includes(x.key));
    const has = (x) => x && !prep.removed.includes(x.key);
    return {
      from, until, sinceLastSession: query.since === null,
      privateLeftOut: query.includePrivate ? 0 : privateLeftOut,
      removed: prep.removed.map((key) => ({ key, label: LABELS[key] ?? key })),
      mood: {
        checkins: data.checkins, phq9: has(data.phq9) ? data.phq9 : null, gad7: has(data.gad7) ? data.gad7 : null,
        flags: out(data.flags),
      },
      bridge: has(data.bridge) ? data.bridge : null,
      agenda: { starred: out(data.starred), items: prep.agenda.map((text, i) => ({ key: `agenda:${i}`, text })) },
      homework: out(data.homework),
      patterns: { ...data.patterns, examples: out(data.patterns.examples) },
      ownWords: prep.ownWords,
    };
  };
  return {
    get_brief: ({ query }) => make(query),
    save_brief_prep: ({ query, prep }) => {
      kept.set(query.since ?? d('11-24'), structuredClone(prep));
      return make(query);
    },
    export_brief: ({ format }) => ({ path: `/home/sam/Downloads/Session brief.${format}` }),
    ...over,
  };
}

let doc;
let calls;
const $ = (sel) => doc.body.querySelector(sel);
const $$ = (sel) => doc.body.querySelectorAll(sel);
const callsOf = (cmd) => calls.filter((c) => c.cmd === cmd);
const lastCall = (cmd) => callsOf(cmd).at(-1)?.args;
const text = (sel) => $(sel)?.textContent ?? null;

async function show(handlers = backend()) {
  calls = installTauri(handlers);
  const root = doc.createElement('div');
  doc.body.replaceChildren(doc.getElementById('toast'), root);
  const title = await brief.render(root, { view: 'brief', place: 'brief' },
    { refresh: () => {}, navigate: () => {}, isCurrent: () => true });
  await settle();
  return title;
}

/** Draws the page again, as app.js does when any window writes. */
async function redraw() {
  const root = doc.createElement('div');
  await brief.render(root, { view: 'brief', place: 'brief' }, { refresh: () => {}, navigate: () => {}, isCurrent: () => true });
  doc.body.replaceChildren(doc.getElementById('toast'), root);
  await settle();
}

function change(sel, value) {
  const el = $(sel);
  el.value = value;
  el.dispatchEvent(new FakeEvent('change'));
}

beforeEach(() => {
  doc = installDom();
  resetBriefState();
});

afterEach(() => {
  resetBriefState();
  removeDom();
  removeTauri();
  delete globalThis.print;
});

describe('the brief page', () => {
  it('asks for the brief since the last session and draws the sections in session order', async () => {
    const title = await show();
    assert.equal(title, 'Session brief');
    assert.deepEqual(callsOf('get_brief').map((c) => c.args), [{ query: { since: null, until: null, includePrivate: false } }]);
    assert.equal(text('h1'), 'Your session brief');
    assert.equal(text('#brief-range-line'), `Since your last session, ${dayText(d('11-24'), Y)} – ${dayText(d('11-28'), Y)}`);
    assert.equal($('#brief-since').value, d('11-24'), 'the dates show the days the brief covers');
    assert.equal($('#brief-until').value, d('11-28'));
    assert.equal($('#brief-since-last-session').hidden, true, 'already since the last session');
    assert.equal($('#brief-include-private').checked, false);

    const order = $$('#brief-document section').map((s) => s.id);
    assert.deepEqual(order, ['brief-mood', 'brief-bridge', 'brief-agenda', 'brief-homework', 'brief-patterns', 'brief-own-words']);
    assert.deepEqual($$('#brief-document h2').map((e) => e.textContent),
      ['How I’ve been', 'Since last time', 'What I want to talk about', 'Homework', 'Patterns', 'In my own words']);

    // How I've been: a chart with words, the questionnaire, the flag.
    assert.ok($('#brief-mood svg[role="img"]'), 'a mood chart');
    assert.match(text('#brief-mood .brief-reading'), /Mood averaged 5\.8 out of 10 over 2 days/);
    assert.match(text('#brief-mood .brief-score'), /^8 out of 27 — mild \(5–9\)/);
    assert.match(text('#brief-mood .brief-changes'), /8 points lower than the first one \(16\)/);
    assert.deepEqual($$('#brief-mood .brief-mark').map((m) => m.textContent.split(':')[0]), ['Reliable improvement', 'Response']);
    assert.equal(text('#brief-mood .brief-flag-text'), FULL.flags[0].text);
    assert.equal(text('#brief-mood .brief-flag-explanation'), FULL.flags[0].explanation);

    assert.match(text('#brief-bridge'), /I can pause before replying\./);
    assert.match(text('#brief-bridge .brief-focus'), /Notice the “should” voice/);
    assert.equal($('#brief-agenda a.brief-entry-link').getAttribute('href'), '#moment/7');
    assert.equal(text('#brief-homework .brief-counts'), 'Planned 5 · Done 3 · Partly 1 · Skipped 1 · Not today 0');
    assert.match(text('#brief-homework .brief-trend'), /45.*62 out of 100 — steadier than before\./);
    assert.match(text('#brief-bridge'), /What was hard or surprising\s*How often I apologise\./);
    assert.match(text('#brief-homework .brief-reasons'), /Felt unwell/);
    assert.match(text('#brief-homework .brief-notes'), /Calmer after/);
    assert.match(text('#brief-patterns'), /at work · 3 times/);
    assert.match(text('#brief-patterns .brief-moment'), /What I’d tell a friendQuiet isn’t a verdict/);

    // Every item can be left out, and says which one for a screen reader.
    const names = $$('#brief-document button.brief-remove').map((b) => b.getAttribute('aria-label'));
    assert.equal(names.length, 6);
    assert.ok(names.every((n) => n.startsWith('Leave out: ')));
    assert.ok(names.includes(`Leave out: ${PLAN.sentence}`));
    assert.equal($('#brief-removed').hidden, true, 'nothing left out yet');
    assert.match(text('#brief-leave-out-hint'), /nothing is deleted from your journal/);
  });

  it('says how many private entries are left out, until they are included', async () => {
    await show();
    assert.equal($('#brief-private-left-out').hidden, false);
    assert.equal(text('#brief-private-left-out'), '2 private entries are left out.');
    $('#brief-include-private').click();
    await settle();
    assert.deepEqual(lastCall('get_brief'), { query: { since: null, until: null, includePrivate: true } });
    assert.equal($('#brief-private-left-out').hidden, true);
    assert.equal($('#brief-include-private').checked, true);
  });

  it('says one private entry in the singular', async () => {
    await show(backend(FULL, { privateLeftOut: 1 }));
    assert.equal(text('#brief-private-left-out'), '1 private entry is left out.');
  });

  it('sends a chosen range, keeps it through a redraw, and goes back to "since my last session"', async () => {
    await show();
    change('#brief-since', d('11-20'));
    await settle();
    assert.deepEqual(lastCall('get_brief'), { query: { since: d('11-20'), until: null, includePrivate: false } });
    assert.equal(text('#brief-range-line'), `${dayText(d('11-20'), Y)} – ${dayText(d('11-28'), Y)}`);
    assert.equal($('#brief-since-last-session').hidden, false);

    change('#brief-until', d('11-27'));
    await settle();
    assert.deepEqual(lastCall('get_brief'), { query: { since: d('11-20'), until: d('11-27'), includePrivate: false } });

    await redraw();
    assert.deepEqual(lastCall('get_brief'), { query: { since: d('11-20'), until: d('11-27'), includePrivate: false } });
    assert.equal($('#brief-since').value, d('11-20'));

    $('#brief-since-last-session').click();
    await settle();
    assert.deepEqual(lastCall('get_brief'), { query: { since: null, until: null, includePrivate: false } });
    assert.equal($('#brief-since-last-session').hidden, true);
    assert.equal(doc.activeElement, $('#brief-since'), 'focus lands on the dates, not on a hidden button');
  });

  it('shows the backend’s words when the end is before the start, and keeps the last brief', async () => {
    await show();
    change('#brief-until', d('11-20'));
    await settle();
    assert.deepEqual(lastCall('get_brief'), { query: { since: null, until: d('11-20'), includePrivate: false } });
    assert.equal(text('#brief-range-status'), REFUSED);
    assert.ok($('#brief-range-status').classList.contains('is-error'));
    assert.equal($('#brief-range-status').getAttribute('role'), 'status');
    assert.equal($('#brief-until').value, d('11-20'), 'the chosen date stays to be corrected');
    assert.equal($('#brief-document').hidden, false, 'the brief in view stays');
    assert.match(text('#brief-range-line'), /^Since your last session/);

    change('#brief-until', d('11-28'));
    await settle();
    assert.equal(text('#brief-range-status'), '');
  });

  it('leaves an item out, saving the whole prep, and puts it back', async () => {
    await show();
    const button = $('#brief-remove-plan_3a_2');
    button.focus();
    button.click();
    await settle();
    assert.deepEqual(lastCall('save_brief_prep'), {
      query: { since: null, until: null, includePrivate: false },
      prep: { agenda: [], ownWords: '', removed: ['plan:2'] },
    });
    assert.equal($('#brief-remove-plan_3a_2'), null, 'drawn again from the Brief the save returned');
    assert.match(text('#brief-homework'), /No practice plans in these days/);
    assert.equal(doc.activeElement, $('#brief-homework-title'), 'the last item gone, focus goes to its heading');
    assert.equal($('#brief-removed').hidden, false);
    assert.equal(text('#brief-removed-summary'), 'Left out of this brief (1)');
    assert.match(text('#toast'), /stays in your journal/);

    // Leaving out a second one keeps the first in the list.
    $('#brief-remove-bridge_3a_12').click();
    await settle();
    assert.deepEqual(lastCall('save_brief_prep').prep.removed, ['plan:2', 'bridge:12']);
    assert.equal(text('#brief-removed-summary'), 'Left out of this brief (2)');

    $('#brief-put-back-plan_3a_2').click();
    await settle();
    assert.deepEqual(lastCall('save_brief_prep').prep.removed, ['bridge:12']);
    assert.ok($('#brief-remove-plan_3a_2'), 'the plan is back');
    assert.equal(doc.activeElement, $('#brief-remove-plan_3a_2'), 'focus follows it back');
    assert.equal(text('#brief-removed-summary'), 'Left out of this brief (1)');
  });

  it('asks once, kindly, before the question 9 note leaves the brief', async () => {
    await show();
    const flagButton = () => $('#brief-remove-flag_3a_phq9-item9');
    flagButton().focus();
    flagButton().click();
    await settle();
    const dialog = $('#confirm-item9');
    assert.equal(dialog.open, true, 'a confirm dialog, before anything is saved');
    assert.equal(dialog.localName, 'dialog');
    assert.equal(text('#confirm-item9-title'), 'The note about question 9');
    assert.equal(text('#confirm-item9-body'),
      'This note tells your therapist about question 9. It can help to talk about it. Remove it from this brief?');
    assert.deepEqual(dialog.querySelectorAll('button').map((b) => b.textContent), ['Keep it', 'Remove']);
    assert.equal(doc.activeElement, $('#confirm-item9-keep'), 'the kind choice has focus');
    assert.ok(!$('#confirm-item9-remove').classList.contains('attention'), 'no alarm colour');
    assert.equal(callsOf('save_brief_prep').length, 0);

    dialog.close('keep');
    await settle();
    assert.equal(callsOf('save_brief_prep').length, 0, 'kept');
    assert.ok(flagButton(), 'still in the brief');
    assert.equal(doc.activeElement, flagButton(), 'focus goes back to its button');

    // Asked once: the next time it goes straight away.
    flagButton().click();
    await settle();
    assert.equal(dialog.open, false, 'not asked again');
    assert.deepEqual(lastCall('save_brief_prep').prep.removed, ['flag:phq9-item9']);
    assert.equal(text('#brief-mood .brief-flag-text'), null);

    // Put back and left out again: still no second question.
    $('#brief-put-back-flag_3a_phq9-item9').click();
    await settle();
    flagButton().click();
    await settle();
    assert.equal(dialog.open, false);
    assert.deepEqual(lastCall('save_brief_prep').prep.removed, ['flag:phq9-item9']);
  });

  it('leaves the question 9 note out when Remove is chosen, and asks about nothing else', async () => {
    await show();
    $('#brief-remove-plan_3a_2').click();
    await settle();
    assert.equal($('#confirm-item9'), null, 'other items leave without a question');
    assert.deepEqual(lastCall('save_brief_prep').prep.removed, ['plan:2']);
    $('#brief-remove-flag_3a_phq9-item9').click();
    await settle();
    $('#confirm-item9').close('remove');
    await settle();
    assert.deepEqual(lastCall('save_brief_prep').prep.removed, ['plan:2', 'flag:phq9-item9']);
    assert.match(text('#toast'), /stays in your journal/);
  });

  it('puts an item back from the toast', async () => {
    await show();
    $('#brief-remove-entry_3a_moment_3a_7').click();
    await settle();
    assert.deepEqual(lastCall('save_brief_prep').prep.removed, ['entry:moment:7']);
    $('#brief-toast-put-back').click();
    await settle();
    assert.deepEqual(lastCall('save_brief_prep').prep.removed, []);
    assert.ok($('#brief-remove-entry_3a_moment_3a_7'));
  });

  it('keeps an item in when leaving it out didn’t save, and says so calmly', async () => {
    const h = backend();
    await show({ ...h, save_brief_prep: () => { throw { kind: 'io', message: 'The disk is full.' }; } });
    $('#brief-remove-plan_3a_2').click();
    await settle();
    assert.ok($('#brief-remove-plan_3a_2'), 'still there');
    assert.match(text('#toast'), /didn't save just now.*The disk is full\./);
    assert.equal($('#brief-remove-plan_3a_2').getAttribute('aria-disabled'), null, 'and can be tried again');
  });

  it('adds to and removes from the person’s own agenda, with Undo', async () => {
    await show();
    assert.match(text('#brief-agenda'), /Nothing on your list yet\./);
    $('#agenda-new').fill('How to say no at work');
    $('#agenda-add').click();
    await settle();
    assert.deepEqual(lastCall('save_brief_prep').prep, { agenda: ['How to say no at work'], ownWords: '', removed: [] });
    assert.deepEqual($$('#brief-agenda-list .brief-agenda-text').map((e) => e.textContent), ['How to say no at work']);
    assert.equal($('#agenda-new').value, '');
    assert.equal(doc.activeElement, $('#agenda-new'), 'ready for the next one');

    $('#agenda-new').fill('Sleep');
    $('#agenda-new').closest('form').dispatchEvent(new FakeEvent('submit')); // Enter in the field
    await settle();
    assert.deepEqual(lastCall('save_brief_prep').prep.agenda, ['How to say no at work', 'Sleep']);

    const saves = callsOf('save_brief_prep').length;
    $('#agenda-new').fill('   ');
    $('#agenda-add').click();
    await settle();
    assert.equal(callsOf('save_brief_prep').length, saves, 'no words, nothing saved');
    assert.match(text('#brief-agenda-status'), /Write a few words first/);

    const remove = $('#agenda-remove-0');
    assert.equal(remove.getAttribute('aria-label'), 'Remove from my list: How to say no at work');
    remove.click();
    await settle();
    assert.deepEqual(lastCall('save_brief_prep').prep.agenda, ['Sleep']);
    assert.equal(doc.activeElement, $('#agenda-remove-0'), 'focus stays in the list');
    $('#brief-agenda-undo').click();
    await settle();
    assert.deepEqual(lastCall('save_brief_prep').prep.agenda, ['How to say no at work', 'Sleep']);
  });

  it('keeps the agenda words in the field when adding didn’t save', async () => {
    const h = backend();
    await show({ ...h, save_brief_prep: () => { throw { kind: 'io', message: 'The disk is full.' }; } });
    $('#agenda-new').fill('Sleep');
    $('#agenda-add').click();
    await settle();
    assert.equal($('#agenda-new').value, 'Sleep');
    assert.match(text('#brief-agenda-status'), /your words are still here.*The disk is full/);
    assert.ok($('#brief-agenda-status').classList.contains('is-error'));
  });

  it('keeps "in my own words" a moment after typing stops, and through a redraw', async (t) => {
    await show();
    t.mock.timers.enable({ apis: ['setTimeout'] });
    const area = $('#brief-own-words-text');
    area.focus();
    area.fill('I');
    t.mock.timers.tick(300);
    area.fill('I want to start');
    t.mock.timers.tick(OWN_WORDS_DELAY - 1);
    await settle();
    assert.equal(callsOf('save_brief_prep').length, 0, 'nothing saved while typing');

    // A live redraw mid-sentence keeps what was typed.
    await redraw();
    assert.equal($('#brief-own-words-text').value, 'I want to start');

    t.mock.timers.tick(1);
    await settle();
    assert.equal(callsOf('save_brief_prep').length, 1, 'one save for the whole burst');
    assert.deepEqual(lastCall('save_brief_prep').prep, { agenda: [], ownWords: 'I want to start', removed: [] });
    assert.equal(text('#brief-own-words-status'), 'Kept');
    assert.equal(text('#brief-own-words-print'), 'I want to start', 'print shows the words as text');

    await redraw();
    assert.equal($('#brief-own-words-text').value, 'I want to start', 'kept words come back from the backend');
  });

  it('keeps keystrokes typed while a redraw is loading', async () => {
    const h = backend();
    let release = null;
    await show({
      ...h,
      get_brief: (args) => (release === null ? h.get_brief(args)
        : new Promise((resolve) => { release = () => resolve(h.get_brief(args)); })),
    });
    const old = $('#brief-own-words-text');
    old.focus();
    old.fill('Hel');
    release = () => {};
    const root = doc.createElement('div');
    const drawing = brief.render(root, { view: 'brief' }, { refresh: () => {}, navigate: () => {}, isCurrent: () => true });
    await settle();
    old.fill('Hello'); // still typing in the page on screen
    release();
    await drawing;
    assert.equal(root.querySelector('#brief-own-words-text').value, 'Hello');
  });

  it('saves the words typed so far when leaving the field', async () => {
    await show();
    const area = $('#brief-own-words-text');
    area.focus();
    area.fill('Before anything else');
    area.blur();
    await settle();
    assert.equal(lastCall('save_brief_prep').prep.ownWords, 'Before anything else');
  });

  it('says calmly when words didn’t keep, and keeps them', async () => {
    const h = backend();
    await show({ ...h, save_brief_prep: () => { throw { kind: 'io', message: 'The disk is full.' }; } });
    const area = $('#brief-own-words-text');
    area.focus();
    area.fill('Please keep this');
    area.blur();
    await settle();
    assert.match(text('#brief-own-words-status'), /^That didn't keep just now — your words are still here\. \(The disk is full\.\)$/);
    assert.equal($('#brief-own-words-text').value, 'Please keep this');
    await redraw();
    assert.equal($('#brief-own-words-text').value, 'Please keep this', 'still there after a redraw');
  });

  it('exports in each format for the shown range and says where the file went', async () => {
    await show();
    for (const [id, format] of [['#brief-export-pdf', 'pdf'], ['#brief-export-md', 'md'], ['#brief-export-html', 'html']]) {
      $(id).click();
      await settle();
      assert.deepEqual(lastCall('export_brief'), { query: { since: null, until: null, includePrivate: false }, format });
      assert.equal(text('#brief-export-status'), `Saved to /home/sam/Downloads/Session brief.${format}`);
    }
    assert.equal(text('#brief-export-pdf'), 'Save as PDF');
    assert.equal(text('#brief-export-md'), 'Markdown');
    assert.equal(text('#brief-export-html'), 'Web page (HTML)');
    assert.equal($('#brief-export-status').getAttribute('role'), 'status');

    $('#brief-include-private').click();
    await settle();
    $('#brief-export-md').click();
    await settle();
    assert.deepEqual(lastCall('export_brief').query, { since: null, until: null, includePrivate: true });
  });

  it('keeps words typed a moment ago in the export', async () => {
    await show();
    $('#brief-own-words-text').fill('Say this first');
    $('#brief-export-pdf').click();
    await settle();
    const order = calls.map((c) => c.cmd).filter((c) => c !== 'get_brief');
    assert.deepEqual(order, ['save_brief_prep', 'export_brief'], 'saved before exporting');
  });

  it('says an export failed in the same line, calmly', async () => {
    await show({ ...backend(), export_brief: () => { throw { kind: 'io', message: 'The disk is full.' }; } });
    $('#brief-export-html').click();
    await settle();
    assert.equal(text('#brief-export-status'), "That didn't save as a file just now. The disk is full.");
    assert.ok($('#brief-export-status').classList.contains('is-error'));
    assert.equal($('#brief-export-html').getAttribute('aria-disabled'), null, 'ready to try again');
  });

  it('prints with the system dialog', async () => {
    let printed = 0;
    globalThis.print = () => { printed += 1; };
    await show();
    $('#brief-print').click();
    assert.equal(printed, 1);
    delete globalThis.print;
    $('#brief-print').click();
    assert.match(text('#brief-export-status'), /Save as PDF/);
  });

  it('shows an example moment\'s balanced thought and how much the thought was believed', async () => {
    await show();
    const dl = $('#brief-patterns .brief-moment');
    const pairs = (el) => el.querySelectorAll('dt').map((dt) => [dt.textContent, dt.nextSibling?.textContent]);
    assert.deepEqual(pairs(dl).slice(-2), [
      ['A more balanced thought', 'He was busy; my work was fine last week.'],
      // The arrow is for the eye; a screen reader hears "to".
      ['Belief in the thought', '80% →  to 40%'],
    ]);
    const belief = dl.querySelector('dd.brief-belief');
    assert.equal(belief.querySelector('[aria-hidden="true"]').textContent, ' → ');
    assert.equal(belief.querySelector('.visually-hidden').textContent, ' to ');
    assert.equal(dl.querySelectorAll('dd').find((dd) => dd.textContent.startsWith('He was busy')).getAttribute('dir'), 'auto');
    // The period's line on how much the thoughts eased, under the counts.
    assert.equal(text('#brief-belief'),
      'Across 4 thoughts looked at again, belief went from a median of 80% to 40%: it eased by 40 points.');
  });

  it('shows only the belief ratings given, and no belief line until there are enough', async () => {
    const data = structuredClone(FULL);
    data.patterns.examples = [
      { ...FULL.patterns.examples[0], key: 'example:7', balanced: '', beliefBefore: 70, beliefAfter: null },
      { ...FULL.patterns.examples[0], key: 'example:8', id: 8, balanced: ' ', beliefBefore: null, beliefAfter: 0 },
      { ...FULL.patterns.examples[0], key: 'example:9', id: 9, beliefBefore: null, beliefAfter: null },
      // An example from before the thought record grew: no such keys at all.
      { key: 'example:10', id: 10, at: at('11-26'), situation: 'Bus', selfTalk: '', friend: '', starred: false },
    ];
    data.patterns.belief = { count: 2, enough: false, medianBefore: 70, medianAfter: 30, medianEased: 40, byTrap: [] };
    await show(backend(data));
    const lines = $$('#brief-patterns .brief-moment').map((dl) => dl.querySelector('dd.brief-belief')?.textContent ?? null);
    assert.deepEqual(lines, ['70% at the start', '0% after looking at it again', null, null]);
    const balanced = $$('#brief-patterns .brief-moment').map((dl) => /A more balanced thought/.test(dl.textContent));
    assert.deepEqual(balanced, [false, false, true, false], 'a blank balanced thought is left out');
    assert.equal($('#brief-belief'), null, 'not enough: nothing said');
    assert.doesNotMatch(text('#brief-patterns'), /median/);
  });

  it('says kindly that there is nothing yet in a new journal', async () => {
    await show(backend(EMPTY, { privateLeftOut: 0 }));
    assert.equal($('[role="alert"]'), null, 'never an error');
    assert.equal($('#brief-private-left-out').hidden, true);
    assert.match(text('#brief-mood'), /No check-ins in these days\./);
    assert.match(text('#brief-mood'), /No PHQ-9 or GAD-7 in these days\./);
    assert.match(text('#brief-bridge'), /No reflection from a session in these days yet/);
    assert.match(text('#brief-agenda'), /Nothing starred in these days/);
    assert.match(text('#brief-agenda'), /Nothing on your list yet/);
    assert.match(text('#brief-homework'), /No practice plans in these days/);
    assert.match(text('#brief-patterns'), /No moments logged in these days/);
    assert.equal($$('#brief-document button.brief-remove').length, 0);
    assert.equal($('#brief-mood svg'), null, 'no chart of nothing');
  });

  it('offers to try again when the brief can’t load at all', async () => {
    let fail = true;
    const h = backend();
    await show({
      ...h,
      get_brief: (args) => {
        if (fail) throw { kind: 'io', message: 'The journal is busy just now.' };
        return h.get_brief(args);
      },
    });
    assert.equal($('#brief-document').hidden, true);
    assert.match(text('#brief-load-error'), /The journal is busy just now\./);
    fail = false;
    $('#brief-load-error button').click();
    await settle();
    assert.equal($('#brief-document').hidden, false);
    assert.equal(text('#brief-load-error'), '');
  });

  it('shows each extra question answered after the focus, in the words it was asked in', async () => {
    const data = structuredClone(FULL);
    data.bridge.answers = [
      { question: 'What did you notice in your body when the topic came up?', from: 'Ana Weber', answer: 'My jaw.\n' },
      { question: 'An unanswered one', from: '', answer: '  ' },
      { question: 'מה הרגשת?', from: '', answer: 'שקט' },
    ];
    await show(backend(data));
    const bridge = $('#brief-bridge');
    const heads = bridge.querySelectorAll('h3');
    assert.deepEqual(heads.map((e) => e.textContent), [
      'My biggest takeaway', 'What was hard or surprising', 'This week’s focus',
      'What did you notice in your body when the topic came up?', 'מה הרגשת?',
    ], 'after the focus, only the answered ones');
    for (const head of heads.slice(3)) assert.equal(head.getAttribute('dir'), 'auto');
    const answers = bridge.querySelectorAll('p.answer').slice(-2);
    assert.deepEqual(answers.map((e) => e.textContent), ['My jaw.', 'שקט']);
    for (const p of answers) assert.equal(p.getAttribute('dir'), 'auto');
    assert.doesNotMatch(bridge.textContent, /Ana Weber|An unanswered one/);
  });

  it('draws the bridge as before for a reflection with no extra answers', async () => {
    const data = structuredClone(FULL);
    data.bridge.answers = [];
    await show(backend(data));
    assert.equal($('#brief-bridge').querySelectorAll('h3').length, 3);
  });

  it('writes the journal’s words as text, never markup', async () => {
    const data = structuredClone(FULL);
    data.starred[0].summary = '<img src=x onerror=alert(1)>';
    await show(backend(data));
    assert.equal(text('#brief-agenda a.brief-entry-link'), '<img src=x onerror=alert(1)>');
    assert.equal($('#brief-agenda img'), null);
  });
});
