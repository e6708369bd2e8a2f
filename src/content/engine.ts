/**
 * The run-time half of hiding. The CSS compiled from the site file is already in place before
 * first paint; this module only does what CSS cannot:
 * - mark counts found by text (no stable hook, or a site whose markup changed),
 * - put the styles inside open shadow roots,
 * - scrub counts from aria-label/title attributes and from the tab title,
 * - set the <html> attributes that *reveal* what the user chose to see.
 *
 * It works only on what changed, inside the observer callback, so its work is done before the
 * next frame. The feed is watched by a native MutationObserver that hands over each added
 * subtree once, searched with the browser's own TreeWalker/querySelectorAll. mutation-summary
 * watches only <head> (the tab title): on a 1,000-post feed it cost 5.6x the page's script time
 * (its NodeMap visits and tags every added node; bench/, see the README), far over budget for
 * the feed, while the title's few mutations are where its summaries earn their keep.
 */
import type { MutationSummary } from 'mutation-summary';
import { SelectorList } from './selector-list';
import { METRIC_KINDS, SCRUB_ATTRIBUTES, type MetricKind, type ScrubAttribute, type ScrubRule, type Site } from '../sites/types';
import { ATTR_OWNER, type Owner, type OwnerSplit } from '../hiding/compile-owners';
import { ATTR_MARK, ATTR_SHOW, ATTR_STYLE, compileHoverRules, compileKindRules, compileShadowCss, CUSTOM_KIND, markSelector } from '../hiding/compile-css';
import { labelKind, scrubCounts, scrubTitle } from '../hiding/patterns';
import { actionKind, analyse, countKind, isBareCount, labelKind as labelKindOf, labelKinds, nameKind, scrubLabel, withoutNumbers, type FoundCount, type TextAnalysis } from '../recogniser/recognise';
import { isMediaItemPath, metricPathKind } from '../recogniser/paths';
import type { HidingStyle } from '../settings/schema';

const STYLE_ID = 'data-unscored-style-el';
/**
 * Elements whose text is never a metric to us: the user's own drafts and code. Only elements
 * whose text is drawn: a mark inside <script> or <style> changes nothing, and every name in this
 * list is tried on every ancestor of a count (10 names cost 5.5 µs a count, 5 names half that).
 */
const SKIP_TEXT = 'textarea, [contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"], code, pre';
/**
 * Where a scrubbed attribute's original is kept: a property of the element as this content
 * script sees it (its own world's object: the page cannot read it). One attribute write per
 * label instead of two (a `data-unscored-orig-*` attribute until 2026-11-26): 7 ms less per
 * 1,000 posts on the bench, for +0.3 MB of JS heap (the real X page: +0.65 MB). A WeakMap
 * measured no faster and +1 MB.
 */
const ORIG_KEYS: Record<ScrubAttribute, symbol> = {
  'aria-label': Symbol('unscored original aria-label'),
  title: Symbol('unscored original title'),
};
type WithOriginals = Element & Record<symbol, string | undefined>;
const HAS_DIGIT = /\d/;
const OBSERVE: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  attributeFilter: [...SCRUB_ATTRIBUTES],
};
/** Longer text nodes are prose: never a count line, and not read from script. */
const MAX_TEXT = 120;
/** Marks an element one of whose text nodes we took a count's number out of (see scrubText). */
const ATTR_TEXT = 'data-unscored-text';
/** Controls whose name says what a number inside or beside them counts. */
// A link without an address but with a name is a script's control (Lobsters' `<a title="Add
// upvote">` beside a story's score).
const CONTROL = 'a[href], a[title], a[aria-label], button, [role="button"], [role="link"], summary, label';
type Found = { kind: MetricKind; scoped: boolean };
/** The marks' selectors per kind, as shadow-root rules. */
const MARK_RULES = Object.fromEntries(METRIC_KINDS.map((k) => [k, [markSelector(k)]]));
/** schema.org microdata names that are counts: kept by redesigns, since search engines read them. */
const ITEMPROP: Record<string, MetricKind> = {
  upvoteCount: 'scores', downvoteCount: 'scores', answerCount: 'replies', commentCount: 'replies',
  interactionCount: 'views', userInteractionCount: 'views', ratingCount: 'scores',
};
/** Text that is never drawn as it stands (the tab title is mutation-summary's: watchHead). */
const NOT_SHOWN = new Set(['title', 'script', 'style', 'noscript', 'template', 'textarea']);
/** One ASCII digit; global, so that `test()` can start at `lastIndex` (see scanText). */
const DIGIT = /[0-9]/g;

export interface EngineState {
  /** Kinds shown (not hidden) here; 'all' and 'custom' when the site is off or peeking. */
  shown: string[];
  style: HidingStyle;
  customSelectors: string[];
  /**
   * Kinds <html> reveals, when more than `shown`: those hidden for one owner only, whose hidden
   * owner's counts src/content/owners.ts hides again (issue 19). Everything else (labels, text,
   * shadow roots) treats them as hidden.
   */
  revealed?: string[];
  /**
   * Per kind hidden for one owner only, whose numbers are hidden (issue 19). Counts in longer
   * text and in labels are kept as the page wrote them inside the kept owner's containers
   * (`data-unscored-owner`, set by ./owners), and taken out everywhere else.
   */
  split?: OwnerSplit;
}

/** Hidden until settings say otherwise: fail closed. */
export const FAIL_CLOSED: EngineState = { shown: [], style: 'blur', customSelectors: [] };

