// An entry's pages through a stand-in document and a fake backend: the
// shared block (star, private, tags, delete with Undo) sends exactly the
// right EntryRef; a check-in won't save without a mood and says so kindly;
// check-ins and notes send the exact input, keep drafts and keep every
// word when saving fails; a moment reads back in plain words.

import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';

import { FakeEvent, installDom, installTauri, removeDom, removeTauri, settle } from './fake-dom.mjs';
import { entryMeta } from '../../ui/components/entry-meta.js';
import { detailView as checkinDetail, formView as checkinForm } from '../../ui/views/checkin.js';
import moment from '../../ui/views/moment.js';
import { detailView as noteDetail, formView as noteForm } from '../../ui/views/note.js';
import { detailView as reflectionDetail } from '../../ui/views/reflections.js';

let doc;
let calls;
let navigated;
const $ = (sel) => doc.body.querySelector(sel);
const $$ = (sel) => doc.body.querySelectorAll(sel);
const callsOf = (cmd) => calls.filter((c) => c.cmd === cmd);
const wait = (ms) => new Promise((r) => setTimeout(r, ms));
const ctx = () => ({ refresh: () => {}, navigate: (hash) => navigated.push(hash), isCurrent: () => true });

/** The page's one delete dialog, as index.html has it. */
function deleteDialog() {
  const dialog = doc.createElement('dialog');
  dialog.id = 'confirm-delete';
  const title = doc.createElement('h2');
  title.id = 'confirm-delete-title';
  title.textContent = 'Delete this reflection?';
  const keep = doc.createElement('button');
  keep.id = 'confirm-delete-no';
  dialog.append(title, keep);
  doc.body.append(dialog);
  return dialog;
}

async function show(view, route, handlers) {
  calls = installTauri(handlers);
  const root = doc.createElement('div');
  const title = await view.render(root, route, ctx());
  doc.body.append(root);
  return title;
}

function set(sel, value) {
  const el = $(sel);
  el.value = value;
  el.dispatchEvent(new FakeEvent('input'));
  el.dispatchEvent(new FakeEvent('change'));
}

const item = (over = {}) => ({
  entryId: 10, kind: 'moment', id: 7, at: '2026-11-24T17:50:00+01:00', summary: 'x', mood: null,
  starred: false, private: false, tags: [], ...over,
});

/** Just enough of `window` for a form to hear that the page was left. */
function installWindow() {
  const listeners = [];
  globalThis.window = {
    addEventListener: (type, fn) => listeners.push({ type, fn }),
    leave() {
      for (const l of listeners.splice(0)) if (l.type === 'hashchange') l.fn();
    },
  };
}

beforeEach(() => {
  doc = installDom();
  installWindow();
  navigated = [];
});
afterEach(async () => {
  // Leaving the page saves any draft still waiting, into this test's fake.
  globalThis.window.leave();
  await settle();
  delete globalThis.window;
  removeDom();
  removeTauri();
});

