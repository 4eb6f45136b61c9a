// The main window: the rail, hash routing, and keeping the current view in
// step with the journal. Each view lives in its own module under views/ and
// exports { render(root, route, ctx), live }: `render` fills a detached
// element and resolves to the page title; `live` views are drawn again
// whenever any window writes to the journal.
//
// While the journal is locked — or doesn't exist yet, and the first-run
// choice is asked — a lock screen covers everything (see
// components/lock-screen.js) and nothing new is drawn behind it. After the
// unlock the page is drawn again if it is live or was drawn (or refused)
// while locked; a form or a practice drawn before the lock is left exactly
// as it was, so nothing half-typed is lost to a redraw.
//
// The tray's "My safety plan" shows this window at #safety-plan. Behind the
// lock the plan can't be read, so the lock screen opens its crisis lines at
// once instead; the plan itself is drawn after the unlock.
//
// Keys: a page for writing something new (`#moment/new`, `#note/new`,
// `#plan/new`…) opens with the cursor in its first field, so words typed
// straight after Ctrl+M land there; Escape closes an entry's editor back to
// the entry (its words are kept as a draft); Ctrl+Q quits. With no tray
// icon on this desktop, closing the window asks once what closing should
// do (components/close-choice.js).

import { askAboutClosing } from './components/close-choice.js';
import { journalBanner } from './components/journal-banner.js';
import { lockScreen } from './components/lock-screen.js';
import { protectBanner } from './components/protect-banner.js';
import { reminderBanner } from './components/reminder-banner.js';
import { wireSkipLink } from './components/skip-link.js';
import {
  appReady, getLanguage, getLockStatus, getSettings, lockNow, onLanguageChanged, onCloseAsked, onCorruptError, onCrisisHelpAsked, onJournalChanged,
  onJournalDamaged, onLockedError, onRemindersChanged, onSyncChanged, quitApp, stillHere,
} from './ipc.js';
import { watchActivity } from './lib/activity.js';
import { closeOnEscape, focusFirstField, h, showToast } from './lib/dom.js';
import {
  currentLockStatus, isClosed, isEncrypted, isLocked, onLockStatus, publishLockStatus, watchLockStatus,
} from './lib/lock-status.js';
import { debounce } from './lib/reflection-form.js';
import { PLACES, entryEditHref, entryHref, parseRoute } from './lib/route.js';
import { localize, t, useLanguage } from './lib/i18n.js';
import { matchShortcut } from './lib/shortcuts.js';
import { applyRememberedTheme, useTheme } from './lib/theme.js';
import brief from './views/brief.js';
import { detailView as checkinDetail, formView as checkinForm } from './views/checkin.js';
import home from './views/home.js';
import insights from './views/insights.js';
import journal from './views/journal.js';
import moment from './views/moment.js';
import momentFlow from './views/moment-flow.js';
import { formView as measure, listView as measures } from './views/measures.js';
import { detailView as experimentDetail, formView as experimentForm } from './views/experiment.js';
import { detailView as activityDetail, formView as activityForm } from './views/activity.js';
import valuesView from './views/values.js';
import homeworkView from './views/homework.js';
import { detailView as noteDetail, formView as noteForm } from './views/note.js';
import safetyPlan from './views/safety-plan.js';
import plan from './views/plan.js';
import planBuilder from './views/plan-builder.js';
import practice from './views/practice.js';
import breathing from './views/practices/breathing.js';
import breathingSpace from './views/practices/breathing-space.js';
import grounding from './views/practices/grounding.js';
import selfCompassion from './views/practices/self-compassion.js';
import { detailView, listView } from './views/reflections.js';
import sessions from './views/sessions.js';
import settings from './views/settings.js';
import syncConflicts from './views/sync-conflicts.js';

const VIEWS = {
  home,
  journal,
  insights,
  brief,
  measures,
  measure,
  safetyPlan,
  momentFlow,
  moment,
  checkinForm,
  checkin: checkinDetail,
  noteForm,
  note: noteDetail,
  reflections: listView,
  reflection: detailView,
  practice,
  plan,
  planBuilder,
  experiment: experimentDetail,
  experimentForm,
  activity: activityDetail,
  activityForm,
  values: valuesView,
  homework: homeworkView,
  breathing,
  breathingSpace,
  grounding,
  selfCompassion,
  sessions,
  settings,
  syncConflicts,
};

