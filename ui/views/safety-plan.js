// My safety plan (`#safety-plan`): the Stanley–Brown plan a person writes
// in a calmer moment for the harder ones. Crisis lines come first and
// large, as words and numbers that can be read and copied; then the people
// and professionals to call; then the seven steps, each a short list.
//
// Arriving from PHQ-9 question 9 (`?from=phq9`) adds a calm card at the
// top: thanks, why support matters now, and that the answers are kept.
// It uses the --attention colour only as a soft edge, never as an alarm.
//
// Every change is kept: typing a moment after it pauses, adding or
// removing at once. The whole plan is sent each time (the backend replaces
// it), so a late save can never leave half of an edit behind.

import { getSafetyPlan, saveSafetyPlan } from '../ipc.js';
import { append, errorNotice, h, replace } from '../lib/dom.js';
import { AutosaveController } from '../lib/reflection-form.js';
import { clockTime } from '../lib/time.js';

export const SAVE_DELAY = 500;

/** The longest line the backend keeps (safety_plan.rs MAX_LINE_CHARS). */
const MAX_CHARS = 500;

const TITLE = 'My safety plan';

export const SECTION_KEYS = [
  'warningSigns', 'copingStrategies', 'distractions', 'peopleToAsk', 'professionals', 'safeEnvironment',
  'reasonsForLiving',
];

const CONTACT_FIELDS = [
  { key: 'name', label: 'Name' },
  { key: 'phone', label: 'Phone' },
  { key: 'note', label: 'Note' },
];

const CRISIS_FIELDS = [
  { key: 'name', label: 'Name' },
  { key: 'number', label: 'Number' },
  { key: 'note', label: 'Note' },
];

const EMERGENCY_LINE = 'If you are in danger right now, call your local emergency number.';

// --- Pure helpers (exported for tests) -------------------------------------------

const text = (v) => (typeof v === 'string' ? v : '');

/** A row of `fields` with every value a string. */
const cleanRow = (row, fields) => Object.fromEntries(fields.map((f) => [f.key, text(row?.[f.key])]));

/** The plan as the page edits it: sections in their given order (the
 *  seven keys, whatever the backend sent), and rows with string values. */
export function planToState(plan) {
  const given = new Map((plan?.sections ?? []).map((s) => [s.key, s]));
  return {
    sections: SECTION_KEYS.map((key) => {
      const s = given.get(key) ?? {};
      return {
        key,
        title: text(s.title) || key,
        prompt: text(s.prompt),
        items: (s.items ?? []).filter((i) => typeof i === 'string' && i.trim()),
      };
    }),
    contacts: (plan?.contacts ?? []).map((c) => cleanRow(c, CONTACT_FIELDS)),
    crisisLines: (plan?.crisisLines ?? []).map((c) => cleanRow(c, CRISIS_FIELDS)),
  };
}

/** Rows with something in them, trimmed; a row just added and still blank
 *  stays on the page but isn't kept. */
function keptRows(rows, fields) {
  return rows
    .map((r) => Object.fromEntries(fields.map((f) => [f.key, text(r[f.key]).trim()])))
    .filter((r) => fields.some((f) => r[f.key]));
}

/** What save_safety_plan takes: `{ sections: { key: [..] }, contacts, crisisLines }`. */
export function toPayload(state) {
  return {
    sections: Object.fromEntries(state.sections.map((s) => [s.key, s.items.map((i) => i.trim()).filter(Boolean)])),
    contacts: keptRows(state.contacts, CONTACT_FIELDS),
    crisisLines: keptRows(state.crisisLines, CRISIS_FIELDS),
  };
}

