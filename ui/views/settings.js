// Settings: appearance, the country for crisis lines, reminders
// (views/reminders.js), privacy and the lock (views/privacy.js), where the
// journal lives (export and import, and imports from other apps:
// views/import-other.js), backups (views/backups.js), and which version is
// running. Not redrawn on journal changes, so the result of an export or
// import stays on screen for the person to read.

import { regionPicker, regionSourceLine } from '../components/crisis-help.js';
import {
  exportJournal, getAppInfo, getAutostart, getCrisisHelp, getSettings, importJournal, listRegions,
  setAutostart, setRegion, setSettings,
} from '../ipc.js';
import { append, disabling, errorNotice, h, replace, setStatus, withBusy } from '../lib/dom.js';
import { applyTheme, normalizeTheme, useTheme } from '../lib/theme.js';
import { backupsChanged, backupsSection } from './backups.js';
import { importOtherBlock } from './import-other.js';
import { privacySection } from './privacy.js';
import { remindersSection } from './reminders.js';

const THEMES = [
  { value: 'system', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

const plural = (n, one, many) => (n === 1 ? one : many);

/** "Added 3 entries (1 was already here)." */
export function importSummary({ added, alreadyPresent }) {
  return `Added ${added} ${plural(added, 'entry', 'entries')} `
    + `(${alreadyPresent} ${plural(alreadyPresent, 'was', 'were')} already here).`;
}

function appearance(current) {
  const status = h('p', { class: 'status', id: 'theme-status', role: 'status' });
  const radios = THEMES.map((t) => h('label', { class: 'choice' },
    h('input', { type: 'radio', name: 'theme', id: `theme-${t.value}`, value: t.value, checked: t.value === current }),
    t.label));
  let saved = current;
  const fieldset = h('fieldset', {}, h('legend', {}, 'Theme'), h('div', { class: 'choices' }, radios));
  fieldset.addEventListener('change', async (event) => {
    const theme = normalizeTheme(event.target.value);
    applyTheme(theme); // at once; saving follows
    setStatus(status, '');
    try {
      saved = useTheme((await setSettings({ theme })).theme);
    } catch (err) {
      // Put back what is really saved, so the screen never lies.
      applyTheme(saved);
      const radio = fieldset.querySelector(`input[value="${saved}"]`);
      if (radio) radio.checked = true;
      setStatus(status, err.message, true);
    }
  });
  return h('section', { 'aria-labelledby': 'appearance-heading' },
    h('h2', { id: 'appearance-heading' }, 'Appearance'), fieldset, status, startAtLogin());
}

/** "Start Interlude when I log in": off unless the person turns it on. */
function startAtLogin() {
  const status = h('p', { class: 'status', id: 'autostart-status', role: 'status' });
  const box = h('input', { type: 'checkbox', id: 'autostart', 'aria-describedby': 'autostart-hint' });
  const block = h('div', { class: 'field' },
    h('label', { class: 'choice' }, box, 'Start Interlude when I log in'),
    h('p', { class: 'hint', id: 'autostart-hint' },
      'It starts quietly in the tray, so reminders can reach you without a window opening.'),
    status);
  getAutostart().then((on) => { box.checked = Boolean(on); }).catch(() => { block.hidden = true; });
  box.addEventListener('change', async () => {
    setStatus(status, '');
    try {
      box.checked = Boolean(await setAutostart(box.checked));
      setStatus(status, box.checked ? 'Interlude will start when you log in.' : 'Interlude won’t start on its own.');
    } catch (err) {
      box.checked = !box.checked;
      setStatus(status, err.message, true);
    }
  });
  return block;
}

/** "Region for crisis lines": a country, or Automatic (null: guessed
 *  from the time zone, then the language settings), with where the guess
 *  came from. It fails on its own, inside its section. */
export async function regionSection(ctx) {
  const heading = h('h2', { id: 'region-heading' }, 'Crisis lines');
  const section = h('section', { id: 'region-settings', 'aria-labelledby': 'region-heading' }, heading);
  let help;
  let regions;
  try {
    [help, regions] = await Promise.all([getCrisisHelp(), listRegions()]);
  } catch (err) {
    return append(section, errorNotice(err, ctx?.refresh));
  }
  const chosenCode = (answer) => (answer?.regionSource === 'chosen' ? answer.region?.code ?? null : null);
  const hint = h('p', { class: 'hint', id: 'settings-region-hint' }, regionSourceLine(help));
  const status = h('p', { class: 'status', id: 'settings-region-status', role: 'status' });
  let saved = chosenCode(help);
  let queue = Promise.resolve();
  const picker = regionPicker({
    id: 'settings-region', regions, current: saved, automatic: true, label: 'Region for crisis lines',
    describedBy: 'settings-region-about settings-region-hint',
    onPick: (code) => {
      setStatus(status, '');
      queue = queue.then(async () => {
        try {
          const answer = await setRegion(code);
          saved = chosenCode(answer);
          replace(hint, regionSourceLine(answer));
          setStatus(status, 'Saved');
        } catch (err) {
          // Put back what is really saved, so the screen never lies.
          picker.set(saved);
          setStatus(status, err.message, true);
        }
      });
    },
  });
  return append(section,
    h('p', { class: 'lede', id: 'settings-region-about' },
      'The lock screen, the welcome screen and your safety plan show the crisis lines for this country.'),
    picker.element,
    hint,
    status);
}

/** "Saved to …" and, when some were left out, how many private ones. */
export function exportSummary({ path, privateLeftOut }) {
  const left = privateLeftOut > 0
    ? ` ${privateLeftOut} private ${plural(privateLeftOut, 'entry was', 'entries were')} left out.`
    : '';
  return `Saved to ${path}.${left}`;
}

function exportBlock() {
  const status = h('p', { class: 'status', id: 'export-status', role: 'status' });
  const includePrivate = h('input', { type: 'checkbox', id: 'export-include-private' });
  const button = h('button', { type: 'button', id: 'export', class: 'button' }, 'Export your journal');
  button.addEventListener('click', () => withBusy(disabling(button), async () => {
    setStatus(status, '');
    try {
      setStatus(status, exportSummary(await exportJournal(includePrivate.checked)));
    } catch (err) {
      setStatus(status, err.message, true);
    }
  }));
  return h('div', { class: 'subsection' },
    h('h3', {}, 'Export'),
    h('p', {}, 'A copy of your journal — reflections, moments, check-ins, notes and plans — '
      + 'as one JSON file in your Downloads folder. Keep it somewhere private.'),
    h('p', { class: 'check' }, includePrivate,
      h('label', { for: 'export-include-private' }, ' Include entries marked private')),
    button, status);
}

function importBlock() {
  const status = h('p', { class: 'status', id: 'import-status', role: 'status' });
  const input = h('input', { type: 'file', id: 'import-file', accept: '.json,application/json' });
  input.addEventListener('change', async () => {
    const file = input.files?.[0];
    if (!file) return;
    setStatus(status, 'Reading the file…');
    try {
      const summary = await importJournal(await file.text());
      setStatus(status, importSummary(summary));
    } catch (err) {
      setStatus(status, err.message || "That file couldn't be read. Nothing was changed.", true);
    } finally {
      input.value = ''; // so choosing the same file again imports again
    }
  });
  return h('div', { class: 'subsection' },
    h('h3', {}, 'Import'),
    h('p', {}, 'Bring in entries from an Interlude export. Ones already here are '
      + 'skipped, so nothing is doubled and nothing is overwritten.'),
    h('label', { for: 'import-file' }, 'Choose an export file'),
    h('p', {}, input),
    status);
}

export default {
  live: false,
  async render(root, _route, ctx) {
    append(root, h('h1', {}, 'Settings'));
    let settings;
    let info;
    let region;
    let reminders;
    let privacy;
    let backups;
    try {
      // The region, reminders, privacy and backups fail on their own,
      // inside their sections, so a problem there never hides the rest.
      [settings, info, region, reminders, privacy, backups] = await Promise.all([
        getSettings(), getAppInfo(), regionSection(ctx), remindersSection(ctx), privacySection(ctx),
        backupsSection(ctx)]);
    } catch (err) {
      append(root, errorNotice(err, ctx.refresh));
      return 'Settings';
    }
    const theme = useTheme(settings.theme);
    append(root,
      appearance(theme),
      region,
      reminders,
      privacy,
      h('section', { 'aria-labelledby': 'data-heading' },
        h('h2', { id: 'data-heading' }, 'Your data'),
        h('p', {}, 'Your journal is stored only on this computer, at ',
          h('span', { class: 'path', id: 'data-dir' }, info.dataDir), '.'),
        exportBlock(),
        importBlock(),
        // An import makes a backup first: Backups below shows it at once.
        importOtherBlock({ onImported: backupsChanged })),
      backups,
      h('section', { 'aria-labelledby': 'about-heading' },
        h('h2', { id: 'about-heading' }, 'About'),
        h('dl', { class: 'facts' },
          h('dt', {}, 'Version'), h('dd', { id: 'app-version' }, info.version),
          h('dt', {}, 'Data version'), h('dd', { id: 'schema-version' }, String(info.schemaVersion)))));
    return 'Settings';
  },
};