describe('entry block', () => {
  const entry = { kind: 'moment', id: 7 };
  function mount(meta = { starred: false, private: false, tags: ['work'] }, over = {}) {
    calls = installTauri({
      list_tags: () => [{ name: 'work', count: 2 }, { name: 'sleep', count: 1 }],
      set_entry_flags: ({ flags }) => item({ starred: false, private: false, ...flags }),
      set_entry_tags: ({ tags }) => item({ tags }),
      delete_entry: () => null,
      restore_entry: () => null,
      ...over,
    });
    doc.body.append(entryMeta({ entry, meta, ctx: ctx() }));
  }

  it('stars: set_entry_flags with the EntryRef and only the starred flag', async () => {
    mount();
    assert.equal($('#entry-star').getAttribute('aria-pressed'), 'false');
    assert.match($('#entry-star').textContent, /Bring to my session/);
    $('#entry-star').click();
    assert.equal($('#entry-star').getAttribute('aria-pressed'), 'true', 'turns at once');
    await settle();
    assert.deepEqual(callsOf('set_entry_flags').map((c) => c.args),
      [{ entry: { kind: 'moment', id: 7 }, flags: { starred: true } }]);
    assert.equal($('#entry-star').getAttribute('aria-pressed'), 'true');
    assert.match($('#entry-meta-status').textContent, /next session/);
  });

  it('turns back and says why when the star couldn’t be saved', async () => {
    mount(undefined, { set_entry_flags: () => { throw { kind: 'storage', message: 'That didn’t save just now.' }; } });
    $('#entry-star').click();
    await settle();
    assert.equal($('#entry-star').getAttribute('aria-pressed'), 'false');
    assert.equal($('#entry-meta-status').textContent, 'That didn’t save just now.');
  });

  it('keeps private: set_entry_flags with only the private flag, explained in one line', async () => {
    mount({ starred: true, private: false, tags: [] });
    assert.match($('#entry-private-toggle').textContent, /Private — left out of briefs and exports/);
    assert.match($('#entry-private-hint').textContent, /left out of any brief or export unless you include it/i);
    $('#entry-private-toggle').click();
    await settle();
    assert.deepEqual(callsOf('set_entry_flags')[0].args, { entry, flags: { private: true } });
    assert.equal($('#entry-private-toggle').getAttribute('aria-pressed'), 'true');
  });

  it('saves tags on Enter once, from the typed line, and shows them as chips', async () => {
    mount();
    await settle();
    assert.equal($('#entry-tags-edit').value, 'work');
    assert.deepEqual($$('#entry-tags-options option').map((o) => o.getAttribute('value')), ['work', 'sleep']);
    $('#entry-tags-edit').fill('work, ');
    assert.deepEqual($$('#entry-tags-options option').map((o) => o.getAttribute('value')), ['work, sleep'],
      'suggests tags not yet used');
    $('#entry-tags-edit').value = 'work, Sleep, work';
    $('#entry-tags-edit').dispatchEvent(new FakeEvent('keydown', { key: 'Enter' }));
    $('#entry-tags-edit').dispatchEvent(new FakeEvent('change'));
    await settle();
    assert.deepEqual(callsOf('set_entry_tags').map((c) => c.args), [{ entry, tags: ['work', 'Sleep'] }]);
    assert.deepEqual($$('#entry-tags .chip').map((c) => c.textContent), ['work', 'Sleep']);
    assert.equal($('#entry-tags-edit').value, 'work, Sleep');
    assert.equal($('#entry-meta-status').textContent, 'Tags saved.');

    // The save is a write, so the page is drawn again: the words stay.
    doc.body.replaceChildren();
    mount({ starred: false, private: false, tags: ['work', 'Sleep'] });
    assert.equal($('#entry-tags-edit').value, 'work, Sleep');
    assert.equal($('#entry-meta-status').textContent, 'Tags saved.');
  });

  it('half-typed tags survive the page being drawn again', async () => {
    mount({ starred: false, private: false, tags: [] });
    $('#entry-tags-edit').fill('family, wo');
    doc.body.replaceChildren();
    mount({ starred: true, private: false, tags: [] });
    assert.equal($('#entry-tags-edit').value, 'family, wo');
    $('#entry-tags-edit').fill('');
  });

  it('deletes after asking, goes to the journal, and Undo restores', async () => {
    const dialog = deleteDialog();
    mount();
    $('#delete-entry').click();
    assert.equal(dialog.open, true);
    assert.equal($('#confirm-delete-title').textContent, 'Delete this moment?');
    dialog.close('delete');
    await settle();
    assert.deepEqual(callsOf('delete_entry').map((c) => c.args), [{ entry }]);
    assert.deepEqual(navigated, ['#journal']);
    assert.match($('#toast').textContent, /Moment deleted\./);
    $('#undo').click();
    await settle();
    assert.deepEqual(callsOf('restore_entry').map((c) => c.args), [{ entry }]);
    assert.match($('#toast').textContent, /Moment restored\./);
  });

  it('"Keep it" deletes nothing', async () => {
    const dialog = deleteDialog();
    mount();
    $('#delete-entry').click();
    dialog.close('keep');
    await settle();
    assert.equal(callsOf('delete_entry').length, 0);
    assert.deepEqual(navigated, []);
  });
});

