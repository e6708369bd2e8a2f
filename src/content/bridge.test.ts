import { describe, expect, it } from 'vitest';
import { BRIDGE_ATTR, bridgeWhenIdle, needsBridge, writeBridge } from './bridge';
import { compileSiteCss } from '../hiding/compile-css';
import { findSiteForUrl } from '../sites';

const x = findSiteForUrl('https://x.com/home')!;
const reddit = findSiteForUrl('https://www.reddit.com/')!;

describe('bridge stylesheet (Firefox updates)', () => {
  it('is needed in Firefox only', () => {
    expect(needsBridge('moz-extension://0b5c7a9e-1111-4222-8333-444455556666/')).toBe(true);
    expect(needsBridge('chrome-extension://abcdefghijklmnopabcdefghijklmnop/')).toBe(false);
  });

  it('holds exactly the site stylesheet, once per page, and takes a newer copy\'s rules', () => {
    document.head.innerHTML = '';
    const a = writeBridge(document, x);
    expect(a.textContent).toBe(compileSiteCss(x));
    expect(a.textContent).toContain('data-testid');
    // A second copy (the updated extension) reuses the element and writes its own rules.
    const b = writeBridge(document, reddit);
    expect(b).toBe(a);
    expect(document.querySelectorAll(`style[${BRIDGE_ATTR}]`)).toHaveLength(1);
    expect(b.textContent).toBe(compileSiteCss(reddit));
  });

  it('is written with the generic rules where no site file applies', () => {
    document.head.innerHTML = '';
    expect(writeBridge(document, undefined).textContent).toBe(compileSiteCss());
  });

  it('waits for the page to be idle, and asks the site when it writes', async () => {
    document.head.innerHTML = '';
    let asked = 0;
    bridgeWhenIdle(document, () => {
      asked++;
      return x;
    });
    expect(document.querySelector(`style[${BRIDGE_ATTR}]`)).toBeNull();
    await new Promise((r) => setTimeout(r, 50));
    expect(asked).toBe(1);
    expect(document.querySelector(`style[${BRIDGE_ATTR}]`)?.textContent).toBe(compileSiteCss(x));
  });
});
