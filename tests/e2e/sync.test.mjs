// Sync across computers, end to end, in the real app: Settings starts
// syncing into a plain shared folder (a USB stick, in effect); a second
// journal joins from the terminal and writes; the app's folder watcher
// merges it with no click; a text edited on both is kept twice and
// settled in the two-versions view; the folder never holds a readable
// word; and sync is still on after a restart.

import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { Session, sleep, waitFor } from './webdriver.mjs';

const BIN = process.env.INTERLUDE_BIN;
const dataDir = mkdtempSync(join(tmpdir(), 'interlude-e2e-sync-a-'));
const laptop = mkdtempSync(join(tmpdir(), 'interlude-e2e-sync-b-'));
const stick = mkdtempSync(join(tmpdir(), 'interlude-e2e-sync-stick-'));
const PASSPHRASE = 'river stones and quiet mornings';
const MARKER = 'zephyr-marker-7731';
let app;

const cli = (dir, args) => execFileSync(BIN, ['--data-dir', dir, ...args], {
  encoding: 'utf8', env: { ...process.env, INTERLUDE_PASSPHRASE: PASSPHRASE },
});

async function launch() {
  app = await Session.start(process.env.WEBDRIVER_URL, BIN, ['--data-dir', dataDir]);
  await app.waitForVisible('#reflect-now', 20000);
}

/** Calls a backend command as the page's own ipc.js does. */
const invoke = (cmd, args) => app.invoke(cmd, args);

function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

after(async () => {
  if (app) await app.end();
  for (const d of [dataDir, laptop, stick]) rmSync(d, { recursive: true, force: true });
});

test('Settings starts syncing a plain journal into a folder, with a passphrase of its own', async () => {
  execFileSync(BIN, ['import', '--data-dir', dataDir, fileURLToPath(new URL('./fixtures/one-reflection.json', import.meta.url))]);
  await launch();
  await invoke('create_note', { input: { text: `On the desktop ${MARKER}` } });
  await app.click('a[href="#settings"]');
  await app.waitForVisible('#sync-folder');
  await app.type('#sync-folder', stick);
  await app.type('#sync-passphrase', PASSPHRASE);
  await app.type('#sync-passphrase-confirm', PASSPHRASE);
  // Keep this journal's own lock as it is; sync still seals the folder.
  await app.click('#sync-protect');
  await app.click('#sync-start');
  await app.waitForVisible('#sync-state', 20000);
  assert.match(await app.text('#sync'), /Last sent/);
  await app.screenshot(process.env.E2E_ARTIFACTS, 'sync-settings');
});

test('a second journal joins from the terminal, and what it writes appears here with no click', async () => {
  const joined = cli(laptop, ['sync', 'join', '--keep-plain', stick]);
  assert.match(joined, /received/);
  assert.match(cli(laptop, ['search', 'desktop']), /On the desktop/);
  cli(laptop, ['note', 'Written on the laptop']);
  cli(laptop, ['sync', 'now']);
  await app.click('a[href="#journal"]');
  // The folder watcher merges within about a second of the file arriving.
  await app.waitForText('main', 'Written on the laptop', 15000);
});

test('a note edited on both computers keeps both versions until one is chosen', async () => {
  const page = await invoke('get_timeline', {});
  const desk = page.items.find((i) => i.kind === 'note' && i.summary.startsWith('On the desktop'));
  // The laptop edits first, before it has seen the desktop's edit.
  const laptopNote = JSON.parse(cli(laptop, ['search', '--json', 'desktop']));
  assert.ok(laptopNote.hits?.length || laptopNote.length, 'the laptop has the note');
  execFileSync('python3', ['-c', `
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
db.execute("UPDATE note SET text = 'The laptop remembers it differently' WHERE text LIKE 'On the desktop%'")
db.commit()`, join(laptop, 'interlude.db')]);
  await invoke('update_note', { id: desk.id, input: { text: 'The desktop remembers it this way' } });
  await sleep(2500); // the app sends its edit
  cli(laptop, ['sync', 'now']);
  await app.click('a[href="#journal"]');
  await app.waitForVisible('#sync-banner', 15000);
  await app.click('#sync-banner-link');
  await app.waitForVisible('#conflicts-list');
  const shown = await app.text('#conflicts-list');
  assert.match(shown, /The laptop remembers it differently/);
  assert.match(shown, /The desktop remembers it this way/);
  await app.screenshot(process.env.E2E_ARTIFACTS, 'sync-two-versions');
  await app.click('#conflict-0-both');
  await app.waitForVisible('#conflicts-none', 10000);
  const note = await invoke('get_note', { id: desk.id });
  assert.match(note.text, /laptop remembers/);
  assert.match(note.text, /desktop remembers/);
  // The choice travels to the laptop.
  await sleep(2500);
  cli(laptop, ['sync', 'now']);
  const there = cli(laptop, ['export', '--include-private']);
  assert.match(there, /laptop remembers it differently\\n\\nThe desktop remembers|desktop remembers it this way\\n\\nThe laptop remembers/);
});

test('the folder holds no readable word, and sync is on after a restart', async () => {
  for (const file of filesUnder(stick)) {
    const bytes = readFileSync(file);
    assert.equal(bytes.includes(Buffer.from(MARKER)), false, file);
    assert.equal(bytes.includes(Buffer.from('remembers')), false, file);
  }
  await app.end();
  app = null;
  await launch();
  await app.click('a[href="#settings"]');
  await app.waitForVisible('#sync-state', 10000);
  assert.match(await app.text('#sync-computers'), /\S/);
});
