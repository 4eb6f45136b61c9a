// "Need to talk to someone now?" — crisis help that never needs the
// journal. The lines come from Interlude's own sourced table
// (get_crisis_help), so they show on the lock screen, the first run and
// beside a damaged journal alike. Nothing is fetched from the internet:
// numbers are plain, large, selectable text (no tel: links — a desktop
// can't dial), and where no line is known the fallback says what works in
// many countries and which directory to type into a browser.
//
// - crisisPanel: the panel itself — the region in force with a picker,
//   its lines, the emergency number, the fallback, and the person's own
//   plan when they keep a copy of it for the lock screen.
// - helpEntry: a "Need help now?" button that opens the panel in place
//   (the lock card, the first run). Focus moves into it; Escape, Close or
//   the button again put it away and give focus back to the button.
// - helpDialogButton: the same panel in a <dialog>, for the journal band
//   (a live region, and too small to hold it).
// - regionPicker, fallbackBlock, regionSourceLine: pieces the safety plan
//   page and Settings share.

import { getCrisisHelp, listRegions, setRegion } from '../ipc.js';
import { h, replace, setStatus } from '../lib/dom.js';
import { language, onLanguageChange, regionName, t } from '../lib/i18n.js';

/** The region's name in the language in use (the backend's is English). */
const nameOf = (region) => regionName(region?.code, region?.name);

// The words are messages in locales/<language>/safety.ftl, looked up as the
// panel is drawn. The constants below are their English, which the tests
// compare the page with; ASK_REGION is read by the safety plan page too, so
// it follows the language in use (just below).
export const HELP_BUTTON = 'Need help now?';
export const HELP_TITLE = 'Need to talk to someone now?';
export let ASK_REGION = 'Where are you? Interlude will show the lines for that country.';
export const NOT_FROM_JOURNAL = 'These lines come from Interlude’s own list, not from your journal, '
  + 'so they show without unlocking.';

onLanguageChange(() => {
  ASK_REGION = t('safety-ask-region');
});

/** The backend's fallback, kept here too for the one case it can't be
 *  asked (the backend unreachable): the panel must never be empty. Its
 *  notes are said in the language in use when read. */
export const OFFLINE_FALLBACK = {
  number: '112',
  get note() { return t('safety-fallback-note'); },
  directory: 'findahelpline.com',
  get directoryNote() { return t('safety-fallback-directory-note'); },
};

const WAY_WORDS = { call: 'safety-way-call', text: 'safety-way-text', chat: 'safety-way-chat' };

/** ['call', 'text'] → "Call or text"; unknown ways are left out. */
export function waysInWords(ways) {
  const words = (Array.isArray(ways) ? ways : []).map((w) => WAY_WORDS[w]).filter(Boolean).map((id) => t(id));
  if (words.length === 0) return '';
  const joined = words.length === 1
    ? words[0]
    : t('safety-ways-or', { others: words.slice(0, -1).join(', '), last: words.at(-1) });
  return joined[0].toLocaleUpperCase(language()) + joined.slice(1);
}

/** Where the region in force came from, in a sentence (Settings). */
export function regionSourceLine(help) {
  const region = help?.region ? nameOf(help.region) : null;
  if (!region) return t('safety-region-unknown');
  switch (help.regionSource) {
    case 'chosen': return t('safety-region-chosen', { region });
    case 'timeZone': return t('safety-region-time-zone', { region });
    case 'locale': return t('safety-region-locale', { region });
    case 'environment': return t('safety-region-environment', { region });
    default: return t('safety-region-default', { region });
  }
}

// --- Pieces ------------------------------------------------------------------

/** A number to read out or copy: large, selectable, never a link. */
const number = (text, cls = 'crisis-help-number') => h('span', { class: cls }, text);

const MARK = '\u{F8FF}'; // stands in for the number while the sentence is formatted

/** A sentence (message `id`) with a number in it (`args[key]`), the number
 *  drawn by `draw` as its own element wherever the language puts it. A
 *  translation that left the number out still shows it, after the words. */
function sentenceWith(id, key, value, draw) {
  const [before, after, ...rest] = t(id, { [key]: MARK }).split(MARK);
  if (after === undefined) return [before, ' ', draw(value)];
  return [before || null, draw(value), [after, ...rest].join('') || null];
}

/** "If you’re in danger right now, call 112." with the number large. */
const dangerLine = (emergency) => sentenceWith('safety-danger-call', 'number', emergency, number);

/** The labelled <select> of `regions` (list_regions), `current` (a code
 *  or null) chosen. With `automatic`, "Automatic" (null) comes first;
 *  without it, a "Choose a country" placeholder that can't be chosen
 *  stands for no country yet. `onPick(code|null)` hears each choice.
 *  Returns {element, select, set}. */
