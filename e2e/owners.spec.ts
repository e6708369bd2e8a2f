/**
 * Whose numbers, the hint style and "only on a post's page" (issue 19), in Chromium and in
 * Firefox ESR: one parametrised run over every site with owner fixtures
 * (e2e/fixtures/<site>/owners/), each page loaded once without the extension and once per mode.
 */
import { test as base, expect } from '@playwright/test';
import type { Browser, Page as PPage } from 'puppeteer-core';
import { test, setStoredSettings, waitForEngine } from './lib/extension';
import { controlUrl } from './lib/fixture-files';
import { collectAnnotations, COLLECT_ANNOTATIONS_JS } from './lib/annotations';
import { COLLECT_OWNERS_JS, expectOwners, listOwnerFixtures, ownerSettings, type OwnerReport, OWNER_SITES } from './lib/owners';
import { launchFirefox, openExtensionPage, servePages } from './lib/firefox';
import type { AnnotationReport } from './lib/annotations';

const fixtures = listOwnerFixtures();

base('every covered site has an owner fixture', () => {
  expect(OWNER_SITES.filter((s) => !fixtures.some((f) => f.site === s))).toEqual([]);
});

test.describe('chromium', () => {
  for (const f of fixtures) {
    test(`${f.site}/${f.name}: only mine, only others'`, async ({ context, server, worker }) => {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      server.serveFixture(f);
      await page.goto(controlUrl(f.url));
      const control = (await page.evaluate(COLLECT_OWNERS_JS)) as OwnerReport[];
      const controlKeeps = (await page.evaluate(collectAnnotations)).filter((r) => r.kind === 'keep').map((r) => r.text);
      for (const mode of ['mine', 'others'] as const) {
        await setStoredSettings(worker, ownerSettings(mode));
        await page.goto(f.url);
        await waitForEngine(page);
        expectOwners(`${f.site}/${f.name}`, mode, (await page.evaluate(COLLECT_OWNERS_JS)) as OwnerReport[], control, await page.evaluate(collectAnnotations), controlKeeps);
      }
      expect(errors, 'uncaught errors on the page').toEqual([]);
    });
  }
});

base.describe('firefox', () => {
  base.describe.configure({ mode: 'serial' });
  let browser: Browser;
  let settingsPage: PPage;
  base.beforeAll(async () => {
    browser = await launchFirefox();
    settingsPage = await browser.newPage();
    await openExtensionPage(settingsPage, 'src/options/index.html', 'body');
  });
  base.afterAll(async () => {
    await browser?.close();
  });
  const store = (v: unknown) =>
    settingsPage.evaluate(async (s) => {
      await (globalThis as unknown as { browser: typeof chrome }).browser.storage.local.set({ settings: s });
    }, JSON.parse(JSON.stringify(v)));

  for (const f of fixtures) {
    base(`firefox: ${f.site}/${f.name}: only mine, only others'`, async () => {
      const page = await browser.newPage();
      await servePages(page, { [f.url]: f.html, [controlUrl(f.url)]: f.html });
      await page.goto(controlUrl(f.url));
      const control = (await page.evaluate(COLLECT_OWNERS_JS)) as OwnerReport[];
      const controlKeeps = ((await page.evaluate(COLLECT_ANNOTATIONS_JS)) as AnnotationReport[]).filter((r) => r.kind === 'keep').map((r) => r.text);
      for (const mode of ['mine', 'others'] as const) {
        await store(ownerSettings(mode));
        await page.goto(f.url);
        await new Promise((r) => setTimeout(r, 300));
        expectOwners(`firefox ${f.site}/${f.name}`, mode, (await page.evaluate(COLLECT_OWNERS_JS)) as OwnerReport[], control, (await page.evaluate(COLLECT_ANNOTATIONS_JS)) as AnnotationReport[], controlKeeps);
      }
      await page.close();
    });
  }
});
