// "Skip to content": the first stop of Tab in the main window, so a
// keyboard user reaches the page in one key instead of seven (the rail's
// links come first in the document). The window routes by the URL hash,
// so the link must not change it: it moves focus to the page instead.

/** Makes `link` (index.html's #skip-link) move focus to `target`. */
export function wireSkipLink(link, target) {
  link?.addEventListener('click', (event) => {
    event.preventDefault();
    target.focus();
  });
}