export function regionPicker({
  id, regions, current = null, label = t('safety-country-label'), automatic = false, describedBy = null, onPick,
}) {
  const first = automatic
    ? h('option', { value: '', selected: !current }, t('safety-country-automatic'))
    : h('option', { value: '', disabled: true, selected: !current }, t('safety-country-choose'));
  const collator = new Intl.Collator(language());
  const select = h('select', { id, class: 'region-select', 'aria-describedby': describedBy },
    first,
    // In the language in use, and in its alphabetical order.
    regions.map((r) => ({ ...r, name: nameOf(r) }))
      .sort((a, b) => collator.compare(a.name, b.name))
      .map((r) => h('option', { value: r.code, selected: r.code === current }, r.name)));
  select.addEventListener('change', () => {
    const code = select.value || null;
    if (code || automatic) onPick?.(code);
  });
  return {
    element: h('div', { class: 'field region-field' }, h('label', { for: id }, label), select),
    select,
    set(code) { select.value = code ?? ''; },
  };
}

/** What works anywhere: the fallback number and the directory, as text.
 *  `emergencyShown`: the region's emergency number is already on screen
 *  and is the same, so it isn't said twice. */
export function fallbackBlock(fallback, { id, emergencyShown = null } = {}) {
  const f = fallback ?? OFFLINE_FALLBACK;
  return h('div', { class: 'crisis-fallback', id },
    emergencyShown === f.number ? null : [
      h('p', { class: 'crisis-fallback-call' }, dangerLine(f.number)),
      h('p', { class: 'muted' }, f.note),
    ],
    h('p', { class: 'crisis-fallback-directory' },
      sentenceWith('safety-fallback-directory', 'directory', f.directory,
        (text) => number(text, 'crisis-help-directory'))),
    h('p', { class: 'muted' }, f.directoryNote));
}

function lineItem(line) {
  const how = [waysInWords(line.ways), line.hours].filter(Boolean).join(' · ');
  return h('li', { class: 'crisis-help-line' },
    h('p', { class: 'crisis-help-line-name' }, line.name),
    h('p', { class: 'crisis-help-line-number' }, number(line.number)),
    how ? h('p', { class: 'crisis-help-line-how' }, how) : null,
    line.note ? h('p', { class: 'crisis-help-line-note' }, line.note) : null);
}

const filled = (text) => typeof text === 'string' && text.trim() !== '';

/** The person's own plan, as they wrote it: its lists (the contacts right
 *  after the people and professionals they belong with), and any of their
 *  own crisis numbers not already shown above. Their words take their own
 *  direction (dir="auto"); numbers stay as the page has them. */
function planCopy(copy, { id, level, shownNumbers }) {
  const sub = `h${Math.min(level + 1, 6)}`;
  const small = `h${Math.min(level + 2, 6)}`;
  const contacts = (copy.contacts ?? []).filter((c) => filled(c.name) || filled(c.phone));
  const contactsBlock = contacts.length
    ? h('div', { class: 'crisis-plan-part', id: `${id}-contacts` },
      h(small, {}, t('safety-contacts-title')),
      h('ul', { class: 'crisis-plan-contacts' }, contacts.map((c) => h('li', {},
        h('span', { class: 'crisis-plan-name', dir: 'auto' }, c.name),
        filled(c.phone) ? [' ', number(c.phone, 'crisis-plan-phone')] : null,
        filled(c.note) ? h('span', { class: 'crisis-plan-note', dir: 'auto' }, c.note) : null))))
    : null;
  const parts = [];
  for (const section of copy.sections ?? []) {
    const items = (section.items ?? []).filter(filled);
    if (items.length) {
      parts.push(h('div', { class: 'crisis-plan-part', id: `${id}-section-${section.key}` },
        h(small, {}, section.title),
        h('ul', {}, items.map((i) => h('li', { dir: 'auto' }, i)))));
    }
    if (section.key === 'professionals' && contactsBlock) parts.push(contactsBlock);
  }
  // A copy without that section still shows the numbers, last.
  if (contactsBlock && !parts.includes(contactsBlock)) parts.push(contactsBlock);
  const own = (copy.crisisLines ?? []).filter((l) => filled(l.number) && !shownNumbers.has(l.number.trim()));
  if (own.length) {
    parts.push(h('div', { class: 'crisis-plan-part', id: `${id}-own-lines` },
      h(small, {}, t('safety-plan-copy-own-lines')),
      h('ul', { class: 'crisis-plan-contacts' }, own.map((l) => h('li', {},
        h('span', { class: 'crisis-plan-name', dir: 'auto' }, l.name), ' ', number(l.number, 'crisis-plan-phone'),
        filled(l.note) ? h('span', { class: 'crisis-plan-note', dir: 'auto' }, l.note) : null)))));
  }
  return h('section', { class: 'crisis-plan', id: `${id}-plan`, 'aria-labelledby': `${id}-plan-title` },
    h(sub, { id: `${id}-plan-title` }, t('safety-plan-copy-title')),
    h('p', { class: 'hint' }, t('safety-plan-copy-note')),
    parts.length ? parts : h('p', { class: 'muted' }, t('safety-plan-copy-empty')));
}

