/**
 * The element picker (issue "custom selectors and an element picker"). Started from the popup;
 * the user points at a number the site file misses, sees what a selector would hide, widens or
 * narrows it, and saves it to the site's custom selectors.
 *
 * - Its UI lives in a shadow root on a host element of ours, with `all: initial`, so page
 *   styles cannot reach it. Every string is set with textContent, never as markup.
 * - While picking, the page gets no clicks, presses, submits or key presses: capture-phase
 *   listeners on window stop them, so picking a link or a button never navigates or posts.
 * - Keyboard: arrows move between numbers (then widen/narrow), Enter picks (then saves),
 *   Backspace picks again, Escape leaves at any time without saving.
 */
import { allCandidates, candidateFor } from './candidates';
import { checkOnPage, selectorLadder, type SelectorOption } from './selector';
import { checkSelector } from '../settings/repair';
import type { SaveResult } from './save';
import { isPicking, setPicking } from './state';

export const PICKER_HOST = 'unscored-picker';

export interface PickerOptions {
  /** Validates and stores the selector. */
  save: (selector: string) => Promise<SaveResult>;
  doc?: Document;
  onClose?: (saved: string | null) => void;
}

const STOPPED = [
  'click', 'dblclick', 'auxclick', 'contextmenu', 'mousedown', 'mouseup', 'pointerdown', 'pointerup',
  'submit', 'mouseover', 'mouseout', 'mouseenter', 'mouseleave', 'pointerover', 'pointerout', 'touchstart', 'touchend',
] as const;
const KEYS = ['keydown', 'keypress', 'keyup'] as const;
const MAX_BOXES = 200;

const CSS = `
:host { all: initial !important; }
* { box-sizing: border-box; }
.layer { position: fixed; inset: 0; pointer-events: none; }
.hl, .box { position: fixed; pointer-events: none; border-radius: 3px; }
.hl { outline: 2px solid #1d6ff0; background: rgba(29, 111, 240, .18); }
.box { outline: 2px dashed #d9480f; background: rgba(217, 72, 15, .12); }
.panel {
  position: fixed; right: 16px; bottom: 16px; width: 340px; max-width: calc(100vw - 32px);
  pointer-events: auto; background: #fff; color: #16181c; border: 1px solid #c9ced6; border-radius: 10px;
  box-shadow: 0 6px 24px rgba(0,0,0,.25); padding: 12px 14px; font: 14px/1.4 system-ui, sans-serif; text-align: left;
}
.panel:focus { outline: none; }
.panel:focus-visible { outline: 2px solid #1d6ff0; }
h2 { font-size: 15px; margin: 0 0 6px; font-weight: 600; }
p { margin: 0 0 8px; }
code { display: block; font: 12px/1.3 ui-monospace, monospace; background: #f2f4f7; padding: 6px; border-radius: 4px;
  margin: 0 0 8px; overflow-wrap: anywhere; max-height: 5.4em; overflow: auto; }
.row { display: flex; gap: 6px; align-items: center; margin: 0 0 8px; }
input[type=range] { flex: 1; }
button { font: inherit; padding: 4px 10px; border-radius: 6px; border: 1px solid #8b96a5; background: #f7f8fa; color: inherit; cursor: pointer; }
button.primary { background: #1d6ff0; border-color: #1d6ff0; color: #fff; }
button:disabled { opacity: .5; cursor: default; }
button:focus-visible, input:focus-visible { outline: 2px solid #1d6ff0; outline-offset: 1px; }
.error { color: #b3261e; }
.error:empty { display: none; }
[hidden] { display: none !important; }
@media (prefers-color-scheme: dark) {
  .panel { background: #16181c; color: #e7e9ea; border-color: #3e4144; }
  code { background: #26292d; }
  button { background: #26292d; border-color: #6b7280; }
  .error { color: #ff8a80; }
}
`;

function h<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, props: Partial<Record<string, string>> = {}, text?: string): HTMLElementTagNameMap[K] {
  const el = doc.createElement(tag);
  for (const [k, v] of Object.entries(props)) if (v !== undefined) el.setAttribute(k, v);
  if (text !== undefined) el.textContent = text;
  return el;
}

