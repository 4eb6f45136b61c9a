// Sessions: when therapy sessions happen, so Interlude can open a
// reflection window as one ends and nudge gently the evening before. The
// editor previews the next few dates as the person chooses; the lists
// below let one session move or be cancelled without touching the rule.
//
// Not redrawn on journal changes: the editor may hold unsaved choices.
// Each change redraws only the parts the new ScheduleView touches.

import { clearSchedule, exportSchedule, getSchedule, previewSchedule, setSchedule } from '../ipc.js';
import { focusAfterChange, sessionLists } from '../components/session-list.js';
import {
  append, confirmDialog, disabling, errorNotice, h, isBusy, replace, showMessage, showToast, withBusy,
} from '../lib/dom.js';
import { t } from '../lib/i18n.js';
import { isoDate } from '../lib/plans.js';
import { debounce } from '../lib/reflection-form.js';
import {
  DURATION, WEEKDAYS, emptyScheduleForm, everyOptions, formToSchedule, nextSession, previewLine,
  scheduleFormProblem, scheduleSummary, scheduleToForm, sessionWhen, zoneOptions,
} from '../lib/schedule.js';
import {
  TIME_HINT, farDateCheck, nowYear, timeInput,
} from '../lib/time.js';

const PREVIEW_COUNT = 4;

const field = (id, label, control, hint, after = null) => h('div', { class: 'field' },
  h('label', { for: id }, label),
  hint ? h('p', { class: 'hint', id: `${id}-hint` }, hint) : null,
  control, after);

const select = (id, options, value) => h('select', { id },
  options.map((o) => h('option', { value: o.value, selected: o.value === value }, o.label)));

/** The editor, and the question it asks about a start date years away. */
function buildForm(form, systemTimeZone) {
  const start = h('input', { type: 'date', id: 'schedule-start', value: form.startDate });
  const startCheck = farDateCheck(start);
  const el = h('form', { id: 'schedule-form', class: 'plan-form schedule-form', novalidate: true },
    h('div', { class: 'card' },
      h('div', { class: 'field-row' },
        field('schedule-weekday', t('journal-sessions-day'),
          select('schedule-weekday', WEEKDAYS.map((d) => ({ value: String(d.value), label: d.long })), form.weekday)),
        field('schedule-time', t('journal-sessions-starts-at'),
          timeInput('schedule-time', form.time, { describedBy: 'schedule-time-hint' }), TIME_HINT)),
      h('div', { class: 'field-row' },
        field('schedule-duration', t('journal-sessions-length'), h('input', {
          type: 'number', id: 'schedule-duration', class: 'number', min: DURATION.min, max: DURATION.max,
          step: 1, value: form.duration,
        })),
        field('schedule-every', t('journal-sessions-every'),
          select('schedule-every', everyOptions(form.every), form.every))),
      field('schedule-start', t('journal-sessions-starting'), start, null, startCheck.el),
      field('schedule-zone', t('journal-sessions-zone'),
        h('input', {
          type: 'text', id: 'schedule-zone', value: form.timeZone, list: 'schedule-zone-list',
          autocomplete: 'off', spellcheck: 'false', 'aria-describedby': 'schedule-zone-hint',
        }),
        systemTimeZone ? t('journal-sessions-zone-hint', { zone: systemTimeZone })
          : t('journal-sessions-zone-hint-unknown')),
      h('datalist', { id: 'schedule-zone-list' },
        zoneOptions(systemTimeZone).map((z) => h('option', { value: z })))));
  return { el, startCheck };
}

function readForm(el) {
  const v = (id) => el.querySelector(`#${id}`).value;
  return {
    weekday: v('schedule-weekday'),
    time: v('schedule-time'),
    duration: v('schedule-duration'),
    every: v('schedule-every'),
    startDate: v('schedule-start'),
    timeZone: v('schedule-zone'),
  };
}

function exportBlock() {
  const status = h('p', { class: 'status', id: 'export-ics-status', role: 'status' });
  const button = h('button', { type: 'button', id: 'export-ics', class: 'button' }, t('journal-sessions-export'));
  button.addEventListener('click', () => withBusy(disabling(button), async () => {
    status.textContent = '';
    status.classList.remove('is-error');
    try {
      const { path } = await exportSchedule();
      status.textContent = t('journal-sessions-exported', { path });
    } catch (err) {
      status.textContent = err.message;
      status.classList.add('is-error');
    }
  }));
  return h('section', { id: 'calendar', 'aria-labelledby': 'calendar-heading' },
    h('h2', { id: 'calendar-heading' }, t('journal-sessions-calendar-heading')),
    h('p', {}, t('journal-sessions-calendar-body')),
    button, status);
}

