/**
 * Single-page apps change address without a load (issue 19: "counts on the post's own page
 * only"). Followed without new permissions (no webNavigation) and without patching the page's
 * history functions (they belong to the page's world): popstate for back and forward, the
 * Navigation API's currententrychange where the browser has it (Chromium: it fires as
 * history.pushState returns, before the app renders the new page), and elsewhere (Firefox ESR)
 * a string comparison of the address each time the page changes, in a batch of mutations, which
 * is before the next frame.
 */
import type { Site } from '../sites/types';

/** Whether this address is one of the site's single-post pages. */
export function isPostPage(site: Pick<Site, 'postPages'> | undefined, loc: { pathname: string; search: string }): boolean {
  const path = loc.pathname + loc.search;
  return !!site?.postPages?.some((re) => re.test(path));
}

/** Calls back once per change of address. Returns a function that stops watching. */
export function watchRoute(onChange: () => void, win: Window = window): () => void {
  let last = win.location.href;
  const check = () => {
    try {
      if (win.location.href === last) return;
      last = win.location.href;
      onChange();
    } catch (e) {
      console.debug('[Unscored]', e);
    }
  };
  win.addEventListener('popstate', check);
  win.addEventListener('hashchange', check);
  const nav = (win as unknown as { navigation?: EventTarget }).navigation;
  nav?.addEventListener?.('currententrychange', check);
  const observer = new MutationObserver(check);
  observer.observe(win.document, { childList: true, subtree: true });
  return () => {
    win.removeEventListener('popstate', check);
    win.removeEventListener('hashchange', check);
    nav?.removeEventListener?.('currententrychange', check);
    observer.disconnect();
  };
}
