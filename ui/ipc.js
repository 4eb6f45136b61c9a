// The one seam between the web view and the Rust backend.
//
// Every other module talks to Interlude's storage through the functions
// here, and only this file touches `__TAURI__`. It is read lazily, on each
// call, so node tests can install a fake `globalThis.__TAURI__` and exercise
// every view's logic without a desktop around them.
//
// Each function is a thin adapter: one command name, one argument object
// whose keys match the Rust command's parameters exactly (the backend denies
// unknown fields, so an extra key is a bug, not a convenience). The two
// imports from other apps are the exception: a file's raw bytes, with
// headers (see below).

import { t } from './lib/i18n.js';

/** What the person sees when the backend can't be reached at all, in
 *  English (the tests compare with it); the error carries the message in
 *  the language in use. */
export const UNREACHABLE_MESSAGE =
  "Interlude couldn't reach its storage just now. Your words are still here.";

/** Every failed call rejects with this: a stable `kind` and a message a
 *  person can read. Backend errors already arrive as `{kind, message}`. */
export class IpcError extends Error {
  constructor(kind, message, options) {
    super(message, options);
    this.name = 'IpcError';
    this.kind = kind;
  }
}

/** Turns anything an invoke can reject with into an IpcError. Strings and
 *  other shapes come from Tauri itself (a missing command, a denied
 *  permission); their wording is for developers, so it is kept only as the
 *  `cause` and the person sees a calm, honest sentence instead. */
function toIpcError(err) {
  if (err instanceof IpcError) return err;
  if (
    err !== null &&
    typeof err === 'object' &&
    typeof err.kind === 'string' &&
    typeof err.message === 'string'
  ) {
    return new IpcError(err.kind, err.message);
  }
  return new IpcError('internal', t('shell-unreachable'), { cause: err });
}

function tauri() {
  const found = globalThis.__TAURI__;
  if (!found) throw new IpcError('internal', t('shell-unreachable'));
  return found;
}

// Whoever must know at once that the journal is locked (the main window's
// lock screen, the reflection window's note). Any command can be the first
// to find out — auto-lock happens while nobody is looking — so the news is
// passed on here, where every call goes through, and no view has to care.
const lockedListeners = new Set();

/** Calls `callback(error)` whenever a command fails because the journal is
 *  locked. Returns a function that stops it. */
export function onLockedError(callback) {
  lockedListeners.add(callback);
  return () => lockedListeners.delete(callback);
}

// Whoever must know that the journal file can't be read (the main
// window's banner, which offers the newest backup). When the journal fails
// to open at start, every journal command answers 'corrupt', so whichever
// call comes first brings the news, as with the lock above.
const corruptListeners = new Set();

/** Calls `callback(error)` whenever a command fails because the journal
 *  file can't be read. Returns a function that stops it. */
export function onCorruptError(callback) {
  corruptListeners.add(callback);
  return () => corruptListeners.delete(callback);
}

function tell(listeners, error) {
  for (const callback of [...listeners]) {
    try {
      callback(error);
    } catch {
      /* one listener's trouble must not change what the caller sees */
    }
  }
}

const tellLocked = (error) => tell(lockedListeners, error);

// A restore refused as 'corrupt' means the *backup* failed its check; the
// journal itself is as it was, so that is not news for the listeners.
const CORRUPT_MEANS_BACKUP = new Set(['restore_backup']);

// `options` (Tauri's InvokeOptions, such as `{headers}`) is passed on only
// when given, so every other call stays exactly `invoke(cmd, args)`.
async function call(cmd, args = {}, options = undefined) {
  try {
    const core = tauri().core;
    return await (options === undefined ? core.invoke(cmd, args) : core.invoke(cmd, args, options));
  } catch (err) {
    const error = toIpcError(err);
    if (error.kind === 'locked') tellLocked(error);
    if (error.kind === 'corrupt' && !CORRUPT_MEANS_BACKUP.has(cmd)) tell(corruptListeners, error);
    throw error;
  }
}

// --- Home and reflections -------------------------------------------------

export const getHome = () => call('get_home', {});

export const listReflections = (limit, offset = 0) =>
  call('list_reflections', { limit, offset });

export const getReflection = (id) => call('get_reflection', { id });

