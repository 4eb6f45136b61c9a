// The Reminders part of Settings. Reminders are invitations: each one can
// be switched off, quiet hours keep the evenings still, and a pause is one
// click away. Every control saves as soon as it changes and says "Saved"
// quietly; when saving fails, what was chosen stays on screen with the
// reason beside it.
//
// The pause line and "Next reminder" follow every ReminderStatus published
// (a pause here, a snooze in the banner, a change from the backend).

import {
  getReminderSettings, getReminderStatus, pauseReminders, setReminderSettings,
} from '../ipc.js';
import { errorNotice, h } from '../lib/dom.js';
import { onReminderStatus, publishReminderStatus } from '../lib/reminder-status.js';
import { TIME_HINT, timeInput } from '../lib/time.js';
import {
  BELL_EVERY, BELL_PER_DAY, DELAY, formToSettings, isPaused, nextReminderLine, pauseLine,
  settingsProblem, settingsToForm,
} from '../lib/reminders.js';

const NOTIFICATIONS_NOTE = "System notifications aren't available right now, "
  + 'so reminders will appear inside Interlude instead.';

let stopListening = null; // the previous section's subscription

const checkbox = (id, label, checked, hint) => [
  h('label', { class: 'choice' },
    h('input', { type: 'checkbox', id, checked, 'aria-describedby': hint ? `${id}-hint` : null }), label),
  hint ? h('p', { class: 'hint sub-choice', id: `${id}-hint` }, hint) : null,
];

const number = (id, value, { min, max }) =>
  h('input', { type: 'number', id, class: 'number', min, max, step: 1, value });

// Every time here can be typed the way the person thinks of it; one line
// at the top of the form says how, and each time field points to it.
const TIMES_HINT_ID = 'reminder-times-hint';
const time = (id, value) => timeInput(id, value, { describedBy: TIMES_HINT_ID });

/** A control with its label before and a plain word after ("minutes"),
 *  which a screen reader hears as the control's description. */
function inline(id, label, control, after) {
  if (after) control.setAttribute('aria-describedby', `${id}-unit`);
  return h('div', { class: 'sub-choice inline-field' },
    h('label', { for: id, class: 'plain' }, label), control,
    after ? h('span', { id: `${id}-unit` }, after) : null);
}

const group = (legend, ...body) => h('fieldset', { class: 'reminder-group' }, h('legend', {}, legend), ...body);

function bellsGroup(f) {
  const radio = (value, label) => h('label', { class: 'choice' },
    h('input', { type: 'radio', name: 'bells', id: `bells-${value}`, value, checked: f.bellsMode === value }),
    label);
  const every = inline('bells-every', 'Every', number('bells-every', f.bellsEvery, BELL_EVERY), 'minutes');
  const perDay = inline('bells-per-day', 'How many', number('bells-per-day', f.bellsPerDay, BELL_PER_DAY),
    'moments a day');
  const between = h('div', { class: 'sub-choice inline-field', id: 'bells-between' },
    h('label', { for: 'bells-from', class: 'plain' }, 'Between'), time('bells-from', f.bellsFrom),
    h('label', { for: 'bells-until', class: 'plain' }, 'and'), time('bells-until', f.bellsUntil));
  const el = group('Mindfulness bells',
    h('p', { class: 'hint', id: 'bells-why' },
      'A short pause to notice your breath brings you back to the present.'),
    h('div', { class: 'choices' },
      radio('off', 'Off'),
      radio('interval', 'At a steady rhythm'), every,
      radio('random', 'A few times a day, at random'), perDay),
    between);
  const sync = () => {
    const mode = el.querySelector('input[name="bells"]:checked')?.value ?? 'off';
    every.hidden = mode !== 'interval';
    perDay.hidden = mode !== 'random';
    between.hidden = mode === 'off';
  };
  sync();
  return { el, sync };
}

function readForm(el) {
  const $ = (id) => el.querySelector(`#${id}`);
  return {
    reflect: $('remind-reflect').checked,
    reflectDelay: $('remind-reflect-delay').value,
    brief: $('remind-brief').checked,
    briefTime: $('remind-brief-time').value,
    plans: $('remind-plans').checked,
    questionnaires: $('remind-questionnaires').value,
    bellsMode: el.querySelector('input[name="bells"]:checked')?.value ?? 'off',
    bellsEvery: $('bells-every').value,
    bellsPerDay: $('bells-per-day').value,
    bellsFrom: $('bells-from').value,
    bellsUntil: $('bells-until').value,
    quietEnabled: $('quiet-enabled').checked,
    quietFrom: $('quiet-from').value,
    quietUntil: $('quiet-until').value,
    privateText: $('remind-private-text').checked,
  };
}

