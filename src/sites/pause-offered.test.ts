/**
 * "Ask before posting" is offered only where it works: every registry site the popup and
 * options offer it on (offersPause) has a composer fixture that the pause e2e runs in both
 * browsers (e2e/fixtures-composer/<site>.html), and the chat composer is marked as chat.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { offersPause, sites } from './index';

const COMPOSERS = resolve(import.meta.dirname, '..', '..', 'e2e', 'fixtures-composer');

describe('the pause is offered where it works', () => {
  it.each(sites.filter(offersPause).map((s) => [s.id]))('%s has a composer fixture with a pause line', (id) => {
    const file = join(COMPOSERS, `${id}.html`);
    expect(existsSync(file), `${id}.html`).toBe(true);
    expect(readFileSync(file, 'utf8')).toMatch(/^<!-- url: .*\n<!-- pause: \{/);
  });

  it('every registry site with a place to write has a composer, so the pause is offered on all of them', () => {
    // Spotify's web player has no comments, replies or posts: nothing to pause. Ghost's comment
    // box is comments-ui inside an about:blank iframe the content script does not run in.
    expect(sites.filter((s) => !offersPause(s)).map((s) => s.id)).toEqual(['spotify', 'ghost']);
  });

  it('Twitch and Kick, whose composers are their chats, are paused only under the chat switch', () => {
    expect(sites.find((s) => s.id === 'twitch')?.composer?.chat).toBe(true);
    expect(sites.find((s) => s.id === 'kick')?.composer?.chat).toBe(true);
    expect(sites.filter((s) => s.composer?.chat).map((s) => s.id)).toEqual(['twitch', 'kick']);
  });
});
