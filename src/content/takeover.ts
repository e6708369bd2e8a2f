/**
 * One live content script per page. When Unscored is updated or reloaded, Chrome leaves the old
 * content script running in open tabs, cut off from the extension: every extension call it makes
 * then throws "Extension context invalidated" into the page's console, and its pause listeners
 * would still catch the user's posts. The new copy (injected by src/background/open-tabs.ts)
 * announces itself with a DOM event, which both worlds' copies see: an orphaned copy stops
 * (leaving the page as it hid it, so nothing flashes before the new copy has applied), and a
 * live copy cancels the event so that a second injection into the same page does not start.
 * A page could cancel the event too, but only before an injection into an already open tab:
 * declared content scripts start before any page script.
 */
const EVENT = 'unscored:instance';

/**
 * Returns false when a live copy already runs in this document (then do not start). Otherwise
 * `stop` is called once, when a newer copy arrives and this one's extension context is gone.
 */
export function claimPage(doc: Document, alive: () => boolean, stop: () => void): boolean {
  const free = doc.dispatchEvent(new CustomEvent(EVENT, { cancelable: true }));
  if (!free) return false;
  const onArrival = (e: Event) => {
    if (alive()) {
      e.preventDefault();
      return;
    }
    doc.removeEventListener(EVENT, onArrival);
    try {
      stop();
    } catch {
      // An orphan has nobody to report to; never throw into the page.
    }
  };
  doc.addEventListener(EVENT, onArrival);
  return true;
}

/** False in an orphaned content script: Chrome clears runtime.id when the context is invalidated. */
export function extensionAlive(runtime: { id?: string } | undefined): boolean {
  try {
    return Boolean(runtime?.id);
  } catch {
    return false;
  }
}
