/**
 * The pause dialog itself: a modal <dialog role="dialog" aria-modal="true"> built into a given
 * document and container. It is shown in the extension's frame (frame.ts, where the page can
 * neither read it nor hear its keys) or, when that frame cannot load, in a shadow root in the
 * page (inline-dialog.ts). Built with textContent only: the draft and the user's own words never
 * pass through innerHTML.
 *
 * Exactly once, whatever the hands do: a button counts only for an activation that began after
 * the dialog was shown. A click counts when its pointer went down on that button after the
 * dialog was shown, as a first click (the second click of a double click on the site's button,
 * which opened the dialog, lands on our Post with detail 2 and is ignored). Enter/Space count
 * only for a fresh keydown (not `repeat`, not held from before): the buttons' native keyboard
 * activation is cancelled and done here, so a held key can never click them.
 */

import { dialogText } from './dialog-text';

export interface DialogOptions {
  question: string;
  secondLine: string;
  /** The start of the draft. */
  preview: string;
  delaySeconds: number;
  askReason: boolean;
  /** Minutes offered by "Don't ask again on this site for N minutes". */
  snoozeMinutes: number;
  /** Shown next to the reason field when the answer is kept in the journal. */
  journal: boolean;
}

export interface DialogResult {
  action: 'post' | 'back';
  reason: string;
  snooze: boolean;
}

/** Marks our dialog element (tests find it by this in the frame). */
export const DIALOG_ATTR = 'data-unscored-dialog';

export const DIALOG_CSS = `
:host { all: initial !important; }
html, body { margin: 0; background: transparent; }
dialog {
  box-sizing: border-box; max-width: min(34rem, calc(100vw - 2rem)); width: 100%;
  margin: auto; padding: 1.25rem 1.5rem; border: 1px solid #8a8f98; border-radius: 12px;
  background: #fff; color: #15171a; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  box-shadow: 0 12px 40px rgba(0,0,0,.35);
}
dialog::backdrop { background: rgba(15, 20, 25, .55); }
h2 { font-size: 1.25rem; line-height: 1.3; margin: 0 0 .35rem; font-weight: 650; }
.second { margin: 0 0 .75rem; color: #3d434b; }
blockquote {
  margin: .5rem 0 1rem; padding: .5rem .75rem; border-left: 3px solid #8a8f98; background: #f3f4f6;
  white-space: pre-wrap; overflow-wrap: anywhere; max-height: 10rem; overflow: auto; color: #15171a;
}
label { display: block; margin: 0 0 .25rem; font-weight: 600; }
input[type="text"] {
  box-sizing: border-box; width: 100%; font: inherit; padding: .45rem .6rem; border: 1px solid #6b7280;
  border-radius: 6px; background: #fff; color: #15171a; margin: 0 0 .25rem;
}
.hint { font-size: .85rem; color: #4b5563; margin: 0 0 .75rem; }
.snooze { display: flex; gap: .5rem; align-items: center; font-weight: 400; margin: .5rem 0 1rem; }
.buttons { display: flex; gap: .75rem; justify-content: flex-end; flex-wrap: wrap; }
button {
  font: inherit; font-weight: 600; padding: .5rem 1.1rem; border-radius: 999px; cursor: pointer;
  border: 1px solid #15171a; background: #fff; color: #15171a; min-height: 2.5rem;
}
button.post { background: #15171a; color: #fff; }
button:disabled { opacity: .5; cursor: not-allowed; }
:focus-visible { outline: 3px solid #2563eb; outline-offset: 2px; }
.wait { font-size: .85rem; color: #4b5563; margin: 0 .25rem 0 0; align-self: center; }
@media (prefers-color-scheme: dark) {
  dialog { background: #16181c; color: #e7e9ea; border-color: #536471; }
  .second, .hint, .wait { color: #b4bcc4; }
  blockquote { background: #202327; color: #e7e9ea; }
  input[type="text"] { background: #000; color: #e7e9ea; border-color: #8b98a5; }
  button { background: #16181c; color: #e7e9ea; border-color: #e7e9ea; }
  button.post { background: #e7e9ea; color: #0f1419; }
}
@media (prefers-reduced-motion: no-preference) { dialog[open] { animation: in .12s ease-out; } }
@keyframes in { from { opacity: 0; transform: translateY(4px); } }
`;

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, attrs: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

