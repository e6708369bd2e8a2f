/**
 * The dialog in the page itself: the fail-safe when the extension's frame cannot load (a page
 * that blocks or removes it). The page can hear keys typed here (key, input, composition and
 * paste events cross a shadow boundary, retargeted to the host), so this one never asks for the
 * reason: the user is still asked the question, and types nothing the page could read. Its root
 * is closed and its host has a random tag (the page can neither query its text nor define the
 * tag first).
 */
import { addStyles, buildDialog, DIALOG_CSS, type DialogOptions, type DialogResult } from './dialog';

export interface OpenDialog {
  result: Promise<DialogResult>;
  /** Whether an event with this path is inside the dialog (its keys are the dialog's). */
  owns(path: readonly EventTarget[]): boolean;
  /** Closes as "Go back" (e.g. the page navigated away). */
  cancel(): void;
  /** A keydown/keypress/keyup that reached the page's window from inside the dialog. */
  onKey(e: KeyboardEvent): void;
}

/**
 * A tag no page can have defined or styled first: random letters around a hyphen (a shadow root
 * needs a custom element's name or a div/span; a page that hides or restyles every div on <html>
 * would reach a div).
 */
export function randomTag(): string {
  const letters = Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => String.fromCharCode(97 + (b % 26))).join('');
  return `${letters.slice(0, 6)}-${letters.slice(6)}`;
}

/** A host element that page styles cannot hide or resize. */
export function makeHost(doc: Document, tag = randomTag()): HTMLElement {
  const host = doc.createElement(tag);
  for (const [k, v] of [
    ['all', 'initial'], ['display', 'block'], ['position', 'fixed'], ['top', '0'], ['left', '0'], ['width', '0'], ['height', '0'],
    ['z-index', '2147483647'], ['visibility', 'visible'], ['opacity', '1'], ['pointer-events', 'auto'],
  ]) host.style.setProperty(k, v, 'important');
  return host;
}

/**
 * `mode: 'open'` with a named tag and the reason field is the dialog as it was before the frame:
 * kept only for the test build that proves the privacy test can see a leak (vite.config.ts).
 */
export function openInlineDialog(opts: DialogOptions, doc: Document, how: { mode: 'open' | 'closed'; tag?: string } = { mode: 'closed' }): OpenDialog {
  const host = makeHost(doc, how.tag);
  const root = host.attachShadow({ mode: how.mode });
  addStyles(doc, root, DIALOG_CSS);
  const view = buildDialog(how.mode === 'open' ? opts : { ...opts, askReason: false }, doc, root, () => root.activeElement);
  (doc.documentElement ?? doc.body).append(host);
  view.show();
  return {
    result: view.result.finally(() => host.remove()),
    owns: (path) => path.includes(host),
    cancel: () => view.cancel(),
    onKey: (e) => view.onKey(e),
  };
}
