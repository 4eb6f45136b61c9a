// The PHQ-9 and GAD-7: the words about scores (what is left, how a score
// moved, when response and remission may be named), where the bands sit
// on the history chart, the list of both questionnaires, and the
// questionnaire itself through a stand-in document and a fake backend —
// drafts kept with nulls after every answer, a kind list of what is left,
// and PHQ-9 question 9 above 0 opening the safety plan at once.

import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';

import { FakeEvent, installDom, installTauri, removeDom, removeTauri, settle } from './fake-dom.mjs';
import { LINE_BOX } from '../../ui/lib/charts.js';
import {
  SAFETY_FROM_PHQ9, bandFor, bandName, bandStripes, bandWords, changeLine, changeOf, changeWords, draftLine,
  historyPoints, historySentence, leftLine, listNumbers, normalizeAnswers, opensSafetyPlan, progressLine, progressLines,
  progressSummary, toAnswer,
  unansweredItems,
} from '../../ui/lib/measures.js';
import { formView, listView } from '../../ui/views/measures.js';

// --- Fixtures, shaped like the backend's (src-tauri/core/src/therapy/measures.rs) ------------

const OPTIONS = [
  { value: 0, label: 'Not at all' }, { value: 1, label: 'Several days' },
  { value: 2, label: 'More than half the days' }, { value: 3, label: 'Nearly every day' },
];
const ATTRIBUTION = 'Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an '
  + 'educational grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute.';
const DIFFICULTY = {
  question: 'If you checked off any problems, how difficult have these problems made it for you to do your work, '
    + 'take care of things at home, or get along with other people?',
  options: [
    { value: 0, label: 'Not difficult at all' }, { value: 1, label: 'Somewhat difficult' },
    { value: 2, label: 'Very difficult' }, { value: 3, label: 'Extremely difficult' },
  ],
};
const PHQ9_ITEMS = [
  'Little interest or pleasure in doing things',
  'Feeling down, depressed, or hopeless',
  'Trouble falling or staying asleep, or sleeping too much',
  'Feeling tired or having little energy',
  'Poor appetite or overeating',
  'Feeling bad about yourself — or that you are a failure or have let yourself or your family down',
  'Trouble concentrating on things, such as reading the newspaper or watching television',
  'Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or '
    + 'restless that you have been moving around a lot more than usual',
  'Thoughts that you would be better off dead or of hurting yourself in some way',
];
const GAD7_ITEMS = [
  'Feeling nervous, anxious or on edge', 'Not being able to stop or control worrying',
  'Worrying too much about different things', 'Trouble relaxing',
  'Being so restless that it is hard to sit still', 'Becoming easily annoyed or irritable',
  'Feeling afraid as if something awful might happen',
];
const FORMS = [
  {
    id: 'phq9', title: 'PHQ-9', name: 'Patient Health Questionnaire (PHQ-9)',
    why: 'Nine questions about the last two weeks.',
    stem: 'Over the last 2 weeks, how often have you been bothered by any of the following problems?',
    items: PHQ9_ITEMS, options: OPTIONS, difficulty: DIFFICULTY, attribution: ATTRIBUTION,
  },
  {
    id: 'gad7', title: 'GAD-7', name: 'Generalized Anxiety Disorder scale (GAD-7)',
    why: 'Seven questions about worry and tension.',
    stem: 'Over the last 2 weeks, how often have you been bothered by the following problems?',
    items: GAD7_ITEMS, options: OPTIONS, difficulty: DIFFICULTY, attribution: ATTRIBUTION,
  },
];
const PHQ9_BANDS = [
  { key: 'minimal', label: 'Minimal: few signs of low mood', from: 0, to: 4 },
  { key: 'mild', label: 'Mild: some signs of low mood', from: 5, to: 9 },
  { key: 'moderate', label: 'Moderate: low mood has been weighing on you', from: 10, to: 14 },
  { key: 'moderatelySevere', label: 'Moderately severe: low mood has been weighing on you a lot', from: 15, to: 19 },
  { key: 'severe', label: 'Severe: low mood has been very heavy lately', from: 20, to: 27 },
];
const GAD7_BANDS = [
  { key: 'minimal', label: 'Minimal: few signs of anxiety', from: 0, to: 4 },
  { key: 'mild', label: 'Mild: some signs of anxiety', from: 5, to: 9 },
  { key: 'moderate', label: 'Moderate: anxiety has been weighing on you', from: 10, to: 14 },
  { key: 'severe', label: 'Severe: anxiety has been very heavy lately', from: 15, to: 21 },
];

const bandOf = (bands, score) => {
  const b = bands.find((x) => score >= x.from && score <= x.to);
  return { key: b.key, label: b.label, range: `${b.from}–${b.to}` };
};

/** A result as the backend sends it. */
function result({ id, measure = 'phq9', at = '2026-11-10T19:00:00+01:00', answers, difficulty = null }) {
  const complete = answers.every((a) => a !== null);
  const score = complete ? answers.reduce((s, a) => s + a, 0) : null;
  return {
    id, measure, at, answers, difficulty, complete, score,
    band: complete ? bandOf(measure === 'phq9' ? PHQ9_BANDS : GAD7_BANDS, score) : null,
    item9: measure === 'phq9' && (answers[8] ?? 0) > 0,
  };
}