function settingsForm(settings) {
  const f = settingsToForm(settings);
  const bells = bellsGroup(f);
  const el = h('form', { id: 'reminders-form', class: 'reminders-form', novalidate: true },
    h('p', { class: 'hint', id: TIMES_HINT_ID }, `Times can be typed as you think of them. ${TIME_HINT}`),
    group('After a session',
      checkbox('remind-reflect', 'Open a reflection window after each session', f.reflect,
        'A few lines while it is fresh help a session carry into your week.'),
      inline('remind-reflect-delay', 'After',
        number('remind-reflect-delay', f.reflectDelay, DELAY), 'minutes')),
    group('Before a session',
      checkbox('remind-brief', 'A nudge the evening before a session, to look back over the week', f.brief),
      inline('remind-brief-time', 'At', time('remind-brief-time', f.briefTime))),
    group('Plans',
      checkbox('remind-plans', 'Remind me of my plans at their usual time', f.plans)),
    group('Check-in questionnaires',
      h('p', { class: 'sub-choice' },
        h('label', { for: 'remind-questionnaires', class: 'plain' }, 'Offer the PHQ-9 and GAD-7 '),
        h('select', { id: 'remind-questionnaires' },
          [['off', 'never — I’ll open them myself'], ['beforeSession', 'the evening before each session'],
            ['fortnightly', 'every two weeks']].map(([value, label]) =>
            h('option', { value, selected: f.questionnaires === value }, label)))),
      h('p', { class: 'hint muted' }, 'At the evening-nudge time. They take a few minutes and show how things are moving.')),
    bells.el,
    group('Quiet hours',
      checkbox('quiet-enabled', 'Keep quiet during these hours', f.quietEnabled,
        'No reminders or bells arrive between these times.'),
      h('div', { class: 'sub-choice inline-field' },
        h('label', { for: 'quiet-from', class: 'plain' }, 'From'), time('quiet-from', f.quietFrom),
        h('label', { for: 'quiet-until', class: 'plain' }, 'until'), time('quiet-until', f.quietUntil))),
    group('Privacy',
      checkbox('remind-private-text', 'Show what my plans say in notifications', f.privateText,
        "Off keeps notifications general, e.g. 'Time for your practice', so nothing private shows on a shared screen.")));
  el.addEventListener('submit', (event) => event.preventDefault());
  return { el, syncBells: bells.sync };
}

function pauseBlock() {
  const status = h('p', { id: 'pause-status', class: 'pause-status', role: 'status' });
  const next = h('p', { id: 'next-reminder', class: 'muted' });
  const note = h('p', { id: 'notifications-note', class: 'notice' }, NOTIFICATIONS_NOTE);
  note.hidden = true;
  const problem = h('p', { class: 'status is-error', id: 'pause-error', role: 'alert' });
  problem.hidden = true;
  const button = (id, label, until) => {
    const b = h('button', { type: 'button', class: 'button', id }, label);
    b.addEventListener('click', async () => {
      problem.hidden = true;
      try {
        publishReminderStatus(await pauseReminders(until));
        if (until === 'resume') hour.focus();
      } catch (err) {
        problem.textContent = err.message;
        problem.hidden = false;
      }
    });
    return b;
  };
  const hour = button('pause-hour', 'Pause for an hour', 'hour');
  const tomorrow = button('pause-tomorrow', 'Pause until tomorrow', 'tomorrow');
  const resume = button('pause-resume', 'Resume', 'resume');
  resume.hidden = true;

  const draw = (s) => {
    status.textContent = pauseLine(s.pausedUntil);
    resume.hidden = !isPaused(s);
    next.textContent = nextReminderLine(s.next);
    note.hidden = s.notificationsWorking !== false;
  };
  const el = h('div', { class: 'subsection', id: 'pause' },
    h('h3', {}, 'Pause'),
    status,
    h('div', { class: 'actions' }, hour, tomorrow, resume),
    problem, next, note);
  return { el, draw, status };
}

/** The Reminders section, filled from the backend. */
export async function remindersSection(ctx) {
  const section = h('section', { id: 'reminders', 'aria-labelledby': 'reminders-heading' },
    h('h2', { id: 'reminders-heading' }, 'Reminders'),
    h('p', { class: 'lede' }, 'Gentle invitations, never demands. Switch any of them off, or pause them all.'));
  const [settings, status] = await Promise.allSettled([getReminderSettings(), getReminderStatus()]);
  if (settings.status === 'rejected') {
    section.append(errorNotice(settings.reason, ctx?.refresh));
    return section;
  }
  let saved = settings.value;
  const { el: form, syncBells } = settingsForm(saved);
  const saveStatus = h('p', { class: 'status', id: 'reminders-status', role: 'status' });
  const pause = pauseBlock();
  section.append(form, saveStatus, pause.el);

  stopListening?.();
  stopListening = onReminderStatus(pause.draw);
  if (status.status === 'fulfilled') pause.draw(status.value);
  else pause.status.textContent = status.reason.message;

  const say = (message, isError = false) => {
    saveStatus.textContent = message;
    saveStatus.classList.toggle('is-error', isError);
  };
  // One save at a time, each reading the form as it is when its turn comes,
  // so quick clicks can't land out of order.
  let queue = Promise.resolve();
  const saveNow = async () => {
    const state = readForm(form);
    const problem = settingsProblem(state);
    if (problem) {
      say(problem.message, true);
      return;
    }
    try {
      saved = await setReminderSettings(formToSettings(state, saved));
      say('Saved');
    } catch (err) {
      say(err.message, true);
      return;
    }
    try {
      publishReminderStatus(await getReminderStatus());
    } catch {
      /* the lines keep their last reading until the next change */
    }
  };
  form.addEventListener('change', () => {
    syncBells();
    say('');
    queue = queue.then(saveNow);
  });
  return section;
}
