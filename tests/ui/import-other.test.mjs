// Settings → Your data → From another app, through a stand-in document and
// a fake backend: choosing the app (and so which file to pick), a preview
// only once a file is chosen, sent as the file's raw bytes (never base64),
// with the app's key and the file's percent-encoded name as headers; what
// the preview says (counts, already
// here, dates, samples, what doesn't come across); importing, busy, done;
// nothing new; and the backend's refusals shown as they are.

import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';

import { FakeEvent, installDom, installTauri, removeDom, removeTauri, settle, deferred } from './fake-dom.mjs';
import {
  MAX_FILE_BYTES, SOURCES, alreadyLine, countsPhrase, importOtherBlock, importedMessage, listWords,
  rangeLine, totalNew,
} from '../../ui/views/import-other.js';
import { resetRestoreState } from '../../ui/components/restore-backup.js';
import settings from '../../ui/views/settings.js';

let doc;
let calls;

const $ = (sel) => doc.body.querySelector(sel);
const $$ = (sel) => doc.body.querySelectorAll(sel);
const callsOf = (cmd) => calls.filter((c) => c.cmd === cmd);
const utf8 = (text) => new TextEncoder().encode(text);
/** The InvokeOptions the two import commands carry. */
const headersOf = (source, encodedName) => ({
  headers: { 'interlude-source': source, 'interlude-file-name': encodedName },
});

/** A File as the picker gives it: a name, a size and its bytes. */
function fakeFile(name, content, { size, fail = false } = {}) {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  const file = {
    name,
    size: size ?? bytes.length,
    reads: 0,
    async arrayBuffer() {
      file.reads += 1;
      if (fail) throw new Error('NotReadableError');
      return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    },
  };
  return file;
}

function chooseApp(key) {
  $(`#other-source-${key}`).click();
}

/** Picks `file` in the file input, as the person would (the picker closes,
 *  `change` fires); null is a picker closed without a file. */
async function pick(file) {
  const input = $('#other-file');
  input.focus();
  input.files = file ? [file] : [];
  input.dispatchEvent(new FakeEvent('change'));
  await settle();
}

const DAYLIO_CSV = 'full_date,date,weekday,time,mood,activities,note_title,note\n'
  + '2026-11-20,20 November,Friday,21:00,good,work | family,,\n';

const PREVIEW = {
  source: 'daylio',
  sourceName: 'Daylio',
  fileName: 'daylio_export.csv',
  counts: { notes: 0, checkins: 5, moments: 0, plans: 0, planDays: 0 },
  alreadyHere: 12,
  first: '2025-01-03T08:00:00+01:00',
  last: '2026-11-20T21:00:00+01:00',
  samples: [
    '2026-11-20 · Check-in · mood 7 · work, family',
    '2026-11-19 · Check-in · mood 5 · Slept badly',
    '2026-11-18 · Check-in · mood 9',
  ],
  leftOut: ['2 renamed activities — kept as tags'],
};

const NOW = () => new Date(2026, 10, 21, 10, 0);

function show(handlers, options = {}) {
  calls = installTauri(handlers);
  const block = importOtherBlock({ now: NOW, ...options });
  doc.body.append(block);
  return block;
}

beforeEach(() => {
  doc = installDom();
});
afterEach(() => {
  resetRestoreState();
  removeDom();
  removeTauri();
});

