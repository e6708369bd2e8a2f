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
/** The hostile page script of the privacy tests (spy.js), run before the page's own. */
export const SPY = readFileSync(join(COMPOSER_FIXTURES, 'spy.js'), 'utf8');

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

/**
 * Page or frame side: the pause dialog state. The dialog is in the extension's frame (tests
 * evaluate this in that frame: see `inDialog`); the in-page dialog of the leaky test build is
 * found through open shadow roots.
 */
export function dialogState(): {
  open: boolean; role: string | null; modal: string | null; label: string; preview: string; postDisabled: boolean;
  /** Whether keys go to the dialog (its document has focus, on one of its fields). */
  focused: boolean;
  post: { x: number; y: number; width: number; height: number } | null;
} {
  const find = (root: Document | ShadowRoot): HTMLDialogElement | null => {
    const hit = root.querySelector<HTMLDialogElement>('dialog[data-unscored-dialog]');
    if (hit) return hit;
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) { const h = find(el.shadowRoot); if (h) return h; }
    return null;
  };
  const d = find(document);
  if (!d) return { open: false, role: null, modal: null, label: '', preview: '', postDisabled: false, focused: false, post: null };
  const id = d.getAttribute('aria-labelledby') ?? '';
  const btn = d.querySelector<HTMLButtonElement>('button[data-action="post"]');
  const r = btn?.getBoundingClientRect();
  return {
    open: d.open,
    role: d.getAttribute('role'),
    modal: d.getAttribute('aria-modal'),
    label: (d.getRootNode() as Document | ShadowRoot).getElementById(id)?.textContent ?? '',
    preview: d.querySelector('blockquote')?.textContent ?? '',
    postDisabled: !!btn?.disabled,
    focused: document.hasFocus() && !!document.activeElement && (d.contains(document.activeElement) || !!document.activeElement.shadowRoot),
    post: r ? { x: r.x, y: r.y, width: r.width, height: r.height } : null,
  };
}

/** Page or frame side: which dialog button has focus ("post", "back" or null). */
export function focusedAction(): string | null {
  let a: Element | null = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a?.getAttribute('data-action') ?? null;
}

/**
 * Page side: how many pause hosts the page holds: elements on <html> with a custom element's
 * name that nothing defined (the extension's random tag, or the leaky build's fixed one), not
 * hidden (a closed frame's host stays hidden for a moment before it goes).
 */
export function pauseHosts(): number {
  return [...document.documentElement.children].filter(
    (e) => (e.localName === 'unscored-pause' || (e.localName.includes('-') && !customElements.get(e.localName))) && getComputedStyle(e).display !== 'none',
  ).length;
}

/** What Playwright's and puppeteer's pages and frames have in common, as used here. */
interface Evaluator {
  url(): string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  evaluate(fn: any, ...args: any[]): Promise<any>;
}
interface PageLike extends Evaluator {
  frames(): Evaluator[];
}

export const FRAME_URL = /^(chrome|moz)-extension:\/\/[^/]+\/src\/prompt\/frame\.html/;

/**
 * The dialog's frame, if one is up: the frame at our page's address that holds the dialog
 * (puppeteer over BiDi still names a frame by its first address, about:blank).
 */
export async function dialogFrame<F extends Evaluator>(page: { frames(): F[] }): Promise<F | undefined> {
  for (const f of page.frames()) {
    if (!FRAME_URL.test(f.url()) && f.url() !== 'about:blank') continue;
    try {
      if (await f.evaluate(() => !!document.querySelector('dialog[data-unscored-dialog]'))) return f;
    } catch {
      /* detached, or not ours */
    }
  }
  return undefined;
}

/** Runs a harness function where the dialog is: in its frame, or in the page without one. */
export async function inDialog<R>(page: PageLike, fn: () => R): Promise<R> {
  const frame = await dialogFrame(page);
  if (frame) {
    try {
      return (await frame.evaluate(fn)) as R;
    } catch {
      /* the frame went away meanwhile */
    }
  }
  return (await page.evaluate(fn)) as R;
}

/**
 * Waits until the pause is in a settled state: no dialog, or a dialog shown and focused (the
 * frame loads asynchronously; a host without a dialog is one that is loading or closing).
 */
export async function settlePause(page: PageLike, timeoutMs = 2500): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
    if (!(await page.evaluate(pauseHosts))) return;
    const d = await inDialog(page, dialogState);
    if (d.open && d.focused) return;
    await new Promise((r) => setTimeout(r, 20));
  }
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
