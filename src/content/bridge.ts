/**
 * Firefox takes an extension's declared stylesheets out of every open tab when the extension is
 * updated or reloaded, and puts the new version's in only once that version has started: in
 * between, every count the site stylesheet hid would be painted, and the old content script is
 * gone by then (Firefox unloads it) so it cannot help. A copy of the same rules as a page
 * stylesheet bridges that gap. It is the declared sheet's own text (the same <html> attributes
 * guard it, so it follows the settings as the declared one does), added when the page is idle:
 * nothing is paid at load, and no update can come before the page has been idle once.
 * The next copy replaces its text with its own version's rules.
 *
 * Chrome keeps an old version's stylesheets in open tabs until they are reloaded, so it needs no
 * bridge; left behind by an uninstall in Firefox, the bridge keeps the tab as it was until it is
 * reloaded, as Chrome does.
 */
import { compileSiteCss } from '../hiding/compile-css';
import type { Site } from '../sites/types';

export const BRIDGE_ATTR = 'data-unscored-bridge';

/** True where the declared stylesheets leave open tabs on update: Firefox (moz-extension: pages). */
export function needsBridge(extensionUrl: string): boolean {
  return extensionUrl.startsWith('moz-extension:');
}

/** The page's one bridge stylesheet, written with `site`'s rules (the generic ones for none). */
export function writeBridge(doc: Document, site: Pick<Site, 'id' | 'metrics'> | undefined): HTMLStyleElement {
  let style = doc.querySelector<HTMLStyleElement>(`style[${BRIDGE_ATTR}]`);
  if (!style) {
    style = doc.createElement('style');
    style.setAttribute(BRIDGE_ATTR, '');
  }
  const css = compileSiteCss(site);
  if (style.textContent !== css) style.textContent = css;
  if (!style.isConnected) (doc.head ?? doc.documentElement).append(style);
  return style;
}

/** Writes the bridge once the page is idle (or after `maxWait` ms at the latest). */
export function bridgeWhenIdle(doc: Document, site: () => Pick<Site, 'id' | 'metrics'> | undefined, maxWait = 5000): void {
  const write = () => {
    try {
      writeBridge(doc, site());
    } catch (e) {
      console.debug('[Unscored]', e);
    }
  };
  const w = doc.defaultView as (Window & typeof globalThis) | null;
  if (w?.requestIdleCallback) w.requestIdleCallback(write, { timeout: maxWait });
  else setTimeout(write, 0);
}
