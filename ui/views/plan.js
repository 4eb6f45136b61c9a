// One plan: its sentence as the title, the soft score line, this week so
// far, and the recent days as they were noted — outcome, reason, note —
// all in the same even tone. From here it can be edited, paused, resumed
// or archived (archiving asks first, and can be undone).

import { getPlan, setPlanStatus } from '../ipc.js';
import { earlierDay } from '../components/earlier-day.js';
import { planSentence } from '../components/plan-sentence.js';
import { scoreLine } from '../components/score-line.js';
import { append, confirmDialog, errorNotice, h, showToast } from '../lib/dom.js';
import { t } from '../lib/i18n.js';
import {
  dayLabel, frequencyWords, isoDate, outcomeWord, practiceName, weekLine,
} from '../lib/plans.js';
import { planEditHref, planHref, practiceHref } from '../lib/route.js';

const RECENT = 30;

async function changeStatus(plan, status, ctx) {
  const before = plan.status;
  try {
    await setPlanStatus(plan.id, status);
  } catch (err) {
    showToast(err.message);
    return;
  }
  const words = {
    active: 'practice-plan-resumed', paused: 'practice-plan-paused-toast', archived: 'practice-plan-archived-toast',
  };
  if (status === 'archived') ctx.navigate('#practice');
  else ctx.refresh();
  showToast(t(words[status]), {
    actionLabel: t('practice-plan-undo'),
    actionId: 'undo-status',
    onAction: async () => {
      try {
        await setPlanStatus(plan.id, before);
      } catch (err) {
        showToast(err.message);
        return;
      }
      if (status === 'archived') ctx.navigate(planHref(plan.id));
      else ctx.refresh();
    },
  });
}

async function archive(plan, ctx) {
  if (await confirmDialog('confirm-archive', 'archive', 'confirm-archive-no')) {
    await changeStatus(plan, 'archived', ctx);
  }
}

function statusNotice(plan) {
  if (plan.status === 'paused') {
    return h('p', { class: 'notice', id: 'plan-status' }, t('practice-plan-paused-notice'));
  }
  if (plan.status === 'archived') {
    return h('p', { class: 'notice', id: 'plan-status' }, t('practice-plan-archived-notice'));
  }
  return null;
}

function facts(plan, nowYear) {
  const rows = [
    [t('practice-plan-how-often'), frequencyWords(plan.frequency)],
    [t('practice-plan-since'), dayLabel(plan.startDate, nowYear)],
    plan.endDate ? [t('practice-plan-until'), dayLabel(plan.endDate, nowYear)] : null,
    plan.practice ? [t('practice-plan-guided'), practiceName(plan.practice)] : null,
  ].filter(Boolean);
  return h('dl', { class: 'facts', id: 'plan-facts' },
    rows.map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]));
}

function dayEntry(log, nowYear) {
  const reason = String(log.reason ?? '').trim();
  const note = String(log.note ?? '').trim();
  const outcome = log.count > 1
    ? t('practice-plan-day-times', { outcome: outcomeWord(log.outcome), count: log.count })
    : outcomeWord(log.outcome);
  return h('li', { dataset: { day: log.day }, class: 'day-entry' },
    h('p', { class: 'day-head' },
      h('span', { class: 'entry-date' }, dayLabel(log.day, nowYear)),
      h('span', { class: 'day-outcome', dataset: { outcome: log.outcome } }, outcome)),
    // Labelled rather than spliced into a sentence: a reason typed as
    // "Overslept" read "Because Overslept", and no case rule suits every
    // reason ("I", names). The reason and note are the person's words, in
    // their own direction (dir="auto").
    reason ? h('p', { class: 'day-reason' }, t('practice-plan-day-reason'), ' ', h('span', { dir: 'auto' }, reason))
      : null,
    note ? h('p', { class: 'answer day-note', dir: 'auto' }, note) : null);
}

function actions(plan, ctx) {
  const buttons = [h('a', { class: 'button', id: 'edit-plan', href: planEditHref(plan.id) }, t('practice-plan-edit'))];
  if (plan.status === 'active') {
    buttons.push(h('button', {
      type: 'button', class: 'button', id: 'pause-plan', onclick: () => changeStatus(plan, 'paused', ctx),
    }, t('practice-plan-pause')));
  } else {
    buttons.push(h('button', {
      type: 'button', class: 'button', id: plan.status === 'paused' ? 'resume-plan' : 'restore-plan',
      onclick: () => changeStatus(plan, 'active', ctx),
    }, plan.status === 'paused' ? t('practice-plan-resume') : t('practice-plan-restore')));
  }
  if (plan.status !== 'archived') {
    buttons.push(h('button', {
      type: 'button', class: 'button quiet', id: 'archive-plan', onclick: () => archive(plan, ctx),
    }, t('practice-plan-archive')));
  }
  return h('div', { class: 'actions' }, buttons);
}

export default {
  live: true,
  async render(root, route, ctx) {
    let data;
    try {
      data = await getPlan(route.id);
    } catch (err) {
      const gone = err.kind === 'notFound';
      append(root,
        h('h1', {}, gone ? t('practice-plan-gone') : t('practice-plan-title')),
        gone ? h('p', {}, t('practice-plan-gone-line')) : errorNotice(err, ctx.refresh),
        h('p', {}, h('a', { href: '#practice' }, t('practice-plan-practice-link'))));
      return t('practice-plan-title');
    }
    const { plan, progress, logs } = data;
    const today = isoDate();
    const nowYear = Number(today.slice(0, 4));
    const guide = plan.practice && plan.status === 'active' ? practiceHref(plan.practice, plan.id) : null;
    append(root,
      h('p', {}, h('a', { href: '#practice' }, t('practice-back'))),
      h('h1', { id: 'plan-title' }, planSentence(plan)),
      statusNotice(plan),
      progress.startAgain && plan.status === 'active'
        ? h('p', { class: 'start-again', id: 'plan-start-again' }, t('practice-plan-start-again')) : null,
      h('section', { 'aria-labelledby': 'progress-heading', class: 'section' },
        h('h2', { id: 'progress-heading' }, t('practice-plan-progress')),
        scoreLine(progress, { id: 'plan-score', size: 'large' }),
        h('p', { id: 'plan-week', class: 'week-line' }, weekLine(progress.week)),
        h('p', { class: 'hint' }, t('practice-plan-score-hint')),
        facts(plan, nowYear),
        guide ? h('p', { class: 'actions' }, h('a', { class: 'button', id: 'start-practice', href: guide },
          t('practice-plan-start-guide', { practice: practiceName(plan.practice) }))) : null),
      actions(plan, ctx),
      h('section', { 'aria-labelledby': 'days-heading' },
        h('h2', { id: 'days-heading' }, t('practice-plan-recent')),
        logs.length
          ? h('ol', { class: 'day-list', id: 'plan-days' }, logs.slice(0, RECENT).map((l) => dayEntry(l, nowYear)))
          : h('p', { class: 'muted', id: 'plan-days-empty' }, t('practice-plan-recent-empty')),
        earlierDay([plan], {
          today, refresh: ctx.refresh, fixed: true, logs,
        })));
    return t('practice-plan-title');
  },
};