const answersFor = (score, n = 9) => Array.from({ length: n }, (_, i) => Math.min(3, Math.max(0, score - 3 * i)));

let doc;
let calls;
let navigated;
const $ = (sel) => doc.body.querySelector(sel);
const $$ = (sel) => doc.body.querySelectorAll(sel);
const saves = () => calls.filter((c) => c.cmd === 'save_measure').map((c) => c.args.input);

beforeEach(() => { doc = installDom(); });
afterEach(() => {
  removeDom();
  removeTauri();
});

async function show(view, route, handlers) {
  calls = installTauri(handlers);
  navigated = [];
  const root = doc.createElement('div');
  const ctx = { refresh: () => navigated.push('refresh'), navigate: (hash) => navigated.push(hash), isCurrent: () => true };
  const title = await view.render(root, route, ctx);
  doc.body.replaceChildren(doc.getElementById('toast') ?? doc.createElement('div'), root);
  return title;
}

/** A backend that keeps drafts like the real one: a new id once, then
 *  updates; complete answers are scored. */
function backend({ history = {}, plan = null } = {}) {
  let nextId = 40;
  const stored = new Map();
  return {
    get_measure_forms: () => FORMS,
    get_measure_history: ({ measure }) => ({
      results: [], draft: null, change: null, bands: measure === 'phq9' ? PHQ9_BANDS : GAD7_BANDS,
      ...(typeof history === 'function' ? history(measure, stored) : history[measure]),
    }),
    save_measure: ({ input }) => {
      const id = input.id ?? nextId++;
      const saved = result({ id, measure: input.measure, answers: input.answers, difficulty: input.difficulty });
      stored.set(id, saved);
      return saved;
    },
    delete_measure: () => null,
    restore_measure: () => null,
    get_safety_plan: () => plan ?? { sections: [], contacts: [], crisisLines: [], region: null, updatedAt: null },
  };
}

const choose = (n, value) => $(`input[name="item-${n}"][value="${value}"]`).click();

// How a person answers, event by event, in the order WebKitGTK 2.50 (the
// Linux web view) fires them — logged there with a real page and real
// mouse and key presses, not guessed.
const radio = (n, value) => $(`input[name="item-${n}"][value="${value}"]`);
const fire = (el, type, init = {}) => el.dispatchEvent(new FakeEvent(type, init));

/** Focus moves to `el`: focusout (with where it goes) on the old one first. */
function moveFocus(el) {
  const from = doc.activeElement;
  if (from === el) return;
  if (from && from !== doc.body) fire(from, 'focusout', { relatedTarget: el });
  el.focus();
}

/** A radio takes its answer: checked, then click, input, change. A radio
 *  already checked fires only the click: nothing changed. */
function activate(el) {
  if (el.checked) fire(el, 'click');
  else el.click();
}

/** The mouse: pointerdown, mousedown, focus, then the click. */
function mouse(n, value) {
  const el = radio(n, value);
  fire(el, 'pointerdown');
  fire(el, 'mousedown');
  moveFocus(el);
  activate(el);
}

/** An arrow key in a radio group: keydown on the focused radio, focus moves
 *  to the next one, which is chosen on the way (click, change). */
function arrow(n, toValue, key = 'ArrowDown') {
  const from = doc.activeElement;
  fire(from, 'keydown', { key });
  const to = radio(n, toValue);
  moveFocus(to);
  activate(to);
}

/** Space on the focused radio: keydown, then (as the key comes up) its click. */
function space() {
  const el = doc.activeElement;
  fire(el, 'keydown', { key: ' ' });
  activate(el);
}

/** Tab onto a radio (no answer is chosen by it). */
function tabTo(n, value) {
  const el = radio(n, value);
  const from = doc.activeElement;
  if (from && from !== doc.body) fire(from, 'keydown', { key: 'Tab' });
  moveFocus(el);
}

// --- Words and numbers -----------------------------------------------------------------

describe('measures: answers and what is left', () => {
  it('keeps exactly as many answers as questions, each 0..3 or null', () => {
    assert.deepEqual(normalizeAnswers([1, '2', 7, -1, null, 3], 7), [1, 2, null, null, null, 3, null]);
    assert.deepEqual(normalizeAnswers(undefined, 3), [null, null, null]);
    assert.equal(toAnswer('0'), 0);
    assert.equal(toAnswer(''), null);
    assert.equal(toAnswer(1.5), null);
  });

  it('lists the questions still open, numbered from 1', () => {
    assert.deepEqual(unansweredItems([0, null, 2, null, 3]), [2, 4]);
    assert.deepEqual(unansweredItems([0, 0]), []);
    assert.equal(progressLine([0, null, 2]), '2 of 3 answered');
    assert.equal(listNumbers([3]), '3');
    assert.equal(listNumbers([2, 5, 9]), '2, 5 and 9');
  });

  it('says kindly what is left, and that the answers are kept', () => {
    assert.equal(leftLine([7], 9), 'Question 7 is still waiting for an answer. Your answers so far are kept as a draft — finish any time.');
    assert.equal(leftLine([2, 5, 9], 9),
      'Questions 2, 5 and 9 are still waiting for an answer. Your answers so far are kept as a draft — finish any time.');
    assert.match(leftLine([1, 2, 3], 3), /^Nothing is answered yet/);
    assert.equal(leftLine([], 9), '');
  });
});

