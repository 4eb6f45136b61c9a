// Encryption and the lock, end to end: protect a journal with a passphrase
// in Settings, find its words gone from every file on disk at once (the
// plain copy goes by itself), restart into the lock screen, be told plainly
// about a wrong passphrase, unlock, lock again by hand, and make a backup
// and see it listed by the CLI.

import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { Session, sleep, waitFor } from './webdriver.mjs';

const BIN = process.env.INTERLUDE_BIN;
const ARTIFACTS = process.env.E2E_ARTIFACTS;
const dataDir = mkdtempSync(join(tmpdir(), 'interlude-e2e-lock-'));
const PASSPHRASE = 'the river in winter';
// 32 bytes no journal holds by chance.
const MARKER = 'MARKER-e2e-5d1c9a7f3b2e8046c1ab';
let app;
let step = 0;

async function shot(name) {
  step += 1;
  return app.screenshot(ARTIFACTS, `lock-${String(step).padStart(2, '0')}-${name}`);
}

async function launch(ready = '#reflect-now') {
  app = await Session.start(process.env.WEBDRIVER_URL, BIN, ['--data-dir', dataDir]);
  await app.waitForVisible(ready, 20000);
}

/** How many times the marker is in any file of the data folder. */
function markerOnDisk() {
  let n = 0;
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else n += readFileSync(path).toString('latin1').split(MARKER).length - 1;
    }
  };
  walk(dataDir);
  return n;
}

after(async () => {
  if (app) await app.end();
  rmSync(dataDir, { recursive: true, force: true });
});

test('a passphrase protects the journal on disk, and the app opens to a lock screen', async () => {
  execFileSync(BIN, ['note', `A private line: ${MARKER}`, '--data-dir', dataDir]);
  assert.ok(markerOnDisk() > 0, 'plain to begin with');
  await launch();
  await app.click('a[href="#settings"]');
  await app.waitForVisible('#protect-form');
  await app.type('#new-passphrase', PASSPHRASE);
  await app.type('#confirm-passphrase', PASSPHRASE);
  await shot('protect');
  await app.click('#protect-submit');
  await app.waitForVisible('#lock-now', 30000);
  await shot('protected');

  // No plain copy stays behind: it goes as soon as the encrypted journal
  // has opened and passed its check, with nothing to remove by hand.
  assert.equal(await app.exec('return !!document.querySelector("#previous-copy:not([hidden])")'), false);
  await app.end();
  app = null;
  assert.equal(markerOnDisk(), 0, 'the words are nowhere on disk');

  await launch('#unlock-passphrase');
  await shot('lock-screen');
  assert.match(await app.text('#lock-heading'), /locked/i);
  await app.type('#unlock-passphrase', 'the river in summer');
  await app.click('#unlock');
  await app.waitForText('#unlock-problem', "doesn't open");
  await shot('wrong-passphrase');
  await app.clear('#unlock-passphrase');
  await app.type('#unlock-passphrase', PASSPHRASE);
  await app.click('#unlock');
  await app.waitForVisible('#reflect-now', 20000);
  await app.click('a[href="#journal"]');
  await app.waitForText('main', 'A private line');
  await shot('unlocked-journal');
});

test('Lock now covers the window until the passphrase is typed again', async () => {
  await app.click('a[href="#settings"]');
  await app.click('#lock-now');
  await app.waitForVisible('#unlock-passphrase');
  const shellHidden = await app.exec(
    'return document.querySelector(".shell").inert === true || document.querySelector(".shell").hasAttribute("inert")',
  );
  assert.equal(shellHidden, true, 'the app behind the lock is inert');
  await shot('locked-by-hand');
  await app.type('#unlock-passphrase', PASSPHRASE);
  await app.click('#unlock');
  await waitFor(async () => !(await app.exec('return !document.querySelector("#lock-screen").hidden')), {
    what: 'the lock screen to go',
  });
  await sleep(200);
  assert.match(await app.text('main'), /Privacy and lock/);
});

test('the CLI opens the encrypted journal with its passphrase and makes a checked backup', async () => {
  const env = { ...process.env, INTERLUDE_PASSPHRASE: PASSPHRASE };
  const made = execFileSync(BIN, ['backup', 'create', '--data-dir', dataDir], { env, encoding: 'utf8' });
  assert.match(made, /Backed up to interlude-\d{8}-\d{6}-manual\.db \(checked\)/);
  const listed = JSON.parse(execFileSync(BIN, ['backup', 'list', '--json', '--data-dir', dataDir], { encoding: 'utf8' }));
  assert.ok(listed.some((b) => b.reason === 'manual'));
  assert.equal(markerOnDisk(), 0, 'backups are encrypted too');
  const found = execFileSync(BIN, ['search', 'private', '--data-dir', dataDir], { env, encoding: 'utf8' });
  assert.match(found, /private line/);
});
