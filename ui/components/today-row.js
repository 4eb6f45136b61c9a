// One plan on the Today list: its sentence in full, the soft score line,
// this week so far, and four quiet choices — Done, Partly, Skipped…, Not
// today — that all weigh the same. After choosing, one line invites a note
// about how it went, as data from a small experiment.
//
// The Practice page is drawn again after every write (its own or another
// window's), so words typed but not saved yet, and a reason box left open,
// are kept here by plan id and put back into the new row.

import { clearPlanLog, logPlan } from '../ipc.js';
import { h, showToast } from '../lib/dom.js';
import { t } from '../lib/i18n.js';
import {
  OUTCOMES, isPerDay, noteInput, outcomeInput, outcomeWord, practiceName, restoreInput, slotsLine,
  weekLine,
} from '../lib/plans.js';
import { planHref, practiceHref } from '../lib/route.js';
import { planSentence } from './plan-sentence.js';
import { scoreLine } from './score-line.js';

const drafts = new Map(); // 'reason-7' / 'note-7' → text not saved yet
const reasonOpen = new Set(); // plan ids whose "Skipped because…" box is open

/** Forgets unsaved words and open boxes (for tests). */
export function resetRowState() {
  drafts.clear();
  reasonOpen.clear();
}

/** Writes a log and offers Undo, which puts back `previous` (or clears the
 *  day when there was none). Resolves to the saved log, or throws. */
export async function writeLog(input, { previous = null, message, refresh }) {
  const { log } = await logPlan(input);
  showToast(message ?? t('journal-plan-noted-as', { what: outcomeWord(log.outcome).toLowerCase() }), {
    actionLabel: t('journal-undo'),
    actionId: 'undo-log',
    onAction: async () => {
      try {
        if (previous) await logPlan(restoreInput(previous));
        else await clearPlanLog(log.planId, log.day);
        showToast(t('journal-plan-put-back'));
      } catch (err) {
        showToast(err.message);
      }
      refresh();
    },
  });
  refresh();
  return log;
}

async function clearLog(log, refresh) {
  await clearPlanLog(log.planId, log.day);
  showToast(t('journal-plan-cleared'), {
    actionLabel: t('journal-undo'),
    actionId: 'undo-log',
    onAction: async () => {
      try {
        await logPlan(restoreInput(log));
      } catch (err) {
        showToast(err.message);
      }
      refresh();
    },
  });
  refresh();
}

function slots(item) {
  const count = item.log && item.log.outcome !== 'notToday' && item.log.outcome !== 'skipped'
    ? Number(item.log.count) || 0 : 0;
  const id = item.plan.id;
  const dots = Array.from({ length: item.slots }, (_, i) =>
    h('span', { class: ['slot', i < count && 'is-filled'] }));
  return h('p', { class: 'slots-line' },
    h('span', { class: 'slots', 'aria-hidden': 'true' }, dots),
    h('span', { id: `slots-${id}` }, slotsLine(count, item.slots)));
}

