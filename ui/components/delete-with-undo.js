// Deleting a record the backend keeps for a while: ask first (the page's
// one delete dialog, titled for what it is), delete, go to `to`, and offer
// Undo while the backend can still bring it back. Experiments and
// activities share it.

import { confirmDialog, showToast } from '../lib/dom.js';
import { t } from '../lib/i18n.js';

/** `title`, `deleted`, `restored`: the words; `remove`, `restore`: the
 *  backend's calls for this record. */
export async function deleteWithUndo({
  title, deleted, restored, remove, restore, ctx, to = '#practice',
}) {
  const heading = globalThis.document.getElementById('confirm-delete-title');
  if (heading) heading.textContent = title;
  if (!(await confirmDialog('confirm-delete', 'delete', 'confirm-delete-no'))) return;
  try {
    await remove();
  } catch (err) {
    showToast(err.message);
    return;
  }
  ctx.navigate(to);
  showToast(deleted, {
    actionLabel: t('practice-plan-undo'),
    actionId: 'undo',
    onAction: async () => {
      try {
        await restore();
        showToast(restored);
      } catch (err) {
        showToast(err.message);
        return;
      }
      ctx.refresh(); // the page in view (Practice, most likely) shows it again
    },
  });
}