describe('check-in form', () => {
  const VOCAB = {
    emotions: [{ group: 'sad', words: ['sad', 'down'] }, { group: 'anxious', words: ['anxious', 'worried'] }],
    traps: [],
  };
  const handlers = (over = {}) => ({
    get_journal_vocabulary: () => VOCAB,
    get_feeling_words: () => ({ vocabulary: ['calm'], own: ['wobbly'] }),
    get_draft: () => null,
    save_draft: ({ key, body }) => ({ key, body, updatedAt: '2026-11-24T18:00:00+01:00' }),
    discard_draft: () => null,
    create_checkin: ({ input }) => ({ id: 9, ...input }),
    update_checkin: ({ id, input }) => ({ id, ...input }),
    get_checkin: ({ id }) => ({
      id, at: '2026-11-20T08:00:00+01:00', mood: 4, feelings: ['down'], note: 'grey morning',
      starred: true, private: false, tags: [],
    }),
    ...over,
  });

  it('offers each feeling family’s first word and the person’s own words', async () => {
    const title = await show(checkinForm, { id: null }, handlers());
    assert.equal(title, 'Check in');
    assert.deepEqual($$('#checkin-feelings .chip').map((c) => c.textContent), ['sad', 'anxious', 'wobbly']);
    assert.equal($('#checkin-mood-value').textContent, 'Not set');
    assert.ok($('#checkin-mood').classList.contains('is-unset'));
  });

  it('won’t save without a mood, and says so kindly', async () => {
    await show(checkinForm, { id: null }, handlers());
    set('#checkin-note', 'long day');
    $('#checkin-save').click();
    await settle();
    assert.equal(callsOf('create_checkin').length, 0);
    assert.equal($('#checkin-error').hidden, false);
    assert.match($('#checkin-error').textContent, /mood/);
    assert.equal(doc.activeElement, $('#checkin-mood'), 'the scale has the keys');
    assert.equal($('#checkin-note').value, 'long day', 'every word stays');
  });

  it('sends the exact CheckinInput, then goes to the journal', async () => {
    await show(checkinForm, { id: null }, handlers());
    set('#checkin-mood', '7');
    $('#checkin-feelings button[data-word="anxious"]').click();
    $('#checkin-own').value = 'hopeful-ish';
    $('#checkin-add').click();
    set('#checkin-note', 'Better after the walk');
    $('#checkin-private').click();
    $('#checkin-save').click();
    await settle();
    assert.deepEqual(callsOf('create_checkin').map((c) => c.args), [{
      input: { at: null, mood: 7, feelings: ['anxious', 'hopeful-ish'], note: 'Better after the walk', private: true },
    }]);
    assert.match($('#toast').textContent, /Check-in saved\./);
    assert.deepEqual(navigated, ['#journal']);
  });

  it('keeps a draft a moment after a change, and brings it back', async () => {
    await show(checkinForm, { id: null }, handlers());
    set('#checkin-mood', '3');
    await wait(450);
    await settle();
    assert.deepEqual(callsOf('save_draft').map((c) => c.args), [{
      key: 'checkin:new', body: { mood: 3, feelings: [], note: '', private: false },
    }]);
    assert.match($('#checkin-draft-status').textContent, /Draft kept · 18:00/);

    doc.body.replaceChildren();
    await show(checkinForm, { id: null }, handlers({
      get_draft: () => ({ key: 'checkin:new', body: { mood: 3, feelings: ['sad'], note: 'half a thought' } }),
    }));
    assert.equal($('#checkin-draft-restored').hidden, false);
    assert.equal($('#checkin-mood-value').textContent, '3 of 10');
    assert.equal($('#checkin-note').value, 'half a thought');
    assert.equal($('#checkin-feelings button[data-word="sad"]').getAttribute('aria-pressed'), 'true');

    $('#checkin-start-fresh').click();
    await settle();
    assert.deepEqual(callsOf('discard_draft').map((c) => c.args), [{ key: 'checkin:new' }]);
    assert.equal($('#checkin-note').value, '');
    assert.equal($('#checkin-mood-value').textContent, 'Not set');
  });

  it('leaving the page keeps the draft at once, not a moment later', async () => {
    await show(checkinForm, { id: null }, handlers());
    set('#checkin-note', 'gone in a hurry');
    globalThis.window.leave();
    await settle();
    assert.deepEqual(callsOf('save_draft').map((c) => c.args.body.note), ['gone in a hurry']);
  });

  it('an untouched form keeps no draft', async () => {
    await show(checkinForm, { id: null }, handlers());
    $('#checkin-private').click(); // privacy alone is nothing to keep
    globalThis.window.leave();
    await settle();
    assert.equal(callsOf('save_draft').length, 0);
  });

  it('keeps every word when saving fails', async () => {
    await show(checkinForm, { id: null }, handlers({
      create_checkin: () => { throw { kind: 'storage', message: 'That didn’t save — your words are still here. (The disk is full.)' }; },
    }));
    set('#checkin-mood', '5');
    set('#checkin-note', 'keep me');
    $('#checkin-save').click();
    await settle();
    assert.match($('#checkin-error').textContent, /disk is full/);
    assert.equal($('#checkin-note').value, 'keep me');
    assert.deepEqual(navigated, []);
  });

  it('edits: fills from the check-in, keeps its time, returns to its page', async () => {
    const title = await show(checkinForm, { id: 5 }, handlers());
    assert.equal(title, 'Edit check-in');
    assert.equal($('#checkin-mood-value').textContent, '4 of 10');
    assert.equal($('#checkin-note').value, 'grey morning');
    set('#checkin-mood', '6');
    $('#checkin-save').click();
    await settle();
    assert.deepEqual(callsOf('update_checkin').map((c) => c.args), [{
      id: 5, input: { at: '2026-11-20T08:00:00+01:00', mood: 6, feelings: ['down'], note: 'grey morning', private: false },
    }]);
    assert.deepEqual(callsOf('get_draft').map((c) => c.args.key), ['checkin:5']);
    assert.deepEqual(navigated, ['#checkin/5']);
  });

  it('reads a check-in back, with Edit and the entry block', async () => {
    await show(checkinDetail, { id: 5 }, { ...handlers(), list_tags: () => [] });
    assert.equal($('#checkin-detail').dataset.id, '5');
    assert.match($('#checkin-detail').textContent, /4 out of 10/);
    assert.match($('#checkin-detail').textContent, /grey morning/);
    assert.equal($('#edit-entry').href, '#checkin/5/edit');
    assert.equal($('#entry-star').getAttribute('aria-pressed'), 'true');
  });

  it('says plainly when a check-in is gone', async () => {
    await show(checkinDetail, { id: 5 }, { get_checkin: () => { throw { kind: 'notFound', message: 'gone' }; } });
    assert.equal($('h1').textContent, "This check-in isn't here");
  });
});