// --- The panel -----------------------------------------------------------------

/** The panel, `id` naming it and prefixing every id inside. `load()` asks
 *  for the help (and the countries) and draws it; `focus()` puts focus
 *  on its heading. `onClose` adds a Close button. */
export function crisisPanel({ id, level = 2, onClose = null }) {
  const heading = h(`h${level}`, { id: `${id}-title`, class: 'crisis-help-title', tabindex: '-1' },
    t('safety-help-title'));
  const regionLine = h('div', { class: 'crisis-region', id: `${id}-region` });
  const pickerArea = h('div', { class: 'crisis-picker', id: `${id}-picker`, hidden: true });
  const body = h('div', { class: 'crisis-help-body', id: `${id}-body` });
  const status = h('p', { class: 'status', id: `${id}-status`, role: 'status' });
  const closeButton = onClose
    ? h('button', { type: 'button', class: 'button', id: `${id}-close`, onclick: () => onClose() },
      t('safety-help-close'))
    : null;
  const element = h('section', { id, class: 'crisis-help', 'aria-labelledby': `${id}-title` },
    heading,
    h('p', { class: 'crisis-help-lede' }, t('safety-help-lede')),
    regionLine,
    pickerArea,
    status,
    body,
    h('p', { class: 'hint crisis-help-source', id: `${id}-source` }, t('safety-help-source')),
    closeButton ? h('div', { class: 'actions' }, closeButton) : null);

  let help = null;
  let picker = null;
  let loads = 0;
  let picking = Promise.resolve();

  function showPicker(on) {
    pickerArea.hidden = !on;
    regionLine.querySelector('button')?.setAttribute('aria-expanded', String(on));
  }

  /** "Crisis lines for India · change", or, with no region, the question
   *  and the picker open right there. */
  function drawRegion() {
    const region = help?.region;
    if (!picker) {
      replace(regionLine, region ? h('p', {}, t('safety-help-region', { region: nameOf(region) })) : null);
      return;
    }
    if (!region) {
      replace(regionLine, h('p', { id: `${id}-ask` }, t('safety-ask-region')));
      showPicker(true);
      return;
    }
    const change = h('button', {
      type: 'button', class: 'button quiet crisis-region-change', id: `${id}-change`,
      'aria-controls': `${id}-picker`, 'aria-expanded': String(!pickerArea.hidden),
      'aria-label': t('safety-help-change.aria-label', { region: nameOf(region) }),
    }, t('safety-help-change'));
    change.addEventListener('click', () => {
      showPicker(pickerArea.hidden);
      if (!pickerArea.hidden) picker.select.focus();
    });
    replace(regionLine, h('p', {},
      h('span', { id: `${id}-region-name` }, t('safety-help-region', { region: nameOf(region) })), ' · ', change));
    showPicker(!pickerArea.hidden);
  }

  function drawBody(failed = null) {
    const lines = help?.lines ?? [];
    const emergency = help?.emergency ?? null;
    const shownNumbers = new Set([...lines.map((l) => String(l.number ?? '').trim()), emergency].filter(Boolean));
    replace(body,
      failed ? h('p', { class: 'muted', id: `${id}-trouble` }, failed) : null,
      lines.length ? h('ul', { class: 'crisis-help-lines', id: `${id}-lines` }, lines.map(lineItem)) : null,
      emergency
        ? h('p', { class: 'crisis-help-emergency', id: `${id}-emergency` }, dangerLine(emergency))
        : null,
      !help?.region || lines.length === 0
        ? fallbackBlock(help?.fallback, { id: `${id}-fallback`, emergencyShown: emergency })
        : null,
      help?.safetyPlan ? planCopy(help.safetyPlan, { id, level, shownNumbers }) : null);
  }

  function pick(code) {
    picking = picking.then(async () => {
      // A newer choice is waiting: only the last one is asked for.
      if ((picker.select.value || null) !== code) return;
      setStatus(status, '');
      try {
        help = await setRegion(code);
      } catch (err) {
        picker.set(help?.region?.code ?? null);
        setStatus(status, err.message, true);
        return;
      }
      drawRegion();
      drawBody();
      setStatus(status, help?.region ? t('safety-help-showing', { region: nameOf(help.region) }) : '');
    });
    return picking;
  }

  async function load() {
    const seq = ++loads;
    setStatus(status, '');
    replace(body, h('p', { class: 'muted' }, t('safety-help-finding')));
    let regions = null;
    let failed = null;
    try {
      [help, regions] = await Promise.all([getCrisisHelp(), listRegions().catch(() => null)]);
    } catch {
      help = null;
      failed = t('safety-help-unreachable');
    }
    if (seq !== loads) return; // opened again meanwhile
    if (regions && !picker) {
      picker = regionPicker({
        id: `${id}-country`, regions, current: help?.region?.code ?? null, describedBy: `${id}-ask`,
        onPick: pick,
      });
      pickerArea.append(picker.element);
    } else if (picker) {
      picker.set(help?.region?.code ?? null);
    }
    drawRegion();
    drawBody(failed);
  }

  return { element, load, focus: () => heading.focus() };
}

