/**
 * `npm run store`: the store listing's pictures, from the demo pages (e2e/fixtures), with
 * Playwright and Debian's Chromium, into store/:
 *   screenshots/1-before-after.png  X's home feed without and with Unscored, side by side
 *   screenshots/2-popup.png         the popup over the page it is about
 *   screenshots/3-options.png       the options page
 *   screenshots/4-pause.png         the pause before posting on X's composer
 *   promo-440x280.png               the Chrome Web Store's small promo tile
 * All 1280×800 (both stores take that size) except the tile. Needs a build (npm run build, or
 * UNSCORED_DIST). Nothing leaves the machine: pages are served locally as in the e2e tests.
 */
import { chromium, type Page } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromiumArgs, Server, waitForEngine } from '../e2e/lib/extension';
import { controlUrl, listFixtures } from '../e2e/lib/fixture-files';
import { DIST_CHROME, ROOT } from '../e2e/lib/paths';
import { listComposerFixtures, pauseSettings, focusEnd, settlePause } from '../e2e/fixtures-composer/harness';

const W = 1280;
const H = 800;
const out = resolve(ROOT, 'store');
mkdirSync(resolve(out, 'screenshots'), { recursive: true });

const context = await chromium.launchPersistentContext('', {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: [...chromiumArgs(), '--lang=en-US', '--hide-scrollbars'],
  viewport: { width: W, height: H },
  locale: 'en-US',
  colorScheme: 'light',
});
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const id = new URL(worker.url()).host;
// tsx names the functions it compiles with a helper (__name) that pages do not have; the
// harness's page functions need it there.
await context.addInitScript('globalThis.__name = (f) => f;');
const server = new Server();
await server.attach(context);
const page = await context.newPage();
const png = (b: Buffer) => `data:image/png;base64,${b.toString('base64')}`;
const icon = png(readFileSync(resolve(DIST_CHROME, 'icons/icon-128.png')));
const FONT = 'font-family: system-ui, "DejaVu Sans", sans-serif';

/** A 1280×800 sheet: a caption band on top and the given body below. */
async function sheet(target: Page, file: string, caption: string, body: string): Promise<void> {
  await target.setViewportSize({ width: W, height: H });
  await target.setContent(`<!doctype html><style>
    body{margin:0;width:${W}px;height:${H}px;overflow:hidden;background:#eef0f3;${FONT}}
    header{height:84px;display:flex;align-items:center;gap:16px;padding:0 32px;background:#1f2328;color:#fff}
    header img{width:44px;height:44px} header h1{font-size:28px;margin:0;font-weight:650}
    main{height:${H - 84}px;box-sizing:border-box;padding:20px 32px;display:flex;gap:20px;align-items:flex-start;justify-content:center}
    figure{margin:0;flex:1;border-radius:10px;overflow:hidden;background:#fff;box-shadow:0 2px 10px #0002}
    figcaption{background:#2f3237;color:#fff;padding:8px 14px;font-size:18px;font-weight:600}
    .shot{height:628px;background-size:100% auto;background-repeat:no-repeat}
  </style><header><img src="${icon}" alt=""><h1>${caption}</h1></header><main>${body}</main>`);
  await target.screenshot({ path: resolve(out, file) });
}

// 1. Before and after, X's home feed.
const home = listFixtures('x').find((f) => f.name === 'home')!;
server.serveFixture(home);
await page.setViewportSize({ width: 620, height: 628 });
await page.goto(controlUrl(home.url));
const before = await page.screenshot();
await page.goto(home.url);
await waitForEngine(page);
const after = await page.screenshot();
const pane = (title: string, b: Buffer) => `<figure><figcaption>${title}</figcaption><div class="shot" style="background-image:url(${png(b)})"></div></figure>`;
const shots = await context.newPage();
await sheet(shots, 'screenshots/1-before-after.png', 'Read posts for what they say, not for their numbers', pane('Without Unscored', before) + pane('With Unscored', after));

// 2. The popup, over the page it is about (a test cannot open the real toolbar popup: the
// popup page in a tab, cut to its size, drawn where the browser shows it).
await page.setViewportSize({ width: W, height: H - 84 });
const site = await page.screenshot();
const tabId = await worker.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]?.id, home.url.split('#')[0]);
const popup = await context.newPage();
await popup.setViewportSize({ width: 360, height: 600 });
await popup.goto(`chrome-extension://${id}/src/popup/index.html?tab=${tabId}`);
await popup.waitForSelector('main.popup [role="switch"]');
const popupShot = await popup.locator('main.popup').screenshot();
await sheet(
  shots,
  'screenshots/2-popup.png',
  'One click: this site, which numbers, how they are hidden',
  `<div style="position:relative;width:${W}px;height:${H - 84}px;margin:-20px -32px;background:url(${png(site)}) 0 0/100% auto no-repeat">
     <img src="${png(popupShot)}" alt="" style="position:absolute;right:24px;top:8px;border-radius:8px;box-shadow:0 8px 28px #0006">
   </div>`,
);

// 3. The options page, as it is.
const options = await context.newPage();
await options.setViewportSize({ width: W, height: H });
await options.goto(`chrome-extension://${id}/src/options/index.html`);
await options.waitForSelector('#sites h2');
await options.screenshot({ path: resolve(out, 'screenshots/3-options.png') });

// 4. The pause before posting, on X's composer.
const composer = listComposerFixtures().fixtures.find((f) => f.site === 'x')!;
await worker.evaluate((s) => chrome.storage.local.set({ settings: s }), pauseSettings('x', true, { delaySeconds: 3 }) as never);
server.set(composer.url, composer.html);
const post = await context.newPage();
await post.setViewportSize({ width: W, height: H });
await post.goto(composer.url);
await waitForEngine(post);
await post.evaluate(focusEnd, composer.textSel);
await post.keyboard.type('Hot take: everyone who disagrees with me is wrong.');
await post.locator(composer.submitSel).first().click();
await settlePause(post);
await post.waitForTimeout(300);
await post.screenshot({ path: resolve(out, 'screenshots/4-pause.png') });

// The promo tile: the icon, the name and what it does.
const tile = await context.newPage();
await tile.setViewportSize({ width: 440, height: 280 });
await tile.setContent(`<!doctype html><style>
  body{margin:0;width:440px;height:280px;display:flex;flex-direction:column;justify-content:center;align-items:center;gap:14px;
       background:linear-gradient(135deg,#1f2328,#3a4350);color:#fff;${FONT}}
  img{width:96px;height:96px} h1{margin:0;font-size:38px;font-weight:700;letter-spacing:.5px}
  p{margin:0;font-size:18px;color:#d7dce2}
</style><img src="${icon}" alt=""><h1>Unscored</h1><p>Hide likes, followers and views</p>`);
await tile.screenshot({ path: resolve(out, 'promo-440x280.png') });

await context.close();
console.log(`Store pictures in ${out}: screenshots/1-before-after.png, 2-popup.png, 3-options.png, 4-pause.png, promo-440x280.png`);