export class Engine {
  private state: EngineState = FAIL_CLOSED;
  private observer?: MutationObserver;
  private titleSummary?: MutationSummary;
  private readonly shadowStyles = new Set<WeakRef<HTMLStyleElement>>();
  /**
   * Shadow hosts seen before their root existed: a declarative root arrives with a later parser
   * chunk, a custom element attaches its root when its definition loads. Retried on each change.
   */
  private readonly pendingHosts = new Set<Element>();
  /** Shadow roots adopted (see adopt), and the same as weak references to watch again. */
  private readonly adopted = new WeakSet<ShadowRoot>();
  private readonly roots = new Set<WeakRef<ShadowRoot>>();
  private readonly hostSel: string;
  private readonly scopes: { within: string; kind?: MetricKind; bare?: boolean }[];
  /**
   * Matches a count the site's stylesheet already hides: an element a metric selector names, or
   * its child or grandchild (a number wrapped in spans). Null for a site without selectors.
   */
  private readonly coveredSel: SelectorList;
  /** Declared scrub rules as one selector per attribute: one `matches()` per label, not one per rule. */
  private readonly scrubRules: Map<ScrubAttribute, SelectorList>;
  /** Whether a declared scrub rule depends on the element's content (`:has(…)`). */
  private readonly contentScrub: boolean;
  /**
   * Whether the labels we scrubbed were last written scrubbed (counts hidden) or restored (the
   * originals: ORIG_KEYS).
   */
  private labelsHidden = true;
  /** anyHidden() for the settings object it was computed from. */
  private anyHiddenFor?: EngineState;
  private anyHiddenNow = true;
  private originalTitle: string | null = null;
  /**
   * Text nodes we took a count's number out of ("Gina Marsh and 12 others liked your post"):
   * their text as the page wrote it, and the count's kind. The node is the page's: we only set
   * its data, so a framework that updates or removes it later finds it where it left it.
   */
  private readonly textOriginals = new WeakMap<Text, { orig: string; scrubbed: string; kind: MetricKind }>();
  private stopped = false;
  private customStyle?: HTMLStyleElement;
  private shadowCssFor?: EngineState;
  private splitOwnerFor?: EngineState;
  private splitOwnerNow: Owner | null = null;
  private readonly shadowCssCache = new Map<string, string>();

  constructor(
    private readonly site: Site | undefined,
    private readonly doc: Document = document,
  ) {
    this.hostSel = (site?.shadow ?? []).map((r) => r.host).join(',');
    this.scopes = [...(site?.text ?? [])];
    this.scrubRules = groupScrubRules(site?.scrub ?? [], doc);
    this.contentScrub = [...this.scrubRules.values()].some((list) => list.some((sel) => sel.includes(':has(')));
    this.coveredSel = new SelectorList(METRIC_KINDS.flatMap((k) => site?.metrics[k] ?? []), doc);
  }

  /** Starts watching. Safe to call at document_start, before <body> exists. */
  start(): void {
    this.guard(() => {
      const observer = new MutationObserver((records) => {
        // Not watching while we work: our own label scrubbing is not queued as records only to
        // be read back (6 labels a post on X: ~6 ms per 1,000 posts, instrumented). The page's
        // scripts cannot run until this callback returns; only a custom element's reaction to
        // one of our own writes could, and until now its records were dropped with ours.
        // Once shadow roots are watched too, observing them all again after every callback
        // would cost one call per root (a Reddit feed: one a post), so then our own records
        // are dropped with takeRecords() instead.
        const rooted = this.roots.size > 0;
        if (!rooted) observer.disconnect();
        this.guard(() => this.onRecords(records));
        if (rooted) observer.takeRecords();
        else this.watch(observer);
      });
      this.observer = observer;
      this.watch(observer);
      // What the parser produced before we started watching.
      this.scanRoot(this.doc.documentElement);
      // mutation-summary watches the title once the page has loaded: until then the observer
      // above sees every change to the title (checkElement, checkText), and setting it up
      // (its option processing measured 6-20 ms of a load's script) is no work for a load.
      if (this.doc.readyState === 'complete') this.watchHead();
      else this.doc.defaultView?.addEventListener('load', () => afterLoad(this.doc.defaultView!, () => this.guard(() => this.watchHead())), { once: true });
      this.applyTitle();
    });
  }

  private watch(observer: MutationObserver): void {
    if (this.stopped) return;
    observer.observe(this.doc, OBSERVE);
    // Open shadow roots we adopted (a MutationObserver does not see into them from the document).
    for (const ref of this.roots) {
      const root = ref.deref();
      if (root && root.host.isConnected) observer.observe(root, OBSERVE);
      else this.roots.delete(ref);
    }
  }

