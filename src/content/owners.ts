/**
 * Whose numbers (issue 19): marks posts, profiles and notifications as the signed-in user's own
 * ("mine") or other people's, and keeps the rules of src/hiding/compile-owners.ts in the page.
 *
 * Kept out of the engine's hot path: it watches the page with its own observer only while some
 * kind is hidden for one owner only, so nobody else pays for it. Its observer is created after
 * the engine's, so in every batch the engine's marks are already there when it runs, and both
 * run before the next frame.
 *
 * Fail closed: until the page names the signed-in account, and for any post whose author it
 * cannot read, nothing is marked, and the rules keep an unmarked count hidden.
 */
import type { AuthorHook, NameHook, Site } from '../sites/types';
import { ATTR_OWNER, compileOwnerCss, type Owner } from '../hiding/compile-owners';
import type { PageState } from './state';

const STYLE_ATTR = 'data-unscored-style-el';

/** A name as compared: case-blind, without "@", surrounding slashes or URL escapes. */
export function normaliseName(raw: string): string {
  let v = raw.trim();
  try {
    v = decodeURIComponent(v);
  } catch {
    /* kept as written */
  }
  return v.replace(/^[@/]+|\/+$/g, '').trim().toLowerCase();
}

/** The name a hook reads from an element (or from the address): null when there is none. */
export function readName(el: Element | null, hook: Omit<NameHook, 'selector'>, loc: { pathname: string; href: string } = location): string | null {
  let raw: string | null;
  if (!el) raw = loc.pathname;
  else if (hook.from === 'text') raw = el.textContent;
  else {
    const attr = hook.from.slice(5);
    raw = el.getAttribute(attr);
    // Links are read as their path, whether the page wrote it relative or absolute.
    if (raw && attr === 'href') {
      try {
        raw = new URL(raw, loc.href).pathname;
      } catch {
        /* kept as written */
      }
    }
  }
  if (!raw) return null;
  let v = raw.trim();
  if (hook.pattern) {
    const m = hook.pattern.exec(v);
    if (!m) return null;
    v = m[1] ?? m[0];
  }
  const name = normaliseName(v);
  return name || null;
}

export class Owners {
  private style?: HTMLStyleElement;
  private observer?: MutationObserver;
  private account: string | null = null;
  private url = '';
  private active = false;
  /** On a page wholly the user's own (minePages): every post and row on it is theirs too. */
  private pageMine = false;
  private readonly withinSel: string;
  private readonly mineSel: string;

  constructor(
    private readonly site: Site | undefined,
    private readonly doc: Document = document,
    /** Told of each container whose owner changed: the engine keeps its labels and texts for it. */
    private readonly onMarked: (el: Element) => void = () => undefined,
  ) {
    this.withinSel = valid((site?.owners?.authors ?? []).map((a) => a.within), doc).join(', ');
    this.mineSel = valid(site?.owners?.mine ?? [], doc).join(', ');
  }

  /** Applies settings: the rules for the kinds split by owner, and the marks they need. */
  apply(state: PageState): void {
    guard(() => {
      const active = !!this.site?.owners && Object.keys(state.split).length > 0;
      const css = active ? compileOwnerCss(this.site!.metrics, state.split) : '';
      this.setStyle(css);
      if (active && !this.active) this.start();
      else if (!active && this.active) this.stop();
    });
  }

  /** The signed-in account as the page names it (null until it does). */
  accountName(): string | null {
    return this.account;
  }

