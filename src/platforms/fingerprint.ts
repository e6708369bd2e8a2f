/**
 * Platform fingerprints (issue 20): is this page a Mastodon server, a Medium publication on its
 * own domain, a Discourse forum…? Two halves:
 * - `readPageSignals` runs in the page (the popup's `scripting.executeScript`, with the activeTab
 *   grant the popup already has) and reads only what the page itself says about its software:
 *   generator and application-name meta tags, app links (`al:*`), the manifest link, the hosts
 *   and paths of its own scripts, styles and preconnects, a few well-known element ids and
 *   custom elements, and the start of inline scripts. Nothing is fetched: no request leaves the
 *   page. It must be self-contained (the function's source is what is sent to the tab).
 * - `classifyPlatform` is pure: signals in, a platform (or null) out. Unit-tested on saved page
 *   heads, including pages that must not be recognised.
 */
import type { PlatformSite } from './platforms';

export interface PageSignals {
  /** Every `<meta name="generator">`, lower case. */
  generators: string[];
  /** `<meta name="application-name">` and `apple-mobile-web-app-title`, lower case. */
  appNames: string[];
  /** Other meta tags that name the software: `al:*`, `og:platform`, `twitter:app:name:*`, lower case "key=value". */
  metas: string[];
  /** The `<link rel="manifest">` address (path only), lower case. */
  manifest: string;
  /** Addresses of scripts, stylesheets, preloads and preconnects (lower case). */
  assets: string[];
  /** Ids present among the well-known ones below. */
  ids: string[];
  /** Custom element names present among the well-known ones below. */
  tags: string[];
  /** The first 120 characters of each inline script (at most 20), and of each `<noscript>`. */
  inline: string[];
}

/** The ids and custom elements `readPageSignals` looks for (kept in its body too: it is sent alone). */
export const KNOWN_IDS = ['mastodon', 'initial-state', 'misskey_app', 'misskey_meta', 'splash', 'app', 'root', 'data-discourse-setup', 'main-outlet', 'ghost-portal-root'];

/** Runs in the page. Self-contained: no imports, no helpers outside its body. */
export function readPageSignals(doc: Document = document): PageSignals {
  const ids = ['mastodon', 'initial-state', 'misskey_app', 'misskey_meta', 'splash', 'app', 'root', 'data-discourse-setup', 'main-outlet', 'ghost-portal-root'];
  const tags = ['my-app', 'discourse-assets'];
  const low = (v: string | null | undefined) => (v ?? '').trim().toLowerCase();
  const metaContent = (sel: string) => [...doc.querySelectorAll(sel)].map((m) => low(m.getAttribute('content'))).filter(Boolean);
  const metas: string[] = [];
  for (const m of doc.querySelectorAll('meta[property], meta[name]')) {
    const key = low(m.getAttribute('property') || m.getAttribute('name'));
    if (/^(al:|og:platform|twitter:app:name|discourse_|medium|ghost)/.test(key)) metas.push(`${key}=${low(m.getAttribute('content'))}`);
    if (metas.length >= 40) break;
  }
  const assets: string[] = [];
  for (const el of doc.querySelectorAll('script[src], link[href][rel~="stylesheet"], link[href][rel~="preload"], link[href][rel~="modulepreload"], link[href][rel~="preconnect"], link[href][rel~="dns-prefetch"]')) {
    assets.push(low(el.getAttribute('src') ?? el.getAttribute('href')));
    if (assets.length >= 80) break;
  }
  const inline: string[] = [];
  for (const s of doc.querySelectorAll('script:not([src]), noscript')) {
    const text = (s.textContent ?? '').trim();
    if (text) inline.push(text.slice(0, 120).toLowerCase());
    if (inline.length >= 20) break;
  }
  return {
    generators: metaContent('meta[name="generator" i]'),
    appNames: metaContent('meta[name="application-name" i], meta[name="apple-mobile-web-app-title" i]'),
    metas,
    manifest: low(doc.querySelector('link[rel~="manifest"]')?.getAttribute('href')),
    assets,
    ids: ids.filter((id) => doc.getElementById(id)),
    tags: tags.filter((t) => doc.querySelector(t)),
    inline,
  };
}