export const createReflection = (input) => call('create_reflection', { input });

export const updateReflection = (id, input) =>
  call('update_reflection', { id, input });

// --- Plans and practice ---------------------------------------------------

export const getToday = () => call('get_today', {});

export const listPlans = (includeArchived = false) =>
  call('list_plans', { includeArchived });

export const getPlan = (id) => call('get_plan', { id });

/** The sentence the backend would build from `input`, and gentle hints. */
export const previewPlan = (input) => call('preview_plan', { input });

export const createPlan = (input) => call('create_plan', { input });

export const updatePlan = (id, input) => call('update_plan', { id, input });

export const setPlanStatus = (id, status) => call('set_plan_status', { id, status });

/** `input` is `{planId, day, outcome, count, reason, note}`; `day` null is today. */
export const logPlan = (input) => call('log_plan', { input });

export const clearPlanLog = (planId, day) => call('clear_plan_log', { planId, day });

/** A finished guided practice that is a plan's action counts once today. */
export const recordPractice = (planId) => call('record_practice', { planId });

export const saveCompassionBreak = (input) => call('save_compassion_break', { input });

export const listCompassionBreaks = (limit) => call('list_compassion_breaks', { limit });

// --- Behavioural experiments ---------------------------------------------
// A belief tested as a prediction: what was planned, and afterwards what
// happened and what was learned. An Experiment is {id, prediction,
// beliefBefore, test, safetyBehaviours, expected, plannedFor, fromMomentId,
// planId, happened, learned, beliefAfter, obstacles, status ('planned',
// 'ready' or 'done'), writtenUpAt, createdAt, updatedAt}; the input is the
// same words with `remind` (see lib/experiment-form.js).

/** Every experiment not deleted, newest first. */
export const listExperiments = () => call('list_experiments', {});

export const getExperiment = (id) => call('get_experiment', { id });

export const createExperiment = (input) => call('create_experiment', { input });

/** The whole input, every time: the plan and the write-up together. */
export const updateExperiment = (id, input) => call('update_experiment', { id, input });

/** Soft delete; `restoreExperiment` undoes it for a few minutes. */
export const deleteExperiment = (id) => call('delete_experiment', { id });

export const restoreExperiment = (id) => call('restore_experiment', { id });

// --- Behavioural activation ----------------------------------------------
// What matters to the person (values, by life area) and activities planned
// for a value with a predicted mood, sense of achievement and enjoyment
// (0–10), logged afterwards with the actual ones, or logged with no plan.
// A LifeValue is {id, area, words, createdAt, updatedAt}; an Activity is
// {id, what, value: {id, area, words}|null, plannedFor, predicted: {mood,
// mastery, pleasure}, doneAt, actual, note, status: 'planned'|'ready'|'done',
// createdAt, updatedAt}. See lib/activity-form.js for ActivityInput.

/** Every value, by life area, oldest first within one. */
export const listValues = () => call('list_values', {});
/** `input`: {area, words}. */
export const createValue = (input) => call('create_value', { input });
export const updateValue = (id, input) => call('update_value', { id, input });
/** Soft delete; `restoreValue` undoes it for a few minutes. */
export const deleteValue = (id) => call('delete_value', { id });
export const restoreValue = (id) => call('restore_value', { id });

/** Every activity: still to do (soonest first), then done (latest first). */
export const listActivities = () => call('list_activities', {});
export const getActivity = (id) => call('get_activity', { id });
export const createActivity = (input) => call('create_activity', { input });
/** Replaces every part: logging how it went is an update. */
export const updateActivity = (id, input) => call('update_activity', { id, input });
export const deleteActivity = (id) => call('delete_activity', { id });
export const restoreActivity = (id) => call('restore_activity', { id });
/** What goes with mood, over the last `days` days (null: all time). */
export const getActivityInsights = (days = null) => call('get_activity_insights', { days });

// --- Homework from the therapist, as a file -------------------------------
// A homework file's text and name; the preview is {fileId, from, note,
// noteAlreadyAdded, items: [{id, kind: 'plan'|'practice'|'experiment'|'questionnaire'|'question',
// title, detail, practice, alreadyAdded}]}. Nothing is added without a yes:
// `accept` lists the item ids said yes to, `keepNote` the note.

