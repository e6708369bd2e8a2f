/**
 * The pause dialog: a modal <dialog role="dialog" aria-modal="true"> in a shadow root attached to
 * a host element of ours, so the page's styles cannot reach it. Built with textContent only: the
 * draft and the user's own words never pass through innerHTML.
 */

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

export const HOST_TAG = 'unscored-pause';

const CSS = `
:host { all: initial !important; }
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

function addStyles(doc: Document, root: ShadowRoot): void {
  try {
    // Constructed sheets are not subject to the page's CSP for inline styles.
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
    root.adoptedStyleSheets = [sheet];
    return;
  } catch {
    /* fall back to a <style> element */
  }
  root.append(el(doc, 'style', {}, CSS));
}

export interface OpenDialog {
  host: HTMLElement;
  result: Promise<DialogResult>;
  /** Closes as "Go back" (e.g. the page navigated away). */
  cancel(): void;
  /** Handles a key that reached window while the dialog is open. Returns true if consumed. */
  onKey(e: KeyboardEvent): void;
}

/** Shows the dialog. Resolves once, with the user's choice; removes itself before resolving. */
export function openDialog(opts: DialogOptions, doc: Document = document): OpenDialog {
  const host = doc.createElement(HOST_TAG);
  for (const [k, v] of [
    ['display', 'block'], ['position', 'fixed'], ['top', '0'], ['left', '0'], ['width', '0'], ['height', '0'],
    ['z-index', '2147483647'], ['visibility', 'visible'], ['opacity', '1'], ['pointer-events', 'auto'],
  ]) host.style.setProperty(k, v, 'important');
  const root = host.attachShadow({ mode: 'open' });
  addStyles(doc, root);

  const dialog = el(doc, 'dialog', { role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'q' });
  const h = el(doc, 'h2', { id: 'q' }, opts.question);
  dialog.append(h);
  if (opts.secondLine.trim()) {
    dialog.append(el(doc, 'p', { class: 'second', id: 's' }, opts.secondLine));
    dialog.setAttribute('aria-describedby', 's d');
  } else dialog.setAttribute('aria-describedby', 'd');
  const quote = el(doc, 'blockquote', { id: 'd', 'aria-label': 'Your draft' }, opts.preview);
  dialog.append(quote);

  let reasonInput: HTMLInputElement | null = null;
  if (opts.askReason) {
    dialog.append(el(doc, 'label', { for: 'why' }, 'One line about why (optional)'));
    reasonInput = el(doc, 'input', { type: 'text', id: 'why', maxlength: '500', autocomplete: 'off', spellcheck: 'true' });
    dialog.append(reasonInput);
    dialog.append(el(doc, 'p', { class: 'hint' }, opts.journal ? 'Kept in your private journal on this device only.' : 'Not saved anywhere.'));
  }

  const snoozeLabel = el(doc, 'label', { class: 'snooze' });
  const snooze = el(doc, 'input', { type: 'checkbox', id: 'snooze' });
  snoozeLabel.append(snooze, doc.createTextNode(`Don't ask again on this site for ${opts.snoozeMinutes} minutes`));
  dialog.append(snoozeLabel);

  const buttons = el(doc, 'div', { class: 'buttons' });
  const wait = el(doc, 'span', { class: 'wait', 'aria-live': 'polite' });
  const back = el(doc, 'button', { type: 'button', class: 'back', 'data-action': 'back' }, 'Go back');
  const post = el(doc, 'button', { type: 'button', class: 'post', 'data-action': 'post' }, 'Post');
  buttons.append(wait, back, post);
  dialog.append(buttons);
  root.append(dialog);

  let remaining = Math.max(0, Math.floor(opts.delaySeconds));
  let timer: ReturnType<typeof setInterval> | undefined;
  const tick = () => {
    if (remaining <= 0) {
      post.disabled = false;
      wait.textContent = '';
      clearInterval(timer);
      return;
    }
    post.disabled = true;
    wait.textContent = `Post in ${remaining} s`;
    remaining--;
  };
  if (remaining > 0) {
    tick();
    timer = setInterval(tick, 1000);
  }

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
    host.remove();
    settle(r);
  };
  back.addEventListener('click', () => finish('back'));
  post.addEventListener('click', () => finish('post'));
  // The browser's own close request (Escape) on a modal dialog.
  dialog.addEventListener('cancel', (e) => {
    e.preventDefault();
    finish('back');
  });

  const focusables = (): HTMLElement[] =>
    ([reasonInput, snooze, back, post] as (HTMLInputElement | HTMLButtonElement | null)[]).filter(
      (x): x is HTMLInputElement | HTMLButtonElement => !!x && !x.disabled,
    );

  (doc.documentElement ?? doc.body).append(host);
  try {
    dialog.showModal();
  } catch {
    dialog.setAttribute('open', '');
  }
  (reasonInput ?? back).focus();

  return {
    host,
    result,
    cancel: () => finish('back'),
    onKey(e: KeyboardEvent) {
      if (e.key === 'Escape') {
        e.preventDefault();
        finish('back');
        return;
      }
      if (e.key === 'Tab') {
        // Focus stays inside the dialog.
        const list = focusables();
        if (!list.length) return;
        const active = root.activeElement;
        const i = list.indexOf(active as HTMLElement);
        const next = e.shiftKey ? (i <= 0 ? list.length - 1 : i - 1) : i === -1 || i === list.length - 1 ? 0 : i + 1;
        e.preventDefault();
        list[next].focus();
      }
    },
  };
}