// Paint in the last known theme before the backend answers.
applyRememberedTheme();

const main = document.getElementById('content');
const places = document.getElementById('places');
let renderSeq = 0;
// A control to focus once the next page is drawn, instead of its heading
// (a shortcut asked to search, so the search field should have the keys).
let focusAfterNavigation = null;
// Set in start(); reminders are asked for again after an unlock.
let refreshReminders = () => {};
// Calls refused because the journal was locked, counted so a render can
// tell whether what it drew is whole; and whether the page must be drawn
// again once the journal is open.
let lockedRefusals = 0;
let pageNeedsDrawing = false;
let pageTitle = null;
// True while start() hands over the first status: a journal locked then is
// sealed, and a login-kept one may be opened without a click.
let starting = false;
onLockedError(() => { lockedRefusals += 1; });

// Trouble with the journal file itself waits in a band above the page,
// with the newest backup to go back to. A journal that didn't open fails
// every page with 'corrupt'; whichever call hears it first brings the band,
// so the way back is offered on every page, the first one included.
const journalTrouble = journalBanner(document.getElementById('journal-banner'));
onCorruptError(() => journalTrouble.unreadable());

// A journal made from the terminal was never given the first-run choice:
// while nobody has chosen how to keep it, a band above the page offers
// protecting it or keeping it as it is. It hears every published status,
// so it is made before start() hands over the first one.
protectBanner(document.getElementById('protect-banner'), { onProtect: () => goToProtect() });

const lock = lockScreen(document.getElementById('lock-screen'), {
  // The whole app, its skip link (a Tab stop into a covered page would be
  // focus nobody can see), and the toast that could hold an Undo for an entry.
  covers: [document.getElementById('skip-link'), document.querySelector('.shell'), document.getElementById('toast')]
    .filter(Boolean),
  onUnlocked: (status) => {
    publishLockStatus(status);
    afterUnlock();
  },
});

/** The window's title for a page titled `page` ("Journal · Interlude"),
 *  or the app's name alone. */
const windowTitle = (page) => (page ? t('shell-window-title', { page }) : t('shell-app-name'));

function buildRail() {
  places.replaceChildren(...PLACES.map((p) =>
    h('li', {}, h('a', { href: p.href, dataset: { place: p.id } }, p.label))));
}