/** What the file would add; writes nothing. */
export const previewHomework = (text, fileName) => call('preview_homework', { text, fileName });
/** Adds the items said yes to; resolves to {added, alreadyHere, leftOut}. */
export const importHomework = (text, fileName, accept, keepNote) =>
  call('import_homework', { text, fileName, accept, keepNote });
/** The questionnaires asked for in homework files: [{id, measure, timing:
 *  'beforeEachSession'|'weekly', from, createdAt, due, sessionAt}]. */
export const listMeasureRequests = () => call('list_measure_requests', {});
/** Stops one: it is no longer offered. */
export const stopMeasureRequest = (id) => call('stop_measure_request', { id });
/** The extra reflection questions asked in homework files, still asked
 *  after each session, oldest first: [{id, uid, text, from, createdAt}]. */
export const listReflectionQuestions = () => call('list_reflection_questions', {});
/** Stops asking one in new reflections; answers already written stay. */
export const stopReflectionQuestion = (id) => call('stop_reflection_question', { id });

// --- The pattern journal ------------------------------------------------
// Entries are moments, check-ins, notes and reflections. An EntryRef is
// `{kind, id}`; see docs/export-format.md for the fields of each kind.

export const getJournalVocabulary = () => call('get_journal_vocabulary', {});

export const recentTriggers = (limit = 8) => call('recent_triggers', { limit });

export const listTags = () => call('list_tags', {});

export const createMoment = (input) => call('create_moment', { input });

export const updateMoment = (id, input) => call('update_moment', { id, input });

export const getMoment = (id) => call('get_moment', { id });

export const createCheckin = (input) => call('create_checkin', { input });

export const updateCheckin = (id, input) => call('update_checkin', { id, input });

export const getCheckin = (id) => call('get_checkin', { id });

export const createNote = (input) => call('create_note', { input });

export const updateNote = (id, input) => call('update_note', { id, input });

export const getNote = (id) => call('get_note', { id });

/** Soft delete of any entry; `restoreEntry` undoes it for a few minutes. */
export const deleteEntry = (entry) => call('delete_entry', { entry });

export const restoreEntry = (entry) => call('restore_entry', { entry });

/** `flags` is `{starred?, private?}`; a missing flag is left as it is. */
export const setEntryFlags = (entry, flags) => call('set_entry_flags', { entry, flags });

export const setEntryTags = (entry, tags) => call('set_entry_tags', { entry, tags });

export const getEntryMeta = (entry) => call('get_entry_meta', { entry });

/** One page of the timeline; pass the answer's `next` as `query.before`. */
export const getTimeline = (query = {}) => call('get_timeline', { query });

export const searchJournal = (query, limit = 50) => call('search_journal', { query, limit });

/** `days` null means all time. */
export const getInsights = (days = null) => call('get_insights', { days });

// --- Bringing it back to therapy -------------------------------------------
// The session brief, the PHQ-9 and GAD-7 check-ins, and the safety plan.

export const getMeasureForms = () => call('get_measure_forms', {});

/** `input` is `{id, measure, answers, difficulty}`; a null answer keeps it a draft. */
export const saveMeasure = (input) => call('save_measure', { input });

export const getMeasureHistory = (measure) => call('get_measure_history', { measure });

export const deleteMeasure = (id) => call('delete_measure', { id });

export const restoreMeasure = (id) => call('restore_measure', { id });

/** The plan, with `currentRegion` (the region in force now) and
 *  `crisisLinesEdited` (its lines differ from the table's for `region`). */
export const getSafetyPlan = () => call('get_safety_plan', {});

export const saveSafetyPlan = (plan) => call('save_safety_plan', { plan });

/** Puts the current region's crisis lines (and emergency number) in the
 *  plan in place of its own; resolves to the SafetyPlan. Ask first when
 *  the person edited theirs. */
export const useRegionCrisisLines = () => call('use_region_crisis_lines', {});

// --- Crisis help ------------------------------------------------------------
// From the app's own table, never the journal, so these answer while locked,
// at the first run and with a damaged journal too. A CrisisHelp is
// {region: {code, name} | null, regionSource ('chosen', 'environment',
// 'timeZone', 'locale') | null, lines: [{name, number, hours, ways, note,
// source, verified}], emergency | null, fallback: {number, note, directory,
// directoryNote}, safetyPlan (the person's copy, if they keep one for the
// lock screen) | null}.

