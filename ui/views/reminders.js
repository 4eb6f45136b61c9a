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
import { t } from '../lib/i18n.js';
import { onReminderStatus, publishReminderStatus } from '../lib/reminder-status.js';
import { TIME_HINT, timeInput } from '../lib/time.js';
import {
  BELL_EVERY, BELL_PER_DAY, DELAY, formToSettings, isPaused, nextReminderLine, pauseLine,
  settingsProblem, settingsToForm,
} from '../lib/reminders.js';

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
  const every = inline('bells-every', t('practice-reminders-bells-every'),
    number('bells-every', f.bellsEvery, BELL_EVERY), t('practice-reminders-minutes'));
  const perDay = inline('bells-per-day', t('practice-reminders-bells-how-many'),
    number('bells-per-day', f.bellsPerDay, BELL_PER_DAY), t('practice-reminders-bells-moments'));
  const between = h('div', { class: 'sub-choice inline-field', id: 'bells-between' },
    h('label', { for: 'bells-from', class: 'plain' }, t('practice-reminders-between')), time('bells-from', f.bellsFrom),
    h('label', { for: 'bells-until', class: 'plain' }, t('practice-reminders-and')), time('bells-until', f.bellsUntil));
  const el = group(t('practice-reminders-bells'),
    h('p', { class: 'hint', id: 'bells-why' }, t('practice-reminders-bells-why')),
    h('div', { class: 'choices' },
      radio('off', t('practice-reminders-bells-off')),
      radio('interval', t('practice-reminders-bells-interval')), every,
      radio('random', t('practice-reminders-bells-random')), perDay),
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
    h('p', { class: 'hint', id: TIMES_HINT_ID }, t('practice-reminders-times-hint', { hint: TIME_HINT })),
    group(t('practice-reminders-after-session'),
      checkbox('remind-reflect', t('practice-reminders-reflect'), f.reflect, t('practice-reminders-reflect-hint')),
      inline('remind-reflect-delay', t('practice-reminders-reflect-after'),
        number('remind-reflect-delay', f.reflectDelay, DELAY), t('practice-reminders-minutes'))),
    group(t('practice-reminders-before-session'),
      checkbox('remind-brief', t('practice-reminders-brief'), f.brief),
      inline('remind-brief-time', t('practice-reminders-brief-at'), time('remind-brief-time', f.briefTime))),
    group(t('practice-reminders-plans-group'),
      checkbox('remind-plans', t('practice-reminders-plans'), f.plans)),
    group(t('practice-reminders-questionnaires-group'),
      h('p', { class: 'sub-choice' },
        h('label', { for: 'remind-questionnaires', class: 'plain' }, t('practice-reminders-questionnaires')),
        h('select', { id: 'remind-questionnaires' },
          [['off', 'practice-reminders-questionnaires-off'],
            ['beforeSession', 'practice-reminders-questionnaires-before'],
            ['fortnightly', 'practice-reminders-questionnaires-fortnightly']].map(([value, label]) =>
            h('option', { value, selected: f.questionnaires === value }, t(label))))),
      h('p', { class: 'hint muted' }, t('practice-reminders-questionnaires-hint'))),
    bells.el,
    group(t('practice-reminders-quiet'),
      checkbox('quiet-enabled', t('practice-reminders-quiet-enabled'), f.quietEnabled,
        t('practice-reminders-quiet-hint')),
      h('div', { class: 'sub-choice inline-field' },
        h('label', { for: 'quiet-from', class: 'plain' }, t('practice-reminders-from')),
        time('quiet-from', f.quietFrom),
        h('label', { for: 'quiet-until', class: 'plain' }, t('practice-reminders-until')),
        time('quiet-until', f.quietUntil))),
    group(t('practice-reminders-privacy'),
      checkbox('remind-private-text', t('practice-reminders-private-text'), f.privateText,
        t('practice-reminders-private-text-hint'))));
  el.addEventListener('submit', (event) => event.preventDefault());
  return { el, syncBells: bells.sync };
}

function pauseBlock() {
  const status = h('p', { id: 'pause-status', class: 'pause-status', role: 'status' });
  const next = h('p', { id: 'next-reminder', class: 'muted' });
  const note = h('p', { id: 'notifications-note', class: 'notice' }, t('practice-reminders-notifications'));
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
  const hour = button('pause-hour', t('practice-reminders-pause-hour'), 'hour');
  const tomorrow = button('pause-tomorrow', t('practice-reminders-pause-tomorrow'), 'tomorrow');
  const resume = button('pause-resume', t('practice-reminders-resume'), 'resume');
  resume.hidden = true;

  const draw = (s) => {
    status.textContent = pauseLine(s.pausedUntil);
    resume.hidden = !isPaused(s);
    next.textContent = nextReminderLine(s.next);
    note.hidden = s.notificationsWorking !== false;
  };
  const el = h('div', { class: 'subsection', id: 'pause' },
    h('h3', {}, t('practice-reminders-pause')),
    status,
    h('div', { class: 'actions' }, hour, tomorrow, resume),
    problem, next, note);
  return { el, draw, status };
}

/** The Reminders section, filled from the backend. */
export async function remindersSection(ctx) {
  const section = h('section', { id: 'reminders', 'aria-labelledby': 'reminders-heading' },
    h('h2', { id: 'reminders-heading' }, t('practice-reminders-heading')),
    h('p', { class: 'lede' }, t('practice-reminders-lede')));
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
      say(t('practice-reminders-saved'));
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
