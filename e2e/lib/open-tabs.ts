/** Shared by the open-tab specs of both browsers (e2e/open-tabs.spec.ts, e2e/firefox-open-tabs.spec.ts). */
import { READABLE_METRICS_JS } from './feed';

/** A page-world watcher: every frame until stopped, the annotated metrics that can be read. */
export const WATCH_READABLE_JS = `${READABLE_METRICS_JS}
window.__seen = [];
(function tick() { for (const v of window.__readableMetrics(document)) window.__seen.push(v); requestAnimationFrame(tick); })();`;

/** Page side, after WATCH_READABLE_JS: what the watcher saw. */
export function seenReadable(): string[] {
  return (window as unknown as { __seen: string[] }).__seen;
}
/** Page side: forget what the watcher saw so far. */
export function clearSeen(): void {
  (window as unknown as { __seen: string[] }).__seen.length = 0;
}
/** Page side, after WATCH_READABLE_JS: the metrics readable now. */
export function readableNow(): string[] {
  return (window as unknown as { __readableMetrics(d: Document): string[] }).__readableMetrics(document);
}
/** Page side: one more post in X's feed (a copy of the first). */
export function appendPost(): void {
  const cell = document.querySelector('[data-testid="cellInnerDiv"]')!;
  cell.parentElement!.append(cell.cloneNode(true));
}
