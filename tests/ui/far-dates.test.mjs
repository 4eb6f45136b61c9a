// #22: a date years away ("1901") is asked about before it is kept — in the
// moment's "when", the brief's range, and farDateCheck itself: a year typed
// digit by digit (WebKit sends `change` at every digit) isn't met with a
// question mid-word, and a date saved before isn't asked about again. The
// journal's filter dates wait for a whole year too, but ask nothing: a
// filter keeps nothing, and one that finds nothing already says so.

import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';

import { FakeEvent, installDom, installTauri, removeDom, removeTauri, settle } from './fake-dom.mjs';
import {
  dateToLocalInput, farDateCheck, localInputToRfc3339, yearBeingTyped,
} from '../../ui/lib/time.js';
import brief, { resetBriefState } from '../../ui/views/brief.js';
import journal, { resetJournalState } from '../../ui/views/journal.js';
import momentFlow from '../../ui/views/moment-flow.js';

let doc;
let calls;
const $ = (sel) => doc.body.querySelector(sel);
const callsOf = (cmd) => calls.filter((c) => c.cmd === cmd);
const ctx = () => ({ refresh: () => {}, navigate: () => {}, isCurrent: () => true });

/** Sets a field as a person would, ending with `change`. */
function set(sel, value) {
  const el = $(sel);
  el.value = value;
  el.dispatchEvent(new FakeEvent('input'));
  el.dispatchEvent(new FakeEvent('change'));
}

beforeEach(() => {
  doc = installDom();
});
afterEach(() => {
  removeDom();
  removeTauri();
});

/** A date field with its check, as a form makes them (today is 24 Nov 2026). */
function dateField(value = '', options = {}) {
  const input = doc.createElement('input');
  input.id = 'd';
  input.setAttribute('type', 'datetime-local');
  input.value = value;
  const check = farDateCheck(input, { today: '2026-11-24', ...options });
  doc.body.append(input, check.el);
  return { input, check };
}

const asked = () => ($('#d-far').hidden ? '' : $('#d-far-question').textContent);

/** What WebKit sends for each digit typed into the year of a focused field. */
function typeYear(input, digits, rest = '-11-24T09:30') {
  for (let i = 1; i <= digits.length; i += 1) {
    input.value = `${digits.slice(0, i).padStart(4, '0')}${rest}`;
    input.dispatchEvent(new FakeEvent('input'));
    input.dispatchEvent(new FakeEvent('change'));
    if (i < digits.length) assert.equal(asked(), '', `nothing asked at "${digits.slice(0, i)}"`);
  }
}

describe('farDateCheck and a year typed by keyboard', () => {
  it('asks nothing while the year is still being typed, and nothing about 2026', () => {
    const { input } = dateField();
    input.focus();
    typeYear(input, '2026');
    assert.equal(asked(), '');
  });

  it('asks about 1901 as soon as its four digits are in', () => {
    const { input } = dateField();
    input.focus();
    typeYear(input, '1901');
    assert.equal(asked(), "That's 125 years ago — is 1901 right?");
  });

  it('asks about a year left half typed once the field is left', () => {
    const { input } = dateField();
    input.focus();
    typeYear(input, '202');
    assert.equal(asked(), '');
    input.blur();
    assert.equal(asked(), "That's 1824 years ago — is 202 right?");
  });

  it('takes an open question away while a new year is typed over it', () => {
    const { input } = dateField();
    input.value = '1901-11-24T09:30';
    input.dispatchEvent(new FakeEvent('change'));
    assert.match(asked(), /is 1901 right\?$/);
    input.focus();
    typeYear(input, '2026');
    assert.equal(asked(), '');
  });

  it('tells a year being typed only in the field that has the keys', () => {
    const { input } = dateField('0202-11-24');
    assert.equal(yearBeingTyped(input), false, 'not focused: a year that is there');
    input.focus();
    assert.equal(yearBeingTyped(input), true);
    input.value = '2026-11-24';
    assert.equal(yearBeingTyped(input), false);
    input.value = '';
    assert.equal(yearBeingTyped(input), false);
  });
});

describe('farDateCheck and a date saved before', () => {
  it('doesn\'t ask about the date the field held when it was made', () => {
    const { input, check } = dateField('2019-05-01');
    assert.equal(check.needsAnswer(), false);
    assert.equal(check.ok(), true, 'a schedule begun years ago saves without a question');
    input.value = '1901-05-01';
    input.dispatchEvent(new FakeEvent('change'));
    assert.match(asked(), /is 1901 right\?$/);
    input.value = '2019-05-01';
    input.dispatchEvent(new FakeEvent('input'));
    assert.equal(asked(), '', 'back to the saved date');
  });

  it('takes the saved date later with keep(), and says when it would ask', () => {
    const { input, check } = dateField();
    input.value = '2019-05-01T10:00';
    assert.equal(check.needsAnswer(), true);
    check.keep('2019-05-01T10:00');
    assert.equal(check.needsAnswer(), false);
    assert.equal(check.ok(), true);
  });

  it('shows the question for a value filled by code with ask(), leaving focus where it is', () => {
    const { input, check } = dateField();
    input.value = '1901-05-01';
    check.ask();
    assert.match(asked(), /is 1901 right\?$/);
    assert.equal(doc.activeElement, doc.body);
  });

  it('tells the page when a far date is answered yes', () => {
    const keptDates = [];
    const { input } = dateField('', { onKeep: (value) => keptDates.push(value) });
    input.value = '1901-05-01';
    input.dispatchEvent(new FakeEvent('change'));
    $('#d-far-yes').click();
    assert.deepEqual(keptDates, ['1901-05-01']);
    assert.equal(asked(), '');
    assert.equal(doc.activeElement, input);
  });
});

