// Crisis help without the journal (components/crisis-help.js), through a
// stand-in document and a fake backend: the region's lines as plain large
// text, the fallback when no region or no line is known, the picker that
// changes the region and redraws, the person's own plan when they keep a
// copy for the lock screen, and focus that goes in and comes back.

import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';

import { FakeEvent, installDom, installTauri, removeDom, removeTauri, settle } from './fake-dom.mjs';
import {
  ASK_REGION, HELP_BUTTON, HELP_TITLE, NOT_FROM_JOURNAL, OFFLINE_FALLBACK, crisisPanel, helpDialogButton,
  helpEntry, regionSourceLine, waysInWords,
} from '../../ui/components/crisis-help.js';
import settings, { regionSection } from '../../ui/views/settings.js';

let doc;
let calls;
const $ = (sel) => doc.body.querySelector(sel);
const $$ = (sel) => doc.body.querySelectorAll(sel);
const callsOf = (cmd) => calls.filter((c) => c.cmd === cmd);

const FALLBACK = {
  number: '112',
  note: '112 reaches emergency services from a mobile phone in many countries, including all of the EU.',
  directory: 'findahelpline.com',
  directoryNote: 'A free directory of crisis lines for most countries. Type the address into a web browser.',
};
const TELE_MANAS = {
  name: 'Tele-MANAS', number: '14416 or 1-800-891-4416', hours: '24 hours, every day', ways: ['call'],
  note: 'Free. Mental health support in many languages; you choose yours.',
  source: 'https://telemanas.mohfw.gov.in/', verified: '2026-12-04',
};
const LIFELINE = {
  name: '988 Suicide & Crisis Lifeline', number: '988', hours: '24 hours, every day', ways: ['call', 'text', 'chat'],
  note: 'Free and confidential.', source: 'https://988lifeline.org/', verified: '2026-12-04',
};
const help = (over = {}) => ({
  region: { code: 'IN', name: 'India' }, regionSource: 'timeZone', lines: [TELE_MANAS], emergency: '112',
  fallback: FALLBACK, safetyPlan: null, ...over,
});
const INDIA = help();
const US = help({ region: { code: 'US', name: 'United States' }, regionSource: 'chosen', lines: [LIFELINE], emergency: '911' });
const NOWHERE = help({ region: null, regionSource: null, lines: [], emergency: null });
const CHAD = help({ region: { code: 'TD', name: 'Chad' }, lines: [], emergency: null });
const REGIONS = [
  { code: 'TD', name: 'Chad', hasLines: false },
  { code: 'IN', name: 'India', hasLines: true },
  { code: 'US', name: 'United States', hasLines: true },
];
const BY_CODE = { IN: INDIA, US, TD: CHAD };

/** A backend whose region starts as `start` and follows set_region. */
function backend(start, over = {}) {
  let now = start;
  calls = installTauri({
    get_crisis_help: () => now,
    list_regions: () => REGIONS,
    set_region: ({ region }) => {
      now = region ? { ...BY_CODE[region], regionSource: 'chosen' } : INDIA;
      return now;
    },
    ...over,
  });
}

/** The "Need help now?" entry, in the page. */
function mountEntry(id = 'lock-help') {
  const entry = helpEntry({ id });
  doc.body.append(entry.element);
  return entry;
}

async function openPanel(id = 'lock-help') {
  const entry = mountEntry(id);
  $(`#${id}`).click();
  await settle();
  return entry;
}

beforeEach(() => { doc = installDom(); });
afterEach(() => {
  removeDom();
  removeTauri();
});

describe('crisis help: words', () => {
  it('says how a line can be reached in words', () => {
    assert.equal(waysInWords(['call']), 'Call');
    assert.equal(waysInWords(['call', 'text']), 'Call or text');
    assert.equal(waysInWords(['call', 'text', 'chat']), 'Call, text or chat online');
    assert.equal(waysInWords(['chat']), 'Chat online');
    assert.equal(waysInWords(['fax']), '');
    assert.equal(waysInWords(null), '');
  });

  it('says where the region came from', () => {
    assert.equal(regionSourceLine(INDIA), 'Automatic: India, going by this computer’s time zone.');
    assert.equal(regionSourceLine({ ...INDIA, regionSource: 'locale' }), 'Automatic: India, going by this computer’s language settings.');
    assert.equal(regionSourceLine(US), 'Showing the crisis lines for United States, as you chose.');
    assert.match(regionSourceLine({ ...INDIA, regionSource: 'environment' }), /INTERLUDE_REGION/);
    assert.match(regionSourceLine(NOWHERE), /can’t tell where you are/);
  });
});

