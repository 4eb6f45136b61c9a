// Sync carried by a real engine: two Syncthing instances (Debian's
// package), each with its own home, listening only on 127.0.0.1 with
// discovery, relays and NAT traversal off (syncthing_pair.py), carry one
// folder between the app's journal (A) and a second journal driven from
// the terminal (B). A moment written in the app reaches B; B's note
// reaches the app with no click; a delete travels; a note edited on both
// shows its two versions; B killed mid-merge converges when run again; and
// a marker written in the journal is in neither folder nor either
// Syncthing's database.

import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { Session, sleep, startDriver, waitFor } from './webdriver.mjs';

const BIN = process.env.INTERLUDE_BIN;
const PAIR = fileURLToPath(new URL('./syncthing_pair.py', import.meta.url));
const base = mkdtempSync(join(tmpdir(), 'interlude-e2e-syncthing-'));
const dataA = join(base, 'journal-a');
const dataB = join(base, 'journal-b');
const PASSPHRASE = 'tide pools at low water';
const MARKER = 'quokka-marker-5512';
let pair;
let app;
let appC;
let driverC;

const cli = (dir, args) => execFileSync(BIN, ['--data-dir', dir, ...args], {
  encoding: 'utf8', env: { ...process.env, INTERLUDE_PASSPHRASE: PASSPHRASE },
});

async function invoke(cmd, args) {
  return invokeOn(app, cmd, args);
}

function invokeOn(session, cmd, args) {
  return session.invoke(cmd, args);
}

function filesUnder(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    const s = statSync(path);
    return s.isDirectory() ? filesUnder(path) : s.isFile() ? [path] : [];
  });
}

/** B's sync, again and again, until `done` says what it waited for came. */
async function untilOnB(done, what) {
  await waitFor(async () => {
    cli(dataB, ['sync', 'now']);
    return done();
  }, { what, timeout: 30000, interval: 700 });
}

before(() => {
  pair = JSON.parse(execFileSync('python3', [PAIR, 'start', base], { encoding: 'utf8' }));
});

after(async () => {
  if (appC) await appC.end();
  if (driverC) await driverC.stop();
  if (app) await app.end();
  execFileSync('python3', [PAIR, 'stop', base]);
  rmSync(base, { recursive: true, force: true });
});

test('a moment written in the app reaches the journal on the other computer', async () => {
  execFileSync(BIN, ['import', '--data-dir', dataA, fileURLToPath(new URL('./fixtures/one-reflection.json', import.meta.url))]);
  app = await Session.start(process.env.WEBDRIVER_URL, BIN, ['--data-dir', dataA]);
  await app.waitForVisible('#reflect-now', 20000);
  await invoke('sync_start', { folder: pair.folderA, passphrase: PASSPHRASE, protectJournal: false });
  await invoke('create_moment', { input: { situation: `At the bus stop ${MARKER}`, selfTalk: 'They will think I am late' } });
  // Syncthing carries the journal's files to B's folder.
  const root = join(pair.folderB, 'Interlude journal');
  await waitFor(() => existsSync(join(root, 'journal.json'))
    && filesUnder(root).some((f) => f.endsWith('device.ilx')), { what: 'the folder to reach B', timeout: 30000 });
  await waitFor(async () => {
    try {
      cli(dataB, ['sync', 'join', '--keep-plain', pair.folderB]);
      return true;
    } catch {
      return false; // the files are still arriving
    }
  }, { what: 'B to join', timeout: 30000, interval: 1000 });
  await untilOnB(() => cli(dataB, ['search', 'bus stop']).includes('bus stop'), 'the moment on B');
});

test("the other computer's note appears in the app with no click", async () => {
  cli(dataB, ['note', 'Written on the second computer']);
  cli(dataB, ['sync', 'now']);
  await app.click('a[href="#journal"]');
  await app.waitForText('main', 'Written on the second computer', 30000);
});

test('a delete travels', async () => {
  const page = await invoke('get_timeline', {});
  const moment = page.items.find((i) => i.kind === 'moment');
  await invoke('delete_entry', { entry: { kind: 'moment', id: moment.id } });
  await untilOnB(() => !cli(dataB, ['search', 'bus stop']).includes('bus stop'), 'the delete on B');
});

test('a note edited on both computers shows its two versions in the app', async () => {
  const page = await invoke('get_timeline', {});
  const note = page.items.find((i) => i.kind === 'note');
  execFileSync('python3', ['-c', `
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
db.execute("UPDATE note SET text = 'B remembers the second computer' WHERE text = 'Written on the second computer'")
db.commit()`, join(dataB, 'interlude.db')]);
  await invoke('update_note', { id: note.id, input: { text: 'A remembers the second computer' } });
  cli(dataB, ['sync', 'now']);
  await app.click('a[href="#settings"]');
  await app.click('a[href="#journal"]');
  await app.waitForVisible('#sync-banner', 30000);
  await app.click('#sync-banner-link');
  await app.waitForVisible('#conflicts-list');
  await waitFor(async () => {
    const shown = await app.text('#conflicts-list');
    return shown.includes('B remembers') && shown.includes('A remembers');
  }, { what: 'both versions' });
});

