/**
 * Platforms on domains of their own (issue 20) in Firefox ESR, where the popup closes as soon as
 * the browser's permission prompt opens: the site must be added and registered by the background
 * on permissions.onAdded, not by the popup after its `await`. The popup's own page reading needs
 * the toolbar click's activeTab grant, which a test cannot give; its detection and offer are
 * covered in Chromium (e2e/platforms.spec.ts) and by unit tests. Here an extension page does what
 * the offer's click does (tells the background, then asks for the host, both from the click) and
 * closes at once, as the popup would; the profile's pref grants the request for real.
 */
import { test, expect } from '@playwright/test';
import { launchFirefox, openExtensionPage, servePages } from './lib/firefox';
import { collectAnnotations } from './lib/annotations';
import { expectFixtureHidden } from './lib/extension';
import { controlUrl } from './lib/fixture-files';
import { CASES } from './lib/platform-cases';

for (const c of CASES) {
  test(`firefox: ${c.platform} on ${c.origin}: the offer's click, the popup closed at once; the background adds it with the ${c.platform} rules, the open tab and the next load hidden`, async () => {
    test.setTimeout(90_000);
    const f = c.fixtures[0];
    const browser = await launchFirefox();
    try {
      const page = await browser.newPage();
      await servePages(page, { [f.url]: f.html, [controlUrl(f.url)]: f.html });
      await page.goto(controlUrl(f.url));
      const control = await page.evaluate(collectAnnotations);
      await page.goto(f.url);
      const unreadable = async () => (await page.evaluate(collectAnnotations)).filter((r) => r.kind === 'metric' && !r.ok).length;
      expect(await unreadable(), 'before: nothing runs there').toBeGreaterThan(0);

      const popup = await browser.newPage();
      await openExtensionPage(popup, 'src/popup/index.html', 'main');
      await popup.evaluate((origin, platform) => {
        const b = document.createElement('button');
        b.id = 'offer';
        b.textContent = 'offer';
        b.addEventListener('click', () => {
          const api = (globalThis as unknown as { browser: typeof chrome }).browser;
          void api.runtime.sendMessage({ type: 'unscored:offer-site', origin, platform }).catch(() => undefined);
          void api.permissions.request({ origins: [`${origin}/*`] }).catch(() => false);
          // Firefox closes the popup when its prompt opens: nothing after this point runs there.
          window.close();
        });
        document.body.append(b);
      }, c.origin, c.platform);
      await popup.click('#offer').catch(() => undefined);

      // The open tab at once (the background injected the platform's stylesheet and scripts).
      for (const deadline = Date.now() + 15_000; (await unreadable()) > 0 && Date.now() < deadline; ) await new Promise((r) => setTimeout(r, 250));
      expect(await unreadable(), 'the open tab, without a reload').toBe(0);

      // Stored with its platform; registered with the platform's site file.
      const check = await browser.newPage();
      await openExtensionPage(check, 'src/options/index.html', '#sites h2');
      const got = await check.evaluate(async () => {
        const api = (globalThis as unknown as { browser: typeof chrome }).browser;
        const s = (await api.storage.local.get('settings')).settings as { customSites?: unknown[] };
        const r = await api.scripting.getRegisteredContentScripts();
        return { custom: s.customSites, registered: r.map((x) => ({ id: x.id, matches: x.matches, js: x.js, css: x.css })) };
      });
      expect(got.custom).toEqual([{ origin: c.origin, name: new URL(c.origin).hostname, platform: c.platform }]);
      expect(got.registered).toEqual([{ id: `unscored-custom:${c.origin}`, matches: [`${c.origin}/*`], js: [`sites/${c.platform}.js`, 'src/content/main.iife.js'], css: [`css/${c.platform}.css`] }]);

      // The next load: every count hidden, those only the platform's file knows included.
      await page.goto(f.url);
      await new Promise((r) => setTimeout(r, 300));
      expectFixtureHidden(`firefox ${c.platform} on ${c.origin}`, { reports: await page.evaluate(collectAnnotations), controlKeeps: control.filter((r) => r.kind === 'keep').map((r) => r.text) });
    } finally {
      await browser.close();
    }
  });
}
