// An activity's form as data: the state its fields hold and the exact
// ActivityInput the backend accepts. Pure, so the rules are tested.
//
// Behavioural activation plans activities that serve what matters to the
// person (a value), with a guess at how it will feel: mood, a sense of
// achievement (mastery) and enjoyment (pleasure), each 0–10 (Beck et al.,
// 1979; Martell, Addis & Jacobson, 2001). Afterwards the same three are
// rated as they were, so "you expected 3, it was 6" can be seen. Something
// done with no plan is logged the same way. A rating never given is null,
// never a made-up middle.
//
// Form state (every value as its field holds it):
//   { what, valueId: number|null, plannedFor: 'YYYY-MM-DDTHH:MM'|'',
//     predicted: {mood, mastery, pleasure}, doneAt: 'YYYY-MM-DDTHH:MM'|'',
//     actual: {mood, mastery, pleasure}, note }

import { t } from './i18n.js';
import { localInputToRfc3339, rfc3339ToLocalInput } from './time.js';

/** The life areas, in the order the values page shows them. */
export const AREAS = ['relationships', 'work', 'health', 'play', 'community'];

/** The three scales, in the order the form asks them. */
export const SCALES = ['mood', 'mastery', 'pleasure'];

/** A whole number 0–10, or null for anything else (never a guess). */
export function normalizeTen(value) {
  if (value === null || value === undefined || value === '' || typeof value === 'boolean') return null;
  const n = Number(value);
  return Number.isInteger(n) && n >= 0 && n <= 10 ? n : null;
}

const ratings = (r) => Object.fromEntries(SCALES.map((s) => [s, normalizeTen(r?.[s])]));

const positive = (n) => (Number.isInteger(n) && n > 0 ? n : null);

/** A new activity: for `valueId` if given; `done` for logging something
 *  already done (its time now, as `nowLocal` gives it). */
export function emptyActivityForm({ valueId = null, done = false, nowLocal = '' } = {}) {
  return {
    what: '',
    valueId: positive(valueId),
    plannedFor: '',
    predicted: ratings(null),
    doneAt: done ? nowLocal : '',
    actual: ratings(null),
    note: '',
  };
}

/** The form holding a saved activity. */
export function activityToForm(activity) {
  const a = activity ?? {};
  return {
    what: String(a.what ?? ''),
    valueId: positive(a.value?.id),
    plannedFor: a.plannedFor ? rfc3339ToLocalInput(a.plannedFor) : '',
    predicted: ratings(a.predicted),
    doneAt: a.doneAt ? rfc3339ToLocalInput(a.doneAt) : '',
    actual: ratings(a.actual),
    note: String(a.note ?? ''),
  };
}

/** A time to send: the saved one as it was (with its own offset) while
 *  the field still shows it, else the field's value with this computer's
 *  offset, or null when empty. */
function timeInput(value, original, offsetMinutes) {
  const typed = String(value ?? '').trim();
  if (!typed) return null;
  if (original && rfc3339ToLocalInput(original) === typed) return original;
  return localInputToRfc3339(typed, offsetMinutes);
}

/** The backend's ActivityInput: exactly these seven keys (it refuses any
 *  other). `original` is the saved activity when editing, so its times
 *  keep their offsets. */
export function formToActivityInput(form, { original = null, offsetMinutes } = {}) {
  return {
    what: String(form?.what ?? '').trim(),
    valueId: positive(form?.valueId),
    plannedFor: timeInput(form?.plannedFor, original?.plannedFor, offsetMinutes),
    predicted: ratings(form?.predicted),
    doneAt: timeInput(form?.doneAt, original?.doneAt, offsetMinutes),
    actual: ratings(form?.actual),
    note: String(form?.note ?? '').trim(),
  };
}

/** What the form itself can tell before asking the backend: a kind
 *  sentence and the id of the field it is about, or null. */
export function activityProblem(form) {
  if (String(form?.what ?? '').trim() === '') {
    return { field: 'activity-what', message: t('practice-activity-problem-what') };
  }
  if (!String(form?.plannedFor ?? '').trim() && !String(form?.doneAt ?? '').trim()) {
    return { field: 'activity-planned-for', message: t('practice-activity-problem-when') };
  }
  return null;
}

/** Values grouped by area, in AREAS' order, each area listed even when
 *  empty: [{area, values}]. Unknown areas are left out. */
export function valuesByArea(values) {
  const list = Array.isArray(values) ? values : [];
  return AREAS.map((area) => ({ area, values: list.filter((v) => v?.area === area) }));
}