describe('measures: PHQ-9 question 9', () => {
  it('opens the safety plan for any new or higher answer above 0, on the PHQ-9 only', () => {
    assert.equal(opensSafetyPlan('phq9', null, 1), true, 'first answer above 0');
    assert.equal(opensSafetyPlan('phq9', 0, 1), true, 'from "Not at all"');
    assert.equal(opensSafetyPlan('phq9', 1, 3), true, 'higher');
    assert.equal(opensSafetyPlan('phq9', 3, 2), false, 'lower: it was offered for the higher one');
    assert.equal(opensSafetyPlan('phq9', 2, 2), false, 'the same');
    assert.equal(opensSafetyPlan('phq9', 2, 0), false);
    assert.equal(opensSafetyPlan('phq9', null, 0), false);
    assert.equal(opensSafetyPlan('phq9', null, null), false);
    assert.equal(opensSafetyPlan('gad7', null, 3), false);
  });
});

describe('measures: how a score is said', () => {
  it('words a change as plain numbers', () => {
    assert.equal(changeWords(-3, 'last time'), '3 points lower than last time');
    assert.equal(changeWords(1, 'your first one'), '1 point higher than your first one');
    assert.equal(changeWords(0, 'last time'), 'the same as last time');
    assert.equal(changeWords(null, 'last time'), '');
  });

  it('compares with last time, and with the first from the third on', () => {
    assert.equal(changeLine(null, 0), '');
    assert.match(changeLine({ baseline: 12, latest: 12, sinceFirst: 0, sinceLast: null }, 1), /^This is your first one/);
    assert.equal(changeLine({ baseline: 12, latest: 9, sinceFirst: -3, sinceLast: -3 }, 2), '3 points lower than last time.');
    assert.equal(changeLine({ baseline: 12, latest: 8, sinceFirst: -4, sinceLast: 2 }, 3),
      '2 points higher than last time; 4 points lower than your first one.');
  });

  it('names only what the backend found: response and remission from a clinical first score, reliable change', () => {
    // Each MeasureChange below is what measures::change_of sends for two
    // results, worked out by hand from its rules: clinical first score
    // PHQ-9 ≥ 10 / GAD-7 ≥ 8; response = latest × 2 ≤ first (from a clinical
    // first score); remission = PHQ-9 latest < 5 (from a clinical first
    // score; null on the GAD-7); reliable = a change since the first of
    // at least 6 (PHQ-9) / 4 (GAD-7).
    const words = (change) => progressLines(change).join(' ');

    // PHQ-9 6 → 3: 6 < 10, not clinical, so no response (3 × 2 = 6 would
    // halve) and no remission (3 < 5); −3 is short of 6: not reliable.
    const phq6to3 = {
      baseline: 6, latest: 3, sinceFirst: -3, sinceLast: -3,
      baselineClinical: false, response: false, remission: null, reliable: null,
    };
    assert.deepEqual(progressLines(phq6to3), []);
    assert.doesNotMatch(words(phq6to3), /remission|response/);
    // Even a field that said otherwise is not named from a non-clinical start.
    assert.deepEqual(progressLines({ ...phq6to3, response: true, remission: true }), []);

    // PHQ-9 12 → 6: 12 ≥ 10, clinical; 6 × 2 = 12 ≤ 12: response; 6 is not
    // < 5: no remission; −6 reaches 6: reliable improvement.
    const phq12to6 = {
      baseline: 12, latest: 6, sinceFirst: -6, sinceLast: -6,
      baselineClinical: true, response: true, remission: false, reliable: 'improvement',
    };
    assert.match(words(phq12to6), /called a response/);
    assert.doesNotMatch(words(phq12to6), /remission/);
    assert.match(words(phq12to6), /more than day-to-day ups and downs — a reliable improvement\./);

    // PHQ-9 12 → 4: clinical; 4 × 2 = 8 ≤ 12: response; 4 < 5: remission;
    // −8: reliable improvement.
    const phq12to4 = {
      baseline: 12, latest: 4, sinceFirst: -8, sinceLast: -8,
      baselineClinical: true, response: true, remission: true, reliable: 'improvement',
    };
    assert.deepEqual(progressLines(phq12to4), [
      'Since your first one, that’s a big enough change to be more than day-to-day ups and downs — '
        + 'a reliable improvement.',
      'Your score is half or less of your first one — in treatment research this is called a response.',
      'It is under 5 — the range clinicians call remission.',
    ]);

    // GAD-7 8 → 4: 8 ≥ 8, clinical; 4 × 2 = 8 ≤ 8: response; remission is
    // null on the GAD-7; −4 reaches 4: reliable improvement.
    const gad8to4 = {
      baseline: 8, latest: 4, sinceFirst: -4, sinceLast: -4,
      baselineClinical: true, response: true, remission: null, reliable: 'improvement',
    };
    assert.match(words(gad8to4), /called a response/);
    assert.match(words(gad8to4), /a reliable improvement/);
    assert.doesNotMatch(words(gad8to4), /remission/);

    // GAD-7 7 → 3: 7 < 8, not clinical: no response although 3 × 2 ≤ 7;
    // −4 reaches 4, and reliable change counts from any first score.
    const gad7to3 = {
      baseline: 7, latest: 3, sinceFirst: -4, sinceLast: -4,
      baselineClinical: false, response: false, remission: null, reliable: 'improvement',
    };
    assert.doesNotMatch(words(gad7to3), /response|remission/);
    assert.match(words(gad7to3), /a reliable improvement/);

    // PHQ-9 10 → 16: clinical; 16 × 2 > 10: no response; 16 is not < 5: no
    // remission; +6 reaches 6: reliable deterioration, said calmly.
    const phq10to16 = {
      baseline: 10, latest: 16, sinceFirst: 6, sinceLast: 6,
      baselineClinical: true, response: false, remission: false, reliable: 'deterioration',
    };
    assert.deepEqual(progressLines(phq10to16), [
      'Since your first one, that’s a rise big enough to be more than day-to-day ups and downs — '
        + 'worth mentioning to your therapist.',
    ]);
    assert.doesNotMatch(words(phq10to16), /worse|warning|alarm|!/);

    // The chart's sentence says the same, from the same fields.
    assert.equal(progressSummary(phq12to4), 'Since your first one: a reliable improvement, a response and remission.');
    assert.equal(progressSummary(phq10to16), 'Since your first one: a reliable rise.');
    assert.equal(progressSummary(phq6to3), '');
    assert.equal(progressSummary(gad7to3), 'Since your first one: a reliable improvement.');
    assert.deepEqual(progressLines(null), []);
    assert.deepEqual(progressLines(changeOf([{ score: 14 }, { score: 4 }])), [],
      'the fallback has only the numbers: nothing is named from them');
  });

  it('reads a band in its own plain words, with its range', () => {
    assert.equal(bandWords({ key: 'mild', label: 'Mild: some signs of low mood', range: '5–9' }),
      'Mild: some signs of low mood (5–9).');
    assert.equal(bandWords(null), '');
    assert.equal(bandName('Moderately severe: low mood has been weighing on you a lot'), 'Moderately severe');
    assert.equal(bandFor(PHQ9_BANDS, 5).key, 'mild');
    assert.equal(bandFor(PHQ9_BANDS, 27).key, 'severe');
  });

  it('works out the change itself when the history can’t be read again', () => {
    assert.deepEqual(changeOf([{ score: 12 }, { score: 9 }, { score: 7 }]),
      { baseline: 12, latest: 7, sinceFirst: -5, sinceLast: -2 });
    assert.equal(changeOf([{ score: 5 }]).sinceLast, null);
    assert.equal(changeOf([]), null);
  });

  it('notes a draft with how far it got', () => {
    assert.equal(draftLine({ at: '2026-11-24T19:00:00+01:00', answers: [1, 2, null, null, 0, null, null, null, null] }, 9),
      'You started one on 24 Nov — 3 of 9 answered.');
    assert.equal(draftLine(null, 9), '');
  });
});