export const getCrisisHelp = () => call('get_crisis_help', {});

/** Every country the picker offers: `[{code, name, hasLines}]`, by name. */
export const listRegions = () => call('list_regions', {});

/** `region` is a country code, or null to guess it again (time zone, then
 *  language settings). Resolves to the new CrisisHelp. */
export const setRegion = (region) => call('set_region', { region: region ?? null });

/** `query` is `{since, until, includePrivate}`; nulls mean "since the last session" and "today". */
export const getBrief = (query) => call('get_brief', { query });

export const saveBriefPrep = (query, prep) => call('save_brief_prep', { query, prep });

/** `format` is 'md', 'html' or 'pdf'; resolves to `{path}` in Downloads. */
export const exportBrief = (query, format) => call('export_brief', { query, format });
/** Every completed PHQ-9 and GAD-7 as FHIR R4 JSON, saved to a file: `{ path }`. */
export const exportMeasuresFhir = () => call('export_measures_fhir', {});

// --- Drafts ---------------------------------------------------------------

export const getDraft = (key) => call('get_draft', { key });

export const saveDraft = (key, body) => call('save_draft', { key, body });

export const discardDraft = (key) => call('discard_draft', { key });

export const getFeelingWords = () => call('get_feeling_words', {});

// --- Windows --------------------------------------------------------------

/** Opens (or focuses) the reflection window; `null` means a new one. */
export const openReflectionWindow = (id = null) =>
  call('open_reflection_window', { id });

export const showMainWindow = () => call('show_main_window', {});

/** Closes the window this code runs in. */
export async function closeWindow() {
  try {
    return await tauri().window.getCurrentWindow().close();
  } catch (err) {
    throw toIpcError(err);
  }
}

// --- Settings and data ----------------------------------------------------

/** `{ theme, whenClosed }`: theme 'system' | 'light' | 'dark'; whenClosed
 *  'ask' | 'background' | 'quit' (what closing the main window does when
 *  no tray icon can bring it back). */
export const getSettings = () => call('get_settings', {});

/** Saves the whole preferences object: both fields, always (the backend
 *  denies unknown fields, and a missing one would fall back to its
 *  default). */
export const setSettings = (settings) => call('set_settings', { settings });

export const getAppInfo = () => call('get_app_info', {});

/** `{ choice, inUse, system }`: the language chosen in Settings ('system'
 *  or a tag), the one in use ('en-US', 'de'), and the computer's own. */
export const getLanguage = () => call('get_language', {});

/** Keeps the language choice ('system' or a tag) and answers as
 *  getLanguage does; every window then hears onLanguageChanged. */
export const setLanguage = (choice) => call('set_language', { choice: String(choice) });

/** Calls `callback({ choice, inUse, system })` when the language changes
 *  (in Settings, in any window). */
export const onLanguageChanged = (callback) => listen('language-changed', (event) => callback(event?.payload));

/** Says the window's first view is drawn, with the page's own clock (only a
 *  benchmark listens: `make bench` times start-up and reopening by it). */
export const appReady = (pageMs = globalThis.performance?.now() ?? null) => call('app_ready', { pageMs });
export const getAutostart = () => call('get_autostart', {});
export const setAutostart = (enabled) => call('set_autostart', { enabled: Boolean(enabled) });

// --- Interlude on this computer -----------------------------------------

/** Quits Interlude (Ctrl+Q, or Settings): reminders stop until it is
 *  opened again. */
export const quitApp = () => call('quit_app', {});

/** The answer to "Keep Interlude running when its window is closed?":
 *  `choice` is 'background' or 'quit'. The backend keeps it as the
 *  `whenClosed` setting and carries it out (the window goes, or Interlude
 *  quits). */
export const answerClose = (choice) => call('answer_close', { choice });

/** `{ hostPresent }`: whether this desktop can show Interlude's tray icon. */
export const getTrayStatus = () => call('get_tray_status', {});

