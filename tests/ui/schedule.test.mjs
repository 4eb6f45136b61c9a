// The schedule and reminder rules as data: the exact SessionSchedule and
// ReminderSettings the backend accepts, what the forms can say before
// asking it, and the calm words for sessions, pauses and what comes next.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import {
  emptyScheduleForm, everyOptions, formToSchedule, isoWeekday, moveStart, nextSession,
  nextSessionLine, previewLine, scheduleFormProblem, scheduleSummary, scheduleToForm, sessionNote,
  sessionWhen, untilWords, zoneOptions,
} from '../../ui/lib/schedule.js';
import {
  formToSettings, isPaused, nextReminderLine, pauseLine, settingsProblem, settingsToForm,
} from '../../ui/lib/reminders.js';

const SCHEDULE = {
  weekday: 2, time: '17:00', durationMinutes: 50, everyWeeks: 2, startDate: '2026-11-24',
  timeZone: 'Europe/London',
};

const session = (occurrence, start, end, status = 'scheduled') => ({ occurrence, start, end, status });

describe('schedule form', () => {
  it('round-trips a saved schedule exactly', () => {
    assert.deepEqual(formToSchedule(scheduleToForm(SCHEDULE)), SCHEDULE);
  });

  it('sends exactly the six keys, with numbers as numbers and time as HH:MM', () => {
    const s = formToSchedule({
      weekday: '5', time: '09:30:00', duration: ' 45 ', every: '3', startDate: '2027-01-08', timeZone: ' Asia/Tokyo ',
    });
    assert.deepEqual(s, {
      weekday: 5, time: '09:30', durationMinutes: 45, everyWeeks: 3, startDate: '2027-01-08', timeZone: 'Asia/Tokyo',
    });
  });

  it('starts a new schedule on today\'s weekday, 50 minutes, weekly, in this computer\'s zone', () => {
    assert.deepEqual(emptyScheduleForm('2026-11-29', 'America/Chicago'), {
      weekday: '7', time: '', duration: '50', every: '1', startDate: '2026-11-29', timeZone: 'America/Chicago',
    });
    assert.equal(isoWeekday('2026-11-23'), 1, 'a Monday is 1');
    assert.equal(isoWeekday('2026-11-24'), 2);
    assert.equal(isoWeekday('nope'), null);
  });

  it('names the first field that needs a choice, kindly', () => {
    const ok = scheduleToForm(SCHEDULE);
    assert.equal(scheduleFormProblem(ok), null);
    const cases = [
      [{ time: '' }, 'schedule-time'],
      [{ duration: '9' }, 'schedule-duration'],
      [{ duration: '241' }, 'schedule-duration'],
      [{ duration: 'fifty' }, 'schedule-duration'],
      [{ every: '0' }, 'schedule-every'],
      [{ startDate: '' }, 'schedule-start'],
      [{ timeZone: '  ' }, 'schedule-zone'],
      [{ weekday: '8' }, 'schedule-weekday'],
    ];
    for (const [change, field] of cases) {
      const problem = scheduleFormProblem({ ...ok, ...change });
      assert.equal(problem?.field, field, JSON.stringify(change));
      assert.doesNotMatch(problem.message, /invalid|error|must/i, 'says it kindly');
    }
    assert.equal(scheduleFormProblem({ ...ok, duration: '10' }), null);
    assert.equal(scheduleFormProblem({ ...ok, duration: '240' }), null);
  });

  it('offers every 1–4 weeks in words, and keeps a saved 6', () => {
    assert.deepEqual(everyOptions(1).map((o) => o.label),
      ['Every week', 'Every 2 weeks', 'Every 3 weeks', 'Every 4 weeks']);
    assert.deepEqual(everyOptions(6).map((o) => o.value), ['1', '2', '3', '4', '6']);
    assert.equal(everyOptions(9).length, 4, 'nothing beyond what the backend allows');
  });

  it('offers this computer\'s zone first and never twice', () => {
    const zones = zoneOptions('Europe/London');
    assert.equal(zones[0], 'Europe/London');
    assert.equal(zones.filter((z) => z === 'Europe/London').length, 1);
    assert.equal(zoneOptions('Antarctica/Troll')[0], 'Antarctica/Troll');
    assert.ok(!zoneOptions('').includes(''));
  });

  it('reads a time as typed, and datetime-local fields to minute precision', () => {
    const time = (typed) => formToSchedule({ ...scheduleToForm(SCHEDULE), time: typed }).time;
    assert.equal(time('07:05'), '07:05');
    assert.equal(time('07:05:59'), '07:05');
    assert.equal(time('7:05'), '07:05');
    assert.equal(time('1700'), '17:00');
    assert.equal(time('5pm'), '17:00');
    assert.equal(time('whenever'), '');
    assert.deepEqual(scheduleFormProblem({ ...scheduleToForm(SCHEDULE), time: 'whenever' }), {
      field: 'schedule-time', message: '"whenever" doesn\'t read as a time. Like 17:00, 1700 or 5pm.',
    });
    assert.equal(moveStart('2026-12-02T09:30'), '2026-12-02T09:30');
    assert.equal(moveStart('2026-12-02T09:30:15'), '2026-12-02T09:30');
    assert.equal(moveStart(''), null);
    assert.equal(moveStart('2026-12-02'), null);
  });
});

