/**
 * The element picker's entry: injected into the tab by the popup (scripting.executeScript) when
 * the user starts pick mode, so that no page pays for the picker's code until then (issue 18).
 * Runs in the content script's isolated world; a second injection while picking does nothing.
 */
import { findSiteForUrl } from '../sites';
import { startPicker } from './picker';
import { saveCustomSelector } from './save';
import { isPicking } from './state';

try {
  if (!isPicking()) {
    // The same key the content script uses: registry sites by id, sites the user added by origin.
    const siteKey = findSiteForUrl(location.href)?.id ?? location.origin;
    startPicker({ save: (sel) => saveCustomSelector(siteKey, sel) });
  }
} catch (e) {
  console.debug('[Unscored]', e);
}