  /**
   * An open shadow root the site file does not name (a redesign renamed its host, or a site we
   * have no file for): styled with the marks' rules, scanned, and watched from now on.
   */
  private adopt(root: ShadowRoot): void {
    if (this.adopted.has(root)) return;
    this.adopted.add(root);
    this.styleShadow(root);
    this.roots.add(new WeakRef(root));
    this.observer?.observe(root, OBSERVE);
    for (let c = root.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === Node.ELEMENT_NODE) this.scanRoot(c as Element);
      else if (c.nodeType === Node.TEXT_NODE) this.checkText(c as Text);
    }
  }

  stop(): void {
    this.stopped = true;
    this.observer?.disconnect();
    this.titleSummary?.disconnect();
  }

  /** The tab title lives in <head>: a small tree where mutation-summary's summaries are cheap. */
  private watchHead(): void {
    // Loaded when first used (the bundle inlines it; its module is evaluated only here): its
    // module start and option processing are no work for a page load.
    void import('mutation-summary').then(({ MutationSummary }) => this.guard(() => this.startTitleSummary(MutationSummary)), (e) => console.debug('[Unscored]', e));
  }

  private startTitleSummary(Summary: typeof MutationSummary): void {
    const head = this.doc.head;
    if (this.titleSummary || !head || this.stopped) return;
    this.titleSummary = new Summary({
      rootNode: head,
      callback: () => this.guard(() => this.applyTitle()),
      queries: [{ element: 'title' }, { characterData: true }],
    });
  }

  /** Applies settings: reveals what the user chose to see, re-scrubs, restyles shadow roots. */
  apply(next: EngineState): void {
    this.guard(() => {
      const same = sameState(this.state, next);
      this.state = next;
      this.applyHtmlAttributes();
      // The first settings read most often says what fail-closed already did (everything
      // hidden, blurred): nothing to re-scrub or restyle, and at page load that pass over every
      // label was ~4 ms of script.
      // The title is judged here in any case: while the page parses, its text can come in a
      // record that is skipped as scanned with its parent.
      if (same) return this.applyTitle();
      this.applyCustomSelectors();
      for (const ref of this.shadowStyles) {
        const el = ref.deref();
        if (!el || !el.isConnected) this.shadowStyles.delete(ref);
        else {
          const css = this.shadowCss(el);
          if (el.textContent !== css) el.textContent = css;
        }
      }
      this.rescrubAll();
      this.rescrubTexts();
      this.applyTitle();
    });
  }

  /** How many metric elements are on the page now (for the popup's "is it working" line). */
  countFound(): number {
    let n = 0;
    this.guard(() => {
      const sels = [
        ...METRIC_KINDS.flatMap((k) => this.site?.metrics[k] ?? []),
        `[${ATTR_MARK}]`,
        ...this.state.customSelectors,
      ];
      for (const s of sels) {
        try {
          n += this.doc.querySelectorAll(s).length;
        } catch {
          /* a broken selector counts as nothing */
        }
      }
      for (const ref of this.shadowStyles) {
        const el = ref.deref();
        const root = el?.getRootNode();
        if (root instanceof ShadowRoot) {
          for (const r of this.site?.shadow ?? []) for (const k of METRIC_KINDS) for (const s of r.metrics[k] ?? []) n += root.querySelectorAll(s).length;
        }
      }
    });
    return n;
  }

  private hidden(kind: string): boolean {
    return !this.state.shown.includes(kind) && !this.state.shown.includes('all');
  }

  /** The content script must never throw into the page. */
  private guard(fn: () => void): void {
    try {
      fn();
    } catch (e) {
      console.debug('[Unscored]', e);
    }
  }

  private applyHtmlAttributes(): void {
    const html = this.doc.documentElement;
    const show = (this.state.revealed ?? this.state.shown).join(' ');
    if (show) {
      if (html.getAttribute(ATTR_SHOW) !== show) html.setAttribute(ATTR_SHOW, show);
    } else if (html.hasAttribute(ATTR_SHOW)) html.removeAttribute(ATTR_SHOW);
    const style = this.state.style === 'blur' ? null : this.state.style;
    if (style) {
      if (html.getAttribute(ATTR_STYLE) !== style) html.setAttribute(ATTR_STYLE, style);
    } else if (html.hasAttribute(ATTR_STYLE)) html.removeAttribute(ATTR_STYLE);
  }

  /**
   * The page-level rules that depend on settings: the user's own selectors, and the hover
   * style's reveal (kept out of the manifest stylesheet, see compileHoverRules).
   */
  private applyCustomSelectors(): void {
    const { customSelectors, style } = this.state;
    let css = compileKindRules(CUSTOM_KIND, customSelectors);
    if (style === 'hover') {
      const all = [
        ...METRIC_KINDS.flatMap((k) => [...(this.site?.metrics[k] ?? []), markSelector(k)]),
        markSelector(CUSTOM_KIND),
        ...customSelectors,
      ];
      css += '\n' + compileHoverRules(all);
    }
    if (!css.trim() && !this.customStyle) return;
    if (!this.customStyle) {
      this.customStyle = this.doc.createElement('style');
      this.customStyle.setAttribute(STYLE_ID, 'custom');
    }
    // Each user selector is validated before saving and gets a rule of its own, so one that a
    // browser rejects anyway cannot void the others.
    if (this.customStyle.textContent !== css) this.customStyle.textContent = css;
    if (!this.customStyle.isConnected) (this.doc.head ?? this.doc.documentElement).append(this.customStyle);
  }

  private shadowCss(styleEl: HTMLStyleElement): string {
    const host = (styleEl.getRootNode() as ShadowRoot).host;
    const rules = (this.site?.shadow ?? []).filter((r) => host?.matches(r.host));
    // A feed of one custom element per post styles each root alike: compiled once per state.
    if (this.shadowCssFor !== this.state) {
      this.shadowCssFor = this.state;
      this.shadowCssCache.clear();
    }
    const key = rules.map((r) => r.host).join('\n');
    let css = this.shadowCssCache.get(key);
    // The marks we set inside the root need their rules there too: page CSS does not cross it.
    if (css === undefined) this.shadowCssCache.set(key, (css = [MARK_RULES, ...rules.map((r) => r.metrics)].map((m) => compileShadowCss(m, this.state.shown, this.state.style)).join('\n')));
    return css;
  }

  private onRecords(records: MutationRecord[]): void {
    // Someone (a framework re-render) may have rewritten <html>'s attributes.
    if (this.state !== FAIL_CLOSED) this.applyHtmlAttributes();
    // A feed adds its posts to one container, each post a record: its label is read once.
    let lastTarget: Node | null = null;
    // While the page parses, each node comes as a record of its own after its parent's: a node
    // whose parent was scanned in this batch was scanned with it (records are read after all of
    // their mutations), so it is not scanned again.
    const scanned = records.length > 1 ? new Set<Node>() : null;
    for (const r of records) {
      if (r.type === 'childList') {
        const added = r.addedNodes;
        if (!added.length) continue;
        // Indexed: no iterator object per record (a feed adds one post per record).
        for (let i = 0; i < added.length; i++) {
          const node = added[i];
          if (scanned) {
            if (node.parentNode && scanned.has(node.parentNode)) {
              // Text has no children to skip later: only elements are remembered.
              if (node.nodeType === Node.ELEMENT_NODE) scanned.add(node);
              // Scanned with its parent, except for a shadow root of its own (a custom element).
              if (node.nodeType === Node.ELEMENT_NODE && (node as Element).localName.includes('-')) this.checkHost(node as Element);
              continue;
            }
            if (node.nodeType === Node.ELEMENT_NODE) scanned.add(node);
          }
          if (node.nodeType === Node.TEXT_NODE) this.checkText(node as Text);
          else if (node.nodeType === Node.ELEMENT_NODE) this.scanRoot(node as Element);
        }
        // A control's label is scrubbed by a rule that may need its content (TikTok's
        // `button:has(icon)`), and a page parsed in chunks adds the content after the control.
        // Only such rules need it: for every other record (every node the parser inserts) the
        // walk up to a labelled ancestor was a fifth of the engine's time at page load.
        if (!this.contentScrub || r.target === lastTarget) continue;
        lastTarget = r.target;
        const labelled = r.target.nodeType === Node.ELEMENT_NODE ? (r.target as Element).closest('[aria-label],[title]') : null;
        if (labelled) this.checkScrub(labelled);
      } else if (r.type === 'characterData') this.checkText(r.target as Text);
      else if (r.target.nodeType === Node.ELEMENT_NODE) this.checkScrub(r.target as Element);
    }
    if (this.pendingHosts.size) this.retryHosts();
  }

  private retryHosts(): void {
    // Custom elements whose declarative root the parser has not reached yet: only while the
    // page loads (after that a root comes from the site's scripts, and only named hosts wait).
    const loading = this.doc.readyState === 'loading';
    for (const el of this.pendingHosts) {
      if (el.shadowRoot) this.adopt(el.shadowRoot);
      if (el.shadowRoot || !el.isConnected || (!loading && !(this.hostSel && el.matches(this.hostSel)))) this.pendingHosts.delete(el);
    }
  }

  /**
   * One added subtree: its digit-bearing text, its labelled elements, its shadow hosts. Native
   * searches, so the page's nodes are only touched from script where a count could be.
   */
  private scanRoot(root: Element | null): void {
    if (!root) return;
    this.checkElement(root);
    if (!root.firstChild) return;
    this.scanText(root);
    const labelled = root.querySelectorAll('[aria-label],[title]');
    for (let i = 0; i < labelled.length; i++) this.checkScrub(labelled[i]);
    if (this.hostSel) for (const h of root.querySelectorAll(this.hostSel)) this.checkElement(h);
    if (root.shadowRoot) this.adopt(root.shadowRoot);
  }

  /**
   * The digit-bearing text nodes of an added subtree. One native read of the subtree's text
   * says where its digits are, so only the text nodes over a digit are read from script: most
   * of a post's text nodes are whitespace or words, and reading a node's data copies it out of
   * the DOM. The walk stops after the last digit. (`textContent` is the concatenation of the
   * descendant text nodes in tree order, which is also the walker's order, so offsets agree.)
   * An XPath filter for digit-bearing text measured 3x slower than walking.
   */
  private scanText(root: Element): void {
    const all = root.textContent ?? '';
    // The next ASCII digit (what \d means to the patterns). A global regex searched from
    // `lastIndex` allocates nothing, and on a long post's text (the saved X article: 10,000
    // characters) it scans faster than a charCodeAt loop (42 vs 56 µs a post, with the walk).
    DIGIT.lastIndex = 0;
    if (!DIGIT.test(all)) return;
    let digit = DIGIT.lastIndex - 1;
    const walker = this.doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let offset = 0;
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      const end = offset + n.length;
      if (digit < end) {
        // The node's text is a slice of the subtree's, not read again from the DOM: most
        // digit-bearing nodes cannot start a count ("@runner_2024", a sentence, long prose).
        if (end - offset <= MAX_TEXT) this.checkCount(n, all.slice(offset, end));
        DIGIT.lastIndex = end;
        if (!DIGIT.test(all)) return;
        digit = DIGIT.lastIndex - 1;
      }
      offset = end;
    }
  }

  private checkElement(el: Element): void {
    this.checkHost(el);
    if (el.localName === 'title') this.applyTitle();
    if (el.hasAttribute('aria-label') || el.hasAttribute('title')) this.checkScrub(el);
  }

  /** A shadow host: its open root adopted, or the element kept until its root arrives. */
  private checkHost(el: Element): void {
    const root = el.shadowRoot;
    if (root) this.adopt(root);
    // Bounded: a host that never gets a root must not make every change slower.
    else if (this.pendingHosts.size < 500 && ((this.hostSel && el.matches(this.hostSel)) || (el.localName.includes('-') && this.doc.readyState === 'loading'))) this.pendingHosts.add(el);
  }

  private styleShadow(root: ShadowRoot): void {
    if (root.querySelector(`style[${STYLE_ID}]`)) return;
    const style = this.doc.createElement('style');
    style.setAttribute(STYLE_ID, 'shadow');
    root.append(style);
    style.textContent = this.shadowCss(style);
    this.shadowStyles.add(new WeakRef(style));
  }

  /** Marks the element showing a count found by its text. */
  private checkText(t: Text): void {
    // Length first: reading `data` copies the text out of the DOM, and long text is prose.
    if (t.parentElement?.localName === 'title') return this.applyTitle();
    if (t.length > MAX_TEXT) return;
    const data = t.data;
    if (HAS_DIGIT.test(data)) this.checkCount(t, data);
  }

  /**
   * A digit-bearing text node (its `data` given): its element is marked if it shows a count, or
   * the count's number is taken out of the text where the element holds more than the count.
   */
  private checkCount(t: Text, data: string): void {
    const el = t.parentElement;
    if (!el) return;
    // A short text is most often a count the site's stylesheet already hides (on X, the five
    // action-bar counts of every post): one bounded matches() spares judging it, which at page
    // load, before the recogniser's code is warm, is the dearer of the two.
    const short = data.length <= 12;
    if (short && this.covered(el)) return;
    const a = analyse(data);
    // Most digit-bearing text is no count and has no number at an edge: a time, a date, prose.
    if (!a.whole && !a.counts.length && !a.bare && !a.open) return;
    // A number the site's stylesheet already hides needs nothing more; nor one we marked, nor
    // the tab title (mutation-summary's).
    if ((!short && this.covered(el)) || el.hasAttribute(ATTR_MARK) || NOT_SHOWN.has(el.localName)) return;
    const single = el.firstChild === t && el.lastChild === t;
    let found: Found | null = null;
    if (a.whole) found = { kind: a.whole, scoped: false };
    else if (a.open) found = this.kindFromContext(el, t, data.slice(a.at, a.to), single ? data : null, a);
    if (!found && a.bare) found = this.bareKind(el);
    if (!found) {
      // An aggregate among other words in the text itself: "and 12 others liked your post"; or
      // a count that is a part of a short line on its own ("Live | 42.1K viewers").
      const agg = a.counts.filter((c) => c.via === 'people');
      const parts = agg.length ? agg : a.counts.length ? countParts(data, a.counts) : agg;
      if (parts.length && !el.closest(SKIP_TEXT)) this.scrubText(t, data, parts[0].kind, parts);
      return;
    }
    // A number in a composer is its character counter ("280", "500"), never a count we found by guessing.
    if (!a.whole && this.inComposer(el)) return;
    // The element shows the count and nothing else: it is marked (and hidden in the chosen style).
    const elText = single ? data : (el.textContent ?? '');
    if (single || elText.length <= MAX_TEXT && (isBareCount(elText) || countKind(elText.replace(/\s+/g, ' ').trim()))) {
      if (found.scoped || !el.closest(SKIP_TEXT)) {
        el.setAttribute(ATTR_MARK, found.kind);
        this.checkLabelsAbove(el);
      }
      return;
    }
    // The element holds more (a name beside "and 12 others"): only the number goes.
    const counts = a.counts.length ? a.counts : null;
    if (counts && !el.closest(SKIP_TEXT)) this.scrubText(t, data, found.kind, counts);
  }

  /**
   * The kind of a count whose noun or word is beside its text node: "<b>12</b> likes",
   * "Visto <b>6.729</b> vezes", "Liked by <a>kofi</a> and <b>1,204</b> others". Up to three
   * ancestors, while their text stays short. An element whose only child is the one we came
   * from has that child's text, so it is not read again.
   */
  private kindFromContext(el: Element, t: Text, number: string, elText: string | null, a: TextAnalysis): Found | null {
    // A count phrase goes on past the text node on the side where its number stands at the
    // edge: a word must be drawn there ("<b>12</b> likes", "and <b>12</b> others"). Most edge
    // numbers have none (a name "Mara Runs 2024" before a handle, a score before a dot), and
    // reading their ancestors' text and judging it five times was most of a feed's cost.
    if (!this.wordBeside(t, a.edgeBefore, a.edgeAfter)) return null;
    let node: Element | null = el;
    let child: Node = t;
    let text = '';
    let last: string | null = null;
    for (let depth = 0; node && depth < 5; depth++, child = node, node = node.parentElement) {
      // A wrapper whose only child is the one we came from has its text: not read again.
      if (depth === 0) text = elText ?? spacedText(node);
      else if (node.firstChild !== child || node.lastChild !== child) text = spacedText(node);
      if (text.length > MAX_TEXT) break;
      if (text === last) continue;
      last = text;
      const trimmed = text.replace(/\s+/g, ' ').trim();
      const whole = countKind(trimmed);
      if (whole) return { kind: whole, scoped: false };
      // A count among other words: only an aggregate or a word before the number says so; or
      // the same number said again with its noun (a badge "42.1K" over "Live | 42.1K viewers"),
      // when it is long enough not to be there by chance.
      const own = number.trim();
      for (const c of analyse(trimmed).counts) {
        if (trimmed.slice(c.start, c.end) !== own) continue;
        if (c.via === 'people' || c.via === 'before' || (isDistinctive(own) && trimmed.indexOf(own) !== trimmed.lastIndexOf(own))) return { kind: c.kind, scoped: false };
      }
    }
    return null;
  }

  /**
   * Whether a word is drawn right before (`before`) or after (`after`) a text node, in the text
   * of its nearest ancestors: the next non-blank text node's first character, or the previous
   * one's last, is a letter or an opening/closing quote, not a digit, a separator or nothing.
   */
  private wordBeside(t: Text, before: boolean, after: boolean): boolean {
    let top: Node = t;
    for (let d = 0; d < 5 && top.parentNode?.nodeType === Node.ELEMENT_NODE; d++) top = top.parentNode;
    const walker = this.doc.createTreeWalker(top, NodeFilter.SHOW_TEXT);
    for (const forward of [false, true]) {
      if (!(forward ? after : before)) continue;
      walker.currentNode = t;
      // A few blank nodes (indentation between elements) are passed over, not more.
      for (let k = 0; k < 8; k++) {
        const n = (forward ? walker.nextNode() : walker.previousNode()) as Text | null;
        if (!n) break;
        const data = n.data;
        const step = forward ? 1 : -1;
        let i = forward ? 0 : data.length - 1;
        // Brackets and colons stand between a noun and its number: "Comments (9)", "Likes: 12".
        while (i >= 0 && i < data.length && isPassedOver(data.charCodeAt(i))) i += step;
        if (i < 0 || i >= data.length) continue;
        if (isWordChar(data.charCodeAt(i))) return true;
        break;
      }
    }
    return false;
  }

  /** Whether an element is inside a form or dialog where the user writes (its counter, its buttons). */
  private inComposer(el: Element): boolean {
    const box = el.closest('form, [role="dialog"]');
    return !!box && !!box.querySelector('textarea, [contenteditable="true"], [contenteditable=""], [role="textbox"]');
  }

  /** Takes the numbers of a text node's counts out of its text (see textOriginals). */
  private scrubText(t: Text, data: string, kind: MetricKind, counts: FoundCount[]): void {
    const known = this.textOriginals.get(t);
    // The page rewrote the text since (a new count): its new text is the one to keep.
    const orig = known && data === known.scrubbed ? known.orig : data;
    // The counts' offsets are the text's that was judged; for our own scrubbed text, the original's.
    const scrubbed = withoutNumbers(orig, orig === data ? counts : analyse(orig).counts.filter((c) => c.via === counts[0]?.via));
    if (scrubbed === orig) return;
    this.textOriginals.set(t, { orig, scrubbed, kind });
    const el = t.parentElement!;
    if (!el.hasAttribute(ATTR_TEXT)) el.setAttribute(ATTR_TEXT, '');
    if (this.textHidden(kind, el) && t.data !== scrubbed) t.data = scrubbed;
  }

  /**
   * Whether a count of this kind is hidden at this element: hidden for everyone, or split by
   * owner and not inside the kept owner's post (no owner known yet counts as hidden).
   */
  private textHidden(kind: MetricKind, el: Element | null): boolean {
    if (!this.hidden(kind)) return false;
    const hiddenOwner = this.state.split?.[kind];
    return !hiddenOwner || !el || !keptFor(el, hiddenOwner);
  }

  /**
   * Whether a label's counts are hidden at this element. Split by owner, a label is judged by
   * the kinds it names ("4 replies, 9 reposts, 187 likes"): scrubbed where any of them is hidden
   * here. One that names none (a declared rule's bare "1,262") is kept as written only where
   * every hidden kind is split with the same hidden owner and the element is the other owner's.
   */
  private labelHidden(el: Element, value?: string): boolean {
    if (!this.anyHidden()) return false;
    const split = this.state.split;
    if (!split || !Object.keys(split).length) return true;
    // Split by owner: by the kinds the label names, each as its count would be here.
    const kinds = value ? labelKinds(value) : [];
    if (kinds.length) return kinds.some((k) => this.textHidden(k as MetricKind, el));
    const owner = this.labelSplitOwner();
    return !owner || !keptFor(el, owner);
  }

  /** The one owner every hidden kind is hidden for, if it is one (per settings). */
  private labelSplitOwner(): Owner | null {
    if (this.splitOwnerFor !== this.state) {
      this.splitOwnerFor = this.state;
      const split = this.state.split ?? {};
      const owners = new Set(METRIC_KINDS.filter((k) => this.hidden(k)).map((k) => split[k] ?? null));
      this.splitOwnerNow = owners.size === 1 ? [...owners][0] : null;
    }
    return this.splitOwnerNow;
  }

  /**
   * ./owners marked a container (a post, a profile, a notification) as someone's: its labels
   * and texts are scrubbed or restored for that owner. Until then they were hidden (fail
   * closed), and the marking comes in the same batch of records, before the next frame.
   */
  recheckOwned(root: Element): void {
    this.guard(() => {
      if (!this.state.split || !Object.keys(this.state.split).length) return;
      for (const el of [root, ...root.querySelectorAll('[aria-label], [title]')]) this.rescrubLabel(el as WithOriginals, this.labelsHidden, true);
      for (const el of [root, ...root.querySelectorAll(`[${ATTR_TEXT}]`)]) this.rescrubTextsIn(el);
    });
  }

  /** After a settings change: every text we took numbers out of is restored or scrubbed again. */
  private rescrubTexts(): void {
    for (const el of this.doc.querySelectorAll(`[${ATTR_TEXT}]`)) this.rescrubTextsIn(el);
  }

  private rescrubTextsIn(el: Element): void {
    for (let n = el.firstChild; n; n = n.nextSibling) {
      if (n.nodeType !== Node.TEXT_NODE) continue;
      const known = this.textOriginals.get(n as Text);
      if (!known) continue;
      const want = this.textHidden(known.kind, el) ? known.scrubbed : known.orig;
      if ((n as Text).data !== want && ((n as Text).data === known.orig || (n as Text).data === known.scrubbed)) (n as Text).data = want;
    }
  }

  /**
   * Whether the site's stylesheet hides this count already, so that it needs no mark: on X, the
   * five action-bar counts of every post. One bounded `matches()` (three elements, no walk up to
   * <html>), cheaper than the mark's write and the search for its kind that it saves. Where the
   * site's markup changed, nothing matches and the count is marked as before.
   */
  private covered(el: Element): boolean {
    // The element a selector names, or its child or grandchild (a number wrapped in spans):
    // one list matched up to three times, not a list three times the size to parse.
    const c = this.coveredSel;
    if (c.empty) return false;
    const p = el.parentElement;
    return c.matches(el) || (!!p && (c.matches(p) || (!!p.parentElement && c.matches(p.parentElement))));
  }

  /**
   * The kind of a noun-less count: from a declared scope (`scoped`: a site's control, which holds
   * no drafts or code), or, with no site selector at all, from the control it sits in or beside
   * ("Upvote", "Like", "Clap", an icon titled "Heart") or the link it sits in ("/stargazers").
   */
  private bareKind(el: Element): Found | null {
    for (const s of this.scopes) {
      if (!s.bare) continue;
      const scope = el.closest(s.within);
      if (scope) return { kind: s.kind ?? this.kindFromLabel(scope) ?? 'likes', scoped: true };
    }
    const number = el.textContent ?? '';
    // Microdata that names a count (Stack Exchange's votes and answers).
    const prop = el.getAttribute('itemprop') ?? el.parentElement?.getAttribute('itemprop');
    if (prop && ITEMPROP[prop]) return { kind: ITEMPROP[prop], scoped: false };
    // Inside a control: its label names the metric ("2378 Likes. Liked"), or it is a metric
    // action ("Like", an icon titled "Like"), or a link to a metric's list.
    let n: Element | null = el;
    for (let d = 0; n && d < 6; d++, n = n.parentElement) {
      if (!n.matches(CONTROL)) continue;
      const kind = this.controlKind(n, number);
      if (kind) return { kind, scoped: false };
      break;
    }
    // An element whose label names a metric: with its count anywhere above ("2378 Likes"),
    // or in words right around the number (title="Followers", title="link karma").
    n = el;
    for (let d = 0; n && d < 8; d++, n = n.parentElement) {
      const label = (n as WithOriginals)[ORIG_KEYS['aria-label']] ?? n.getAttribute('aria-label') ?? (n as WithOriginals)[ORIG_KEYS.title] ?? n.getAttribute('title');
      if (!label) continue;
      // Words alone only on the number's own small wrapper, never on a dialog or a region.
      const kind = labelKind(label) ?? (d <= 2 && n.childElementCount <= 3 && !n.hasAttribute('role') ? nameKind(label) : null);
      if (kind) return { kind, scoped: false };
    }
    // Beside a control: "<button aria-label=upvote/> <span>2.8k</span> <button aria-label=downvote/>",
    // past other numbers beside it (old Reddit's three scores).
    n = el;
    // Through wrappers that hold only the number (Medium nests its clap count four deep).
    for (let d = 0; n && d < 6; d++) {
      for (const dir of ['previousElementSibling', 'nextElementSibling'] as const) {
        let sib = n[dir];
        for (let k = 0; sib && k < 3; k++, sib = sib[dir]) {
          // What follows may still be parsing (a wrapper holding only its first control), so
          // only a control itself counts after the number; before it, its wrapper too.
          const kind = this.besideKind(sib, dir === 'previousElementSibling');
          if (kind) return { kind, scoped: false };
          if (!isBareCount(sib.textContent ?? '')) break;
        }
      }
      const up: Element | null = n.parentElement;
      if (!up || up.textContent !== number) break;
      n = up;
    }
    // A number drawn with an icon in a link to one video (a profile's grid: "▷ 1.2M"): its plays.
    if (this.iconBeside(el, number) && !RESOLUTION.test(number.trim())) {
      const link = el.closest('a[href]');
      if (link && link.contains(el) && isMediaItemPath((link as HTMLAnchorElement).pathname ?? '') && depthBelow(el, link) <= MEDIA_DEPTH) return { kind: 'views', scoped: false };
    }
    return null;
  }

  /** Whether an icon (svg, img, role=img) stands beside the number or beside a wrapper that holds only it. */
  private iconBeside(el: Element, number: string): boolean {
    let n: Element | null = el;
    for (let d = 0; n && d < 3; d++) {
      for (const sib of [n.previousElementSibling, n.nextElementSibling]) if (sib?.matches('svg, img, [role="img"]')) return true;
      const up: Element | null = n.parentElement;
      if (!up || up.textContent !== number) break;
      n = up;
    }
    return false;
  }

  /** The kind a control says its number counts: by its label, its name as an action, or its link. */
  private controlKind(c: Element, number = ''): MetricKind | null {
    const label = this.kindFromLabel(c);
    if (label) return label;
    const name = controlName(c, (c as WithOriginals)[ORIG_KEYS['aria-label']], number);
    const kind = name ? actionKind(name) : null;
    if (kind) return kind;
    if (c instanceof HTMLAnchorElement || c.localName === 'a') return metricPathKind((c as HTMLAnchorElement).pathname ?? '');
    return null;
  }

  /** A sibling of a bare number: a control, an icon, or an element with one control in it. */
  private besideKind(sib: Element, wrapper: boolean): MetricKind | null {
    if (sib.matches(CONTROL)) return this.controlKind(sib);
    if (sib.matches('svg, img, [role="img"]')) return actionKind(iconName(sib));
    const text = sib.textContent ?? '';
    if (wrapper && sib.childElementCount <= 3 && text.length <= 40) {
      // A wrapper around one control (a tooltip span around the like button).
      const c = sib.querySelector(CONTROL);
      if (c) return this.controlKind(c);
      // A word that names it ("Chat 3", "Reply 4"): short, without digits of its own.
      if (text && !HAS_DIGIT.test(text)) return actionKind(text);
    }
    return null;
  }

  private kindFromLabel(el: Element): MetricKind | null {
    return labelKind((el as WithOriginals)[ORIG_KEYS['aria-label']] ?? el.getAttribute('aria-label') ?? '');
  }

  /**
   * A label that is just the number of the count we marked inside it (title="4,821" on a
   * followers link) goes with the count; while the page parses, the label was read before its
   * content existed.
   */
  private checkLabelsAbove(el: Element): void {
    let n: Element | null = el;
    for (let d = 0; n && d < 4; d++, n = n.parentElement) if (n.hasAttribute('aria-label') || n.hasAttribute('title')) this.checkScrub(n);
  }

  /** Removes counts from a labelled element's attributes. */
  private checkScrub(el: Element): void {
    this.scrubAttribute(el, 'aria-label');
    this.scrubAttribute(el, 'title');
  }

  /**
   * Removes the counts from one attribute, keeping the original so that revealing restores it.
   * A site's declared rule scrubs its attribute whatever it says; any other label only when it
   * names a metric, never when it is just a number (a title="2024" on a date is no count). Most
   * labels with a count name their metric ("76 Replies. Reply"), so the declared rules are
   * only asked about the rest.
   */
  private scrubAttribute(el: Element, attr: ScrubAttribute): void {
    const value = el.getAttribute(attr);
    // Fast path first: most labels carry no digit ("Reply", "Home").
    if (!value || !HAS_DIGIT.test(value)) return;
    // The recogniser's own functions: the digit test above is the one they need.
    const scrubbed = this.labelHidden(el, value) ? scrubLabel(value) : value;
    if (scrubbed === value) return;
    // A label that is just the number of a count shown inside it (title="4,821" on a followers
    // link, old Reddit's title="9989" on a score) goes with the count.
    if (!labelKindOf(value) && !this.declares(el, attr) && !(isBareCount(value) && (el.hasAttribute(ATTR_MARK) || el.querySelector(`[${ATTR_MARK}]`)))) return;
    (el as WithOriginals)[ORIG_KEYS[attr]] = value;
    el.setAttribute(attr, scrubbed);
  }

  private declares(el: Element, attr: ScrubAttribute): boolean {
    const list = this.scrubRules.get(attr);
    return list !== undefined && list.matches(el);
  }

  /** Whether any kind is hidden: asked for every label with a digit, so kept per settings. */
  private anyHidden(): boolean {
    if (this.anyHiddenFor !== this.state) {
      this.anyHiddenFor = this.state;
      this.anyHiddenNow = METRIC_KINDS.some((k) => this.hidden(k));
    }
    return this.anyHiddenNow;
  }

  /** After a settings change: every label we scrubbed is restored or scrubbed again. */
  private rescrubAll(): void {
    const was = this.labelsHidden;
    for (const el of this.doc.querySelectorAll('[aria-label], [title]') as NodeListOf<WithOriginals>) this.rescrubLabel(el, was);
    this.labelsHidden = this.anyHidden();
  }

  /** One labelled element: its labels scrubbed or restored as settings and its owner say. */
  private rescrubLabel(el: WithOriginals, wasHidden: boolean, unseen = false): void {
    for (const attr of SCRUB_ATTRIBUTES) {
      const key = ORIG_KEYS[attr];
      let orig = el[key];
      // A label left as written (its owner's counts were shown) may be hidden now.
      if (orig === undefined) {
        if (unseen) this.scrubAttribute(el, attr);
        continue;
      }
      const current = el.getAttribute(attr);
      // The page rewrote the label since we last wrote it (a re-render, maybe while counts
      // were shown, when labels are not watched): the page's value is the one to keep.
      if (current !== null && current !== orig && current !== (wasHidden ? scrubCounts(orig) : orig)) {
        orig = current;
        el[key] = orig;
      }
      // Written only when it changes: settings arrive once per page load, and an unchanged
      // write is still a mutation (a record for every observer on the page, ours included).
      const want = this.labelHidden(el, orig) ? scrubCounts(orig) : orig;
      if (current !== want) el.setAttribute(attr, want);
    }
  }

  private applyTitle(): void {
    const current = this.doc.title;
    if (!current) return;
    if (this.hidden('unread')) {
      const scrubbed = scrubTitle(current);
      if (scrubbed !== current) {
        this.originalTitle = current;
        this.doc.title = scrubbed;
      }
    } else if (this.originalTitle && scrubTitle(this.originalTitle) === current) {
      this.doc.title = this.originalTitle;
      this.originalTitle = null;
    }
  }
}

