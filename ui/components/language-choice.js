// The language list, in Settings → Appearance and on the first run's
// welcome: the computer's own language (named, so the person knows which
// it is), or one of LANGUAGES, each written in itself. The backend keeps
// the choice and tells every window (`language-changed`), which app.js
// draws again in the new language; a choice that doesn't save is put back,
// so the list never shows a language that isn't the one kept.

import { setLanguage } from '../ipc.js';
import { h, setStatus } from '../lib/dom.js';
import { LANGUAGES, matchLanguage, t } from '../lib/i18n.js';

/** 'system', or the translated language a choice comes to. */
const known = (choice) => (!choice || choice === 'system' ? 'system' : matchLanguage(choice));

/** The field: `answer` is get_language's `{ choice, inUse, system }`; `id`
 *  names the select (its hint and status line are `${id}-hint` and
 *  `${id}-status`, the block `${id}-field`); `hint` is the line under it;
 *  `saved` is said in the status line once a choice is kept (the page may
 *  be drawn again in the new language before it shows). */
export function languageChoice(answer, { id = 'language', hint, saved: savedWords = null } = {}) {
  const systemName = LANGUAGES.find((l) => l.tag === matchLanguage(answer?.system))?.name ?? LANGUAGES[0].name;
  let saved = known(answer?.choice);
  const status = h('p', { class: 'status', id: `${id}-status`, role: 'status' });
  const select = h('select', { id, 'aria-describedby': `${id}-hint` },
    h('option', { value: 'system', selected: saved === 'system' },
      t('language-system', { language: systemName })),
    LANGUAGES.map((l) => h('option', { value: l.tag, lang: l.tag, selected: l.tag === saved }, l.name)));
  let queue = Promise.resolve();
  select.addEventListener('change', () => {
    const choice = select.value;
    setStatus(status, '');
    queue = queue.then(async () => {
      try {
        saved = known((await setLanguage(choice))?.choice ?? choice);
        if (savedWords) setStatus(status, savedWords());
      } catch (err) {
        // Put back what is really saved, so the screen never lies.
        select.value = saved;
        setStatus(status, err.message, true);
      }
    });
  });
  return h('div', { class: 'field', id: `${id}-field` },
    h('label', { for: id }, t('language-label')),
    select,
    h('p', { class: 'hint', id: `${id}-hint` }, hint),
    status);
}
