/**
 * Embeds (issue 20) in Firefox ESR: YouTube's /embed/ player is declared with all_frames; X's,
 * Bluesky's and Reddit's embeds are on hosts of their own, turned on in the options page the way
 * a user does (a real permissions.request from a click, granted by the test profile's pref), and
 * the background registers their content scripts in every frame. Then, in each frame of a blog
 * post at a host no site covers, the generic check: counts unreadable, content unchanged.
 */
import { test, expect } from '@playwright/test';
import type { Frame } from 'puppeteer-core';
import { launchFirefox, openExtensionPage, servePages } from './lib/firefox';
import { collectAnnotations, type AnnotationReport } from './lib/annotations';
import { expectFixtureHidden } from './lib/extension';
import { controlUrl } from './lib/fixture-files';
import { frames, hostPage, POST } from './lib/embed-frames';
import { optionalEmbeds, sites } from '../src/sites';

const pages = Object.fromEntries([
  ...frames.flatMap((f) => [[f.url, f.html], [controlUrl(f.url), f.html]]),
  [POST, hostPage(frames.map((f) => f.url))],
  [controlUrl(POST), hostPage(frames.map((f) => controlUrl(f.url)))],
]);

async function reportsPerFrame(page: import('puppeteer-core').Page, url: string, control: boolean): Promise<Map<string, AnnotationReport[]>> {
  await page.goto(url);
  const out = new Map<string, AnnotationReport[]>();
  for (const f of frames) {
    const want = control ? controlUrl(f.url) : f.url;
    let frame: Frame | undefined;
    for (const deadline = Date.now() + 10_000; !frame && Date.now() < deadline; ) {
      frame = page.frames().find((x) => x.url() === want);
      if (!frame) await new Promise((r) => setTimeout(r, 100));
    }
    if (!frame) throw new Error(`no frame ${want}`);
    await frame.waitForFunction(() => document.readyState === 'complete', { timeout: 10_000 });
    out.set(f.name, await frame.evaluate(collectAnnotations));
  }
  return out;
}

test('firefox: counts in embedded posts and players are hidden in their frames once turned on, content intact', async () => {
  test.setTimeout(120_000);
  const browser = await launchFirefox();
  try {
    const page = await browser.newPage();
    await servePages(page, pages);
    const control = await reportsPerFrame(page, controlUrl(POST), true);
    const unreadable = (r: Map<string, AnnotationReport[]>, name: string) => r.get(name)!.filter((x) => x.kind === 'metric').every((x) => x.ok);

    // Before: only the declared player.
    let reports = await reportsPerFrame(page, POST, false);
    expect(unreadable(reports, 'youtube-player'), 'YouTube /embed/ hidden without asking').toBe(true);
    for (const name of ['x-post', 'bluesky-post', 'reddit-post']) expect(unreadable(reports, name), `${name}: not before it is turned on`).toBe(false);

    // Turned on in the options page, one button a site.
    const options = await browser.newPage();
    await openExtensionPage(options, 'src/options/index.html', '#sites h2');
    const withEmbeds = sites.filter((s) => optionalEmbeds(s).length);
    expect(withEmbeds.map((s) => s.id).sort()).toEqual(['bluesky', 'reddit', 'x']);
    for (const s of withEmbeds) {
      const button = `#sites article[aria-labelledby="site-${s.id}"] .embeds-state button`;
      await options.waitForSelector(button, { timeout: 10_000 });
      await options.click(button);
      await options.waitForFunction((sel) => !document.querySelector(sel), { timeout: 10_000 }, button);
    }
    // The background registers on permissions.onAdded (serialized): poll the next loads.
    for (const deadline = Date.now() + 15_000; ; ) {
      reports = await reportsPerFrame(page, POST, false);
      if (frames.every((f) => unreadable(reports, f.name)) || Date.now() > deadline) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    for (const f of frames) {
      expectFixtureHidden(`firefox embed ${f.name}`, { reports: reports.get(f.name)!, controlKeeps: control.get(f.name)!.filter((r) => r.kind === 'keep').map((r) => r.text) });
    }
    // The host page is no site: nothing runs in its own frame.
    expect(await page.evaluate(() => [...document.documentElement.attributes].map((a) => a.name).filter((n) => n.startsWith('data-unscored')))).toEqual([]);
  } finally {
    await browser.close();
  }
});