  private start(): void {
    this.active = true;
    this.observer ??= new MutationObserver((records) => guard(() => this.onRecords(records)));
    this.observer.observe(this.doc, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['href', 'content', 'alt'] });
    this.url = this.doc.location?.href ?? '';
    this.account = this.findAccount();
    this.markPage();
    this.markIn(this.doc.documentElement);
  }

  /** A page wholly the user's own (their notifications): <html> is theirs while the address says so. */
  private markPage(): void {
    const pages = this.site?.owners?.minePages;
    if (!pages?.length) return;
    const root = this.doc.documentElement;
    const path = this.doc.location?.pathname ?? '';
    this.pageMine = pages.some((p) => p.test(path));
    if (this.pageMine) this.setOwner(root, 'mine');
    else if (root.hasAttribute(ATTR_OWNER)) {
      root.removeAttribute(ATTR_OWNER);
      this.onMarked(root);
    }
  }

  /** Stops watching (also when an update leaves this copy orphaned: see ./takeover). */
  stop(): void {
    this.active = false;
    this.observer?.disconnect();
  }

  private setStyle(css: string): void {
    if (!css && !this.style) return;
    if (!this.style) {
      this.style = this.doc.createElement('style');
      this.style.setAttribute(STYLE_ATTR, 'owners');
    }
    if (this.style.textContent !== css) this.style.textContent = css;
    if (!this.style.isConnected) (this.doc.head ?? this.doc.documentElement).append(this.style);
  }

  private onRecords(records: MutationRecord[]): void {
    const href = this.doc.location?.href ?? '';
    const moved = href !== this.url;
    this.url = href;
    const before = this.account;
    // Looked for on every change until the page names the account (then only when it moves on).
    if (moved || !this.account) this.account = this.findAccount() ?? this.account;
    // A single-page app moved on (a profile named by the address is someone else's now), or the
    // account was just found: every container is judged again.
    if (moved) this.markPage();
    if (moved || this.account !== before) return this.markIn(this.doc.documentElement);
    const seen = new Set<Element>();
    for (const r of records) {
      if (r.type === 'childList') {
        for (const n of r.addedNodes) if (n.nodeType === Node.ELEMENT_NODE) this.markIn(n as Element, seen);
        const t = r.target.nodeType === Node.ELEMENT_NODE ? (r.target as Element) : null;
        if (t) this.markAround(t, seen);
      } else {
        const t = r.target.nodeType === Node.ELEMENT_NODE ? (r.target as Element) : r.target.parentElement;
        if (t) this.markAround(t, seen);
      }
    }
  }

  private findAccount(): string | null {
    for (const hook of this.site?.owners?.account ?? []) {
      let els: NodeListOf<Element>;
      try {
        els = this.doc.querySelectorAll(hook.selector);
      } catch {
        continue;
      }
      for (const el of els) {
        const name = readName(el, hook, this.doc.location ?? location);
        if (name) return name;
      }
    }
    return null;
  }

  /** The container around a changed element (its author's name may just have arrived). */
  private markAround(el: Element, seen: Set<Element>): void {
    if (!this.withinSel) return;
    for (let c = el.closest(this.withinSel); c; c = c.parentElement?.closest(this.withinSel) ?? null) {
      if (!seen.has(c)) {
        seen.add(c);
        this.markContainer(c);
      }
    }
  }

  private markIn(root: Element, seen?: Set<Element>): void {
    if (this.mineSel) {
      if (root.matches(this.mineSel)) this.setOwner(root, 'mine');
      for (const el of root.querySelectorAll(this.mineSel)) this.setOwner(el, 'mine');
    }
    if (!this.withinSel) return;
    if (root.matches(this.withinSel) && !seen?.has(root)) {
      seen?.add(root);
      this.markContainer(root);
    }
    for (const c of root.querySelectorAll(this.withinSel)) {
      if (seen?.has(c)) continue;
      seen?.add(c);
      this.markContainer(c);
    }
    if (seen && root.parentElement) this.markAround(root.parentElement, seen);
  }

  private setOwner(el: Element, owner: Owner): void {
    if (el.getAttribute(ATTR_OWNER) === owner) return;
    el.setAttribute(ATTR_OWNER, owner);
    this.onMarked(el);
  }

  private markContainer(c: Element): void {
    // A row naming someone else (who liked your post) is still about yours: "others" inside the
    // page's "mine" would hide the user's own counts whichever owner they keep.
    if (this.pageMine) return this.setOwner(c, 'mine');
    if (!this.account) return;
    for (const hook of this.site?.owners?.authors ?? []) {
      if (!safeMatches(c, hook.within)) continue;
      const name = authorName(c, hook, this.doc.location ?? location);
      if (name === null) continue;
      this.setOwner(c, name === this.account ? 'mine' : 'others');
      return;
    }
    // No hook names an author now (the app moved on to an address that names nobody, the name
    // went): the container has no owner again, and its split counts are hidden (fail closed).
    if (c.hasAttribute(ATTR_OWNER) && !(this.mineSel && safeMatches(c, this.mineSel))) {
      c.removeAttribute(ATTR_OWNER);
      this.onMarked(c);
    }
  }
}

function authorName(c: Element, hook: AuthorHook, loc: Location): string | null {
  const { selector, ...how } = hook.name;
  if (selector === 'url') return readName(null, how, loc);
  let el: Element | null;
  try {
    el = selector === ':scope' ? c : c.querySelector(selector);
  } catch {
    return null;
  }
  return el ? readName(el, how, loc) : null;
}


function safeMatches(el: Element, sel: string): boolean {
  try {
    return el.matches(sel);
  } catch {
    return false;
  }
}

function valid(sels: readonly string[], doc: Document): string[] {
  const probe = doc.createElement('div');
  return sels.filter((s) => {
    try {
      probe.matches(s);
      return true;
    } catch {
      return false;
    }
  });
}

/** The content script must never throw into the page. */
function guard(fn: () => void): void {
  try {
    fn();
  } catch (e) {
    console.debug('[Unscored]', e);
  }
}
