/**
 * The popup's one-click offers (issue 20): "Turn on <site>" on an optional registry site whose
 * hosts are not granted (asks for exactly that site's match patterns), and "Hide scores on <host>
 * (a Mastodon server)" on a page of a known platform (tells the background which site and
 * platform first, then asks for that one host; reads the page only through scripting). A page of
 * no known platform keeps today's offer.
 */
import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import fake, { resetFakeBrowser } from '../test/fake-browser';
import { Popup } from './popup';
import { sites } from '../sites';
import type { PageSignals } from '../platforms/fingerprint';

const b = fake as unknown as Record<string, Record<string, unknown>>;
let url = '';
let signals: PageSignals | null = null;
const order: string[] = [];
const request = vi.fn(async (p: { origins: string[] }) => {
  order.push(`request ${p.origins.join(' ')}`);
  return true;
});
const executeScript = vi.fn(async () => [{ frameId: 0, result: signals }]);
const empty: PageSignals = { generators: [], appNames: [], metas: [], manifest: '', assets: [], ids: [], tags: [], inline: [] };

beforeEach(() => {
  resetFakeBrowser();
  order.length = 0;
  request.mockClear();
  executeScript.mockClear();
  b.tabs = { query: async () => [{ id: 7, url }], get: async () => ({ id: 7, url }), sendMessage: async () => Promise.reject(new Error('no content script')) };
  b.permissions = { contains: async () => false, request };
  b.scripting = { executeScript };
  b.commands = { getAll: async () => [] };
  b.runtime.sendMessage = async (m: unknown) => void order.push(`message ${JSON.stringify(m)}`);
});
afterEach(() => {
  render(null, document.body);
  for (const k of ['tabs', 'permissions', 'scripting', 'commands']) delete b[k];
});

const settle = async () => {
  for (let i = 0; i < 3; i++) await act(() => new Promise((r) => setTimeout(r, 20)));
};
const buttons = () => [...document.querySelectorAll('button')].map((x) => x.textContent);
const click = (text: string) => act(() => [...document.querySelectorAll('button')].find((x) => x.textContent === text)!.click());

describe('popup: optional sites', () => {
  it('"Turn on" asks for exactly the site\'s match patterns', async () => {
    // The registry's own optional site where there is one, else Hacker News marked optional here.
    const own = sites.find((s) => s.optional);
    const site = own ?? sites.find((s) => s.id === 'hackernews')!;
    const restore = own ? () => undefined : ((s) => () => ((s as { optional?: boolean }).optional = undefined))(site);
    if (!own) (site as { optional?: boolean }).optional = true;
    onTestFinished(restore);
    url = site.matches[0].replace('*.', 'www.').replace(/\*$/, '');
    render(<Popup />, document.body);
    await settle();
    expect(buttons()).toContain(`turnOnSite`);
    await click('turnOnSite');
    await settle();
    expect(request).toHaveBeenCalledWith({ origins: [...site.matches] });
  });
});

describe('popup: platform offers', () => {
  it('a Mastodon server: offered with its platform; the background is told before the request, which asks for that one host', async () => {
    url = 'https://social.example.net/home';
    signals = { ...empty, ids: ['mastodon', 'initial-state'], assets: ['/packs/js/application.js'] };
    render(<Popup />, document.body);
    await settle();
    expect(executeScript).toHaveBeenCalledWith(expect.objectContaining({ target: { tabId: 7 } }));
    expect(buttons()).toEqual(['popupPlatformServer']);
    expect(document.body.textContent).toContain('popupPlatformHint');
    await click('popupPlatformServer');
    await settle();
    expect(order).toEqual([
      `message ${JSON.stringify({ type: 'unscored:offer-site', origin: 'https://social.example.net', platform: 'mastodon' })}`,
      'request https://social.example.net/*',
    ]);
    expect(document.body.textContent).toContain('popupPlatformDone');
  });

  it('a Medium publication is offered as a publication', async () => {
    url = 'https://blog.example.com/a-post';
    signals = { ...empty, metas: ['al:android:package=com.medium.reader'] };
    render(<Popup />, document.body);
    await settle();
    expect(buttons()).toEqual(['popupPlatformPublication']);
  });

  it('no known platform, or a page that cannot be read: today\'s offer only', async () => {
    url = 'https://plain.example/';
    signals = empty;
    render(<Popup />, document.body);
    await settle();
    expect(buttons()).toEqual(['popupAddSite']);
    render(null, document.body);
    executeScript.mockImplementationOnce(async () => Promise.reject(new Error('Cannot access contents of the page')));
    render(<Popup />, document.body);
    await settle();
    expect(buttons()).toEqual(['popupAddSite']);
    expect(request).not.toHaveBeenCalled();
  });
});
