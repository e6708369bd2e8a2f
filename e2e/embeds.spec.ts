/**
 * Embeds (issue 20): counts inside embedded posts and players on other sites' pages. The content
 * script and the site's stylesheet run in those frames only (`all_frames` for the sites'
 * `embeds` patterns). YouTube's /embed/ player is on a host YouTube's own matches hold, so it
 * is declared; X's, Bluesky's and Reddit's embeds are on hosts of their own, optional host
 * permissions turned on in the options page (Chrome would disable an installed extension on an
 * update that adds required hosts).
 *
 * Frames: e2e/fixtures-embeds/<name>.html (first line: the frame's address), placed in a blog
 * post at https://blog.example.com that no site covers. The check is the generic one, per frame:
 * metrics unreadable, keeps visible and unchanged (against the same page whose frames are at
 * hosts no script matches).
 */
import type { Frame, Page } from '@playwright/test';
import { test, expect, expectFixtureHidden, waitForEngine, type Server } from './lib/extension';
import { controlUrl } from './lib/fixture-files';
import { collectAnnotations, type AnnotationReport } from './lib/annotations';
import { frames, hostPage, POST } from './lib/embed-frames';
import { sites, optionalEmbeds } from '../src/sites';

function serveAll(server: Server): void {
  for (const f of frames) {
    server.set(f.url, f.html);
    server.set(controlUrl(f.url), f.html);
  }
  server.set(POST, hostPage(frames.map((f) => f.url)));
  server.set(controlUrl(POST), hostPage(frames.map((f) => controlUrl(f.url))));
}

const frameOf = (page: Page, url: string): Frame => {
  const fr = page.frames().find((x) => x.url() === url);
  if (!fr) throw new Error(`no frame ${url}`);
  return fr;
};

async function reportsPerFrame(page: Page, url: string, control: boolean): Promise<Map<string, AnnotationReport[]>> {
  await page.goto(url);
  await waitForEngine(page);
  const out = new Map<string, AnnotationReport[]>();
  for (const f of frames) out.set(f.name, await frameOf(page, control ? controlUrl(f.url) : f.url).evaluate(collectAnnotations));
  return out;
}

test.describe('turned on (the granted test build)', () => {
  test.use({ granted: true });
  test('counts in embedded posts and players are hidden in their frames, content intact; the page around them untouched', async ({ context, server }) => {
    serveAll(server);
    const page = await context.newPage();
    const control = await reportsPerFrame(page, controlUrl(POST), true);
    const reports = await reportsPerFrame(page, POST, false);
    for (const f of frames) {
      expectFixtureHidden(`embed ${f.name}`, { reports: reports.get(f.name)!, controlKeeps: control.get(f.name)!.filter((r) => r.kind === 'keep').map((r) => r.text) });
    }
    // The host page is no site: nothing runs in its own frame.
    expect(await page.evaluate(() => [...document.documentElement.attributes].map((a) => a.name).filter((n) => n.startsWith('data-unscored')))).toEqual([]);
  });
});

test('real build: the YouTube player is declared and hidden; embeds on hosts of their own wait until turned on, then the background registers them in every frame', async ({ context, server, worker, extensionId }) => {
  serveAll(server);
  const page = await context.newPage();
  const reports = await reportsPerFrame(page, POST, false);
  const unreadable = (name: string) => reports.get(name)!.filter((r) => r.kind === 'metric').every((r) => r.ok);
  expect(unreadable('youtube-player'), 'YouTube /embed/ hidden without asking').toBe(true);
  for (const name of ['x-post', 'bluesky-post', 'reddit-post']) expect(unreadable(name), `${name}: not before it is turned on`).toBe(false);

  // Turned on in the options page; the grant faked at the API edge (see e2e/custom-sites.spec.ts).
  await worker.evaluate(() => {
    const granted = new Set<string>();
    chrome.permissions.contains = (async (p: chrome.permissions.Permissions) => (p.origins ?? []).every((o) => granted.has(o))) as typeof chrome.permissions.contains;
    chrome.runtime.onMessage.addListener((m: { type?: string; origins?: string[] }) => {
      if (m?.type !== 'test:grant') return;
      for (const o of m.origins ?? []) granted.add(o);
      void (globalThis as unknown as { unscoredPermissionsAdded: (p: { origins: string[] }) => Promise<void> }).unscoredPermissionsAdded({ origins: m.origins ?? [] });
    });
  });
  const options = await context.newPage();
  await options.addInitScript(() => {
    const w = window as unknown as { __requested: unknown[] };
    w.__requested = [];
    chrome.permissions.contains = (async () => false) as typeof chrome.permissions.contains;
    chrome.permissions.request = (async (p: chrome.permissions.Permissions) => {
      w.__requested.push(p);
      await chrome.runtime.sendMessage({ type: 'test:grant', origins: p.origins }).catch(() => undefined);
      return true;
    }) as typeof chrome.permissions.request;
  });
  await options.goto(`chrome-extension://${extensionId}/src/options/index.html`);
  const x = sites.find((s) => s.id === 'x')!;
  await options.getByRole('button', { name: 'Turn on for embedded X posts' }).click();
  expect(await options.evaluate(() => (window as unknown as { __requested: unknown[] }).__requested)).toEqual([{ origins: optionalEmbeds(x) }]);
  const registered = () => worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => ({ id: s.id, matches: s.matches, js: s.js, css: s.css, allFrames: s.allFrames })));
  await expect.poll(registered).toEqual([{ id: 'unscored-embed:x', matches: ['https://platform.twitter.com/embed/*'], js: ['sites/x.js', 'src/content/main.iife.js'], css: ['css/x.css'], allFrames: true }]);
});
