/**
 * The popup when the browser withholds site access (Chrome's "on click" access, a permission
 * revoked in Firefox): it says so and offers "Allow on this site", which asks for that one
 * origin, instead of switches that would do nothing. (Only the unit can put the popup there: a
 * test cannot click the toolbar button, whose activeTab grant is what lets the popup read the
 * tab's address while access is withheld, and Chrome lets no extension drop a required host
 * permission.)
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import fake, { resetFakeBrowser } from '../test/fake-browser';
import { Popup } from './popup';

const b = fake as unknown as Record<string, unknown>;
let granted: boolean;
const request = vi.fn(async (_p: { origins: string[] }) => (granted = true));

beforeEach(() => {
  resetFakeBrowser();
  granted = false;
  request.mockClear();
  b.tabs = {
    query: async () => [{ id: 7, url: 'https://x.com/home' }],
    get: async () => ({ id: 7, url: 'https://x.com/home' }),
    sendMessage: async () => Promise.reject(new Error('no content script')),
  };
  b.permissions = { contains: async () => granted, request };
  b.commands = { getAll: async () => [] };
});
afterEach(() => {
  render(null, document.body);
  delete b.tabs;
  delete b.permissions;
  delete b.commands;
});

const settle = () => act(() => new Promise((r) => setTimeout(r, 20)));
const buttons = () => [...document.querySelectorAll('button')].map((x) => x.textContent);

describe('popup: site access withheld', () => {
  it('says so and offers "Allow on this site" instead of the switches', async () => {
    render(<Popup />, document.body);
    await settle();
    expect(document.body.textContent).toContain('popupNoAccess');
    expect(buttons()).toEqual(['popupAllowSite']);
    expect(document.querySelectorAll('[role="switch"]')).toHaveLength(0);
  });

  it('asks for this one origin, then shows the switches', async () => {
    render(<Popup />, document.body);
    await settle();
    await act(() => (document.querySelector('button') as HTMLButtonElement).click());
    await settle();
    expect(request).toHaveBeenCalledWith({ origins: ['https://x.com/*'] });
    expect(document.querySelectorAll('[role="switch"]').length).toBeGreaterThan(0);
    expect(buttons()).not.toContain('popupAllowSite');
  });

  it('says when the request was refused', async () => {
    request.mockImplementationOnce(async () => false);
    render(<Popup />, document.body);
    await settle();
    await act(() => (document.querySelector('button') as HTMLButtonElement).click());
    await settle();
    expect(document.body.textContent).toContain('popupAllowRefused');
    expect(buttons()).toEqual(['popupAllowSite']);
  });

  it('with access, the switches and no "Allow" button', async () => {
    granted = true;
    render(<Popup />, document.body);
    await settle();
    expect(document.querySelectorAll('[role="switch"]').length).toBeGreaterThan(0);
    expect(buttons()).not.toContain('popupAllowSite');
  });
});