export function todayRow(item, { refresh }) {
  const { plan, progress, log } = item;
  const id = plan.id;
  const status = h('p', { class: 'status', id: `status-${id}`, role: 'status' });
  const say = (text, isError = false) => {
    status.textContent = text;
    status.classList.toggle('is-error', isError);
  };

  // --- Skipped because… ----------------------------------------------
  const reasonKey = `reason-${id}`;
  // A reason and a note are the person's words, typed in their own
  // direction (dir="auto").
  const reasonField = h('input', {
    type: 'text', id: reasonKey, maxlength: 200, autocomplete: 'off', dir: 'auto',
    value: drafts.get(reasonKey) ?? (log?.outcome === 'skipped' ? log.reason : ''),
    oninput: () => drafts.set(reasonKey, reasonField.value),
  });
  const reasonForm = h('form', { class: 'reason-form', id: `reason-form-${id}` },
    h('label', { for: reasonKey }, t('journal-plan-skipped-because')),
    h('div', { class: 'inline-field' },
      reasonField,
      h('button', { type: 'submit', class: 'button', id: `reason-save-${id}` }, t('journal-plan-save'))));
  reasonForm.hidden = !(reasonOpen.has(id) || log?.outcome === 'skipped');
  reasonForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    say('');
    try {
      await writeLog(outcomeInput(item, 'skipped', { reason: reasonField.value }),
        { previous: log, refresh });
      drafts.delete(reasonKey);
      reasonOpen.delete(id);
    } catch (err) {
      say(err.message, true);
    }
  });

  // --- The four choices ------------------------------------------------
  async function choose(outcome) {
    say('');
    const pressed = log?.outcome === outcome;
    try {
      if (outcome === 'skipped' && !pressed) {
        // Skipping waits for its reason; the button only opens the box.
        const open = reasonForm.hidden;
        reasonForm.hidden = !open;
        if (open) reasonOpen.add(id);
        else reasonOpen.delete(id);
        if (open) reasonField.focus();
        return;
      }
      if (pressed && !(outcome === 'done' && isPerDay(plan))) {
        await clearLog(log, refresh);
        return;
      }
      const input = outcomeInput(item, outcome);
      if (!input) {
        say(t('journal-plan-all-done', { count: item.slots }));
        return;
      }
      const message = isPerDay(plan) && outcome === 'done'
        ? t('journal-plan-noted-as', { what: slotsLine(input.count, item.slots) }) : undefined;
      reasonOpen.delete(id);
      await writeLog(input, { previous: log, message, refresh });
    } catch (err) {
      say(err.message, true);
    }
  }

  const buttons = OUTCOMES.map((o) => h('button', {
    type: 'button',
    class: 'outcome',
    id: `outcome-${id}-${o.value}`,
    dataset: { outcome: o.value },
    'aria-pressed': String(log?.outcome === o.value),
    'aria-controls': o.value === 'skipped' ? reasonForm.id : null,
    'aria-describedby': o.value === 'done' && isPerDay(plan) ? `slots-${id}` : null,
    onclick: () => choose(o.value),
  }, o.label));

  // --- How did it go? ---------------------------------------------------
  let note = null;
  if (log) {
    const noteKey = `note-${id}`;
    let saved = log.note ?? '';
    const field = h('input', {
      type: 'text', id: noteKey, maxlength: 500, autocomplete: 'off', dir: 'auto',
      value: drafts.get(noteKey) ?? saved, 'aria-describedby': `note-hint-${id}`,
      oninput: () => drafts.set(noteKey, field.value),
    });
    const save = async () => {
      if (field.value === saved) return;
      const text = field.value;
      saved = text; // an Enter and the blur after it save once
      try {
        await logPlan(noteInput(log, text));
        drafts.delete(noteKey);
        say(t('journal-plan-noted'));
        refresh();
      } catch (err) {
        saved = log.note ?? '';
        say(t('journal-plan-note-failed', { error: err.message }), true);
      }
    };
    field.addEventListener('blur', save);
    field.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter') return;
      event.preventDefault();
      save();
    });
    note = h('div', { class: 'note-field' },
      h('label', { for: noteKey }, t('journal-plan-how-did-it-go')),
      h('p', { class: 'hint', id: `note-hint-${id}` }, t('journal-plan-how-hint')),
      field);
  }

  const practice = plan.practice ? practiceHref(plan.practice, id) : null;
  return h('li', { class: 'card plan-row', dataset: { planId: id } },
    h('h3', { class: 'plan-sentence', id: `sentence-${id}` },
      h('a', { href: planHref(id) }, planSentence(plan))),
    progress?.startAgain
      ? h('p', { class: 'start-again', id: `start-again-${id}` }, t('journal-plan-start-again')) : null,
    scoreLine(progress, { id: `score-${id}` }),
    h('p', { class: 'week-line', id: `week-${id}` }, weekLine(progress?.week)),
    isPerDay(plan) ? slots(item) : null,
    h('div', { class: 'outcomes', role: 'group', 'aria-label': t('journal-plan-outcomes') }, buttons),
    reasonForm,
    note,
    practice
      ? h('p', { class: 'practice-link' },
        h('a', { href: practice, id: `start-practice-${id}` },
          t('journal-plan-start-guide', { practice: practiceName(plan.practice) })))
      : null,
    status);
}