describe('crisis help: the panel', () => {
  it('shows the region’s lines as large plain text, the emergency number, and where they come from', async () => {
    backend(INDIA);
    await openPanel();
    const panel = $('#lock-help-panel');
    assert.equal(panel.hidden, false);
    assert.equal($('#lock-help-panel-title').textContent, HELP_TITLE);
    assert.equal(HELP_TITLE, 'Need to talk to someone now?');
    assert.equal($('#lock-help-panel-region-name').textContent, 'Crisis lines for India');
    assert.equal($('#lock-help-panel-change').textContent, 'change');
    const line = $$('#lock-help-panel-lines li');
    assert.equal(line.length, 1);
    assert.equal(line[0].querySelector('.crisis-help-line-name').textContent, 'Tele-MANAS');
    assert.equal(line[0].querySelector('.crisis-help-number').textContent, '14416 or 1-800-891-4416');
    assert.equal(line[0].querySelector('.crisis-help-line-how').textContent, 'Call · 24 hours, every day');
    assert.match(line[0].querySelector('.crisis-help-line-note').textContent, /many languages/);
    assert.equal($('#lock-help-panel-emergency').textContent, 'If you’re in danger right now, call 112.');
    assert.equal($('#lock-help-panel-fallback'), null, 'lines are known: no fallback');
    assert.equal($('#lock-help-panel-source').textContent, NOT_FROM_JOURNAL);
    assert.match(NOT_FROM_JOURNAL, /not from your journal, so they show without unlocking/);
    assert.equal(panel.querySelectorAll('a').length, 0, 'numbers are text, never tel: links');
    assert.equal($('#lock-help-panel-plan'), null, 'no copy of the plan unless the person keeps one');
    assert.equal($('#lock-help-panel-picker').hidden, true, 'the picker waits behind “change”');
    assert.deepEqual(callsOf('get_crisis_help').map((c) => c.args), [{}]);
  });

  it('with no region known: asks where, with the picker open, and shows the fallback', async () => {
    backend(NOWHERE);
    await openPanel();
    assert.equal($('#lock-help-panel-ask').textContent, ASK_REGION);
    assert.equal(ASK_REGION, 'Where are you? Interlude will show the lines for that country.');
    assert.equal($('#lock-help-panel-picker').hidden, false);
    const select = $('#lock-help-panel-country');
    assert.equal($('label[for="lock-help-panel-country"]').textContent, 'Country');
    assert.deepEqual(select.querySelectorAll('option').map((o) => o.textContent),
      ['Choose a country…', 'Chad', 'India', 'United States']);
    assert.equal(select.value, '');
    assert.equal($('#lock-help-panel-lines'), null);
    const fallback = $('#lock-help-panel-fallback').textContent;
    assert.match(fallback, /If you’re in danger right now, call 112\./);
    assert.match(fallback, /including all of the EU/);
    assert.match(fallback, /findahelpline\.com/);
    assert.match(fallback, /Type the address into a web browser/);
    assert.equal($('#lock-help-panel-fallback .crisis-help-directory').textContent, 'findahelpline.com');
    assert.equal($('#lock-help-panel').querySelectorAll('a').length, 0, 'nothing to click out to');
  });

  it('with a region but no line for it: says which region, and shows the fallback', async () => {
    backend(CHAD);
    await openPanel();
    assert.equal($('#lock-help-panel-region-name').textContent, 'Crisis lines for Chad');
    assert.equal($('#lock-help-panel-lines'), null);
    assert.match($('#lock-help-panel-fallback').textContent, /call 112\..*findahelpline\.com/);
  });

  it('the region’s own emergency number isn’t said twice by the fallback', async () => {
    backend(help({ lines: [], emergency: '112' }));
    await openPanel();
    assert.equal($('#lock-help-panel-emergency').textContent, 'If you’re in danger right now, call 112.');
    assert.doesNotMatch($('#lock-help-panel-fallback').textContent, /danger/);
    assert.match($('#lock-help-panel-fallback').textContent, /findahelpline\.com/);
  });

  it('choosing a country calls set_region and redraws with its lines, the picker still in hand', async () => {
    backend(NOWHERE);
    await openPanel();
    const select = $('#lock-help-panel-country');
    select.focus();
    select.value = 'US';
    select.dispatchEvent(new FakeEvent('change'));
    await settle();
    assert.deepEqual(callsOf('set_region').map((c) => c.args), [{ region: 'US' }]);
    assert.equal($('#lock-help-panel-region-name').textContent, 'Crisis lines for United States');
    assert.deepEqual($$('#lock-help-panel-lines .crisis-help-number').map((n) => n.textContent), ['988']);
    assert.equal($('#lock-help-panel-lines .crisis-help-line-how').textContent, 'Call, text or chat online · 24 hours, every day');
    assert.equal($('#lock-help-panel-emergency').textContent, 'If you’re in danger right now, call 911.');
    assert.equal($('#lock-help-panel-fallback'), null);
    assert.equal($('#lock-help-panel-status').textContent, 'Showing the lines for United States.');
    assert.equal($('#lock-help-panel-picker').hidden, false, 'still open, to try another');
    assert.equal(doc.activeElement, select, 'focus stays where the person is');
    assert.equal($('#lock-help-panel-change').getAttribute('aria-expanded'), 'true');
  });

  it('“change” opens the picker for a known region', async () => {
    backend(INDIA);
    await openPanel();
    const change = $('#lock-help-panel-change');
    assert.equal(change.getAttribute('aria-expanded'), 'false');
    change.click();
    assert.equal($('#lock-help-panel-picker').hidden, false);
    assert.equal(change.getAttribute('aria-expanded'), 'true');
    assert.equal(doc.activeElement, $('#lock-help-panel-country'));
    assert.equal($('#lock-help-panel-country').value, 'IN');
    $('#lock-help-panel-country').value = 'TD';
    $('#lock-help-panel-country').dispatchEvent(new FakeEvent('change'));
    await settle();
    assert.deepEqual(callsOf('set_region').map((c) => c.args), [{ region: 'TD' }]);
    assert.equal($('#lock-help-panel-region-name').textContent, 'Crisis lines for Chad');
    assert.ok($('#lock-help-panel-fallback'));
  });

  it('a refused country puts the picker back and says why', async () => {
    backend(INDIA, { set_region: () => { throw { kind: 'invalid', message: '"XX" isn’t a country Interlude knows.' }; } });
    await openPanel();
    $('#lock-help-panel-change').click();
    $('#lock-help-panel-country').value = 'US';
    $('#lock-help-panel-country').dispatchEvent(new FakeEvent('change'));
    await settle();
    assert.equal($('#lock-help-panel-country').value, 'IN');
    assert.equal($('#lock-help-panel-status').textContent, '"XX" isn’t a country Interlude knows.');
    assert.equal($('#lock-help-panel-region-name').textContent, 'Crisis lines for India');
  });

  it('shows the person’s own plan when they keep a copy for the lock screen', async () => {
    const section = (key, title, items) => ({ key, title, prompt: '', items });
    backend(help({
      safetyPlan: {
        sections: [
          section('warningSigns', 'Warning signs', ['Not sleeping']),
          section('copingStrategies', 'Things I can do on my own', []),
          section('peopleToAsk', 'People I can ask for help', ['My sister']),
          section('professionals', 'Professionals I can contact', ['Dr Rao']),
          section('reasonsForLiving', 'What matters to me', ['Mia']),
        ],
        contacts: [{ name: 'Asha', phone: '98450 00000', note: 'Evenings' }, { name: ' ', phone: '', note: '' }],
        crisisLines: [
          { name: 'Tele-MANAS', number: '14416 or 1-800-891-4416', note: '' },
          { name: 'My GP’s out-of-hours', number: '080 1234 5678', note: 'After 6 pm' },
        ],
        updatedAt: '2026-12-01T10:00:00+05:30',
      },
    }));
    await openPanel();
    const plan = $('#lock-help-panel-plan');
    assert.ok(plan);
    assert.equal($('#lock-help-panel-plan-title').textContent, 'Your safety plan');
    assert.equal($('#lock-help-panel-plan-title').localName, 'h3', 'under the panel’s own heading');
    const parts = plan.querySelectorAll('.crisis-plan-part').map((p) => p.id);
    assert.deepEqual(parts, [
      'lock-help-panel-section-warningSigns', 'lock-help-panel-section-peopleToAsk',
      'lock-help-panel-section-professionals', 'lock-help-panel-contacts',
      'lock-help-panel-section-reasonsForLiving', 'lock-help-panel-own-lines',
    ], 'empty lists left out; the numbers right after the people and professionals');
    assert.equal($('#lock-help-panel-section-peopleToAsk li').textContent, 'My sister');
    assert.deepEqual($$('#lock-help-panel-contacts li').map((li) => li.textContent), ['Asha 98450 00000Evenings']);
    assert.deepEqual($$('#lock-help-panel-own-lines .crisis-plan-phone').map((n) => n.textContent), ['080 1234 5678'],
      'their own numbers, without repeating the ones above');
  });

  it('when the backend can’t be reached, still shows numbers that work in many places', async () => {
    calls = installTauri({});
    await openPanel();
    assert.match($('#lock-help-panel-trouble').textContent, /couldn’t reach its list/);
    assert.match($('#lock-help-panel-fallback').textContent, new RegExp(`call ${OFFLINE_FALLBACK.number}\\.`));
    assert.match($('#lock-help-panel-fallback').textContent, /findahelpline\.com/);
    assert.equal($('#lock-help-panel-picker').hidden, true, 'no list of countries to pick from');
  });
});

