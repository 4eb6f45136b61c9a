// Telling the backend the person is still here, so auto-lock counts real
// idleness rather than time since the last save. Every key press would be
// far too many calls; one every 30 seconds is plenty for a lock that waits
// at least five minutes.

/** The events that mean someone is at the computer. */
export const ACTIVITY_EVENTS = ['keydown', 'pointerdown', 'wheel', 'focus'];

export const PING_INTERVAL_MS = 30_000;

/** A function that calls `ping()` at once, then at most once per
 *  `interval` however often it is called (the first of a burst counts, the
 *  rest fall away). While `enabled()` is false calls do nothing and use up
 *  no turn, so the first sign of life afterwards is passed on. A ping that
 *  fails is simply let go: it only ever postpones a lock. */
export function throttlePings(ping, { interval = PING_INTERVAL_MS, now = Date.now, enabled = () => true } = {}) {
  let last = -Infinity;
  return () => {
    if (!enabled()) return false;
    const t = now();
    if (t - last < interval) return false;
    last = t;
    try {
      Promise.resolve(ping()).catch(() => {
        /* the next sign of life tries again */
      });
    } catch {
      /* as above */
    }
    return true;
  };
}

/** Listens on `target` (the window) for signs of life and pings through
 *  `throttlePings`. Capture and passive: it only watches, never changes
 *  what a key or a click does. Returns a function that stops listening. */
export function watchActivity(target, ping, options) {
  const onActivity = throttlePings(ping, options);
  const opts = { capture: true, passive: true };
  for (const type of ACTIVITY_EVENTS) target.addEventListener(type, onActivity, opts);
  return () => {
    for (const type of ACTIVITY_EVENTS) target.removeEventListener(type, onActivity, opts);
  };
}
