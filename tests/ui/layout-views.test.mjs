// Layout through the views themselves (#22), with the stand-in document:
// a 5,000-character reflection in the list and on its page, right to left
// too; every checkbox and radio in Settings and the check-in inside a
// label that lines it up; the moment flow bringing a new step into the
// page pane without scrolling anything else; and the lock screen starting
// at its card's top each time. The stylesheets' side is layout.test.mjs.

import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';

import { installDom, installTauri, removeDom, removeTauri } from './fake-dom.mjs';
import { lockScreen } from '../../ui/components/lock-screen.js';
import { resetLockStatus } from '../../ui/lib/lock-status.js';
import { formView as checkinForm } from '../../ui/views/checkin.js';
import momentFlow from '../../ui/views/moment-flow.js';
import { privacySection } from '../../ui/views/privacy.js';
import { detailView as reflectionDetail, listView as reflectionList } from '../../ui/views/reflections.js';
import settings from '../../ui/views/settings.js';

// A pasted page: words with spaces, one word with none, right to left.
const LONG = 'I kept going back to what she said about the river in winter. '.repeat(80).slice(0, 5000);
const WORD = 'x'.repeat(5000);
const RTL = 'היום היה קשה אבל עברתי אותו. '.repeat(180).slice(0, 5000);

const reflection = (id, over = {}) => ({
  id, sessionAt: '2026-11-24T17:50:00+01:00', takeaway: '', difficult: '', focus: '', feelingNote: '',
  feelingRating: null, feelings: [], ...over,
});

const OPEN = {
  state: 'open', keeper: 'passphrase', previousKept: false, autoLockMinutes: 10, notificationsShowText: false,
  safetyPlanOnLockScreen: false, loginAvailable: true, loginProblem: null,
};

let doc;
const $ = (sel) => doc.body.querySelector(sel);
const $$ = (sel) => doc.body.querySelectorAll(sel);
const ctx = () => ({ refresh: () => {}, navigate: () => {}, isCurrent: () => true });

async function show(view, route, handlers) {
  installTauri(handlers);
  const root = doc.createElement('div');
  await view.render(root, route, ctx());
  doc.body.append(root);
  return root;
}

beforeEach(() => {
  doc = installDom();
});
afterEach(() => {
  removeDom();
  removeTauri();
  resetLockStatus();
});

describe('layout: a 5,000-character reflection', () => {
  it('in the list: a short line in its own direction, never the whole answer', async () => {
    await show(reflectionList, {}, {
      list_reflections: () => [
        reflection(1, { takeaway: LONG }),
        reflection(2, { takeaway: WORD }),
        reflection(3, { takeaway: RTL }),
        reflection(4, { feelingRating: 6 }),
      ],
    });
    const lines = $$('#reflection-list .entry-line');
    assert.equal(lines.length, 4);
    for (const line of lines.slice(0, 3)) {
      assert.equal(line.getAttribute('dir'), 'auto', 'the person’s words take their own direction');
      assert.ok(line.textContent.length <= 120, `${line.textContent.length} characters`);
      assert.ok(line.textContent.endsWith('…'), 'said to go on');
    }
    assert.ok(lines[1].textContent.startsWith('xxxx'));
    assert.ok(lines[2].textContent.startsWith('היום'));
    // Interlude's own words keep the page's direction.
    assert.equal(lines[3].textContent, 'A feeling check');
    assert.equal(lines[3].getAttribute('dir'), null);
  });

  it('on its page: every word kept, in its own direction', async () => {
    await show(reflectionDetail, { id: 2 }, {
      get_reflection: () => reflection(2, { takeaway: WORD, difficult: RTL, feelingNote: LONG, feelings: ['wobbly'] }),
      get_entry_meta: () => ({ kind: 'reflection', id: 2, starred: false, private: false, tags: [] }),
      list_tags: () => [],
    });
    const answers = $$('#reflection-detail .answer');
    assert.deepEqual(answers.map((p) => p.textContent.length), [5000, RTL.trim().length, LONG.trim().length]);
    for (const p of answers) assert.equal(p.getAttribute('dir'), 'auto');
    assert.equal($('#reflection-detail .chip').getAttribute('dir'), 'auto');
  });
});

/** Every checkbox and radio under `root` that isn't inside a label.choice
 *  (app.css sizes them and lines them up with the label's first line). */
function loneBoxes(root) {
  return root.querySelectorAll('input')
    .filter((i) => ['checkbox', 'radio'].includes(i.getAttribute('type')))
    .filter((i) => !i.closest('label')?.classList.contains('choice'))
    .map((i) => i.id);
}