describe('crisis help: the button and focus', () => {
  it('opens in place with focus on its heading; Escape gives focus back to the button', async () => {
    backend(INDIA);
    mountEntry();
    const button = $('#lock-help');
    assert.equal(button.textContent, HELP_BUTTON);
    assert.equal(HELP_BUTTON, 'Need help now?');
    assert.equal(button.getAttribute('type'), 'button', 'never submits the form it sits near');
    assert.equal(button.getAttribute('aria-expanded'), 'false');
    assert.equal(button.getAttribute('aria-controls'), 'lock-help-panel');
    assert.equal($('#lock-help-panel'), null, 'nothing drawn or asked for until wanted');
    assert.equal(calls.length, 0);

    button.click();
    assert.equal(doc.activeElement, $('#lock-help-panel-title'), 'focus moves into it at once');
    assert.equal(button.getAttribute('aria-expanded'), 'true');
    await settle();

    const escape = new FakeEvent('keydown', { key: 'Escape' });
    $('#lock-help-panel-lines').dispatchEvent(escape);
    assert.equal(escape.defaultPrevented, true);
    assert.equal($('#lock-help-panel').hidden, true);
    assert.equal(button.getAttribute('aria-expanded'), 'false');
    assert.equal(doc.activeElement, button);
  });

  it('Close, or the button again, put it away; opening again asks afresh', async () => {
    backend(INDIA);
    const entry = await openPanel();
    assert.equal(entry.isOpen, true);
    $('#lock-help-panel-close').click();
    assert.equal($('#lock-help-panel').hidden, true);
    assert.equal(doc.activeElement, $('#lock-help'));

    $('#lock-help').click();
    await settle();
    assert.equal($('#lock-help-panel').hidden, false);
    assert.equal(callsOf('get_crisis_help').length, 2, 'the region may have changed meanwhile');
    $('#lock-help').click();
    assert.equal($('#lock-help-panel').hidden, true);
    assert.equal(doc.activeElement, $('#lock-help'));

    entry.open();
    entry.close({ focus: false });
    assert.equal(entry.isOpen, false);
  });

  it('in a dialog too (the journal band): focus goes in, and back to the button when it closes', async () => {
    backend(INDIA);
    const button = helpDialogButton({ id: 'journal-banner-help' });
    doc.body.append(button);
    assert.equal(button.textContent, 'Need help now?');
    button.click();
    await settle();
    const dialog = $('#crisis-help-dialog');
    assert.equal(dialog.localName, 'dialog');
    assert.equal(dialog.open, true);
    assert.equal(dialog.getAttribute('aria-labelledby'), 'crisis-help-dialog-panel-title');
    assert.equal(doc.activeElement, $('#crisis-help-dialog-panel-title'));
    assert.equal($('#crisis-help-dialog-panel-region-name').textContent, 'Crisis lines for India');
    $('#crisis-help-dialog-panel-close').click();
    assert.equal(dialog.open, false);
    assert.equal(doc.activeElement, button);

    // Again: the same dialog, not a second one.
    button.click();
    await settle();
    assert.equal($$('dialog').length, 1);
    dialog.close(); // Escape, as the web view does it
    assert.equal(doc.activeElement, button);
  });

  it('the panel alone can be drawn anywhere, with its own ids', async () => {
    backend(INDIA);
    const panel = crisisPanel({ id: 'x-help', level: 3 });
    doc.body.append(panel.element);
    await panel.load();
    assert.equal($('#x-help-title').localName, 'h3');
    assert.equal($('#x-help-close'), null, 'no Close without somewhere to go back to');
    assert.equal($('#x-help-region-name').textContent, 'Crisis lines for India');
  });
});