/** A control's name: its label, its title, its text without digits, or its icon's title. */
function controlName(c: Element, origLabel?: string, number = ''): string {
  const label = origLabel ?? c.getAttribute('aria-label') ?? c.getAttribute('title');
  if (label) return label;
  let text = c.textContent ?? '';
  if (number) text = text.replace(number, '');
  text = text.replace(/[\d.,+%()]/g, '').trim();
  if (text && text.length <= 60) return text;
  const icon = c.querySelector('svg, img, [role="img"]');
  return icon ? iconName(icon) : '';
}

/**
 * An element's text with a space between its children: "<b>3.4M</b><span>Weekly visitors</span>"
 * reads "3.4M Weekly visitors", as it is drawn, not "3.4MWeekly visitors".
 */
function spacedText(node: Element): string {
  if (node.childElementCount === 0) return node.textContent ?? '';
  let s = '';
  for (let c = node.firstChild; c && s.length <= MAX_TEXT; c = c.nextSibling) {
    if (c.nodeType === Node.TEXT_NODE) s += (c as Text).data;
    else if (c.nodeType === Node.ELEMENT_NODE) s += ' ' + (c.textContent ?? '') + ' ';
  }
  return s;
}

/** An icon's name: aria-label, its svg <title>, alt, title, or the name its icon set gives it ("upvote-outline"). */
function iconName(icon: Element): string {
  return (
    icon.getAttribute('aria-label') ?? icon.querySelector('title')?.textContent ?? icon.getAttribute('alt') ?? icon.getAttribute('title') ??
    icon.getAttribute('icon-name') ?? icon.getAttribute('name') ?? ''
  );
}

