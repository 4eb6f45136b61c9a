// My safety plan (`#safety-plan`): the Stanley–Brown plan a person writes
// in a calmer moment for the harder ones. Crisis lines come first and
// large, as words and numbers that can be read and copied; then the seven
// steps, each a short list — steps 4 and 5 (the people and professionals
// to ask) together with the numbers to reach them, as one group.
//
// The crisis lines follow the person's country. The card says which one
// Interlude is set to, with a picker (asked for outright when no country
// is known, beside numbers that work in many places, so the box is never
// empty). When the country in force isn't the one the lines were filled
// in for, a calm band offers that country's lines; if the person edited
// theirs, it says they'd be replaced and waits for a yes.
//
// Arriving from PHQ-9 question 9 (`?from=phq9`) adds a calm card at the
// top: thanks, why support matters now, and that the answers are kept.
// It uses the --attention colour only as a soft edge, never as an alarm.
//
// Every change is kept: typing a moment after it pauses, adding or
// removing at once. The whole plan is sent each time (the backend replaces
// it), so a late save can never leave half of an edit behind.

import { ASK_REGION, fallbackBlock, regionPicker } from '../components/crisis-help.js';
import {
  getCrisisHelp, getSafetyPlan, listRegions, onRegionChanged, saveSafetyPlan, setRegion,
  useRegionCrisisLines,
} from '../ipc.js';
import { append, errorNotice, h, replace, setStatus, withBusy } from '../lib/dom.js';
import { regionName as localRegionName, t } from '../lib/i18n.js';
import { AutosaveController } from '../lib/reflection-form.js';
import { clockTime } from '../lib/time.js';

export const SAVE_DELAY = 500;

/** The longest line the backend keeps (core safety/plan.rs MAX_LINE_CHARS). */
const MAX_CHARS = 500;

// The words are messages in locales/<language>/safety.ftl, looked up as
// the page is drawn.
const title = () => t('safety-plan-title');

export const SECTION_KEYS = [
  'warningSigns', 'copingStrategies', 'distractions', 'peopleToAsk', 'professionals', 'safeEnvironment',
  'reasonsForLiving',
];

// `words`: written in the person's own words and direction (dir="auto");
// a number is digits, and stays as the page has it. Labels are said in the
// language in use when read.
const CONTACT_FIELDS = [
  { key: 'name', get label() { return t('safety-field-name'); }, words: true },
  { key: 'phone', get label() { return t('safety-field-phone'); } },
  { key: 'note', get label() { return t('safety-field-note'); }, words: true },
];

const CRISIS_FIELDS = [
  { key: 'name', get label() { return t('safety-field-name'); }, words: true },
  { key: 'number', get label() { return t('safety-field-number'); } },
  { key: 'note', get label() { return t('safety-field-note'); }, words: true },
];

const emergencyLine = () => t('safety-plan-emergency');

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

/** "United Kingdom" for "GB" (in the language in use); the code itself if
 *  the name isn't known. */
export function regionName(code) {
  return localRegionName(code);
}

/** Where the crisis numbers came from: filled in for the region until the
 *  plan is first saved, then the person's own. */
export function crisisSourceLine(plan) {
  if (!plan?.updatedAt && plan?.region) return t('safety-source-filled', { region: regionName(plan.region) });
  if (!plan?.updatedAt) return t('safety-source-empty');
  return t('safety-source-kept');
}

// --- Pieces of the page --------------------------------------------------------------

function fromPhq9Card() {
  return h('section', { class: 'safety-from-phq9', id: 'safety-from-phq9', 'aria-labelledby': 'safety-from-phq9-title' },
    h('h2', { id: 'safety-from-phq9-title' }, t('safety-phq9-title')),
    h('p', {}, t('safety-phq9-support')),
    h('p', {}, t('safety-phq9-plan')),
    // Two messages: the sentence, then the link.
    h('p', {}, `${t('safety-phq9-kept')} `,
      h('a', { href: '#measures/phq9', id: 'safety-back-to-phq9' }, t('safety-phq9-back'))));
}

