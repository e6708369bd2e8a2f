/**
 * Shared by the pause specs (Chromium and Firefox): fixture composers, settings, and page-side
 * helpers that read the draft and the posts the page received. Helpers are plain functions
 * passed to page.evaluate, so they work with Playwright and puppeteer alike.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defaultSettings, type Settings } from '../../src/settings/schema';
import { getSite, sites } from '../../src/sites';
import type { Composer } from '../../src/sites/types';

export const COMPOSER_FIXTURES = resolve(import.meta.dirname);

const RECORDER = readFileSync(join(COMPOSER_FIXTURES, 'recorder.js'), 'utf8').replace(/^\/\/.*\n/gm, '');
/** The hostile page script of the privacy tests (spy.js), run before the page's own. */
export const SPY = readFileSync(join(COMPOSER_FIXTURES, 'spy.js'), 'utf8');

export interface ComposerFixture {
  site: string;
  /** The file's name without .html ("x", "linkedin--comment-2026"). */
  name: string;
  /** The site's main fixture (<site>.html): the randomized sequences run on it. */
  primary: boolean;
  url: string;
  html: string;
  /** How the test reaches the composer: `textbox` / `submit` as the fixture's `pause` line says. */
  composer: Composer;
  textSel: string;
  /** The submit control for Playwright (`:has-text()` where the line gives the control's text). */
  submitSel: string;
  /** The same for puppeteer (Firefox): `::-p-text()`. */
  submitPptr: string;
}

/**
 * The second line of every composer fixture: how a test (and the page stand-in) finds the box and
 * the button, and which keys send. Its selectors use only what the redesign mode keeps (ids,
 * names, types, roles, aria-*, structure), never a class, test id or custom element name, so the
 * same line serves the redesigned page. The extension never sees it (an HTML comment).
 */
interface PauseLine {
  box: string;
  submit: string;
  /** The control's exact text, where no attribute that survives a redesign tells it apart. */
  submitText?: string;
  keys?: 'mod' | 'enter' | 'none';
  /** Chat: the pause needs the chat switch on. */
  chat?: boolean;
  /** The composer is inside open shadow roots: puppeteer's selectors must pierce them. */
  shadow?: boolean;
}

function readPauseLine(file: string, html: string): PauseLine {
  const m = /^<!--\s*url:[^\n]*\n<!--\s*pause:\s*(\{.*\})\s*-->/.exec(html);
  if (!m) throw new Error(`${file}: second line must be <!-- pause: {"box": "…", "submit": "…", "keys": "mod|enter|none"} -->`);
  return JSON.parse(m[1]) as PauseLine;
}

/** The page stand-in, configured: what replaces a fixture's <script data-recorder …> tag. */
function inlineRecorder(html: string, line: PauseLine): string {
  return html.replace(/<script data-recorder([^>]*)><\/script>/, (_, attrs: string) => {
    const attr = (n: string) => new RegExp(`data-${n}="([^"]*)"`).exec(attrs)?.[1]?.replace(/&quot;/g, '"');
    const cfg = { box: attr('box') ?? line.box, button: attr('button') ?? line.submit, buttonText: line.submitText, disable: attr('disable') ?? 'none', send: attr('send') ?? 'none' };
    // `<` escaped so that a selector can never close the script.
    return `<script>${RECORDER.trim()}(${JSON.stringify(cfg).replace(/</g, '\\u003c')});</script>`;
  });
}

/**
 * Every e2e/fixtures-composer/<site>.html and <site>--<variant>.html, with the pause line read.
 * `missing`: registry sites with no composer fixture.
 */
