/**
 * Adding and removing a site of one's own. Headless Chromium cannot show (or accept) the
 * permission prompt, so the grant is faked at the API edge: the options page's
 * permissions.request and the background's permissions.contains answer "granted" for the one
 * host and record what was asked. Everything between — the request coming from the click, the
 * saved settings, the content-script registration, its removal — is the real code.
 */
import { test, expect } from './lib/extension';

const ORIGIN = 'https://social.example';

test('a custom site: asks for that host only, registers the content script, and removing it undoes both', async ({ context, extensionId, worker }) => {
  await worker.evaluate((origin) => {
    const g = globalThis as unknown as { __removed: unknown[] };
    g.__removed = [];
    const granted = new Set<string>();
    chrome.permissions.contains = (async (p: chrome.permissions.Permissions) => (p.origins ?? []).every((o) => granted.has(o))) as typeof chrome.permissions.contains;
    chrome.permissions.remove = (async (p: chrome.permissions.Permissions) => {
      g.__removed.push(p);
      for (const o of p.origins ?? []) granted.delete(o);
      return true;
    }) as typeof chrome.permissions.remove;
    // What the browser does once the user accepts: the host is granted.
    (globalThis as unknown as { __grant: (o: string) => void }).__grant = (o) => granted.add(o);
    void origin;
  }, ORIGIN);

  const page = await context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { __requested: unknown[]; __removed: unknown[] };
    w.__requested = [];
    w.__removed = [];
    chrome.permissions.request = (async (p: chrome.permissions.Permissions) => {
      w.__requested.push(p);
      // Tell the background the user accepted, as the browser would.
      await chrome.runtime.sendMessage({ type: 'test:grant', origins: p.origins }).catch(() => undefined);
      return true;
    }) as typeof chrome.permissions.request;
    chrome.permissions.contains = (async () => true) as typeof chrome.permissions.contains;
    chrome.permissions.remove = (async (p: chrome.permissions.Permissions) => {
      w.__removed.push(p);
      return true;
    }) as typeof chrome.permissions.remove;
  });
  // The background learns of the grant through this test-only listener (added from the test).
  await worker.evaluate(() => {
    chrome.runtime.onMessage.addListener((m: { type?: string; origins?: string[] }) => {
      if (m?.type === 'test:grant') for (const o of m.origins ?? []) (globalThis as unknown as { __grant: (o: string) => void }).__grant(o);
    });
  });
  await page.goto(`chrome-extension://${extensionId}/src/options/index.html`);

  // Bad input first: a clear message, nothing asked, nothing saved.
  await page.getByLabel('Site address').fill('not a site');
  await page.getByRole('button', { name: 'Add site' }).click();
  await expect(page.locator('#custom-sites [role="alert"]')).toContainText('web address');
  expect(await page.evaluate(() => (window as unknown as { __requested: unknown[] }).__requested)).toEqual([]);

  await page.getByLabel('Site address').fill('social.example');
  await page.getByRole('button', { name: 'Add site' }).click();
  await expect(page.locator('#custom-sites')).toContainText('social.example added');
  expect(await page.evaluate(() => (window as unknown as { __requested: unknown[] }).__requested)).toEqual([{ origins: [`${ORIGIN}/*`] }]);

  const stored = (await worker.evaluate(async () => (await chrome.storage.local.get('settings')).settings)) as { customSites: unknown[] };
  expect(stored.customSites).toEqual([{ origin: ORIGIN, name: 'social.example' }]);

  const registered = async () =>
    worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => ({ id: s.id, matches: s.matches, js: s.js, css: s.css, runAt: s.runAt })));
  await expect.poll(registered).toEqual([
    { id: `unscored-custom:${ORIGIN}`, matches: [`${ORIGIN}/*`], js: ['src/content/main.iife.js'], css: ['css/generic.css'], runAt: 'document_start' },
  ]);
  // The registered files exist in the build (a typo here would register nothing useful).
  for (const f of ['src/content/main.iife.js', 'css/generic.css']) {
    const res = await page.evaluate(async (u) => (await fetch(u)).ok, `chrome-extension://${extensionId}/${f}`);
    expect(res, f).toBe(true);
  }

  await page.getByRole('button', { name: 'Remove social.example' }).click();
  await expect(page.locator('#custom-sites')).toContainText('No sites added yet');
  await expect.poll(registered).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __removed: unknown[] }).__removed)).toEqual([{ origins: [`${ORIGIN}/*`] }]);
  const after = (await worker.evaluate(async () => (await chrome.storage.local.get('settings')).settings)) as { customSites: unknown[] };
  expect(after.customSites).toEqual([]);
});