describe('what a preview and an import are called', () => {
  it('counts only the kinds there are, plural-aware', () => {
    assert.equal(countsPhrase({ notes: 0, checkins: 5, moments: 0, plans: 0, planDays: 0 }), '5 check-ins');
    assert.equal(countsPhrase({ notes: 1, checkins: 1, moments: 0, plans: 0, planDays: 0 }), '1 check-in and 1 note');
    assert.equal(countsPhrase({ notes: 0, checkins: 0, moments: 0, plans: 3, planDays: 140 }),
      '3 plans and 140 marked days');
    assert.equal(countsPhrase({ notes: 2, checkins: 0, moments: 4, plans: 1, planDays: 1 }),
      '4 moments, 2 notes, 1 plan and 1 marked day');
    assert.equal(countsPhrase({ notes: 0, checkins: 0, moments: 0, plans: 0, planDays: 0 }), '');
    assert.equal(countsPhrase(undefined), '');
    assert.equal(totalNew({ notes: 2, checkins: 0, moments: 4, plans: 1, planDays: 1 }), 8);
    assert.equal(listWords(['a']), 'a');
    assert.equal(listWords([]), '');
  });

  it('reads the dates as written, with the year only when it isn’t this one', () => {
    assert.equal(rangeLine(PREVIEW.first, PREVIEW.last, 2026), 'Covers Fri 3 Jan 2025 to Fri 20 Nov.');
    assert.equal(rangeLine('2026-11-20T05:48:00+01:00', '2026-11-20T21:00:00+01:00', 2026), 'All on Fri 20 Nov.');
    assert.equal(rangeLine(null, '2026-11-20T21:00:00Z', 2026), 'All on Fri 20 Nov.');
    assert.equal(rangeLine(null, null, 2026), '');
    // Day One keeps each entry's own zone: it reads as lived, not as here.
    assert.equal(rangeLine('2026-03-01T23:30:00-08:00', '2026-03-02T00:10:00+09:00', 2026),
      'Covers Sun 1 Mar to Mon 2 Mar.');
  });

  it('says what happened after an import', () => {
    assert.equal(importedMessage({ added: 5, alreadyPresent: 0 }),
      'Added 5 entries. A backup from just before is in Backups.');
    assert.equal(importedMessage({ added: 1, alreadyPresent: 12 }),
      'Added 1 entry (12 were already here). A backup from just before is in Backups.');
    assert.equal(importedMessage({ added: 3, alreadyPresent: 1 }),
      'Added 3 entries (1 was already here). A backup from just before is in Backups.');
    assert.equal(importedMessage({ added: 0, alreadyPresent: 4 }), 'Nothing new was added: all 4 were already here.');
    assert.equal(alreadyLine(1), '1 already here, so it won’t be added again.');
  });
});

describe('choosing the app and the file', () => {
  it('offers the five apps, each with which file to pick, and asks nothing yet', () => {
    show({});
    assert.deepEqual(SOURCES.map((s) => s.key), ['daylio', 'loop', 'jrnl', 'dayone', 'freecbt']);
    assert.equal($('#import-other-heading').textContent, 'From another app');
    const about = $('#import-other-about').textContent;
    for (const words of [/check-ins, moments, notes or plans/, /Nothing leaves your computer/,
      /a backup is made first/, /same file again adds nothing twice/]) assert.match(about, words);
    assert.equal($('#other-source legend').textContent, 'Which app are your entries in?');
    const radios = $$('input[name="other-source"]');
    assert.deepEqual(radios.map((r) => r.id), SOURCES.map((s) => `other-source-${s.key}`));
    assert.deepEqual(radios.map((r) => r.value), ['daylio', 'loop', 'jrnl', 'dayone', 'freecbt']);
    assert.deepEqual(radios.map((r) => r.parentNode.textContent),
      ['Daylio', 'Loop Habit Tracker', 'jrnl', 'Day One', 'FreeCBT or Quirk']);
    for (const r of radios) {
      assert.equal(r.checked, false, 'no app is assumed');
      const hint = doc.getElementById(r.getAttribute('aria-describedby'));
      assert.ok(hint.textContent.length > 10, `${r.id} has a hint`);
    }
    assert.equal($('#other-source-daylio-hint').textContent, 'The CSV from More → Export entries → CSV.');
    assert.equal($('#other-source-loop-hint').textContent, 'The .zip from Settings → Export as CSV.');
    assert.equal($('#other-source-jrnl-hint').textContent, 'The file from jrnl --format json.');
    assert.equal($('#other-source-jrnl-hint code').textContent, 'jrnl --format json');
    assert.equal($('#other-source-dayone-hint').textContent, 'Its JSON export: the .zip, or the Journal.json inside it.');
    assert.equal($('#other-source-freecbt-hint').textContent, 'Its JSON export (a .json file).');
    assert.equal($('#other-file-field').hidden, true, 'which file depends on the app');
    assert.equal($('#other-preview').hidden, true);
    assert.equal($('#other-status').getAttribute('role'), 'status');
    assert.equal(calls.length, 0);
  });

  it('asks for the file the chosen app makes, labelled, with the right kinds of file', () => {
    show({});
    const accepts = {};
    for (const { key } of SOURCES) {
      chooseApp(key);
      accepts[key] = $('#other-file').getAttribute('accept');
    }
    assert.deepEqual(accepts, {
      daylio: '.csv,text/csv',
      loop: '.zip,application/zip',
      jrnl: '.json,application/json',
      dayone: '.zip,.json,application/zip,application/json',
      freecbt: '.json,application/json',
    });
    chooseApp('loop');
    assert.equal($('#other-file-field').hidden, false);
    const label = $('label[for="other-file"]');
    assert.equal(label.textContent, 'Choose your Loop Habit Tracker file');
    assert.equal($('#other-file').getAttribute('aria-describedby'), 'other-file-hint');
    assert.equal($('#other-file-hint').textContent, 'The .zip from Settings → Export as CSV.');
    assert.equal(calls.length, 0, 'choosing an app asks nothing');
  });

  it('previews only once a file is chosen', async () => {
    show({ preview_import_from: () => PREVIEW });
    chooseApp('daylio');
    await settle();
    await pick(null);
    assert.equal(calls.length, 0, 'a picker closed without a file asks nothing');
    await pick(fakeFile('daylio_export.csv', DAYLIO_CSV));
    assert.equal(callsOf('preview_import_from').length, 1);
    assert.equal(callsOf('import_from').length, 0, 'a preview is not an import');
  });

  it('sends the file’s own bytes as they are, with the app’s key and the file’s name as headers', async () => {
    // The backend's words for the apps (Source::as_str), written out here.
    for (const key of ['daylio', 'loop', 'jrnl', 'dayone', 'freecbt']) {
      doc = installDom();
      show({ preview_import_from: (bytes, { headers }) => ({ ...PREVIEW, source: headers['interlude-source'] }) });
      chooseApp(key);
      await pick(fakeFile(`Dagbók ☀ ${key}.bin`, `bytes of ${key} ✓`));
      assert.deepEqual(calls, [{
        cmd: 'preview_import_from',
        args: utf8(`bytes of ${key} ✓`),
        options: headersOf(key, `Dagb%C3%B3k%20%E2%98%80%20${key}.bin`),
      }]);
      assert.ok(calls[0].args instanceof Uint8Array, 'raw bytes, never a base64 string');
    }
  });

  it('sends a zip’s binary bytes whole', async () => {
    const zip = Uint8Array.from({ length: 70_000 }, (_, i) => (i * 131 + 7) % 256);
    zip.set([0x50, 0x4b, 0x03, 0x04]);
    show({ preview_import_from: () => ({ ...PREVIEW, source: 'dayone', sourceName: 'Day One' }) });
    chooseApp('dayone');
    await pick(fakeFile('Export-Journal.zip', zip));
    const { args, options } = callsOf('preview_import_from')[0];
    assert.ok(args instanceof Uint8Array);
    assert.equal(args.length, 70_000);
    assert.deepEqual(args, zip);
    assert.deepEqual(options, headersOf('dayone', 'Export-Journal.zip'));
  });
});