describe('measures: the history chart’s geometry', () => {
  const plotBottom = LINE_BOX.height - LINE_BOX.bottom;

  it('tiles the chart with one stripe per band, half a point past each end', () => {
    const stripes = bandStripes(PHQ9_BANDS, { max: 27 });
    assert.equal(stripes.length, 5);
    assert.deepEqual(stripes.map((s) => s.label), ['Minimal', 'Mild', 'Moderate', 'Moderately severe', 'Severe']);
    // The lowest band sits on the baseline, the highest reaches the top.
    assert.equal(Math.round(stripes[0].y + stripes[0].height), plotBottom);
    assert.equal(stripes[4].y, LINE_BOX.top);
    // No gap and no overlap between neighbours.
    for (let i = 1; i < stripes.length; i += 1) {
      assert.ok(Math.abs(stripes[i].y + stripes[i].height - stripes[i - 1].y) <= 0.1, `stripe ${i} meets ${i - 1}`);
    }
    // 0–4 runs from 0 to 4.5 points; 5–9 from 4.5 to 9.5 (five points).
    const perPoint = (plotBottom - LINE_BOX.top) / 27;
    assert.ok(Math.abs(stripes[0].height - 4.5 * perPoint) <= 0.1);
    assert.ok(Math.abs(stripes[1].height - 5 * perPoint) <= 0.1);
    assert.deepEqual(stripes.map((s) => s.index), [0, 1, 2, 3, 4]);
    assert.ok(stripes.every((s) => s.x === LINE_BOX.left && s.width === LINE_BOX.width - LINE_BOX.right - LINE_BOX.left));
  });

  it('says when a stripe is too thin for its label, and copes with nothing', () => {
    assert.ok(bandStripes(GAD7_BANDS, { max: 21 }).every((s) => s.labelFits));
    const thin = bandStripes([{ key: 'a', label: 'A', from: 0, to: 0 }, { key: 'b', label: 'B', from: 1, to: 100 }], { max: 101 });
    assert.equal(thin[0].labelFits, false);
    assert.deepEqual(bandStripes(null), []);
  });

  it('places results by time and names the chart in a sentence', () => {
    const results = [
      result({ id: 1, at: '2026-11-03T19:00:00+01:00', answers: answersFor(12) }),
      result({ id: 2, at: '2026-11-10T19:00:00+01:00', answers: answersFor(8) }),
    ];
    const points = historyPoints(results);
    assert.deepEqual(points.map((p) => [p.value, p.label]), [[12, '3 Nov'], [8, '10 Nov']]);
    assert.equal(points[1].x - points[0].x, 7);
    assert.equal(historySentence('PHQ-9', results, 27),
      'Your PHQ-9 scores over time, 2 results, on a scale of 0 to 27 with the score bands shaded. Latest: 8, on 10 Nov.');
    assert.equal(historySentence('GAD-7', [], 21), 'No GAD-7 results yet.');
  });
});

