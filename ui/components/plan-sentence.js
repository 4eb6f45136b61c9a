// A plan's sentence as the app's frame ("I will … every day after …")
// around the person's own words, each in a span with dir="auto": an action
// or cue written right to left reads in its own direction, and the numbers
// and words after it stay where the frame puts them. In English the
// sentence is the backend's; in any other language the app writes it from
// the plan's fields in that language's frame (lib/plans.js composeSentence).

import { h } from '../lib/dom.js';
import { language } from '../lib/i18n.js';
import { SENTENCE_LANGUAGE, composeSentence, sentenceParts } from '../lib/plans.js';

/** The sentence's pieces, for `h` or `replace`; `sentence` is the plan's
 *  own unless given (the builder's preview). */
export function planSentence(plan, sentence = plan?.sentence) {
  const parts = language() === SENTENCE_LANGUAGE ? sentenceParts(sentence, plan ?? {}) : composeSentence(plan);
  return parts.map((p) => (p.own ? h('span', { dir: 'auto' }, p.text) : p.text));
}