describe('note form', () => {
  const handlers = (over = {}) => ({
    list_tags: () => [{ name: 'sleep', count: 2 }],
    get_draft: () => null,
    save_draft: ({ key, body }) => ({ key, body, updatedAt: '2026-11-24T18:00:00+01:00' }),
    create_note: ({ input }) => ({ id: 3, ...input }),
    get_note: ({ id }) => ({
      id, at: '2026-11-21T22:00:00+01:00', text: 'Slept badly <b>again</b>', mood: null,
      starred: false, private: true, tags: ['sleep'],
    }),
    ...over,
  });

  it('asks for a few words before saving', async () => {
    await show(noteForm, { id: null }, handlers());
    $('#note-save').click();
    await settle();
    assert.equal(callsOf('create_note').length, 0);
    assert.match($('#note-error').textContent, /few words/);
    assert.equal(doc.activeElement, $('#note-text'));
  });

  it('sends the exact NoteInput: no mood by default, tags from the line', async () => {
    await show(noteForm, { id: null }, handlers());
    assert.equal($('#note-mood-value').textContent, 'No mood');
    set('#note-text', 'A good talk with Sam');
    set('#note-tags', 'friends, sleep,');
    $('#note-private').click();
    $('#note-save').click();
    await settle();
    assert.deepEqual(callsOf('create_note').map((c) => c.args), [{
      input: { at: null, text: 'A good talk with Sam', mood: null, private: true, tags: ['friends', 'sleep'] },
    }]);
    assert.match($('#toast').textContent, /Note saved\./);
    assert.deepEqual(navigated, ['#journal']);
  });

  it('a mood, once chosen, is sent; Clear takes it back to none', async () => {
    await show(noteForm, { id: null }, handlers());
    set('#note-text', 'x');
    set('#note-mood', '8');
    assert.equal($('#note-mood-value').textContent, '8 of 10');
    $('#note-mood-clear').click();
    assert.equal($('#note-mood-value').textContent, 'No mood');
    set('#note-mood', '2');
    $('#note-save').click();
    await settle();
    assert.equal(callsOf('create_note')[0].args.input.mood, 2);
  });

  it('reads a note back as text, never markup', async () => {
    await show(noteDetail, { id: 3 }, handlers());
    assert.equal($('#note-detail').dataset.id, '3');
    assert.match($('#note-detail').textContent, /Slept badly <b>again<\/b>/);
    assert.equal($$('#note-detail b').length, 0);
    assert.equal($('#entry-private-toggle').getAttribute('aria-pressed'), 'true');
    assert.equal($('#entry-tags-edit').value, 'sleep');
    assert.equal($('#edit-entry').href, '#note/3/edit');
  });
});

