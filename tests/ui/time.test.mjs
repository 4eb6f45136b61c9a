import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { FakeEvent, installDom, removeDom } from './fake-dom.mjs';

import {
  TIME_HINT, calendarDaysBetween, clockTime, dateToLocalInput, farDateCheck, formatDay, formatFriendly,
  formatOffset, greeting, hourOf, localInputToRfc3339, parseRfc3339, parseTypedTime, relativeDays,
  rfc3339ToLocalInput, typedTimeProblem,
} from '../../ui/lib/time.js';

describe('datetime-local <-> RFC 3339', () => {
  it('adds the given offset, with seconds', () => {
    assert.equal(localInputToRfc3339('2026-11-24T17:50', 60), '2026-11-24T17:50:00+01:00');
    assert.equal(localInputToRfc3339('2026-11-24T17:50', -330), '2026-11-24T17:50:00-05:30');
    assert.equal(localInputToRfc3339('2026-11-24T17:50', 0), '2026-11-24T17:50:00+00:00');
    assert.equal(localInputToRfc3339('2026-11-24T17:50:09', 345), '2026-11-24T17:50:09+05:45');
  });

  it('uses this computer\'s offset at that moment by default', () => {
    const text = localInputToRfc3339('2026-07-01T09:15');
    // Whatever zone the tests run in, it must name the same instant as the
    // local wall time the person typed.
    assert.equal(Date.parse(text), new Date(2026, 6, 1, 9, 15).getTime());
    assert.match(text, /^2026-07-01T09:15:00[+-]\d{2}:\d{2}$/);
  });

  it('reads empty or malformed values as null (the backend then uses now)', () => {
    for (const v of ['', null, undefined, '24/11/2026 17:50', '2026-11-24']) {
      assert.equal(localInputToRfc3339(v, 60), null);
    }
  });

  it('shows a stored time as the wall clock where it was written', () => {
    assert.equal(rfc3339ToLocalInput('2026-11-24T17:50:00+01:00'), '2026-11-24T17:50');
    assert.equal(rfc3339ToLocalInput('2026-11-24T08:05:30.123456789-08:00'), '2026-11-24T08:05');
    assert.equal(rfc3339ToLocalInput('2026-11-24T17:50:00Z'), '2026-11-24T17:50');
    assert.equal(rfc3339ToLocalInput('not a date'), '');
  });

  it('round-trips through the form with the offset kept', () => {
    for (const [text, offset] of [
      ['2026-11-24T17:50:00+01:00', 60],
      ['2026-03-29T01:30:00-05:30', -330],
      ['2026-01-01T00:00:00+00:00', 0],
      ['2025-12-31T23:59:00+14:00', 840],
    ]) {
      assert.equal(localInputToRfc3339(rfc3339ToLocalInput(text), offset), text);
    }
  });

  it('formats offsets', () => {
    assert.equal(formatOffset(0), '+00:00');
    assert.equal(formatOffset(-90), '-01:30');
    assert.equal(formatOffset(600), '+10:00');
  });

  it('parses offsets into minutes and the instant into epoch ms', () => {
    const p = parseRfc3339('2026-11-24T17:50:00-05:30');
    assert.equal(p.offsetMinutes, -330);
    assert.equal(p.epochMs, Date.parse('2026-11-24T23:20:00Z'));
    assert.equal(parseRfc3339('2026-11-24T17:50:00+0100').offsetMinutes, 60);
  });

  it('gives a Date as a datetime-local value in local time', () => {
    assert.equal(dateToLocalInput(new Date(2026, 10, 4, 7, 3)), '2026-11-04T07:03');
  });
});

describe('friendly formatting', () => {
  it('formats with weekday, day, month and 24-hour time', () => {
    assert.equal(formatFriendly('2026-11-24T17:50:00+01:00'), 'Tue 24 Nov, 17:50');
    assert.equal(formatDay('2026-11-24T17:50:00+01:00'), 'Tue 24 Nov');
  });

  it('uses the written wall clock, not UTC, for the weekday', () => {
    // 00:30 on Wednesday in UTC+2 is still Tuesday in UTC.
    assert.equal(formatFriendly('2026-11-25T00:30:00+02:00'), 'Wed 25 Nov, 00:30');
  });

  it('adds the year only when it is not this year', () => {
    assert.equal(formatDay('2025-12-30T10:00:00+01:00', 2026), 'Tue 30 Dec 2025');
    assert.equal(formatDay('2026-01-02T10:00:00+01:00', 2026), 'Fri 2 Jan');
  });

  it('gives clock times from strings and Dates', () => {
    assert.equal(clockTime('2026-11-24T07:05:00+01:00'), '07:05');
    assert.equal(clockTime(new Date(2026, 0, 1, 17, 52)), '17:52');
    assert.equal(clockTime(undefined), '');
  });
});

