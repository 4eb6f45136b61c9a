// ipc.js is the only door to the backend: each function must name the right
// command with exactly the argument keys the Rust side expects, and every
// failure must arrive as an IpcError a view can show.

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

import * as ipc from '../../ui/ipc.js';

let calls;

function installFake(invoke) {
  calls = [];
  globalThis.__TAURI__ = {
    core: {
      // `options` is recorded only when a third argument was passed, so
      // the command table below also proves every other call is exactly
      // invoke(cmd, args).
      invoke: async (cmd, args, ...rest) => {
        calls.push(rest.length ? { cmd, args, options: rest[0] } : { cmd, args });
        return invoke ? invoke(cmd, args, rest[0]) : { ok: cmd };
      },
    },
    event: {
      listeners: [],
      async listen(name, cb) {
        this.listeners.push({ name, cb });
        return () => { this.listeners = this.listeners.filter((l) => l.cb !== cb); };
      },
    },
    window: {
      closed: 0,
      getCurrentWindow() {
        return { close: async () => { globalThis.__TAURI__.window.closed += 1; } };
      },
    },
  };
}

beforeEach(() => installFake());
afterEach(() => { delete globalThis.__TAURI__; });

const input = {
  sessionAt: '2026-11-24T17:50:00+01:00', takeaway: 'a', difficult: '', focus: 'b',
  feelingNote: '', feelingRating: 6, feelings: ['calm'],
};

const planInput = {
  action: 'practise deep breathing', amount: 3, unit: 'minutes', frequency: { kind: 'daily' },
  cue: 'after I brush my teeth', cueTime: '07:30', startDate: null, endDate: null, practice: 'box',
  fromReflectionId: 12,
};
const logInput = { planId: 4, day: null, outcome: 'skipped', count: null, reason: 'ill', note: '' };
const breakInput = { mindfulness: 'this hurts', humanity: '', kindness: 'rest', planId: null };
const experimentInput = {
  prediction: 'If I speak up, they will laugh', beliefBefore: 80, test: 'Say one thing in Monday’s meeting',
  safetyBehaviours: 'rehearsing every word', expected: 'Someone laughs', plannedFor: '2026-11-30T10:00:00+01:00',
  fromMomentId: 7, remind: true, happened: '', learned: '', beliefAfter: null, obstacles: '',
};

const schedule = {
  weekday: 2, time: '17:00', durationMinutes: 50, everyWeeks: 1, startDate: '2026-11-24',
  timeZone: 'Europe/London',
};
const reminderSettings = {
  reflectAfterSession: true, reflectDelayMinutes: 5, briefNudge: true, briefNudgeTime: '19:00',
  planReminders: false,
  bells: { mode: 'interval', everyMinutes: 60, perDay: 3, from: '09:00', until: '18:00' },
  quietHours: { enabled: true, from: '22:00', until: '07:00' }, showPrivateText: false,
};

const ref = { kind: 'moment', id: 7 };
const momentInput = {
  occurredAt: null, situation: 'at work', emotions: [{ word: 'anxious', before: 80, after: 40 }], body: '',
  selfTalk: 'they will see', traps: ['mindReading'], did: '', friend: '',
};
const checkinInput = { at: null, mood: 6, feelings: ['tired'], note: '', private: false };
const noteInput = { at: null, text: 'Slept badly', mood: null, private: false, tags: ['sleep'] };
const timelineQuery = {
  kinds: ['moment'], tag: 'work', starred: true, onlyPrivate: false, from: '2026-11-01', until: null,
  before: { at: '2026-11-24T17:50:00+01:00', entryId: 41 }, limit: 50,
};

const measureInput = { id: null, measure: 'gad7', answers: [1, 0, null, 2, 0, 1, 0], difficulty: null };
const safetyPlan = { warningSigns: ['not sleeping'], copingStrategies: [], reasons: ['my sister'] };
const briefQuery = { since: null, until: '2026-11-24', includePrivate: false };
const briefPrep = { agenda: ['sleep'], removed: [], ownWords: 'I want to talk about work.' };