// --- Ways in --------------------------------------------------------------------

/** "Need help now?" (button `id`) and the panel (`${id}-panel`) it opens
 *  in place, right under it. Returns {element, button, open, close,
 *  isOpen}. */
export function helpEntry({ id }) {
  const button = h('button', {
    type: 'button', id, class: 'button crisis-help-button',
    'aria-expanded': 'false', 'aria-controls': `${id}-panel`,
  }, t('safety-help-button'));
  const element = h('div', { class: 'crisis-help-entry' }, button);
  let panel = null; // built on first open
  let panelLanguage = null; // and again when the language has changed since

  const isOpen = () => Boolean(panel && !panel.element.hidden);

  function open() {
    if (panel && !isOpen() && panelLanguage !== language()) {
      panel.element.remove();
      panel = null;
    }
    if (!panel) {
      panelLanguage = language();
      panel = crisisPanel({ id: `${id}-panel`, onClose: () => close() });
      panel.element.hidden = true; // shown just below
      panel.element.addEventListener('keydown', (event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        close();
      });
      element.append(panel.element);
    }
    if (!isOpen()) {
      panel.element.hidden = false;
      button.setAttribute('aria-expanded', 'true');
      // The numbers come first: the card's other parts (the passphrase,
      // the first-run choice) step aside until the lines are put away, so
      // they are on screen at once, without scrolling.
      element.closest('.card')?.classList.add('is-helping');
      // Fresh each time: the region may have changed since.
      panel.load();
    }
    panel.focus();
    panel.element.scrollIntoView?.({ block: 'nearest' });
  }

  /** Puts the panel away; focus goes back to the button unless `focus`
   *  is false (the screen itself is going). */
  function close({ focus = true } = {}) {
    if (!isOpen()) return;
    panel.element.hidden = true;
    button.setAttribute('aria-expanded', 'false');
    element.closest('.card')?.classList.remove('is-helping');
    // The card is short again. A lock screen scrolled down to read the
    // lines keeps its old offset in WebKitGTK (not clamped to the shorter
    // card), which left the passphrase and Unlock above the window.
    const screen = element.closest('.lock-screen');
    if (screen) screen.scrollTop = 0;
    if (focus) button.focus();
  }

  button.addEventListener('click', () => (isOpen() ? close() : open()));
  return { element, button, open, close, get isOpen() { return isOpen(); } };
}

const DIALOG_ID = 'crisis-help-dialog';
let shared = null; // {dialog, panel, opener, language}

/** The one crisis-help <dialog> of the page, made on first use (and made
 *  again, closed, once the language has changed). */
function helpDialog() {
  const doc = globalThis.document;
  if (shared && doc.body.contains(shared.dialog)) {
    if (shared.language === language() || shared.dialog.open) return shared;
    shared.dialog.remove();
  }
  const panel = crisisPanel({ id: `${DIALOG_ID}-panel`, onClose: () => dialog.close() });
  const dialog = h('dialog', {
    id: DIALOG_ID, class: 'crisis-help-dialog', 'aria-labelledby': `${DIALOG_ID}-panel-title`,
  }, panel.element);
  const state = { dialog, panel, opener: null, language: language() };
  // Escape closes a modal dialog by itself; either way focus goes back.
  dialog.addEventListener('close', () => {
    if (state.opener?.isConnected) state.opener.focus();
  });
  doc.body.append(dialog);
  shared = state;
  return state;
}

/** "Need help now?" (button `id`) that opens the panel in a <dialog>,
 *  above whatever is on the page. */
export function helpDialogButton({ id }) {
  const button = h('button', {
    type: 'button', id, class: 'button crisis-help-button', 'aria-haspopup': 'dialog',
    'aria-controls': DIALOG_ID,
  }, t('safety-help-button'));
  button.addEventListener('click', () => {
    const state = helpDialog();
    state.opener = button;
    if (!state.dialog.open) state.dialog.showModal();
    state.panel.load();
    state.panel.focus();
  });
  return button;
}
