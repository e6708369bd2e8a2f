/**
 * The core checks in real Firefox ESR: the content script runs on a supported host and hides its
 * metrics (and only them), the popup and options pages render.
 */
import { test, expect } from '@playwright/test';
import type { Browser } from 'puppeteer-core';
import { launchFirefox, servePages, openExtensionPage } from './lib/firefox';
import { listFixtures, controlUrl } from './lib/fixture-files';
import { collectAnnotations } from './lib/annotations';
import { expectFixtureHidden } from './lib/extension';

test.describe.configure({ mode: 'serial' });
let browser: Browser;
test.beforeAll(async () => {
  browser = await launchFirefox();
});
test.afterAll(async () => {
  await browser?.close();
});

// One page per site in Firefox (the first fixture of each site).
const perSite = new Map<string, ReturnType<typeof listFixtures>[number]>();
for (const f of listFixtures()) if (!perSite.has(f.site)) perSite.set(f.site, f);

for (const f of perSite.values()) {
  test(`firefox: ${f.site}/${f.name} metrics hidden, content intact`, async () => {
    const page = await browser.newPage();
    await servePages(page, { [f.url]: f.html, [controlUrl(f.url)]: f.html });
    await page.goto(controlUrl(f.url));
    const control = await page.evaluate(collectAnnotations);
    await page.goto(f.url);
    await new Promise((r) => setTimeout(r, 300));
    const reports = await page.evaluate(collectAnnotations);
    expectFixtureHidden(`firefox ${f.site}/${f.name}`, {
      reports,
      controlKeeps: control.filter((r) => r.kind === 'keep').map((r) => r.text),
    });
    await page.close();
  });
}

test('firefox: popup and options pages render', async () => {
  const page = await browser.newPage();
  await openExtensionPage(page, 'src/popup/index.html', 'main');
  expect(await page.$eval('main', (m) => m.textContent ?? '')).toContain('Unscored');
  await openExtensionPage(page, 'src/options/index.html', 'main h1');
  expect(await page.$eval('main h1', (m) => m.textContent ?? '')).toMatch(/Unscored/);
  await page.close();
});