describe('schedule words', () => {
  it('previews starts as "Next: Tue 1 Dec 17:00, …" from their own wall time', () => {
    assert.equal(
      previewLine(['2026-12-01T17:00:00+00:00', '2026-12-15T17:00:00+00:00'], 2026),
      'Next: Tue 1 Dec 17:00, Tue 15 Dec 17:00, …');
    // New York's 17:00 stays 17:00, whatever zone the tests run in.
    assert.equal(previewLine(['2026-12-01T17:00:00-05:00'], 2026), 'Next: Tue 1 Dec 17:00, …');
    assert.equal(previewLine(['2027-01-05T17:00:00Z'], 2026), 'Next: Tue 5 Jan 2027 17:00, …');
    assert.equal(previewLine([], 2026), '');
  });

  it('says when a session is, start to end', () => {
    const s = session('2026-12-01', '2026-12-01T17:00:00+00:00', '2026-12-01T17:50:00+00:00');
    assert.equal(sessionWhen(s, 2026), 'Tue 1 Dec, 17:00–17:50');
  });

  it('says moved and cancelled plainly, and nothing for a usual session', () => {
    const moved = session('2026-11-24', '2026-11-26T09:00:00+00:00', '2026-11-26T09:50:00+00:00', 'moved');
    assert.equal(sessionNote(moved, SCHEDULE, 2026), 'moved from Tue 24 Nov 17:00');
    assert.equal(sessionNote(moved, null, 2026), 'moved from Tue 24 Nov');
    assert.equal(sessionNote({ ...moved, status: 'cancelled' }, SCHEDULE, 2026), 'cancelled');
    assert.equal(sessionNote({ ...moved, status: 'scheduled' }, SCHEDULE, 2026), '');
  });

  it('finds the next session that will happen', () => {
    const a = session('2026-12-01', '2026-12-01T17:00:00Z', '2026-12-01T17:50:00Z', 'cancelled');
    const b = session('2026-12-15', '2026-12-15T17:00:00Z', '2026-12-15T17:50:00Z');
    assert.equal(nextSession({ upcoming: [a, b] }), b);
    assert.equal(nextSession({ upcoming: [a] }), null);
    assert.equal(nextSession(null), null);
  });

  it('counts calendar days until a session', () => {
    const now = '2026-11-28T22:30:00+00:00';
    assert.equal(untilWords('2026-12-01T17:00:00+00:00', now), 'in 3 days');
    assert.equal(untilWords('2026-11-29T08:00:00+00:00', now), 'tomorrow', 'less than 24 hours but the next day');
    assert.equal(untilWords('2026-11-28T23:00:00+00:00', now), 'today');
  });

  it('writes Home\'s line', () => {
    const s = session('2026-12-01', '2026-12-01T17:00:00+00:00', '2026-12-01T17:50:00+00:00');
    assert.equal(nextSessionLine(s, '2026-11-28T10:00:00+00:00'), 'Next session: Tue 1 Dec, 17:00 (in 3 days)');
    assert.equal(nextSessionLine(s, '2025-11-28T10:00:00+00:00').startsWith('Next session: Tue 1 Dec 2026, 17:00'), true);
    assert.equal(nextSessionLine(null, '2026-11-28T10:00:00+00:00'), null);
  });

  it('sums up the rule', () => {
    assert.equal(scheduleSummary(SCHEDULE), 'Tuesdays at 17:00, every 2 weeks, 50 minutes (Europe/London)');
    assert.equal(scheduleSummary(null), '');
  });
});

const SETTINGS = {
  reflectAfterSession: true, reflectDelayMinutes: 5, briefNudge: false, briefNudgeTime: '19:00',
  planReminders: true, questionnaires: 'fortnightly',
  bells: { mode: 'off', everyMinutes: 60, perDay: 3, from: '09:00', until: '18:00' },
  quietHours: { enabled: true, from: '22:00', until: '07:00' }, showPrivateText: false,
};

