/**
 * Hands each pause dialog's token from the content script to the dialog's frame (see
 * src/prompt/channel.ts). Tokens live for a minute in memory: a frame claims its token within a
 * second of being asked for, and a worker that restarts in between only means that dialog
 * falls back to the in-page one.
 */
import browser from 'webextension-polyfill';
import { FRAME_PATH, isClaim, isRegister } from '../prompt/channel';

const TTL_MS = 60_000;
const MAX = 100;

export function startPauseTokens(): void {
  const tokens = new Map<string, { token: string; at: number }>();
  const frameUrl = browser.runtime.getURL(FRAME_PATH);
  browser.runtime.onMessage.addListener((msg: unknown, sender: browser.Runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    if (isRegister(msg)) {
      // From a content script: only those run in tabs.
      if (!sender.tab) return undefined;
      const now = Date.now();
      for (const [id, t] of tokens) if (now - t.at > TTL_MS || tokens.size >= MAX) tokens.delete(id);
      tokens.set(msg.id, { token: msg.token, at: now });
      return Promise.resolve(true);
    }
    if (isClaim(msg)) {
      // From our frame only (any copy of it is our own code).
      if (!sender.url?.startsWith(frameUrl)) return Promise.resolve(null);
      const t = tokens.get(msg.id);
      return Promise.resolve(t && Date.now() - t.at <= TTL_MS ? t.token : null);
    }
    return undefined;
  });
}