function sameList(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  return a.every((x, i) => x === b[i]);
}

/** Whether two states hide and show the same things the same way. */
export function sameState(a: EngineState, b: EngineState): boolean {
  return (
    a.style === b.style && sameList(a.shown, b.shown) && sameList(a.customSelectors, b.customSelectors) && sameList(a.revealed ?? a.shown, b.revealed ?? b.shown) &&
    METRIC_KINDS.every((k) => a.split?.[k] === b.split?.[k])
  );
}

/**
 * Whether an element is inside the kept owner's container and in none of the hidden owner's
 * (a quoted post inside another: hidden when either is the hidden owner's, as the CSS does).
 */
function keptFor(el: Element, hiddenOwner: Owner): boolean {
  let kept = false;
  for (let c = el.closest(`[${ATTR_OWNER}]`); c; c = c.parentElement?.closest(`[${ATTR_OWNER}]`) ?? null) {
    const o = c.getAttribute(ATTR_OWNER);
    if (o === hiddenOwner) return false;
    if (o) kept = true;
  }
  return kept;
}


/** A site's scrub rules grouped by attribute, each group one selector list (one `matches()` per label, not one per rule). */
function groupScrubRules(rules: readonly ScrubRule[], doc: Document): Map<ScrubAttribute, SelectorList> {
  const byAttr = new Map<ScrubAttribute, string[]>();
  for (const r of rules) for (const attr of r.attributes) byAttr.set(attr, [...(byAttr.get(attr) ?? []), r.selector]);
  return new Map([...byAttr].map(([attr, sels]) => [attr, new SelectorList(sels, doc)]));
}

