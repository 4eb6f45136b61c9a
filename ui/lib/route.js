// Where the main window is, read from the URL hash, and where the
// reflection window points, read from its query. Pure, so it is tested.

import { t } from './i18n.js';

/** The places the rail shows, in order. Later places join this list when
 *  they exist; the rail is built from it, so it never shows a dead end.
 *  Each label is read when the rail is drawn, in the language in use. */
export const PLACES = [
  { id: 'home', get label() { return t('shell-place-home'); }, href: '#home' },
  { id: 'journal', get label() { return t('shell-place-journal'); }, href: '#journal' },
  { id: 'practice', get label() { return t('shell-place-practice'); }, href: '#practice' },
  { id: 'insights', get label() { return t('shell-place-insights'); }, href: '#insights' },
  { id: 'brief', get label() { return t('shell-place-brief'); }, href: '#brief' },
  { id: 'sessions', get label() { return t('shell-place-sessions'); }, href: '#sessions' },
  // Help in a hard moment is a place of its own, never only a link at the
  // bottom of Home.
  { id: 'safety-plan', get label() { return t('shell-place-safety-plan'); }, href: '#safety-plan' },
  { id: 'settings', get label() { return t('shell-place-settings'); }, href: '#settings' },
];

/** Guided practices: the backend's Practice value → the route's word. */
const PRACTICE_SLUGS = {
  box: 'box',
  478: '478',
  breathingSpace: 'breathing-space',
  grounding: 'grounding',
  selfCompassion: 'self-compassion',
};

/** The route's word → which view draws it (and which breathing pattern). */
const PRACTICE_VIEWS = {
  box: { view: 'breathing', pattern: 'box' },
  478: { view: 'breathing', pattern: '478' },
  custom: { view: 'breathing', pattern: 'custom' },
  'breathing-space': { view: 'breathingSpace' },
  grounding: { view: 'grounding' },
  'self-compassion': { view: 'selfCompassion' },
};

function positiveId(text) {
  return /^[1-9]\d{0,15}$/.test(text) ? Number(text) : null;
}

const PRACTICE = { view: 'practice', place: 'practice' };

/** Journal entries with their own pages: `#moment/new`, `#moment/7`,
 *  `#moment/7/edit` (and the same for check-ins and notes). */
const ENTRY_KINDS = new Map([
  ['moment', { form: 'momentFlow', detail: 'moment' }],
  ['checkin', { form: 'checkinForm', detail: 'checkin' }],
  ['note', { form: 'noteForm', detail: 'note' }],
]);

/** '#reflection/12' → { view: 'reflection', place: 'reflections', id: 12 }.
 *  Anything unknown is home (or the place it was heading for), so a stale
 *  link never strands the person. */