describe('reminder settings form', () => {
  it('round-trips saved settings exactly', () => {
    assert.deepEqual(formToSettings(settingsToForm(SETTINGS), SETTINGS), SETTINGS);
  });

  it('sends what was chosen, numbers as numbers', () => {
    const form = { ...settingsToForm(SETTINGS), bellsMode: 'random', bellsPerDay: '4', reflectDelay: '0', privateText: true };
    const s = formToSettings(form, SETTINGS);
    assert.deepEqual(s.bells, { ...SETTINGS.bells, mode: 'random', perDay: 4 });
    assert.equal(s.reflectDelayMinutes, 0, 'zero minutes is a real choice');
    assert.equal(s.showPrivateText, true);
  });

  it('keeps the saved value for an unreadable field under a reminder that is off', () => {
    const form = { ...settingsToForm(SETTINGS), bellsEvery: '', briefTime: '' };
    assert.equal(settingsProblem(form), null, 'bells and the nudge are off, so nothing to say');
    const s = formToSettings(form, SETTINGS);
    assert.equal(s.bells.everyMinutes, 60);
    assert.equal(s.briefNudgeTime, '19:00');
  });

  it('checks what is switched on, and names the field', () => {
    const base = settingsToForm(SETTINGS);
    const cases = [
      [{ reflectDelay: '121' }, 'remind-reflect-delay'],
      [{ brief: true, briefTime: '' }, 'remind-brief-time'],
      [{ bellsMode: 'interval', bellsEvery: '10' }, 'bells-every'],
      [{ bellsMode: 'random', bellsPerDay: '13' }, 'bells-per-day'],
      [{ bellsMode: 'interval', bellsFrom: '' }, 'bells-from'],
      [{ quietUntil: '' }, 'quiet-until'],
    ];
    for (const [change, field] of cases) {
      assert.equal(settingsProblem({ ...base, ...change })?.field, field, JSON.stringify(change));
    }
    assert.equal(settingsProblem({ ...base, reflect: false, reflectDelay: '999' }), null);
    assert.equal(settingsProblem({ ...base, bellsMode: 'interval', bellsEvery: '15' }), null);
  });
});

describe('reminder status words', () => {
  const now = Date.parse('2026-11-24T13:30:00Z');
  // Pauses read on this computer's clock, whatever zone the tests run in;
  // the backend sends them in UTC.
  const localNow = new Date(2026, 10, 24, 13, 30).getTime();
  const utc = (...parts) => new Date(2026, ...parts).toISOString();

  it('says on, paused until a time today, tomorrow morning, or a later day', () => {
    assert.equal(pauseLine(null, localNow), 'Reminders are on');
    assert.equal(pauseLine(utc(10, 24, 14, 30), localNow), 'Paused until 14:30');
    assert.equal(pauseLine(utc(10, 25, 8, 0), localNow), 'Paused until tomorrow morning');
    assert.equal(pauseLine(utc(10, 25, 15, 0), localNow), 'Paused until tomorrow, 15:00');
    assert.equal(pauseLine(utc(10, 27, 8, 0), localNow), 'Paused until Fri 27 Nov, 08:00');
    assert.equal(pauseLine(utc(10, 24, 13, 0), localNow), 'Reminders are on', 'a pause already over');
  });

  it('reads a UTC pause, with or without fractions of a second, as local wall time', () => {
    const until = new Date(2026, 10, 24, 14, 30, 0, 250);
    assert.equal(pauseLine(until.toISOString(), localNow), 'Paused until 14:30');
    assert.match(until.toISOString(), /\.250Z$/);
  });

  it('knows when a pause is still ahead', () => {
    assert.equal(isPaused({ pausedUntil: '2026-11-24T14:30:00Z' }, now), true);
    assert.equal(isPaused({ pausedUntil: '2026-11-24T13:00:00Z' }, now), false);
    assert.equal(isPaused({ pausedUntil: null }, now), false);
  });

  it('names the next reminder with its weekday and time', () => {
    const next = { at: '2026-11-24T17:55:00+00:00', kind: 'sessionEnd', title: "Reflect on today's session" };
    assert.equal(nextReminderLine(next, now), "Next reminder: Tue 17:55 · Reflect on today's session");
    assert.equal(nextReminderLine({ ...next, at: '2026-12-01T17:55:00+00:00' }, now),
      "Next reminder: Tue 1 Dec 17:55 · Reflect on today's session", 'a week away gets its date');
    assert.equal(nextReminderLine(null, now), 'No reminders are coming up.');
  });
});
