// The journal's pure pieces: snippet markers split into marked and plain
// text (never markup), tags typed as one line, the exact timeline query
// the filters make, day headings, moment lines, the check-in and note
// inputs, and which keys are shortcuts.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import {
  checkinInput, checkinProblem, entryDraftKey, isCheckinEmpty, isNoteEmpty, normalizeCheckin,
  normalizeNote, noteInput, noteProblem, noteToState,
} from '../../ui/lib/entry-forms.js';
import {
  dayHeading, dayKey, emotionLine, emotionSpoken, hasFilters, kindLabel, kindNoun, kindPlural, matchLine,
  noFilters, parseTags, snippetParts, tagSuggestions, tagsText, timelineQuery, trapName,
} from '../../ui/lib/journal.js';
import { isTextField, lockShortcut, matchShortcut, shortcutHint } from '../../ui/lib/shortcuts.js';

const S = '\u0002';
const E = '\u0003';

describe('snippetParts', () => {
  it('splits marked words from the plain text around them', () => {
    assert.deepEqual(snippetParts(`felt ${S}anxious${E} before the ${S}meeting${E}.`), [
      { text: 'felt ', mark: false },
      { text: 'anxious', mark: true },
      { text: ' before the ', mark: false },
      { text: 'meeting', mark: true },
      { text: '.', mark: false },
    ]);
  });

  it('keeps text with no markers as one plain piece', () => {
    assert.deepEqual(snippetParts('nothing marked here'), [{ text: 'nothing marked here', mark: false }]);
  });

  it('keeps adjacent marks apart and drops empty ones', () => {
    assert.deepEqual(snippetParts(`${S}work${E}${S}meeting${E}${S}${E} today`), [
      { text: 'work', mark: true },
      { text: 'meeting', mark: true },
      { text: ' today', mark: false },
    ]);
  });

  it('never lets a marker reach the page, even a stray or unclosed one', () => {
    assert.deepEqual(snippetParts(`a${E}b ${S}c`), [
      { text: 'a', mark: false },
      { text: 'b ', mark: false },
      { text: 'c', mark: true },
    ]);
    assert.deepEqual(snippetParts(''), []);
    assert.deepEqual(snippetParts(null), []);
  });

  it('leaves markup-looking text as plain text', () => {
    assert.deepEqual(snippetParts(`<script>alert(1)</script> ${S}<b>${E}`), [
      { text: '<script>alert(1)</script> ', mark: false },
      { text: '<b>', mark: true },
    ]);
  });
});

describe('words', () => {
  it('names each kind', () => {
    assert.deepEqual(['moment', 'checkin', 'note', 'reflection'].map(kindLabel),
      ['Moment', 'Check-in', 'Note', 'Reflection']);
    assert.deepEqual(['moment', 'checkin', 'note', 'reflection'].map(kindPlural),
      ['Moments', 'Check-ins', 'Notes', 'Reflections']);
    assert.equal(kindNoun('checkin'), 'check-in');
    assert.equal(kindLabel('mystery'), 'Entry');
  });

  it('counts matches, and says kindly when there are none', () => {
    assert.equal(matchLine(3, 'work'), '3 entries match');
    assert.equal(matchLine(1, 'work'), '1 entry matches');
    assert.equal(matchLine(0, ' sleep '), 'Nothing matches “sleep” yet.');
  });
});

describe('tags', () => {
  it('parses a typed line: trimmed, no empties, no repeats ignoring case', () => {
    assert.deepEqual(parseTags(' work,  family , Work,, , late   night'), ['work', 'family', 'late night']);
    assert.deepEqual(parseTags(''), []);
    assert.equal(tagsText(['work', 'family']), 'work, family');
  });

  it('suggests completions of the last tag, leaving out those already typed', () => {
    const known = [{ name: 'work', count: 3 }, { name: 'family', count: 1 }, { name: 'sleep', count: 1 }];
    assert.deepEqual(tagSuggestions('', known), ['work', 'family', 'sleep']);
    assert.deepEqual(tagSuggestions('work, fa', known), ['work, family', 'work, sleep']);
    assert.deepEqual(tagSuggestions('Work,family,', known), ['Work,family, sleep'], 'a comma just typed gets its space');
    assert.deepEqual(tagSuggestions('work,sl', known), ['work,family', 'work,sleep'], 'always begins with what is typed');
  });
});