describe('the preview', () => {
  it('says where from, what would come in, what is already here, when, a few samples and what stays out', async () => {
    show({ preview_import_from: () => PREVIEW });
    chooseApp('daylio');
    await pick(fakeFile('daylio_export.csv', DAYLIO_CSV));
    const preview = $('#other-preview');
    assert.equal(preview.hidden, false);
    assert.equal($('#other-preview-heading').textContent, 'From Daylio · daylio_export.csv');
    assert.equal($('#other-preview-adds').textContent, 'Would add 5 check-ins.');
    assert.equal($('#other-preview-already').textContent, '12 already here, so they won’t be added again.');
    assert.equal($('#other-preview-range').textContent, 'Covers Fri 3 Jan 2025 to Fri 20 Nov.');
    assert.deepEqual($$('#other-preview-samples li').map((li) => li.textContent), PREVIEW.samples);
    assert.deepEqual($$('#other-preview-left-out li').map((li) => li.textContent), PREVIEW.leftOut);
    assert.equal($('#other-preview-samples').getAttribute('aria-labelledby'), 'other-preview-samples-label');
    assert.deepEqual($$('#other-preview button').map((b) => [b.id, b.textContent]),
      [['other-import', 'Import'], ['other-choose-again', 'Choose another file']]);
    assert.ok($('#other-import').classList.contains('primary'));
    assert.equal($('#other-import').getAttribute('type'), 'button');
    assert.equal(doc.activeElement, $('#other-preview-heading'), 'the preview is read first');
    assert.equal($('#other-status').textContent, '', 'the “Reading…” line is gone');
    assert.equal(preview.querySelector('.is-error'), null);
  });

  it('leaves out the lines there is nothing for', async () => {
    show({
      preview_import_from: () => ({
        ...PREVIEW, source: 'loop', sourceName: 'Loop Habit Tracker', fileName: 'Loop Habits CSV 2026-11-21.zip',
        counts: { notes: 0, checkins: 0, moments: 0, plans: 3, planDays: 140 },
        alreadyHere: 0, first: null, last: null, samples: [], leftOut: [],
      }),
    });
    chooseApp('loop');
    await pick(fakeFile('Loop Habits CSV 2026-11-21.zip', 'PK'));
    assert.equal($('#other-preview-heading').textContent, 'From Loop Habit Tracker · Loop Habits CSV 2026-11-21.zip');
    assert.equal($('#other-preview-adds').textContent, 'Would add 3 plans and 140 marked days.');
    for (const id of ['already', 'range', 'samples', 'left-out', 'nothing']) {
      assert.equal($(`#other-preview-${id}`), null, id);
    }
    assert.ok($('#other-import'));
  });

  it('says so when nothing is new, and offers only another file', async () => {
    show({
      preview_import_from: () => ({
        ...PREVIEW, counts: { notes: 0, checkins: 0, moments: 0, plans: 0, planDays: 0 }, alreadyHere: 17,
      }),
    });
    chooseApp('daylio');
    await pick(fakeFile('daylio_export.csv', DAYLIO_CSV));
    assert.equal($('#other-preview-nothing').textContent,
      'Nothing new to add: everything in this file is already here.');
    assert.equal($('#other-preview-adds'), null);
    assert.equal($('#other-preview-already').textContent, '17 already here, so they won’t be added again.');
    assert.equal($('#other-import'), null);
    assert.deepEqual($$('#other-preview button').map((b) => b.textContent), ['Choose another file']);
  });

  it('says so when the file holds nothing that can come in', async () => {
    show({
      preview_import_from: () => ({
        ...PREVIEW, source: 'dayone', sourceName: 'Day One', fileName: 'Journal.json',
        counts: { notes: 0, checkins: 0, moments: 0, plans: 0, planDays: 0 }, alreadyHere: 0,
        samples: [], leftOut: ['4 entries with only photos — Interlude keeps the words only'],
      }),
    });
    chooseApp('dayone');
    await pick(fakeFile('Journal.json', '{}'));
    assert.equal($('#other-preview-nothing').textContent, 'There’s nothing in this file that can come in.');
    assert.equal($('#other-preview-already'), null);
    assert.deepEqual($$('#other-preview-left-out li').map((li) => li.textContent),
      ['4 entries with only photos — Interlude keeps the words only']);
    assert.equal($('#other-import'), null);
  });

  it('shows the backend’s refusal as it is, calmly, and asks nothing more', async () => {
    const message = 'daylio_export.csv, line 14: the mood "Tired-ish" isn’t one of Daylio’s five. '
      + 'Give it its standard name in Daylio’s mood settings and export again. Nothing was imported.';
    show({ preview_import_from: () => { throw { kind: 'import', message }; } });
    chooseApp('daylio');
    await pick(fakeFile('daylio_export.csv', DAYLIO_CSV));
    assert.equal($('#other-status').textContent, message);
    assert.equal($('#other-status').classList.contains('is-error'), true);
    assert.equal($('#other-preview').hidden, true);
    assert.equal($('#other-import'), null);
    assert.equal($('.notice-attention'), null, 'no alarm, just the line');
    assert.equal(doc.activeElement, $('#other-file'), 'focus stays where the file was chosen');
    assert.equal($('#other-file').value, '', 'the same file, mended, can be chosen again');
    assert.equal(callsOf('import_from').length, 0);
  });

  it('shows an "invalid" refusal the same way', async () => {
    show({
      preview_import_from: () => { throw { kind: 'invalid', message: 'The file didn’t arrive whole; please pick it again.' }; },
    });
    chooseApp('jrnl');
    await pick(fakeFile('jrnl.json', '{"entries": []}'));
    assert.equal($('#other-status').textContent, 'The file didn’t arrive whole; please pick it again.');
  });

  it('turns away a file over 256 MB without reading it', async () => {
    show({ preview_import_from: () => PREVIEW });
    chooseApp('dayone');
    const huge = fakeFile('Everything.zip', 'PK', { size: MAX_FILE_BYTES + 1 });
    await pick(huge);
    assert.equal(huge.reads, 0);
    assert.equal(calls.length, 0);
    assert.equal($('#other-status').textContent,
      'Everything.zip is larger than 256 MB, too large to import. Nothing was imported.');
  });

  it('says so calmly when the file can’t be read', async () => {
    show({ preview_import_from: () => PREVIEW });
    chooseApp('freecbt');
    await pick(fakeFile('freecbt.json', '[]', { fail: true }));
    assert.equal(calls.length, 0);
    assert.equal($('#other-status').textContent,
      'freecbt.json couldn’t be read. Please choose it again. Nothing was imported.');
  });

  it('shows only the newest pick’s preview when two cross', async () => {
    const first = deferred();
    show({
      preview_import_from: (bytes, { headers }) => {
        const fileName = decodeURIComponent(headers['interlude-file-name']);
        return fileName === 'old.csv' ? first.promise : { ...PREVIEW, fileName };
      },
    });
    chooseApp('daylio');
    await pick(fakeFile('old.csv', 'a'));
    assert.equal($('#other-status').textContent, 'Reading old.csv…');
    await pick(fakeFile('new.csv', 'b'));
    first.resolve({ ...PREVIEW, fileName: 'old.csv' });
    await settle();
    assert.equal($('#other-preview-heading').textContent, 'From Daylio · new.csv');
  });

  it('changing the app puts the preview away', async () => {
    show({ preview_import_from: () => PREVIEW });
    chooseApp('daylio');
    await pick(fakeFile('daylio_export.csv', DAYLIO_CSV));
    chooseApp('jrnl');
    assert.equal($('#other-preview').hidden, true);
    assert.equal($('#other-import'), null);
    assert.equal($('#other-file').value, '');
  });

  it('"Choose another file" puts the preview away and opens the picker', async () => {
    show({ preview_import_from: () => PREVIEW });
    chooseApp('daylio');
    await pick(fakeFile('daylio_export.csv', DAYLIO_CSV));
    let opened = 0;
    $('#other-file').addEventListener('click', () => { opened += 1; });
    $('#other-choose-again').click();
    assert.equal($('#other-preview').hidden, true);
    assert.equal(doc.activeElement, $('#other-file'));
    assert.equal(opened, 1);
    assert.equal(callsOf('import_from').length, 0);
  });
});