describe('relative days', () => {
  it('says today, yesterday, N days ago', () => {
    assert.equal(relativeDays(0), 'today');
    assert.equal(relativeDays(1), 'yesterday');
    assert.equal(relativeDays(4), '4 days ago');
    assert.equal(relativeDays(31), '31 days ago');
    assert.equal(relativeDays(-1), 'tomorrow');
    assert.equal(relativeDays(null), '');
  });

  it('counts calendar days on the calendar of now', () => {
    const now = '2026-11-28T08:00:00+01:00';
    assert.equal(calendarDaysBetween('2026-11-27T23:00:00+01:00', now), 1);
    assert.equal(calendarDaysBetween('2026-11-28T00:10:00+01:00', now), 0);
    assert.equal(calendarDaysBetween('2026-11-24T17:50:00+01:00', now), 4);
    // Written in New York at 20:00 on the 27th = 02:00 on the 28th here.
    assert.equal(calendarDaysBetween('2026-11-27T20:00:00-05:00', now), 0);
  });
});

describe('greeting', () => {
  it('greets by the hour', () => {
    const cases = [[0, 'Good evening'], [4, 'Good evening'], [5, 'Good morning'],
      [11, 'Good morning'], [12, 'Good afternoon'], [17, 'Good afternoon'],
      [18, 'Good evening'], [23, 'Good evening']];
    for (const [hour, words] of cases) assert.equal(greeting(hour), words, `hour ${hour}`);
  });

  it('reads the hour from the backend\'s now as written', () => {
    assert.equal(hourOf('2026-11-24T19:02:00-08:00'), 19);
    assert.equal(hourOf('garbage'), null);
  });
});

describe('times as people type them', () => {
  it('reads the common ways of writing a time as HH:MM', () => {
    const cases = {
      '17:00': '17:00', 1700: '17:00', '5pm': '17:00', '5 PM': '17:00', '5:30 pm': '17:30',
      '5.30 p.m.': '17:30', '17.00': '17:00', '930': '09:30', '0930': '09:30', 9: '09:00',
      '12am': '00:00', '12pm': '12:00', noon: '12:00', midnight: '00:00', '17h30': '17:30',
      '07:05:59': '07:05', '7:05': '07:05',
    };
    for (const [typed, time] of Object.entries(cases)) assert.equal(parseTypedTime(typed), time, typed);
  });

  it('turns down what is not a time, and says how to type one', () => {
    for (const typed of ['24:00', '1760', '13pm', '0am', 'soon', '12345', '', null]) {
      assert.equal(parseTypedTime(typed), null, String(typed));
    }
    assert.equal(typedTimeProblem('25:00'), `"25:00" doesn't read as a time. ${TIME_HINT}`);
    assert.equal(typedTimeProblem('1700'), '');
    assert.equal(typedTimeProblem('  '), '', 'an empty field is the form\'s call');
  });
});

describe('dates far from today', () => {
  /** What farDateCheck asks about `date` when today is 24 Nov 2026 ('' for nothing). */
  function asked(date) {
    const doc = installDom();
    try {
      const input = doc.createElement('input');
      input.id = 'd';
      const check = farDateCheck(input, { today: '2026-11-24' });
      doc.body.append(input, check.el);
      input.value = date;
      input.dispatchEvent(new FakeEvent('change'));
      return check.el.hidden ? '' : doc.body.querySelector('#d-far-question').textContent;
    } finally {
      removeDom();
    }
  }

  it('asks about a date more than two years away, in plain words', () => {
    assert.equal(asked('1901-05-01'), "That's 125 years ago — is 1901 right?");
    assert.equal(asked('2036-01-10'), "That's 9 years from now — is 2036 right?");
    assert.equal(asked('1901-05-01T10:00'), "That's 125 years ago — is 1901 right?");
  });

  it('leaves nearer dates, and unreadable ones, alone', () => {
    for (const date of ['2026-11-24', '2024-11-24', '2028-11-24', '2029-11-23', '', 'soon']) {
      assert.equal(asked(date), '', date);
    }
  });
});
