/**
 * The content-script side of the dialog in the extension's frame. What the user reads and types
 * lives in that frame, an extension page the site cannot read and whose keys it never hears; the
 * page only ever holds a host with a random tag, a closed shadow root, a modal <dialog> (so the
 * page behind is inert, as with the dialog it replaces) and the <iframe>. The options go in and
 * the result comes out over a private channel (channel.ts).
 *
 * Fail safe: if the frame has not loaded within FRAME_DEADLINE_MS, or not answered within as
 * long again (a page that blocks or removes it, a worker that does not answer), the in-page
 * dialog asks instead; the post waits either way.
 */
import browser from '#browser';
import { addStyles, type DialogOptions, type DialogResult } from './dialog';
import { makeHost, type OpenDialog } from './inline-dialog';
import { dialogText } from './dialog-text';
import { FRAME_PATH, OPEN, randomHex, REGISTER, type FrameReply, type HostRequest, type OpenMessage, type RegisterMessage } from './channel';

export const FRAME_DEADLINE_MS = 1000;
const REMOVE_AFTER_MS = 300;

const HOST_CSS = `
:host { all: initial !important; }
dialog {
  position: fixed; inset: 0; width: 100vw; height: 100vh; max-width: none; max-height: none;
  margin: 0; padding: 0; border: 0; background: transparent; overflow: hidden; color-scheme: normal;
}
dialog::backdrop { background: transparent; }
iframe { display: block; width: 100%; height: 100%; border: 0; background: transparent; color-scheme: normal; }
`;


export function openFramedDialog(opts: DialogOptions, doc: Document, fallback: () => OpenDialog): OpenDialog {
  const host = makeHost(doc);
  const root = host.attachShadow({ mode: 'closed' });
  addStyles(doc, root, HOST_CSS);
  const outer = doc.createElement('dialog');
  outer.setAttribute('aria-label', dialogText('dialogFrameLabel'));
  root.append(outer);
  (doc.documentElement ?? doc.body).append(host);
  try {
    outer.showModal();
  } catch {
    outer.setAttribute('open', '');
  }

  let settle!: (r: DialogResult) => void;
  const result = new Promise<DialogResult>((resolve) => (settle = resolve));
  let state: 'loading' | 'ready' | 'done' = 'loading';
  let inline: OpenDialog | null = null;
  let port: MessagePort | null = null;

  const teardown = () => {
    clearTimeout(deadline);
    observer.disconnect();
    try {
      port?.postMessage({ type: 'close' } satisfies HostRequest);
      port?.close();
    } catch {
      /* already closed */
    }
    try {
      if (outer.open) outer.close();
    } catch {
      /* already closed */
    }
    // Hidden now, removed a moment later: the key that answered (its keyup is still on its way
    // to the frame) must not find the frame gone, or Chromium can lose that input event.
    host.style.setProperty('display', 'none', 'important');
    setTimeout(() => host.remove(), REMOVE_AFTER_MS);
  };
  const finish = (r: DialogResult) => {
    if (state === 'done') return;
    state = 'done';
    teardown();
    settle(r);
  };
  const back = () => finish({ action: 'back', reason: '', snooze: false });
  /** The frame did not come: ask in the page instead (the draft and the post wait meanwhile). */
  const fallBack = () => {
    if (state !== 'loading') return;
    state = 'done';
    teardown();
    try {
      inline = fallback();
      void inline.result.then(settle);
    } catch (e) {
      console.debug('[Unscored]', e);
      settle({ action: 'back', reason: '', snooze: false });
    }
  };
  // For the frame to load, then as long again for it to answer (a busy machine is slow at both;
  // a page that blocks the frame stops it at one or the other).
  let deadline = setTimeout(fallBack, FRAME_DEADLINE_MS);
  // The page removed our host: before the frame answered, ask in the page; after, it is "Go back".
  const observer = new MutationObserver(() => {
    if (host.isConnected) return;
    if (state === 'loading') fallBack();
    else back();
  });
  observer.observe(host.parentNode ?? doc, { childList: true });
  outer.addEventListener('cancel', (e) => {
    e.preventDefault();
    back();
  });

  const id = randomHex();
  const token = randomHex();
  const frameUrl = browser.runtime.getURL(FRAME_PATH);
  const frameOrigin = new URL(frameUrl).origin;
  void browser.runtime.sendMessage({ type: REGISTER, id, token } satisfies RegisterMessage).then(
    (ok) => {
      if (state !== 'loading') return;
      if (ok !== true) return fallBack();
      const iframe = doc.createElement('iframe');
      iframe.title = dialogText('dialogFrameLabel');
      iframe.src = `${frameUrl}#${id}`;
      iframe.addEventListener('load', (e) => {
        if (!e.isTrusted || state !== 'loading' || port) return;
        clearTimeout(deadline);
        deadline = setTimeout(fallBack, FRAME_DEADLINE_MS);
        const channel = new MessageChannel();
        port = channel.port1;
        port.onmessage = (m: MessageEvent<FrameReply>) => {
          const d = m.data;
          if (d?.type === 'ready' && state === 'loading') {
            state = 'ready';
            clearTimeout(deadline);
            iframe.focus();
            port?.postMessage({ type: 'focus' } satisfies HostRequest);
          } else if (d?.type === 'result' && state === 'ready') {
            finish({ action: d.action === 'post' ? 'post' : 'back', reason: typeof d.reason === 'string' ? d.reason : '', snooze: d.snooze === true });
          }
        };
        const msg: OpenMessage = { type: OPEN, token, options: { ...opts } };
        // To the frame's window, and only if it holds our page: never the page's own window.
        iframe.contentWindow?.postMessage(msg, frameOrigin, [channel.port2]);
      });
      outer.append(iframe);
    },
    fallBack,
  );

  return {
    result,
    owns: (path) => (inline ? inline.owns(path) : path.includes(host)),
    cancel() {
      if (inline) inline.cancel();
      else back();
    },
    onKey(e: KeyboardEvent) {
      if (inline) return inline.onKey(e);
      // Keys that reach the page while the frame loads: Escape goes back, nothing else acts.
      if (e.type === 'keydown' && e.key === 'Escape') back();
      e.preventDefault();
    },
  };
}