// --- The list -----------------------------------------------------------------------------

describe('measures: the list', () => {
  const threeResults = [
    result({ id: 1, at: '2026-10-27T19:00:00+01:00', answers: answersFor(14) }),
    result({ id: 2, at: '2026-11-10T19:00:00+01:00', answers: answersFor(9) }),
    result({ id: 3, at: '2026-11-24T19:00:00+01:00', answers: answersFor(6) }),
  ];
  const withHistory = {
    phq9: {
      results: threeResults,
      // 14 → 9 → 6, worked out by hand: 14 ≥ 10 is clinical; 6 × 2 = 12 ≤ 14 is
      // a response; 6 is not under 5, so no remission; −8 since the first
      // reaches 6: a reliable improvement.
      change: {
        baseline: 14, latest: 6, sinceFirst: -8, sinceLast: -3,
        baselineClinical: true, response: true, remission: false, reliable: 'improvement',
      },
    },
    gad7: {
      draft: result({ id: 9, measure: 'gad7', at: '2026-11-25T10:00:00+01:00', answers: [1, 2, null, null, null, null, null] }),
    },
  };

  it('shows each questionnaire: latest score, change, response, chart and a way to take it', async () => {
    const title = await show(listView, { view: 'measures' }, backend({ history: withHistory }));
    assert.equal(title, 'Check-in questionnaires');
    assert.equal($('h1').textContent, 'Check-in questionnaires');
    assert.match($('.lede').textContent, /stay on this computer/);

    const phq = $('#measure-card-phq9');
    assert.equal(phq.querySelector('h2').textContent, 'Patient Health Questionnaire (PHQ-9)');
    assert.equal(phq.querySelector('.measure-why').textContent, 'Nine questions about the last two weeks.');
    assert.equal($('#phq9-latest').textContent, 'Latest, Tue 24 Nov: 6 out of 27 · Mild: some signs of low mood (5–9).');
    assert.equal($('#phq9-change').textContent, '3 points lower than last time; 8 points lower than your first one.');
    assert.deepEqual(phq.querySelectorAll('.measure-progress').map((p) => p.textContent), [
      'Since your first one, that’s a big enough change to be more than day-to-day ups and downs — '
        + 'a reliable improvement.',
      'Your score is half or less of your first one — in treatment research this is called a response.',
    ], 'no remission at 6');
    assert.equal($('#take-phq9').getAttribute('href'), '#measures/phq9');
    assert.equal($('#take-phq9').textContent, 'Take the PHQ-9 again');

    const chart = $('#phq9-history');
    assert.equal(chart.localName, 'svg');
    assert.equal(chart.getAttribute('role'), 'img');
    assert.match(chart.getAttribute('aria-label'), /^Your PHQ-9 scores over time, 3 results/);
    assert.match(chart.getAttribute('aria-label'), /Since your first one: a reliable improvement and a response\.$/,
      'the chart reads the same fields as the card');
    assert.equal(chart.querySelectorAll('rect.band-stripe').length, 5);
    assert.equal(chart.querySelectorAll('circle.chart-dot').length, 3);
    assert.equal(chart.children[1].getAttribute('class'), 'band-stripes', 'the stripes sit behind the line');
    for (const node of [chart, ...chart.descendants()]) {
      for (const attr of ['fill', 'stroke', 'style', 'color']) assert.equal(node.getAttribute(attr), null, `${node.localName} ${attr}`);
    }
    const table = phq.querySelector('table');
    assert.ok(table.classList.contains('visually-hidden'));
    assert.deepEqual(table.querySelector('tbody').children.map((tr) => tr.children.map((c) => c.textContent)), [
      ['Tue 27 Oct', '14 out of 27', 'Moderate: low mood has been weighing on you (10–14).'],
      ['Tue 10 Nov', '9 out of 27', 'Mild: some signs of low mood (5–9).'],
      ['Tue 24 Nov', '6 out of 27', 'Mild: some signs of low mood (5–9).'],
    ].map((row) => row.map((c, i) => (i === 0 ? c.replace(/ 20\d\d$/, '') : c))));
  });

  it('offers to continue a draft, and says when one was never taken', async () => {
    await show(listView, { view: 'measures' }, backend({ history: withHistory }));
    assert.equal($('#take-gad7').textContent, 'Continue where you left off');
    assert.equal($('#take-gad7').getAttribute('href'), '#measures/gad7');
    assert.equal($('#gad7-draft').textContent, 'You started one on 25 Nov — 2 of 7 answered.');
    assert.match($('#gad7-none').textContent, /^Not taken yet/);
    assert.equal($('#gad7-history'), null, 'no chart without a result');
  });

  it('deletes a result, with Undo', async () => {
    await show(listView, { view: 'measures' }, backend({ history: withHistory }));
    $('#measure-delete-2').click();
    await settle();
    assert.deepEqual(calls.find((c) => c.cmd === 'delete_measure').args, { id: 2 });
    assert.ok(navigated.includes('refresh'));
    assert.match($('#toast').textContent, /is deleted/);
    $('#measure-undo-delete').click();
    await settle();
    assert.deepEqual(calls.find((c) => c.cmd === 'restore_measure').args, { id: 2 });
  });

  it('keeps the other questionnaire when one history can’t be read', async () => {
    const handlers = backend({ history: withHistory });
    const history = handlers.get_measure_history;
    handlers.get_measure_history = (args) => {
      if (args.measure === 'gad7') throw { kind: 'storage', message: 'The GAD-7 couldn’t load.' };
      return history(args);
    };
    await show(listView, { view: 'measures' }, handlers);
    assert.ok($('#phq9-history'));
    assert.equal($('#measure-card-gad7 [role="alert"] p').textContent, 'The GAD-7 couldn’t load.');
    assert.ok($('#take-gad7'), 'it can still be taken');
  });
});

