// Sync across my computers (#17), through a stand-in document and a fake
// backend: the words for times and computers; Settings → Sync off (Start
// for a protected journal and for one with no passphrase, Join with the
// passphrase or recovery key, each refused here before the backend when
// something is missing) and on (when it last sent and received, the other
// computers, what was noticed in the folder, newer changes, what waits,
// Sync now, and Stop only after the dialog); the two versions of what was
// edited on two computers, each kept with exactly its choice; and the
// quiet band on the Journal.

import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';

import {
  FakeEvent, deferred, installDom, installTauri, removeDom, removeTauri, settle,
} from './fake-dom.mjs';
import { syncConflictsBanner } from '../../ui/components/sync-banner.js';
import { parseRoute } from '../../ui/lib/route.js';
import {
  CONFLICTS_HREF, conflictEntryHref, conflictsLine, lastReceivedLine, lastSentLine, monthsSince, newerLine,
  resolvedLine, seenWords, sinceWords, staleLine, versionHeading,
} from '../../ui/lib/sync.js';
import journal, { resetJournalState } from '../../ui/views/journal.js';
import settings from '../../ui/views/settings.js';
import conflictsView, { NONE_LEFT, TITLE } from '../../ui/views/sync-conflicts.js';
import {
  JOIN_DONE, NO_FOLDER, NO_SECRET, PROTECTED_TOO, START_DONE, STOP_DONE, SYNC_HEADING, syncSection,
} from '../../ui/views/sync.js';

let doc;
let calls;
let listeners;

const $ = (sel) => doc.body.querySelector(sel);
const $$ = (sel) => doc.body.querySelectorAll(sel);
const callsOf = (cmd) => calls.filter((c) => c.cmd === cmd);

/** A fake backend that also records event listeners, so a test can emit. */
function backend(handlers) {
  calls = installTauri(handlers);
  listeners = [];
  globalThis.__TAURI__.event = {
    async listen(name, cb) {
      listeners.push({ name, cb });
      return () => { listeners = listeners.filter((l) => l.cb !== cb); };
    },
  };
}
const emit = (name, payload) => {
  for (const l of listeners.filter((x) => x.name === name)) l.cb({ event: name, payload });
};