export class Picker {
  readonly host: HTMLElement;
  private readonly doc: Document;
  private readonly root: ShadowRoot;
  private readonly ui: {
    panel: HTMLElement; status: HTMLElement; error: HTMLElement; preview: HTMLElement; code: HTMLElement;
    range: HTMLInputElement; narrower: HTMLButtonElement; wider: HTMLButtonElement;
    save: HTMLButtonElement; again: HTMLButtonElement; cancel: HTMLButtonElement; hl: HTMLElement; boxes: HTMLElement;
  };
  private mode: 'hover' | 'preview' | 'saving' | 'closed' = 'hover';
  /** The element under the pointer or chosen by keyboard (hover mode). */
  private current: Element | null = null;
  private candidates: Element[] | null = null;
  private picked: Element | null = null;
  private ladder: SelectorOption[] = [];
  private level = 0;
  private frame = 0;

  constructor(private readonly opts: PickerOptions) {
    this.doc = opts.doc ?? document;
    const doc = this.doc;
    this.host = doc.createElement(PICKER_HOST);
    // Inline and important: a page rule for unknown elements cannot hide or move us.
    for (const [p, v] of [['all', 'initial'], ['position', 'fixed'], ['inset', '0'], ['z-index', '2147483647'], ['pointer-events', 'none'], ['display', 'block']]) {
      this.host.style.setProperty(p, v, 'important');
    }
    this.root = this.host.attachShadow({ mode: 'open' });
    const style = h(doc, 'style', {}, CSS);
    const layer = h(doc, 'div', { class: 'layer' });
    const hl = h(doc, 'div', { class: 'hl', hidden: '' });
    const boxes = h(doc, 'div', {});
    const panel = h(doc, 'div', { class: 'panel', role: 'dialog', 'aria-label': 'Unscored: hide a number', tabindex: '-1' });
    const title = h(doc, 'h2', {}, 'Hide a number');
    const status = h(doc, 'p', { 'aria-live': 'polite', class: 'status' });
    const preview = h(doc, 'div', { hidden: '' });
    const code = h(doc, 'code', {});
    const row = h(doc, 'div', { class: 'row' });
    const narrower = h(doc, 'button', { type: 'button', 'aria-label': 'Narrower: match fewer elements' }, '−');
    const range = h(doc, 'input', { type: 'range', min: '0', max: '0', step: '1', 'aria-label': 'How wide the match is' });
    const wider = h(doc, 'button', { type: 'button', 'aria-label': 'Wider: match more elements' }, '+');
    row.append(narrower, range, wider);
    preview.append(code, row);
    const error = h(doc, 'p', { class: 'error', role: 'alert' });
    const actions = h(doc, 'div', { class: 'row' });
    const save = h(doc, 'button', { type: 'button', class: 'primary' }, 'Save');
    const again = h(doc, 'button', { type: 'button' }, 'Pick another');
    const cancel = h(doc, 'button', { type: 'button' }, 'Cancel');
    actions.append(save, again, cancel);
    panel.append(title, status, preview, error, actions);
    layer.append(hl, boxes);
    this.root.append(style, layer, panel);
    this.ui = { panel, status, error, preview, code, range, narrower, wider, save, again, cancel, hl, boxes };

    narrower.addEventListener('click', () => this.setLevel(this.level - 1));
    wider.addEventListener('click', () => this.setLevel(this.level + 1));
    range.addEventListener('input', () => this.setLevel(Number(range.value)));
    save.addEventListener('click', () => void this.save());
    again.addEventListener('click', () => this.toHover());
    cancel.addEventListener('click', () => this.close(null));
    // Keys typed in our panel go no further than the host (page shortcuts never see them).
    for (const t of KEYS) this.root.addEventListener(t, (e) => e.stopPropagation());
  }

  start(): void {
    const w = this.doc.defaultView!;
    for (const t of STOPPED) w.addEventListener(t, this.onStopped, { capture: true });
    for (const t of KEYS) w.addEventListener(t, this.onKey, { capture: true });
    w.addEventListener('mousemove', this.onMove, { capture: true, passive: true });
    w.addEventListener('scroll', this.onScroll, { capture: true, passive: true });
    w.addEventListener('resize', this.onScroll, { passive: true });
    this.doc.documentElement.append(this.host);
    this.toHover();
    this.ui.panel.focus({ preventScroll: true });
  }

  close(saved: string | null): void {
    if (this.mode === 'closed') return;
    this.mode = 'closed';
    const w = this.doc.defaultView!;
    for (const t of STOPPED) w.removeEventListener(t, this.onStopped, { capture: true });
    for (const t of KEYS) w.removeEventListener(t, this.onKey, { capture: true });
    w.removeEventListener('mousemove', this.onMove, { capture: true });
    w.removeEventListener('scroll', this.onScroll, { capture: true });
    w.removeEventListener('resize', this.onScroll);
    cancelAnimationFrame(this.frame);
    this.host.remove();
    this.opts.onClose?.(saved);
  }

