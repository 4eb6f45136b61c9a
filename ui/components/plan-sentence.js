// A plan's sentence as the app's frame ("I will … every day after …")
// around the person's own words, each in a span with dir="auto": an action
// or cue written right to left reads in its own direction, and the numbers
// and words after it stay where the frame puts them.

import { h } from '../lib/dom.js';
import { sentenceParts } from '../lib/plans.js';

/** The sentence's pieces, for `h` or `replace`; `sentence` is the plan's
 *  own unless given (the builder's preview). */
export function planSentence(plan, sentence = plan?.sentence) {
  return sentenceParts(sentence, plan ?? {})
    .map((p) => (p.own ? h('span', { dir: 'auto' }, p.text) : p.text));
}
