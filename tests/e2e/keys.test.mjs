// Keys, end to end (#22): Ctrl+M and then typing puts the words in the
// moment's first field; a new note opens with the cursor in it; Escape
// closes an entry's editor, a confirmation dialog and a "Move…" panel,
// each time with focus back on what opened it; and Settings offers Quit
// Interlude and the choice of what closing the window does. (Quitting
// itself, and the close question, are the tray tests'.)
//
// Each step leaves a screenshot in tests/e2e/artifacts/ for a human to see.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { Session, waitFor } from './webdriver.mjs';

const BIN = process.env.INTERLUDE_BIN;
const DRIVER = process.env.WEBDRIVER_URL;
const ARTIFACTS = process.env.E2E_ARTIFACTS;
const dataDir = mkdtempSync(join(tmpdir(), 'interlude-e2e-keys-'));
const TAB = '\uE004';

let app;
let step = 0;

async function shot(name) {
  step += 1;
  return app.screenshot(ARTIFACTS, `keys-${String(step).padStart(2, '0')}-${name}`);
}

/** Types `text` wherever focus is, key by key, as a person would: no
 *  element is named, so the words land only if the page put focus right. */
async function typeHere(text) {
  const actions = [...text].flatMap((value) => [{ type: 'keyDown', value }, { type: 'keyUp', value }]);
  await app.cmd('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions }] });
  await app.cmd('DELETE', '/actions');
}

const activeId = () => app.exec('return document.activeElement?.id ?? null');
const hash = () => app.exec('return location.hash');

async function focusOn(id, what) {
  await waitFor(async () => (await activeId()) === id, { what: what ?? `focus on #${id}` });
}

before(async () => {
  assert.ok(BIN && DRIVER && ARTIFACTS, 'run through tests/e2e/run.sh');
  app = await Session.start(DRIVER, BIN, ['--data-dir', dataDir]);
  await app.ready('#log-moment');
});

after(async () => {
  if (app) await app.end();
  rmSync(dataDir, { recursive: true, force: true });
});

test('Ctrl+M, then typing: the words land in the moment’s first field', async () => {
  assert.match(await app.text('#shortcut-hint'), /Q quit Interlude/);
  await app.press(['Control', 'm']);
  await focusOn('moment-situation', 'the cursor in "What happened"');
  await typeHere('Bus was late again');
  assert.equal(await app.value('#moment-situation'), 'Bus was late again');
  await shot('ctrl-m-typed');
});

test('a new note takes the keys; Escape closes its editor back to the note, with focus on Edit', async () => {
  await app.click('a[href="#home"]');
  // Once in a full run the click landed while Home was being drawn again
  // (the moment's draft had just been saved) and opened nothing; a person
  // clicks again, and so does this.
  await waitFor(async () => {
    if ((await hash()) === '#note/new') return true;
    await app.click('#write-note').catch(() => {});
    return false;
  }, { what: 'the new note open' });
  await focusOn('note-text', 'the cursor in the new note');
  await typeHere('Walked by the river after work.');
  await app.click('#note-save');
  await waitFor(async () => (await hash()) === '#journal', { what: 'back at the journal after saving' });

  // Opened from the timeline. (Once in four full runs the first click
  // landed while the list was being drawn again after the save and opened
  // nothing; a person clicks again, and so does this.)
  await waitFor(async () => {
    if (/^#note\/\d+$/.test(await hash())) return true;
    await app.click('#timeline li[data-kind="note"] a').catch(() => {});
    return /^#note\/\d+$/.test(await hash());
  }, { what: 'the note opened from the timeline' });
  await app.waitForVisible('#note-detail');
  const notePage = await hash();
  await app.click('#edit-entry');
  await app.waitForVisible('#note-text');
  await app.type('#note-text', ' Lighter.');
  await app.press(['Escape']);
  await waitFor(async () => (await hash()) === notePage, { what: 'back on the note' });
  await focusOn('edit-entry', 'focus on Edit, which opened the editor');
  await app.waitForText('#toast', 'kept as a draft');
  await shot('editor-closed-by-escape');

  // What was typed is still there, as a draft, the next time.
  await app.click('#edit-entry');
  await app.waitForVisible('#note-draft-restored');
  assert.equal(await app.value('#note-text'), 'Walked by the river after work. Lighter.');
  await app.click('#note-start-fresh');
  await app.press(['Escape']);
  await waitFor(async () => (await hash()) === notePage, { what: 'back on the note again' });
});

test('Escape closes the delete question, and focus goes back to Delete', async () => {
  await app.waitForVisible('#note-detail');
  await app.click('#delete-entry');
  await waitFor(() => app.exec("return document.getElementById('confirm-delete').open"), { what: 'the question open' });
  await app.press(['Escape']);
  await waitFor(async () => !(await app.exec("return document.getElementById('confirm-delete').open")),
    { what: 'the question closed' });
  await focusOn('delete-entry', 'focus back on Delete');
  assert.ok(await app.exec("return !!document.getElementById('note-detail')"), 'the note is still there');
});

test('Escape closes a "Move…" panel, and focus goes back to Move…', async () => {
  await app.click('a[href="#sessions"]');
  await app.waitForVisible('#schedule-time');
  await app.setValue('#schedule-zone', Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC');
  await app.type('#schedule-time', `1700${TAB}`);
  await app.click('#save-schedule');
  await app.waitForText('#schedule-status', 'Saved');
  await app.waitForVisible('#upcoming-sessions button[id^="move-open-"]');
  const opener = await app.exec(
    "return document.querySelector('#upcoming-sessions button[id^=\"move-open-\"]').id");
  const occ = opener.slice('move-open-'.length);
  await app.click(`#${opener}`);
  await app.waitForVisible(`#move-form-${occ}`);
  await focusOn(`move-${occ}`, 'the cursor in the new date and time');
  await shot('move-open');
  await app.press(['Escape']);
  await waitFor(async () => app.exec('return document.getElementById(arguments[0]).hidden', [`move-form-${occ}`]),
    { what: 'the Move panel closed' });
  await focusOn(opener, 'focus back on Move…');
  assert.equal(await app.exec('return document.getElementById(arguments[0]).getAttribute("aria-expanded")', [opener]),
    'false');
  await shot('move-closed-by-escape');
});

test('Settings: what closing the window does, and Quit Interlude', async () => {
  await app.click('a[href="#settings"]');
  await app.waitForVisible('#quit-app');
  assert.equal(await app.text('#quit-app'), 'Quit Interlude');
  assert.match(await app.text('#this-computer'), /When you close the window/);
  assert.match(await app.text('#this-computer'), /Keep reminders running in the background/);
  await app.waitForVisible('#tray-line');
  assert.match(await app.text('#tray-line'), /tray icon/);
  await app.exec("document.getElementById('this-computer').scrollIntoView({ block: 'center' })");
  await shot('settings-this-computer');
});
