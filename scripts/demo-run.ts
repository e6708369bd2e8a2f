import { chromium } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromiumArgs, Server, waitForEngine } from '../e2e/lib/extension';
import { listFixtures, controlUrl } from '../e2e/lib/fixture-files';
import { COLLECT_ANNOTATIONS_JS, type AnnotationReport } from '../e2e/lib/annotations';
import { ROOT } from '../e2e/lib/paths';

const headed = process.argv.includes('--headed');
const out = resolve(ROOT, 'artifacts', 'demo');
mkdirSync(out, { recursive: true });

const context = await chromium.launchPersistentContext('', {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: !headed,
  args: chromiumArgs(),
  viewport: { width: 1100, height: 800 },
});
const server = new Server();
await server.attach(context);
const page = await context.newPage();
const rows: { page: string; url: string; metrics: string; attributes: string; content: string }[] = [];
let allOk = true;
for (const f of listFixtures()) {
  server.serveFixture(f);
  await page.goto(controlUrl(f.url));
  await page.screenshot({ path: `${out}/${f.site}-${f.name}-before.png`, fullPage: true });
  await page.goto(f.url);
  await waitForEngine(page);
  await page.screenshot({ path: `${out}/${f.site}-${f.name}-after.png`, fullPage: true });
  const r = (await page.evaluate(COLLECT_ANNOTATIONS_JS)) as AnnotationReport[];
  const count = (kind: string) => {
    const list = r.filter((x) => x.kind === kind);
    const ok = list.filter((x) => x.ok).length;
    if (ok !== list.length) allOk = false;
    return `${ok}/${list.length}`;
  };
  rows.push({ page: `${f.site}/${f.name}`, url: f.url, metrics: count('metric'), attributes: count('scrub'), content: count('keep') });
  if (headed) await page.waitForTimeout(1500);
}
// Side by side, the top of each page: artifacts/demo/<site>-<page>-before-after.png (the
// README's pictures are two of these).
const sheet = await context.newPage();
await sheet.setViewportSize({ width: 1400, height: 420 });
const png = (path: string) => `data:image/png;base64,${readFileSync(path).toString('base64')}`;
for (const f of listFixtures()) {
  const pane = (title: string, path: string) =>
    `<figure><figcaption>${title}</figcaption><div style="background:url(${png(path)}) 0 0/100% auto no-repeat"></div></figure>`;
  await sheet.setContent(
    `<style>body{margin:0;padding:10px;display:flex;gap:12px;background:#f1f2f4;font:600 16px system-ui,sans-serif}
      figure{margin:0;flex:1;border:1px solid #c8ccd2;border-radius:6px;overflow:hidden;background:#fff}
      figcaption{background:#2f3237;color:#fff;padding:6px 10px} div{height:368px}</style>` +
      pane('Without Unscored', `${out}/${f.site}-${f.name}-before.png`) +
      pane('With Unscored (blur)', `${out}/${f.site}-${f.name}-after.png`),
  );
  await sheet.screenshot({ path: `${out}/${f.site}-${f.name}-before-after.png` });
}
await context.close();
console.log('\nWhat Unscored hid (metrics unreadable / attributes scrubbed / ordinary content left visible):');
console.table(rows);
console.log(`Screenshots: ${out}/<site>-<page>-{before,after,before-after}.png`);
if (!allOk) {
  console.error('Some numbers were left visible or some content was hidden: see the table.');
  process.exit(1);
}