test('B killed in the middle of a large merge converges when it runs again', async () => {
  // 3,000 notes arrive on A from an import, and go out in one change file.
  const scratch = join(base, 'template');
  cli(scratch, ['note', 'template']);
  const template = JSON.parse(cli(scratch, ['export']));
  const one = template.notes[0];
  template.notes = Array.from({ length: 3000 }, (_, i) => ({
    ...one, uid: randomUUID(), text: `Bulk note ${i} for the merge`,
  }));
  const file = join(base, 'bulk.json');
  writeFileSync(file, JSON.stringify(template));
  cli(dataA, ['import', file]);
  cli(dataA, ['sync', 'now']);
  // Wait until Syncthing has carried every file of A's folder to B's.
  const names = (dir) => filesUnder(dir).map((f) => f.slice(dir.length))
    .filter((f) => !f.split('/').pop().startsWith('.')).sort().join('\n');
  const rootA = join(pair.folderA, 'Interlude journal');
  const rootB = join(pair.folderB, 'Interlude journal');
  await waitFor(() => names(rootA) === names(rootB), { what: 'the big change file on B', timeout: 30000 });
  await sleep(1500);
  const killed = spawn(BIN, ['--data-dir', dataB, 'sync', 'now'], {
    env: { ...process.env, INTERLUDE_PASSPHRASE: PASSPHRASE }, stdio: 'ignore',
  });
  await sleep(120);
  killed.kill('SIGKILL');
  await new Promise((resolve) => killed.on('exit', resolve));
  // Run again until A and B hold the same journal.
  await waitFor(async () => {
    cli(dataA, ['sync', 'now']);
    cli(dataB, ['sync', 'now']);
    const a = JSON.parse(cli(dataA, ['export', '--include-private']));
    const b = JSON.parse(cli(dataB, ['export', '--include-private']));
    return a.notes.length === 3001 && JSON.stringify(a) === JSON.stringify(b);
  }, { what: 'A and B to agree', timeout: 60000, interval: 1500 });
});

test('the app on a second computer, unlocked, and the app on A show what each other writes with no click', async () => {
  // C joins through B's copy of the folder; `sync join` protects a new
  // journal with the passphrase it joined with, so C's app opens locked.
  const dataC = join(base, 'journal-c');
  cli(dataC, ['sync', 'join', pair.folderB]);
  driverC = await startDriver({}, 4470, { ownBus: true });
  appC = await Session.start(driverC.url, BIN, ['--data-dir', dataC], { alongside: true });
  await appC.waitForVisible('#unlock-passphrase', 30000);
  await appC.type('#unlock-passphrase', PASSPHRASE);
  await appC.click('#unlock');
  await appC.waitForVisible('#reflect-now', 20000);
  await appC.click('a[href="#journal"]');

  // Written in the app on A after C's app was unlocked: nothing is clicked on C.
  await invoke('create_moment', { input: { situation: 'On the stairs after work', selfTalk: 'I should have said no' } });
  await appC.waitForText('main', 'On the stairs after work', 45000);

  await invokeOn(appC, 'create_note', { input: { text: 'Written in the app on the second computer' } });
  await app.click('a[href="#settings"]');
  await app.click('a[href="#journal"]');
  await app.waitForText('main', 'Written in the app on the second computer', 45000);
});

test("the person's preferences chosen in the app on A hold in the app on the second computer; its theme stays its own", async () => {
  await invoke('set_region', { region: 'DE' });
  const reminders = await invoke('get_reminder_settings', {});
  reminders.quietHours.from = '21:30';
  await invoke('set_reminder_settings', { settings: reminders });
  await invoke('set_settings', { settings: { theme: 'dark', whenClosed: 'ask' } });
  await waitFor(async () => {
    const help = await invokeOn(appC, 'get_crisis_help', {});
    const onC = await invokeOn(appC, 'get_reminder_settings', {});
    return help.region?.code === 'DE' && onC.quietHours.from === '21:30';
  }, { what: "A's region and quiet hours on C", timeout: 45000, interval: 500 });
  assert.notEqual((await invokeOn(appC, 'get_settings', {})).theme, 'dark');
  // And shown there: Settings on C has the quiet hours A chose.
  await appC.click('a[href="#settings"]');
  await appC.waitForVisible('#quiet-from', 10000);
  await waitFor(async () => (await appC.exec('return document.querySelector("#quiet-from").value')) === '21:30',
    { what: 'the quiet hours on the reminders page' });
  await appC.screenshot(process.env.E2E_ARTIFACTS, 'sync-second-app-settings');
});

test('the marker is in neither folder nor either Syncthing database', () => {
  for (const dir of [pair.folderA, pair.folderB, pair.homeA, pair.homeB]) {
    for (const file of filesUnder(dir)) {
      const bytes = readFileSync(file);
      assert.equal(bytes.includes(Buffer.from(MARKER)), false, file);
      assert.equal(bytes.includes(Buffer.from('remembers the second')), false, file);
    }
  }
});
