/**
 * The content script. Built as a classic script (the `.iife.ts` name tells crxjs) so that it runs
 * synchronously at document_start instead of behind crxjs's async module loader: the observer
 * is watching before the parser adds the first post.
 */
import browser from '#browser';
import type { Runtime } from 'webextension-polyfill';
import { siteCovers } from '../sites/match';
import { takeGivenSite } from '../sites/site-script';
import { loadSettings, watchSettings } from '../settings/storage';
import { Engine } from './engine';
import { startPause, type PauseController } from '../prompt/pause';
import { engineState, PEEK_KEY } from './state';
import { siteSettings, type Settings } from '../settings/schema';
import { Owners } from './owners';
import { Hints } from './hints';
import { isPostPage, watchRoute } from './route';
import { claimPage, extensionAlive } from './takeover';
import { bridgeWhenIdle, needsBridge } from './bridge';

function main(): void {
  // One live copy per page: an update leaves an orphaned one in open tabs (see ./takeover).
  const stops: (() => void)[] = [];
  if (!claimPage(document, () => extensionAlive(browser.runtime), () => stops.forEach((f) => f()))) return;
  // This page's site file, run just before this script (../sites/site-script.ts): a registry
  // site's own, or for a site the user added that runs a known platform, that platform's; none
  // for other sites the user added (the generic patterns).
  const site = takeGivenSite();
  // Registry sites are keyed by id; sites the user added by their origin (also those that run a
  // known platform and so get its site file's rules: settings stay per origin).
  const siteKey = site && siteCovers(site, location.href) ? site.id : location.origin;
  // The pause before posting: capture listeners on window, before any page script. It gets
  // its settings from this script's one read and one watcher (below).
  let pause: PauseController | undefined;
  let engine: Engine;
  let owners: Owners;
  let hints: Hints;
  const startParts = () => {
    try {
      pause = startPause(site, siteKey, { watch: false });
    } catch (e) {
      console.debug('[Unscored]', e);
    }
    engine = new Engine(site);
    engine.start();
    // Whose numbers and the hint style (issue 19): their own observers, after the engine's.
    owners = new Owners(site, document, (el) => engine.recheckOwned(el));
    hints = new Hints(site);
  };
  const stopParts = () => {
    pause?.stop();
    engine.stop();
    owners.stop();
    hints.stop();
  };
  startParts();
  // Firefox: the site's rules as a page stylesheet too, for the moment an update takes the
  // declared one away (see ./bridge).
  if (needsBridge(browser.runtime.getURL(''))) bridgeWhenIdle(document, () => site);
  let route: (() => void) | undefined;
  let settings: Settings | undefined;
  let peekUntil = 0;
  let peekTimer: ReturnType<typeof setTimeout> | undefined;
  stops.push(stopParts, () => route?.(), () => clearTimeout(peekTimer));
  const apply = () => {
    if (!settings) return;
    pause?.setSettings(settings);
    const state = engineState(settings, siteKey, peekUntil, Date.now(), { postPage: isPostPage(site, location), owners: !!site?.owners });
    owners.apply(state);
    hints.apply(state);
    engine.apply(state);
    // Followed only once some kind waits for a post's own page on this site.
    if (!route && site?.postPages && Object.values(siteSettings(settings, siteKey).postPageOnly ?? {}).some(Boolean)) route = watchRoute(apply);
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
  // Answered with sendResponse: the native API (src/ext/browser.ts) takes no promise back in Chrome.
  // A message that is not ours gets no answer (undefined: the channel closes, the sender is told).
  browser.runtime.onMessage.addListener(((msg: unknown, _sender: unknown, sendResponse: (reply: unknown) => void) => {
    const reply = answer(msg);
    if (reply === undefined) return undefined;
    sendResponse(reply);
    return true;
  }) as Runtime.OnMessageListenerCallback);
  const answer = (msg: unknown): unknown => {
    if ((msg as { type?: string })?.type === 'unscored:status') {
      return { siteId: site?.id ?? null, siteKey, found: engine.countFound() };
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
      return { count };
    }
    return undefined;
  };
}

try {
  main();
} catch (e) {
  console.debug('[Unscored]', e);
}
