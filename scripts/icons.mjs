// Renders icons/icon.svg and icons/icon-off.svg to the PNG sizes the manifest uses, with the
// browser we test in (no image tool needed). Run after editing an SVG: `node scripts/icons.mjs`.
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { launchArgs } from './browsers.mjs';

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: launchArgs() });
const page = await browser.newPage();
for (const [src, prefix] of [['icons/icon.svg', 'icon'], ['icons/icon-off.svg', 'icon-off']]) {
  const svg = readFileSync(src, 'utf8');
  for (const size of [16, 32, 48, 128]) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(`<style>html,body{margin:0;background:transparent}</style><img src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}" width="${size}" height="${size}">`);
    await page.screenshot({ path: `icons/${prefix}-${size}.png`, omitBackground: true });
  }
}
await browser.close();
console.log('icons written');