describe('moment page', () => {
  const MOMENT = {
    id: 7, occurredAt: '2026-11-24T08:40:00+01:00', situation: 'At work, before the meeting',
    emotions: [{ word: 'anxious', before: 80, after: 40 }, { word: 'ashamed', before: 60, after: null }],
    body: '', selfTalk: 'They will see I am not good enough', traps: ['mindReading', 'fortuneTelling'],
    did: 'Went for a short walk', friend: 'You prepared well; one meeting is not the measure of you.',
    starred: false, private: false, tags: ['work'], createdAt: 'x', updatedAt: 'x',
  };
  const handlers = (over = {}) => ({
    get_moment: () => MOMENT,
    get_journal_vocabulary: () => ({ emotions: [], traps: [{ id: 'mindReading', name: 'Mind reading' }] }),
    list_tags: () => [],
    ...over,
  });

  it('reads back every step that has words, the feelings before → after, and the traps by name', async () => {
    const title = await show(moment, { id: 7 }, handlers());
    assert.equal(title, 'Moment · Tue 24 Nov');
    const page = $('#moment-detail');
    assert.equal(page.dataset.id, '7');
    assert.match(page.textContent, /At work, before the meeting/);
    assert.deepEqual($$('#moment-emotions li span[aria-hidden]').map((s) => s.textContent),
      ['anxious 80 → 40', 'ashamed 60']);
    assert.equal($('#moment-emotions li .visually-hidden').textContent,
      'anxious: 80 at first, 40 afterwards (out of 100)');
    assert.deepEqual($$('#moment-traps .chip').map((c) => c.textContent), ['Mind reading', 'fortune telling']);
    assert.match(page.textContent, /They will see I am not good enough/);
    assert.match(page.textContent, /Went for a short walk/);
    assert.match(page.textContent, /one meeting is not the measure of you/);
    assert.doesNotMatch(page.textContent, /In my body/, 'a skipped step is left out');
    assert.equal($('#edit-entry').href, '#moment/7/edit');
    assert.equal($('#moment-kind-minute a').href, '#practice/self-compassion');
    assert.match($('#moment-kind-minute').textContent, /Noticing this took something\. Want a kind minute\?/);
    assert.ok($('#entry-star'));
    assert.ok($('#delete-entry'));
    assert.equal($('.belief-read'), null, 'no belief rated, no belief line');
  });

  it('reads back the full thought record in the flow\'s order: belief, evidence, a balanced thought', async () => {
    const full = {
      ...MOMENT, beliefBefore: 85, evidenceFor: 'Nobody asked a question', evidenceAgainst: 'My boss said thanks',
      balanced: 'Quiet rooms are not verdicts.', beliefAfter: 35,
    };
    await show(moment, { id: 7 }, handlers({ get_moment: () => full }));
    const headings = $$('#moment-detail h2').map((e) => e.textContent);
    assert.deepEqual(headings, [
      'What happened, and where', 'What I felt', 'What I told myself', 'Thinking traps I noticed', 'What I did',
      'What supported the thought', 'What didn’t fit it', 'What I’d tell a friend', 'A more balanced thought',
    ]);
    const section = (heading) => $$('#moment-detail section').find((s) => s.querySelector('h2').textContent === heading);
    assert.deepEqual(section('What I told myself').querySelectorAll('p').map((p) => p.textContent),
      ['They will see I am not good enough', 'How much I believed it: 85%']);
    assert.match(section('What supported the thought').textContent, /Nobody asked a question/);
    assert.match(section('What didn’t fit it').textContent, /My boss said thanks/);
    assert.deepEqual(section('A more balanced thought').querySelectorAll('p').map((p) => p.textContent),
      ['Quiet rooms are not verdicts.', 'How much I believed the first thought afterwards: 35%']);
    assert.equal(section('A more balanced thought').querySelector('.answer').getAttribute('dir'), 'auto');
  });

  it('shows a belief rated on its own, and leaves out the evidence that was skipped', async () => {
    await show(moment, { id: 7 }, handlers({
      get_moment: () => ({ ...MOMENT, selfTalk: '', beliefBefore: 0, evidenceFor: ' ', balanced: '', beliefAfter: null }),
    }));
    const page = $('#moment-detail');
    assert.match(page.textContent, /What I told myself\s*How much I believed it: 0%/, 'a rating of 0 is shown');
    assert.doesNotMatch(page.textContent, /What supported the thought|A more balanced thought|believed the first thought/);
  });
});

