// Reminders in Settings and the in-app banner, through a stand-in document
// and a fake backend: each control saves the whole ReminderSettings at
// once, half-typed numbers are explained rather than sent, pausing and
// resuming say so, and a reminder with no notification service to show it
// waits calmly in the banner.

import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';

import { FakeEvent, installDom, installTauri, removeDom, removeTauri, settle } from './fake-dom.mjs';
import { reminderBanner } from '../../ui/components/reminder-banner.js';
import { publishReminderStatus } from '../../ui/lib/reminder-status.js';
import { remindersSection } from '../../ui/views/reminders.js';
import settings from '../../ui/views/settings.js';

let doc;
let calls;
let banner;

const $ = (sel) => doc.body.querySelector(sel);
const callsOf = (cmd) => calls.filter((c) => c.cmd === cmd);

const SETTINGS = {
  reflectAfterSession: true, reflectDelayMinutes: 5, briefNudge: true, briefNudgeTime: '19:00',
  planReminders: true,
  questionnaires: 'off',
  bells: { mode: 'off', everyMinutes: 60, perDay: 3, from: '09:00', until: '18:00' },
  quietHours: { enabled: false, from: '22:00', until: '07:00' }, showPrivateText: false,
};
const NEXT = { at: '2026-11-24T17:55:00+00:00', kind: 'sessionEnd', title: "Reflect on today's session" };
const ON = { pausedUntil: null, next: NEXT, notificationsWorking: true, banner: null };
const inAnHour = () => new Date(Date.now() + 3_600_000).toISOString();

function handlers(over = {}) {
  return {
    get_reminder_settings: () => SETTINGS,
    get_reminder_status: () => ON,
    set_reminder_settings: ({ settings: s }) => s,
    pause_reminders: ({ until }) => (until === 'resume' ? ON : { ...ON, pausedUntil: inAnHour() }),
    ...over,
  };
}

async function showSection(over) {
  calls = installTauri(handlers(over));
  const section = await remindersSection({ refresh: () => {} });
  doc.body.append(section);
  return section;
}

function set(sel, value) {
  const el = $(sel);
  el.value = value;
  el.dispatchEvent(new FakeEvent('input'));
  el.dispatchEvent(new FakeEvent('change'));
}

beforeEach(() => { doc = installDom(); });
afterEach(() => {
  banner?.stop();
  banner = null;
  removeDom();
  removeTauri();
});