describe('importing', () => {
  it('imports exactly what was previewed, is busy meanwhile, then says what was added', async () => {
    const answer = deferred();
    const heard = [];
    show({ preview_import_from: () => PREVIEW, import_from: () => answer.promise },
      { onImported: (summary) => heard.push(summary) });
    chooseApp('daylio');
    await pick(fakeFile('Dagbók ☀.csv', DAYLIO_CSV));
    const button = $('#other-import');
    button.focus();
    button.click();
    await settle();
    assert.deepEqual(callsOf('import_from'), [{
      cmd: 'import_from',
      args: utf8(DAYLIO_CSV),
      options: headersOf('daylio', 'Dagb%C3%B3k%20%E2%98%80.csv'),
    }]);
    assert.ok(callsOf('import_from')[0].args instanceof Uint8Array, 'raw bytes, never a base64 string');
    assert.deepEqual(callsOf('import_from')[0].args, callsOf('preview_import_from')[0].args);
    assert.deepEqual(callsOf('import_from')[0].options, callsOf('preview_import_from')[0].options);
    assert.equal($('#other-status').textContent, 'Importing… A backup is made first.');
    assert.equal(button.getAttribute('aria-disabled'), 'true');
    assert.equal($('#other-choose-again').getAttribute('aria-disabled'), 'true');
    assert.equal($('#other-preview').getAttribute('aria-busy'), 'true');
    assert.equal($('#other-source').disabled, true);
    assert.equal($('#other-file').disabled, true);
    assert.equal(doc.activeElement, button, 'a busy button keeps focus');
    button.click();
    await settle();
    assert.equal(callsOf('import_from').length, 1, 'one import at a time');

    answer.resolve({ added: 5, alreadyPresent: 12 });
    await settle();
    assert.equal($('#other-status').textContent,
      'Added 5 entries (12 were already here). A backup from just before is in Backups.');
    assert.equal($('#other-status').classList.contains('is-error'), false);
    assert.equal($('#other-preview').hidden, true);
    assert.equal($('#other-import'), null);
    assert.equal(doc.activeElement, $('#other-status'), 'focus is not lost with the preview');
    assert.equal($('#other-source').disabled, false);
    assert.equal($('#other-file').disabled, false);
    assert.equal($('#other-file').value, '');
    assert.deepEqual(heard, [{ added: 5, alreadyPresent: 12 }]);
  });

  it('says the backend’s words when an import is refused, and nothing else changes', async () => {
    const message = 'Export.zip, entry 3 of Journal.json: the date can’t be read. Nothing was imported.';
    const heard = [];
    show({
      preview_import_from: () => ({ ...PREVIEW, source: 'dayone', sourceName: 'Day One', fileName: 'Export.zip' }),
      import_from: () => { throw { kind: 'import', message }; },
    }, { onImported: (s) => heard.push(s) });
    chooseApp('dayone');
    await pick(fakeFile('Export.zip', 'PK\u0003\u0004'));
    $('#other-import').focus();
    $('#other-import').click();
    await settle();
    assert.equal($('#other-status').textContent, message);
    assert.equal($('#other-status').classList.contains('is-error'), true);
    assert.equal($('#other-preview').hidden, false, 'the preview is as it was');
    assert.equal($('#other-preview-heading').textContent, 'From Day One · Export.zip');
    assert.equal($('#other-import').hasAttribute('aria-disabled'), false);
    assert.equal($('#other-preview').hasAttribute('aria-busy'), false);
    assert.equal(doc.activeElement, $('#other-import'), 'focus stays on Import');
    assert.deepEqual(heard, []);

    // The disk had room again: the same preview imports.
    calls.length = 0;
    globalThis.__TAURI__.core.invoke = async (cmd, args, options) => {
      calls.push({ cmd, args, options });
      return { added: 2, alreadyPresent: 0 };
    };
    $('#other-import').click();
    await settle();
    assert.deepEqual(calls, [{
      cmd: 'import_from', args: utf8('PK\u0003\u0004'), options: headersOf('dayone', 'Export.zip'),
    }], 'the same bytes, sent again');
    assert.equal($('#other-status').textContent, 'Added 2 entries. A backup from just before is in Backups.');
  });

  it('shows "locked" and "diskFull" as the backend says them', async () => {
    for (const err of [
      { kind: 'diskFull', message: 'The disk is full, so this couldn’t be saved. Free some space and try again.' },
      { kind: 'locked', message: 'This journal is locked. Unlock it to go on.' },
    ]) {
      doc = installDom();
      show({ preview_import_from: () => PREVIEW, import_from: () => { throw err; } });
      chooseApp('daylio');
      await pick(fakeFile('daylio_export.csv', DAYLIO_CSV));
      $('#other-import').click();
      await settle();
      assert.equal($('#other-status').textContent, err.message, err.kind);
      assert.ok($('#other-import'), 'the preview stays');
    }
  });
});