describe('reflection page', () => {
  const R = {
    id: 3, sessionAt: '2026-11-24T17:50:00+01:00', takeaway: 'My thoughts are not facts', difficult: '',
    focus: '', feelingNote: '', feelingRating: null, feelings: [],
  };

  it('shares the entry block, keeping #delete-reflection and going back to the list', async () => {
    const dialog = deleteDialog();
    await show(reflectionDetail, { id: 3 }, {
      get_reflection: () => R,
      get_entry_meta: () => item({ kind: 'reflection', id: 3, starred: true }),
      list_tags: () => [],
      delete_entry: () => null,
      restore_entry: () => null,
    });
    assert.deepEqual(callsOf('get_entry_meta')[0].args, { entry: { kind: 'reflection', id: 3 } });
    assert.equal($('#entry-star').getAttribute('aria-pressed'), 'true');
    assert.ok($('#edit-reflection'));
    $('#delete-reflection').click();
    assert.equal($('#confirm-delete-title').textContent, 'Delete this reflection?');
    dialog.close('delete');
    await settle();
    assert.deepEqual(callsOf('delete_entry')[0].args, { entry: { kind: 'reflection', id: 3 } });
    assert.deepEqual(navigated, ['#reflections']);
    $('#undo').click();
    await settle();
    assert.deepEqual(callsOf('restore_entry')[0].args, { entry: { kind: 'reflection', id: 3 } });
  });

  it('still offers Delete when the entry’s flags can’t be read', async () => {
    await show(reflectionDetail, { id: 3 }, {
      get_reflection: () => R,
      get_entry_meta: () => { throw { kind: 'internal', message: 'x' }; },
    });
    assert.ok($('#delete-reflection'));
    assert.equal($('#entry-star'), null);
  });
});
