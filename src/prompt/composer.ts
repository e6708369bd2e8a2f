/**
 * Finding the composer a post attempt belongs to. Only called once an event has already matched
 * a submit control or a textbox of the site's composer, never on the hot path of every event.
 */
import type { Composer } from '../sites/types';

/** Mastodon (any instance), detected from its markup on origins the user added. */
export const MASTODON_COMPOSER: Composer = {
  textbox: ['form.compose-form textarea'],
  submit: ['.compose-form__submit button', '#mastodon-publish-button button', 'form.compose-form button[type="submit"]'],
  shortcut: 'mod+enter',
};

export function isMastodon(doc: Document): boolean {
  return !!doc.querySelector('#mastodon, meta[name="application-name"][content="Mastodon"]');
}

/** Joins a selector list; selectors that do not parse are left out (a bad one never voids the rest). */
export function safeSelector(list: readonly string[], doc: Document = document): string {
  const good: string[] = [];
  for (const s of list) {
    try {
      doc.createDocumentFragment().querySelector(s);
      good.push(s);
    } catch {
      /* skipped */
    }
  }
  return good.join(', ');
}

/** The parent, crossing out of shadow roots. */
export function parentOf(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** The first element of the event's path that matches `sel`. */
export function findInPath(path: readonly EventTarget[], sel: string): Element | null {
  if (!sel) return null;
  for (const t of path) {
    if (!(t instanceof Element)) continue;
    try {
      if (t.matches(sel)) return t;
    } catch {
      return null;
    }
  }
  return null;
}

function queryAllDeep(root: Element, sel: string, out: Element[], depth = 0): void {
  root.querySelectorAll(sel).forEach((e) => out.push(e));
  if (depth > 3) return;
  // Composers inside open shadow roots (Reddit's shreddit-composer): look one level in.
  if (root.shadowRoot) for (const c of root.shadowRoot.children) queryAllDeep(c, sel, out, depth + 1);
  for (const h of root.querySelectorAll('*')) {
    if (h.shadowRoot) for (const c of h.shadowRoot.children) queryAllDeep(c, sel, out, depth + 1);
  }
}

/** Elements matching `sel` inside the nearest ancestor of `from` (itself included) that has any. */
export function nearest(from: Element, sel: string, maxUp = 30): Element[] {
  if (!sel) return [];
  let el: Element | null = from;
  for (let i = 0; el && i < maxUp; i++, el = parentOf(el)) {
    const found: Element[] = [];
    if (el.matches(sel)) found.push(el);
    queryAllDeep(el, sel, found);
    if (found.length) return [...new Set(found)];
    if (el.localName === 'body') break;
  }
  return [];
}

/** Disabled controls cannot post: the site said no (empty draft, over the limit, uploading). */
export function isDisabled(el: Element): boolean {
  if (el.getAttribute('aria-disabled') === 'true') return true;
  try {
    return el.matches(':disabled');
  } catch {
    return false;
  }
}

/** What the user wrote, as the site holds it. Never changes anything. */
export function draftText(el: Element): string {
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) return el.value;
  const h = el as HTMLElement;
  const t = typeof h.innerText === 'string' && h.isConnected ? h.innerText : (el.textContent ?? '');
  return t;
}

export function isBlank(text: string): boolean {
  return text.replace(/[\u200b\u200c\u200d\ufeff\u00a0\s]/g, '') === '';
}

/** Whether this keydown sends a post on a site with this shortcut. */
export function isPostKey(e: KeyboardEvent, shortcut: Composer['shortcut']): boolean {
  if (!shortcut || e.key !== 'Enter' || e.isComposing || e.keyCode === 229) return false;
  if (shortcut === 'mod+enter') return (e.ctrlKey || e.metaKey) && !e.altKey;
  return !e.shiftKey && !e.ctrlKey && !e.metaKey && !e.altKey;
}

/** The start of the draft, for the dialog. */
export function preview(text: string, max = 280): string {
  const t = text.replace(/[\u200b\ufeff]/g, '').replace(/\n{3,}/g, '\n\n').trim();
  return t.length > max ? `${t.slice(0, max).trimEnd()}…` : t;
}

/** The element that has focus, looking inside shadow roots. */
export function deepActiveElement(doc: Document = document): Element | null {
  let a: Element | null = doc.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

export interface SavedCaret {
  restore(): void;
}

/** Remembers where the caret was in a textbox, to put it back after "Go back". */
export function saveCaret(box: Element): SavedCaret {
  if (box instanceof HTMLTextAreaElement || box instanceof HTMLInputElement) {
    const start = box.selectionStart;
    const end = box.selectionEnd;
    const dir = box.selectionDirection ?? undefined;
    return {
      restore() {
        try {
          if (start !== null && end !== null) box.setSelectionRange(start, end, dir);
        } catch {
          /* not selectable */
        }
      },
    };
  }
  const sel = box.ownerDocument.getSelection();
  const range = sel && sel.rangeCount && box.contains(sel.getRangeAt(0).startContainer) ? sel.getRangeAt(0).cloneRange() : null;
  return {
    restore() {
      if (!range) return;
      const s = box.ownerDocument.getSelection();
      if (!s || !range.startContainer.isConnected) return;
      s.removeAllRanges();
      s.addRange(range);
    },
  };
}

/** The saved caret if it is inside the box, else a caret at the end of the box. */
export function caretAtEnd(box: Element, saved: SavedCaret | null): SavedCaret {
  if (box instanceof HTMLTextAreaElement || box instanceof HTMLInputElement) return saved ?? saveCaret(box);
  const sel = box.ownerDocument.getSelection();
  if (saved && sel && sel.rangeCount && box.contains(sel.getRangeAt(0).startContainer)) return saved;
  return {
    restore() {
      const s = box.ownerDocument.getSelection();
      if (!s) return;
      const r = box.ownerDocument.createRange();
      r.selectNodeContents(box);
      r.collapse(false);
      s.removeAllRanges();
      s.addRange(r);
    },
  };
}