describe('timelineQuery', () => {
  it('asks for everything, newest first, with every key spelled out', () => {
    assert.deepEqual(timelineQuery(noFilters()), {
      kinds: [], tag: null, starred: false, onlyPrivate: false, from: null, until: null, before: null, limit: 50,
    });
    assert.equal(hasFilters(noFilters()), false);
  });

  it('carries each filter and the cursor, kinds in a stable order', () => {
    const f = {
      kinds: ['note', 'moment'], tag: 'work', starred: true, onlyPrivate: true, from: '2026-11-01', until: '2026-11-30',
    };
    const cursor = { at: '2026-11-20T10:00:00+01:00', entryId: 41 };
    assert.deepEqual(timelineQuery(f, cursor), {
      kinds: ['moment', 'note'], tag: 'work', starred: true, onlyPrivate: true,
      from: '2026-11-01', until: '2026-11-30', before: cursor, limit: 50,
    });
    assert.equal(hasFilters(f), true);
    assert.equal(hasFilters({ ...noFilters(), until: '2026-11-30' }), true);
  });
});

describe('days', () => {
  const now = new Date(2026, 10, 28, 20, 0); // Sat 28 Nov 2026, local
  it('reads the day from the entry’s own clock', () => {
    assert.equal(dayKey('2026-11-28T23:30:00-05:00'), '2026-11-28');
    assert.equal(dayKey('nonsense'), '');
  });

  it('says today, yesterday, or the date', () => {
    assert.equal(dayHeading('2026-11-28T08:00:00+01:00', now), 'Today');
    assert.equal(dayHeading('2026-11-27T22:00:00+01:00', now), 'Yesterday');
    assert.equal(dayHeading('2026-11-24T17:50:00+01:00', now), 'Tue 24 Nov');
    assert.equal(dayHeading('2025-11-24T17:50:00+01:00', now), 'Mon 24 Nov 2025');
  });
});

describe('moments', () => {
  it('shows how strong a feeling was before and after', () => {
    assert.equal(emotionLine({ word: 'anxious', before: 80, after: 40 }), 'anxious 80 → 40');
    assert.equal(emotionLine({ word: 'anxious', before: 80, after: null }), 'anxious 80');
    assert.equal(emotionLine({ word: 'anxious', before: null, after: 40 }), 'anxious → 40');
    assert.equal(emotionLine({ word: 'sad', before: null, after: null }), 'sad');
    assert.equal(emotionLine({ word: 'calm', before: 0, after: 0 }), 'calm 0 → 0', '0 is a rating too');
    assert.equal(emotionSpoken({ word: 'anxious', before: 80, after: 40 }),
      'anxious: 80 at first, 40 afterwards (out of 100)');
  });

  it('names a thinking trap from the vocabulary, or readably without it', () => {
    const traps = [{ id: 'mindReading', name: 'Mind reading' }];
    assert.equal(trapName('mindReading', traps), 'Mind reading');
    assert.equal(trapName('allOrNothing', traps), 'all or nothing');
  });
});

describe('check-in and note forms', () => {
  it('keys drafts by kind and id', () => {
    assert.equal(entryDraftKey('checkin', null), 'checkin:new');
    assert.equal(entryDraftKey('note', 7), 'note:7');
  });

  it('needs a mood for a check-in, and says so kindly', () => {
    const s = normalizeCheckin({ feelings: ['tired'], note: 'long day' });
    assert.equal(s.mood, null);
    assert.match(checkinProblem(s), /mood/);
    assert.doesNotMatch(checkinProblem(s), /must|error|invalid/i);
    assert.equal(checkinProblem({ ...s, mood: 4 }), null);
  });

  it('builds the exact CheckinInput; an edit keeps its time', () => {
    const s = normalizeCheckin({ mood: '6', feelings: ['calm', ' Calm', 'tired'], note: 'ok', private: true, junk: 1 });
    assert.deepEqual(checkinInput(s), { at: null, mood: 6, feelings: ['calm', 'tired'], note: 'ok', private: true });
    assert.equal(checkinInput(s, { at: '2026-11-24T08:00:00+01:00' }).at, '2026-11-24T08:00:00+01:00');
    assert.equal(isCheckinEmpty(normalizeCheckin({ private: true })), true);
    assert.equal(isCheckinEmpty(normalizeCheckin({ note: 'x' })), false);
  });

  it('builds the exact NoteInput, tags parsed from the typed line', () => {
    const s = normalizeNote({ text: 'Slept badly', mood: null, tags: 'sleep, work', private: false });
    assert.deepEqual(noteInput(s), { at: null, text: 'Slept badly', mood: null, private: false, tags: ['sleep', 'work'] });
    assert.match(noteProblem(normalizeNote({ text: '   ' })), /few words/);
    assert.equal(noteProblem(s), null);
    assert.equal(isNoteEmpty(normalizeNote({})), true);
    assert.deepEqual(noteToState({ text: 'a', mood: 3, tags: ['x', 'y'], private: true }),
      { text: 'a', mood: 3, tags: 'x, y', private: true });
  });
});

