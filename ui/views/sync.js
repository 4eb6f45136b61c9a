// The "Sync across my computers" part of Settings (#17).
//
// Interlude never connects to anything: it writes this journal's changes,
// encrypted, into a folder that a sync app the person already trusts
// carries between their computers (Syncthing, Nextcloud, iCloud Drive,
// Dropbox) — or onto a USB stick — and merges what arrives there.
//
// Off, the section says so plainly and asks for the folder (typed, or one
// of the folders found on this computer), then offers two ways in: Start
// (the first computer) and Join (another computer, with the journal's
// passphrase or recovery key from the first). A journal with no passphrase
// needs one for sync: Start asks for it twice, checked here before the
// backend is asked (lib/passphrase.js, as in Privacy and lock), and offers
// to protect the journal here with the same one.
//
// On, it says where, when this computer last sent and received, how each
// other computer is doing, anything Interlude noticed in the folder, and
// what waits for a choice (views/sync-conflicts.js), with Sync now and
// Stop syncing on this computer (asked first: the folder and the other
// computers are left as they are). A merge from elsewhere ("sync-changed")
// redraws that status in place.
//
// It fails on its own, inside its section, so a problem here never hides
// the rest of Settings.

import {
  onSyncChanged, syncFolderSuggestions, syncJoin, syncNow, syncStart, syncStatus, syncStop,
} from '../ipc.js';
import {
  confirmDialog, errorNotice, h, replace, setBusy, setStatus, withBusy,
} from '../lib/dom.js';
import { t, tNodes } from '../lib/i18n.js';
import { MIN_PASSPHRASE_LENGTH, passphraseProblem } from '../lib/passphrase.js';
import {
  CONFLICTS_HREF, changesWords, conflictsLine, lastReceivedLine, lastSentLine, newerLine, seenWords, staleLine,
} from '../lib/sync.js';

// The English of what the section says at its main steps, which the tests
// compare the page with. The page itself says them in the language in use
// (settings.ftl: settings-sync-heading, settings-sync-start-done,
// settings-sync-protected-too, settings-sync-join-done,
// settings-sync-stop-done, settings-sync-no-folder, settings-sync-no-secret).

export const SYNC_HEADING = 'Sync across my computers';

export const START_DONE = 'This journal syncs through the folder now. On your other computers, '
  + 'choose the same folder and “Join the journal in this folder”.';

export const PROTECTED_TOO = ' Your journal on this computer is protected with the same passphrase too.';

export const JOIN_DONE = 'This computer has joined. What was here and what was in the folder are merged.';

export const STOP_DONE = 'This computer has stopped syncing. Your journal here stays as it is, '
  + 'and the folder and your other computers are untouched.';

export const NO_FOLDER = 'Please choose or type a folder first.';

export const NO_SECRET = 'Please type the passphrase or recovery key first.';

// A merge from another computer while Settings is open redraws the status
// in place. One listener at a time: drawing Settings again stops the last.
let stopFollowing = null;

function follow(onStatus) {
  stopFollowing?.then((stop) => stop?.());
  // Without the event, the status still says what was true when drawn.
  stopFollowing = onSyncChanged(onStatus).catch(() => null);
}

const passwordField = (id, label, autocomplete, hint) => h('div', { class: 'field' },
  h('label', { for: id }, label),
  hint ? h('p', { class: 'hint', id: `${id}-hint` }, hint) : null,
  h('input', {
    type: 'password', id, name: id, autocomplete, spellcheck: 'false',
    'aria-describedby': hint ? `${id}-hint` : null,
  }));

/** Focuses `el` and selects what is typed there, so typing replaces it. */
function refocus(el) {
  el.focus();
  el.select?.();
}

/** A status line that can hold focus while its form works. */
const statusLine = (id) => h('p', { class: 'status', id, role: 'status', tabindex: '-1' });

/** The Sync section, filled from the backend. `onStatus(status)` hears
 *  every status drawn (Settings says where the journal lives with it);
 *  `onJournalKeyChanged()` is called after Start or Join may have given
 *  this journal a passphrase. `now` is for tests. */