/** Entries marked private stay out unless `includePrivate`. */
export const exportJournal = (includePrivate = false) =>
  call('export_journal', { includePrivate: Boolean(includePrivate) });

export const importJournal = (text) => call('import_journal', { text });

// --- Imports from other apps ----------------------------------------------
// `source` is 'daylio', 'loop', 'jrnl', 'dayone' or 'freecbt'; `fileName` the
// picked file's name; `bytes` its contents (a Uint8Array or an ArrayBuffer),
// sent as they are, with no base64, as the request's raw body (the backend
// takes up to 256 MB). The source and the name go in headers, the name
// percent-encoded (encodeURIComponent) so any name fits in one. These work
// in the main window only.

/** The name as percent-encoded UTF-8. A stray half of a surrogate pair,
 *  which encodeURIComponent refuses, becomes U+FFFD first (TextEncoder's
 *  way), so no name can keep a file from being sent. */
function encodeFileName(name) {
  const text = String(name);
  try {
    return encodeURIComponent(text);
  } catch {
    return encodeURIComponent(new TextDecoder().decode(new TextEncoder().encode(text)));
  }
}

const importHeaders = (source, fileName) => ({
  headers: {
    'interlude-source': String(source),
    'interlude-file-name': encodeFileName(fileName),
  },
});

/** What importing the file would add (an ImportPreview); writes nothing. */
export const previewImportFrom = (source, fileName, bytes) =>
  call('preview_import_from', bytes, importHeaders(source, fileName));

/** Imports the file, all or nothing, after a backup; resolves to
 *  `{added, alreadyPresent}`. */
export const importFrom = (source, fileName, bytes) =>
  call('import_from', bytes, importHeaders(source, fileName));

// --- Backups ---------------------------------------------------------------
// A BackupInfo is {name, madeAt, reason, bytes}; `name` (the file name) is
// its identity. These work in the main window only.

/** `{backups (newest first), damage, folder}`; answers even when the
 *  journal couldn't be opened. `damage` is what the background check found
 *  wrong with the journal, or null. */
export const listBackups = () => call('list_backups', {});

/** Makes a checked backup now; resolves to its BackupInfo. */
export const createBackup = () => call('create_backup', {});

/** Resolves to the backup made of what was there before, or null when the
 *  journal couldn't be opened at all (the damaged file is set aside then). */
export const restoreBackup = (name) => call('restore_backup', { name });

// --- Encryption and the app lock ------------------------------------------
// Each answers with a LockStatus: {state ('new': no journal yet, the
// first-run choice; 'sealed': encrypted and not opened since the app
// started; 'locked': open behind a locked window; 'open'; 'failed': the
// journal couldn't be opened), keeper ('none', 'passphrase' or 'login': how
// the key is kept), previousKept, autoLockMinutes, notificationsShowText,
// safetyPlanOnLockScreen (a plain copy of the safety plan is kept for the
// lock screen), loginAvailable (this computer's keychain answered),
// loginProblem (a sentence when a login-kept journal's key didn't come,
// else null), plainUnchosen (open and unencrypted, made by the `interlude`
// terminal command before the app ran, so nobody was asked how to keep
// it), notice (only in the answer to a key change: a sentence
// to show instead of the usual one, such as an older backup that couldn't
// be moved to the new key; else null or absent)}. While locked, every
// command that reads or writes the journal fails with kind 'locked' (see
// onLockedError).

export const getLockStatus = () => call('get_lock_status', {});

export const unlock = (passphrase) => call('unlock', { passphrase });

export const lockNow = () => call('lock_now', {});

/** `current` is null the first time (the journal gets encrypted then) and
 *  from a login-kept journal ("Use a passphrase instead"). */
export const setPassphrase = (current, passphrase) =>
  call('set_passphrase', { current: current ?? null, passphrase });

/** The first-run choice, valid only in state 'new': `keeper` is
 *  'login', 'passphrase' or 'none'; `passphrase` is null unless it is
 *  'passphrase'. Fails with kind 'keychain' when the keychain couldn't keep
 *  the key, 'invalid' when the passphrase won't do. */
export const createJournal = (keeper, passphrase) =>
  call('create_journal', { keeper, passphrase: passphrase ?? null });

