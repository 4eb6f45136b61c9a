// What every guided practice shares: the plan it was opened for (if any),
// the page's opening, and the ending — a calm word, and, when it came from
// a plan, one repetition counted for today, said kindly.

import { getPlan, recordPractice } from '../../ipc.js';
import { planSentence } from '../../components/plan-sentence.js';
import { append, disabling, h, replace, withBusy } from '../../lib/dom.js';
import { t } from '../../lib/i18n.js';
import { weekLine } from '../../lib/plans.js';
import { planHref } from '../../lib/route.js';

/** The plan a practice was opened for, or null (also when it can't load:
 *  the practice itself still works). */
export async function planFor(route) {
  if (route.planId === null || route.planId === undefined) return null;
  try {
    return (await getPlan(route.planId)).plan;
  } catch {
    return { id: route.planId, sentence: '' };
  }
}

/** "For your plan: I will …" under a practice's title. */
export function planNote(plan) {
  if (!plan?.sentence) return null;
  return h('p', { class: 'notice', id: 'practice-plan' },
    h('span', {}, t('practice-plan-note'), ' ', h('a', { href: planHref(plan.id) }, planSentence(plan))));
}

/** Counts one repetition of `plan` today and says so in `status`; on
 *  failure offers to try again. Resolves true once counted. */
async function countForPlan(plan, status) {
  status.classList.remove('is-error');
  status.textContent = t('practice-count-noting');
  try {
    const { progress } = await recordPractice(plan.id);
    replace(status, t('practice-count-done', { week: weekLine(progress?.week) }));
    return true;
  } catch (err) {
    status.classList.add('is-error');
    const retry = h('button', { type: 'button', class: 'button quiet', id: 'practice-record-retry' },
      t('practice-count-retry'));
    retry.addEventListener('click', () => countForPlan(plan, status));
    replace(status, `${t('practice-count-failed', { reason: err.message })} `, retry);
    return false;
  }
}

/** The closing screen: `heading` and `line`, the plan counted when
 *  `record` is true (or offered as a button when it is 'offer'), and the
 *  ways on. Focus moves to its heading so it is announced. */
export function finishScreen(container, {
  plan, heading = t('practice-done-heading'), line = t('practice-done-line'), record = true, again,
  id = 'practice-done',
}) {
  const status = h('p', { class: 'status', id: 'practice-recorded', role: 'status' });
  const title = h('h2', { id: 'practice-done-heading', tabindex: '-1' }, heading);
  let offer = null;
  if (plan && record === 'offer') {
    offer = h('button', { type: 'button', class: 'button', id: 'practice-count' }, t('practice-count-offer'));
    offer.addEventListener('click', async () => {
      if (await withBusy(disabling(offer), () => countForPlan(plan, status))) offer.remove();
    });
  }
  const done = h('section', { class: 'card practice-done', id, 'aria-labelledby': 'practice-done-heading' },
    title,
    h('p', { id: 'practice-done-line' }, line),
    status,
    h('div', { class: 'actions' },
      offer,
      again ? h('button', { type: 'button', class: 'button', id: 'practice-again', onclick: again },
        t('practice-done-again')) : null,
      plan ? h('a', { class: 'button quiet', href: planHref(plan.id) }, t('practice-done-plan')) : null,
      h('a', { class: 'button quiet', id: 'back-to-practice', href: '#practice' }, t('practice-done-practice'))));
  replace(container, done);
  title.focus();
  if (plan && record === true) countForPlan(plan, status);
  return done;
}

/**
 * The frame every guided practice shares: a way back, the title, one line
 * on why it helps, the plan it counts for (if any), and an empty stage.
 * Resolves to `{ plan, stage }`.
 */
export async function practicePage(root, route, { title, lede, stageId = 'practice-stage' }) {
  const plan = await planFor(route);
  const stage = h('div', { id: stageId });
  append(root,
    h('p', {}, h('a', { href: '#practice' }, t('practice-back'))),
    h('h1', {}, title),
    h('p', { class: 'lede' }, lede),
    planNote(plan),
    stage);
  return { plan, stage };
}
