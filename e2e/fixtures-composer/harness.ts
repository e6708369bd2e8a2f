/**
 * Shared by the pause specs (Chromium and Firefox): fixture composers, settings, and page-side
 * helpers that read the draft and the posts the page received. Helpers are plain functions
 * passed to page.evaluate, so they work with Playwright and puppeteer alike.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defaultSettings, type Settings } from '../../src/settings/schema';
import { getSite } from '../../src/sites';
import type { Composer } from '../../src/sites/types';

export const COMPOSER_FIXTURES = resolve(import.meta.dirname);

export interface ComposerFixture {
  site: string;
  url: string;
  html: string;
  composer: Composer;
  textSel: string;
  submitSel: string;
}

const RECORDER = readFileSync(join(COMPOSER_FIXTURES, 'recorder.js'), 'utf8');

/** Every e2e/fixtures-composer/<site>.html whose site has a composer in the registry. */
export function listComposerFixtures(): { fixtures: ComposerFixture[]; missing: string[] } {
  const fixtures: ComposerFixture[] = [];
  const missing: string[] = [];
  for (const f of readdirSync(COMPOSER_FIXTURES).sort()) {
    if (!f.endsWith('.html')) continue;
    // The shared page stand-in (recorder.js) is inlined where a fixture asks for it.
    const html = readFileSync(join(COMPOSER_FIXTURES, f), 'utf8').replace(
      /(<script data-recorder[^>]*>)(<\/script>)/,
      (_, open: string, close: string) => `${open}${RECORDER}${close}`,
    );
    const m = /^<!--\s*url:\s*(\S+)\s*-->/.exec(html);
    if (!m) throw new Error(`${f}: first line must be <!-- url: https://… -->`);
    const site = f.replace(/\.html$/, '');
    const composer = getSite(site)?.composer;
    if (!composer) {
      missing.push(site);
      continue;
    }
    fixtures.push({ site, url: m[1], html, composer, textSel: composer.textbox.join(', '), submitSel: composer.submit.join(', ') });
  }
  return { fixtures, missing };
}

export function pauseSettings(siteKey: string, on: boolean, pause: Partial<Settings['pause']> = {}): Settings {
  const s = defaultSettings();
  s.pause = { ...s.pause, sites: { [siteKey]: on }, delaySeconds: 0, ...pause };
  return s;
}

/** Page side: the draft, as the user sees it (nbsp as space, no trailing newline). */
export function readDraft(sel: string): string | null {
  const walk = (root: Document | ShadowRoot): Element | null => {
    const hit = root.querySelector(sel);
    if (hit) return hit;
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) { const h = walk(el.shadowRoot); if (h) return h; }
    return null;
  };
  const box = walk(document);
  if (!box) return null;
  const raw = box instanceof HTMLTextAreaElement || box instanceof HTMLInputElement ? box.value : (box as HTMLElement).innerText;
  return raw.replace(/\u00a0/g, ' ').replace(/\n+$/, '');
}

/** Page side: focuses the textbox and puts the caret at the end. */
export function focusEnd(sel: string): boolean {
  const walk = (root: Document | ShadowRoot): Element | null => {
    const hit = root.querySelector(sel);
    if (hit) return hit;
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) { const h = walk(el.shadowRoot); if (h) return h; }
    return null;
  };
  const box = walk(document) as HTMLElement | null;
  if (!box) return false;
  box.focus();
  if (box instanceof HTMLTextAreaElement || box instanceof HTMLInputElement) {
    box.setSelectionRange(box.value.length, box.value.length);
  } else {
    const r = document.createRange();
    // The last text node, or the last block (an empty editor holds <p><br></p>).
    const tw = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
    let last: Text | null = null;
    for (let n = tw.nextNode(); n; n = tw.nextNode()) last = n as Text;
    if (last) r.setStart(last, last.data.length);
    else {
      let el: Element = box;
      while (el.lastElementChild && el.lastElementChild.localName !== 'br') el = el.lastElementChild;
      r.setStart(el, 0);
    }
    r.collapse(true);
    const s = getSelection()!;
    s.removeAllRanges();
    s.addRange(r);
  }
  return true;
}

/** Page side: whether focus is in the textbox (looking through shadow roots). */
export function focusInDraft(sel: string): boolean {
  let a: Element | null = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  if (!a) return false;
  return !!(a.matches(sel) || a.closest(sel) || a.querySelector(sel));
}

/** Page side: the pause dialog state. */
export function dialogState(): { open: boolean; role: string | null; modal: string | null; label: string; preview: string; postDisabled: boolean } {
  const host = document.querySelector('unscored-pause');
  const d = host?.shadowRoot?.querySelector('dialog');
  if (!d) return { open: false, role: null, modal: null, label: '', preview: '', postDisabled: false };
  const id = d.getAttribute('aria-labelledby') ?? '';
  return {
    open: d.open,
    role: d.getAttribute('role'),
    modal: d.getAttribute('aria-modal'),
    label: host!.shadowRoot!.getElementById(id)?.textContent ?? '',
    preview: d.querySelector('blockquote')?.textContent ?? '',
    postDisabled: !!(d.querySelector('button[data-action="post"]') as HTMLButtonElement | null)?.disabled,
  };
}

/** Page side: which dialog button has focus ("post", "back" or null). */
export function focusedAction(): string | null {
  return document.querySelector('unscored-pause')?.shadowRoot?.activeElement?.getAttribute('data-action') ?? null;
}

export function posts(): string[] {
  return ((window as unknown as { __posts?: string[] }).__posts ?? []).map((t) => t.replace(/\u00a0/g, ' ').replace(/\n+$/, ''));
}

/** Deterministic PRNG (mulberry32). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