describe('shortcuts', () => {
  const el = (tagName, type, inDialog = false) => ({
    nodeType: 1, tagName, getAttribute: (k) => (k === 'type' ? type : null),
    closest: (s) => (s === 'dialog' && inDialog ? {} : null),
  });
  const body = el('BODY');
  const key = (k, more = {}) => ({ key: k, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, target: body, ...more });

  it('Ctrl+M or ⌘M logs a moment, anywhere', () => {
    assert.equal(matchShortcut(key('m', { ctrlKey: true })), 'newMoment');
    assert.equal(matchShortcut(key('M', { metaKey: true })), 'newMoment');
    assert.equal(matchShortcut(key('m', { ctrlKey: true, target: el('TEXTAREA') })), 'newMoment');
  });

  it('Ctrl+K, ⌘K or "/" searches', () => {
    assert.equal(matchShortcut(key('k', { ctrlKey: true })), 'search');
    assert.equal(matchShortcut(key('k', { metaKey: true, target: el('INPUT', 'text') })), 'search');
    assert.equal(matchShortcut(key('/')), 'search');
    assert.equal(matchShortcut(key('/', { target: el('BUTTON') })), 'search');
    assert.equal(matchShortcut(key('/', { target: el('INPUT', 'checkbox') })), 'search');
  });

  it('"/" stays a character while typing', () => {
    for (const target of [el('INPUT', 'text'), el('INPUT', null), el('INPUT', 'search'), el('TEXTAREA'), el('SELECT'),
      { nodeType: 1, tagName: 'DIV', isContentEditable: true }]) {
      assert.equal(matchShortcut(key('/', { target })), null);
    }
  });

  it('leaves other keys, Alt, Shift, composing and open dialogs alone', () => {
    assert.equal(matchShortcut(key('m')), null);
    assert.equal(matchShortcut(key('j', { ctrlKey: true })), null);
    assert.equal(matchShortcut(key('m', { ctrlKey: true, altKey: true })), null);
    assert.equal(matchShortcut(key('m', { ctrlKey: true, shiftKey: true })), null);
    assert.equal(matchShortcut(key('/', { isComposing: true })), null);
    assert.equal(matchShortcut(key('/', { defaultPrevented: true })), null);
    assert.equal(matchShortcut(key('k', { ctrlKey: true, target: el('BUTTON', null, true) })), null);
    assert.equal(matchShortcut(null), null);
  });

  it('Ctrl+Shift+L or ⌘⇧L locks, anywhere, even over a dialog', () => {
    assert.equal(matchShortcut(key('L', { ctrlKey: true, shiftKey: true })), 'lockNow');
    assert.equal(matchShortcut(key('l', { metaKey: true, shiftKey: true })), 'lockNow');
    assert.equal(matchShortcut(key('L', { ctrlKey: true, shiftKey: true, target: el('INPUT', 'password') })), 'lockNow');
    assert.equal(matchShortcut(key('L', { ctrlKey: true, shiftKey: true, target: el('TEXTAREA') })), 'lockNow');
    assert.equal(matchShortcut(key('L', { ctrlKey: true, shiftKey: true, target: el('BUTTON', null, true) })), 'lockNow');
  });

  it('needs both Ctrl (or ⌘) and Shift to lock, and nothing else', () => {
    assert.equal(matchShortcut(key('l', { ctrlKey: true })), null, 'Ctrl+L alone is not the lock');
    assert.equal(matchShortcut(key('L', { shiftKey: true })), null, 'a capital L is just a letter');
    assert.equal(matchShortcut(key('L', { ctrlKey: true, shiftKey: true, altKey: true })), null);
    assert.equal(matchShortcut(key('L', { ctrlKey: true, shiftKey: true, isComposing: true })), null);
    assert.equal(matchShortcut(key('L', { ctrlKey: true, shiftKey: true, defaultPrevented: true })), null);
    assert.equal(matchShortcut(key('K', { ctrlKey: true, shiftKey: true })), null);
    assert.equal(matchShortcut(key('M', { metaKey: true, shiftKey: true })), null);
  });

  it('writes the lock keys the way this computer does', () => {
    assert.equal(lockShortcut('MacIntel'), '⌘⇧L');
    assert.equal(lockShortcut('Win32'), 'Ctrl+Shift+L');
    assert.equal(lockShortcut(), 'Ctrl+Shift+L');
  });

  it('knows text fields', () => {
    assert.equal(isTextField(el('INPUT', 'date')), true);
    assert.equal(isTextField(el('INPUT', 'range')), false);
    assert.equal(isTextField(null), false);
  });

  it('says the keys the way this computer writes them', () => {
    assert.deepEqual(shortcutHint('MacIntel')[0].keys, ['⌘M']);
    assert.deepEqual(shortcutHint('Linux x86_64')[1].keys, ['Ctrl+K', '/']);
  });
});
