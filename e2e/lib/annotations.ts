/**
 * The one generic check for every site (see ../../../shared/TESTING.md): fixtures annotate
 *   data-expect="metric"      the smallest element showing a social count
 *   data-expect="keep"        ordinary content that must stay visible and unchanged
 *   data-expect-aria="scrub"  an element whose aria-label/title carries a count
 * and this function, run inside the page, reports what the browser actually renders for each,
 * from computed styles. The extension never reads these attributes (a unit test greps src/).
 *
 * Self-contained: it is serialised into the page by Playwright and by puppeteer.
 */
export interface AnnotationReport {
  kind: 'metric' | 'keep' | 'scrub';
  /** A readable path to the element, for failure messages. */
  where: string;
  text: string;
  /** metric: no digit can be read. keep: visible. scrub: no digit left in the attributes. */
  ok: boolean;
  why: string;
  attrs?: Record<string, string | null>;
  /** Whose count the label carries (owner fixtures, issue 19). */
  owner?: string;
}

export function collectAnnotations(): AnnotationReport[] {
  const out: AnnotationReport[] = [];

  const parentOf = (el: Element): Element | null => {
    if (el.parentElement) return el.parentElement;
    const root = el.getRootNode();
    return root instanceof ShadowRoot ? root.host : null;
  };
  const where = (el: Element): string => {
    const parts: string[] = [];
    for (let n: Element | null = el; n && parts.length < 4; n = parentOf(n)) {
      const id = n.getAttribute('data-testid') ?? n.id;
      parts.unshift(n.localName + (id ? `[${id}]` : ''));
    }
    return parts.join(' > ');
  };
  const alpha = (color: string): number => {
    if (color === 'transparent') return 0;
    const m = /rgba?\(([^)]+)\)/.exec(color);
    if (!m) return 1;
    const p = m[1].split(/[,\s/]+/).filter(Boolean);
    return p.length >= 4 ? Number.parseFloat(p[3]) : 1;
  };
  /** Blur radius of the strongest text-shadow, in px (0 for none). */
  const shadowBlur = (ts: string): number => {
    if (!ts || ts === 'none') return 0;
    let max = 0;
    for (const m of ts.matchAll(/(-?[\d.]+)px\s+(-?[\d.]+)px\s+([\d.]+)px/g)) max = Math.max(max, Number(m[3]));
    return max;
  };
  /** Why an element's own rendering hides it, or '' when it is painted. */
  const hiddenBy = (el: Element): string => {
    for (let n: Element | null = el; n; n = parentOf(n)) {
      const cs = getComputedStyle(n);
      if (cs.display === 'none') return `display:none on ${n.localName}`;
      if (Number.parseFloat(cs.opacity) < 0.1) return `opacity ${cs.opacity} on ${n.localName}`;
      if (cs.contentVisibility === 'hidden') return 'content-visibility:hidden';
    }
    return '';
  };
  /** Whether the text directly inside `el` can be read. */
  const textReadable = (el: Element): { readable: boolean; why: string } => {
    const cs = getComputedStyle(el);
    if (cs.visibility !== 'visible') return { readable: false, why: `visibility:${cs.visibility}` };
    const fill = (cs as unknown as Record<string, string>).webkitTextFillColor || cs.color;
    const a = Math.min(alpha(fill), alpha(cs.color) === 0 && fill === cs.color ? 0 : 1);
    const blur = shadowBlur(cs.textShadow);
    const fontPx = Number.parseFloat(cs.fontSize) || 16;
    if (alpha(fill) < 0.15) {
      // Transparent text is unreadable unless a sharp shadow draws it again.
      if (cs.textShadow === 'none' || blur >= Math.max(4, fontPx * 0.35)) return { readable: false, why: `transparent text, shadow blur ${blur}px` };
      return { readable: true, why: `transparent text but sharp shadow (${blur}px)` };
    }
    return { readable: a > 0.15, why: `text colour ${fill}` };
  };
  /** Text nodes under a node, through open shadow roots. */
  const textNodes = (root: Node): Text[] => {
    const found: Text[] = [];
    const visit = (n: Node) => {
      if (n.nodeType === Node.TEXT_NODE) {
        if ((n as Text).data.trim()) found.push(n as Text);
        return;
      }
      if (n instanceof Element && n.shadowRoot) visit(n.shadowRoot);
      for (const c of Array.from(n.childNodes)) visit(c);
    };
    visit(root);
    return found;
  };
  const fullText = (el: Element) => textNodes(el).map((t) => t.data).join('').replace(/\s+/g, ' ').trim();
  /** All annotated elements, through open shadow roots. */
  const all = (sel: string): Element[] => {
    const found: Element[] = [];
    const visit = (root: Document | ShadowRoot) => {
      found.push(...Array.from(root.querySelectorAll(sel)));
      for (const el of Array.from(root.querySelectorAll('*'))) if (el.shadowRoot) visit(el.shadowRoot);
    };
    visit(document);
    return found;
  };

  for (const el of all('[data-expect="metric"]')) {
    const text = fullText(el);
    const hidden = hiddenBy(el);
    let ok = !!hidden || !/\d/.test(text);
    let why = hidden || (ok ? 'no digit left' : '');
    if (!ok) {
      const checks = textNodes(el)
        .filter((t) => /\d/.test(t.data) && t.parentElement)
        .map((t) => textReadable(t.parentElement!));
      const readable = checks.filter((r) => r.readable);
      ok = readable.length === 0;
      why = ok ? `unreadable: ${checks.map((r) => r.why).join('; ')}` : `readable: ${readable.map((r) => r.why).join('; ')}`;
    }
    out.push({ kind: 'metric', where: where(el), text, ok, why });
  }
  for (const el of all('[data-expect="keep"]')) {
    const text = fullText(el);
    const hidden = hiddenBy(el);
    const unreadable = textNodes(el)
      .filter((t) => t.parentElement)
      .map((t) => textReadable(t.parentElement!))
      .filter((r) => !r.readable);
    const rect = el.getBoundingClientRect();
    const ok = !hidden && unreadable.length === 0 && (rect.width > 0 || rect.height > 0);
    out.push({ kind: 'keep', where: where(el), text, ok, why: hidden || unreadable.map((r) => r.why).join('; ') || (ok ? 'visible' : 'zero size') });
  }
  for (const el of all('[data-expect-aria="scrub"]')) {
    const attrs = { 'aria-label': el.getAttribute('aria-label'), title: el.getAttribute('title') };
    const leaking = Object.entries(attrs).filter(([, v]) => v && /\d/.test(v));
    out.push({ kind: 'scrub', where: where(el), text: fullText(el), ok: leaking.length === 0, why: leaking.map(([k, v]) => `${k}="${v}"`).join(' '), attrs, owner: el.getAttribute('data-expect-owner') ?? undefined });
  }
  return out;
}

/**
 * The check as a source string for page.evaluate. Some TypeScript runners (tsx) wrap named
 * functions in a `__name` helper that does not exist in the page; define it there.
 */
export const COLLECT_ANNOTATIONS_JS = `(() => { const __name = (f) => f; return (${collectAnnotations.toString()})(); })()`;