describe('the moment\'s "when"', () => {
  async function openMoment(route = { id: null }, over = {}) {
    calls = installTauri({
      get_journal_vocabulary: () => ({ emotions: [], traps: [] }),
      recent_triggers: () => [],
      list_tags: () => [],
      get_draft: () => null,
      save_draft: ({ key, body }) => ({ key, body, updatedAt: '2026-11-28T14:07:00+01:00' }),
      create_moment: ({ input }) => ({ id: 42, ...input }),
      update_moment: ({ id, input }) => ({ id, ...input }),
      ...over,
    });
    const root = doc.createElement('div');
    await momentFlow.render(root, route, ctx());
    doc.body.append(root);
  }
  const step = () => $('#moment-flow').dataset.step;

  it('asks about a time in 1901, and Save on the last step goes back to ask before saving', async () => {
    await openMoment();
    $('#moment-situation').fill('on the bus');
    $('#moment-earlier').click();
    set('#moment-when', '1901-11-27T09:30');
    assert.equal($('#moment-when-far').hidden, false);
    assert.match($('#moment-when-far-question').textContent, /^That's 1\d\d years ago — is 1901 right\?$/);
    for (let i = 0; i < 9; i += 1) $('#moment-next').click();
    assert.equal(step(), '10');
    $('#moment-save').click();
    await settle();
    assert.equal(callsOf('create_moment').length, 0, 'nothing is saved until it is answered');
    assert.equal(step(), '1', 'back where the time was typed');
    assert.equal($('#moment-when-far').hidden, false);
    assert.equal(doc.activeElement, $('#moment-when-far-yes'));
    $('#moment-when-far-yes').click();
    assert.equal($('#moment-when-far').hidden, true);
    assert.equal(doc.activeElement, $('#moment-when'));
    $('#moment-save').click();
    await settle();
    assert.equal(callsOf('create_moment')[0].args.input.occurredAt, localInputToRfc3339('1901-11-27T09:30'));
  });

  it('asks nothing once "It was just now" puts the time away', async () => {
    await openMoment();
    $('#moment-earlier').click();
    set('#moment-when', '1901-11-27T09:30');
    $('#moment-earlier').click(); // "It was just now"
    $('#moment-save').click();
    await settle();
    assert.equal(callsOf('create_moment')[0].args.input.occurredAt, null);
  });

  it('opens "It was earlier" again at now, with no question left over about 1901', async () => {
    await openMoment();
    $('#moment-earlier').click();
    $('#moment-when').focus();
    set('#moment-when', '1901-11-27T09:30');
    $('#moment-earlier').focus(); // leaving the field asks again
    $('#moment-earlier').click(); // "It was just now"
    $('#moment-earlier').click(); // "It was earlier" again
    assert.notEqual($('#moment-when').value.slice(0, 4), '1901');
    assert.equal($('#moment-when-far').hidden, true);
  });

  it('saves an edit of a moment from years ago without asking about its own time', async () => {
    const MOMENT = {
      id: 7, occurredAt: '2019-03-02T09:15:00+01:00', situation: 'the old flat', emotions: [], body: '',
      selfTalk: '', traps: [], did: '', friend: '', starred: false, private: false, tags: [],
    };
    await openMoment({ id: 7 }, { get_moment: () => MOMENT });
    assert.equal($('#moment-when').value, '2019-03-02T09:15');
    assert.equal($('#moment-when-far').hidden, true);
    $('#moment-situation').fill('the old flat, the night of the storm');
    $('#moment-save').click();
    await settle();
    assert.equal(callsOf('update_moment')[0].args.input.occurredAt, MOMENT.occurredAt);
  });
});

describe('the brief\'s days', () => {
  const today = dateToLocalInput(new Date()).slice(0, 10);
  const daysAgo = (n) => dateToLocalInput(new Date(Date.now() - n * 86_400_000)).slice(0, 10);

  /** Briefs for any range; with no start asked for, from `lastSession`. */
  function backend(lastSession = daysAgo(7)) {
    const make = (query) => ({
      from: query.since ?? lastSession, until: query.until ?? today, sinceLastSession: query.since === null,
      privateLeftOut: 0, removed: [], ownWords: '',
      mood: { checkins: [], phq9: null, gad7: null, flags: [] }, bridge: null,
      agenda: { starred: [], items: [] }, homework: [],
      patterns: { triggers: [], emotions: [], traps: [], examples: [] },
    });
    return { get_brief: ({ query }) => make(query), save_brief_prep: ({ query }) => make(query) };
  }
  const briefs = () => callsOf('get_brief').map((c) => c.args.query);

  async function draw(root = doc.createElement('div')) {
    await brief.render(root, { view: 'brief', place: 'brief' }, ctx());
    doc.body.replaceChildren(doc.getElementById('toast'), root);
    await settle();
  }
  async function showBrief(handlers = backend()) {
    calls = installTauri(handlers);
    await draw();
  }

  beforeEach(() => resetBriefState());

  it('asks about a start in 1901 before making the brief for it, keeping the one in view', async () => {
    await showBrief();
    const line = $('#brief-range-line').textContent;
    set('#brief-since', '1901-11-24');
    await settle();
    assert.equal(briefs().length, 1, 'no brief is made for 1901 yet');
    assert.equal($('#brief-since-far').hidden, false);
    assert.match($('#brief-since-far-question').textContent, /^That's 1\d\d years ago — is 1901 right\?$/);
    assert.equal($('#brief-range-line').textContent, line);
    $('#brief-since-far-yes').click();
    await settle();
    assert.deepEqual(briefs().at(-1), { since: '1901-11-24', until: null, includePrivate: false });
    assert.equal($('#brief-since-far').hidden, true);
    assert.equal($('#brief-since').value, '1901-11-24');
    await draw(); // drawn again (another window wrote): an answered date isn't asked again
    assert.equal($('#brief-since-far').hidden, true);
  });

  it('keeps an unanswered far day, and its question, through a redraw; "Since my last session" lets it go', async () => {
    await showBrief();
    set('#brief-until', '2062-01-10');
    await settle();
    assert.match($('#brief-until-far-question').textContent, /from now — is 2062 right\?$/);
    await draw();
    assert.equal($('#brief-until').value, '2062-01-10');
    assert.equal($('#brief-until-far').hidden, false);
    assert.equal(briefs().some((q) => q.until === '2062-01-10'), false);
    set('#brief-since', daysAgo(3)); // the other end loads; the far one still waits
    await settle();
    assert.deepEqual(briefs().at(-1), { since: daysAgo(3), until: null, includePrivate: false });
    assert.equal($('#brief-until').value, '2062-01-10');
    $('#brief-since-last-session').click();
    await settle();
    assert.deepEqual(briefs().at(-1), { since: null, until: null, includePrivate: false });
    assert.equal($('#brief-until').value, today);
    assert.equal($('#brief-until-far').hidden, true);
  });

  it('asks nothing about a last session years ago, the brief\'s own start', async () => {
    await showBrief(backend('2019-03-05'));
    assert.equal($('#brief-since').value, '2019-03-05');
    assert.equal($('#brief-since-far').hidden, true);
  });

  it('makes no brief for each digit of a year typed by keyboard, only for the whole date', async () => {
    await showBrief();
    const since = $('#brief-since');
    since.focus();
    const [year, rest] = [daysAgo(20).slice(0, 4), daysAgo(20).slice(4)];
    for (let i = 1; i <= 4; i += 1) set('#brief-since', `${year.slice(0, i).padStart(4, '0')}${rest}`);
    await settle();
    assert.deepEqual(briefs().slice(1).map((q) => q.since), [daysAgo(20)]);
    assert.equal($('#brief-since-far').hidden, true);
  });
});

describe('the journal\'s filter dates', () => {
  async function showJournal() {
    calls = installTauri({
      list_tags: () => [],
      get_timeline: () => ({ items: [], next: null }),
      search_journal: ({ query }) => ({ hits: [], query }),
    });
    resetJournalState();
    const root = doc.createElement('div');
    await journal.render(root, { search: '' }, ctx());
    doc.body.replaceChildren(doc.getElementById('toast'), root);
    await settle();
  }
  const untils = () => callsOf('get_timeline').slice(1).map((c) => c.args.query.until);

  it('waits for a whole year typed by keyboard before narrowing the timeline', async () => {
    await showJournal();
    $('#filter-until').focus();
    for (const year of ['0002', '0020', '0202', '2026']) set('#filter-until', `${year}-11-30`);
    await settle();
    assert.deepEqual(untils(), ['2026-11-30']);
  });

  it('takes a year left half typed when the field is left, and asks nothing about it', async () => {
    await showJournal();
    $('#filter-until').focus();
    set('#filter-until', '0002-11-30');
    set('#filter-until', '0019-11-30');
    await settle();
    assert.deepEqual(untils(), []);
    $('#filter-until').blur();
    await settle();
    assert.deepEqual(untils(), ['0019-11-30']);
    assert.equal($('#filter-until-far'), null, 'a filter keeps nothing, so nothing is asked');
    $('#filter-from').focus(); // leaving an unchanged field reloads nothing
    $('#filter-from').blur();
    await settle();
    assert.equal(untils().length, 1);
  });
});
