// Settings: appearance (with the language), the country for crisis lines, reminders
// (views/reminders.js), Interlude on this computer (what closing the
// window does, and quitting), privacy and the lock (views/privacy.js),
// sync across my computers (views/sync.js), where the journal lives (export and import, and imports from other
// apps: views/import-other.js), backups (views/backups.js), and which
// version is running. Not redrawn on journal changes, so the result of an
// export or import stays on screen for the person to read.

import { regionPicker, regionSourceLine } from '../components/crisis-help.js';
import { languageChoice } from '../components/language-choice.js';
import {
  exportJournal, getAppInfo, getAutostart, getCrisisHelp, getLanguage, getSettings, getTrayStatus, importJournal,
  listRegions, onTrayChanged, quitApp, setAutostart, setRegion, setSettings,
} from '../ipc.js';
import { append, disabling, errorNotice, h, replace, setStatus, withBusy } from '../lib/dom.js';
import { t, tNodes } from '../lib/i18n.js';
import { applyTheme, normalizeTheme, useTheme } from '../lib/theme.js';
import { backupsChanged, backupsSection } from './backups.js';
import { importOtherBlock } from './import-other.js';
import { privacySection } from './privacy.js';
import { remindersSection } from './reminders.js';
import { syncSection } from './sync.js';

const THEMES = [
  { value: 'system', get label() { return t('settings-theme-system'); } },
  { value: 'light', get label() { return t('settings-theme-light'); } },
  { value: 'dark', get label() { return t('settings-theme-dark'); } },
];

/** "Added 3 entries (1 was already here)." */
export function importSummary({ added, alreadyPresent }) {
  return t('settings-import-summary', { added, alreadyPresent });
}

const WHEN_CLOSED = new Set(['ask', 'background', 'quit']);
const normalizeWhenClosed = (value) => (WHEN_CLOSED.has(value) ? value : 'ask');

/** The preferences as saved ({ theme, whenClosed }), shared by the groups
 *  that change them. The backend takes the whole object each time (a field
 *  left out would go back to its default), so every save sends both
 *  fields: the one changed, and the other as saved. Saves go one at a
 *  time, each on top of the last. */
function preferences(initial) {
  const tidy = (p) => ({ theme: normalizeTheme(p?.theme), whenClosed: normalizeWhenClosed(p?.whenClosed) });
  let saved = tidy(initial);
  let queue = Promise.resolve();
  return {
    get saved() { return saved; },
    /** Saves `change` over what is saved; resolves to the new saved
     *  preferences, or rejects with the backend's error. */
    save(change) {
      const run = queue.then(async () => {
        saved = tidy(await setSettings({ ...saved, ...change }));
        return saved;
      });
      queue = run.catch(() => {});
      return run;
    },
  };
}

/** Appearance: the theme, the language (when the backend could say which
 *  is chosen: `language` is get_language's answer, or null), and starting
 *  at login. */
function appearance(prefs, language) {
  const current = prefs.saved.theme;
  const status = h('p', { class: 'status', id: 'theme-status', role: 'status' });
  const radios = THEMES.map((theme) => h('label', { class: 'choice' },
    h('input', {
      type: 'radio', name: 'theme', id: `theme-${theme.value}`, value: theme.value, checked: theme.value === current,
    }),
    theme.label));
  const fieldset = h('fieldset', {},
    h('legend', {}, t('settings-theme-legend')),
    h('div', { class: 'choices' }, radios));
  fieldset.addEventListener('change', async (event) => {
    const theme = normalizeTheme(event.target.value);
    applyTheme(theme); // at once; saving follows
    setStatus(status, '');
    try {
      useTheme((await prefs.save({ theme })).theme);
    } catch (err) {
      // Put back what is really saved, so the screen never lies.
      const { saved } = prefs;
      applyTheme(saved.theme);
      const radio = fieldset.querySelector(`input[value="${saved.theme}"]`);
      if (radio) radio.checked = true;
      setStatus(status, err.message, true);
    }
  });
  return h('section', { 'aria-labelledby': 'appearance-heading' },
    h('h2', { id: 'appearance-heading' }, t('settings-appearance-heading')), fieldset, status,
    language ? languageChoice(language, { hint: t('settings-language-hint'), saved: () => t('settings-saved') }) : null,
    startAtLogin());
}