describe('layout: checkboxes and radios sit in their labels', () => {
  const base = {
    get_settings: () => ({ theme: 'system', whenClosed: 'ask' }),
    get_app_info: () => ({ version: '0.1.0', schemaVersion: 3, dataDir: '/home/a/.local/share/interlude' }),
    get_autostart: () => false,
    get_tray_status: () => ({ hostPresent: true }),
    get_reminder_settings: () => { throw { kind: 'internal', message: 'x' }; },
    get_reminder_status: () => { throw { kind: 'internal', message: 'x' }; },
    get_lock_status: () => OPEN,
  };

  it('in Settings, the export’s “include private” too', async () => {
    const root = await show(settings, {}, base);
    const boxes = root.querySelectorAll('input').filter((i) => ['checkbox', 'radio'].includes(i.getAttribute('type')));
    assert.ok(boxes.length >= 5, `${boxes.length} found`);
    assert.deepEqual(loneBoxes(root), []);
    const include = $('#export-include-private');
    assert.equal(include.closest('label').textContent, 'Include entries marked private', 'the box is named by its label');
  });

  it('in Privacy and lock', async () => {
    installTauri(base);
    const section = await privacySection({ refresh: () => {} });
    doc.body.append(section);
    assert.ok($('#lock-show-text') && $('#lock-safety-plan'));
    assert.deepEqual(loneBoxes(section), []);
  });

  it('in the check-in', async () => {
    const root = await show(checkinForm, { id: null }, {
      get_journal_vocabulary: () => ({ emotions: [{ group: 'sad', words: ['sad'] }], traps: [] }),
      get_feeling_words: () => ({ vocabulary: ['calm'], own: [] }),
      get_draft: () => null,
      list_tags: () => [],
    });
    assert.ok($('#checkin-private'));
    assert.deepEqual(loneBoxes(root), []);
  });
});

/** A rectangle that moves with the pane's scroll, like a laid-out box. */
function placed(el, pane, top, height) {
  el.getBoundingClientRect = () => {
    const y = top - (pane.scrollTop ?? 0);
    return { top: y, bottom: y + height, left: 0, right: 500, width: 500, height };
  };
}

describe('layout: the moment flow moves between steps inside the page pane', () => {
  const VOCAB = {
    emotions: [{ group: 'sad', words: ['sad', 'down'] }],
    traps: Array.from({ length: 12 }, (_, i) => ({ id: `t${i}`, name: `Trap ${i}`, explanation: 'A way minds go.' })),
  };

  async function openInPane() {
    installTauri({
      get_journal_vocabulary: () => VOCAB,
      recent_triggers: () => [],
      list_tags: () => [],
      get_draft: () => null,
      save_draft: ({ key, body }) => ({ key, body, updatedAt: '2026-11-28T14:07:00+01:00' }),
    });
    // The main window's pane: 500px tall, at the top of the window.
    const pane = doc.createElement('main');
    pane.className = 'content';
    pane.scrollTop = 0;
    pane.getBoundingClientRect = () => ({ top: 0, bottom: 500, left: 0, right: 600, width: 600, height: 500 });
    const root = doc.createElement('div');
    await momentFlow.render(root, { id: null }, ctx());
    pane.append(root);
    doc.body.append(pane);
    const form = $('#moment-flow');
    placed(form, pane, 80, 2400);
    // Any focus() that could scroll says so: only preventScroll is allowed.
    const focused = [];
    for (const el of form.querySelectorAll('input').concat(form.querySelectorAll('textarea'), form.querySelectorAll('button'))) {
      const focus = el.focus.bind(el);
      el.focus = (options) => { focused.push({ id: el.id, options }); focus(options); };
    }
    return { pane, form, focused };
  }

  it('from the foot of the thinking traps, Next shows the next step from its top', async () => {
    const { pane, focused } = await openInPane();
    for (let i = 0; i < 4; i += 1) $('#moment-next').click();
    assert.equal($('#moment-flow').dataset.step, '5');
    // Scrolled down to Next, under the last trap.
    pane.scrollTop = 1900;
    placed($('#moment-did'), pane, 250, 100);
    focused.length = 0;
    $('#moment-next').click();
    assert.equal($('#moment-flow').dataset.step, '6');
    assert.equal(pane.scrollTop, 80, 'the progress line at the top of the pane');
    assert.equal(doc.activeElement, $('#moment-did'));
    assert.deepEqual(focused, [{ id: 'moment-did', options: { preventScroll: true } }],
      'focus moves nothing else: the window’s frame never scrolls');
  });

  it('a first field below the pane’s foot is brought just into view', async () => {
    const { pane, focused } = await openInPane();
    placed($('#emotion-chips button.chip'), pane, 560, 36);
    $('#moment-next').click();
    assert.equal($('#moment-flow').dataset.step, '2');
    assert.equal(pane.scrollTop, 96, 'its foot at the pane’s foot');
    assert.equal(focused.at(-1).options?.preventScroll, true);
  });
});

describe('layout: the lock screen', () => {
  it('starts at its card’s top each time it covers the app', () => {
    installTauri({});
    const shell = doc.createElement('div');
    shell.className = 'shell';
    const host = doc.createElement('div');
    host.id = 'lock-screen';
    host.hidden = true;
    doc.body.append(shell, host);
    const screen = lockScreen(host, { covers: [shell] });
    screen.show({ ...OPEN, state: 'locked' });
    // Scrolled down last time (a tall card in a short window), then hidden.
    host.scrollTop = 640;
    screen.hide();
    screen.show({ ...OPEN, state: 'locked' });
    assert.equal(host.scrollTop, 0);
    assert.equal(doc.activeElement, $('#unlock-passphrase'));
  });
});