export function parseRoute(hash) {
  const [path, search = ''] = String(hash ?? '').replace(/^#\/?/, '').split('?');
  const query = new URLSearchParams(search);
  const idFrom = (key) => positiveId(query.get(key) ?? '');
  const [head, arg, tail] = path.split('/');
  if (head === 'reflections') return { view: 'reflections', place: 'journal' };
  if (head === 'journal') return { view: 'journal', place: 'journal', search: query.get('q') ?? '' };
  if (head === 'insights') return { view: 'insights', place: 'insights' };
  if (head === 'brief') return { view: 'brief', place: 'brief' };
  if (head === 'safety-plan') return { view: 'safetyPlan', place: 'safety-plan', from: query.get('from') ?? null };
  if (head === 'measures') {
    if (arg === 'phq9' || arg === 'gad7') return { view: 'measure', place: 'insights', measure: arg };
    return { view: 'measures', place: 'insights' };
  }
  if (ENTRY_KINDS.has(head)) {
    const kind = ENTRY_KINDS.get(head);
    if (arg === 'new') return { view: kind.form, place: 'journal', id: null };
    const id = positiveId(arg ?? '');
    if (id === null) return { view: 'journal', place: 'journal', search: '' };
    if (tail === 'edit') return { view: kind.form, place: 'journal', id };
    return { view: kind.detail, place: 'journal', id };
  }
  if (head === 'settings') return { view: 'settings', place: 'settings' };
  // What was edited on two computers at once: entries' words, so the
  // Journal is where it belongs. Anything else under sync is its settings.
  if (head === 'sync') {
    if (arg === 'conflicts') return { view: 'syncConflicts', place: 'journal' };
    return { view: 'settings', place: 'settings' };
  }
  if (head === 'sessions') return { view: 'sessions', place: 'sessions' };
  if (head === 'reflection') {
    const id = positiveId(arg ?? '');
    if (id !== null) return { view: 'reflection', place: 'journal', id };
    return { view: 'reflections', place: 'journal' };
  }
  if (head === 'practice') {
    const practice = Object.hasOwn(PRACTICE_VIEWS, arg ?? '') ? PRACTICE_VIEWS[arg] : null;
    if (!practice) return { ...PRACTICE };
    return { ...practice, place: 'practice', planId: idFrom('plan') };
  }
  // Behavioural experiments: `#experiment/new` (`?moment=7` starts from a
  // moment's thought), `#experiment/3` to read and write up, and
  // `#experiment/3/edit` to change the plan.
  if (head === 'experiment') {
    if (arg === 'new') return { view: 'experimentForm', place: 'practice', id: null, fromMoment: idFrom('moment') };
    const id = positiveId(arg ?? '');
    if (id === null) return { ...PRACTICE };
    if (tail === 'edit') return { view: 'experimentForm', place: 'practice', id, fromMoment: null };
    return { view: 'experiment', place: 'practice', id };
  }
  // Behavioural activation: `#values` (what matters, by life area),
  // `#activity/new` (`?value=3` plans one for a value, `?done=1` logs
  // something already done), `#activity/4` and `#activity/4/edit`.
  if (head === 'values') return { view: 'values', place: 'practice' };
  // A therapist's homework file: choose it, see it, say yes item by item.
  if (head === 'homework') return { view: 'homework', place: 'practice' };
  if (head === 'activity') {
    if (arg === 'new') {
      return { view: 'activityForm', place: 'practice', id: null, value: idFrom('value'), done: query.get('done') === '1' };
    }
    const id = positiveId(arg ?? '');
    if (id === null) return { ...PRACTICE };
    if (tail === 'edit') return { view: 'activityForm', place: 'practice', id, value: null, done: false };
    return { view: 'activity', place: 'practice', id };
  }
  if (head === 'plan') {
    if (arg === 'new') return { view: 'planBuilder', place: 'practice', id: null, focusFrom: idFrom('focus') };
    const id = positiveId(arg ?? '');
    if (id === null) return { ...PRACTICE };
    if (tail === 'edit') return { view: 'planBuilder', place: 'practice', id, focusFrom: null };
    return { view: 'plan', place: 'practice', id };
  }
  return { view: 'home', place: 'home' };
}

export const reflectionHref = (id) => `#reflection/${id}`;

/** Where an entry of any kind is read: `#moment/7`, `#reflection/3`… */
export const entryHref = ({ kind, id }) => `#${kind}/${id}`;

/** Where an entry is edited. Reflections are edited in their own window,
 *  so they have no edit page. */
export const entryEditHref = ({ kind, id }) => (kind === 'reflection' ? null : `#${kind}/${id}/edit`);

export const planHref = (id) => `#plan/${id}`;

export const planEditHref = (id) => `#plan/${id}/edit`;

/** The builder, optionally filled in from a reflection's focus. */
export const newPlanHref = (focusReflectionId = null) =>
  (focusReflectionId === null || focusReflectionId === undefined
    ? '#plan/new' : `#plan/new?focus=${focusReflectionId}`);

export const experimentHref = (id) => `#experiment/${id}`;

export const experimentEditHref = (id) => `#experiment/${id}/edit`;

export const activityHref = (id) => `#activity/${id}`;

export const activityEditHref = (id) => `#activity/${id}/edit`;

/** A new activity, optionally for a value. */
export const newActivityHref = (valueId = null) =>
  (valueId === null || valueId === undefined ? '#activity/new' : `#activity/new?value=${valueId}`);

/** Logging something already done, with no plan. */
export const logActivityHref = () => '#activity/new?done=1';

/** A new experiment, optionally starting from a moment's thought. */
export const newExperimentHref = (fromMomentId = null) =>
  (fromMomentId === null || fromMomentId === undefined
    ? '#experiment/new' : `#experiment/new?moment=${fromMomentId}`);

/** A guided practice's page (`practice` is a backend Practice value or
 *  'custom'), opened for a plan when `planId` is given. Null if unknown. */
export function practiceHref(practice, planId = null) {
  const slug = practice === 'custom' ? 'custom'
    : (Object.hasOwn(PRACTICE_SLUGS, String(practice)) ? PRACTICE_SLUGS[practice] : null);
  if (!slug) return null;
  return planId === null || planId === undefined ? `#practice/${slug}` : `#practice/${slug}?plan=${planId}`;
}

/** The reflection id a window URL's query names (`?id=7`), or null for a
 *  new reflection. */
export function reflectionIdFromSearch(search) {
  const id = new URLSearchParams(String(search ?? '')).get('id');
  return id === null ? null : positiveId(id.trim());
}
