/**
 * The extension API for the code that runs in the sites' pages (the content script and what it
 * imports: settings, the pause's journal and frame): the browser's own namespace, `browser` in
 * Firefox and `chrome` in Chrome, without webextension-polyfill.
 *
 * Why: the content script starts on every page load of every supported site, and the polyfill's
 * start (its API table and wrapping proxies, built as its module loads, then copied by the
 * bundler's CommonJS interop) was the largest single item of that start: ~10 of ~80 ms of the
 * content script's self time in a profiled load (`npm run bench -- --profile-load`, on a busy
 * host). Everything called here returns promises natively in both browsers under Manifest V3
 * (storage, runtime.sendMessage, runtime.getURL is synchronous); a message listener answers
 * with `sendResponse` (a listener returning a promise is the polyfill's convention, not
 * Chrome's). Extension pages and the background keep the polyfill: they load once, not per page.
 *
 * Imported as `#browser` (package.json "imports"), so that unit tests map it to the same
 * in-memory fake as the polyfill (vitest.config.ts).
 */
import type Browser from 'webextension-polyfill';

const g = globalThis as { browser?: { runtime?: unknown }; chrome?: unknown };

// Firefox has both; its `browser` is the promise-based one. Chrome has `chrome` only.
const api = (g.browser?.runtime ? g.browser : g.chrome) as typeof Browser;

export default api;