// A fixed "now": Wednesday 25 November 2026, 10:00 on this computer.
const NOW = new Date(2026, 10, 25, 10, 0, 0);
const now = () => NOW;
/** An instant `minutes` before NOW, as the backend writes it. */
const ago = (minutes) => new Date(NOW.getTime() - minutes * 60_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
const localAt = (y, m, d, hh, mm) => new Date(y, m - 1, d, hh, mm).toISOString().replace(/\.\d{3}Z$/, 'Z');

const OFF = {
  on: false, folder: null, journalPlain: false, thisComputer: { id: 'c1', name: 'Desktop' },
  lastSent: null, lastReceived: null, computers: [], problems: [], newerChanges: 0, conflicts: 0,
};
const ON = {
  ...OFF,
  on: true,
  folder: '/home/a/Sync/Interlude',
  lastSent: ago(5),
  lastReceived: localAt(2026, 11, 24, 21, 10),
  computers: [
    { id: 'c2', name: 'Laptop', lastSeen: localAt(2026, 11, 24, 21, 10), changes: 12, stale: false },
    { id: 'c3', name: 'Old desktop', lastSeen: localAt(2026, 7, 2, 9, 0), changes: 0, stale: true },
  ],
  problems: [{
    file: '0007.ilc', message: 'A file from another journal: 0007.ilc',
    advice: 'It was left where it is. If it isn’t yours, you can move it out of the folder.',
  }],
  newerChanges: 3,
  conflicts: 2,
};
const SUGGESTIONS = [
  { path: '/home/a/Sync', label: 'Syncthing (~/Sync)' },
  { path: '/media/a/KEY', label: 'USB stick (KEY)' },
];

beforeEach(() => { doc = installDom(); });
afterEach(() => {
  removeDom();
  removeTauri();
});

// --- Words --------------------------------------------------------------------

describe('sync: words for times and computers', () => {
  it('says the last hour in minutes, then the day and the clock here', () => {
    assert.equal(sinceWords(ago(0), NOW), 'just now');
    assert.equal(sinceWords(ago(-2), NOW), 'just now', 'another computer’s clock a little ahead');
    assert.equal(sinceWords(ago(1), NOW), '1 minute ago');
    assert.equal(sinceWords(ago(5), NOW), '5 minutes ago');
    assert.equal(sinceWords(localAt(2026, 11, 25, 8, 5), NOW), 'today at 08:05');
    assert.equal(sinceWords(localAt(2026, 11, 24, 21, 10), NOW), 'yesterday at 21:10');
    assert.equal(sinceWords(localAt(2026, 11, 20, 17, 50), NOW), 'on Fri 20 Nov at 17:50');
    assert.equal(sinceWords(null, NOW), null);
    assert.equal(sinceWords('not a time', NOW), null);
  });

  it('lines for sent and received, with nothing yet said plainly', () => {
    assert.equal(lastSentLine({ lastSent: ago(5) }, NOW), 'Last sent 5 minutes ago.');
    assert.equal(lastReceivedLine({ lastReceived: localAt(2026, 11, 24, 21, 10) }, NOW),
      'Last received yesterday at 21:10.');
    assert.equal(lastSentLine({ lastSent: null }, NOW), 'Nothing has been sent from this computer yet.');
    assert.equal(lastReceivedLine({}, NOW), 'Nothing has come from another computer yet.');
    assert.equal(seenWords({ lastSeen: null }, NOW), 'not seen yet');
  });

  it('a computer unseen for months: how long, and what that means', () => {
    assert.equal(monthsSince(localAt(2026, 7, 2, 9, 0), NOW), 4);
    assert.equal(monthsSince(localAt(2026, 10, 26, 9, 0), NOW), 0, 'a month counts once its day comes round');
    assert.equal(staleLine({ lastSeen: localAt(2026, 7, 2, 9, 0) }, NOW),
      'Not seen for 4 months: old changes are tidied away without waiting for it; '
      + 'when it comes back it catches up from the latest snapshot.');
    assert.match(staleLine({ lastSeen: localAt(2026, 10, 20, 9, 0) }, NOW), /^Not seen for a month:/);
    assert.match(staleLine({ lastSeen: null }, NOW), /^Not seen for a long while:/);
  });

  it('newer changes and what waits, or nothing at all', () => {
    assert.equal(newerLine(3), 'Update Interlude on this computer to see 3 newer changes.');
    assert.equal(newerLine(1), 'Update Interlude on this computer to see 1 newer change.');
    assert.equal(newerLine(0), null);
    assert.equal(conflictsLine(0), null);
    assert.equal(conflictsLine(1), 'One thing was edited on two computers at once. Both versions are kept until you choose.');
    assert.match(conflictsLine(2), /^2 things were edited/);
    for (const line of [newerLine(3), conflictsLine(2), staleLine({}, NOW)]) assert.doesNotMatch(line, /!/);
  });

  it('the entry a conflict is in, where it has a page', () => {
    assert.equal(conflictEntryHref({ kind: 'moment', entryId: 7 }), '#moment/7');
    assert.equal(conflictEntryHref({ kind: 'reflection', entryId: 3 }), '#reflection/3');
    assert.equal(conflictEntryHref({ kind: 'plan', entryId: 4 }), '#plan/4');
    assert.equal(conflictEntryHref({ kind: 'moment', entryId: null }), null);
    assert.equal(conflictEntryHref({ kind: 'safetyPlan', entryId: 1 }), null);
  });

  it('which computer and when, and what was kept', () => {
    assert.equal(versionHeading({ computer: 'Laptop', at: localAt(2026, 11, 24, 21, 10) }, NOW),
      'From Laptop, yesterday at 21:10');
    assert.equal(versionHeading({ computer: '', at: null }, NOW), 'From another computer');
    assert.equal(resolvedLine({ keep: 'v2' }, { computer: 'Laptop' }, 1), 'Kept the version from Laptop. 1 more waits for a choice.');
    assert.equal(resolvedLine({ keepBoth: true }, null, 0), 'Kept both, joined together. That was the last one.');
  });

  it('#sync/conflicts is its own page, in the Journal; anything else under sync is Settings', () => {
    assert.equal(CONFLICTS_HREF, '#sync/conflicts');
    assert.deepEqual(parseRoute('#sync/conflicts'), { view: 'syncConflicts', place: 'journal' });
    assert.deepEqual(parseRoute('#/sync/conflicts'), { view: 'syncConflicts', place: 'journal' });
    assert.deepEqual(parseRoute('#sync'), { view: 'settings', place: 'settings' });
  });
});

// --- Settings → Sync ------------------------------------------------------------

/** The stop confirmation, as index.html has it. */
function stopDialog() {
  const d = doc.createElement('dialog');
  d.id = 'confirm-stop-sync';
  const body = doc.createElement('p');
  body.id = 'confirm-stop-sync-body';
  const keep = doc.createElement('button');
  keep.id = 'confirm-stop-sync-no';
  const yes = doc.createElement('button');
  yes.id = 'confirm-stop-sync-yes';
  d.append(body, keep, yes);
  doc.body.append(d);
  return d;
}

async function showSection(handlers, options = {}) {
  backend({ sync_folder_suggestions: () => SUGGESTIONS, ...handlers });
  const section = await syncSection({ refresh: () => {} }, { now, ...options });
  doc.body.append(section);
  await settle();
  return section;
}

const type = (sel, value) => {
  const el = $(sel);
  el.value = value;
  el.dispatchEvent(new FakeEvent('input'));
};

describe('Settings → Sync, off', () => {
  it('explains what travels and where, and the folders found here fill the field', async () => {
    const section = await showSection({ sync_status: () => OFF });
    assert.equal($('#sync-heading').textContent, SYNC_HEADING);
    assert.equal(section.getAttribute('aria-labelledby'), 'sync-heading');
    assert.match($('#sync-about').textContent, /never connects to anything/);
    assert.match($('#sync-about').textContent, /Syncthing, Nextcloud, iCloud Drive or Dropbox/);
    assert.match($('#sync-travels').textContent, /only ever holds encrypted files/);
    // The field is labelled, and described.
    assert.equal($('label[for="sync-folder"]').textContent, 'Folder to sync through');
    assert.equal($('#sync-folder').getAttribute('aria-describedby'), 'sync-folder-hint');
    assert.equal($('#sync-folder').value, '');
    // Each found folder is a button that fills it in.
    const found = $$('.sync-suggestion');
    assert.equal(found.length, 2);
    assert.match(found[0].textContent, /Syncthing \(~\/Sync\)/);
    found[1].click();
    assert.equal($('#sync-folder').value, '/media/a/KEY');
    assert.equal(doc.activeElement, $('#sync-folder'), 'focus goes to the field it filled');
    // Two clear ways in.
    assert.equal($('#sync-start').textContent, 'Start syncing this journal');
    assert.equal($('#sync-join').textContent, 'Join the journal in this folder');
    // A protected journal needs no passphrase to start.
    assert.equal($('#sync-passphrase'), null);
    assert.equal($('#sync-protect'), null);
    assert.equal(callsOf('sync_start').length + callsOf('sync_join').length, 0);
  });

  it('with no folders found, the field still takes any path', async () => {
    await showSection({ sync_status: () => OFF, sync_folder_suggestions: () => [] });
    assert.equal($('.sync-suggestions'), null);
    assert.match($('#sync-folder-hint').textContent, /type the path of any folder/);
  });

  it('Start for a protected journal sends the folder, no passphrase and no protecting, then shows it on', async () => {
    const onStatus = [];
    await showSection({
      sync_status: () => OFF,
      sync_start: () => ({ ...ON, lastSent: ago(0), computers: [], problems: [], newerChanges: 0, conflicts: 0 }),
    }, { onStatus: (s) => onStatus.push(s.on) });
    type('#sync-folder', '  /home/a/Sync  ');
    $('#sync-start').click();
    await settle();
    assert.deepEqual(callsOf('sync_start').map((c) => c.args),
      [{ folder: '/home/a/Sync', passphrase: null, protectJournal: false }]);
    assert.equal($('#sync-status').textContent, START_DONE);
    assert.equal(doc.activeElement, $('#sync-status'), 'the line saying it went through has focus');
    assert.equal($('#sync-folder'), null, 'the form is gone');
    assert.equal($('#sync-now').textContent, 'Sync now');
    assert.deepEqual(onStatus, [false, true]);
  });

  it('Start with no folder asks for one, without asking the backend', async () => {
    await showSection({ sync_status: () => OFF, sync_start: () => ON });
    $('#sync-start').click();
    await settle();
    assert.equal(callsOf('sync_start').length, 0);
    assert.equal($('#sync-start-status').textContent, NO_FOLDER);
    assert.equal(doc.activeElement, $('#sync-folder'));
  });

  it('a journal with no passphrase: Start asks for one twice and refuses a mismatch without calling the backend', async () => {
    let keyChanged = 0;
    await showSection({
      sync_status: () => ({ ...OFF, journalPlain: true }),
      sync_start: () => ({ ...ON, journalPlain: false }),
    }, { onJournalKeyChanged: () => { keyChanged += 1; } });
    assert.equal($('label[for="sync-passphrase"]').textContent, 'Passphrase for sync');
    assert.equal($('#sync-passphrase').getAttribute('type'), 'password');
    assert.equal($('label[for="sync-passphrase-confirm"]').textContent, 'The passphrase again');
    assert.match($('#sync-start-plain').textContent, /has no passphrase, so sync needs one/);
    assert.equal($('#sync-protect').checked, true, 'protecting the journal here too is offered, checked');
    assert.match($('#sync-protect').parentNode.textContent,
      /Also protect this journal on this computer with the same passphrase/);

    type('#sync-folder', '/home/a/Sync');
    type('#sync-passphrase', 'correct horse battery');
    type('#sync-passphrase-confirm', 'correct horse batery');
    $('#sync-start').click();
    await settle();
    assert.equal(callsOf('sync_start').length, 0, 'a mismatch never reaches the backend');
    assert.match($('#sync-start-status').textContent, /don’t match/);
    assert.ok($('#sync-start-status').classList.contains('is-error'));
    assert.equal(doc.activeElement, $('#sync-passphrase-confirm'));

    type('#sync-passphrase', 'short');
    type('#sync-passphrase-confirm', 'short');
    $('#sync-start').click();
    await settle();
    assert.equal(callsOf('sync_start').length, 0, 'too short never reaches the backend either');
    assert.match($('#sync-start-status').textContent, /at least 8 characters/);
    assert.equal(doc.activeElement, $('#sync-passphrase'));

    type('#sync-passphrase', 'correct horse battery');
    type('#sync-passphrase-confirm', 'correct horse battery');
    $('#sync-start').click();
    await settle();
    assert.deepEqual(callsOf('sync_start').map((c) => c.args),
      [{ folder: '/home/a/Sync', passphrase: 'correct horse battery', protectJournal: true }]);
    assert.equal($('#sync-status').textContent, START_DONE + PROTECTED_TOO);
    assert.equal(keyChanged, 1, 'Settings hears the journal may have a passphrase now');
  });

  it('a journal with no passphrase, not protected here: protectJournal is false', async () => {
    await showSection({ sync_status: () => ({ ...OFF, journalPlain: true }), sync_start: () => ON });
    type('#sync-folder', '/home/a/Sync');
    type('#sync-passphrase', 'correct horse battery');
    type('#sync-passphrase-confirm', 'correct horse battery');
    $('#sync-protect').click();
    $('#sync-start').click();
    await settle();
    assert.deepEqual(callsOf('sync_start').map((c) => c.args),
      [{ folder: '/home/a/Sync', passphrase: 'correct horse battery', protectJournal: false }]);
    assert.equal($('#sync-status').textContent, START_DONE);
  });

  it('while Start works, the form rests and its line says so; a refusal is said there', async () => {
    const answer = deferred();
    await showSection({ sync_status: () => OFF, sync_start: () => answer.promise });
    type('#sync-folder', '/nowhere');
    $('#sync-start').click();
    await settle();
    assert.equal($('#sync-start-form').getAttribute('aria-busy'), 'true');
    assert.match($('#sync-start-status').textContent, /^Starting…/);
    assert.equal(doc.activeElement, $('#sync-start-status'));
    assert.equal($('#sync-folder').disabled, true);
    $('#sync-join').click();
    await settle();
    assert.equal(callsOf('sync_join').length, 0, 'one thing at a time');
    answer.reject({ kind: 'invalid', message: 'Interlude can’t write in /nowhere. Choose a folder you can write to.' });
    await settle();
    assert.equal($('#sync-start-status').textContent, 'Interlude can’t write in /nowhere. Choose a folder you can write to.');
    assert.ok($('#sync-start-status').classList.contains('is-error'));
    assert.equal($('#sync-start-form').getAttribute('aria-busy'), null);
    assert.equal($('#sync-folder').disabled, false);
    assert.equal($('#sync-folder').value, '/nowhere', 'what was typed stays');
  });

  it('Join sends the folder and the secret exactly as typed, and says nothing was replaced', async () => {
    let keyChanged = 0;
    await showSection({
      sync_status: () => OFF,
      sync_join: () => ({ ...ON, conflicts: 0, problems: [], newerChanges: 0 }),
    }, { onJournalKeyChanged: () => { keyChanged += 1; } });
    assert.equal($('label[for="sync-secret"]').textContent, 'Passphrase or recovery key');
    assert.equal($('#sync-secret').getAttribute('type'), 'password');
    assert.match($('#sync-join-merge').textContent, /Nothing is replaced/);
    // The secret can be shown while typing a long recovery key.
    $('#sync-secret-show').click();
    assert.equal($('#sync-secret').getAttribute('type'), 'text');
    $('#sync-secret-show').click();
    assert.equal($('#sync-secret').getAttribute('type'), 'password');

    $('#sync-suggestion-0').click();
    type('#sync-secret', '7K2M 9QXR ABCD');
    $('#sync-join').click();
    await settle();
    assert.deepEqual(callsOf('sync_join').map((c) => c.args), [{ folder: '/home/a/Sync', secret: '7K2M 9QXR ABCD' }]);
    assert.equal($('#sync-status').textContent, JOIN_DONE);
    assert.equal(doc.activeElement, $('#sync-status'));
    assert.equal(keyChanged, 1);
  });

  it('Join with nothing typed asks for it; a wrong one is said calmly, with the field ready again', async () => {
    await showSection({
      sync_status: () => OFF,
      sync_join: () => { throw { kind: 'wrongKey', message: 'That doesn’t open the journal in this folder.' }; },
    });
    type('#sync-folder', '/home/a/Sync');
    $('#sync-join').click();
    await settle();
    assert.equal(callsOf('sync_join').length, 0);
    assert.equal($('#sync-join-status').textContent, NO_SECRET);
    assert.equal(doc.activeElement, $('#sync-secret'));

    type('#sync-secret', 'not it at all');
    $('#sync-join').click();
    await settle();
    assert.equal(callsOf('sync_join').length, 1);
    assert.equal($('#sync-join-status').textContent, 'That doesn’t open the journal in this folder.');
    assert.equal(doc.activeElement, $('#sync-secret'));
  });

  it('a status that can’t be had fails inside the section, with a way to try again', async () => {
    let retried = 0;
    backend({ sync_status: () => { throw { kind: 'internal', message: 'Sync couldn’t be checked just now.' }; } });
    const section = await syncSection({ refresh: () => { retried += 1; } }, { now });
    doc.body.append(section);
    assert.equal(section.querySelector('h2').textContent, SYNC_HEADING);
    assert.equal(section.querySelector('[role="alert"] p').textContent, 'Sync couldn’t be checked just now.');
    section.querySelector('[role="alert"] button').click();
    assert.equal(retried, 1);
  });
});

describe('Settings → Sync, on', () => {
  it('says where, when it last sent and received, and how each other computer is doing', async () => {
    await showSection({ sync_status: () => ON });
    assert.match($('#sync-about').textContent, /^This journal syncs through \/home\/a\/Sync\/Interlude\./);
    assert.equal($('#sync-this-computer').textContent, 'This computer is called Desktop.');
    assert.equal($('#sync-last-sent').textContent, 'Last sent 5 minutes ago.');
    assert.equal($('#sync-last-received').textContent, 'Last received yesterday at 21:10.');
    assert.equal($('#sync-computers-heading').textContent, 'Your other computers');
    assert.equal($('#sync-computer-0 .sync-computer-line').textContent,
      'Laptop — last seen yesterday at 21:10 · 12 changes from it');
    assert.equal($('#sync-computer-0-stale'), null);
    assert.match($('#sync-computer-1 .sync-computer-line').textContent, /^Old desktop — last seen on Thu 2 Jul at 09:00$/);
    assert.equal($('#sync-computer-1-stale').textContent,
      'Not seen for 4 months: old changes are tidied away without waiting for it; '
      + 'when it comes back it catches up from the latest snapshot.');
  });

  it('shows what was noticed with its advice, newer changes, and a way to what waits', async () => {
    await showSection({ sync_status: () => ON });
    assert.equal($('#sync-problems-heading').textContent, 'Worth a look');
    assert.equal($('#sync-problem-0 .sync-problem-message').textContent, 'A file from another journal: 0007.ilc');
    assert.match($('#sync-problem-0 .sync-problem-advice').textContent, /^It was left where it is\./);
    assert.equal($('#sync-problem-0 .sync-problem-file'), null, 'the file is already in the message');
    assert.equal($('#sync-newer').textContent, 'Update Interlude on this computer to see 3 newer changes.');
    assert.match($('#sync-conflicts').textContent, /^2 things were edited on two computers at once/);
    assert.equal($('#sync-conflicts-link').getAttribute('href'), '#sync/conflicts');
    // Calm: nothing here is marked as an error.
    assert.equal($$('.is-error').length, 0);
    assert.equal($$('.notice-attention').length, 0);
    assert.equal($$('[role="alert"]').length, 0);
  });

  it('with nothing noticed, nothing newer and nothing waiting, those lines are away', async () => {
    await showSection({
      sync_status: () => ({ ...ON, computers: [], problems: [], newerChanges: 0, conflicts: 0, lastReceived: null }),
    });
    assert.equal($('#sync-problems'), null);
    assert.equal($('#sync-newer'), null);
    assert.equal($('#sync-conflicts'), null);
    assert.equal($('#sync-last-received').textContent, 'Nothing has come from another computer yet.');
    assert.match($('#sync-computers-none').textContent, /No other computer has joined yet/);
  });

  it('Sync now sends and merges, and the status is drawn again from the answer', async () => {
    await showSection({ sync_status: () => ON, sync_now: () => ({ ...ON, lastSent: ago(0), conflicts: 0 }) });
    $('#sync-now').focus();
    $('#sync-now').click();
    await settle();
    assert.equal(callsOf('sync_now').length, 1);
    assert.equal($('#sync-now-status').textContent, 'Sent and merged just now.');
    assert.equal($('#sync-last-sent').textContent, 'Last sent just now.');
    assert.equal($('#sync-conflicts'), null);
    assert.equal(doc.activeElement, $('#sync-now'), 'focus stays on the button');
    assert.equal($('#sync-now').getAttribute('aria-disabled'), null);
  });

  it('Sync now that fails says why, calmly', async () => {
    await showSection({
      sync_status: () => ON,
      sync_now: () => { throw { kind: 'sync', message: 'The folder isn’t there just now. Is the USB stick in?' }; },
    });
    $('#sync-now').click();
    await settle();
    assert.equal($('#sync-now-status').textContent, 'The folder isn’t there just now. Is the USB stick in?');
    assert.ok($('#sync-now-status').classList.contains('is-error'));
    assert.equal($('#sync-last-sent').textContent, 'Last sent 5 minutes ago.', 'the status stays as it was');
  });

  it('Stop needs the dialog’s “Stop syncing”; the folder and other computers are untouched', async () => {
    const dialog = stopDialog();
    await showSection({ sync_status: () => ON, sync_stop: () => ({ ...OFF, folder: ON.folder }) });
    assert.match($('#sync-stop-hint').textContent, /leaves the folder and your other computers as they are/);
    $('#sync-stop').click();
    await settle();
    assert.equal(dialog.open, true);
    assert.equal(doc.activeElement, $('#confirm-stop-sync-no'), 'the safe choice has focus');
    dialog.close('keep');
    await settle();
    assert.equal(callsOf('sync_stop').length, 0, 'nothing happens without “Stop syncing”');
    assert.ok($('#sync-now'), 'still on');

    $('#sync-stop').click();
    await settle();
    dialog.close('stop');
    await settle();
    assert.equal(callsOf('sync_stop').length, 1);
    assert.deepEqual(callsOf('sync_stop')[0].args, {});
    assert.equal($('#sync-status').textContent, STOP_DONE);
    assert.match(STOP_DONE, /the folder and your other computers are untouched/);
    assert.equal(doc.activeElement, $('#sync-status'));
    assert.equal($('#sync-folder').value, ON.folder, 'the folder is offered again, to join again later');
  });

  it('a merge from another computer redraws the status in place', async () => {
    await showSection({ sync_status: () => ON });
    $('#sync-conflicts-link').focus();
    emit('sync-changed', { ...ON, lastReceived: ago(1), conflicts: 1 });
    await settle();
    assert.equal($('#sync-last-received').textContent, 'Last received 1 minute ago.');
    assert.match($('#sync-conflicts').textContent, /^One thing was edited/);
    assert.equal(doc.activeElement, $('#sync-conflicts-link'), 'focus is found again');
  });
});

describe('Settings with Sync', () => {
  const base = (over = {}) => ({
    get_settings: () => ({ theme: 'system', whenClosed: 'ask' }),
    get_app_info: () => ({ version: '0.1.0', schemaVersion: 3, dataDir: '/home/a/.local/share/interlude' }),
    get_autostart: () => false,
    get_tray_status: () => ({ hostPresent: true }),
    get_lock_status: () => ({ state: 'open', keeper: 'passphrase', previousKept: false, autoLockMinutes: 0 }),
    sync_folder_suggestions: () => [],
    ...over,
  });

  async function showSettings(over) {
    backend(base(over));
    const root = doc.createElement('div');
    doc.body.append(root);
    await settings.render(root, {}, { refresh: () => {} });
    await settle();
    return root;
  }

  it('comes right after Privacy and lock, before Your data', async () => {
    const root = await showSettings({ sync_status: () => OFF });
    const headings = root.querySelectorAll('h2').map((x) => x.textContent);
    const at = (t) => headings.indexOf(t);
    assert.ok(at(SYNC_HEADING) > 0);
    assert.equal(at(SYNC_HEADING), at('Privacy and lock') + 1);
    assert.equal(at('Your data'), at(SYNC_HEADING) + 1);
    assert.match($('#data-where').textContent, /^Your journal is stored only on this computer, at /);
  });

  it('while it syncs, Your data says the journal travels through the folder too', async () => {
    await showSettings({ sync_status: () => ON });
    assert.equal($('#data-where').textContent, 'Your journal is stored on this computer, at '
      + '/home/a/.local/share/interlude, and travels encrypted through your sync folder.');
    assert.equal($('#data-dir').textContent, '/home/a/.local/share/interlude');
  });

  it('a Sync section that fails never hides the rest of Settings', async () => {
    const root = await showSettings({ sync_status: () => { throw { kind: 'internal', message: 'Not now.' }; } });
    assert.equal($('#sync [role="alert"] p').textContent, 'Not now.');
    assert.ok(root.querySelectorAll('h2').some((x) => x.textContent === 'Your data'));
  });

  it('after Start protects the journal, Privacy and lock is drawn again from the backend', async () => {
    let keeper = 'none';
    const root = await showSettings({
      get_lock_status: () => ({ state: 'open', keeper, previousKept: false, autoLockMinutes: 0 }),
      sync_status: () => ({ ...OFF, journalPlain: true }),
      sync_start: () => {
        keeper = 'passphrase';
        return { ...ON, journalPlain: false };
      },
    });
    assert.equal($('#privacy-keeper').dataset.keeper, 'none');
    type('#sync-folder', '/home/a/Sync');
    type('#sync-passphrase', 'correct horse battery');
    type('#sync-passphrase-confirm', 'correct horse battery');
    $('#sync-start').click();
    await settle();
    assert.equal($('#privacy-keeper').dataset.keeper, 'passphrase');
    assert.equal(root.querySelectorAll('#privacy').length, 1, 'one Privacy section, in its place');
    assert.equal(doc.activeElement, $('#sync-status'), 'focus stays with what Sync said');
  });
});

// --- The two versions -----------------------------------------------------------

const CONFLICTS = [
  {
    kind: 'moment', uid: 'm-1', field: 'situation', fieldLabel: 'What happened',
    entryTitle: 'Anxious before the meeting', entryId: 7,
    versions: [
      { version: 'v-desk', text: 'The meeting ran late.\nI stayed calm.', computer: 'Desktop', at: localAt(2026, 11, 25, 8, 5), current: true },
      { version: 'v-lap', text: 'الاجتماع تأخر', computer: 'Laptop', at: localAt(2026, 11, 24, 21, 10), current: false },
    ],
  },
  {
    kind: 'note', uid: 'n-2', field: 'text', fieldLabel: 'Note', entryTitle: 'Slept badly', entryId: null,
    versions: [
      { version: 'v-a', text: 'Woke at 4.', computer: 'Desktop', at: localAt(2026, 11, 23, 7, 0), current: true },
      { version: 'v-b', text: '', computer: 'Laptop', at: localAt(2026, 11, 23, 7, 30), current: false },
    ],
  },
];

async function showConflicts(handlers) {
  backend(handlers);
  const root = doc.createElement('div');
  doc.body.append(root);
  const title = await conflictsView.render(root, { view: 'syncConflicts' }, { refresh: () => {} }, { now });
  await settle();
  return { root, title };
}

describe('Edited on two computers', () => {
  it('shows each conflict: the entry, the field, and every version in full with its computer and time', async () => {
    const { title } = await showConflicts({ sync_conflicts: () => CONFLICTS });
    assert.equal(title, TITLE);
    assert.equal($('h1').textContent, 'Edited on two computers');
    assert.match($('#conflicts-about').textContent, /Nothing is lost until you choose/);
    assert.equal($$('.sync-conflict').length, 2);
    assert.equal($('#conflict-0-title').textContent, 'Anxious before the meeting');
    assert.equal($('#conflict-0-title').getAttribute('dir'), 'auto');
    assert.equal($('#conflict-0-where').textContent, 'Moment · What happened · Open the entry');
    assert.equal($('#conflict-0-entry').getAttribute('href'), '#moment/7');
    assert.equal($('#conflict-1-entry'), null, 'no entry page, no link');
    assert.equal($('#conflict-0-v0-heading').textContent, 'From Desktop, today at 08:05');
    assert.equal($('#conflict-0-v1-heading').textContent, 'From Laptop, yesterday at 21:10');
    assert.equal($('#conflict-0-v0-current').textContent, 'Shown in your journal now.');
    assert.equal($('#conflict-0-v1-current'), null);
    // The person's words, whole, as text, taking their own direction.
    assert.equal($('#conflict-0-v0-text').textContent, 'The meeting ran late.\nI stayed calm.');
    assert.equal($('#conflict-0-v1-text').textContent, 'الاجتماع تأخر');
    for (const text of $$('div.sync-version-text')) assert.equal(text.getAttribute('dir'), 'auto');
    assert.equal($('#conflict-1-v1-text').textContent, 'Nothing written here.');
    // Each "Keep this one" says which it keeps.
    assert.equal($('#conflict-0-v1-keep').textContent, 'Keep this one');
    assert.equal($('#conflict-0-v1-keep').getAttribute('aria-labelledby'), 'conflict-0-v1-keep conflict-0-v1-heading');
    assert.equal($('#conflict-0-both').textContent, 'Keep both');
    assert.match($('#conflict-0-both-hint').textContent, /joins them/);
    // Calm: nothing here is a warning.
    assert.equal($$('[role="alert"]').length, 0);
    assert.equal($$('.is-error').length, 0);
  });

  it('Keep this one sends exactly that version; the list is drawn again with what remains', async () => {
    await showConflicts({ sync_conflicts: () => CONFLICTS, sync_resolve: () => [CONFLICTS[1]] });
    $('#conflict-0-v1-keep').focus();
    $('#conflict-0-v1-keep').click();
    await settle();
    assert.deepEqual(callsOf('sync_resolve').map((c) => c.args),
      [{ kind: 'moment', uid: 'm-1', field: 'situation', choice: { keep: 'v-lap' } }]);
    assert.equal($$('.sync-conflict').length, 1);
    assert.equal($('#conflict-0-title').textContent, 'Slept badly');
    assert.equal($('#conflicts-status').textContent, 'Kept the version from Laptop. 1 more waits for a choice.');
    assert.equal(doc.activeElement, $('#conflicts-status'), 'the line saying what was kept has focus');
  });

  it('Keep both sends keepBoth; when none remain it says so kindly, with a way back', async () => {
    await showConflicts({ sync_conflicts: () => [CONFLICTS[1]], sync_resolve: () => [] });
    $('#conflict-0-both').click();
    await settle();
    assert.deepEqual(callsOf('sync_resolve').map((c) => c.args),
      [{ kind: 'note', uid: 'n-2', field: 'text', choice: { keepBoth: true } }]);
    assert.equal($('#conflicts-status').textContent, 'Kept both, joined together. That was the last one.');
    assert.equal($('#conflicts-none p').textContent, NONE_LEFT);
    assert.equal($('#conflicts-back').getAttribute('href'), '#journal');
    assert.equal($('#conflicts-settings').getAttribute('href'), '#settings');
    assert.equal($$('.sync-conflict').length, 0);
  });

  it('with nothing waiting, the page says so at once', async () => {
    await showConflicts({ sync_conflicts: () => [] });
    assert.equal($('#conflicts-none p').textContent, NONE_LEFT);
    assert.doesNotMatch(NONE_LEFT, /!/);
  });

  it('one choice at a time; a choice that fails is said, and the list stays', async () => {
    const answer = deferred();
    await showConflicts({ sync_conflicts: () => CONFLICTS, sync_resolve: () => answer.promise });
    $('#conflict-0-v0-keep').click();
    await settle();
    assert.equal($('#conflict-1-both').getAttribute('aria-disabled'), 'true');
    $('#conflict-1-both').click();
    await settle();
    assert.equal(callsOf('sync_resolve').length, 1);
    answer.reject({ kind: 'invalid', message: 'That was settled on another computer meanwhile.' });
    await settle();
    assert.equal($('#conflicts-status').textContent, 'That was settled on another computer meanwhile.');
    assert.equal($$('.sync-conflict').length, 2);
    assert.equal($('#conflict-1-both').getAttribute('aria-disabled'), null);
    assert.equal(doc.activeElement, $('#conflict-0-v0-keep'));
  });

  it('a merge from another computer asks for the list again, in place', async () => {
    let list = CONFLICTS;
    await showConflicts({ sync_conflicts: () => list });
    list = [CONFLICTS[0]];
    emit('sync-changed', { ...ON, conflicts: 1 });
    await settle();
    assert.equal($$('.sync-conflict').length, 1);
    assert.equal(callsOf('sync_conflicts').length, 2);
  });

  it('a list that can’t be had is said, with a way to try again', async () => {
    await showConflicts({ sync_conflicts: () => { throw { kind: 'locked', message: 'This journal is locked.' }; } });
    assert.equal($('h1').textContent, TITLE);
    assert.equal($('[role="alert"] p').textContent, 'This journal is locked.');
  });
});

// --- The band on the Journal ------------------------------------------------------

describe('the Journal’s quiet band', () => {
  it('only while something waits, with a way to it', () => {
    assert.equal(syncConflictsBanner(null), null);
    assert.equal(syncConflictsBanner({ ...ON, conflicts: 0 }), null);
    const band = syncConflictsBanner({ ...ON, conflicts: 1 });
    assert.match(band.textContent, /One thing was edited on two computers at once/);
    assert.equal(band.querySelector('#sync-banner-link').getAttribute('href'), '#sync/conflicts');
    assert.equal(band.getAttribute('role'), null, 'not announced over what the person is doing');
  });

  it('sits under the Journal’s heading when conflicts > 0, and is away otherwise', async () => {
    resetJournalState();
    const page = async (status) => {
      backend({
        list_tags: () => [],
        get_timeline: () => ({ items: [], next: null }),
        sync_status: status,
      });
      const root = doc.createElement('div');
      await journal.render(root, { search: '' }, { refresh: () => {}, navigate: () => {}, isCurrent: () => true });
      doc.body.replaceChildren(root);
      return root;
    };
    let root = await page(() => ({ ...ON, conflicts: 2 }));
    assert.equal(root.querySelector('h1').nextSibling, $('#sync-banner'));
    assert.equal($('#sync-banner-link').textContent, 'Choose what to keep');
    root = await page(() => OFF);
    assert.equal($('#sync-banner'), null);
    root = await page(() => { throw { kind: 'internal', message: 'no sync here' }; });
    assert.equal($('#sync-banner'), null);
    assert.equal(root.querySelector('h1').textContent, 'Journal');
  });
});