/** "Start Interlude when I log in": off unless the person turns it on. */
function startAtLogin() {
  const status = h('p', { class: 'status', id: 'autostart-status', role: 'status' });
  const box = h('input', { type: 'checkbox', id: 'autostart', 'aria-describedby': 'autostart-hint' });
  const block = h('div', { class: 'field' },
    h('label', { class: 'choice' }, box, t('settings-autostart')),
    h('p', { class: 'hint', id: 'autostart-hint' }, t('settings-autostart-hint')),
    status);
  getAutostart().then((on) => { box.checked = Boolean(on); }).catch(() => { block.hidden = true; });
  box.addEventListener('change', async () => {
    setStatus(status, '');
    try {
      box.checked = Boolean(await setAutostart(box.checked));
      setStatus(status, box.checked ? t('settings-autostart-on') : t('settings-autostart-off'));
    } catch (err) {
      box.checked = !box.checked;
      setStatus(status, err.message, true);
    }
  });
  return block;
}

/** How Interlude is found again once its window is closed, in a line. */
const trayLine = (hostPresent) => (hostPresent ? t('settings-tray-icon') : t('settings-tray-none'));

// A tray host that comes or goes while Settings is open changes the line
// in place. One listener at a time: drawing Settings again stops the last.
let stopFollowingTray = null;

function followTray(show) {
  stopFollowingTray?.then((stop) => stop?.());
  // Without the event, the line still says what was true when drawn.
  stopFollowingTray = onTrayChanged(show).catch(() => null);
}

/** "Interlude on this computer": what closing the window does (keep
 *  running for the reminders, or quit), how to find Interlude again, and
 *  Quit Interlude. While nobody has chosen (`whenClosed` 'ask') neither
 *  choice is marked, and Interlude asks the first time the window is
 *  closed with no tray icon to bring it back. */
function thisComputer(prefs) {
  const status = h('p', { class: 'status', id: 'when-closed-status', role: 'status' });
  const current = prefs.saved.whenClosed;
  const choices = [
    { value: 'background', label: t('settings-closing-background') },
    { value: 'quit', label: t('settings-closing-quit') },
  ];
  const radios = choices.map((c) => h('label', { class: 'choice' },
    h('input', {
      type: 'radio', name: 'when-closed', id: `when-closed-${c.value}`, value: c.value, checked: c.value === current,
    }),
    c.label));
  const askHint = h('p', { class: 'hint', id: 'when-closed-ask' }, t('settings-closing-ask'));
  const line = h('p', { class: 'hint', id: 'tray-line' });
  const fieldset = h('fieldset', { id: 'when-closed' },
    h('legend', {}, t('settings-closing-legend')),
    h('div', { class: 'choices' }, radios));
  // The group is described by the lines that are showing (a hidden line
  // would still be read out if it were named here).
  const describe = () => {
    const ids = [askHint, line].filter((p) => !p.hidden).map((p) => p.id);
    if (ids.length) fieldset.setAttribute('aria-describedby', ids.join(' '));
    else fieldset.removeAttribute('aria-describedby');
  };
  const showAsk = (whenClosed) => {
    askHint.hidden = whenClosed !== 'ask';
    describe();
  };
  const showTray = (tray) => {
    line.textContent = trayLine(Boolean(tray?.hostPresent));
    line.hidden = false;
    describe();
  };
  line.hidden = true;
  showAsk(current);
  getTrayStatus().then(showTray).catch(() => {
    /* without an answer the line stays away rather than guess */
  });
  followTray(showTray);

  fieldset.addEventListener('change', async (event) => {
    const whenClosed = normalizeWhenClosed(event.target.value);
    setStatus(status, '');
    try {
      const saved = await prefs.save({ whenClosed });
      showAsk(saved.whenClosed);
      setStatus(status, t('settings-saved'));
    } catch (err) {
      // Put back what is really saved, so the screen never lies.
      for (const radio of radios.map((r) => r.querySelector('input'))) {
        radio.checked = radio.value === prefs.saved.whenClosed;
      }
      setStatus(status, err.message, true);
    }
  });

  const quitStatus = h('p', { class: 'status', id: 'quit-status', role: 'status' });
  const quit = h('button', {
    type: 'button', class: 'button quiet', id: 'quit-app', 'aria-describedby': 'quit-hint',
  }, t('settings-quit'));
  quit.addEventListener('click', () => withBusy(quit, async () => {
    setStatus(quitStatus, '');
    try {
      await quitApp();
    } catch (err) {
      setStatus(quitStatus, err.message, true);
    }
  }));

  return h('section', { id: 'this-computer', 'aria-labelledby': 'this-computer-heading' },
    h('h2', { id: 'this-computer-heading' }, t('settings-computer-heading')),
    fieldset, askHint, line, status,
    h('div', { class: 'actions' }, quit),
    h('p', { class: 'hint', id: 'quit-hint' }, t('settings-quit-hint')),
    quitStatus);
}