/** "4K", "8K" on a video's thumbnail are its resolution, not a count. */
const RESOLUTION = /^[248]K$/i;
/** Where a short line is cut into parts that each say one thing: "Live | 42.1K viewers", "12 votes · 3 answers". */
const PART_BREAK = /\s[|·•]\s/g;

/** How many elements down from `top` an element is (0 for top itself). */
/**
 * How deep below a video's link a number drawn with an icon may sit and still be its plays:
 * Bilibili's cards put it five deep (link > mask > stats > left > item > text).
 */
const MEDIA_DEPTH = 6;

function depthBelow(el: Element, top: Element): number {
  let d = 0;
  for (let n: Element | null = el; n && n !== top; n = n.parentElement) d++;
  return d;
}

/** A number long enough not to repeat by chance: "42.1K", "3,402", "128" (not "1" or "12"). */
function isDistinctive(number: string): boolean {
  return number.length >= 3;
}

/**
 * The counts of a short line that stand as parts of their own between separators: "Live | 42.1K
 * viewers" has one ("42.1K viewers"); "Just hit 1,000 followers!" has none (prose, no parts),
 * nor has "48 Pins · 3 sections · 2d" (its other parts are numbers of another sort).
 */
function countParts(text: string, counts: readonly FoundCount[]): FoundCount[] {
  if (text.length > 80) return [];
  PART_BREAK.lastIndex = 0;
  if (!PART_BREAK.test(text)) return [];
  const cuts = [0];
  PART_BREAK.lastIndex = 0;
  for (let m = PART_BREAK.exec(text); m; m = PART_BREAK.exec(text)) cuts.push(m.index, m.index + m[0].length);
  cuts.push(text.length);
  const out: FoundCount[] = [];
  for (let i = 0; i < cuts.length; i += 2) {
    const [from, to] = [cuts[i], cuts[i + 1]];
    const part = text.slice(from, to).trim();
    if (!part) continue;
    if (countKind(part)) {
      for (const c of counts) if (c.start >= from && c.end <= to) out.push(c);
    } else if (HAS_DIGIT.test(part)) {
      // Another number that is no count ("48 Pins · 3 sections · 2d"): a line describing a
      // thing by its numbers, not a status line with a count in it.
      return [];
    }
  }
  return out;
}