const CASES = [
  ['getHome', [], 'get_home', {}],
  ['listReflections', [50, 100], 'list_reflections', { limit: 50, offset: 100 }],
  ['getReflection', [7], 'get_reflection', { id: 7 }],
  ['createReflection', [input], 'create_reflection', { input }],
  ['updateReflection', [7, input], 'update_reflection', { id: 7, input }],
  ['getDraft', ['reflection:new'], 'get_draft', { key: 'reflection:new' }],
  ['saveDraft', ['reflection:3', { takeaway: 'x' }], 'save_draft', { key: 'reflection:3', body: { takeaway: 'x' } }],
  ['discardDraft', ['reflection:new'], 'discard_draft', { key: 'reflection:new' }],
  ['getFeelingWords', [], 'get_feeling_words', {}],
  ['openReflectionWindow', [null], 'open_reflection_window', { id: null }],
  ['openReflectionWindow', [12], 'open_reflection_window', { id: 12 }],
  ['openReflectionWindow', [], 'open_reflection_window', { id: null }],
  ['showMainWindow', [], 'show_main_window', {}],
  ['getSettings', [], 'get_settings', {}],
  ['getLanguage', [], 'get_language', {}],
  ['setLanguage', ['de'], 'set_language', { choice: 'de' }],
  ['setSettings', [{ theme: 'dark', whenClosed: 'ask' }], 'set_settings',
    { settings: { theme: 'dark', whenClosed: 'ask' } }],
  ['quitApp', [], 'quit_app', {}],
  ['answerClose', ['background'], 'answer_close', { choice: 'background' }],
  ['answerClose', ['quit'], 'answer_close', { choice: 'quit' }],
  ['getTrayStatus', [], 'get_tray_status', {}],
  ['getAppInfo', [], 'get_app_info', {}],
  ['getAutostart', [], 'get_autostart', {}],
  ['setAutostart', [true], 'set_autostart', { enabled: true }],
  ['setAutostart', [0], 'set_autostart', { enabled: false }],
  ['appReady', [412.5], 'app_ready', { pageMs: 412.5 }],
  ['exportJournal', [], 'export_journal', { includePrivate: false }],
  ['exportJournal', [true], 'export_journal', { includePrivate: true }],
  ['importJournal', ['{"format":"x"}'], 'import_journal', { text: '{"format":"x"}' }],
  ['getToday', [], 'get_today', {}],
  ['listPlans', [true], 'list_plans', { includeArchived: true }],
  ['listPlans', [], 'list_plans', { includeArchived: false }],
  ['getPlan', [4], 'get_plan', { id: 4 }],
  ['previewPlan', [planInput], 'preview_plan', { input: planInput }],
  ['createPlan', [planInput], 'create_plan', { input: planInput }],
  ['updatePlan', [4, planInput], 'update_plan', { id: 4, input: planInput }],
  ['setPlanStatus', [4, 'paused'], 'set_plan_status', { id: 4, status: 'paused' }],
  ['logPlan', [logInput], 'log_plan', { input: logInput }],
  ['clearPlanLog', [4, '2026-11-24'], 'clear_plan_log', { planId: 4, day: '2026-11-24' }],
  ['recordPractice', [4], 'record_practice', { planId: 4 }],
  ['saveCompassionBreak', [breakInput], 'save_compassion_break', { input: breakInput }],
  ['listCompassionBreaks', [5], 'list_compassion_breaks', { limit: 5 }],
  ['listExperiments', [], 'list_experiments', {}],
  ['getExperiment', [3], 'get_experiment', { id: 3 }],
  ['createExperiment', [experimentInput], 'create_experiment', { input: experimentInput }],
  ['updateExperiment', [3, experimentInput], 'update_experiment', { id: 3, input: experimentInput }],
  ['deleteExperiment', [3], 'delete_experiment', { id: 3 }],
  ['restoreExperiment', [3], 'restore_experiment', { id: 3 }],
  ['listValues', [], 'list_values', {}],
  ['createValue', [{ area: 'play', words: 'Make music' }], 'create_value', { input: { area: 'play', words: 'Make music' } }],
  ['updateValue', [2, { area: 'work', words: 'Learn' }], 'update_value', { id: 2, input: { area: 'work', words: 'Learn' } }],
  ['deleteValue', [2], 'delete_value', { id: 2 }],
  ['restoreValue', [2], 'restore_value', { id: 2 }],
  ['listActivities', [], 'list_activities', {}],
  ['getActivity', [4], 'get_activity', { id: 4 }],
  ['createActivity', [{ what: 'Swim' }], 'create_activity', { input: { what: 'Swim' } }],
  ['updateActivity', [4, { what: 'Swim' }], 'update_activity', { id: 4, input: { what: 'Swim' } }],
  ['deleteActivity', [4], 'delete_activity', { id: 4 }],
  ['restoreActivity', [4], 'restore_activity', { id: 4 }],
  ['getActivityInsights', [30], 'get_activity_insights', { days: 30 }],
  ['getActivityInsights', [], 'get_activity_insights', { days: null }],
  ['previewHomework', ['{}', 'hw.json'], 'preview_homework', { text: '{}', fileName: 'hw.json' }],
  ['importHomework', ['{}', 'hw.json', ['a'], true], 'import_homework',
    { text: '{}', fileName: 'hw.json', accept: ['a'], keepNote: true }],
  ['listMeasureRequests', [], 'list_measure_requests', {}],
  ['stopMeasureRequest', [5], 'stop_measure_request', { id: 5 }],
  ['listReflectionQuestions', [], 'list_reflection_questions', {}],
  ['stopReflectionQuestion', [7], 'stop_reflection_question', { id: 7 }],
  ['getSchedule', [], 'get_schedule', {}],
  ['setSchedule', [schedule], 'set_schedule', { schedule }],
  ['clearSchedule', [], 'clear_schedule', {}],
  ['previewSchedule', [schedule, 4], 'preview_schedule', { schedule, count: 4 }],
  ['moveSession', ['2026-12-01', '2026-12-02T09:30'], 'move_session',
    { occurrence: '2026-12-01', start: '2026-12-02T09:30' }],
  ['cancelSession', ['2026-12-01'], 'cancel_session', { occurrence: '2026-12-01' }],
  ['restoreSession', ['2026-12-01'], 'restore_session', { occurrence: '2026-12-01' }],
  ['exportSchedule', [], 'export_schedule', {}],
  ['getReminderSettings', [], 'get_reminder_settings', {}],
  ['setReminderSettings', [reminderSettings], 'set_reminder_settings', { settings: reminderSettings }],
  ['getReminderStatus', [], 'get_reminder_status', {}],
  ['pauseReminders', ['hour'], 'pause_reminders', { until: 'hour' }],
  ['pauseReminders', ['tomorrow'], 'pause_reminders', { until: 'tomorrow' }],
  ['pauseReminders', ['resume'], 'pause_reminders', { until: 'resume' }],
  ['snoozeReminder', ['bell:2026-11-24T10:00', 10], 'snooze_reminder', { key: 'bell:2026-11-24T10:00', minutes: 10 }],
  ['dismissReminder', ['bell:2026-11-24T10:00'], 'dismiss_reminder', { key: 'bell:2026-11-24T10:00' }],
  ['getJournalVocabulary', [], 'get_journal_vocabulary', {}],
  ['recentTriggers', [5], 'recent_triggers', { limit: 5 }],
  ['recentTriggers', [], 'recent_triggers', { limit: 8 }],
  ['listTags', [], 'list_tags', {}],
  ['createMoment', [momentInput], 'create_moment', { input: momentInput }],
  ['updateMoment', [7, momentInput], 'update_moment', { id: 7, input: momentInput }],
  ['getMoment', [7], 'get_moment', { id: 7 }],
  ['createCheckin', [checkinInput], 'create_checkin', { input: checkinInput }],
  ['updateCheckin', [3, checkinInput], 'update_checkin', { id: 3, input: checkinInput }],
  ['getCheckin', [3], 'get_checkin', { id: 3 }],
  ['createNote', [noteInput], 'create_note', { input: noteInput }],
  ['updateNote', [2, noteInput], 'update_note', { id: 2, input: noteInput }],
  ['getNote', [2], 'get_note', { id: 2 }],
  ['deleteEntry', [ref], 'delete_entry', { entry: ref }],
  ['restoreEntry', [ref], 'restore_entry', { entry: ref }],
  ['setEntryFlags', [ref, { starred: true }], 'set_entry_flags', { entry: ref, flags: { starred: true } }],
  ['setEntryTags', [ref, ['work', 'sleep']], 'set_entry_tags', { entry: ref, tags: ['work', 'sleep'] }],
  ['getEntryMeta', [{ kind: 'reflection', id: 3 }], 'get_entry_meta', { entry: { kind: 'reflection', id: 3 } }],
  ['getTimeline', [timelineQuery], 'get_timeline', { query: timelineQuery }],
  ['getTimeline', [], 'get_timeline', { query: {} }],
  ['searchJournal', ['anxious work', 20], 'search_journal', { query: 'anxious work', limit: 20 }],
  ['searchJournal', ['"exact phrase"'], 'search_journal', { query: '"exact phrase"', limit: 50 }],
  ['getInsights', [30], 'get_insights', { days: 30 }],
  ['getInsights', [], 'get_insights', { days: null }],
  ['getMeasureForms', [], 'get_measure_forms', {}],
  ['saveMeasure', [measureInput], 'save_measure', { input: measureInput }],
  ['getMeasureHistory', ['phq9'], 'get_measure_history', { measure: 'phq9' }],
  ['deleteMeasure', [5], 'delete_measure', { id: 5 }],
  ['restoreMeasure', [5], 'restore_measure', { id: 5 }],
  ['saveSafetyPlan', [safetyPlan], 'save_safety_plan', { plan: safetyPlan }],
  ['getBrief', [briefQuery], 'get_brief', { query: briefQuery }],
  ['saveBriefPrep', [briefQuery, briefPrep], 'save_brief_prep', { query: briefQuery, prep: briefPrep }],
  ['exportBrief', [briefQuery, 'pdf'], 'export_brief', { query: briefQuery, format: 'pdf' }],
  ['exportMeasuresFhir', [], 'export_measures_fhir', {}],
  ['getDraft', ['checkin:new'], 'get_draft', { key: 'checkin:new' }],
  ['saveDraft', ['note:4', { text: 'x' }], 'save_draft', { key: 'note:4', body: { text: 'x' } }],
  ['getLockStatus', [], 'get_lock_status', {}],
  ['unlock', ['correct horse'], 'unlock', { passphrase: 'correct horse' }],
  ['lockNow', [], 'lock_now', {}],
  ['setPassphrase', [null, 'correct horse'], 'set_passphrase', { current: null, passphrase: 'correct horse' }],
  ['setPassphrase', [undefined, 'correct horse'], 'set_passphrase', { current: null, passphrase: 'correct horse' }],
  ['setPassphrase', ['old one here', 'new one here'], 'set_passphrase',
    { current: 'old one here', passphrase: 'new one here' }],
  ['forgetPreviousCopy', [], 'forget_previous_copy', {}],
  ['createJournal', ['login', null], 'create_journal', { keeper: 'login', passphrase: null }],
  ['createJournal', ['none'], 'create_journal', { keeper: 'none', passphrase: null }],
  ['createJournal', ['passphrase', 'correct horse'], 'create_journal',
    { keeper: 'passphrase', passphrase: 'correct horse' }],
  ['keepJournalPlain', [], 'keep_journal_plain', {}],
  ['unlockWithLogin', [], 'unlock_with_login', {}],
  ['getRecoveryKey', [], 'get_recovery_key', {}],
  ['unlockWithRecoveryKey', ['7K2M 9QXR'], 'unlock_with_recovery_key', { code: '7K2M 9QXR' }],
  ['useLogin', [null], 'use_login', { current: null }],
  ['useLogin', [], 'use_login', { current: null }],
  ['useLogin', ['old one here'], 'use_login', { current: 'old one here' }],
  ['setLockSettings', [15, true], 'set_lock_settings', { autoLockMinutes: 15, notificationsShowText: true }],
  ['setLockSettings', ['0', 0], 'set_lock_settings', { autoLockMinutes: 0, notificationsShowText: false }],
  ['setLockSettings', [10, false, true], 'set_lock_settings',
    { autoLockMinutes: 10, notificationsShowText: false, safetyPlanOnLockScreen: true }],
  ['setLockSettings', [10, true, 0], 'set_lock_settings',
    { autoLockMinutes: 10, notificationsShowText: true, safetyPlanOnLockScreen: false }],
  ['getCrisisHelp', [], 'get_crisis_help', {}],
  ['listRegions', [], 'list_regions', {}],
  ['setRegion', ['IN'], 'set_region', { region: 'IN' }],
  ['setRegion', [null], 'set_region', { region: null }],
  ['setRegion', [], 'set_region', { region: null }],
  ['useRegionCrisisLines', [], 'use_region_crisis_lines', {}],
  ['getSafetyPlan', [], 'get_safety_plan', {}],
  ['stillHere', [], 'still_here', {}],
  ['listBackups', [], 'list_backups', {}],
  ['createBackup', [], 'create_backup', {}],
  ['restoreBackup', ['interlude-20261124-090500-daily.db'], 'restore_backup',
    { name: 'interlude-20261124-090500-daily.db' }],
  ['syncStatus', [], 'sync_status', {}],
  ['syncFolderSuggestions', [], 'sync_folder_suggestions', {}],
  ['syncStart', ['/home/a/Sync', null, false], 'sync_start',
    { folder: '/home/a/Sync', passphrase: null, protectJournal: false }],
  ['syncStart', ['/home/a/Sync'], 'sync_start', { folder: '/home/a/Sync', passphrase: null, protectJournal: false }],
  ['syncStart', ['/media/a/KEY', 'correct horse', true], 'sync_start',
    { folder: '/media/a/KEY', passphrase: 'correct horse', protectJournal: true }],
  ['syncJoin', ['/home/a/Sync', '7K2M 9QXR'], 'sync_join', { folder: '/home/a/Sync', secret: '7K2M 9QXR' }],
  ['syncNow', [], 'sync_now', {}],
  ['syncStop', [], 'sync_stop', {}],
  ['syncConflicts', [], 'sync_conflicts', {}],
  ['syncResolve', ['moment', 'u1', 'situation', { keep: 'v2' }], 'sync_resolve',
    { kind: 'moment', uid: 'u1', field: 'situation', choice: { keep: 'v2' } }],
  ['syncResolve', ['note', 'u2', 'text', { keepBoth: true }], 'sync_resolve',
    { kind: 'note', uid: 'u2', field: 'text', choice: { keepBoth: true } }],
];

