/**
 * The content script. Built as a classic script (the `.iife.ts` name tells crxjs) so that it runs
 * synchronously at document_start instead of behind crxjs's async module loader: the observer
 * is watching before the parser adds the first post.
 */
import browser from 'webextension-polyfill';
import { findSiteForUrl } from '../sites';
import { loadSettings, watchSettings } from '../settings/storage';
import { Engine } from './engine';
import { startPause, type PauseController } from '../prompt/pause';
import { startPicker } from '../picker/picker';
import { saveCustomSelector } from '../picker/save';
import { engineState, PEEK_KEY } from './state';
import { claimPage, extensionAlive } from './takeover';
import type { Settings } from '../settings/schema';

/** Build-time constant, false in every real build (see vite.config.ts). */
declare const __UNSCORED_TEST_DROP_SITE_METRICS__: boolean;

function main(): void {
  // One live copy per page: an update leaves an orphaned one in open tabs (see ./takeover).
  const stops: (() => void)[] = [];
  if (!claimPage(document, () => extensionAlive(browser.runtime), () => stops.forEach((f) => f()))) return;
  const found = findSiteForUrl(location.href);
  // The test build that simulates changed markup: the site's selectors match nothing here either.
  const site = found && __UNSCORED_TEST_DROP_SITE_METRICS__ ? { ...found, metrics: {} } : found;
  // Registry sites are keyed by id; sites the user added by their origin.
  const siteKey = site?.id ?? location.origin;
  // The pause before posting: capture listeners on window, before any page script. It gets
  // its settings from this script's one read and one watcher (below).
  let pause: PauseController | undefined;
  try {
    pause = startPause(site, siteKey, { watch: false });
  } catch (e) {
    console.debug('[Unscored]', e);
  }
  const engine = new Engine(site);
  engine.start();

  let settings: Settings | undefined;
  let peekUntil = 0;
  let peekTimer: ReturnType<typeof setTimeout> | undefined;
  stops.push(() => pause?.stop(), () => engine.stop(), () => clearTimeout(peekTimer));
  const apply = () => {
    if (!settings) return;
    pause?.setSettings(settings);
    engine.apply(engineState(settings, siteKey, peekUntil));
    clearTimeout(peekTimer);
    // A peek ends by itself, even with the popup closed.
    if (peekUntil > Date.now()) peekTimer = setTimeout(apply, peekUntil - Date.now() + 10);
  };
  const readPeek = (v: unknown) => {
    const p = (v as Record<string, unknown> | undefined)?.[siteKey];
    peekUntil = typeof p === 'number' ? p : 0;
  };

  void loadSettings().then((r) => {
    settings = r.settings;
    return browser.storage.local.get(PEEK_KEY).then((got) => readPeek(got[PEEK_KEY]), () => undefined);
  }).then(apply, () => undefined);
  watchSettings((r) => {
    settings = r.settings;
    apply();
  });
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && PEEK_KEY in changes) {
      readPeek(changes[PEEK_KEY].newValue);
      apply();
    }
  });
  browser.runtime.onMessage.addListener((msg: unknown) => {
    if ((msg as { type?: string })?.type === 'unscored:status') {
      return Promise.resolve({ siteId: site?.id ?? null, siteKey, found: engine.countFound() });
    }
    if ((msg as { type?: string })?.type === 'unscored:count') {
      // The options page asks how many elements a user's selector matches here, to flag one
      // that matches nothing. Counting only: nothing about the page leaves this tab.
      const sel = (msg as { selector?: unknown }).selector;
      let count: number | null = null;
      try {
        if (typeof sel === 'string') count = document.querySelectorAll(sel).length;
      } catch {
        count = null;
      }
      return Promise.resolve({ count });
    }
    if ((msg as { type?: string })?.type === 'unscored:pick') {
      // The element picker (src/picker): bundled here, nothing is loaded at run time.
      startPicker({ save: (sel) => saveCustomSelector(siteKey, sel) });
      return Promise.resolve({ ok: true });
    }
    return undefined;
  });
}

try {
  main();
} catch (e) {
  console.debug('[Unscored]', e);
}