/** "Region for crisis lines": a country, or Automatic (null: guessed
 *  from the time zone, then the language settings), with where the guess
 *  came from. It fails on its own, inside its section. */
export async function regionSection(ctx) {
  const heading = h('h2', { id: 'region-heading' }, t('settings-region-heading'));
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
    id: 'settings-region', regions, current: saved, automatic: true, label: t('settings-region-label'),
    describedBy: 'settings-region-about settings-region-hint',
    onPick: (code) => {
      setStatus(status, '');
      queue = queue.then(async () => {
        try {
          const answer = await setRegion(code);
          saved = chosenCode(answer);
          replace(hint, regionSourceLine(answer));
          setStatus(status, t('settings-saved'));
        } catch (err) {
          // Put back what is really saved, so the screen never lies.
          picker.set(saved);
          setStatus(status, err.message, true);
        }
      });
    },
  });
  return append(section,
    h('p', { class: 'lede', id: 'settings-region-about' }, t('settings-region-about')),
    picker.element,
    hint,
    status);
}

/** "Saved to …" and, when some were left out, how many private ones. */
export function exportSummary({ path, privateLeftOut }) {
  const saved = t('settings-export-saved', { path });
  return privateLeftOut > 0 ? `${saved} ${t('settings-export-left-out', { count: privateLeftOut })}` : saved;
}

function exportBlock() {
  const status = h('p', { class: 'status', id: 'export-status', role: 'status' });
  const includePrivate = h('input', { type: 'checkbox', id: 'export-include-private' });
  const button = h('button', { type: 'button', id: 'export', class: 'button' }, t('settings-export-button'));
  button.addEventListener('click', () => withBusy(disabling(button), async () => {
    setStatus(status, '');
    try {
      setStatus(status, exportSummary(await exportJournal(includePrivate.checked)));
    } catch (err) {
      setStatus(status, err.message, true);
    }
  }));
  return h('div', { class: 'subsection' },
    h('h3', {}, t('settings-export-heading')),
    h('p', {}, t('settings-export-about')),
    h('div', { class: 'field' },
      h('label', { class: 'choice', for: 'export-include-private' }, includePrivate, t('settings-export-private'))),
    button, status);
}

