// The plan builder's form as data: the state its fields hold, and the
// exact PlanInput the backend accepts. Pure, so the rules are tested.
//
// Form state (every value as its field holds it, strings mostly):
//   { action, amount: '3', unit: 'minutes'|'times', often: 'daily'|
//     'weekdays'|'perWeek'|'perDay', days: [1..7], perWeek: '3',
//     perDay: '2', cue, cueTime: 'HH:MM'|'', startDate, endDate: 'YYYY-MM-DD'|'',
//     practice: ''|'box'|... }

export const OFTEN = [
  { value: 'daily', label: 'Every day' },
  { value: 'weekdays', label: 'On certain days' },
  { value: 'perWeek', label: 'A number of times a week' },
  { value: 'perDay', label: 'Several times a day' },
];

/** ISO weekday numbers: 1 Monday … 7 Sunday. */
export const WEEKDAYS = [
  { value: 1, short: 'Mon', long: 'Monday' },
  { value: 2, short: 'Tue', long: 'Tuesday' },
  { value: 3, short: 'Wed', long: 'Wednesday' },
  { value: 4, short: 'Thu', long: 'Thursday' },
  { value: 5, short: 'Fri', long: 'Friday' },
  { value: 6, short: 'Sat', long: 'Saturday' },
  { value: 7, short: 'Sun', long: 'Sunday' },
];

export const PER_WEEK = { min: 1, max: 7 };
export const PER_DAY = { min: 2, max: 12 };
const PRACTICES = ['box', '478', 'breathingSpace', 'grounding', 'selfCompassion'];

/** A fresh plan starting `today` ("YYYY-MM-DD"), with `action` filled in
 *  (from a reflection's focus, say). */
export function emptyPlanForm(today, action = '') {
  return {
    action,
    amount: '',
    unit: 'minutes',
    often: 'daily',
    days: [],
    perWeek: '3',
    perDay: '2',
    cue: '',
    cueTime: '',
    startDate: today,
    endDate: '',
    practice: '',
  };
}

/** The form holding a saved plan, for editing. */
export function planToForm(plan) {
  const f = plan.frequency ?? { kind: 'daily' };
  const base = emptyPlanForm(plan.startDate ?? '', plan.action ?? '');
  return {
    ...base,
    amount: plan.amount === null || plan.amount === undefined ? '' : String(plan.amount),
    unit: plan.unit === 'times' ? 'times' : 'minutes',
    often: OFTEN.some((o) => o.value === f.kind) ? f.kind : 'daily',
    days: f.kind === 'weekdays' ? [...f.days] : [],
    perWeek: f.kind === 'perWeek' ? String(f.times) : base.perWeek,
    perDay: f.kind === 'perDay' ? String(f.times) : base.perDay,
    cue: plan.cue ?? '',
    cueTime: plan.cueTime ?? '',
    endDate: plan.endDate ?? '',
    practice: PRACTICES.includes(plan.practice) ? plan.practice : '',
  };
}

/** A whole number from a field's text, or null when it isn't one. */
export function wholeNumber(text) {
  const t = String(text ?? '').trim();
  return /^\d{1,6}$/.test(t) ? Number(t) : null;
}

const clamp = (n, { min, max }) => Math.min(max, Math.max(min, n));

/** The Frequency the chosen "how often" describes. */
export function formToFrequency(form) {
  switch (form.often) {
    case 'weekdays': {
      const days = [...new Set(form.days.map(Number))]
        .filter((d) => Number.isInteger(d) && d >= 1 && d <= 7)
        .sort((a, b) => a - b);
      return { kind: 'weekdays', days };
    }
    case 'perWeek':
      return { kind: 'perWeek', times: clamp(wholeNumber(form.perWeek) ?? 3, PER_WEEK) };
    case 'perDay':
      return { kind: 'perDay', times: clamp(wholeNumber(form.perDay) ?? 2, PER_DAY) };
    default:
      return { kind: 'daily' };
  }
}

/** The backend's PlanInput: exactly these ten keys. An empty amount sends
 *  no unit either; empty dates and times are null (a null start is today). */
export function formToPlanInput(form, { fromReflectionId = null } = {}) {
  const amount = wholeNumber(form.amount);
  const blank = (v) => (String(v ?? '').trim() === '' ? null : String(v).trim());
  return {
    action: String(form.action ?? '').trim(),
    amount,
    unit: amount === null ? null : (form.unit === 'times' ? 'times' : 'minutes'),
    frequency: formToFrequency(form),
    cue: String(form.cue ?? '').trim(),
    cueTime: blank(form.cueTime),
    startDate: blank(form.startDate),
    endDate: blank(form.endDate),
    practice: PRACTICES.includes(form.practice) ? form.practice : null,
    fromReflectionId: fromReflectionId ?? null,
  };
}

/** What the form itself can tell before asking the backend, as a kind
 *  sentence with the field's id, or null when it's fine to send. Anything
 *  subtler (dates in the past, sizes) is the backend's to say. */
export function formProblem(form) {
  if (String(form.action ?? '').trim() === '') {
    return { field: 'plan-action', message: 'Write what you will do — a few words is plenty.' };
  }
  if (String(form.amount ?? '').trim() !== '' && wholeNumber(form.amount) === null) {
    return { field: 'plan-amount', message: 'The amount works best as a whole number, like 3.' };
  }
  if (form.often === 'weekdays' && formToFrequency(form).days.length === 0) {
    return { field: 'day-1', message: 'Choose at least one day of the week.' };
  }
  const inRange = (text, { min, max }) => {
    const n = wholeNumber(text);
    return n !== null && n >= min && n <= max;
  };
  if (form.often === 'perWeek' && !inRange(form.perWeek, PER_WEEK)) {
    return { field: 'plan-per-week', message: 'Choose between 1 and 7 times a week.' };
  }
  if (form.often === 'perDay' && !inRange(form.perDay, PER_DAY)) {
    return { field: 'plan-per-day', message: 'Choose between 2 and 12 times a day.' };
  }
  return null;
}