/** "United Kingdom" for "GB"; the code itself if the name isn't known. */
export function regionName(code) {
  if (!code) return '';
  try {
    return new Intl.DisplayNames(['en'], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Where the crisis numbers came from: filled in for the region until the
 *  plan is first saved, then the person's own. */
export function crisisSourceLine(plan) {
  if (!plan?.updatedAt && plan?.region) {
    return `These were filled in for your region (${regionName(plan.region)}). You can change them if they’re not right for you.`;
  }
  if (!plan?.updatedAt) return 'You can add the crisis lines that are right for where you live.';
  return 'These are the numbers you’ve kept. You can change them any time.';
}

// --- Pieces of the page --------------------------------------------------------------

function fromPhq9Card() {
  return h('section', { class: 'safety-from-phq9', id: 'safety-from-phq9', 'aria-labelledby': 'safety-from-phq9-title' },
    h('h2', { id: 'safety-from-phq9-title' }, 'Thank you for answering honestly'),
    h('p', {}, 'Thoughts like the ones in that question deserve support now, not later.'),
    h('p', {}, 'Here is your plan, and the people you can reach right away.'),
    h('p', {}, 'Your answers are kept, so you can come back to the questionnaire whenever you like. ',
      h('a', { href: '#measures/phq9', id: 'safety-back-to-phq9' }, 'Back to the questionnaire')));
}

/** Editable rows (contacts, crisis lines): one labelled field per value,
 *  a Remove per row and an Add below. `onInput` hears typing; `onChange`
 *  hears a row added or removed. Ids count up and are never reused, so a
 *  label always points at its own field. */
function rowsEditor({ prefix, rows, fields, noun, addLabel, addId, onInput, onChange }) {
  let next = 0;
  const list = h('div', { class: 'safety-rows', id: `${prefix}-rows` });
  // Each row's "Person 2" and "Remove Sam" follow its place and name.
  const relabels = new Map();
  const relabelAll = () => {
    for (const relabel of relabels.values()) relabel();
  };

  function rowElement(row) {
    const n = next++;
    const legend = h('legend', { class: 'visually-hidden' });
    const remove = h('button', { type: 'button', class: 'button quiet safety-remove', id: `${prefix}-${n}-remove` }, 'Remove');
    const relabel = () => {
      const place = `${noun} ${rows.indexOf(row) + 1}`;
      legend.textContent = place;
      remove.setAttribute('aria-label', `Remove ${text(row.name).trim() || place.toLowerCase()}`);
    };
    relabels.set(row, relabel);
    const inputs = fields.map((f) => {
      const input = h('input', {
        type: 'text', id: `${prefix}-${n}-${f.key}`, value: row[f.key], autocomplete: 'off', maxlength: MAX_CHARS,
        class: `safety-field-${f.key}`,
      });
      input.addEventListener('input', () => {
        row[f.key] = input.value;
        if (f.key === 'name') relabel();
        onInput();
      });
      return h('div', { class: 'safety-field' }, h('label', { for: `${prefix}-${n}-${f.key}` }, f.label), input);
    });
    const el = h('fieldset', { class: 'safety-row', id: `${prefix}-${n}` }, legend, inputs, remove);
    remove.addEventListener('click', () => {
      rows.splice(rows.indexOf(row), 1);
      relabels.delete(row);
      const after = el.nextSibling;
      el.remove();
      relabelAll();
      // Focus stays in the list: the next row, or Add when none follows.
      (after?.querySelector?.('input') ?? add).focus();
      onChange();
    });
    relabel();
    return el;
  }

  const add = h('button', { type: 'button', class: 'button', id: addId }, addLabel);
  add.addEventListener('click', () => {
    const row = Object.fromEntries(fields.map((f) => [f.key, '']));
    rows.push(row);
    const el = rowElement(row);
    list.appendChild(el);
    el.querySelector('input').focus();
    // A blank row isn't kept until something is typed in it.
    onChange();
  });

  for (const row of rows) list.appendChild(rowElement(row));
  return [list, h('div', { class: 'actions safety-add-row' }, add)];
}

function crisisSection(plan, state, changed) {
  const shown = h('ul', { class: 'crisis-list', id: 'crisis-list' });
  const empty = h('p', { id: 'crisis-empty' },
    'No crisis lines are kept yet. Add one below — a local crisis line or the emergency number — so it’s here when you need it.');
  // Said whenever no number is kept yet (the regions Interlude knows get
  // their emergency number filled in; elsewhere it starts blank).
  const emergency = h('p', { class: 'crisis-emergency', id: 'crisis-emergency' }, EMERGENCY_LINE);
  const draw = () => {
    const lines = state.crisisLines.filter((l) => l.name.trim() || l.number.trim());
    emergency.hidden = lines.some((l) => l.number.trim());
    replace(shown, lines.map((l) => h('li', {},
      h('span', { class: 'crisis-name' }, l.name.trim()),
      h('span', { class: 'crisis-number' }, l.number.trim()),
      l.note.trim() ? h('span', { class: 'crisis-note' }, l.note.trim()) : null)));
    shown.hidden = lines.length === 0;
    empty.hidden = lines.length > 0;
  };
  const update = (now) => {
    draw();
    changed(now);
  };
  const editor = rowsEditor({
    prefix: 'crisis', rows: state.crisisLines, fields: CRISIS_FIELDS, noun: 'Line',
    addLabel: 'Add a line', addId: 'add-crisis-line',
    onInput: () => update(false), onChange: () => update(true),
  });
  draw();
  return h('section', { class: 'card crisis-card', id: 'crisis-lines', 'aria-labelledby': 'crisis-title' },
    h('h2', { id: 'crisis-title' }, 'Talk to someone now'),
    h('p', {}, 'If things feel like too much, you can call one of these at any time — you don’t have to wait for your next session.'),
    shown,
    empty,
    emergency,
    h('p', { class: 'muted', id: 'crisis-source' }, crisisSourceLine(plan)),
    h('details', { class: 'safety-edit', id: 'crisis-edit', open: state.crisisLines.length === 0 },
      h('summary', {}, 'Change these numbers'),
      editor));
}

function contactsSection(state, changed) {
  return h('section', { class: 'card', id: 'safety-contacts', 'aria-labelledby': 'safety-contacts-title' },
    h('h2', { id: 'safety-contacts-title' }, 'People and professionals I can call'),
    h('p', { class: 'hint' }, 'A friend, someone in your family, your therapist or doctor — with a number, and a note such as when to call.'),
    rowsEditor({
      prefix: 'contact', rows: state.contacts, fields: CONTACT_FIELDS, noun: 'Person',
      addLabel: 'Add someone', addId: 'add-contact',
      onInput: () => changed(false), onChange: () => changed(true),
    }));
}

/** One of the seven steps: its title and prompt, its list, and a field
 *  to add to it (Enter adds too). */
function planSection(section, step, changed) {
  const { key } = section;
  const list = h('ul', { class: 'safety-items', id: `section-${key}-items` });
  const field = h('input', {
    type: 'text', id: `section-${key}-new`, autocomplete: 'off', maxlength: MAX_CHARS,
    'aria-describedby': section.prompt ? `section-${key}-prompt` : null,
  });

  function itemElement(item) {
    const remove = h('button', {
      type: 'button', class: 'button quiet safety-remove', 'aria-label': `Remove “${item}”`,
    }, 'Remove');
    const li = h('li', {}, h('span', { class: 'safety-item-text' }, item), remove);
    remove.addEventListener('click', () => {
      section.items.splice([...list.children].indexOf(li), 1);
      const after = li.nextSibling;
      li.remove();
      list.hidden = section.items.length === 0;
      (after?.querySelector?.('button') ?? field).focus();
      changed(true);
    });
    return li;
  }

  function add({ keepFocus = true } = {}) {
    const item = field.value.trim();
    if (!item) {
      if (keepFocus) field.focus();
      return;
    }
    section.items.push(item);
    list.appendChild(itemElement(item));
    list.hidden = false;
    field.value = '';
    if (keepFocus) field.focus();
    changed(true);
  }

  // Words typed here and left without pressing Add are kept all the same:
  // this page is written in hard moments, and nothing typed may vanish.
  field.addEventListener('blur', () => add({ keepFocus: false }));

  field.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      add();
    }
  });
  for (const item of section.items) list.appendChild(itemElement(item));
  list.hidden = section.items.length === 0;

  return h('section', { class: 'card safety-section', id: `section-${key}`, 'aria-labelledby': `section-${key}-title` },
    h('p', { class: 'eyebrow' }, `Step ${step}`),
    h('h2', { id: `section-${key}-title` }, section.title),
    section.prompt ? h('p', { class: 'hint', id: `section-${key}-prompt` }, section.prompt) : null,
    list,
    h('div', { class: 'safety-add' },
      h('label', { for: `section-${key}-new` }, 'Add to this list'),
      h('div', { class: 'safety-add-field' },
        field,
        h('button', { type: 'button', class: 'button', id: `section-${key}-add`, onclick: add }, 'Add'))));
}