// The two imports from other apps send a file's bytes, not an argument
// object; they have their own tests below.
const RAW_BODY = [['previewImportFrom', 'preview_import_from'], ['importFrom', 'import_from']];

describe('commands', () => {
  for (const [fn, args, cmd, expected] of CASES) {
    it(`${fn}(${args.map((a) => JSON.stringify(a)).join(', ')}) invokes ${cmd}`, async () => {
      const result = await ipc[fn](...args);
      assert.deepEqual(calls, [{ cmd, args: expected }]);
      assert.deepEqual(result, { ok: cmd }, 'returns what the backend answered');
    });
  }

  it('listReflections defaults the offset to 0', async () => {
    await ipc.listReflections(50);
    assert.deepEqual(calls[0].args, { limit: 50, offset: 0 });
  });

  it('reads __TAURI__ at call time, not at import time', async () => {
    installFake(() => 'second fake');
    assert.equal(await ipc.getHome(), 'second fake');
  });
});

// The Rust app's one list of commands (build.rs grants them to the windows
// from it). A command added there with no door here, or a door left here
// to a command that is gone, would only show up as a click that fails.
function rustCommands() {
  const source = readFileSync(new URL('../../src-tauri/src/command_list.rs', import.meta.url), 'utf8')
    .replace(/\/\/.*$/gm, '');
  const list = /pub const COMMANDS: &\[&str\] = &\[([\s\S]*?)\];/.exec(source);
  assert.ok(list, 'command_list.rs still has `pub const COMMANDS: &[&str] = &[…];`');
  return [...list[1].matchAll(/"([^"]+)"/g)].map((m) => m[1]);
}