/** Keeps a journal made from the terminal unencrypted, as chosen: the
 *  answer (a LockStatus) has `plainUnchosen` false, and the backend
 *  remembers it, so nobody is asked again. */
export const keepJournalPlain = () => call('keep_journal_plain', {});

/** Opens a login-kept journal (or its locked window) by asking the
 *  keychain again. Fails with kind 'keychain' and a sentence. */
export const unlockWithLogin = () => call('unlock_with_login', {});

/** The open, unlocked login-kept journal's key as a code to write down:
 *  `{code}`, 52 characters of Crockford base32 in 13 groups of four
 *  ("7K2M 9QXR …"). Any other journal fails with kind 'invalid' or
 *  'locked'. */
export const getRecoveryKey = () => call('get_recovery_key', {});

/** Opens a sealed login-kept journal with its recovery key (spaces, dashes
 *  and case don't matter) and gives the key back to the keychain. A code
 *  that isn't one fails with kind 'invalid', one that doesn't open this
 *  journal with a sentence saying so. If the keychain still can't keep the
 *  key, the journal opens anyway and `loginProblem` says so. */
export const unlockWithRecoveryKey = (code) => call('unlock_with_recovery_key', { code });

/** Moves the journal to being kept by the login: `current` is null from
 *  an unencrypted journal, the passphrase from a passphrase-kept one (a
 *  wrong one fails with kind 'wrongKey'). The copy from before is kept. */
export const useLogin = (current) => call('use_login', { current: current ?? null });

/** Deletes the copy kept from before the last change of passphrase or
 *  keeper. */
export const forgetPreviousCopy = () => call('forget_previous_copy', {});

/** `autoLockMinutes` 0 means never. `safetyPlanOnLockScreen` keeps a
 *  plain copy of the safety plan for the lock screen; left out (undefined),
 *  the backend keeps it as it is. */
export const setLockSettings = (autoLockMinutes, notificationsShowText, safetyPlanOnLockScreen) =>
  call('set_lock_settings', {
    autoLockMinutes: Number(autoLockMinutes),
    notificationsShowText: Boolean(notificationsShowText),
    ...(safetyPlanOnLockScreen === undefined
      ? {} : { safetyPlanOnLockScreen: Boolean(safetyPlanOnLockScreen) }),
  });

/** The person is here (typing, clicking); auto-lock counts from the last one. */
export const stillHere = () => call('still_here', {});

// --- Sync across my computers ---------------------------------------------
// Interlude never opens a socket: it writes encrypted files into a folder
// that a sync app the person already uses carries (Syncthing, Nextcloud,
// iCloud Drive, Dropbox, a USB stick), and merges what arrives. Each of
// these answers with a SyncStatus: {on, folder, journalPlain (the journal
// has no passphrase, so sync needs its own), thisComputer: {id, name},
// lastSent, lastReceived (RFC 3339 or null), computers (the other ones seen
// in the folder: [{id, name, lastSeen, changes, stale}]), problems
// ([{file, message, advice}], plain words), newerChanges (from a newer
// Interlude, not readable here), conflicts (how many wait for a choice)}.

export const syncStatus = () => call('sync_status', {});

/** Folders found on this computer that a sync app carries (or a USB
 *  stick): `[{path, label}]`, maybe empty. */
export const syncFolderSuggestions = () => call('sync_folder_suggestions', {});

/** The first computer: puts this journal in `folder`. `passphrase` is
 *  for a journal without one (status.journalPlain), else null; with it,
 *  `protectJournal` protects the journal here with the same passphrase. */
export const syncStart = (folder, passphrase, protectJournal) =>
  call('sync_start', {
    folder, passphrase: passphrase ?? null, protectJournal: Boolean(protectJournal),
  });

/** Another computer: joins the journal in `folder`, opened with `secret`
 *  (the first computer's passphrase or recovery key). What is here is
 *  merged with what is there; nothing is replaced. */
export const syncJoin = (folder, secret) => call('sync_join', { folder, secret });

/** Sends this computer's changes and merges what arrived, now. */
export const syncNow = () => call('sync_now', {});

/** This computer stops syncing; the folder and the other computers are
 *  left as they are. */
export const syncStop = () => call('sync_stop', {});

