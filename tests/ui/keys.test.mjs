// Keys (#22): Ctrl+Q / ⌘Q quits from anywhere; a page for writing
// something new puts the cursor in its first field (lib/dom.js
// focusFirstField); Escape closes a panel and gives focus back to what
// opened it (closeOnEscape), a "Move…" panel on the Sessions page among
// them; and a confirmation dialog gives focus back to its opener however
// it closes.

import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';

import { FakeEvent, installDom, installTauri, removeDom, removeTauri } from './fake-dom.mjs';
import { closeOnEscape, confirmDialog, focusFirstField, h } from '../../ui/lib/dom.js';
import { matchShortcut, shortcutHint } from '../../ui/lib/shortcuts.js';
import sessions from '../../ui/views/sessions.js';

let doc;
beforeEach(() => { doc = installDom(); });
afterEach(() => {
  removeDom();
  removeTauri();
});

const escape = (target, more = {}) => {
  const event = new FakeEvent('keydown', { key: 'Escape', ...more });
  target.dispatchEvent(event);
  return event;
};

describe('Ctrl+Q or ⌘Q quits', () => {
  const el = (tagName, type, inDialog = false) => ({
    nodeType: 1, tagName, getAttribute: (k) => (k === 'type' ? type : null),
    closest: (s) => (s === 'dialog' && inDialog ? {} : null),
  });
  const key = (k, more = {}) => ({
    key: k, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, target: el('BODY'), ...more,
  });

  it('Ctrl+Q and ⌘Q, whatever the case of the letter; nothing else like them', () => {
    assert.equal(matchShortcut(key('q', { ctrlKey: true })), 'quit');
    assert.equal(matchShortcut(key('Q', { ctrlKey: true })), 'quit');
    assert.equal(matchShortcut(key('q', { metaKey: true })), 'quit');
    assert.equal(matchShortcut(key('q')), null, 'a plain q is a letter');
    assert.equal(matchShortcut(key('q', { ctrlKey: true, altKey: true })), null);
    assert.equal(matchShortcut(key('Q', { ctrlKey: true, shiftKey: true })), null);
    assert.equal(matchShortcut(key('q', { ctrlKey: true, isComposing: true })), null);
    assert.equal(matchShortcut(key('q', { ctrlKey: true, defaultPrevented: true })), null);
  });

  it('works while typing and over a dialog: it types nothing and answers nothing', () => {
    assert.equal(matchShortcut(key('q', { ctrlKey: true, target: el('TEXTAREA') })), 'quit');
    assert.equal(matchShortcut(key('q', { metaKey: true, target: el('INPUT', 'text') })), 'quit');
    assert.equal(matchShortcut(key('q', { ctrlKey: true, target: el('BUTTON', null, true) })), 'quit');
  });

  it('is among the shortcuts said in words, the way this computer writes them', () => {
    assert.deepEqual(shortcutHint('MacIntel').at(-1), { keys: ['⌘Q'], does: 'quit Interlude' });
    assert.deepEqual(shortcutHint('Linux x86_64').at(-1), { keys: ['Ctrl+Q'], does: 'quit Interlude' });
  });
});

describe('focusFirstField: where writing starts', () => {
  it('the first field of the page’s form, not a link or button before it', () => {
    const root = h('div', {},
      h('h1', {}, 'Write a note'),
      h('a', { href: '#journal' }, '← Journal'),
      h('button', { type: 'button', id: 'start-fresh' }, 'Start fresh'),
      h('input', { type: 'search', id: 'outside' }),
      h('form', {},
        h('p', { class: 'error', hidden: true }),
        h('input', { type: 'hidden', id: 'secret' }),
        h('input', { type: 'text', id: 'off', disabled: true }),
        h('label', { for: 'text' }, 'What’s on your mind?'),
        h('textarea', { id: 'text' }),
        h('input', { type: 'text', id: 'tags' })));
    root.querySelector('#off').disabled = true;
    doc.body.append(root);
    assert.equal(focusFirstField(root), root.querySelector('#text'));
    assert.equal(doc.activeElement, root.querySelector('#text'));
  });

  it('skips what is hidden: a moment’s other steps, a closed box', () => {
    const root = h('div', {},
      h('form', {},
        h('section', { hidden: true }, h('textarea', { id: 'step-1' })),
        h('section', {},
          h('div', { hidden: true }, h('input', { type: 'datetime-local', id: 'when' })),
          h('select', { id: 'step-2' }))));
    doc.body.append(root);
    focusFirstField(root);
    assert.equal(doc.activeElement.id, 'step-2');
  });

  it('a shown [data-autofocus] wins over the first field', () => {
    const root = h('form', {},
      h('input', { type: 'datetime-local', id: 'session-at' }),
      h('textarea', { id: 'hidden-one', dataset: { autofocus: '' }, hidden: true }),
      h('textarea', { id: 'takeaway', dataset: { autofocus: '' } }));
    doc.body.append(root);
    assert.equal(focusFirstField(root)?.id, 'takeaway');
  });

  it('a page without a form is left alone', () => {
    const root = h('div', {}, h('h1', {}, 'Journal'), h('input', { type: 'search', id: 'journal-search' }));
    doc.body.append(root);
    assert.equal(focusFirstField(root), null);
    assert.equal(doc.activeElement, doc.body);
  });
});