const expectedCommands = () => rustCommands();

const sorted = (names) => [...new Set(names)].sort();
const ipcSource = () => readFileSync(new URL('../../ui/ipc.js', import.meta.url), 'utf8');

describe('the command table', () => {
  it('ipc.js calls every command the Rust app registers, and no other', () => {
    const registered = rustCommands();
    assert.ok(registered.length > 50, `read ${registered.length} commands from command_list.rs`);
    assert.deepEqual(sorted(registered), registered.slice().sort(), 'no command is listed twice');
    const called = [...ipcSource().matchAll(/\bcall\(\s*'([^']+)'/g)].map((m) => m[1]);
    assert.deepEqual(sorted(called), sorted(expectedCommands()));
  });

  it('every command is tried above, in CASES or with a raw body', () => {
    const tried = [...CASES.map(([, , cmd]) => cmd), ...RAW_BODY.map(([, cmd]) => cmd)];
    assert.deepEqual(sorted(tried), sorted(expectedCommands()));
  });

  it('no other UI module talks to Tauri itself', () => {
    const ui = fileURLToPath(new URL('../../ui/', import.meta.url));
    const modules = readdirSync(ui, { recursive: true }).filter((f) => f.endsWith('.js') && f !== 'ipc.js');
    assert.ok(modules.length > 10);
    for (const file of modules) {
      assert.doesNotMatch(readFileSync(join(ui, file), 'utf8'), /__TAURI__|\binvoke\(/, file);
    }
  });
});

describe('imports from other apps: the file’s raw bytes, with headers', () => {
  const utf8 = (text) => new TextEncoder().encode(text);
  const headersOf = (source, encodedName) => ({
    headers: { 'interlude-source': source, 'interlude-file-name': encodedName },
  });

  for (const [fn, cmd] of RAW_BODY) {
    it(`${fn} sends the bytes as the body, untouched, and the source and name as headers`, async () => {
      const bytes = utf8('full_date,mood\n2026-11-20,rad 😊\n');
      const result = await ipc[fn]('daylio', 'Dagbók ☀.csv', bytes);
      assert.deepEqual(calls, [{
        cmd,
        args: new Uint8Array([...bytes]),
        options: headersOf('daylio', 'Dagb%C3%B3k%20%E2%98%80.csv'),
      }]);
      assert.equal(calls[0].args, bytes, 'the very bytes given: not copied, not encoded');
      assert.equal(typeof calls[0].args, 'object', 'never a (base64) string');
      assert.deepEqual(result, { ok: cmd });
    });

    it(`${fn} sends a zip’s binary bytes whole, from an ArrayBuffer too`, async () => {
      const zip = Uint8Array.from({ length: 70_000 }, (_, i) => (i * 131 + 7) % 256);
      zip.set([0x50, 0x4b, 0x03, 0x04]);
      await ipc[fn]('dayone', 'Export.zip', zip.buffer);
      assert.ok(calls[0].args instanceof ArrayBuffer);
      assert.deepEqual(new Uint8Array(calls[0].args), zip);
      assert.deepEqual(calls[0].options, headersOf('dayone', 'Export.zip'));
    });
  }

  it('names each app in the backend’s words, and percent-encodes any file name into plain ASCII', async () => {
    const names = [
      ['daylio', 'daylio_export.csv', 'daylio_export.csv'],
      ['loop', 'Loop Habits CSV 2026-11-21.zip', 'Loop%20Habits%20CSV%202026-11-21.zip'],
      ['jrnl', 'jrnl – mine.json', 'jrnl%20%E2%80%93%20mine.json'],
      ['dayone', 'Dagbók ☀.zip', 'Dagb%C3%B3k%20%E2%98%80.zip'],
      ['freecbt', 'a;b,c%d"e.json', 'a%3Bb%2Cc%25d%22e.json'],
    ];
    for (const [source, name, encoded] of names) {
      installFake();
      await ipc.importFrom(source, name, new Uint8Array([1, 2, 3]));
      const { headers } = calls[0].options;
      assert.deepEqual(headers, { 'interlude-source': source, 'interlude-file-name': encoded }, name);
      assert.match(headers['interlude-file-name'], /^[\x21-\x7e]*$/, 'fits in a header as it is');
      assert.equal(decodeURIComponent(headers['interlude-file-name']), name, 'and decodes back to the name');
    }
  });

  it('still sends a name with a stray half of a surrogate pair, as U+FFFD', async () => {
    await ipc.previewImportFrom('jrnl', 'odd\ud800.json', new Uint8Array([0x7b, 0x7d]));
    assert.equal(calls[0].options.headers['interlude-file-name'], 'odd%EF%BF%BD.json');
  });

  it('fails as any other command does', async () => {
    const heard = [];
    const stop = ipc.onLockedError((err) => heard.push(err));
    installFake(() => { throw { kind: 'locked', message: 'This journal is locked.' }; });
    await assert.rejects(ipc.importFrom('daylio', 'd.csv', new Uint8Array([1])),
      { name: 'IpcError', kind: 'locked', message: 'This journal is locked.' });
    stop();
    assert.equal(heard.length, 1);
    installFake(() => { throw { kind: 'import', message: 'd.csv, line 2: no date. Nothing was imported.' }; });
    await assert.rejects(ipc.previewImportFrom('daylio', 'd.csv', new Uint8Array([1])),
      { name: 'IpcError', kind: 'import', message: 'd.csv, line 2: no date. Nothing was imported.' });
  });
});

describe('errors', () => {
  it('keeps a backend {kind, message} as it is', async () => {
    installFake(() => { throw { kind: 'invalid', message: "There's nothing written yet." }; });
    await assert.rejects(ipc.createReflection(input), (err) => {
      assert.ok(err instanceof ipc.IpcError);
      assert.ok(err instanceof Error);
      assert.equal(err.kind, 'invalid');
      assert.equal(err.message, "There's nothing written yet.");
      return true;
    });
  });

  it('turns a plain string rejection into a calm internal error', async () => {
    installFake(() => { throw 'command get_home not allowed by ACL'; });
    await assert.rejects(ipc.getHome(), (err) => {
      assert.ok(err instanceof ipc.IpcError);
      assert.equal(err.kind, 'internal');
      assert.equal(err.message, ipc.UNREACHABLE_MESSAGE);
      assert.doesNotMatch(err.message, /ACL/, 'developer wording is not shown');
      assert.equal(err.cause, 'command get_home not allowed by ACL');
      return true;
    });
  });

  it('turns undefined and half-shaped objects into internal errors', async () => {
    for (const thrown of [undefined, null, { message: 'no kind' }, { kind: 3, message: 'x' }]) {
      installFake(() => { throw thrown; });
      await assert.rejects(ipc.getSettings(), { name: 'IpcError', kind: 'internal' });
    }
  });

  it('fails calmly when there is no Tauri at all', async () => {
    delete globalThis.__TAURI__;
    await assert.rejects(ipc.getHome(), { kind: 'internal', message: ipc.UNREACHABLE_MESSAGE });
    await assert.rejects(ipc.closeWindow(), { kind: 'internal' });
    await assert.rejects(ipc.onJournalChanged(() => {}), { kind: 'internal' });
    await assert.rejects(ipc.onRemindersChanged(() => {}), { kind: 'internal' });
    await assert.rejects(ipc.onLockChanged(() => {}), { kind: 'internal' });
    await assert.rejects(ipc.onJournalDamaged(() => {}), { kind: 'internal' });
    await assert.rejects(ipc.onRegionChanged(() => {}), { kind: 'internal' });
    await assert.rejects(ipc.onCloseAsked(() => {}), { kind: 'internal' });
    await assert.rejects(ipc.onTrayChanged(() => {}), { kind: 'internal' });
    await assert.rejects(ipc.onSyncChanged(() => {}), { kind: 'internal' });
  });

  it('tells onLockedError listeners when a call is refused because of the lock, and still rejects', async () => {
    const locked = { kind: 'locked', message: 'This journal is locked. Unlock it to go on.' };
    installFake(() => { throw locked; });
    const heard = [];
    const stop = ipc.onLockedError((err) => heard.push(err));
    await assert.rejects(ipc.getHome(), { name: 'IpcError', kind: 'locked', message: locked.message });
    assert.equal(heard.length, 1);
    assert.equal(heard[0].kind, 'locked');

    installFake(() => { throw { kind: 'invalid', message: 'Nope.' }; });
    await assert.rejects(ipc.getHome(), { kind: 'invalid' });
    assert.equal(heard.length, 1, 'other failures are not the lock');

    installFake(() => { throw locked; });
    stop();
    await assert.rejects(ipc.getHome(), { kind: 'locked' });
    assert.equal(heard.length, 1, 'a stopped listener hears nothing');
  });

  it('tells onCorruptError listeners when the journal file can’t be read, and still rejects', async () => {
    const corrupt = { kind: 'corrupt', message: 'The journal file looks damaged or isn’t an Interlude journal. Nothing was changed. (file is not a database)' };
    installFake(() => { throw corrupt; });
    const heard = [];
    const stop = ipc.onCorruptError((err) => heard.push(err));
    await assert.rejects(ipc.getHome(), { name: 'IpcError', kind: 'corrupt', message: corrupt.message });
    await assert.rejects(ipc.createBackup(), { kind: 'corrupt' });
    assert.deepEqual(heard.map((e) => e.kind), ['corrupt', 'corrupt']);

    // A restore refused as corrupt means the backup failed its check, not the journal.
    await assert.rejects(ipc.restoreBackup('interlude-20261124-090500-daily.db'), { kind: 'corrupt' });
    assert.equal(heard.length, 2, 'a backup that failed its check is not news about the journal');

    installFake(() => { throw { kind: 'locked', message: 'Locked.' }; });
    await assert.rejects(ipc.getHome(), { kind: 'locked' });
    assert.equal(heard.length, 2, 'other failures are not a damaged file');

    installFake(() => { throw corrupt; });
    stop();
    await assert.rejects(ipc.getHome(), { kind: 'corrupt' });
    assert.equal(heard.length, 2, 'a stopped listener hears nothing');
  });

  it('a listener that throws does not change what the caller sees', async () => {
    installFake(() => { throw { kind: 'locked', message: 'Locked.' }; });
    const stop = ipc.onLockedError(() => { throw new Error('oops'); });
    await assert.rejects(ipc.stillHere(), { kind: 'locked', message: 'Locked.' });
    stop();
  });
});

describe('window and events', () => {
  it('closeWindow closes the current window', async () => {
    await ipc.closeWindow();
    assert.equal(globalThis.__TAURI__.window.closed, 1);
  });

  it('onJournalChanged listens to journal-changed and returns the unlisten promise', async () => {
    let heard = 0;
    const unlisten = await ipc.onJournalChanged(() => { heard += 1; });
    const { listeners } = globalThis.__TAURI__.event;
    assert.equal(listeners.length, 1);
    assert.equal(listeners[0].name, 'journal-changed');
    listeners[0].cb({ event: 'journal-changed', payload: null });
    assert.equal(heard, 1);
    assert.equal(typeof unlisten, 'function');
    unlisten();
    assert.equal(globalThis.__TAURI__.event.listeners.length, 0);
  });

  it('onRemindersChanged listens to reminders-changed, not journal-changed', async () => {
    let heard = 0;
    const unlisten = await ipc.onRemindersChanged(() => { heard += 1; });
    const { listeners } = globalThis.__TAURI__.event;
    assert.deepEqual(listeners.map((l) => l.name), ['reminders-changed']);
    listeners[0].cb({ event: 'reminders-changed', payload: null });
    assert.equal(heard, 1);
    unlisten();
    assert.equal(globalThis.__TAURI__.event.listeners.length, 0);
  });

  it('onLockChanged listens to lock-changed and hands over the LockStatus itself', async () => {
    const heard = [];
    const unlisten = await ipc.onLockChanged((status) => heard.push(status));
    const { listeners } = globalThis.__TAURI__.event;
    assert.deepEqual(listeners.map((l) => l.name), ['lock-changed']);
    const status = {
      state: 'locked', keeper: 'passphrase', previousKept: false, autoLockMinutes: 10, notificationsShowText: false,
    };
    listeners[0].cb({ event: 'lock-changed', payload: status });
    assert.deepEqual(heard, [status]);
    unlisten();
    assert.equal(globalThis.__TAURI__.event.listeners.length, 0);
  });

  it('onJournalDamaged listens to journal-damaged and hands over what the check found', async () => {
    const heard = [];
    const unlisten = await ipc.onJournalDamaged((found) => heard.push(found));
    const { listeners } = globalThis.__TAURI__.event;
    assert.deepEqual(listeners.map((l) => l.name), ['journal-damaged']);
    listeners[0].cb({ event: 'journal-damaged', payload: 'row 12 missing from index entries_at' });
    assert.deepEqual(heard, ['row 12 missing from index entries_at']);
    unlisten();
    assert.equal(globalThis.__TAURI__.event.listeners.length, 0);
  });

  it('onRegionChanged listens to region-changed and hands over the new CrisisHelp', async () => {
    const heard = [];
    const unlisten = await ipc.onRegionChanged((help) => heard.push(help));
    const { listeners } = globalThis.__TAURI__.event;
    assert.deepEqual(listeners.map((l) => l.name), ['region-changed']);
    const help = { region: { code: 'IN', name: 'India' }, regionSource: 'chosen', lines: [], emergency: '112' };
    listeners[0].cb({ event: 'region-changed', payload: help });
    assert.deepEqual(heard, [help]);
    unlisten();
    assert.equal(globalThis.__TAURI__.event.listeners.length, 0);
  });

  it('onCloseAsked listens to close-asked and calls back with nothing', async () => {
    const heard = [];
    const unlisten = await ipc.onCloseAsked((...args) => heard.push(args));
    const { listeners } = globalThis.__TAURI__.event;
    assert.deepEqual(listeners.map((l) => l.name), ['close-asked']);
    listeners[0].cb({ event: 'close-asked', payload: null });
    assert.deepEqual(heard, [[]]);
    unlisten();
    assert.equal(globalThis.__TAURI__.event.listeners.length, 0);
  });

  it('onTrayChanged listens to tray-changed and hands over {hostPresent}', async () => {
    const heard = [];
    const unlisten = await ipc.onTrayChanged((status) => heard.push(status));
    const { listeners } = globalThis.__TAURI__.event;
    assert.deepEqual(listeners.map((l) => l.name), ['tray-changed']);
    listeners[0].cb({ event: 'tray-changed', payload: { hostPresent: false } });
    assert.deepEqual(heard, [{ hostPresent: false }]);
    unlisten();
    assert.equal(globalThis.__TAURI__.event.listeners.length, 0);
  });

  it('onSyncChanged listens to sync-changed and hands over the SyncStatus', async () => {
    const heard = [];
    const unlisten = await ipc.onSyncChanged((status) => heard.push(status));
    const { listeners } = globalThis.__TAURI__.event;
    assert.deepEqual(listeners.map((l) => l.name), ['sync-changed']);
    const status = { on: true, folder: '/home/a/Sync', conflicts: 1 };
    listeners[0].cb({ event: 'sync-changed', payload: status });
    assert.deepEqual(heard, [status]);
    unlisten();
    assert.equal(globalThis.__TAURI__.event.listeners.length, 0);
  });

  it('a failing listen rejects as an IpcError', async () => {
    globalThis.__TAURI__.event.listen = async () => { throw 'event.listen not allowed'; };
    await assert.rejects(ipc.onRemindersChanged(() => {}), { name: 'IpcError', kind: 'internal' });
  });
});