describe('in Settings', () => {
  const base = {
    get_settings: () => ({ theme: 'system' }),
    get_app_info: () => ({ version: '0.1.0', schemaVersion: 5, dataDir: '/home/a/.local/share/interlude' }),
    get_autostart: () => false,
    get_lock_status: () => ({
      state: 'open', keeper: 'none', previousKept: false, autoLockMinutes: 0, notificationsShowText: false,
    }),
    get_reminder_settings: () => { throw { kind: 'internal', message: 'x' }; },
    get_reminder_status: () => { throw { kind: 'internal', message: 'x' }; },
  };
  const BEFORE_IMPORT = {
    name: 'interlude-x-beforeImport.db', madeAt: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
    reason: 'beforeImport', bytes: 4096,
  };

  it('sits in Your data after the Interlude import, and the new backup is listed at once', async () => {
    let backups = [];
    calls = installTauri({
      ...base,
      list_backups: () => ({ backups, damage: null, folder: '/b' }),
      preview_import_from: () => PREVIEW,
      import_from: () => {
        backups = [BEFORE_IMPORT];
        return { added: 5, alreadyPresent: 0 };
      },
    });
    const root = doc.createElement('div');
    doc.body.append(root);
    await settings.render(root, {}, { refresh: () => {} });
    const data = $('#data-heading').parentNode;
    assert.deepEqual(data.querySelectorAll('h3').map((h) => h.textContent), ['Export', 'Import', 'From another app']);
    assert.ok(data.contains($('#import-other')));
    assert.ok($('#import-file'), 'the Interlude import is still there');
    assert.equal(callsOf('preview_import_from').length, 0, 'Settings asks nothing of it on opening');
    assert.ok($('#backups-empty'));

    chooseApp('daylio');
    await pick(fakeFile('daylio_export.csv', DAYLIO_CSV));
    $('#other-import').click();
    await settle();
    assert.equal($('#other-status').textContent, 'Added 5 entries. A backup from just before is in Backups.');
    assert.equal(callsOf('list_backups').length, 2);
    assert.equal($('#backup-row-0').dataset.name, BEFORE_IMPORT.name);
  });
});