describe('closeOnEscape', () => {
  function panelWithOpener() {
    const opener = h('button', { type: 'button', id: 'opener' }, 'Move…');
    const field = h('input', { type: 'text', id: 'inside' });
    const panel = h('form', { id: 'panel' }, field);
    const outer = h('div', {}, opener, panel);
    doc.body.append(outer);
    return { opener, field, panel, outer };
  }

  it('Escape inside closes the panel and gives focus back to its opener', () => {
    const { opener, field, panel, outer } = panelWithOpener();
    let heardOutside = 0;
    outer.addEventListener('keydown', () => { heardOutside += 1; });
    closeOnEscape(panel, { onClose: () => { panel.hidden = true; }, returnTo: opener });
    field.focus();
    const event = escape(field);
    assert.equal(panel.hidden, true);
    assert.equal(doc.activeElement, opener);
    assert.equal(event.defaultPrevented, true);
    assert.equal(heardOutside, 0, 'one Escape closes one thing');
  });

  it('returnTo may be a function, asked once the panel is closed', () => {
    const { field, panel } = panelWithOpener();
    let later = null;
    closeOnEscape(panel, { onClose: () => { later = h('button', {}, 'Edit'); doc.body.append(later); }, returnTo: () => later });
    escape(field);
    assert.equal(doc.activeElement, later);
  });

  it('other keys, Escape already handled, composing, or a closed panel change nothing', () => {
    const { field, panel } = panelWithOpener();
    let closed = 0;
    const stop = closeOnEscape(panel, { onClose: () => { closed += 1; } });
    field.dispatchEvent(new FakeEvent('keydown', { key: 'Enter' }));
    escape(field, { isComposing: true });
    const handled = new FakeEvent('keydown', { key: 'Escape' });
    handled.preventDefault();
    field.dispatchEvent(handled);
    panel.hidden = true;
    escape(field);
    assert.equal(closed, 0);
    panel.hidden = false;
    stop();
    escape(field);
    assert.equal(closed, 0, 'stopped');
  });

  it('a field with suggestions and text keeps its Escape (it may be closing the list)', () => {
    const tags = h('input', { type: 'text', list: 'tag-options', id: 'tags' });
    const panel = h('div', {}, tags);
    doc.body.append(panel);
    let closed = 0;
    closeOnEscape(panel, { onClose: () => { closed += 1; } });
    tags.value = 'wor';
    escape(tags);
    assert.equal(closed, 0);
    tags.value = '';
    escape(tags);
    assert.equal(closed, 1);
  });
});

describe('Escape on the Sessions page', () => {
  const S1 = {
    occurrence: '2026-12-01', start: '2026-12-01T17:00:00+00:00', end: '2026-12-01T17:50:00+00:00', status: 'scheduled',
  };
  const KEPT = {
    schedule: {
      weekday: 2, time: '17:00', durationMinutes: 50, everyWeeks: 1, startDate: '2026-11-24', timeZone: 'Europe/London',
    },
    rrule: 'FREQ=WEEKLY;INTERVAL=1;BYDAY=TU',
    systemTimeZone: 'Europe/London',
    upcoming: [S1],
    past: [],
  };

  it('closes a "Move…" panel, keeps what was typed, and gives focus back to Move…', async () => {
    installTauri({ get_schedule: () => KEPT, preview_schedule: () => [S1.start] });
    const root = doc.createElement('div');
    await sessions.render(root, {}, { refresh: () => {}, navigate: () => {}, isCurrent: () => true });
    doc.body.append(root);
    const $ = (sel) => doc.body.querySelector(sel);
    $('#move-open-2026-12-01').click();
    assert.equal($('#move-form-2026-12-01').hidden, false);
    assert.equal(doc.activeElement, $('#move-2026-12-01'));
    $('#move-2026-12-01').fill('2026-12-02T09:30');
    escape($('#move-2026-12-01'));
    assert.equal($('#move-form-2026-12-01').hidden, true);
    assert.equal($('#move-open-2026-12-01').getAttribute('aria-expanded'), 'false');
    assert.equal(doc.activeElement, $('#move-open-2026-12-01'));
    $('#move-open-2026-12-01').click();
    assert.equal($('#move-2026-12-01').value, '2026-12-02T09:30', 'the typed time is still there');
  });
});

describe('a confirmation dialog gives focus back', () => {
  function dialogAndOpener() {
    const opener = h('button', { type: 'button', id: 'delete-entry' }, 'Delete');
    const keep = h('button', { id: 'confirm-delete-no', value: 'keep' }, 'Keep it');
    const dialog = h('dialog', { id: 'confirm-delete' }, keep);
    doc.body.append(opener, dialog);
    opener.focus();
    return { opener, keep, dialog };
  }

  it('closed with Escape (the dialog closes itself): "keep", and focus on the opener', async () => {
    const { opener, keep, dialog } = dialogAndOpener();
    const answer = confirmDialog('confirm-delete', 'delete', 'confirm-delete-no');
    assert.equal(dialog.open, true);
    assert.equal(doc.activeElement, keep, 'the safe choice has focus');
    dialog.close(); // what Escape does to a modal dialog
    assert.equal(await answer, false);
    assert.equal(doc.activeElement, opener);
  });

  it('answered with a button: focus on the opener too, unless it is gone meanwhile', async () => {
    const { opener, dialog } = dialogAndOpener();
    const answer = confirmDialog('confirm-delete', 'delete', 'confirm-delete-no');
    dialog.close('delete');
    assert.equal(await answer, true);
    assert.equal(doc.activeElement, opener);

    const again = confirmDialog('confirm-delete', 'delete', 'confirm-delete-no');
    opener.remove();
    dialog.close('delete');
    await again;
    assert.notEqual(doc.activeElement, opener);
  });
});
