// Every name a UI module exports is there for another UI module (app.js
// and reflect.js included) to import. An export nobody imports is dead
// code that still looks like part of a module's contract; one imported
// only by tests is allowed only in TEST_ONLY below, with its reason.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

import { exportedNames, importedNames } from './module-graph.mjs';

const UI = fileURLToPath(new URL('../../ui/', import.meta.url));
const TESTS = dirname(fileURLToPath(import.meta.url));

// Keyed by module, each list under the reason it is exported for tests.
const TEST_ONLY = {
  // State a module keeps for the window's lifetime, which each test must
  // start without.
  reset: {
    'components/earlier-day.js': ['resetEarlierDay'],
    'components/restore-backup.js': ['resetRestoreState'],
    'components/today-row.js': ['resetRowState'],
    'lib/lock-status.js': ['resetLockStatus'],
    'views/brief.js': ['resetBriefState'],
    'views/journal.js': ['resetJournalState'],
  },
  // A delay the tests move a fake clock by: the module's own number, so a
  // change of timing doesn't leave the tests waiting for the old one.
  timing: {
    'lib/activity.js': ['PING_INTERVAL_MS'],
    'views/brief.js': ['OWN_WORDS_DELAY'],
    'views/journal.js': ['SEARCH_DELAY'],
    'views/safety-plan.js': ['SAVE_DELAY'],
  },
  // The translation files' areas and ids, which the completeness test
  // (messages.test.mjs) checks against the code and each other.
  messages: {
    'lib/i18n.js': ['AREAS', 'hasMessage'],
  },
  // Wording and limits the tests compare the page with: one copy of each.
  wording: {
    'components/crisis-help.js': ['HELP_BUTTON', 'HELP_TITLE', 'NOT_FROM_JOURNAL', 'OFFLINE_FALLBACK'],
    'components/first-run.js': ['KEPT_IT', 'LOGIN_HINT', 'RECOVERY_LATER'],
    'components/journal-banner.js': ['DAMAGED_TITLE', 'UNREADABLE_TITLE'],
    'components/lock-screen.js': ['LOCKED_TITLE'],
    'components/locked-note.js': ['LOCKED_MESSAGE', 'NEW_JOURNAL_MESSAGE'],
    'components/protect-banner.js': ['KEPT_NOTE', 'PROTECT_BODY', 'PROTECT_TITLE'],
    'ipc.js': ['UNREACHABLE_MESSAGE'],
    'lib/activity.js': ['ACTIVITY_EVENTS'],
    'lib/backups.js': ['REASON_WORDS'],
    'views/backups.js': ['EMPTY_MESSAGE', 'KEPT'],
    'views/homework.js': ['MAX_HOMEWORK_BYTES'],
    'views/import-other.js': ['MAX_FILE_BYTES', 'SOURCES'],
    'views/privacy.js': ['AUTO_LOCK_MINUTES'],
    'views/safety-plan.js': ['SECTION_KEYS'],
    'views/sync-conflicts.js': ['NONE_LEFT', 'TITLE'],
    'views/sync.js': [
      'JOIN_DONE', 'NO_FOLDER', 'NO_SECRET', 'PROTECTED_TOO', 'START_DONE', 'STOP_DONE', 'SYNC_HEADING',
    ],
  },
  // Pure functions (and the error type every failed call rejects with),
  // tested on their own: every edge case without drawing a page for each.
  unit: {
    'components/activity-insights.js': ['eveningsLine', 'expectationLine', 'moodWithLine', 'surpriseLine'],
    'components/activity-parts.js': ['tenWords'],
    'components/crisis-help.js': ['crisisPanel', 'waysInWords'],
    'views/homework.js': ['acceptedIds'],
    'components/lock-screen.js': ['screenFor'],
    'components/locked-note.js': ['lockedMessage'],
    'ipc.js': ['IpcError'],
    'lib/activity.js': ['throttlePings'],
    'lib/brief.js': ['pointsWord'],
    'lib/charts.js': [
      'BAR_BOX', 'COLUMN_BOX', 'barLayout', 'barLength', 'columnLayout', 'linePath', 'linePositions', 'maxValue',
      'pairedLayout',
    ],
    'lib/measures.js': ['bandFor', 'changeWords', 'listNumbers', 'progressSummary'],
    'lib/moment-form.js': ['clampStep', 'cleanEmotions', 'isEmptyMoment'],
    'lib/pacer.js': ['cycleSeconds', 'sessionSeconds', 'totalCycles'],
    'lib/plan-form.js': ['formToFrequency', 'wholeNumber'],
    'lib/plans.js': ['formatCount'],
    'lib/recovery-key.js': ['recoveryGroups', 'spelt'],
    'lib/reflection-form.js': ['isBlank', 'isEmpty'],
    'lib/schedule.js': ['isoWeekday', 'untilWords'],
    'lib/shortcuts.js': ['isTextField'],
    'lib/sparkline.js': ['scorePercent', 'trendWord'],
    'lib/sync.js': ['monthsSince', 'sinceWords'],
    'lib/time.js': ['formatOffset'],
    'views/import-other.js': [
      'alreadyLine', 'countsPhrase', 'importedMessage', 'listWords', 'rangeLine', 'totalNew',
    ],
    'views/insights.js': [
      'beliefReading', 'countsLine', 'dayNumber', 'emotionsReading', 'listWords', 'moodReading', 'oneDecimal', 'plural',
      'reframeReading', 'shortDay', 'timeReading', 'topTies', 'trapsReading', 'triggerTrapsReading',
      'triggersReading', 'weekdaysReading',
    ],
    'lib/journal.js': ['kindNoun'],
    'views/safety-plan.js': ['crisisSourceLine', 'planToState', 'regionName', 'toPayload'],
    'views/settings.js': ['exportSummary', 'importSummary', 'regionSection'],
  },
};

