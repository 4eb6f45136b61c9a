// Kristin Neff's self-compassion break, in three steps: mindfulness, common
// humanity, self-kindness. Her phrases, and the other phrases she offers
// for each step, are quoted exactly as she publishes them
// (self-compassion.org, "Exercise 2: Self-Compassion Break") and are the
// only words shown as quotations; everything else is the app's own. In
// other languages they are translations, credited "after" her (see the
// notes in locales/de/practice.ftl on which follow a published text).
// Beside each is room to say it in your own words. Saving keeps the words
// (or, with none, just that you took the moment) under "Kind words you
// wrote".

import { saveCompassionBreak } from '../../ipc.js';
import { append, h, isBusy, showMessage, withBusy } from '../../lib/dom.js';
import { t } from '../../lib/i18n.js';
import { finishScreen, planFor, planNote } from './common.js';

/** The three steps. Each step's words are messages (practice.ftl):
 *  practice-sc-<key>-title, -phrase, -other-1 … -other-<others>, -why and
 *  -label. Neff's phrase and her other phrases are character for character
 *  as published in English (her punctuation kept: the three phrases have
 *  no full stop; some of the others do); practice-sc-attribution says
 *  whose they are. */
const STEPS = [
  { id: 'sc-mindfulness', key: 'mindfulness', others: 3 },
  { id: 'sc-humanity', key: 'humanity', others: 3 },
  { id: 'sc-kindness', key: 'kindness', others: 5 },
];

function stepCard(step) {
  const say = (what) => t(`practice-sc-${step.key}-${what}`);
  const others = Array.from({ length: step.others }, (_, i) => say(`other-${i + 1}`));
  return h('section', { class: 'card question sc-step', 'aria-labelledby': `${step.id}-heading` },
    h('h2', { id: `${step.id}-heading` }, say('title')),
    h('figure', { class: 'phrase' },
      h('blockquote', {}, h('p', {}, say('phrase'))),
      h('p', { class: 'hint', id: `${step.id}-others-intro` }, t('practice-sc-others-intro')),
      h('ul', { class: 'hint phrase-others', id: `${step.id}-others`, 'aria-labelledby': `${step.id}-others-intro` },
        others.map((p) => h('li', {}, h('q', {}, p)))),
      h('figcaption', { class: 'muted' }, t('practice-sc-attribution'))),
    h('p', { class: 'hint', id: `${step.id}-why` }, say('why')),
    h('label', { for: step.id }, say('label')),
    // Their own words, in their own direction (dir="auto").
    h('textarea', { id: step.id, rows: 3, 'aria-describedby': `${step.id}-why`, dir: 'auto' }));
}

export default {
  live: false,
  async render(root, route) {
    const plan = await planFor(route);
    const stage = h('div', { id: 'practice-stage' });
    const error = h('div', { class: 'error', id: 'sc-error', role: 'alert', tabindex: '-1' });
    error.hidden = true;
    const save = h('button', { type: 'submit', class: 'button primary', id: 'sc-save' }, t('practice-sc-save'));
    const form = h('form', { id: 'sc-form', novalidate: true },
      STEPS.map(stepCard),
      error,
      h('div', { class: 'actions' },
        save,
        h('p', { class: 'hint' }, t('practice-sc-empty-ok'))));
    stage.append(form);
    append(root,
      h('p', {}, h('a', { href: '#practice' }, t('practice-back'))),
      h('h1', {}, t('practice-sc-title')),
      h('p', { class: 'lede' }, t('practice-sc-lede')),
      planNote(plan),
      stage);

    form.addEventListener('input', () => showMessage(error, ''));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      if (isBusy(save)) return;
      const text = (id) => form.querySelector(`#${id}`).value;
      await withBusy(save, async () => {
        try {
          await saveCompassionBreak({
            mindfulness: text('sc-mindfulness'),
            humanity: text('sc-humanity'),
            kindness: text('sc-kindness'),
            planId: plan?.id ?? null,
          });
          finishScreen(stage, {
            plan,
            id: 'sc-done',
            heading: t('practice-sc-done-heading'),
            line: t('practice-sc-done-line'),
          });
        } catch (err) {
          showMessage(error, t('practice-sc-save-failed', { reason: err.message }));
          error.focus();
        }
      });
    });
    return t('practice-sc-title');
  },
};
