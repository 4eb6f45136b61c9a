// The Sessions page and Home's next-session line, through a stand-in
// document and a fake backend: the invitation, the live preview, the exact
// SessionSchedule saved, typed choices kept when saving fails, and moving,
// cancelling and undoing one session.

import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';

import { FakeEvent, installDom, installTauri, removeDom, removeTauri, settle } from './fake-dom.mjs';
import { isoDate } from '../../ui/lib/plans.js';
import { isoWeekday, previewLine } from '../../ui/lib/schedule.js';
import home from '../../ui/views/home.js';
import sessions from '../../ui/views/sessions.js';

let doc;
let calls;

const ctx = () => ({ refresh: () => {}, navigate: () => {}, isCurrent: () => true });
const $ = (sel) => doc.body.querySelector(sel);
const callsOf = (cmd) => calls.filter((c) => c.cmd === cmd);
const wait = (ms) => new Promise((r) => setTimeout(r, ms));

async function show(view, handlers) {
  calls = installTauri(handlers);
  const root = doc.createElement('div');
  const title = await view.render(root, {}, ctx());
  doc.body.append(root);
  return title;
}

/** Sets a field as a person would, firing input and change. */
function set(sel, value) {
  const el = $(sel);
  el.value = value;
  el.dispatchEvent(new FakeEvent('input'));
  el.dispatchEvent(new FakeEvent('change'));
}

function confirmDialogIn(document) {
  const dialog = document.createElement('dialog');
  dialog.id = 'confirm-clear-schedule';
  const keep = document.createElement('button');
  keep.id = 'confirm-clear-schedule-no';
  dialog.append(keep);
  document.body.append(dialog);
  return dialog;
}

beforeEach(() => { doc = installDom(); });
afterEach(() => {
  removeDom();
  removeTauri();
});

const SCHEDULE = {
  weekday: 2, time: '17:00', durationMinutes: 50, everyWeeks: 1, startDate: '2026-11-24', timeZone: 'Europe/London',
};
const S1 = { occurrence: '2026-12-01', start: '2026-12-01T17:00:00+00:00', end: '2026-12-01T17:50:00+00:00', status: 'scheduled' };
const S2 = { occurrence: '2026-12-08', start: '2026-12-08T17:00:00+00:00', end: '2026-12-08T17:50:00+00:00', status: 'scheduled' };
const PAST = { occurrence: '2026-11-24', start: '2026-11-24T17:00:00+00:00', end: '2026-11-24T17:50:00+00:00', status: 'scheduled' };
const EMPTY = { schedule: null, rrule: null, systemTimeZone: 'Europe/London', upcoming: [], past: [] };
const KEPT = {
  schedule: SCHEDULE, rrule: 'FREQ=WEEKLY;INTERVAL=1;BYDAY=TU', systemTimeZone: 'Europe/London',
  upcoming: [S1, S2], past: [PAST],
};
const STARTS = ['2026-12-01T17:00:00+00:00', '2026-12-08T17:00:00+00:00'];