export default {
  live: false,
  async render(root, _route, ctx) {
    const title = t('journal-sessions-title');
    append(root, h('h1', {}, title));
    let view;
    try {
      view = await getSchedule();
    } catch (err) {
      append(root, errorNotice(err, ctx.refresh));
      return title;
    }
    const year = nowYear();
    const form = view.schedule
      ? scheduleToForm(view.schedule) : emptyScheduleForm(isoDate(), view.systemTimeZone);

    const invitation = h('p', { class: 'lede', id: 'schedule-invitation' }, t('journal-sessions-invitation'));
    const summary = h('p', { class: 'lede', id: 'schedule-summary' });
    const { el, startCheck } = buildForm(form, view.systemTimeZone);
    const preview = h('p', { id: 'schedule-preview', class: 'schedule-preview', 'aria-live': 'polite' });
    const error = h('div', { class: 'error', id: 'schedule-error', role: 'alert', tabindex: '-1' });
    error.hidden = true;
    const status = h('p', { class: 'status', id: 'schedule-status', role: 'status' });
    const save = h('button', { type: 'submit', id: 'save-schedule', class: 'button primary' },
      t('journal-sessions-save'));
    const clear = h('button', { type: 'button', id: 'clear-schedule', class: 'button quiet' },
      t('journal-sessions-clear'));
    const saveRow = h('div', { class: 'actions' }, save, clear);
    append(el, preview, error, saveRow, status);
    const lists = h('div', { id: 'session-lists' });

    /** Shows what `next` holds everywhere but the editor's fields. */
    const show = (next) => {
      view = next;
      const has = Boolean(view.schedule);
      invitation.hidden = has;
      summary.hidden = !has;
      summary.textContent = scheduleSummary(view.schedule);
      clear.hidden = !has;
      replace(lists, has ? [sessionLists(view, { nowYear: year, onChange }), exportBlock()] : null);
    };
    const onChange = (next, occurrence) => {
      show(next);
      focusAfterChange(lists, occurrence);
    };

    append(root, invitation, summary,
      h('section', { id: 'schedule', 'aria-labelledby': 'schedule-heading' },
        h('h2', { id: 'schedule-heading' }, t('journal-sessions-schedule-heading')), el),
      lists);
    show(view);

    // The preview: the backend's own reading of the rule, so what it shows
    // is what will be saved. A rule it can't read yet is said quietly.
    let seq = 0;
    const quiet = (text) => {
      preview.textContent = text;
      preview.classList.add('is-quiet');
    };
    const refreshPreview = debounce(async () => {
      const mine = ++seq;
      const state = readForm(el);
      const problem = scheduleFormProblem(state);
      if (problem) {
        // Before a time is chosen there is nothing wrong, just nothing yet.
        const waiting = problem.field === 'schedule-time' && !state.time;
        quiet(waiting ? t('journal-sessions-preview-waiting') : problem.message);
        return;
      }
      try {
        const starts = await previewSchedule(formToSchedule(state), PREVIEW_COUNT);
        if (mine !== seq) return;
        preview.textContent = previewLine(starts, year) || t('journal-sessions-preview-none');
        preview.classList.remove('is-quiet');
      } catch (err) {
        if (mine === seq) quiet(err.message);
      }
    }, 250);
    const edited = () => {
      showMessage(error, '');
      status.textContent = '';
      refreshPreview.run();
    };
    el.addEventListener('input', edited);
    el.addEventListener('change', edited);
    refreshPreview.run();

    el.addEventListener('submit', async (event) => {
      event.preventDefault();
      if (isBusy(save)) return;
      const state = readForm(el);
      const problem = scheduleFormProblem(state);
      if (problem) {
        showMessage(error, problem.message);
        el.querySelector(`#${problem.field}`)?.focus();
        return;
      }
      if (!startCheck.ok()) return; // a start years away is asked about first
      await withBusy(save, async () => {
        try {
          show(await setSchedule(formToSchedule(state)));
          const next = nextSession(view);
          status.textContent = next
            ? t('journal-sessions-saved-next', { when: sessionWhen(next, year) }) : t('journal-sessions-saved');
        } catch (err) {
          showMessage(error, err.message);
          error.focus();
        }
      });
    });

    clear.addEventListener('click', async () => {
      const sure = await confirmDialog('confirm-clear-schedule', 'clear', 'confirm-clear-schedule-no');
      if (!sure) return;
      try {
        show(await clearSchedule());
        status.textContent = t('journal-sessions-cleared');
        save.focus();
      } catch (err) {
        showToast(err.message);
      }
    });
    return title;
  },
};
