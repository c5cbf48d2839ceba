// Edits that have not reached the server live only in the open tab: leaving it loses them.

/** The event a page dispatches before leaving by its own action (sign out, another story). */
const leaving = 'factdesk:leave';

/**
 * Asks before the page is left while `unsaved()`: the browser's own prompt on reload, close or
 * navigation, and a confirmation before the page's own ways out (`mayLeave`).
 */
export function guardLeaving(unsaved: () => boolean): void {
  // Confirmed once: the reload or navigation that follows asks no second time.
  let confirmed = false;
  window.addEventListener(leaving, (e) => {
    if (!unsaved()) return;
    if (window.confirm('Some edits have not reached the server yet. Leave and lose them?')) {
      confirmed = true;
    } else e.preventDefault();
  });
  window.addEventListener('beforeunload', (e) => {
    if (confirmed || !unsaved()) return;
    e.preventDefault();
    // Chromium before 119 asks only when `returnValue` is set.
    e.returnValue = '';
  });
}

/** True when the page may be left now: no guard, or the person confirmed. */
export function mayLeave(): boolean {
  return window.dispatchEvent(new Event(leaving, { cancelable: true }));
}
