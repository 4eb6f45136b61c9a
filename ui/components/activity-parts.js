// Pieces every view of an activity shares: the 0–10 sliders for mood,
// sense of achievement and enjoyment; the line saying where an activity
// is ("Planned for Tue 1 Dec, 18:30", "There to log whenever you like",
// "Done Tue 1 Dec, 19:10"); and "expected 3, it was 6" for one scale.

import { h } from '../lib/dom.js';
import { t } from '../lib/i18n.js';
import { normalizeTen } from '../lib/activity-form.js';
import { formatFriendly, nowYear } from '../lib/time.js';
import { scaleSlider } from './scale-slider.js';

/** "6 of 10", or "Not rated". */
export const tenWords = (value) =>
  (value === null ? t('moments-rating-not-rated') : t('practice-activity-rating', { rating: value }));

/** The slider `#id` for one of the three 0–10 scales. */
export function tenSlider({ id, scale, when, value = null }) {
  return scaleSlider({
    id,
    label: t(`practice-activity-${scale}-${when}`),
    hint: t(`practice-activity-${scale}-hint`),
    value,
    resting: 5,
    // Named after the slider's own label, so expected and actual differ.
    clearLabel: t('practice-activity-clear', { scale: t(`practice-activity-${scale}-${when}`) }),
    max: 10,
    step: 1,
    words: tenWords,
    ends: String,
    normalize: normalizeTen,
    className: 'moment-rating activity-rating',
  });
}

/** Where an activity is, in calm words. Nothing is ever missed or late. */
export function activityStatus(activity) {
  const a = activity ?? {};
  const year = nowYear();
  if (a.status === 'done') {
    return a.doneAt ? t('practice-activity-status-done-at', { when: formatFriendly(a.doneAt, year) })
      : t('practice-activity-status-done');
  }
  if (a.status === 'ready') return t('practice-activity-status-ready');
  return a.plannedFor ? t('practice-activity-status-planned-for', { when: formatFriendly(a.plannedFor, year) })
    : t('practice-activity-status-planned');
}

/** "Enjoyment: expected 3, it was 6" for each scale rated both times,
 *  "Mood: 7 of 10" for one only logged. Returns strings. */
export function ratingLines(activity) {
  const a = activity ?? {};
  const lines = [];
  for (const scale of ['mood', 'mastery', 'pleasure']) {
    const expected = normalizeTen(a.predicted?.[scale]);
    const actual = normalizeTen(a.actual?.[scale]);
    const name = t(`practice-activity-${scale}`);
    if (expected !== null && actual !== null) {
      lines.push(t('practice-activity-expected-actual', { scale: name, expected, actual }));
    } else if (actual !== null) {
      lines.push(t('practice-activity-actual-only', { scale: name, actual }));
    } else if (expected !== null) {
      lines.push(t('practice-activity-expected-only', { scale: name, expected }));
    }
  }
  return lines;
}

/** An activity's value as a short line: "For: Be there for my sister
 *  (Relationships)", or nothing. */
export function valueLine(value) {
  if (!value?.words) return null;
  return h('p', { class: 'hint activity-value' },
    t('practice-activity-for-value', { area: t(`practice-values-area-${value.area}`) }), ' ',
    h('span', { dir: 'auto' }, value.words));
}