function markCurrentPlace(placeId) {
  for (const link of places.querySelectorAll('a')) {
    if (link.dataset.place === placeId) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
}

/** Whether `route` is a page for writing something new (`#moment/new`,
 *  `#checkin/new`, `#note/new`, `#plan/new`, `#experiment/new`, `#activity/new`): the one kind of route whose
 *  id is null rather than a number or absent. */
const writesSomethingNew = (route) => route.id === null;

/** The journal entries whose editors keep every word as a draft, so
 *  Escape can close them without losing anything: view → kind. (The plan
 *  builder keeps no draft; Escape there would lose words, so it stays.) */
const ENTRY_EDITORS = { momentFlow: 'moment', checkinForm: 'checkin', noteForm: 'note' };

/** Escape in an entry's editor goes back to the entry, with focus on its
 *  Edit button (what opened the editor). The form keeps its draft as the
 *  page goes, and Edit brings it back. */
function closeEditorOnEscape(root, route) {
  const kind = ENTRY_EDITORS[route.view];
  if (!kind || typeof route.id !== 'number') return;
  const entry = { kind, id: route.id };
  let changed = false;
  const noteChange = () => { changed = true; };
  root.addEventListener('input', noteChange);
  root.addEventListener('change', noteChange);
  closeOnEscape(root, {
    onClose: () => {
      focusAfterNavigation = `a[href="${CSS.escape(entryEditHref(entry))}"]`;
      navigate(entryHref(entry));
      if (changed) showToast(t('shell-draft-kept-toast'));
    },
  });
}

/** A selector that finds the focused control again in a redrawn view:
 *  by id, or for a link by where it goes. */
function focusSelector(el) {
  if (!el || !main.contains(el) || el === main) return null;
  if (el.id) return `#${CSS.escape(el.id)}`;
  const href = el.getAttribute('href');
  return href ? `a[href="${CSS.escape(href)}"]` : null;
}

/** Draws the view the hash names. After navigation, focus moves to the new
 *  page's heading so a screen reader announces it; after a background
 *  refresh, focus and scroll stay where the person left them. */
async function render({ navigated }) {
  // Behind the lock every call would be refused; the page is drawn after
  // the unlock instead.
  if (lock.shown) {
    pageNeedsDrawing = true;
    return;
  }
  const refusalsBefore = lockedRefusals;
  const route = parseRoute(location.hash);
  const seq = ++renderSeq;
  markCurrentPlace(route.place);
  const view = VIEWS[route.view];
  const root = h('div', { class: navigated ? 'view is-entering' : 'view' });
  const ctx = {
    refresh: () => render({ navigated: false }),
    navigate,
    isCurrent: () => seq === renderSeq,
  };
  const title = await view.render(root, route, ctx);
  if (seq !== renderSeq) return; // a newer render started meanwhile
  closeEditorOnEscape(root, route);
  if (lock.shown) {
    // The journal locked meanwhile: keep what is under the lock as it is,
    // and draw this page once the journal is open.
    pageNeedsDrawing = true;
    return;
  }
  // A page drawn with some of its calls refused (a lock that came and
  // went meanwhile) is drawn again after the next unlock.
  pageNeedsDrawing = lockedRefusals !== refusalsBefore;

  const active = document.activeElement;
  const refocus = focusSelector(active);
  // Where the caret was in a text field, so a redraw mid-sentence doesn't
  // throw it back to the start (number and date fields have none).
  const caret = typeof active?.selectionStart === 'number'
    ? [active.selectionStart, active.selectionEnd] : null;
  const scroll = main.scrollTop;
  const carried = navigated ? null : carryTyping(active, refocus, root);
  main.replaceChildren(root);
  document.title = windowTitle(title);
  pageTitle = document.title; // to put back after the lock screen's own title
  if (navigated) {
    main.scrollTop = 0;
    // A page for writing something new takes the keys at once; any other
    // page is announced by its heading.
    const field = writesSomethingNew(route) ? focusFirstField(main) : null;
    const heading = field ? null : main.querySelector('h1');
    if (heading) {
      heading.tabIndex = -1;
      heading.focus({ preventScroll: true });
    }
    const wanted = focusAfterNavigation ? main.querySelector(focusAfterNavigation) : null;
    focusAfterNavigation = null;
    wanted?.focus();
  } else {
    main.scrollTop = scroll;
    const again = refocus ? main.querySelector(refocus) : null;
    again?.focus({ preventScroll: true });
    if (again && caret && typeof again.selectionStart === 'number') {
      again.setSelectionRange(...caret);
    }
    // The page hears what was typed as if it had been typed there (a
    // search runs for it, a draft keeps it).
    carried?.dispatchEvent(new Event('input', { bubbles: true }));
  }
}

/** A redraw is built while the old page is still on screen, and someone
 *  may go on typing into it meanwhile (a save or a sync redraws the
 *  journal as they search). The new page's field, built with the value
 *  from before, takes what the field being typed in holds by now; no
 *  letter is lost. Returns the field it changed, if any. */
function carryTyping(active, selector, root) {
  const typedIn = (el) => (el?.localName === 'textarea'
    || (el?.localName === 'input' && ['text', 'search', ''].includes(el.type ?? '')));
  if (!selector || !typedIn(active)) return null;
  const field = root.querySelector(selector);
  if (!typedIn(field) || field.value === active.value) return null;
  field.value = active.value;
  return field;
}

/** Goes to `hash`, drawing the view again even if it is already there. */
function navigate(hash) {
  if (location.hash === hash) render({ navigated: true });
  else location.hash = hash;
}

/** Focuses the journal's search field, going to the Journal first if
 *  needed; what was typed there before is selected, so typing replaces it. */
function focusJournalSearch() {
  const field = document.getElementById('journal-search');
  if (field && parseRoute(location.hash).view === 'journal') {
    field.focus();
    field.select();
    return;
  }
  focusAfterNavigation = '#journal-search';
  navigate('#journal');
}

/** Where "Protect it…" takes the person: the protect form's first field
 *  in Settings → Privacy and lock. */
const PROTECT_FIELD = '#protect-form #new-passphrase';

/** Goes to Settings with the protect form's first field focused. Already
 *  there, the field is only focused: a redraw would lose what is typed. */
function goToProtect() {
  const field = document.querySelector(PROTECT_FIELD);
  if (field && parseRoute(location.hash).view === 'settings') {
    field.focus();
    return;
  }
  focusAfterNavigation = PROTECT_FIELD;
  navigate('#settings');
}

/** Ctrl/⌘+Shift+L locks, once the journal is encrypted (by a passphrase
 *  or the login). */
async function lockFromShortcut() {
  try {
    publishLockStatus(await lockNow());
  } catch (err) {
    showToast(err.message);
  }
}

/** Ctrl/⌘+Q quits. Every form keeps its draft when the page goes away
 *  (they listen for `pagehide`); quitting is the page going away, so they
 *  are told first, and their saves are sent ahead of the quit. */
async function quitFromShortcut() {
  globalThis.window?.dispatchEvent?.(new Event('pagehide'));
  await new Promise((resolve) => { setTimeout(resolve, 0); });
  try {
    await quitApp();
  } catch (err) {
    showToast(err.message);
  }
}

/** Ctrl/⌘+M logs a moment; Ctrl/⌘+K or "/" searches the journal;
 *  Ctrl/⌘+Shift+L locks; Ctrl/⌘+Q quits. Which keys count lives in
 *  lib/shortcuts.js (tested); this only acts on them. Only quitting acts
 *  behind the lock: it reveals nothing and leaves the journal as it is. */
function onShortcut(event) {
  const action = matchShortcut(event);
  if (action === 'quit') {
    event.preventDefault();
    quitFromShortcut();
    return;
  }
  if (lock.shown || !action) return;
  // Unencrypted there is nothing to lock; the keys stay the web view's.
  if (action === 'lockNow' && !isEncrypted(currentLockStatus())) return;
  event.preventDefault(); // e.g. "/" must not also be typed, Ctrl+K not reach the web view
  if (action === 'newMoment') navigate('#moment/new');
  else if (action === 'search') focusJournalSearch();
  else if (action === 'lockNow') lockFromShortcut();
}

// --- The lock ------------------------------------------------------------

/** Behind the lock, the safety plan's page (the tray's "My safety plan")
 *  is the crisis lines on the lock screen, opened at once. */
function helpIfAskedFor() {
  if (lock.shown && parseRoute(location.hash).view === 'safetyPlan') lock.openHelp();
}

/** Covers the app with the screen `status` calls for (passphrase, login,
 *  or the first-run choice). An open confirmation closes as if "Keep it"
 *  was chosen, so nothing is decided behind the lock. */
function showLock(status) {
  for (const dialog of document.querySelectorAll('dialog[open]')) dialog.close();
  const covered = lock.show(status, { atStart: starting });
  if (lock.shown) document.title = windowTitle(lock.title);
  // Only as it covers: later news of the lock mustn't open the lines
  // again once the person has put them away.
  if (covered) helpIfAskedFor();
}

/** The journal is open again: draw the page from it if needed, and hand
 *  the keys back to the page. */
async function afterUnlock() {
  main.focus({ preventScroll: true });
  getSettings().then((s) => useTheme(s.theme)).catch(() => {});
  refreshReminders();
  journalTrouble.refresh();
  const route = parseRoute(location.hash);
  // A page first drawn now (the tray's "Log a moment" while locked) is
  // a new page to the person: a form for something new takes the keys.
  const firstDrawing = pageNeedsDrawing;
  if (pageNeedsDrawing || VIEWS[route.view].live) {
    await render({ navigated: false });
  } else {
    document.title = pageTitle ?? windowTitle(null);
  }
  if (firstDrawing && writesSomethingNew(route) && focusFirstField(main)) return;
  if (!main.contains(document.activeElement)) main.focus({ preventScroll: true });
}

onLockStatus((status) => {
  if (isClosed(status)) showLock(status);
  else if (lock.hide()) afterUnlock(); // unlocked elsewhere (not on this screen)
});

/** The language in use, before anything is drawn; the computer's own when
 *  the backend can't say. */
async function startLanguage() {
  let inUse = globalThis.navigator?.language;
  try {
    inUse = (await getLanguage()).inUse;
  } catch {
    /* the computer's language, as above */
  }
  await useLanguage(inUse);
  localize(document.body);
  document.title = windowTitle(null);
}

async function start() {
  await startLanguage();
  // A language chosen in Settings (in this window or another) applies at
  // once: the static parts and the rail are redrawn, then the page.
  onLanguageChanged(async (language) => {
    await useLanguage(language?.inUse);
    localize(document.body);
    buildRail();
    markCurrentPlace(parseRoute(location.hash).place);
    if (lock.shown) {
      lock.relabel(language);
      document.title = windowTitle(lock.title);
    } else render({ navigated: false });
  }).catch(() => {
    /* the new language shows from the next start */
  });
  buildRail();
  wireSkipLink(document.getElementById('skip-link'), document.getElementById('content'));
  if (!location.hash) history.replaceState(null, '', '#home');
  window.addEventListener('hashchange', () => {
    helpIfAskedFor();
    render({ navigated: true });
  });
  // The tray asks again while the page is already the plan's: no hash
  // change then, so the lock screen hears it directly.
  onCrisisHelpAsked(() => {
    if (lock.shown) lock.openHelp();
  });
  document.addEventListener('keydown', onShortcut);
  // Closing the window with no tray icon to bring it back asks, once,
  // whether to keep running for the reminders or to quit.
  onCloseAsked(() => askAboutClosing()).catch(() => {
    /* without the event, closing does what the backend decides alone */
  });
  // Any sign of life counts for auto-lock (at most one call in 30 s).
  watchActivity(window, stillHere, { enabled: () => !isLocked() });
  watchLockStatus();
  // The reflection window autosaves while someone types; one redraw per
  // burst of changes is plenty.
  const redraw = debounce(() => {
    if (VIEWS[parseRoute(location.hash).view].live) render({ navigated: false });
  }, 150);
  onJournalChanged(() => redraw.run()).catch(() => {
    /* without events the views still show fresh data on navigation */
  });
  // What another computer wrote arrives by sync: the same redraw.
  onSyncChanged(() => redraw.run()).catch(() => {
    /* as above */
  });
  // A reminder that couldn't be a system notification waits in a banner.
  ({ refresh: refreshReminders } = reminderBanner(document.getElementById('reminder-banner')));
  onRemindersChanged(() => {
    if (!lock.shown) refreshReminders();
  }).catch(() => {
    /* the banner still shows what was waiting when the window opened */
  });
  // The background check of the journal file reports once, a little after
  // start; listen before asking, so news between the two isn't missed.
  onJournalDamaged((found) => journalTrouble.damaged(found)).catch(() => {
    /* list_backups below still says what the check found */
  });
  // Whether to ask for the passphrase (or the login, or the first-run
  // choice) first. Without an answer (an older backend), go on: a refused
  // call still brings the lock screen.
  let lockStatus = null;
  try {
    lockStatus = await getLockStatus();
  } catch {
    /* as above */
  }
  // The theme is a preference, not the journal: the lock screen and the
  // first run follow it too (get_settings answers behind the lock).
  getSettings().then((s) => useTheme(s.theme)).catch(() => {
    /* keep the system theme; Settings shows any storage problem */
  });
  starting = true;
  publishLockStatus(lockStatus); // shows the lock screen if locked
  starting = false;
  // Nothing was drawn behind the lock: the page is drawn once it opens.
  if (lock.shown) pageNeedsDrawing = true;
  if (!lock.shown) {
    refreshReminders();
    journalTrouble.refresh();
    await render({ navigated: false });
  }
  appReady().catch(() => {
    /* only a benchmark listens */
  });
}

start();