describe('sessions page, no schedule yet', () => {
  it('invites, and fills the editor with kind defaults', async () => {
    const title = await show(sessions, { get_schedule: () => EMPTY, preview_schedule: () => STARTS });
    assert.equal(title, 'Your sessions');
    assert.equal($('h1').textContent, 'Your sessions');
    assert.equal($('#schedule-invitation').textContent,
      'When are your sessions? Interlude can open a reflection window when one ends.');
    assert.equal($('#schedule-invitation').hidden, false);
    assert.equal($('#clear-schedule').hidden, true, 'nothing to stop yet');
    assert.equal($('#upcoming-sessions'), null);
    assert.equal($('#export-ics'), null);
    assert.equal($('#schedule-duration').value, '50');
    assert.equal($('#schedule-zone').value, 'Europe/London');
    assert.equal($('#schedule-zone').getAttribute('list'), 'schedule-zone-list');
    assert.equal($('#schedule-start').value, isoDate());
    assert.equal($('#schedule-weekday').value, String(isoWeekday(isoDate())));
    assert.deepEqual($('#schedule-every').querySelectorAll('option').map((o) => o.textContent),
      ['Every week', 'Every 2 weeks', 'Every 3 weeks', 'Every 4 weeks']);
    for (const id of ['schedule-weekday', 'schedule-time', 'schedule-duration', 'schedule-every', 'schedule-start', 'schedule-zone']) {
      assert.ok($(`label[for="${id}"]`), `#${id} has a label`);
    }
  });

  it('previews once per burst of changes, with exactly the schedule shown', async () => {
    await show(sessions, { get_schedule: () => EMPTY, preview_schedule: () => STARTS });
    await wait(300);
    assert.equal(callsOf('preview_schedule').length, 0, 'no time chosen yet, so nothing to ask');
    assert.equal($('#schedule-preview').textContent, 'Choose a time, and your next few sessions will show here.');
    set('#schedule-weekday', '2');
    set('#schedule-time', '17:00');
    set('#schedule-start', '2026-11-24');
    set('#schedule-duration', '45');
    await wait(300);
    assert.deepEqual(callsOf('preview_schedule').map((c) => c.args), [{
      schedule: { ...SCHEDULE, durationMinutes: 45 }, count: 4,
    }]);
    assert.equal($('#schedule-preview').textContent, previewLine(STARTS, new Date().getFullYear()));
    assert.equal($('#schedule-preview').classList.contains('is-quiet'), false);
  });

  it('says a rule the backend can\'t read quietly, not as an alarm', async () => {
    await show(sessions, {
      get_schedule: () => EMPTY,
      preview_schedule: () => { throw { kind: 'invalid', message: "Interlude doesn't know the time zone Mars/Olympus." }; },
    });
    set('#schedule-time', '17:00');
    set('#schedule-zone', 'Mars/Olympus');
    await wait(300);
    const preview = $('#schedule-preview');
    assert.equal(preview.textContent, "Interlude doesn't know the time zone Mars/Olympus.");
    assert.ok(preview.classList.contains('is-quiet'));
    assert.equal(preview.getAttribute('role'), null);
    assert.equal($('#schedule-error').hidden, true);
  });

  it('saves the exact schedule, then shows the sessions', async () => {
    await show(sessions, { get_schedule: () => EMPTY, preview_schedule: () => STARTS, set_schedule: () => KEPT });
    set('#schedule-weekday', '2');
    set('#schedule-time', '17:00');
    set('#schedule-start', '2026-11-24');
    $('#save-schedule').click();
    await settle();
    assert.deepEqual(callsOf('set_schedule').map((c) => c.args), [{ schedule: SCHEDULE }]);
    assert.equal($('#schedule-invitation').hidden, true);
    assert.equal($('#schedule-summary').textContent, 'Tuesdays at 17:00, every week, 50 minutes (Europe/London)');
    assert.equal($('#clear-schedule').hidden, false);
    assert.deepEqual($('#upcoming-sessions').querySelectorAll('li').map((li) => li.dataset.occurrence),
      ['2026-12-01', '2026-12-08']);
    assert.deepEqual($('#past-sessions').querySelectorAll('li').map((li) => li.dataset.occurrence), ['2026-11-24']);
    assert.match($('#schedule-status').textContent, /^Saved\. Your next session is Tue 1 Dec( 2026)?, 17:00–17:50\.$/);
    assert.ok($('#export-ics'));
  });

  it('keeps every choice when saving fails, and says why', async () => {
    await show(sessions, {
      get_schedule: () => EMPTY,
      preview_schedule: () => STARTS,
      set_schedule: () => { throw { kind: 'invalid', message: "Interlude doesn't know that time zone." }; },
    });
    set('#schedule-time', '08:15');
    set('#schedule-zone', 'Mars/Olympus');
    $('#save-schedule').click();
    await settle();
    assert.equal($('#schedule-error').hidden, false);
    assert.equal($('#schedule-error').textContent, "Interlude doesn't know that time zone.");
    assert.equal($('#schedule-time').value, '08:15');
    assert.equal($('#schedule-zone').value, 'Mars/Olympus');
    assert.equal($('#schedule-invitation').hidden, false);
  });

  it('takes a start time typed as 1700 and shows it as 17:00', async () => {
    await show(sessions, { get_schedule: () => EMPTY, preview_schedule: () => STARTS, set_schedule: () => KEPT });
    assert.equal($('#schedule-time').getAttribute('type'), 'text');
    assert.equal($('#schedule-time').getAttribute('aria-describedby'), 'schedule-time-hint');
    assert.equal($('#schedule-time-hint').textContent, 'Like 17:00, 1700 or 5pm.');
    set('#schedule-weekday', '2');
    set('#schedule-time', '1700');
    assert.equal($('#schedule-time').value, '17:00');
    set('#schedule-start', '2026-11-24');
    $('#save-schedule').click();
    await settle();
    assert.deepEqual(callsOf('set_schedule').map((c) => c.args), [{ schedule: SCHEDULE }]);
  });

  it('says kindly when the time can\'t be read', async () => {
    await show(sessions, { get_schedule: () => EMPTY, preview_schedule: () => STARTS, set_schedule: () => KEPT });
    set('#schedule-time', 'teatime');
    $('#save-schedule').click();
    await settle();
    assert.equal(callsOf('set_schedule').length, 0);
    assert.equal($('#schedule-error').textContent, '"teatime" doesn\'t read as a time. Like 17:00, 1700 or 5pm.');
    assert.equal($('#schedule-time').value, 'teatime');
  });

  it('asks before keeping a start date years away, and keeps it when told yes', async () => {
    await show(sessions, { get_schedule: () => EMPTY, preview_schedule: () => STARTS, set_schedule: () => KEPT });
    set('#schedule-weekday', '2');
    set('#schedule-time', '17:00');
    set('#schedule-start', '1901-11-26');
    assert.equal($('#schedule-start-far').hidden, false);
    assert.match($('#schedule-start-far-question').textContent, /^That's 1\d\d years ago — is 1901 right\?$/);
    $('#save-schedule').click();
    await settle();
    assert.equal(callsOf('set_schedule').length, 0, 'nothing is saved until it is answered');
    assert.equal(doc.activeElement, $('#schedule-start-far-yes'));
    $('#schedule-start-far-change').click();
    assert.equal($('#schedule-start-far').hidden, true);
    assert.equal(doc.activeElement, $('#schedule-start'));
    $('#save-schedule').click();
    await settle();
    assert.equal(callsOf('set_schedule').length, 0, 'still 1901, so asked again');
    assert.equal($('#schedule-start-far').hidden, false);
    $('#schedule-start-far-yes').click();
    assert.equal($('#schedule-start-far').hidden, true);
    $('#save-schedule').click();
    await settle();
    assert.equal(callsOf('set_schedule')[0].args.schedule.startDate, '1901-11-26');
  });

  it('asks for a time before sending anything', async () => {
    await show(sessions, { get_schedule: () => EMPTY, preview_schedule: () => STARTS, set_schedule: () => KEPT });
    $('#save-schedule').click();
    await settle();
    assert.equal(callsOf('set_schedule').length, 0);
    assert.equal($('#schedule-error').textContent, 'Choose the time your sessions start.');
    assert.equal(doc.activeElement, $('#schedule-time'));
  });
});

describe('sessions page, with a schedule', () => {
  const withSession = (s) => ({ ...KEPT, upcoming: [s, S2] });

  it('moves one session and offers Undo, which restores it', async () => {
    const moved = { ...S1, start: '2026-12-02T09:30:00+00:00', end: '2026-12-02T10:20:00+00:00', status: 'moved' };
    await show(sessions, {
      get_schedule: () => KEPT, preview_schedule: () => STARTS,
      move_session: () => withSession(moved), restore_session: () => KEPT,
    });
    const li = $('li[data-occurrence="2026-12-01"]');
    assert.match(li.textContent, /Tue 1 Dec( 2026)?, 17:00–17:50/);
    assert.equal($('#restore-2026-12-01'), null, 'nothing to undo yet');
    assert.equal($('#move-form-2026-12-01').hidden, true);
    $('#move-open-2026-12-01').click();
    assert.equal($('#move-form-2026-12-01').hidden, false);
    assert.equal($('#move-2026-12-01').value, '2026-12-01T17:00');
    $('#move-2026-12-01').fill('2026-12-02T09:30');
    $('#move-save-2026-12-01').click();
    await settle();
    assert.deepEqual(callsOf('move_session').map((c) => c.args), [{ occurrence: '2026-12-01', start: '2026-12-02T09:30' }]);
    const after = $('li[data-occurrence="2026-12-01"]');
    assert.match(after.textContent, /Wed 2 Dec( 2026)?, 09:30–10:20/);
    assert.match(after.textContent, /moved from Tue 1 Dec( 2026)? 17:00/);
    assert.equal(doc.activeElement, $('#restore-2026-12-01'), 'focus lands on Undo');
    $('#restore-2026-12-01').click();
    await settle();
    assert.deepEqual(callsOf('restore_session').map((c) => c.args), [{ occurrence: '2026-12-01' }]);
    assert.equal($('#restore-2026-12-01'), null);
  });

  it('asks before moving a session to a year far away', async () => {
    await show(sessions, { get_schedule: () => KEPT, preview_schedule: () => STARTS, move_session: () => KEPT });
    $('#move-open-2026-12-01').click();
    set('#move-2026-12-01', '1901-12-02T09:30');
    assert.match($('#move-2026-12-01-far-question').textContent, /is 1901 right\?$/);
    $('#move-save-2026-12-01').click();
    await settle();
    assert.equal(callsOf('move_session').length, 0);
    $('#move-2026-12-01-far-yes').click();
    $('#move-save-2026-12-01').click();
    await settle();
    assert.deepEqual(callsOf('move_session').map((c) => c.args.start), ['1901-12-02T09:30']);
  });

  it('keeps the typed date and time when a move fails', async () => {
    await show(sessions, {
      get_schedule: () => KEPT, preview_schedule: () => STARTS,
      move_session: () => { throw { kind: 'invalid', message: 'That time has already passed.' }; },
    });
    $('#move-open-2026-12-01').click();
    // Last year: passed, yet near enough not to be asked about first.
    const passed = `${new Date().getFullYear() - 1}-01-01T09:00`;
    $('#move-2026-12-01').fill(passed);
    $('#move-save-2026-12-01').click();
    await settle();
    assert.equal($('#move-2026-12-01').value, passed);
    assert.equal($('#session-error-2026-12-01').textContent, 'That time has already passed.');
    assert.equal($('#session-error-2026-12-01').hidden, false);
  });

  it('cancels one session calmly; a cancelled one can only be undone', async () => {
    const cancelled = { ...S1, status: 'cancelled' };
    await show(sessions, {
      get_schedule: () => KEPT, preview_schedule: () => STARTS, cancel_session: () => withSession(cancelled),
    });
    $('#cancel-2026-12-01').click();
    await settle();
    assert.deepEqual(callsOf('cancel_session').map((c) => c.args), [{ occurrence: '2026-12-01' }]);
    const li = $('li[data-occurrence="2026-12-01"]');
    assert.equal(li.querySelector('.session-note').textContent, 'cancelled');
    assert.equal($('#cancel-2026-12-01'), null);
    assert.equal($('#move-open-2026-12-01'), null);
    assert.ok($('#restore-2026-12-01'));
  });

  it('stops the schedule only after the confirm dialog says so', async () => {
    const dialog = confirmDialogIn(doc);
    await show(sessions, { get_schedule: () => KEPT, preview_schedule: () => STARTS, clear_schedule: () => EMPTY });
    $('#clear-schedule').click();
    assert.equal(dialog.open, true);
    dialog.close('keep');
    await settle();
    assert.equal(callsOf('clear_schedule').length, 0);
    $('#clear-schedule').click();
    dialog.close('clear');
    await settle();
    assert.deepEqual(callsOf('clear_schedule').map((c) => c.args), [{}]);
    assert.equal($('#schedule-invitation').hidden, false);
    assert.equal($('#upcoming-sessions'), null);
  });

  it('exports to a calendar file and says where', async () => {
    await show(sessions, {
      get_schedule: () => KEPT, preview_schedule: () => STARTS,
      export_schedule: () => ({ path: '/home/sam/Downloads/interlude-sessions.ics' }),
    });
    $('#export-ics').click();
    await settle();
    assert.equal($('#export-ics-status').textContent, 'Saved to /home/sam/Downloads/interlude-sessions.ics');
  });
});

describe('home: next session', () => {
  const homeData = {
    now: '2026-11-28T10:00:00+00:00', lastSessionAt: null, daysSinceLastSession: null,
    hasReflectionDraft: false, reflectionCount: 0, latest: null, focus: null,
    today: { due: 0, done: 0 }, offerCompassion: null,
  };

  it('says when the next session is, skipping a cancelled one', async () => {
    const view = { ...KEPT, upcoming: [{ ...S1, occurrence: '2026-11-29', start: '2026-11-29T17:00:00+00:00', status: 'cancelled' }, S1] };
    await show(home, { get_home: () => homeData, get_schedule: () => view });
    assert.equal($('#next-session').textContent, 'Next session: Tue 1 Dec, 17:00 (in 3 days)');
    assert.equal($('#next-session a').href, '#sessions');
  });

  it('shows nothing, and still shows Home, without a schedule or when it fails', async () => {
    await show(home, { get_home: () => homeData, get_schedule: () => EMPTY });
    assert.equal($('#next-session'), null);
    doc.body.replaceChildren();
    await show(home, { get_home: () => homeData, get_schedule: () => { throw { kind: 'storage', message: 'x' }; } });
    assert.equal($('#next-session'), null);
    assert.ok($('#reflect-now'));
  });
});
