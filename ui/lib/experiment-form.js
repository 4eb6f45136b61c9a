// A behavioural experiment's form as data: the state its fields hold, and
// the exact ExperimentInput the backend accepts. Pure, so the rules are
// tested.
//
// An experiment treats a belief as a prediction and tests it in a small,
// safe way (Bennett-Levy et al., Oxford Guide to Behavioural Experiments in
// Cognitive Therapy, 2004): the prediction in the person's words and how
// strongly it is believed, what they will do (and when and where), the
// safety behaviours to drop, and what they expect. Afterwards: what
// happened, what was learned, the belief rated again, and anything that
// got in the way. An experiment can't fail: whatever happens is
// information.
//
// Form state (every value as its field holds it):
//   { prediction, beliefBefore: 0..100|null, test, safetyBehaviours,
//     expected, plannedFor: 'YYYY-MM-DDTHH:MM'|'', remind: boolean,
//     happened, learned, beliefAfter: 0..100|null, obstacles }

import { t } from './i18n.js';
import { normalizeRating } from './moment-form.js';
import { localInputToRfc3339, parseRfc3339, rfc3339ToLocalInput } from './time.js';

const TEXT_FIELDS = ['prediction', 'test', 'safetyBehaviours', 'expected', 'happened', 'learned', 'obstacles'];

/** A new experiment, nothing written and nothing rated. */
export function emptyExperimentForm() {
  return {
    prediction: '',
    beliefBefore: null,
    test: '',
    safetyBehaviours: '',
    expected: '',
    plannedFor: '',
    remind: false,
    happened: '',
    learned: '',
    beliefAfter: null,
    obstacles: '',
  };
}

/** The form holding a saved experiment. The reminder was either made
 *  already (the experiment has a plan) or not asked for: unticked. */
export function experimentToForm(experiment) {
  const form = emptyExperimentForm();
  for (const key of TEXT_FIELDS) form[key] = String(experiment?.[key] ?? '');
  form.beliefBefore = normalizeRating(experiment?.beliefBefore);
  form.beliefAfter = normalizeRating(experiment?.beliefAfter);
  form.plannedFor = experiment?.plannedFor ? rfc3339ToLocalInput(experiment.plannedFor) : '';
  return form;
}

/** The planned time to send: the saved one as it was (with its own
 *  offset) when the field still shows it, else the field's value with
 *  this computer's offset, or null when empty. */
function plannedForInput(value, { originalPlannedFor, offsetMinutes }) {
  const typed = String(value ?? '').trim();
  if (!typed) return null;
  if (originalPlannedFor && rfc3339ToLocalInput(originalPlannedFor) === typed) return originalPlannedFor;
  return localInputToRfc3339(typed, offsetMinutes);
}

/** The backend's ExperimentInput: exactly these twelve keys (it refuses
 *  any other). Words are trimmed, a rating never given is null, and an
 *  update sends everything again. */
export function formToExperimentInput(form, { fromMomentId = null, originalPlannedFor = null, offsetMinutes } = {}) {
  const text = (key) => String(form?.[key] ?? '').trim();
  return {
    prediction: text('prediction'),
    beliefBefore: normalizeRating(form?.beliefBefore),
    test: text('test'),
    safetyBehaviours: text('safetyBehaviours'),
    expected: text('expected'),
    plannedFor: plannedForInput(form?.plannedFor, { originalPlannedFor, offsetMinutes }),
    fromMomentId: Number.isInteger(fromMomentId) ? fromMomentId : null,
    remind: form?.remind === true,
    happened: text('happened'),
    learned: text('learned'),
    beliefAfter: normalizeRating(form?.beliefAfter),
    obstacles: text('obstacles'),
  };
}

/** Whether the planned time is still ahead of `now` (milliseconds). */
function isAhead(plannedFor, now) {
  const instant = parseRfc3339(localInputToRfc3339(plannedFor));
  return Boolean(instant) && instant.epochMs > now;
}

/** Whether "Remind me then" can mean anything: a time still ahead, and
 *  something to be reminded of. */
export function canRemind(form, now = Date.now()) {
  return String(form?.test ?? '').trim() !== '' && isAhead(form?.plannedFor, now);
}

/** What the form itself can tell before asking the backend, as a kind
 *  sentence with the id of the field it is about, or null when it's fine
 *  to send. */
export function experimentProblem(form, now = Date.now()) {
  if (String(form?.prediction ?? '').trim() === '') {
    return { field: 'experiment-prediction', message: t('practice-experiment-problem-prediction') };
  }
  if (form?.remind === true) {
    if (!isAhead(form.plannedFor, now)) {
      return { field: 'experiment-planned-for', message: t('practice-experiment-problem-remind-time') };
    }
    if (String(form.test ?? '').trim() === '') {
      return { field: 'experiment-test', message: t('practice-experiment-problem-remind-test') };
    }
  }
  return null;
}

/** The ready experiment Home asks about, if any: the one waiting
 *  longest (the earliest created), so it is one card, never a list. */
export function oldestReady(experiments) {
  const ready = (Array.isArray(experiments) ? experiments : []).filter((e) => e?.status === 'ready');
  const when = (e) => parseRfc3339(e.createdAt)?.epochMs ?? Infinity;
  // The list comes newest first: among equal times the later one is older.
  return ready.reduce((oldest, e) => (oldest === null || when(e) <= when(oldest) ? e : oldest), null);
}