/** Editable rows (contacts, crisis lines): one labelled field per value,
 *  a Remove per row and an Add below. `noun` names the messages that say
 *  a row's place (`${noun}`: "Person 2", `${noun}-remove`: "Remove person
 *  2"). `onInput` hears typing; `onChange` hears a row added or removed.
 *  Ids count up and are never reused, so a label always points at its own
 *  field. */
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
    const remove = h('button', { type: 'button', class: 'button quiet safety-remove', id: `${prefix}-${n}-remove` },
      t('safety-remove'));
    const relabel = () => {
      const place = { number: rows.indexOf(row) + 1 };
      const name = text(row.name).trim();
      legend.textContent = t(noun, place);
      remove.setAttribute('aria-label', name ? t('safety-row-remove-named', { name }) : t(`${noun}-remove`, place));
    };
    relabels.set(row, relabel);
    const inputs = fields.map((f) => {
      const input = h('input', {
        type: 'text', id: `${prefix}-${n}-${f.key}`, value: row[f.key], autocomplete: 'off', maxlength: MAX_CHARS,
        class: `safety-field-${f.key}`, dir: f.words ? 'auto' : null,
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

/** The country's name: from the crisis help when it is about `code`,
 *  else from the browser's own list. */
function countryName(code, help) {
  return help?.region?.code === code ? localRegionName(code, help.region.name) : regionName(code);
}

/** "Use the crisis lines for India", when the country in force isn't the
 *  one the plan's lines were filled in for. Lines the person edited are
 *  replaced only after a yes. `page` is what crisisSection was given;
 *  `edited()` says whether the lines are the person's own. */
function regionBand(page, edited) {
  const band = h('div', { class: 'notice crisis-region-band', id: 'crisis-region-band', hidden: true });
  const status = h('p', { class: 'status', id: 'crisis-region-band-status', role: 'status' });
  let busy = false;

  async function apply() {
    if (busy) return;
    let answer;
    try {
      answer = await withBusy((on) => { busy = on; }, async () => {
        setStatus(status, t('safety-band-applying'));
        // Typing still waiting to be kept is kept first, so it can't land
        // on top of the new lines.
        await page.drain();
        return useRegionCrisisLines();
      });
    } catch (err) {
      setStatus(status, err.message, true);
      band.querySelector('button')?.focus();
      return;
    }
    page.replaced(answer);
  }

  function offer({ focus = false } = {}) {
    const { plan, help } = page;
    const name = countryName(plan.currentRegion, help);
    const mine = edited();
    const use = h('button', { type: 'button', class: 'button', id: 'use-region-lines' },
      t('safety-band-use', { region: name }));
    use.addEventListener('click', () => (mine ? ask() : apply()));
    const setTo = plan.region
      ? t('safety-band-set-to-filled', { region: name, filled: countryName(plan.region, help) })
      : t('safety-band-set-to', { region: name });
    replace(band,
      h('p', { id: 'crisis-region-band-text' }, mine ? `${setTo} ${t('safety-band-edited')}` : setTo),
      use,
      status);
    if (focus) use.focus();
  }

  /** The person's own lines would go: ask, with keeping them in focus. */
  function ask() {
    const name = countryName(page.plan.currentRegion, page.help);
    const keep = h('button', { type: 'button', class: 'button', id: 'use-region-lines-no' }, t('safety-band-keep'));
    const yes = h('button', { type: 'button', class: 'button', id: 'use-region-lines-yes' }, t('safety-band-replace'));
    keep.addEventListener('click', () => offer({ focus: true }));
    yes.addEventListener('click', apply);
    replace(band,
      h('p', { id: 'crisis-region-band-text' }, t('safety-band-ask', { region: name })),
      h('div', { class: 'band-actions' }, keep, yes),
      status);
    keep.focus();
  }

  return {
    element: band,
    /** Shown while the country in force differs from the lines' own. */
    update() {
      const { plan } = page;
      const wanted = Boolean(plan.currentRegion) && plan.currentRegion !== plan.region;
      if (busy) return;
      if (wanted) offer();
      else replace(band);
      band.hidden = !wanted;
    },
  };
}

/** Which country the lines follow, and a way to change it: "Your country:
 *  India · change", or the question with the picker open when none is
 *  known. Choosing one tells the backend; `page.regionChanged` follows. */
function regionPart(page) {
  const line = h('div', { class: 'crisis-region', id: 'crisis-region' });
  const pickerArea = h('div', { class: 'crisis-picker', id: 'crisis-picker', hidden: true });
  const status = h('p', { class: 'status', id: 'crisis-region-status', role: 'status' });
  const element = h('div', { class: 'crisis-region-part' }, line, pickerArea, status);
  if (!page.regions) return { element, update: () => {} };

  const picker = regionPicker({
    id: 'safety-region', regions: page.regions, current: page.plan.currentRegion,
    describedBy: 'crisis-region-ask',
    onPick: async (code) => {
      setStatus(status, '');
      try {
        page.regionChanged(await setRegion(code));
      } catch (err) {
        picker.set(page.plan.currentRegion);
        setStatus(status, err.message, true);
      }
    },
  });
  pickerArea.append(picker.element);

  function update() {
    const code = page.plan.currentRegion;
    picker.set(code);
    if (!code) {
      replace(line, h('p', { id: 'crisis-region-ask' }, ASK_REGION));
      pickerArea.hidden = false;
      return;
    }
    const change = h('button', {
      type: 'button', class: 'button quiet crisis-region-change', id: 'crisis-region-change',
      'aria-controls': 'crisis-picker', 'aria-expanded': String(!pickerArea.hidden),
      'aria-label': t('safety-plan-region-change.aria-label', { region: countryName(code, page.help) }),
    }, t('safety-plan-region-change'));
    change.addEventListener('click', () => {
      pickerArea.hidden = !pickerArea.hidden;
      change.setAttribute('aria-expanded', String(!pickerArea.hidden));
      if (!pickerArea.hidden) picker.select.focus();
    });
    replace(line, h('p', {}, `${t('safety-plan-region', { region: countryName(code, page.help) })} · `, change));
  }
  return { element, update };
}

/** The crisis lines card. `page` is {plan, help, regions, state, changed,
 *  drain, replaced, regionChanged}: what the page knows and can do.
 *  Returns {element, regionChanged()} — the latter redraws what follows
 *  the country in force, leaving the lines (and any typing) alone. */
function crisisSection(page, { said = '' } = {}) {
  const { plan, state, changed } = page; // `plan` is this card's; its currentRegion follows
  let touched = false; // lines changed on this page since the card was drawn
  const shown = h('ul', { class: 'crisis-list', id: 'crisis-list' });
  const empty = h('p', { id: 'crisis-empty' }, t('safety-crisis-empty'));
  const fallback = h('div', { class: 'crisis-fallback-part' });
  // Said whenever no number is kept yet and the fallback isn't showing.
  const emergency = h('p', { class: 'crisis-emergency', id: 'crisis-emergency' }, emergencyLine());
  const band = regionBand(page, () => plan.crisisLinesEdited === true || touched);
  const region = regionPart(page);
  const status = h('p', { class: 'status', id: 'crisis-status', role: 'status', tabindex: '-1' }, said);

  const draw = () => {
    const lines = state.crisisLines.filter((l) => l.name.trim() || l.number.trim());
    const numbered = lines.some((l) => l.number.trim());
    // Never an empty box: with no country known, or no number kept, the
    // numbers that work in many places.
    const fallingBack = !plan.currentRegion || !numbered;
    // The fallback's number isn't said twice when the plan already has it.
    const fallbackNumber = page.help?.fallback?.number ?? '112';
    const kept = lines.some((l) => l.number.trim() === fallbackNumber) ? fallbackNumber : null;
    replace(fallback, fallingBack
      ? fallbackBlock(page.help?.fallback, { id: 'crisis-fallback', emergencyShown: kept })
      : null);
    fallback.hidden = !fallingBack;
    emergency.hidden = numbered || fallingBack;
    // A name and note may be the person's own words, in their own direction.
    replace(shown, lines.map((l) => h('li', {},
      h('span', { class: 'crisis-name', dir: 'auto' }, l.name.trim()),
      h('span', { class: 'crisis-number' }, l.number.trim()),
      l.note.trim() ? h('span', { class: 'crisis-note', dir: 'auto' }, l.note.trim()) : null)));
    shown.hidden = lines.length === 0;
    empty.hidden = lines.length > 0;
  };
  const update = (now) => {
    touched = true;
    draw();
    band.update(); // says so if the lines are the person's own now
    changed(now);
  };
  const editor = rowsEditor({
    prefix: 'crisis', rows: state.crisisLines, fields: CRISIS_FIELDS, noun: 'safety-crisis-row',
    addLabel: t('safety-crisis-add'), addId: 'add-crisis-line',
    onInput: () => update(false), onChange: () => update(true),
  });
  draw();
  band.update();
  region.update();
  const element = h('section', { class: 'card crisis-card', id: 'crisis-lines', 'aria-labelledby': 'crisis-title' },
    h('h2', { id: 'crisis-title' }, t('safety-crisis-title')),
    h('p', {}, t('safety-crisis-lede')),
    status,
    band.element,
    shown,
    empty,
    fallback,
    emergency,
    h('p', { class: 'muted', id: 'crisis-source' }, crisisSourceLine(plan)),
    region.element,
    h('details', { class: 'safety-edit', id: 'crisis-edit', open: state.crisisLines.length === 0 },
      h('summary', {}, t('safety-crisis-edit')),
      editor));
  return {
    element,
    status,
    /** The lines are still the table's, never saved nor touched here. */
    untouched: () => !plan.updatedAt && !plan.crisisLinesEdited && !touched,
    regionChanged() {
      draw();
      band.update();
      region.update();
    },
  };
}

/** The numbers for the people and professionals of steps 4 and 5, right
 *  after them (see peopleGroup). */
function contactsSection(state, changed) {
  return h('section', { class: 'card safety-contacts', id: 'safety-contacts', 'aria-labelledby': 'safety-contacts-title' },
    h('h2', { id: 'safety-contacts-title' }, t('safety-contacts-title')),
    h('p', { class: 'hint' }, t('safety-contacts-hint')),
    rowsEditor({
      prefix: 'contact', rows: state.contacts, fields: CONTACT_FIELDS, noun: 'safety-contact-row',
      addLabel: t('safety-contacts-add'), addId: 'add-contact',
      onInput: () => changed(false), onChange: () => changed(true),
    }));
}

/** One of the seven steps: its title and prompt, its list, and a field
 *  to add to it (Enter adds too). */
function planSection(section, step, changed) {
  const { key } = section;
  const list = h('ul', { class: 'safety-items', id: `section-${key}-items` });
  // Each line is the person's own words, typed and shown in their own
  // direction (dir="auto").
  const field = h('input', {
    type: 'text', id: `section-${key}-new`, autocomplete: 'off', maxlength: MAX_CHARS, dir: 'auto',
    'aria-describedby': section.prompt ? `section-${key}-prompt` : null,
  });

  function itemElement(item) {
    const remove = h('button', {
      type: 'button', class: 'button quiet safety-remove', 'aria-label': t('safety-item-remove', { item }),
    }, t('safety-remove'));
    const li = h('li', {}, h('span', { class: 'safety-item-text', dir: 'auto' }, item), remove);
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
    h('p', { class: 'eyebrow' }, t('safety-step', { number: step })),
    h('h2', { id: `section-${key}-title` }, section.title),
    section.prompt ? h('p', { class: 'hint', id: `section-${key}-prompt` }, section.prompt) : null,
    list,
    h('div', { class: 'safety-add' },
      h('label', { for: `section-${key}-new` }, t('safety-add-to-list')),
      h('div', { class: 'safety-add-field' },
        field,
        h('button', { type: 'button', class: 'button', id: `section-${key}-add`, onclick: add }, t('safety-add')))));
}

// --- The page ----------------------------------------------------------------------------

/** Steps 4 and 5 — the people and the professionals to ask — and the
 *  numbers to reach them, as one group: one place for who to reach. */
function peopleGroup(sections, contacts) {
  return h('div', { class: 'safety-people', id: 'safety-people' }, sections, contacts);
}

export default {
  async render(root, route, ctx) {
    append(root, h('h1', {}, title()), route?.from === 'phq9' ? fromPhq9Card() : null);
    let plan;
    let help;
    let regions;
    try {
      // The country's help and the list of countries only add to the page;
      // without them it still shows the plan.
      [plan, help, regions] = await Promise.all([
        getSafetyPlan(), getCrisisHelp().catch(() => null), listRegions().catch(() => null)]);
    } catch (err) {
      // Even with the plan out of reach, the one thing that must show does.
      append(root, h('p', { class: 'crisis-emergency' }, emergencyLine()), errorNotice(err, ctx.refresh));
      return title();
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
        status.textContent = t('safety-saved', { time: clockTime(new Date()) });
      },
      onError: (err) => {
        savebar.classList.add('is-shown');
        status.classList.add('is-error');
        status.textContent = t('safety-save-failed', { error: err?.message ?? '' });
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

    let crisis = null;
    const page = {
      plan,
      help,
      regions,
      state,
      changed,
      drain: () => autosave.drain(),
      /** The country in force changed (here, in Settings or on the lock
       *  screen): what follows it is drawn again. */
      async regionChanged(next) {
        if (!next || typeof next !== 'object') return;
        page.help = next;
        page.plan.currentRegion = next.region?.code ?? null;
        // A plan never saved follows the country by itself: nothing of the
        // person's would be replaced, so there is nothing to ask.
        if (crisis.untouched() && page.plan.currentRegion) {
          try {
            const fresh = await getSafetyPlan();
            if (root.isConnected) page.replaced(fresh);
            return;
          } catch {
            /* the band below still offers them */
          }
        }
        crisis.regionChanged();
      },
      /** The country's lines are in the plan now: the card is drawn
       *  again from it, and says so. */
      replaced(answer) {
        page.plan = answer;
        state.crisisLines.splice(0, state.crisisLines.length, ...planToState(answer).crisisLines);
        const name = countryName(answer.region, page.help);
        const next = crisisSection(page, { said: t('safety-lines-in-plan', { region: name }) });
        crisis.element.before(next.element);
        crisis.element.remove();
        crisis = next;
        crisis.status.focus();
      },
    };
    crisis = crisisSection(page);

    // Heard from any window; once this page is gone, it stops listening.
    let unlisten = null;
    onRegionChanged((next) => {
      if (root.isConnected) page.regionChanged(next);
      else unlisten?.();
    }).then((stop) => { unlisten = stop; }).catch(() => {
      /* without events, the page shows the new country when next drawn */
    });

    const byKey = (key) => state.sections.findIndex((s) => s.key === key);
    const step = (key) => planSection(state.sections[byKey(key)], byKey(key) + 1, changed);
    append(root,
      crisis.element,
      h('p', { class: 'lede safety-about', id: 'safety-about' }, t('safety-plan-about')),
      ['warningSigns', 'copingStrategies', 'distractions'].map(step),
      peopleGroup(['peopleToAsk', 'professionals'].map(step), contactsSection(state, changed)),
      ['safeEnvironment', 'reasonsForLiving'].map(step),
      savebar);
    return title();
  },
};
