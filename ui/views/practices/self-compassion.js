// Kristin Neff's self-compassion break, in three steps: mindfulness, common
// humanity, self-kindness. Her phrases, and the other phrases she offers
// for each step, are quoted exactly as she publishes them
// (self-compassion.org, "Exercise 2: Self-Compassion Break") and are the
// only words shown as quotations; everything else is the app's own.
// Beside each is room to say it in your own words. Saving keeps the words
// (or, with none, just that you took the moment) under "Kind words you
// wrote".

import { saveCompassionBreak } from '../../ipc.js';
import { append, h, isBusy, showMessage, withBusy } from '../../lib/dom.js';
import { finishScreen, planFor, planNote } from './common.js';

/** Whose words the quotations are, and where she publishes them. */
const ATTRIBUTION = '— Kristin Neff, self-compassion.org';

/** Each step's phrase and her other phrases for it, character for
 *  character as published (her punctuation kept: the three phrases have
 *  no full stop; some of the others do). */
const STEPS = [
  {
    id: 'sc-mindfulness',
    title: '1 · Mindfulness',
    phrase: 'This is a moment of suffering',
    others: ['This hurts.', 'Ouch.', 'This is stress.'],
    why: 'Naming the pain plainly lets you see it, instead of being swept along by it.',
    label: 'In your own words: what is hard right now?',
  },
  {
    id: 'sc-humanity',
    title: '2 · Common humanity',
    phrase: 'Suffering is a part of life',
    others: ['Other people feel this way.', 'I’m not alone.', 'We all struggle in our lives.'],
    why: 'Remembering that other people struggle too softens the feeling that something is wrong with you alone.',
    label: 'In your own words: who else might feel this way?',
  },
  {
    id: 'sc-kindness',
    title: '3 · Self-kindness',
    phrase: 'May I be kind to myself',
    others: [
      'May I give myself the compassion that I need',
      'May I learn to accept myself as I am',
      'May I forgive myself',
      'May I be strong',
      'May I be patient',
    ],
    why: 'Speaking to yourself as you would to a good friend helps you steady yourself and try again. '
      + 'If it feels right, rest a hand on your chest while you read it.',
    label: 'In your own words: what would you say to a friend in your place?',
  },
];

function stepCard(step) {
  return h('section', { class: 'card question sc-step', 'aria-labelledby': `${step.id}-heading` },
    h('h2', { id: `${step.id}-heading` }, step.title),
    h('figure', { class: 'phrase' },
      h('blockquote', {}, h('p', {}, step.phrase)),
      h('p', { class: 'hint', id: `${step.id}-others-intro` }, 'Or, if other words fit better:'),
      h('ul', { class: 'hint phrase-others', id: `${step.id}-others`, 'aria-labelledby': `${step.id}-others-intro` },
        step.others.map((p) => h('li', {}, h('q', {}, p)))),
      h('figcaption', { class: 'muted' }, ATTRIBUTION)),
    h('p', { class: 'hint', id: `${step.id}-why` }, step.why),
    h('label', { for: step.id }, step.label),
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
    const save = h('button', { type: 'submit', class: 'button primary', id: 'sc-save' }, 'Save');
    const form = h('form', { id: 'sc-form', novalidate: true },
      STEPS.map(stepCard),
      error,
      h('div', { class: 'actions' },
        save,
        h('p', { class: 'hint' }, 'Any of these can stay empty — the moment still counts.')));
    stage.append(form);
    append(root,
      h('p', {}, h('a', { href: '#practice' }, '← Practice')),
      h('h1', {}, 'Self-compassion break'),
      h('p', { class: 'lede' }, 'For a moment that hurts. Three short steps: read each phrase slowly, '
        + 'perhaps with a hand on your chest, and write in your own words if you like.'),
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
            heading: 'Thank you for taking this moment.',
            line: 'What you wrote is kept under "Kind words you wrote" on the Practice page.',
          });
        } catch (err) {
          showMessage(error, `That didn't save — your words are still here. (${err.message})`);
          error.focus();
        }
      });
    });
    return 'Self-compassion break';
  },
};