describe('Settings: region for crisis lines', () => {
  async function showRow(start, over = {}) {
    backend(start, over);
    const section = await regionSection();
    doc.body.append(section);
    return section;
  }

  it('offers Automatic, and says where the guess came from', async () => {
    await showRow(INDIA);
    const select = $('#settings-region');
    assert.equal($('label[for="settings-region"]').textContent, 'Region for crisis lines');
    assert.deepEqual(select.querySelectorAll('option').map((o) => [o.getAttribute('value'), o.textContent]),
      [['', 'Automatic'], ['TD', 'Chad'], ['IN', 'India'], ['US', 'United States']]);
    assert.equal(select.value, '', 'a guess is Automatic, not a choice');
    assert.equal($('#settings-region-hint').textContent, 'Automatic: India, going by this computer’s time zone.');
    assert.match($('#settings-region-about').textContent, /lock screen, the welcome screen and your safety plan/);
    assert.equal(select.getAttribute('aria-describedby'), 'settings-region-about settings-region-hint');
  });

  it('a chosen country shows as chosen', async () => {
    await showRow(US);
    assert.equal($('#settings-region').value, 'US');
    assert.equal($('#settings-region-hint').textContent, 'Showing the crisis lines for United States, as you chose.');
  });

  it('choosing a country, then Automatic, tells the backend each time', async () => {
    await showRow(INDIA);
    const select = $('#settings-region');
    select.value = 'US';
    select.dispatchEvent(new FakeEvent('change'));
    await settle();
    assert.equal($('#settings-region-hint').textContent, 'Showing the crisis lines for United States, as you chose.');
    assert.equal($('#settings-region-status').textContent, 'Saved');
    select.value = '';
    select.dispatchEvent(new FakeEvent('change'));
    await settle();
    assert.deepEqual(callsOf('set_region').map((c) => c.args), [{ region: 'US' }, { region: null }]);
    assert.equal($('#settings-region-hint').textContent, 'Automatic: India, going by this computer’s time zone.');
  });

  it('a refused choice puts back what is saved and says why', async () => {
    await showRow(US, { set_region: () => { throw { kind: 'storage', message: 'Settings couldn’t be saved just now.' }; } });
    $('#settings-region').value = 'IN';
    $('#settings-region').dispatchEvent(new FakeEvent('change'));
    await settle();
    assert.equal($('#settings-region').value, 'US');
    assert.equal($('#settings-region-status').textContent, 'Settings couldn’t be saved just now.');
    assert.ok($('#settings-region-status').classList.contains('is-error'));
  });

  it('sits in Settings after Appearance, and fails on its own', async () => {
    calls = installTauri({
      get_settings: () => ({ theme: 'system' }),
      get_app_info: () => ({ version: '0.1.0', schemaVersion: 3, dataDir: '/tmp/x' }),
      get_autostart: () => false,
      get_lock_status: () => ({ state: 'open', keeper: 'none' }),
      get_crisis_help: () => INDIA,
      list_regions: () => REGIONS,
    });
    const root = doc.createElement('div');
    await settings.render(root, {}, { refresh: () => {} });
    const headings = root.querySelectorAll('h2').map((x) => x.textContent);
    assert.equal(headings.indexOf('Crisis lines'), headings.indexOf('Appearance') + 1);

    calls = installTauri({
      get_settings: () => ({ theme: 'system' }),
      get_app_info: () => ({ version: '0.1.0', schemaVersion: 3, dataDir: '/tmp/x' }),
      get_autostart: () => false,
      list_regions: () => REGIONS,
      get_crisis_help: () => { throw { kind: 'internal', message: 'That didn’t load just now.' }; },
    });
    const again = doc.createElement('div');
    await settings.render(again, {}, { refresh: () => {} });
    doc.body.append(again);
    assert.match($('#region-settings').textContent, /That didn’t load just now\./);
    assert.equal($('#app-version').textContent, '0.1.0');
  });
});