export async function syncSection(ctx, {
  now = () => new Date(), onStatus = () => {}, onJournalKeyChanged = () => {},
} = {}) {
  const section = h('section', { id: 'sync', class: 'sync', 'aria-labelledby': 'sync-heading' });
  const heading = () => h('h2', { id: 'sync-heading' }, t('settings-sync-heading'));
  let status;
  try {
    status = await syncStatus();
  } catch (err) {
    return replace(section, heading(), errorNotice(err, ctx?.refresh));
  }
  // Only one thing at a time: a start, a join, a sync or a stop.
  let busy = false;
  // The status part of the "on" drawing, redrawn in place.
  let stateHost = null;

  const suggestions = async () => {
    try {
      const found = await syncFolderSuggestions();
      return Array.isArray(found) ? found.filter((s) => s && typeof s.path === 'string' && s.path) : [];
    } catch {
      return []; // the field still takes any path typed
    }
  };

  /** Draws `next` (on or off) with `message` in the section's status
   *  line; with `focus`, the line takes focus so the message is heard. */
  async function show(next, message = '', { focus = false } = {}) {
    status = next ?? {};
    try {
      onStatus(status);
    } catch {
      /* Settings' own trouble must not stop this drawing */
    }
    if (status.on) drawOn();
    else drawOff(await suggestions());
    const note = section.querySelector('#sync-status');
    if (note) {
      setStatus(note, message);
      if (focus) note.focus();
    }
  }

  // --- Off ---------------------------------------------------------------

  function drawOff(found) {
    stateHost = null;
    const folder = h('input', {
      type: 'text', id: 'sync-folder', name: 'sync-folder', autocomplete: 'off', spellcheck: 'false',
      value: status.folder ?? '', 'aria-describedby': 'sync-folder-hint',
    });
    const picks = found.length
      ? h('div', { class: 'sync-suggestions', role: 'group', 'aria-labelledby': 'sync-suggestions-label' },
        h('p', { class: 'hint', id: 'sync-suggestions-label' }, t('settings-sync-found')),
        h('ul', { class: 'sync-suggestion-list', id: 'sync-suggestions' }, found.map((s, i) => h('li', {},
          h('button', {
            type: 'button', class: 'button sync-suggestion', id: `sync-suggestion-${i}`,
            'aria-controls': 'sync-folder', dataset: { path: s.path },
            onclick: () => {
              folder.value = s.path;
              // Straight to the field, which now reads the chosen path.
              folder.focus();
            },
          },
          h('span', { class: 'sync-suggestion-label', dir: 'auto' }, String(s.label || s.path)),
          h('span', { class: 'path sync-suggestion-path', dir: 'auto' }, s.path))))))
      : null;
    const forms = [];
    const working = (on) => {
      busy = on;
      folder.disabled = on;
      for (const button of section.querySelectorAll('.sync-suggestion')) button.disabled = on;
      for (const f of forms) f.fields.disabled = on;
    };
    const start = startForm(folder, working);
    const join = joinForm(folder, working);
    forms.push(start, join);
    replace(section, heading(),
      h('p', { class: 'lede', id: 'sync-about' }, t('settings-sync-about-off')),
      h('p', { id: 'sync-travels' }, t('settings-sync-travels')),
      statusLine('sync-status'),
      h('div', { class: 'field sync-folder-field' },
        h('label', { for: 'sync-folder' }, t('settings-sync-folder')),
        h('p', { class: 'hint', id: 'sync-folder-hint' }, t('settings-sync-folder-hint')),
        folder,
        picks),
      start.element,
      join.element);
  }

  const folderValue = (folder) => folder.value.trim();

  /** A withBusy target: the form marked busy, its status line saying
   *  `line` and holding focus (a control about to be disabled would drop
   *  it to the page), then everything in the section resting. */
  const resting = (form, line, working) => (on) => {
    if (on) {
      form.element.setAttribute('aria-busy', 'true');
      setStatus(form.status, line);
      form.status.focus();
    } else {
      form.element.removeAttribute('aria-busy');
    }
    working(on);
  };

  /** "Start on this computer": the first computer puts the journal in the
   *  folder. A journal with no passphrase gets one for sync here. */
  function startForm(folder, working) {
    const plain = status.journalPlain === true;
    const pass = plain ? passwordField('sync-passphrase', t('settings-sync-passphrase'), 'new-password',
      t('settings-passphrase-new-hint', { min: MIN_PASSPHRASE_LENGTH })) : null;
    const again = plain
      ? passwordField('sync-passphrase-confirm', t('settings-passphrase-again'), 'new-password') : null;
    const protect = plain
      ? h('input', { type: 'checkbox', id: 'sync-protect', checked: true, 'aria-describedby': 'sync-protect-hint' })
      : null;
    const submit = h('button', { type: 'submit', class: 'button primary', id: 'sync-start' },
      t('settings-sync-start'));
    const fields = h('fieldset', { class: 'sync-fields' },
      plain ? h('p', { id: 'sync-start-plain' }, t('settings-sync-start-plain')) : null,
      plain ? h('p', { class: 'hint', id: 'sync-forget' }, t('settings-sync-forget')) : null,
      pass, again,
      plain ? h('div', { class: 'field' },
        h('label', { class: 'choice' }, protect, t('settings-sync-protect')),
        h('p', { class: 'hint', id: 'sync-protect-hint' }, t('settings-sync-protect-hint'))) : null,
      h('div', { class: 'actions' }, submit));
    const formStatus = statusLine('sync-start-status');
    const element = h('form', {
      id: 'sync-start-form', class: 'sync-form', novalidate: true, 'aria-labelledby': 'sync-start-heading',
    }, fields, formStatus);
    const part = { element, fields, status: formStatus };
    const input = (id) => element.querySelector(`#${id}`);

    element.addEventListener('submit', async (event) => {
      event.preventDefault();
      if (busy) return;
      setStatus(formStatus, '');
      const path = folderValue(folder);
      if (!path) {
        setStatus(formStatus, t('settings-sync-no-folder'), true);
        refocus(folder);
        return;
      }
      let passphrase = null;
      let protectJournal = false;
      if (plain) {
        const problem = passphraseProblem(input('sync-passphrase').value, input('sync-passphrase-confirm').value);
        if (problem) {
          setStatus(formStatus, problem.message, true);
          refocus(input(problem.field === 'new' ? 'sync-passphrase' : 'sync-passphrase-confirm'));
          return;
        }
        passphrase = input('sync-passphrase').value;
        protectJournal = protect.checked;
      }
      let answer;
      try {
        answer = await withBusy(
          resting(part, t('settings-sync-starting'), working),
          () => syncStart(path, passphrase, protectJournal),
        );
      } catch (err) {
        setStatus(formStatus, err.message, true);
        return;
      }
      if (plain) onJournalKeyChanged();
      const done = t('settings-sync-start-done');
      await show(answer, protectJournal ? `${done} ${t('settings-sync-protected-too')}` : done, { focus: true });
    });

    return {
      ...part,
      element: h('div', { class: 'subsection sync-choice', id: 'sync-start-part' },
        h('h3', { id: 'sync-start-heading' }, t('settings-sync-start-heading')),
        h('p', { class: 'hint', id: 'sync-start-about' }, t('settings-sync-start-about')),
        element),
    };
  }

  /** "Join from another computer": the journal already syncs through the
   *  folder; its passphrase or recovery key opens it here, and what is
   *  here is merged with it. */
  function joinForm(folder, working) {
    const secret = h('input', {
      type: 'password', id: 'sync-secret', name: 'sync-secret', autocomplete: 'off', spellcheck: 'false',
      'aria-describedby': 'sync-secret-hint',
    });
    const reveal = h('input', { type: 'checkbox', id: 'sync-secret-show', 'aria-controls': 'sync-secret' });
    reveal.addEventListener('change', () => {
      secret.setAttribute('type', reveal.checked ? 'text' : 'password');
    });
    const submit = h('button', { type: 'submit', class: 'button', id: 'sync-join' }, t('settings-sync-join'));
    const fields = h('fieldset', { class: 'sync-fields' },
      h('div', { class: 'field' },
        h('label', { for: 'sync-secret' }, t('settings-sync-secret')),
        h('p', { class: 'hint', id: 'sync-secret-hint' }, t('settings-sync-secret-hint')),
        secret,
        h('label', { class: 'choice sync-reveal' }, reveal, t('settings-sync-reveal'))),
      h('p', { id: 'sync-join-merge' }, t('settings-sync-join-merge')),
      h('div', { class: 'actions' }, submit));
    const formStatus = statusLine('sync-join-status');
    const element = h('form', {
      id: 'sync-join-form', class: 'sync-form', novalidate: true, 'aria-labelledby': 'sync-join-heading',
    }, fields, formStatus);
    const part = { element, fields, status: formStatus };

    element.addEventListener('submit', async (event) => {
      event.preventDefault();
      if (busy) return;
      setStatus(formStatus, '');
      const path = folderValue(folder);
      if (!path) {
        setStatus(formStatus, t('settings-sync-no-folder'), true);
        refocus(folder);
        return;
      }
      if (!secret.value.trim()) {
        setStatus(formStatus, t('settings-sync-no-secret'), true);
        refocus(secret);
        return;
      }
      let answer;
      try {
        answer = await withBusy(
          resting(part, t('settings-sync-joining'), working),
          () => syncJoin(path, secret.value),
        );
      } catch (err) {
        setStatus(formStatus, err.message, true);
        if (err.kind === 'wrongKey' || err.kind === 'invalid') refocus(secret);
        return;
      }
      // The secret doesn't linger in the page.
      secret.value = '';
      onJournalKeyChanged();
      await show(answer, t('settings-sync-join-done'), { focus: true });
    });

    return {
      ...part,
      element: h('div', { class: 'subsection sync-choice', id: 'sync-join-part' },
        h('h3', { id: 'sync-join-heading' }, t('settings-sync-join-heading')),
        h('p', { class: 'hint', id: 'sync-join-about' }, t('settings-sync-join-about')),
        element),
    };
  }

  // --- On ----------------------------------------------------------------

  /** The other computers, each with when it was last seen. */
  function computersPart(computers) {
    const list = Array.isArray(computers) ? computers : [];
    const items = list.length
      ? h('ul', { class: 'sync-computers', id: 'sync-computers' }, list.map((c, i) => {
        const changes = changesWords(c);
        return h('li', { id: `sync-computer-${i}`, dataset: { id: String(c.id ?? '') } },
          h('p', { class: 'sync-computer-line' },
            h('bdi', { class: 'sync-computer-name' }, String(c.name || t('settings-sync-another-computer'))),
            ` — ${seenWords(c, now())}`, changes ? ` · ${changes}` : ''),
          c.stale ? h('p', { class: 'hint sync-stale', id: `sync-computer-${i}-stale` }, staleLine(c, now())) : null);
      }))
      : h('p', { class: 'muted', id: 'sync-computers-none' }, t('settings-sync-computers-none'));
    return [h('h3', { id: 'sync-computers-heading' }, t('settings-sync-computers-heading')), items];
  }

  /** What Interlude noticed in the folder, each with what to do. */
  function problemsPart(problems) {
    const list = (Array.isArray(problems) ? problems : []).filter((p) => p && (p.message || p.advice));
    if (!list.length) return null;
    return h('div', { class: 'subsection', id: 'sync-problems' },
      h('h3', { id: 'sync-problems-heading' }, t('settings-sync-problems-heading')),
      h('ul', { class: 'sync-problems' }, list.map((p, i) => h('li', { class: 'sync-problem', id: `sync-problem-${i}` },
        h('p', { class: 'sync-problem-message' }, String(p.message ?? '')),
        p.file && !String(p.message ?? '').includes(p.file)
          ? h('p', { class: 'path sync-problem-file' }, p.file) : null,
        p.advice ? h('p', { class: 'hint sync-problem-advice' }, p.advice) : null))));
  }

  /** The status that a merge can change: redrawn in place. */
  function drawState(host) {
    const newer = newerLine(status.newerChanges);
    const waiting = conflictsLine(status.conflicts);
    const name = String(status.thisComputer?.name || '').trim();
    replace(host,
      name ? h('p', { id: 'sync-this-computer' }, tNodes('settings-sync-this-computer', {}, { name: h('bdi', {}, name) }))
        : null,
      h('p', { id: 'sync-last-sent' }, lastSentLine(status, now())),
      h('p', { id: 'sync-last-received' }, lastReceivedLine(status, now())),
      waiting ? h('div', { class: 'sync-note', id: 'sync-conflicts' },
        h('p', {}, waiting),
        h('a', { class: 'button', id: 'sync-conflicts-link', href: CONFLICTS_HREF }, t('settings-sync-choose'))) : null,
      newer ? h('p', { class: 'sync-note', id: 'sync-newer' }, newer) : null,
      computersPart(status.computers),
      problemsPart(status.problems));
  }

  /** Redraws the status part, keeping focus where it was if it was in it. */
  function redrawState() {
    if (!stateHost) return;
    const active = globalThis.document?.activeElement;
    const focusedId = active && stateHost.contains(active) ? active.id : null;
    drawState(stateHost);
    if (focusedId) stateHost.querySelector(`#${focusedId}`)?.focus();
  }

  function drawOn() {
    stateHost = h('div', { class: 'sync-state', id: 'sync-state' });
    drawState(stateHost);
    const nowStatus = h('p', { class: 'status', id: 'sync-now-status', role: 'status' });
    const syncButton = h('button', { type: 'button', class: 'button', id: 'sync-now' }, t('settings-sync-now'));
    const stopButton = h('button', {
      type: 'button', class: 'button quiet', id: 'sync-stop', 'aria-describedby': 'sync-stop-hint',
    }, t('settings-sync-stop'));
    const both = (on) => {
      busy = on;
      setBusy(syncButton, on);
      setBusy(stopButton, on);
    };

    syncButton.addEventListener('click', async () => {
      if (busy) return;
      let answer;
      try {
        answer = await withBusy(both, () => {
          setStatus(nowStatus, t('settings-sync-syncing'));
          return syncNow();
        });
      } catch (err) {
        setStatus(nowStatus, err.message, true);
        return;
      }
      if (!answer?.on) {
        await show(answer, '', { focus: true });
        return;
      }
      status = answer;
      onStatus(status);
      redrawState();
      setStatus(nowStatus, t('settings-sync-synced'));
    });

    stopButton.addEventListener('click', async () => {
      if (busy) return;
      setStatus(nowStatus, '');
      if (!(await confirmDialog('confirm-stop-sync', 'stop', 'confirm-stop-sync-no'))) return;
      let answer;
      try {
        answer = await withBusy(both, () => {
          setStatus(nowStatus, t('settings-sync-stopping'));
          return syncStop();
        });
      } catch (err) {
        setStatus(nowStatus, err.message, true);
        if (stopButton.isConnected) stopButton.focus();
        return;
      }
      await show(answer, t('settings-sync-stop-done'), { focus: true });
    });

    replace(section, heading(),
      h('p', { class: 'lede', id: 'sync-about' }, tNodes('settings-sync-about-on', {}, {
        folder: h('span', { class: 'path', id: 'sync-folder-shown', dir: 'auto' }, String(status.folder ?? '')),
      })),
      statusLine('sync-status'),
      stateHost,
      h('div', { class: 'actions' }, syncButton, stopButton),
      h('p', { class: 'hint', id: 'sync-stop-hint' }, t('settings-sync-stop-hint')),
      nowStatus);
  }

  follow((next) => {
    if (!section.isConnected || busy || !next) return;
    // Only the "on" status is redrawn from a merge; a form being filled
    // in is never drawn again under the person.
    if (next.on && status.on && stateHost) {
      status = next;
      onStatus(status);
      redrawState();
    }
  });

  await show(status);
  return section;
}
