// Applies the person's theme choice. "system" removes the attribute so the
// stylesheet's prefers-color-scheme rule decides; "light"/"dark" force it.
//
// The choice is also mirrored into localStorage, for two reasons: the
// window can paint in the right colours before the backend has answered
// (no white flash at night), and the other open window hears a `storage`
// event and follows the change at once. The backend stays the truth.

const HINT_KEY = 'interlude.theme';
const THEMES = ['system', 'light', 'dark'];

export function normalizeTheme(theme) {
  return THEMES.includes(theme) ? theme : 'system';
}

export function applyTheme(theme, root = globalThis.document?.documentElement) {
  const t = normalizeTheme(theme);
  if (!root) return t;
  if (t === 'system') delete root.dataset.theme;
  else root.dataset.theme = t;
  return t;
}

function storage() {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // storage can be disabled; the hint is only a nicety
  }
}

function rememberTheme(theme) {
  try {
    storage()?.setItem(HINT_KEY, normalizeTheme(theme));
  } catch {
    /* a full or disabled storage only costs the early paint */
  }
}

/** Applies the last known theme at once, then follows changes made in
 *  the other window. */
export function applyRememberedTheme() {
  const s = storage();
  try {
    const hint = s?.getItem(HINT_KEY);
    if (hint) applyTheme(hint);
  } catch {
    /* see rememberTheme */
  }
  globalThis.addEventListener?.('storage', (event) => {
    if (event.key === HINT_KEY) applyTheme(event.newValue);
  });
}

/** Applies and remembers the theme the backend reports. */
export function useTheme(theme) {
  rememberTheme(theme);
  return applyTheme(theme);
}