export function listComposerFixtures(): { fixtures: ComposerFixture[]; missing: string[] } {
  const fixtures: ComposerFixture[] = [];
  for (const f of readdirSync(COMPOSER_FIXTURES).sort()) {
    if (!f.endsWith('.html')) continue;
    const raw = readFileSync(join(COMPOSER_FIXTURES, f), 'utf8');
    const m = /^<!--\s*url:\s*(\S+)\s*-->/.exec(raw);
    if (!m) throw new Error(`${f}: first line must be <!-- url: https://… -->`);
    const line = readPauseLine(f, raw);
    const name = f.replace(/\.html$/, '');
    const site = name.split('--')[0];
    if (!getSite(site)) throw new Error(`${f}: no registry site "${site}"`);
    const shortcut = line.keys === 'mod' ? 'mod+enter' : line.keys === 'enter' ? 'enter' : undefined;
    const composer: Composer = { textbox: [line.box], submit: [line.submit], shortcut, chat: line.chat };
    fixtures.push({ site, name, primary: !name.includes('--'), url: m[1], html: inlineRecorder(raw, line), composer, textSel: line.box,
      submitSel: line.submitText ? `${line.submit}:has-text(${JSON.stringify(line.submitText)})` : line.submit,
      submitPptr: line.submitText ? `${line.submit}::-p-text(${line.submitText})` : line.shadow ? `pierce/${line.submit}` : line.submit,
    });
  }
  const have = new Set(fixtures.map((f) => f.site));
  const missing = sites.filter((s) => s.composer && !have.has(s.id)).map((s) => s.id);
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
  const start = Date.now();
  // A frame still loading (a host and no dialog yet) is waited for longer: on a loaded machine
  // (two workers and other runs on two cores) the extension's page can take seconds to come.
  const loadingMs = Math.max(timeoutMs, 4000);
  for (;;) {
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
    if (!(await page.evaluate(pauseHosts))) return;
    const d = await inDialog(page, dialogState);
    if (d.open && d.focused) return;
    const waited = Date.now() - start;
    if (waited > (d.open ? timeoutMs : loadingMs)) return;
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** What a randomized step reads once the pause has settled: the dialog, the posts, the draft. */
export interface SettledView {
  dialog: ReturnType<typeof dialogState>;
  posts: string[];
  draft: string | null;
}

const CLOSED: ReturnType<typeof dialogState> = { open: false, role: null, modal: null, label: '', preview: '', postDisabled: false, focused: false, post: null };
const lastFrame = new WeakMap<object, Evaluator>();

/**
 * settlePause, and the page's posts and draft read in the same round trip: the randomized
 * sequences read these after every step, and one step's separate reads (a frame search, the
 * dialog twice, the posts, the draft) were most of their time. The dialog's frame is
 * remembered while it holds the dialog.
 */
export async function settledView(page: PageLike, textSel: string, timeoutMs = 2500): Promise<SettledView> {
  const start = Date.now();
  const loadingMs = Math.max(timeoutMs, 4000);
  const read = `(async () => {
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    return { hosts: (${pauseHosts.toString()})(), posts: (${posts.toString()})(), draft: (${readDraft.toString()})(${JSON.stringify(textSel)}) };
  })()`;
  const inFrame = async (): Promise<ReturnType<typeof dialogState> | null> => {
    const known = lastFrame.get(page);
    if (known) {
      try {
        const d = (await known.evaluate(dialogState)) as ReturnType<typeof dialogState>;
        if (d.open || d.role) return d;
      } catch {
        /* detached: look again */
      }
      lastFrame.delete(page);
    }
    const frame = await dialogFrame(page);
    if (!frame) return null;
    lastFrame.set(page, frame);
    try {
      return (await frame.evaluate(dialogState)) as ReturnType<typeof dialogState>;
    } catch {
      return null;
    }
  };
  for (;;) {
    const got = (await page.evaluate(read)) as { hosts: number; posts: string[]; draft: string | null };
    if (!got.hosts) return { dialog: CLOSED, posts: got.posts, draft: got.draft };
    const d = (await inFrame()) ?? ((await page.evaluate(dialogState)) as ReturnType<typeof dialogState>);
    const waited = Date.now() - start;
    if ((d.open && d.focused) || waited > (d.open ? timeoutMs : loadingMs)) return { dialog: d, posts: got.posts, draft: got.draft };
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

export interface NegativeFixture {
  name: string;
  site: string;
  url: string;
  html: string;
  /** The field and the button, as a user finds them. */
  box: string;
  submit: string;
  what: 'search' | 'login' | 'settings';
}

const NEGATIVE = join(COMPOSER_FIXTURES, 'negative');
const NEGATIVE_PAGE = readFileSync(join(NEGATIVE, 'page.js'), 'utf8').replace(/^\/\/.*\n/gm, '');

/**
 * e2e/fixtures-composer/negative/<site>--<what>.html: a search field, a login form, a settings
 * form on registry hosts, never to be paused. Second line: <!-- negative: {"box", "submit", "what"} -->.
 */
export function listNegativeFixtures(): NegativeFixture[] {
  const out: NegativeFixture[] = [];
  for (const f of readdirSync(NEGATIVE).sort()) {
    if (!f.endsWith('.html')) continue;
    const raw = readFileSync(join(NEGATIVE, f), 'utf8');
    const m = /^<!--\s*url:\s*(\S+)\s*-->\n<!--\s*negative:\s*(\{.*\})\s*-->/.exec(raw);
    if (!m) throw new Error(`${f}: first lines must be <!-- url: … --> and <!-- negative: {…} -->`);
    const line = JSON.parse(m[2]) as Pick<NegativeFixture, 'box' | 'submit' | 'what'>;
    const name = f.replace(/\.html$/, '');
    const html = raw.replace('<script data-negative></script>', () => `<script>${NEGATIVE_PAGE.trim()}(${JSON.stringify({ box: line.box, button: line.submit }).replace(/</g, '\\u003c')});</script>`);
    out.push({ name, site: name.split('--')[0], url: m[1], html, ...line });
  }
  return out;
}

/** Page side: what the page's own handlers did (negative fixtures). */
export function handled(): string[] {
  return (window as unknown as { __handled?: string[] }).__handled ?? [];
}