  get state(): string {
    return this.mode;
  }

  /** The selector the preview shows now. */
  get selector(): string | null {
    return this.mode === 'preview' || this.mode === 'saving' ? this.ladder[this.level]?.selector ?? null : null;
  }

  private isOurs = (el: Element): boolean => el === this.host;

  /** The element itself, also inside a page's open shadow root (where the event is retargeted). */
  private targetOf(e: Event): Element | null {
    const t = e.composedPath()[0] ?? e.target;
    return t instanceof Element ? t : t instanceof Text ? t.parentElement : null;
  }

  private fromUs(e: Event): boolean {
    return e.composedPath().includes(this.host);
  }

  private onStopped = (e: Event): void => {
    if (this.fromUs(e)) return;
    // Nothing reaches the page: no navigation, no submit, no menus, no hover cards.
    if (e.cancelable) e.preventDefault();
    e.stopImmediatePropagation();
    if (e.type === 'click' && (this.mode === 'hover' || this.mode === 'preview')) this.pick(candidateFor(this.targetOf(e), this.isOurs));
  };

  private onMove = (e: MouseEvent): void => {
    if (this.mode !== 'hover' || this.fromUs(e)) return;
    const el = candidateFor(this.targetOf(e), this.isOurs);
    if (el !== this.current) {
      this.current = el;
      this.drawHover();
    }
  };

  private onScroll = (): void => {
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => (this.mode === 'hover' ? this.drawHover() : this.drawBoxes()));
  };

  private onKey = (e: KeyboardEvent): void => {
    const inner = e.composedPath()[0] as Element | undefined;
    const ours = this.fromUs(e);
    if (!ours) {
      // Page shortcuts stay quiet while picking; the browser's own (Tab, scrolling) still work.
      e.stopImmediatePropagation();
    }
    if (e.type !== 'keydown') return;
    const key = e.key;
    const handled = (): void => {
      e.preventDefault();
      e.stopImmediatePropagation();
    };
    if (key === 'Escape') {
      handled();
      this.close(null);
      return;
    }
    // Our own controls keep their native keys (the slider's arrows, a button's Enter/Space).
    const control = ours && inner instanceof Element ? inner.localName : '';
    if (control === 'input' && key.startsWith('Arrow')) return;
    if (control === 'button' && (key === 'Enter' || key === ' ')) return;
    if (this.mode === 'hover') {
      if (key === 'ArrowDown' || key === 'ArrowRight') (handled(), this.step(1));
      else if (key === 'ArrowUp' || key === 'ArrowLeft') (handled(), this.step(-1));
      else if (key === 'Enter') (handled(), this.pick(this.current));
    } else if (this.mode === 'preview') {
      if (key === 'ArrowUp' || key === 'ArrowRight' || key === '+') (handled(), this.setLevel(this.level + 1));
      else if (key === 'ArrowDown' || key === 'ArrowLeft' || key === '-') (handled(), this.setLevel(this.level - 1));
      else if (key === 'Enter') (handled(), void this.save());
      else if (key === 'Backspace') (handled(), this.toHover());
    }
  };

  /** Moves the keyboard highlight to the next or previous number on the page. */
  private step(dir: 1 | -1): void {
    if (!this.candidates || (this.current && !this.candidates.includes(this.current))) {
      this.candidates = allCandidates(this.doc, this.isOurs);
    }
    const list = this.candidates;
    if (!list.length) {
      this.setStatus('No numbers found on this page.');
      return;
    }
    const i = this.current ? list.indexOf(this.current) : -1;
    this.current = list[(i + dir + list.length) % list.length] ?? list[0];
    this.current.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
    this.drawHover();
  }

  private toHover(): void {
    this.mode = 'hover';
    this.picked = null;
    this.ladder = [];
    this.candidates = null;
    this.ui.preview.hidden = true;
    this.ui.save.disabled = true;
    this.ui.again.hidden = true;
    this.ui.error.textContent = '';
    this.ui.boxes.replaceChildren();
    this.setStatus('Point at a number and click it, or move with the arrow keys and press Enter. Esc leaves.');
    this.drawHover();
  }

  private pick(el: Element | null): void {
    if (!el) {
      this.ui.error.textContent = 'That is not a number Unscored can pick. Point at a number.';
      return;
    }
    const ladder = selectorLadder(el, this.doc);
    if (!ladder.length) {
      this.ui.error.textContent = 'No safe selector matches that element. Try a number nearby.';
      return;
    }
    this.picked = el;
    this.ladder = ladder;
    // Start at the narrowest selector that does not depend on positions (those break first).
    const plain = ladder.findIndex((o) => !o.selector.includes(':nth-of-type'));
    this.mode = 'preview';
    this.ui.hl.hidden = true;
    this.ui.preview.hidden = false;
    this.ui.again.hidden = false;
    this.ui.error.textContent = '';
    this.ui.range.max = String(ladder.length - 1);
    this.setLevel(plain >= 0 ? plain : 0);
  }

  private setLevel(n: number): void {
    if (this.mode !== 'preview' || !this.ladder.length) return;
    this.level = Math.max(0, Math.min(this.ladder.length - 1, n));
    const { selector, count } = this.ladder[this.level];
    this.ui.range.value = String(this.level);
    this.ui.range.setAttribute('aria-valuetext', `${count} ${count === 1 ? 'element' : 'elements'}`);
    this.ui.narrower.disabled = this.level === 0;
    this.ui.wider.disabled = this.level === this.ladder.length - 1;
    this.ui.save.disabled = false;
    this.ui.code.textContent = selector;
    this.ui.error.textContent = '';
    this.setStatus(`Hides ${count} ${count === 1 ? 'element' : 'elements'} on this page (outlined). Arrows: wider or narrower. Enter saves.`);
    this.drawBoxes();
  }

  private async save(): Promise<void> {
    const sel = this.selector;
    if (this.mode !== 'preview' || !sel) return;
    const err = checkSelector(sel) ?? checkOnPage(sel, this.doc);
    if (err) {
      this.ui.error.textContent = `Not saved: the selector ${err}.`;
      return;
    }
    this.mode = 'saving';
    this.ui.save.disabled = true;
    const r = await this.opts.save(sel);
    if (this.mode !== 'saving') return; // Escape while saving.
    if (!r.ok) {
      this.mode = 'preview';
      this.ui.save.disabled = false;
      this.ui.error.textContent = r.error;
      return;
    }
    this.close(sel);
    showToast(this.doc, r.message);
  }

  private setStatus(text: string): void {
    this.ui.status.textContent = text;
  }

  private place(box: HTMLElement, el: Element): boolean {
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) return false;
    box.style.left = `${r.left - 2}px`;
    box.style.top = `${r.top - 2}px`;
    box.style.width = `${r.width + 4}px`;
    box.style.height = `${r.height + 4}px`;
    return true;
  }

  private drawHover(): void {
    const hl = this.ui.hl;
    hl.hidden = !(this.mode === 'hover' && this.current && this.current.isConnected && this.place(hl, this.current));
  }

  private drawBoxes(): void {
    const sel = this.selector;
    const boxes: HTMLElement[] = [];
    if (sel) {
      for (const el of this.doc.querySelectorAll(sel)) {
        if (boxes.length >= MAX_BOXES) break;
        const b = h(this.doc, 'div', { class: 'box' });
        if (this.place(b, el)) boxes.push(b);
      }
    }
    this.ui.boxes.replaceChildren(...boxes);
  }

  /** For tests and the debugger: the element the preview is about. */
  get pickedElement(): Element | null {
    return this.picked;
  }
}

