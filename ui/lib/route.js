// Where the main window is, read from the URL hash, and where the
// reflection window points, read from its query. Pure, so it is tested.

/** The places the rail shows, in order. Later places join this list when
 *  they exist; the rail is built from it, so it never shows a dead end. */
export const PLACES = [
  { id: 'home', label: 'Home', href: '#home' },
  { id: 'reflections', label: 'Reflections', href: '#reflections' },
  { id: 'settings', label: 'Settings', href: '#settings' },
];

function positiveId(text) {
  return /^[1-9]\d{0,15}$/.test(text) ? Number(text) : null;
}

/** '#reflection/12' → { view: 'reflection', place: 'reflections', id: 12 }.
 *  Anything unknown is home, so a stale link never strands the person. */
export function parseRoute(hash) {
  const path = String(hash ?? '').replace(/^#\/?/, '').split('?')[0];
  const [head, arg] = path.split('/');
  if (head === 'reflections') return { view: 'reflections', place: 'reflections' };
  if (head === 'settings') return { view: 'settings', place: 'settings' };
  if (head === 'reflection') {
    const id = positiveId(arg ?? '');
    if (id !== null) return { view: 'reflection', place: 'reflections', id };
    return { view: 'reflections', place: 'reflections' };
  }
  return { view: 'home', place: 'home' };
}

export const reflectionHref = (id) => `#reflection/${id}`;

/** The reflection id a window URL's query names (`?id=7`), or null for a
 *  new reflection. */
export function reflectionIdFromSearch(search) {
  const id = new URLSearchParams(String(search ?? '')).get('id');
  return id === null ? null : positiveId(id.trim());
}
