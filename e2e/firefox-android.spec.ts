/**
 * Firefox for Android, as far as a desktop can stand in for it (no emulator here): Firefox ESR
 * at a phone's 360×740 with Firefox for Android's user agent. The popup as Android opens it (a
 * full page), the options page, and one mobile site per platform (m.youtube.com, mobile.x.com,
 * m.facebook.com): no horizontal overflow, every control reachable (inside the width and on
 * top where it is drawn once scrolled to), axe clean; on the sites, the numbers hidden and
 * nothing the extension adds overflows or fails axe. What stays untested is in the README.
 */
import { test, expect } from '@playwright/test';
import type { Browser, Page } from 'puppeteer-core';
import { launchFirefox, openExtensionPage, servePages } from './lib/firefox';
import { listFixtures, controlUrl } from './lib/fixture-files';
import { collectAnnotations } from './lib/annotations';
import { runAxe } from './lib/axe-page';

const UA = 'Mozilla/5.0 (Android 14; Mobile; rv:140.0) Gecko/140.0 Firefox/140.0';
const PHONE = { width: 360, height: 740 };
test.describe.configure({ mode: 'serial' });
let browser: Browser;
test.beforeAll(async () => {
  browser = await launchFirefox({ 'general.useragent.override': UA });
});
test.afterAll(async () => {
  await browser?.close();
});

async function phonePage(): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewport(PHONE);
  return page;
}

/** Page side: how far the page is wider than the window (0 when nothing overflows). */
function overflow(): number {
  return document.documentElement.scrollWidth - window.innerWidth;
}

/** Page side: every control that a finger cannot reach (outside the width, or covered). */
function unreachable(): string[] {
  const out: string[] = [];
  // What a user can open is checked open.
  for (const d of document.querySelectorAll('details')) d.open = true;
  const controls = document.querySelectorAll<HTMLElement>('button, input, select, textarea, a[href], [role="switch"], [tabindex]:not([tabindex="-1"])');
  for (const el of controls) {
    const cs = getComputedStyle(el);
    if (cs.display === 'none' || cs.visibility === 'hidden' || el.closest('[hidden]')) continue;
    // A control drawn by its label (an invisible native input under a styled switch) is reached through it.
    const target = (el as HTMLInputElement).labels?.[0] && Number.parseFloat(cs.opacity) === 0 ? (el as HTMLInputElement).labels![0] : el;
    target.scrollIntoView({ block: 'center', inline: 'nearest' });
    const r = target.getBoundingClientRect();
    const name = `${el.localName}${el.id ? `#${el.id}` : ''} "${(el.textContent || el.getAttribute('aria-label') || (el as HTMLInputElement).value || '').trim().slice(0, 40)}"`;
    if (r.width === 0 || r.height === 0) continue;
    if (r.left < 0 || r.right > window.innerWidth + 0.5) {
      out.push(`${name}: ${Math.round(r.left)}–${Math.round(r.right)} px, outside the width`);
      continue;
    }
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    if (!hit || !(target.contains(hit) || hit.contains(target) || (hit as HTMLLabelElement).control === el || hit.closest('label') === target)) out.push(`${name}: covered by ${hit?.localName ?? 'nothing'}`);
  }
  return out;
}

async function expectPhoneFriendly(page: Page, what: string): Promise<void> {
  expect(await page.evaluate(() => navigator.userAgent), 'the Android user agent').toContain('Android');
  expect(await page.evaluate(() => window.innerWidth)).toBe(PHONE.width);
  expect(await page.evaluate(overflow), `${what}: horizontal overflow (px)`).toBeLessThanOrEqual(0);
  const controls = await page.evaluate(() => document.querySelectorAll('button, input, a[href]').length);
  expect(controls, `${what} has controls`).toBeGreaterThan(2);
  expect(await page.evaluate(unreachable), `${what}: controls out of reach`).toEqual([]);
  const axe = await runAxe(page);
  expect(axe.violations, `${what}: axe`).toEqual([]);
  expect(axe.passes).toBeGreaterThan(5);
}

const mobile = [
  { site: 'youtube', url: 'https://m.youtube.com/watch?v=Rn5kmX100dA', fixture: 'm-watch' },
  { site: 'x', url: 'https://mobile.x.com/home', fixture: 'home' },
  { site: 'facebook', url: 'https://m.facebook.com/', fixture: 'home' },
];

test('android stand-in: the popup as a full page, on a mobile site', async () => {
  const x = listFixtures('x').find((f) => f.name === 'home')!;
  const site = await phonePage();
  await servePages(site, { 'https://mobile.x.com/home': x.html });
  await site.goto('https://mobile.x.com/home');
  const popup = await phonePage();
  await openExtensionPage(popup, 'src/options/index.html', '#sites h2');
  const tabId = await popup.evaluate(async () => (await (globalThis as unknown as { browser: typeof chrome }).browser.tabs.query({ url: 'https://mobile.x.com/*' }))[0]?.id);
  expect(tabId, 'the mobile.x.com tab').toBeTruthy();
  await openExtensionPage(popup, `src/popup/index.html?tab=${tabId}`, 'main.popup [role="switch"]');
  // Android shows the popup as a page of its own, as wide as the phone: it must fill it, not
  // keep a desktop popup's fixed width.
  expect(await popup.evaluate(() => document.querySelector('main.popup')!.getBoundingClientRect().width)).toBeGreaterThan(PHONE.width - 40);
  await expectPhoneFriendly(popup, 'popup');
  await popup.close();
  await site.close();
});

test('android stand-in: the options page', async () => {
  const page = await phonePage();
  await openExtensionPage(page, 'src/options/index.html', '#sites h2');
  await expectPhoneFriendly(page, 'options');
  await page.close();
});

for (const m of mobile) {
  test(`android stand-in: ${new URL(m.url).hostname} numbers hidden, nothing of ours overflows or fails axe`, async () => {
    const f = listFixtures(m.site).find((x) => x.name === m.fixture)!;
    const page = await phonePage();
    await servePages(page, { [m.url]: f.html, [controlUrl(m.url)]: f.html });
    await page.goto(controlUrl(m.url));
    const before = { overflow: await page.evaluate(overflow), axe: (await runAxe(page)).violations.map((v) => v.split(':')[0]) };
    await page.goto(m.url);
    await new Promise((r) => setTimeout(r, 400));
    const reports = await page.evaluate(collectAnnotations);
    const metrics = reports.filter((r) => r.kind === 'metric');
    expect(metrics.length, 'the fixture has numbers').toBeGreaterThan(0);
    expect(metrics.filter((r) => !r.ok).map((r) => `${r.where} "${r.text}"`), 'numbers readable').toEqual([]);
    expect(reports.filter((r) => r.kind === 'keep' && !r.ok).map((r) => r.where), 'content hidden').toEqual([]);
    expect(await page.evaluate(overflow), 'overflow added by the extension').toBeLessThanOrEqual(Math.max(0, before.overflow));
    const added = (await runAxe(page)).violations.filter((v) => !before.axe.includes(v.split(':')[0]));
    expect(added, 'axe violations the extension added').toEqual([]);
    await page.close();
  });
}