describe('reminders in settings', () => {
  it('shows the saved choices, the pause line and the next reminder', async () => {
    await showSection();
    assert.equal($('#reminders-heading').textContent, 'Reminders');
    assert.equal($('#remind-reflect').checked, true);
    assert.equal($('#remind-reflect-delay').value, '5');
    assert.equal($('#remind-brief-time').value, '19:00');
    assert.equal($('#bells-off').checked, true);
    assert.equal($('#bells-every').closest('.sub-choice').hidden, true, 'bells are off, so no rhythm to set');
    assert.equal($('#bells-between').hidden, true);
    assert.equal($('#quiet-enabled').checked, false);
    assert.equal($('#pause-status').textContent, 'Reminders are on');
    assert.equal($('#pause-resume').hidden, true);
    assert.equal($('#next-reminder').textContent, "Next reminder: Tue 17:55 · Reflect on today's session");
    assert.equal($('#notifications-note').hidden, true);
    for (const id of ['remind-reflect-delay', 'remind-brief-time', 'bells-every', 'bells-per-day', 'bells-from',
      'bells-until', 'quiet-from', 'quiet-until']) {
      assert.ok($(`label[for="${id}"]`), `#${id} has a label`);
    }
  });

  it('saves the whole settings at once when one box changes, and says so', async () => {
    await showSection();
    $('#remind-plans').click();
    await settle();
    assert.deepEqual(callsOf('set_reminder_settings').map((c) => c.args), [{
      settings: { ...SETTINGS, planReminders: false },
    }]);
    assert.equal($('#reminders-status').textContent, 'Saved');
    assert.equal(callsOf('get_reminder_status').length, 2, 'the next reminder is read again');
  });

  it('bells: choosing a rhythm shows its field and saves the mode', async () => {
    await showSection();
    $('#bells-interval').click();
    await settle();
    assert.equal($('#bells-every').closest('.sub-choice').hidden, false);
    assert.equal($('#bells-per-day').closest('.sub-choice').hidden, true);
    assert.equal($('#bells-between').hidden, false);
    assert.equal(callsOf('set_reminder_settings')[0].args.settings.bells.mode, 'interval');
    set('#bells-every', '90');
    await settle();
    assert.deepEqual(callsOf('set_reminder_settings')[1].args.settings.bells,
      { ...SETTINGS.bells, mode: 'interval', everyMinutes: 90 });
  });

  it('explains a number it can\'t use instead of sending it, and keeps it', async () => {
    await showSection();
    set('#remind-reflect-delay', '500');
    await settle();
    assert.equal(callsOf('set_reminder_settings').length, 0);
    assert.equal($('#reminders-status').textContent, 'Choose between 0 and 120 minutes.');
    assert.ok($('#reminders-status').classList.contains('is-error'));
    assert.equal($('#remind-reflect-delay').value, '500');
  });

  it('takes a time typed as 1700 or 5pm, and shows it as 17:00', async () => {
    await showSection();
    const field = $('#remind-brief-time');
    assert.equal(field.getAttribute('type'), 'text', 'typed freely, not through WebKit\'s time field');
    assert.equal(field.getAttribute('aria-describedby'), 'reminder-times-hint');
    assert.match($('#reminder-times-hint').textContent, /17:00, 1700 or 5pm/);
    set('#remind-brief-time', '1700');
    await settle();
    assert.equal(field.value, '17:00');
    assert.equal(callsOf('set_reminder_settings')[0].args.settings.briefNudgeTime, '17:00');
    set('#remind-brief-time', '5:30 pm');
    await settle();
    assert.equal(callsOf('set_reminder_settings')[1].args.settings.briefNudgeTime, '17:30');
    set('#quiet-from', '10pm');
    await settle();
    assert.equal(callsOf('set_reminder_settings')[2].args.settings.quietHours.from, '22:00');
  });

  it('says kindly when a typed time can\'t be read, and keeps it', async () => {
    await showSection();
    set('#remind-brief-time', 'after tea');
    await settle();
    assert.equal(callsOf('set_reminder_settings').length, 0);
    assert.equal($('#reminders-status').textContent, '"after tea" doesn\'t read as a time. Like 17:00, 1700 or 5pm.');
    assert.equal($('#remind-brief-time').value, 'after tea');
  });

  it('keeps the choice on screen when the backend can\'t save it', async () => {
    await showSection({
      set_reminder_settings: () => { throw { kind: 'storage', message: "That didn't save — the disk is full." }; },
    });
    $('#remind-private-text').click();
    await settle();
    assert.equal($('#reminders-status').textContent, "That didn't save — the disk is full.");
    assert.equal($('#remind-private-text').checked, true);
  });

  it('pauses for an hour, then resumes', async () => {
    await showSection();
    $('#pause-hour').click();
    await settle();
    assert.deepEqual(callsOf('pause_reminders').map((c) => c.args), [{ until: 'hour' }]);
    assert.match($('#pause-status').textContent, /^Paused until /);
    assert.equal($('#pause-resume').hidden, false);
    $('#pause-resume').click();
    await settle();
    assert.deepEqual(callsOf('pause_reminders')[1].args, { until: 'resume' });
    assert.equal($('#pause-status').textContent, 'Reminders are on');
    assert.equal($('#pause-resume').hidden, true);
  });

  it('says calmly when system notifications aren\'t there', async () => {
    await showSection({ get_reminder_status: () => ({ ...ON, notificationsWorking: false }) });
    assert.equal($('#notifications-note').hidden, false);
    assert.match($('#notifications-note').textContent, /appear inside Interlude instead/);
  });

  it('settings still shows everything else when reminders can\'t load', async () => {
    calls = installTauri({
      get_settings: () => ({ theme: 'system' }),
      get_app_info: () => ({ dataDir: '/data', version: '0.1.0', schemaVersion: 3 }),
      get_reminder_settings: () => { throw { kind: 'storage', message: "Reminder settings didn't load." }; },
      get_reminder_status: () => ON,
    });
    const root = doc.createElement('div');
    await settings.render(root, {}, { refresh: () => {} });
    doc.body.append(root);
    assert.ok($('#reminders-heading'));
    assert.match($('#reminders').textContent, /Reminder settings didn't load\./);
    assert.equal($('#app-version').textContent, '0.1.0');
    assert.equal($('#remind-reflect'), null);
  });
});

describe('reminder banner', () => {
  const WAITING = {
    ...ON, notificationsWorking: false,
    banner: { key: 'plan:4:2026-11-24', title: 'Time for your practice', body: 'Three slow breaths, whenever suits.' },
  };

  function mountBanner(over) {
    calls = installTauri(handlers(over));
    const host = doc.createElement('div');
    host.id = 'reminder-banner';
    host.hidden = true;
    const main = doc.createElement('main');
    main.id = 'content';
    doc.body.append(host, main);
    banner = reminderBanner(host);
    return host;
  }

  it('shows a waiting reminder as a calm status, and snoozes it for 10 minutes', async () => {
    const host = mountBanner({ get_reminder_status: () => WAITING, snooze_reminder: () => ON });
    await banner.refresh();
    assert.equal(host.hidden, false);
    assert.equal(host.getAttribute('role'), 'status');
    assert.equal($('#banner-title').textContent, 'Time for your practice');
    assert.equal($('#banner-body').textContent, 'Three slow breaths, whenever suits.');
    assert.equal($('#banner-snooze').textContent, 'Snooze 10 minutes');
    $('#banner-snooze').focus();
    $('#banner-snooze').click();
    await settle();
    assert.deepEqual(callsOf('snooze_reminder').map((c) => c.args), [{ key: 'plan:4:2026-11-24', minutes: 10 }]);
    assert.equal(host.hidden, true);
    assert.equal($('#banner-snooze'), null);
    assert.equal(doc.activeElement, $('#content'), 'focus is not lost with the banner');
  });

  it('dismisses by key, and shows the next waiting reminder', async () => {
    const second = { ...WAITING, banner: { key: 'bell:x', title: 'A mindful moment', body: '' } };
    const host = mountBanner({ get_reminder_status: () => WAITING, dismiss_reminder: () => second });
    await banner.refresh();
    $('#banner-dismiss').click();
    await settle();
    assert.deepEqual(callsOf('dismiss_reminder').map((c) => c.args), [{ key: 'plan:4:2026-11-24' }]);
    assert.equal(host.hidden, false);
    assert.equal($('#banner-title').textContent, 'A mindful moment');
    assert.equal($('#banner-body'), null);
  });

  it('follows statuses published elsewhere, such as a pause in Settings', async () => {
    const host = mountBanner({ get_reminder_status: () => WAITING });
    await banner.refresh();
    publishReminderStatus(ON);
    assert.equal(host.hidden, true);
  });

  it('keeps the reminder when snoozing fails, and says why', async () => {
    const host = mountBanner({
      get_reminder_status: () => WAITING,
      snooze_reminder: () => { throw { kind: 'storage', message: "That didn't save just now." }; },
    });
    await banner.refresh();
    $('#banner-snooze').click();
    await settle();
    assert.equal(host.hidden, false);
    assert.match($('#toast').textContent, /That didn't save just now\./);
  });
});
