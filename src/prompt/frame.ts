/**
 * The pause dialog's frame: an extension page shown in an <iframe> over the site (see
 * frame-dialog.ts). It waits for the content script's message with the token the background
 * gave it (channel.ts), shows the dialog, and answers on that message's port only.
 */
import browser from 'webextension-polyfill';
import { addStyles, buildDialog, DIALOG_CSS } from './dialog';
import { CLAIM, isOpen, type ClaimMessage, type FrameReply, type HostRequest } from './channel';

const id = location.hash.slice(1);
const token: Promise<unknown> = browser.runtime.sendMessage({ type: CLAIM, id } satisfies ClaimMessage).catch(() => null);
let started = false;

addStyles(document, document, DIALOG_CSS);

addEventListener('message', (e: MessageEvent) => {
  const port = e.ports[0];
  const msg: unknown = e.data;
  if (started || !port || !isOpen(msg)) return;
  void token.then((t) => {
    if (started || typeof t !== 'string' || msg.token !== t) return;
    started = true;
    const view = buildDialog(msg.options, document, document.body, () => document.activeElement);
    for (const type of ['keydown', 'keypress', 'keyup']) addEventListener(type, (k) => view.onKey(k as KeyboardEvent), { capture: true });
    // A frame cannot always take focus by itself (Chromium refuses a cross-origin frame that the
    // user has not touched): the content script focuses the <iframe>, and once this window has
    // focus the first field takes it, unless focus is already in the dialog (the user moved it).
    const focusIn = () => {
      if (!document.activeElement?.closest('dialog')) view.focusFirst();
    };
    addEventListener('focus', focusIn);
    port.onmessage = (m: MessageEvent<HostRequest>) => {
      if (m.data?.type === 'focus') focusIn();
      if (m.data?.type === 'close') view.cancel();
    };
    void view.result.then((r) => port.postMessage({ type: 'result', ...r } satisfies FrameReply));
    view.show();
    port.postMessage({ type: 'ready' } satisfies FrameReply);
  });
});