// --- The page ----------------------------------------------------------------------------

export default {
  async render(root, route, ctx) {
    append(root, h('h1', {}, TITLE), route?.from === 'phq9' ? fromPhq9Card() : null);
    let plan;
    try {
      plan = await getSafetyPlan();
    } catch (err) {
      // Even with the plan out of reach, the one thing that must show does.
      append(root, h('p', { class: 'crisis-emergency' }, EMERGENCY_LINE), errorNotice(err, ctx.refresh));
      return TITLE;
    }

    const state = planToState(plan);
    const status = h('p', { class: 'status', id: 'safety-status', role: 'status' });
    const savebar = h('div', { class: 'safety-savebar' }, status);
    const autosave = new AutosaveController({
      delay: SAVE_DELAY,
      hasDraft: true, // an emptied list must be kept as empty, too
      isEmpty: () => false,
      save: (payload) => saveSafetyPlan(payload),
      onSaved: () => {
        savebar.classList.add('is-shown');
        status.classList.remove('is-error');
        status.textContent = `Saved · ${clockTime(new Date())}`;
      },
      onError: (err) => {
        savebar.classList.add('is-shown');
        status.classList.add('is-error');
        status.textContent = `That didn’t save — your words are still here. (${err?.message ?? ''})`;
      },
    });
    /** Typing waits for a pause; adding or removing is kept at once. */
    const changed = (now) => {
      autosave.schedule(toPayload(state));
      if (now) autosave.flush();
    };
    const w = globalThis.window;
    w?.addEventListener?.('hashchange', () => autosave.flush(), { once: true });
    w?.addEventListener?.('pagehide', () => autosave.flush(), { once: true });

    append(root,
      crisisSection(plan, state, changed),
      h('p', { class: 'lede safety-about', id: 'safety-about' },
        'A safety plan is a short list you write in a calmer moment, for the harder ones: the signs that a crisis '
        + 'may be building, what helps, and who to reach — tried one step at a time. It follows the Stanley–Brown '
        + 'Safety Planning Intervention.'),
      contactsSection(state, changed),
      state.sections.map((s, i) => planSection(s, i + 1, changed)),
      savebar);
    return TITLE;
  },
};