export const TOAST_HOST = 'unscored-toast';
const TOAST_MS = 6000;

/** A short confirmation after saving ("Saved…", or "Saved on this device, but not synced…"). */
export function showToast(doc: Document, text: string): HTMLElement {
  doc.querySelector(TOAST_HOST)?.remove();
  const host = doc.createElement(TOAST_HOST);
  for (const [p, v] of [['all', 'initial'], ['position', 'fixed'], ['right', '16px'], ['bottom', '16px'], ['z-index', '2147483647'], ['display', 'block']]) {
    host.style.setProperty(p, v, 'important');
  }
  const root = host.attachShadow({ mode: 'open' });
  const box = h(doc, 'div', { role: 'status', class: 'panel' }, text);
  box.style.cssText = 'max-width:340px;background:#16181c;color:#fff;border-radius:8px;padding:10px 14px;font:14px/1.4 system-ui,sans-serif;box-shadow:0 4px 16px rgba(0,0,0,.3)';
  root.append(box);
  doc.documentElement.append(host);
  setTimeout(() => host.remove(), TOAST_MS);
  return host;
}

let active: Picker | null = null;

export { isPicking };

/** Starts pick mode (once per page at a time). */
export function startPicker(opts: PickerOptions): Picker {
  if (active && active.state !== 'closed') return active;
  const p = new Picker({
    ...opts,
    onClose: (saved) => {
      if (active === p) active = null;
      setPicking(false);
      opts.onClose?.(saved);
    },
  });
  active = p;
  setPicking(true);
  p.start();
  return p;
}