// --- The questionnaire --------------------------------------------------------------------

describe('measures: the questionnaire', () => {
  it('shows every question in its published words, as radio groups, with the attribution', async () => {
    const title = await show(formView, { view: 'measure', measure: 'phq9' }, backend());
    assert.equal(title, 'PHQ-9');
    assert.equal($('h1').textContent, 'Patient Health Questionnaire (PHQ-9)');
    assert.equal($('#measure-form').dataset.measure, 'phq9');
    assert.equal($('#measure-stem').textContent, FORMS[0].stem);
    const groups = $$('fieldset.measure-item');
    assert.equal(groups.length, 10, 'nine questions and the difficulty question');
    PHQ9_ITEMS.forEach((text, i) => {
      const group = $(`#item-${i + 1}`);
      assert.equal(group.getAttribute('role'), 'radiogroup');
      assert.equal(group.querySelector('legend').textContent, text);
      const radios = group.querySelectorAll('input');
      assert.deepEqual(radios.map((r) => [r.getAttribute('name'), r.value, r.type]),
        [0, 1, 2, 3].map((v) => [`item-${i + 1}`, String(v), 'radio']));
      assert.deepEqual(group.querySelectorAll('label').map((l) => l.textContent), OPTIONS.map((o) => o.label));
    });
    assert.equal($('#measure-difficulty legend').textContent, DIFFICULTY.question);
    assert.equal($$('input[name="difficulty"]').length, 4);
    assert.equal($('#measure-attribution').textContent, ATTRIBUTION);
    assert.equal($('#measure-submit').textContent, 'See my score');
    assert.equal($('#measure-status').getAttribute('role'), 'status');
    assert.equal($('#measure-progress').textContent, '0 of 9 answered');
  });

  it('keeps a draft after every answer, nulls where unanswered, on one id', async () => {
    await show(formView, { view: 'measure', measure: 'phq9' }, backend());
    choose(1, 2);
    await settle();
    choose(3, 0);
    await settle();
    $('input[name="difficulty"][value="1"]').click();
    await settle();
    assert.deepEqual(saves(), [
      { id: null, measure: 'phq9', answers: [2, null, null, null, null, null, null, null, null], difficulty: null },
      { id: 40, measure: 'phq9', answers: [2, null, 0, null, null, null, null, null, null], difficulty: null },
      { id: 40, measure: 'phq9', answers: [2, null, 0, null, null, null, null, null, null], difficulty: 1 },
    ]);
    assert.equal($('#measure-status').textContent, 'Kept as a draft — finish any time.');
    assert.equal($('#measure-progress').textContent, '2 of 9 answered');
    assert.deepEqual(navigated, []);
  });

  it('keeps quick answers in order, on one draft', async () => {
    await show(formView, { view: 'measure', measure: 'gad7' }, backend());
    choose(1, 1);
    choose(2, 2); // before the first save has answered
    await settle();
    assert.deepEqual(saves().map((s) => s.id), [null, 40]);
    assert.deepEqual(saves()[1].answers, [1, 2, null, null, null, null, null]);
  });

  it('says kindly which questions are left, and keeps it a draft', async () => {
    await show(formView, { view: 'measure', measure: 'gad7' }, backend());
    for (const n of [1, 2, 4, 5, 6]) choose(n, 1);
    await settle();
    const before = saves().length;
    $('#measure-submit').click();
    await settle();
    const left = $('#measure-left');
    assert.equal(left.hidden, false);
    assert.equal(left.querySelector('p').textContent,
      'Questions 3 and 7 are still waiting for an answer. Your answers so far are kept as a draft — finish any time.');
    assert.ok(!left.classList.contains('error') && !left.classList.contains('notice-attention'), 'no error styling');
    assert.equal(doc.activeElement, left);
    assert.equal($('#measure-result').hidden, true, 'no score for a draft');
    assert.equal(saves().length, before, 'nothing more to save: it was kept as it was answered');
    assert.equal(saves().at(-1).answers[2], null);
    // Answering one shrinks the list at once.
    choose(3, 0);
    assert.match(left.querySelector('p').textContent, /^Question 7 is still waiting/);
    left.querySelector('button').click();
    assert.equal(doc.activeElement, $('input[name="item-7"]'));
  });

  it('opens the safety plan the moment question 9 is answered above 0', async () => {
    await show(formView, { view: 'measure', measure: 'phq9' }, backend());
    choose(1, 1);
    await settle();
    choose(9, 1);
    assert.deepEqual(navigated, [SAFETY_FROM_PHQ9], 'at once, before any save answers');
    assert.equal(SAFETY_FROM_PHQ9, '#safety-plan?from=phq9');
    await settle();
    const last = saves().at(-1);
    assert.deepEqual(last.answers, [1, null, null, null, null, null, null, null, 1], 'the answers are kept as a draft');
    assert.equal(last.id, 40);
    assert.equal($('#item9-support').hidden, false);
    assert.equal($('#item9-safety-plan').getAttribute('href'), '#safety-plan?from=phq9');
  });

  // Every way of answering question 9 above "Not at all" opens the plan
  // at once, whatever was pressed or clicked before.
  it('opens it for a mouse click, the whole event sequence', async () => {
    await show(formView, { view: 'measure', measure: 'phq9' }, backend());
    mouse(8, 0);
    await settle();
    mouse(9, 1);
    assert.deepEqual(navigated, [SAFETY_FROM_PHQ9]);
  });

  it('opens it for a click after arrow keys were used on another question', async () => {
    // A click doesn't always come with a pointerdown: a screen reader's
    // "press", voice control, WebKit's own synthetic clicks. An arrow key
    // earlier in the form must not turn such a click into a keyboard answer
    // that waits for focus to leave the question.
    await show(formView, { view: 'measure', measure: 'phq9' }, backend());
    tabTo(1, 0);
    arrow(1, 1);
    await settle();
    choose(9, 1); // a click with no pointerdown before it
    assert.deepEqual(navigated, [SAFETY_FROM_PHQ9]);
  });

  it('opens it at once for the arrow keys, without waiting for focus to leave', async () => {
    await show(formView, { view: 'measure', measure: 'phq9' }, backend());
    tabTo(9, 0); // Tab lands on "Not at all" and chooses nothing
    assert.deepEqual(navigated, []);
    arrow(9, 1); // ArrowDown: "Several days"
    assert.deepEqual(navigated, [SAFETY_FROM_PHQ9], 'while focus is still on question 9');
    await settle();
    assert.equal(saves().at(-1).answers[8], 1, 'and the answer is kept');
  });

  it('opens it at once for the space bar', async () => {
    await show(formView, { view: 'measure', measure: 'phq9' }, backend());
    tabTo(9, 0);
    moveFocus(radio(9, 2)); // e.g. a screen reader's cursor on "More than half the days"
    space();
    assert.deepEqual(navigated, [SAFETY_FROM_PHQ9]);
  });

  it('opens it when an answer changes from "Not at all" to above it — by mouse or keyboard', async () => {
    await show(formView, { view: 'measure', measure: 'phq9' }, backend());
    mouse(9, 0);
    await settle();
    assert.deepEqual(navigated, []);
    mouse(9, 2);
    assert.deepEqual(navigated, [SAFETY_FROM_PHQ9], 'by mouse');

    await show(formView, { view: 'measure', measure: 'phq9' }, backend());
    tabTo(9, 0);
    space(); // "Not at all"
    await settle();
    assert.deepEqual(navigated, []);
    arrow(9, 1);
    assert.deepEqual(navigated, [SAFETY_FROM_PHQ9], 'by keyboard');
  });

  it('opens it again for a higher answer, never for a lower one on the way back to 0', async () => {
    const draft = result({ id: 12, answers: [1, 0, 0, 0, 0, 0, 0, 0, 1] }); // back from the plan
    await show(formView, { view: 'measure', measure: 'phq9' }, backend({ history: { phq9: { draft } } }));
    assert.equal($('#item9-support').hidden, false, 'the calm note shows with the restored answer');
    assert.deepEqual(navigated, [], 'coming back to the questionnaire doesn’t send you away again');
    tabTo(9, 1);
    arrow(9, 2);
    assert.deepEqual(navigated, [SAFETY_FROM_PHQ9], 'a higher answer: the plan again');
    await show(formView, { view: 'measure', measure: 'phq9' },
      backend({ history: { phq9: { draft: result({ id: 12, answers: [1, 0, 0, 0, 0, 0, 0, 0, 3] }) } } }));
    tabTo(9, 3);
    arrow(9, 2, 'ArrowUp');
    arrow(9, 1, 'ArrowUp');
    arrow(9, 0, 'ArrowUp');
    assert.deepEqual(navigated, [], 'walking down to "Not at all" is never interrupted');
    assert.equal($('#item9-support').hidden, true);
  });

  it('does not open it for "Not at all" on question 9, nor on the GAD-7', async () => {
    await show(formView, { view: 'measure', measure: 'phq9' }, backend());
    choose(9, 0);
    await settle();
    assert.deepEqual(navigated, []);
    assert.equal($('#item9-support').hidden, true);
    await show(formView, { view: 'measure', measure: 'gad7' }, backend());
    choose(7, 3);
    await settle();
    assert.deepEqual(navigated, []);
    assert.equal($('#item9-support'), null);
  });

  it('continues a draft where it was left, and can start fresh', async () => {
    const draft = result({ id: 12, measure: 'gad7', answers: [1, 2, null, 0, null, null, null], difficulty: 2 });
    await show(formView, { view: 'measure', measure: 'gad7' }, backend({ history: { gad7: { draft } } }));
    assert.equal($('#measure-draft-restored').hidden, false);
    assert.equal($('input[name="item-2"][value="2"]').checked, true);
    assert.equal($('input[name="item-3"][value="0"]').checked, false);
    assert.equal($('input[name="difficulty"][value="2"]').checked, true);
    assert.equal($('#measure-progress').textContent, '3 of 7 answered');
    choose(3, 1);
    await settle();
    assert.deepEqual(saves().at(-1), { id: 12, measure: 'gad7', answers: [1, 2, 1, 0, null, null, null], difficulty: 2 });
    $('#measure-start-fresh').click();
    await settle();
    assert.deepEqual(calls.find((c) => c.cmd === 'delete_measure').args, { id: 12 });
    assert.equal($$('input:checked').length, 0);
    assert.equal($('#measure-draft-restored').hidden, true);
    choose(1, 3);
    await settle();
    assert.equal(saves().at(-1).id, null, 'a new draft after starting fresh');
  });

  it('shows the score, its band, what it means and how it moved', async () => {
    const earlier = result({ id: 3, measure: 'gad7', at: '2026-11-10T19:00:00+01:00', answers: [2, 2, 2, 1, 1, 1, 1] });
    const history = (measure, stored) => {
      const results = [earlier, ...stored.values()].filter((r) => r.complete);
      const latest = results.at(-1).score;
      return {
        results,
        // 10 → 5 on the GAD-7, as the backend says it: 10 ≥ 8 is clinical;
        // 5 × 2 = 10 ≤ 10 is a response; no remission on the GAD-7; −5
        // reaches 4: a reliable improvement.
        change: {
          baseline: 10, latest, sinceFirst: latest - 10, sinceLast: results.length > 1 ? latest - 10 : null,
          baselineClinical: true, response: latest === 5, remission: null, reliable: latest === 5 ? 'improvement' : null,
        },
      };
    };
    await show(formView, { view: 'measure', measure: 'gad7' }, backend({ history }));
    [1, 1, 1, 0, 1, 0, 1].forEach((v, i) => choose(i + 1, v));
    await settle();
    $('#measure-submit').click();
    await settle();
    const res = $('#measure-result');
    assert.equal(res.hidden, false);
    assert.equal($('#measure-score').textContent, '5 out of 21');
    assert.equal($('#measure-band').textContent, 'Mild: some signs of anxiety (5–9).');
    assert.match($('#measure-meaning').textContent, /^GAD-7 scores run from 0 to 21\. A lower number means/);
    assert.equal($('#measure-change').textContent, '5 points lower than last time.');
    assert.deepEqual(res.querySelectorAll('.measure-progress').map((p) => p.textContent.split(' — ')[1]),
      ['a reliable improvement.', 'in treatment research this is called a response.']);
    assert.equal($('#measure-done').getAttribute('href'), '#measures');
    assert.equal($('#measure-item9'), null);
    assert.equal(doc.activeElement, $('#measure-result-title'));
    assert.equal($('#measure-attribution').textContent, ATTRIBUTION, 'still shown under the questionnaire');
    const last = saves().at(-1);
    assert.equal(last.id, 40);
    assert.deepEqual(last.answers, [1, 1, 1, 0, 1, 0, 1]);
  });

  it('never shows a PHQ-9 score with question 9 above 0 as just a number', async () => {
    const plan = {
      sections: [], contacts: [], region: 'GB', updatedAt: null,
      crisisLines: [{ name: 'Samaritans', number: '116 123', note: 'Free, any time, day or night.' }],
    };
    await show(formView, { view: 'measure', measure: 'phq9' }, backend({ plan }));
    for (let n = 1; n <= 9; n += 1) choose(n, n === 9 ? 1 : 0);
    await settle();
    $('#measure-submit').click();
    await settle();
    assert.equal($('#measure-score').textContent, '1 out of 27');
    const card = $('#measure-item9');
    assert.ok(card, 'the safety card is part of the result');
    assert.match(card.textContent, /Samaritans 116 123/);
    assert.equal($('#measure-safety-plan').getAttribute('href'), '#safety-plan?from=phq9');
  });

  it('keeps the answers and says so when a save fails', async () => {
    const handlers = backend();
    handlers.save_measure = () => { throw { kind: 'storage', message: 'The disk is full.' }; };
    await show(formView, { view: 'measure', measure: 'gad7' }, handlers);
    choose(1, 2);
    await settle();
    assert.equal($('#measure-status').textContent, 'Your answers didn’t save just now — they’re still here. (The disk is full.)');
    assert.equal($('input[name="item-1"][value="2"]').checked, true);
  });
});
