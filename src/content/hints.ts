/**
 * The hint style (issue 19): beside each hidden count, a small mark saying only "none", "one" or
 * "some". This module reads each count's text once, writes the word's key on it
 * (data-unscored-hint) and keeps the rules of compileHintCss in the page; the count itself stays
 * hidden by the site's stylesheet ("hint" hides like "hide" until the mark is there).
 *
 * Its own observer, only while the hint style is chosen: nobody else pays for it.
 */
// The browser's own namespace, as everywhere in the content script (src/ext/browser.ts).
import browser from '#browser';
import { METRIC_KINDS, type Site } from '../sites/types';
import { ATTR_MARK } from '../hiding/compile-css';
import { ATTR_HINT, compileHintCss, hintOf, type HintWords } from '../hiding/compile-owners';
import type { PageState } from './state';

const STYLE_ATTR = 'data-unscored-style-el';

function words(): HintWords {
  const get = (key: string, fallback: string) => {
    try {
      return browser.i18n.getMessage(key) || fallback;
    } catch {
      return fallback;
    }
  };
  return { none: get('hint_none', 'none'), one: get('hint_one', 'one'), some: get('hint_some', 'some') };
}

export class Hints {
  private style?: HTMLStyleElement;
  private observer?: MutationObserver;
  private active = false;
  private readonly countSel: string;
  private words?: HintWords;

  constructor(
    private readonly site: Site | undefined,
    private readonly doc: Document = document,
    private readonly getWords: () => HintWords = words,
  ) {
    const sels = [...METRIC_KINDS.flatMap((k) => site?.metrics[k] ?? []), `[${ATTR_MARK}]`];
    const probe = doc.createElement('div');
    this.countSel = sels
      .filter((s) => {
        try {
          probe.matches(s);
          return true;
        } catch {
          return false;
        }
      })
      .join(', ');
  }

  apply(state: PageState): void {
    guard(() => {
      const active = state.style === 'hint';
      this.words ??= active ? this.getWords() : undefined;
      const css = active && this.words ? compileHintCss(this.site?.metrics ?? {}, state.shown, state.split, this.words) : '';
      this.setStyle(css);
      if (active && !this.active) this.start();
      else if (!active && this.active) {
        this.active = false;
        this.observer?.disconnect();
      }
    });
  }

  /** Stops watching (an update left this copy orphaned: see ./takeover). */
  stop(): void {
    this.active = false;
    this.observer?.disconnect();
  }

  private start(): void {
    this.active = true;
    this.observer ??= new MutationObserver((records) => guard(() => this.onRecords(records)));
    // The engine's marks arrive as attribute changes on elements already in the page.
    this.observer.observe(this.doc, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: [ATTR_MARK] });
    this.hintIn(this.doc.documentElement);
  }

  private onRecords(records: MutationRecord[]): void {
    for (const r of records) {
      if (r.type === 'childList') {
        for (const n of r.addedNodes) if (n.nodeType === Node.ELEMENT_NODE) this.hintIn(n as Element);
      }
      // A count whose text changed (a new like), or a text node added inside one.
      const t = r.target.nodeType === Node.ELEMENT_NODE ? (r.target as Element) : r.target.parentElement;
      const count = t?.closest(this.countSel);
      if (count) this.hint(count);
    }
  }

  private hintIn(root: Element): void {
    if (!this.countSel) return;
    if (root.matches(this.countSel)) this.hint(root);
    for (const el of root.querySelectorAll(this.countSel)) this.hint(el);
  }

  private hint(el: Element): void {
    const h = hintOf(el.textContent ?? '');
    if (el.getAttribute(ATTR_HINT) !== h) el.setAttribute(ATTR_HINT, h);
  }

  private setStyle(css: string): void {
    if (!css && !this.style) return;
    if (!this.style) {
      this.style = this.doc.createElement('style');
      this.style.setAttribute(STYLE_ATTR, 'hints');
    }
    if (this.style.textContent !== css) this.style.textContent = css;
    if (!this.style.isConnected) (this.doc.head ?? this.doc.documentElement).append(this.style);
  }
}

function guard(fn: () => void): void {
  try {
    fn();
  } catch (e) {
    console.debug('[Unscored]', e);
  }
}