/**
 * Runs `fn` once the page has loaded and the browser is idle (or after two seconds at most):
 * work that no count waits for is not done while the page still paints its first screens.
 */
function afterLoad(win: Window, fn: () => void): void {
  if (typeof win.requestIdleCallback === 'function') win.requestIdleCallback(fn, { timeout: 2000 });
  else win.setTimeout(fn, 0);
}

/** Blanks and the brackets and colons between a noun and its number. */
function isPassedOver(c: number): boolean {
  return c <= 32 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x200b || c === 40 || c === 41 || c === 91 || c === 93 || c === 58 || c === 0xff08 || c === 0xff09 || c === 0xff1a;
}

/**
 * A character a word of a count phrase may start or end with: a letter of any script, a quote
 * („Gefällt mir“). Not a digit, a separator (· • | / - — …) or other punctuation.
 */
function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 34 || c === 39;
  if (c < 0xc0) return c === 0xab || c === 0xbb;
  // General punctuation: dashes, bullets, ellipsis; the quotes in it are words' edges.
  if (c >= 0x2000 && c <= 0x206f) return c >= 0x2018 && c <= 0x201f;
  // Digits of other blocks (Arabic-Indic, full-width), CJK punctuation, full-width forms' punctuation.
  if ((c >= 0x660 && c <= 0x669) || (c >= 0x6f0 && c <= 0x6f9) || (c >= 0xff10 && c <= 0xff19)) return false;
  if (c >= 0x3000 && c <= 0x303f) return c >= 0x300c && c <= 0x300f;
  if (c >= 0xff00 && c <= 0xff0f) return false;
  return true;
}