/** Constructed sheets are not subject to the page's CSP for inline styles; <style> otherwise. */
export function addStyles(doc: Document, root: Document | ShadowRoot, css: string): void {
  try {
    const sheet = new (doc.defaultView ?? window).CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
    return;
  } catch {
    /* fall back to a <style> element */
  }
  (root instanceof Document ? root.head ?? root.documentElement : root).append(el(doc, 'style', {}, css));
}

export interface DialogView {
  result: Promise<DialogResult>;
  /** Shows it (modal), starts the countdown, focuses the first field. */
  show(): void;
  /** Focus to the first field again (once the frame itself has focus). */
  focusFirst(): void;
  /** Closes as "Go back". */
  cancel(): void;
  /**
   * Every keydown/keypress/keyup while the dialog is up, from wherever they are caught (the
   * frame's window, or the page's window for the inline dialog, whose listener stops them).
   */
  onKey(e: KeyboardEvent): void;
}

/**
 * Builds the dialog into `container`. `focused` tells which element has focus inside the
 * dialog's root (a closed shadow root hides it from the event's path as seen from the page).
 */
export function buildDialog(opts: DialogOptions, doc: Document, container: Element | ShadowRoot, focused: () => Element | null): DialogView {
  const dialog = el(doc, 'dialog', { role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'q', [DIALOG_ATTR]: '' });
  dialog.append(el(doc, 'h2', { id: 'q' }, opts.question));
  if (opts.secondLine.trim()) {
    dialog.append(el(doc, 'p', { class: 'second', id: 's' }, opts.secondLine));
    dialog.setAttribute('aria-describedby', 's d');
  } else dialog.setAttribute('aria-describedby', 'd');
  dialog.append(el(doc, 'blockquote', { id: 'd', 'aria-label': dialogText('dialogDraft') }, opts.preview));

  let reasonInput: HTMLInputElement | null = null;
  if (opts.askReason) {
    dialog.append(el(doc, 'label', { for: 'why' }, dialogText('dialogWhy')));
    reasonInput = el(doc, 'input', { type: 'text', id: 'why', maxlength: '500', autocomplete: 'off', spellcheck: 'true' });
    dialog.append(reasonInput);
    dialog.append(el(doc, 'p', { class: 'hint' }, dialogText(opts.journal ? 'dialogJournalKept' : 'dialogNotSaved')));
  }

  const snoozeLabel = el(doc, 'label', { class: 'snooze' });
  const snooze = el(doc, 'input', { type: 'checkbox', id: 'snooze' });
  snoozeLabel.append(snooze, doc.createTextNode(dialogText('dialogSnooze', opts.snoozeMinutes)));
  dialog.append(snoozeLabel);

  const buttons = el(doc, 'div', { class: 'buttons' });
  const wait = el(doc, 'span', { class: 'wait', 'aria-live': 'polite' });
  const back = el(doc, 'button', { type: 'button', class: 'back', 'data-action': 'back' }, dialogText('dialogGoBack'));
  const post = el(doc, 'button', { type: 'button', class: 'post', 'data-action': 'post' }, dialogText('dialogPost'));
  buttons.append(wait, back, post);
  dialog.append(buttons);
  container.append(dialog);

  let remaining = Math.max(0, Math.floor(opts.delaySeconds));
  post.disabled = remaining > 0;
  let timer: ReturnType<typeof setInterval> | undefined;
  const tick = () => {
    if (remaining <= 0) {
      post.disabled = false;
      wait.textContent = '';
      clearInterval(timer);
      return;
    }
    post.disabled = true;
    wait.textContent = dialogText('dialogPostIn', remaining);
    remaining--;
  };

  let settle!: (r: DialogResult) => void;
  let settled = false;
  const result = new Promise<DialogResult>((resolve) => (settle = resolve));
  const finish = (action: 'post' | 'back') => {
    if (settled) return;
    if (action === 'post' && post.disabled) return;
    settled = true;
    clearInterval(timer);
    const r: DialogResult = { action, reason: (reasonInput?.value ?? '').trim(), snooze: snooze.checked };
    try {
      if (dialog.open) dialog.close();
    } catch {
      /* already closed */
    }
    dialog.remove();
    settle(r);
  };

  // What counts as the user's own activation (see the top of this file).
  let shownAt = Infinity;
  const perf = doc.defaultView?.performance ?? performance;
  /** The button a first click's pointer went down on, after the dialog was shown. */
  let pressed: Element | null = null;
  /** The button a fresh Space went down on (a button activates on Space's keyup). */
  let spaceOn: Element | null = null;
  /** Enter or Space is down since before the dialog, or repeating: no activation by key. */
  let staleKey = false;
  const buttonOf = (t: EventTarget | null | undefined) => (t === back || t === post ? (t as HTMLButtonElement) : null);
  const activate = (b: Element) => finish(b === post ? 'post' : 'back');
  const fresh = (e: Event) => e.isTrusted && e.timeStamp >= shownAt;

  dialog.addEventListener('mousedown', (e) => {
    const b = buttonOf(e.composedPath().find((t) => buttonOf(t)));
    pressed = b && fresh(e) && e.button === 0 && e.detail <= 1 ? b : null;
  }, true);
  dialog.addEventListener('click', (e) => {
    const b = buttonOf(e.composedPath().find((t) => buttonOf(t)));
    if (!b) return;
    e.preventDefault();
    e.stopPropagation();
    // detail 0: not a pointer (assistive technology's "press"; our own keys never click).
    const ok = e.isTrusted && (e.detail === 0 ? !staleKey : pressed === b && e.detail === 1);
    pressed = null;
    if (ok) activate(b);
  }, true);
  // The browser's own close request (Escape) on a modal dialog.
  dialog.addEventListener('cancel', (e) => {
    e.preventDefault();
    finish('back');
  });

  const focusables = (): HTMLElement[] =>
    ([reasonInput, snooze, back, post] as (HTMLInputElement | HTMLButtonElement | null)[]).filter(
      (x): x is HTMLInputElement | HTMLButtonElement => !!x && !x.disabled,
    );
  const focusFirst = () => (reasonInput ?? back).focus();

  return {
    result,
    show() {
      try {
        dialog.showModal();
      } catch {
        dialog.setAttribute('open', '');
      }
      shownAt = perf.now();
      if (remaining > 0) {
        tick();
        timer = setInterval(tick, 1000);
      }
      focusFirst();
    },
    focusFirst,
    cancel: () => finish('back'),
    onKey(e: KeyboardEvent) {
      if (settled) return;
      if (e.type === 'keydown' && e.key === 'Escape') {
        e.preventDefault();
        finish('back');
        return;
      }
      if (e.type === 'keydown' && e.key === 'Tab') {
        // Focus stays inside the dialog.
        const list = focusables();
        if (!list.length) return;
        const i = list.indexOf(focused() as HTMLElement);
        const next = e.shiftKey ? (i <= 0 ? list.length - 1 : i - 1) : i === -1 || i === list.length - 1 ? 0 : i + 1;
        e.preventDefault();
        list[next].focus();
        return;
      }
      if (e.key !== 'Enter' && e.key !== ' ') return;
      const isNew = e.type === 'keydown' && fresh(e) && !e.repeat;
      if (e.type === 'keydown') staleKey = !isNew;
      else if (e.type === 'keyup') staleKey = false;
      const b = buttonOf(focused());
      if (!b) return;
      // The button's own keyboard click is cancelled: activation is decided here.
      e.preventDefault();
      const plain = !e.ctrlKey && !e.metaKey && !e.altKey;
      if (e.type === 'keydown') {
        spaceOn = e.key === ' ' && isNew && plain ? b : e.key === ' ' ? spaceOn : null;
        if (e.key === 'Enter' && isNew && plain) activate(b);
      } else if (e.type === 'keyup' && e.key === ' ') {
        if (spaceOn === b) activate(b);
        spaceOn = null;
      }
    },
  };
}
