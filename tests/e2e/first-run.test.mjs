// The first run, end to end: a new journal is offered encryption before a
// word is written, with "my login on this computer" chosen already when the
// desktop has a keychain (session.sh starts GNOME Keyring on the private
// bus, unlocked as a login would). Before the login-kept journal opens,
// its recovery key is shown to be written down. It opens by itself
// after a restart, the CLI opens it through the same keychain, its words
// are nowhere on disk, and Settings moves the key to a passphrase. A second
// journal is started with a passphrase and restarts into the lock screen.

import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { Session, waitFor } from './webdriver.mjs';

const BIN = process.env.INTERLUDE_BIN;
const ARTIFACTS = process.env.E2E_ARTIFACTS;
const PASSPHRASE = 'the river in winter';
// 32 bytes no journal holds by chance.
const MARKER = 'MARKER-e2e-first-run-7c41d09ab3e';
// 13 groups of four in Crockford's base32 (no I, L, O or U).
const RECOVERY_CODE = /^([0-9A-HJKMNP-TV-Z]{4} ){12}[0-9A-HJKMNP-TV-Z]{4}$/;
const dirs = [];
let app;
let step = 0;

function newDataDir() {
  const dir = mkdtempSync(join(tmpdir(), 'interlude-e2e-first-run-'));
  dirs.push(dir);
  return dir;
}

async function shot(name) {
  step += 1;
  return app.screenshot(ARTIFACTS, `first-run-${String(step).padStart(2, '0')}-${name}`);
}

async function launch(dataDir, ready) {
  app = await Session.start(process.env.WEBDRIVER_URL, BIN, ['--data-dir', dataDir]);
  await app.waitForVisible(ready, 20000);
}

async function quit() {
  await app.end();
  app = null;
}

/** How many times the marker is in any file of the folder. */
function markerOnDisk(dir) {
  let n = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) n += markerOnDisk(path);
    else n += readFileSync(path).toString('latin1').split(MARKER).length - 1;
  }
  return n;
}

const checked = (css) => app.exec(`return document.querySelector(${JSON.stringify(css)}).checked`);
const lockShown = () => app.exec('return !document.querySelector("#lock-screen").hidden');

after(async () => {
  if (app) await app.end();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

test('a new journal is kept with the login, opens by itself, and moves to a passphrase', async () => {
  const dataDir = newDataDir();
  await launch(dataDir, '#first-run');
  assert.equal(await checked('#first-run-keeper-login'), true, 'encryption is the default');
  assert.equal(readdirSync(dataDir).filter((f) => f.startsWith('interlude.')).length, 0,
    'nothing is made before the choice');
  await shot('choice');
  await app.click('#first-run-start');
  // The recovery key comes first, to be written down.
  await app.waitForVisible('#recovery-key', 20000);
  // As shown (innerText); a line that wraps between two groups is still one space.
  const code = (await app.text('#recovery-key')).replace(/\s+/g, ' ').trim();
  assert.match(code, RECOVERY_CODE);
  await shot('recovery-key');
  await app.click('#first-run-continue');
  await app.waitForVisible('#reflect-now', 20000);
  await shot('home');

  // The CLI finds the key through the same keychain, with nothing typed.
  execFileSync(BIN, ['note', `A private line: ${MARKER}`, '--data-dir', dataDir],
    { env: { ...process.env, INTERLUDE_PASSPHRASE: '' } });
  assert.equal(markerOnDisk(dataDir), 0, 'the words are nowhere on disk, the live WAL included');
  const settings = JSON.parse(readFileSync(join(dataDir, 'interlude.kdf.json'), 'utf8'));
  assert.deepEqual(Object.keys(settings).sort(), ['account', 'keeper']);
  assert.equal(settings.keeper, 'login');
  await quit();

  // A restart: no lock screen to get past.
  await launch(dataDir, '#reflect-now');
  assert.equal(await lockShown(), false);
  await app.click('a[href="#journal"]');
  await app.waitForText('main', 'A private line');

  // Lock now hides it; the login opens it again.
  await app.click('a[href="#settings"]');
  await app.click('#lock-now');
  await app.waitForVisible('#unlock-login');
  await shot('locked-with-login');
  await app.click('#unlock-login');
  await waitFor(async () => !(await lockShown()), { what: 'the lock screen to go' });

  // Settings: from the login to a passphrase.
  await app.click('a[href="#settings"]');
  await app.type('#use-passphrase-new', PASSPHRASE);
  await app.type('#use-passphrase-confirm', PASSPHRASE);
  await app.click('#use-passphrase');
  await app.waitForVisible('#previous-copy', 30000);
  await shot('moved-to-passphrase');
  await quit();

  await launch(dataDir, '#unlock-passphrase');
  await app.type('#unlock-passphrase', PASSPHRASE);
  await app.click('#unlock');
  await app.waitForVisible('#reflect-now', 20000);
  await app.click('a[href="#journal"]');
  await app.waitForText('main', 'A private line');
  await quit();
});

test('a reset keychain: the recovery key opens the journal and gives the key back', async () => {
  const dataDir = newDataDir();
  await launch(dataDir, '#first-run');
  await app.click('#first-run-start');
  await app.waitForVisible('#recovery-key', 20000);
  const code = (await app.text('#recovery-key')).replace(/\s+/g, ' ').trim();
  assert.match(code, RECOVERY_CODE);
  await app.click('#first-run-continue');
  await app.waitForVisible('#reflect-now', 20000);
  // Settings shows the same key again.
  await app.click('a[href="#settings"]');
  await app.click('#show-recovery-key');
  await app.waitForVisible('#recovery-key-shown');
  assert.equal((await app.text('#recovery-key-shown')).replace(/\s+/g, ' ').trim(), code);
  await quit();
  execFileSync(BIN, ['note', `A private line: ${MARKER}`, '--data-dir', dataDir]);

  // The keychain forgets every Interlude key, as a reset login keyring would.
  execFileSync('secret-tool', ['clear', 'service', 'Interlude']);
  await launch(dataDir, '#recovery-code');
  await app.waitForText('#unlock-problem', 'no key for this journal');
  await shot('keychain-forgot');
  await app.type('#recovery-code', code.toLowerCase());
  await app.click('#unlock-recovery');
  await app.waitForVisible('#reflect-now', 20000);
  await app.click('a[href="#journal"]');
  await app.waitForText('main', 'A private line');
  await quit();

  // The key is back in the keychain: the next start opens by itself.
  await launch(dataDir, '#reflect-now');
  assert.equal(await lockShown(), false);
  await quit();
});

test('a new journal started with a passphrase opens to the lock screen', async () => {
  const dataDir = newDataDir();
  await launch(dataDir, '#first-run');
  await app.click('#first-run-keeper-passphrase');
  await app.type('#first-run-passphrase', PASSPHRASE);
  await app.type('#first-run-confirm', 'the river in summer');
  await app.click('#first-run-start');
  await app.waitForText('#first-run-problem', 'match');
  await shot('passphrases-differ');
  await app.clear('#first-run-confirm');
  await app.type('#first-run-confirm', PASSPHRASE);
  await app.click('#first-run-start');
  await app.waitForVisible('#reflect-now', 20000);
  const settings = JSON.parse(readFileSync(join(dataDir, 'interlude.kdf.json'), 'utf8'));
  assert.equal(settings.kdf, 'argon2id');
  await quit();

  await launch(dataDir, '#unlock-passphrase');
  await app.type('#unlock-passphrase', PASSPHRASE);
  await app.click('#unlock');
  await app.waitForVisible('#reflect-now', 20000);
  await quit();
});