/** What was edited on two computers at once: `[{kind, uid, field,
 *  fieldLabel, entryTitle, entryId, versions: [{version, text, computer,
 *  at, current}]}]`. */
export const syncConflicts = () => call('sync_conflicts', {});

/** Settles one conflict; `choice` is `{keep: version}` or `{keepBoth:
 *  true}` (the texts joined). Resolves to the conflicts that remain. */
export const syncResolve = (kind, uid, field, choice) =>
  call('sync_resolve', { kind, uid, field, choice });

// --- Sessions and reminders -------------------------------------------

export const getSchedule = () => call('get_schedule', {});

export const setSchedule = (schedule) => call('set_schedule', { schedule });

export const clearSchedule = () => call('clear_schedule', {});

/** The next `count` starts (RFC 3339) the schedule would give. */
export const previewSchedule = (schedule, count) => call('preview_schedule', { schedule, count });

/** `start` is a datetime-local value, "YYYY-MM-DDTHH:MM", in the schedule's zone. */
export const moveSession = (occurrence, start) => call('move_session', { occurrence, start });

export const cancelSession = (occurrence) => call('cancel_session', { occurrence });

/** Undoes a move or a cancel. */
export const restoreSession = (occurrence) => call('restore_session', { occurrence });

export const exportSchedule = () => call('export_schedule', {});

export const getReminderSettings = () => call('get_reminder_settings', {});

export const setReminderSettings = (settings) => call('set_reminder_settings', { settings });

export const getReminderStatus = () => call('get_reminder_status', {});

/** `until` is 'hour', 'tomorrow' or 'resume'. */
export const pauseReminders = (until) => call('pause_reminders', { until });

export const snoozeReminder = (key, minutes) => call('snooze_reminder', { key, minutes });

export const dismissReminder = (key) => call('dismiss_reminder', { key });

// --- Events ---------------------------------------------------------------

function listen(name, callback) {
  try {
    return Promise.resolve(
      tauri().event.listen(name, (event) => callback(event)),
    ).catch((err) => {
      throw toIpcError(err);
    });
  } catch (err) {
    return Promise.reject(toIpcError(err));
  }
}

/** Calls `callback` whenever any window wrote to the journal. Returns
 *  Tauri's promise of an unlisten function. */
export const onJournalChanged = (callback) => listen('journal-changed', callback);

/** Calls `callback` whenever the reminder status may have changed (a pause,
 *  a snooze, a reminder that is waiting to be seen). Returns Tauri's
 *  promise of an unlisten function. */
export const onRemindersChanged = (callback) => listen('reminders-changed', callback);

/** Calls `callback(status)` with the LockStatus whenever the journal is
 *  locked or unlocked (from any window, the tray, or auto-lock). Returns
 *  Tauri's promise of an unlisten function. */
export const onLockChanged = (callback) => listen('lock-changed', (event) => callback(event?.payload));

/** Calls `callback(found)` once the background check finds a problem with
 *  the journal file (`found` says what). Returns Tauri's promise of an
 *  unlisten function. */
export const onJournalDamaged = (callback) => listen('journal-damaged', (event) => callback(event?.payload));

/** Calls `callback(help)` with the new CrisisHelp whenever the region for
 *  crisis lines changes (from any window). Returns Tauri's promise of an
 *  unlisten function. */
export const onRegionChanged = (callback) => listen('region-changed', (event) => callback(event?.payload));
/** The tray's "My safety plan" was chosen (behind the lock: the crisis lines). */
export const onCrisisHelpAsked = (callback) => listen('crisis-help-asked', () => callback());

/** The main window was closed with no tray icon to open it again and no
 *  answer yet to what closing should do: the window asks (no payload). */
export const onCloseAsked = (callback) => listen('close-asked', () => callback());

/** Calls `callback({ hostPresent })` whenever a tray host appears on this
 *  desktop or goes. Returns Tauri's promise of an unlisten function. */
export const onTrayChanged = (callback) => listen('tray-changed', (event) => callback(event?.payload));

/** Calls `callback(status)` with the SyncStatus whenever a merge from
 *  another computer changed something. Returns Tauri's promise of an
 *  unlisten function. */
export const onSyncChanged = (callback) => listen('sync-changed', (event) => callback(event?.payload));