function importBlock() {
  const status = h('p', { class: 'status', id: 'import-status', role: 'status' });
  const input = h('input', { type: 'file', id: 'import-file', accept: '.json,application/json' });
  input.addEventListener('change', async () => {
    const file = input.files?.[0];
    if (!file) return;
    setStatus(status, t('settings-import-reading'));
    try {
      const summary = await importJournal(await file.text());
      setStatus(status, importSummary(summary));
    } catch (err) {
      setStatus(status, err.message || t('settings-import-failed'), true);
    } finally {
      input.value = ''; // so choosing the same file again imports again
    }
  });
  return h('div', { class: 'subsection' },
    h('h3', {}, t('settings-import-heading')),
    h('p', {}, t('settings-import-about')),
    h('label', { for: 'import-file' }, t('settings-import-file')),
    h('p', {}, input),
    status);
}

/** Draws Privacy and lock again in place, from the backend: Sync may have
 *  just given the journal a passphrase. */
async function redrawPrivacy(ctx) {
  const old = globalThis.document?.getElementById('privacy');
  if (!old?.isConnected) return;
  const fresh = await privacySection(ctx);
  if (!old.isConnected) return;
  old.before(fresh);
  old.remove();
}

/** "Your journal is stored only on this computer, at …", or, while it
 *  syncs, that it also travels (encrypted) through the sync folder. */
function whereLine(line, dataDir, synced) {
  const path = h('span', { class: 'path', id: 'data-dir' }, dataDir);
  return replace(line, tNodes(synced ? 'settings-data-where-synced' : 'settings-data-where', {}, { path }));
}

export default {
  live: false,
  async render(root, _route, ctx) {
    append(root, h('h1', {}, t('settings-title')));
    let settings;
    let info;
    let language;
    let region;
    let reminders;
    let privacy;
    let sync;
    let backups;
    // Whether the journal syncs, as the Sync section last drew it.
    let synced = false;
    let dataLine = null;
    const onSyncStatus = (status) => {
      synced = Boolean(status?.on);
      if (dataLine && info) whereLine(dataLine, info.dataDir, synced);
    };
    try {
      // The region, reminders, privacy, sync and backups fail on their
      // own, inside their sections, so a problem there never hides the
      // rest. Without the language's answer, its choice is left out (as
      // starting at login is), and the app goes on in the one it started in.
      [settings, info, language, region, reminders, privacy, sync, backups] = await Promise.all([
        getSettings(), getAppInfo(), getLanguage().catch(() => null), regionSection(ctx), remindersSection(ctx),
        privacySection(ctx),
        syncSection(ctx, { onStatus: onSyncStatus, onJournalKeyChanged: () => redrawPrivacy(ctx) }),
        backupsSection(ctx)]);
    } catch (err) {
      append(root, errorNotice(err, ctx.refresh));
      return t('settings-title');
    }
    dataLine = whereLine(h('p', { id: 'data-where' }), info.dataDir, synced);
    useTheme(settings.theme);
    const prefs = preferences(settings);
    append(root,
      appearance(prefs, language),
      region,
      reminders,
      // Right after Reminders: it is about keeping them running.
      thisComputer(prefs),
      privacy,
      // After Privacy and lock: sync uses the journal's key, or asks for one.
      sync,
      h('section', { 'aria-labelledby': 'data-heading' },
        h('h2', { id: 'data-heading' }, t('settings-data-heading')),
        dataLine,
        exportBlock(),
        importBlock(),
        // An import makes a backup first: Backups below shows it at once.
        importOtherBlock({ onImported: backupsChanged })),
      backups,
      h('section', { 'aria-labelledby': 'about-heading' },
        h('h2', { id: 'about-heading' }, t('settings-about-heading')),
        h('dl', { class: 'facts' },
          h('dt', {}, t('settings-about-version')), h('dd', { id: 'app-version' }, info.version),
          h('dt', {}, t('settings-about-data-version')),
          h('dd', { id: 'schema-version' }, String(info.schemaVersion)))));
    return t('settings-title');
  },
};