const sourcesIn = (dir, pattern) => readdirSync(dir, { recursive: true })
  .filter((f) => pattern.test(f))
  .map((f) => ({ file: join(dir, f), source: readFileSync(join(dir, f), 'utf8') }));

// ui/vendor/ is a library copied in whole (scripts/vendor-ui.sh): its
// exports are its own, not ours to trim.
const name = (file) => relative(UI, file);
const uiModules = sourcesIn(UI, /\.js$/).filter(({ file }) => !name(file).startsWith('vendor/'));
const testModules = sourcesIn(TESTS, /\.m?js$/);

/** For each UI module, which of its names UI modules import, and which tests. */
function importsByModule() {
  const used = new Map(uiModules.map(({ file }) => [name(file), { ui: new Set(), tests: new Set() }]));
  for (const [modules, side] of [[uiModules, 'ui'], [testModules, 'tests']]) {
    for (const { file, source } of modules) {
      for (const { spec, name: imported } of importedNames(source)) {
        if (!spec.startsWith('.')) continue;
        used.get(name(resolve(dirname(file), spec)))?.[side].add(imported);
      }
    }
  }
  return used;
}

const allowed = new Set(Object.values(TEST_ONLY).flatMap((lists) => Object.entries(lists)
  .flatMap(([module, names]) => names.map((n) => `${module} ${n}`))));

describe('UI exports', () => {
  const used = importsByModule();

  it('reads the modules and their imports, not nothing', () => {
    assert.ok(uiModules.length > 40, `only ${uiModules.length} UI modules found`);
    assert.ok(used.get('lib/dom.js').ui.has('h'));
    assert.ok(used.get('views/home.js').ui.has('default'), 'app.js imports the views');
  });

  it('every export is imported by another UI module, or listed as for tests with a reason', () => {
    const unused = [];
    for (const { file, source } of uiModules) {
      const { ui, tests } = used.get(name(file));
      for (const exported of exportedNames(source)) {
        if (ui.has(exported)) continue;
        const where = `${name(file)} ${exported}`;
        if (!tests.has(exported)) unused.push(`${where} (imported by nothing)`);
        else if (!allowed.has(where)) unused.push(`${where} (imported only by tests)`);
      }
    }
    assert.deepEqual(unused, []);
  });

  it('lists as for tests only names tests import and no UI module does', () => {
    const stale = [];
    for (const where of allowed.keys()) {
      const [module, exported] = where.split(' ');
      const source = uiModules.find(({ file }) => name(file) === module)?.source ?? '';
      const { ui, tests } = used.get(module) ?? { ui: new Set(), tests: new Set() };
      if (!exportedNames(source).has(exported) || ui.has(exported) || !tests.has(exported)) stale.push(where);
    }
    assert.deepEqual(stale, []);
  });
});
