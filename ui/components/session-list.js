// The sessions coming up, each with quiet ways to move it, cancel it, or
// undo either, and the sessions that have passed. Life happens around a
// schedule: a moved or cancelled session is said plainly, never flagged.
//
// Every change answers with the whole ScheduleView, which the page hands
// to `onChange` to draw both lists again. When a change fails, the list is
// left as it is, so a date and time typed into "Move…" stays there.

import { cancelSession, moveSession, restoreSession } from '../ipc.js';
import {
  closeOnEscape, h, setBusy, showMessage, withBusy,
} from '../lib/dom.js';
import { t } from '../lib/i18n.js';
import { moveStart, sessionNote, sessionWhen } from '../lib/schedule.js';
import { farDateCheck, rfc3339ToLocalInput } from '../lib/time.js';

function sessionLine(session, schedule, nowYear, id) {
  const note = sessionNote(session, schedule, nowYear);
  return h('p', { class: 'session-line', id },
    h('span', { class: ['session-when', session.status === 'cancelled' && 'is-cancelled'] },
      sessionWhen(session, nowYear)),
    note ? h('span', { class: 'session-note' }, note) : null);
}

function upcomingItem(session, schedule, nowYear, onChange) {
  const occ = session.occurrence;
  const error = h('p', { class: 'status is-error', id: `session-error-${occ}`, role: 'alert' });
  error.hidden = true;
  let busy = false;

  /** Runs one change; the list is redrawn on success, kept on failure.
   *  One at a time for the whole item, whichever button asked. */
  const change = async (button, request) => {
    if (busy) return;
    const resting = (on) => {
      busy = on;
      setBusy(button, on);
    };
    await withBusy(resting, async () => {
      showMessage(error, '');
      try {
        onChange(await request(), occ);
      } catch (err) {
        showMessage(error, err.message);
      }
    });
  };

  const moveInput = h('input', {
    type: 'datetime-local', id: `move-${occ}`, value: rfc3339ToLocalInput(session.start),
  });
  // A new date years away ("1901") is asked about before it is sent.
  const moveCheck = farDateCheck(moveInput);
  const moveSave = h('button', { type: 'submit', class: 'button primary', id: `move-save-${occ}` },
    t('journal-session-move-save'));
  const closeMove = () => {
    moveForm.hidden = true;
    openMove.setAttribute('aria-expanded', 'false');
  };
  const moveForm = h('form', { class: 'move-form', id: `move-form-${occ}`, novalidate: true },
    h('label', { for: `move-${occ}` }, t('journal-session-move-label')),
    h('div', { class: 'inline-field' }, moveInput, moveSave,
      h('button', {
        type: 'button', class: 'button quiet', id: `move-close-${occ}`,
        onclick: () => { closeMove(); openMove.focus(); },
      }, t('journal-session-move-close'))),
    moveCheck.el);
  moveForm.hidden = true;
  // Escape is "Never mind" too.
  closeOnEscape(moveForm, { onClose: closeMove, returnTo: () => openMove });
  moveForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const start = moveStart(moveInput.value);
    if (!start) {
      showMessage(error, t('journal-session-move-missing'));
      moveInput.focus();
      return;
    }
    if (!moveCheck.ok()) return;
    change(moveSave, () => moveSession(occ, start));
  });

  // Each button is heard with its session ("Cancel this one, Tue 1 Dec…").
  const about = `session-${occ}`;
  const openMove = h('button', {
    type: 'button', class: 'button quiet', id: `move-open-${occ}`, 'aria-describedby': about,
    'aria-expanded': 'false', 'aria-controls': `move-form-${occ}`,
    onclick: () => {
      moveForm.hidden = !moveForm.hidden;
      openMove.setAttribute('aria-expanded', String(!moveForm.hidden));
      if (!moveForm.hidden) moveInput.focus();
    },
  }, t('journal-session-move'));
  const cancelled = session.status === 'cancelled';
  const cancel = cancelled ? null : h('button', {
    type: 'button', class: 'button quiet', id: `cancel-${occ}`, 'aria-describedby': about,
    onclick: () => change(cancel, () => cancelSession(occ)),
  }, t('journal-session-cancel'));
  const undo = session.status === 'scheduled' ? null : h('button', {
    type: 'button', class: 'button quiet', id: `restore-${occ}`, 'aria-describedby': about,
    onclick: () => change(undo, () => restoreSession(occ)),
  }, t('journal-session-undo'));

  return h('li', { class: 'session', dataset: { occurrence: occ, status: session.status } },
    sessionLine(session, schedule, nowYear, about),
    h('div', { class: 'session-actions' }, cancelled ? null : openMove, cancel, undo),
    cancelled ? null : moveForm,
    error);
}

const pastItem = (session, schedule, nowYear) =>
  h('li', { class: 'session', dataset: { occurrence: session.occurrence, status: session.status } },
    sessionLine(session, schedule, nowYear, null));

/** The "Coming up" and "Earlier" sections for a ScheduleView. */
export function sessionLists(view, { nowYear, onChange }) {
  const { schedule } = view;
  const upcoming = view.upcoming ?? [];
  const past = view.past ?? [];
  return [
    h('section', { id: 'upcoming', 'aria-labelledby': 'upcoming-heading' },
      h('h2', { id: 'upcoming-heading' }, t('journal-sessions-upcoming')),
      upcoming.length ? null
        : h('p', { class: 'muted', id: 'upcoming-empty' }, t('journal-sessions-upcoming-empty')),
      h('ol', { class: 'sessions', id: 'upcoming-sessions' },
        upcoming.map((s) => upcomingItem(s, schedule, nowYear, onChange)))),
    h('section', { id: 'past', 'aria-labelledby': 'past-heading' },
      h('h2', { id: 'past-heading' }, t('journal-sessions-past')),
      past.length ? null
        : h('p', { class: 'muted', id: 'past-empty' }, t('journal-sessions-past-empty')),
      h('ol', { class: 'sessions', id: 'past-sessions' },
        past.map((s) => pastItem(s, schedule, nowYear)))),
  ];
}

/** After a change to `occurrence`, where focus should go in the new list:
 *  its Undo, or its Move, or the list's heading. */
export function focusAfterChange(root, occurrence) {
  const target = root.querySelector(`#restore-${occurrence}`)
    ?? root.querySelector(`#move-open-${occurrence}`)
    ?? root.querySelector('#upcoming-heading');
  if (target?.localName === 'h2') target.tabIndex = -1;
  target?.focus();
}
