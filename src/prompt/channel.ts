/**
 * How the content script and the dialog's frame talk, without the page hearing.
 *
 * The page shares the content script's DOM and window: anything posted on the page's window
 * (window.postMessage, a message event) or written into the DOM, the page can read. So:
 * 1. The content script makes a random id and token and hands them to the background
 *    (runtime messaging, which page scripts cannot reach), then loads the frame with the id in
 *    its address.
 * 2. The frame, our own page at the extension's origin, asks the background for its token.
 * 3. The content script posts {token, options} with one end of a MessageChannel straight to the
 *    frame's window, with targetOrigin = the extension's origin: the browser delivers it only if
 *    the frame still holds our page, to that page only (never to the page's window).
 * 4. The frame takes the first message whose token matches (a page can post to the frame too,
 *    but cannot know the token) and from then on speaks only on that port: "ready", then the
 *    result with the typed reason. A page cannot read a port it was never given.
 * The id in the address is not a secret: a page that loads our frame itself gets a copy of our
 * own code, which it cannot read either, and no port from us.
 */
import type { DialogOptions, DialogResult } from './dialog';

export const FRAME_PATH = 'src/prompt/frame.html';
export const REGISTER = 'unscored:pause-register';
export const CLAIM = 'unscored:pause-claim';
export const OPEN = 'unscored:pause-open';

export interface RegisterMessage { type: typeof REGISTER; id: string; token: string }
export interface ClaimMessage { type: typeof CLAIM; id: string }
export interface OpenMessage { type: typeof OPEN; token: string; options: DialogOptions }
/** On the port, frame to content script. */
export type FrameReply = { type: 'ready' } | ({ type: 'result' } & DialogResult);
/** On the port, content script to frame. */
export type HostRequest = { type: 'focus' } | { type: 'close' };

export function randomHex(bytes = 16): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(bytes)), (b) => b.toString(16).padStart(2, '0')).join('');
}

const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object';

export function isRegister(v: unknown): v is RegisterMessage {
  return isRecord(v) && v.type === REGISTER && typeof v.id === 'string' && typeof v.token === 'string';
}
export function isClaim(v: unknown): v is ClaimMessage {
  return isRecord(v) && v.type === CLAIM && typeof v.id === 'string';
}
export function isOpen(v: unknown): v is OpenMessage {
  return isRecord(v) && v.type === OPEN && typeof v.token === 'string' && isRecord(v.options);
}