export interface Detection {
  /** The platform's site file (registry id) whose rules the site gets. */
  site: PlatformSite;
  /** The software, as its users know it ("Mastodon", "Sharkey", "Akkoma"), for "(a … server)". */
  software: string;
}

/** What the page's signals say it runs, or null. Pure. */
export function classifyPlatform(s: PageSignals): Detection | null {
  const gen = s.generators.join(' ');
  const app = s.appNames.join(' ');
  const assets = s.assets;
  const has = (re: RegExp) => assets.some((a) => re.test(a));
  const inline = (re: RegExp) => s.inline.some((t) => re.test(t));
  const id = (x: string) => s.ids.includes(x);
  const meta = (re: RegExp) => s.metas.some((m) => re.test(m));

  // Generators first: the page says what it is.
  if (/^discourse\b/.test(gen) || id('data-discourse-setup') || s.tags.includes('discourse-assets') || meta(/^discourse_/)) return { site: 'discourse', software: 'Discourse' };
  if (/^ghost\b/.test(gen)) return { site: 'ghost', software: 'Ghost' };
  if (/\b(sharkey)\b/.test(gen) || /\bsharkey\b/.test(app)) return { site: 'misskey', software: 'Sharkey' };
  if (/\b(misskey|firefish|iceshrimp|cherrypick)\b/.test(gen) || /\b(misskey|firefish|iceshrimp|cherrypick)\b/.test(app) || id('misskey_app') || id('misskey_meta'))
    return { site: 'misskey', software: /firefish/.test(gen + app) ? 'Firefish' : /iceshrimp/.test(gen + app) ? 'Iceshrimp' : 'Misskey' };
  if (/\bpeertube\b/.test(gen) || meta(/^og:platform=peertube/) || (s.tags.includes('my-app') && has(/^\/client\//))) return { site: 'peertube', software: 'PeerTube' };
  // Mastodon: its web app's mount point and initial state, and its webpack packs; forks keep them.
  const mastodonPacks = has(/^(https?:\/\/[^/]+)?\/packs\//);
  if (id('mastodon') || (id('initial-state') && mastodonPacks) || /\bmastodon\b/.test(gen)) {
    const software = has(/\/packs\/[^?]*flavours\/glitch/) || /glitch/.test(gen) ? 'Glitch' : /hometown/.test(gen + app) ? 'Hometown' : 'Mastodon';
    return { site: 'mastodon', software };
  }
  // Pleroma and Akkoma: their front end's mount point and its noscript line; Mastodon's API, and
  // the Mastodon site file is the nearest set of rules.
  const pleromaNoscript = s.inline.find((t) => /to use (pleroma|akkoma)/.test(t));
  if (pleromaNoscript || /\b(pleroma|akkoma)\b/.test(gen)) return { site: 'mastodon', software: /akkoma/.test(pleromaNoscript ?? gen) ? 'Akkoma' : 'Pleroma' };
  if (/\bpixelfed\b/.test(gen) || (has(/^(https?:\/\/[^/]+)?\/js\/manifest\.js/) && has(/\/js\/vendor\.js/) && meta(/^medium=image/))) return { site: 'pixelfed', software: 'Pixelfed' };
  if (/\blemmy\b/.test(gen) || inline(/window\.isodata\s*=/)) return { site: 'lemmy', software: 'Lemmy' };
  // Medium on a custom domain: its app links and its own CDNs.
  if (meta(/^al:android:package=com\.medium\.reader/) || meta(/^al:ios:app_name=medium$/) || has(/^https:\/\/(cdn-client|cdn-static-1|glyph)\.medium\.com\//))
    return { site: 'medium', software: 'Medium' };
  // Substack on a custom domain: its CDN for the app's own scripts and styles.
  if (has(/^https:\/\/substackcdn\.com\/bundle\//) || /\bsubstack\b/.test(gen)) return { site: 'substack', software: 'Substack' };
  // Ghost without a generator tag: its members portal script and its own asset path.
  if (has(/\/ghost\/portal@|\/ghost\/sodo-search@/) || (id('ghost-portal-root') && has(/\/assets\/built\//))) return { site: 'ghost', software: 'Ghost' };
  return null;
}
