/**
 * axe-core in a puppeteer page (Firefox): @axe-core/playwright drives Playwright pages only.
 * Evaluated through WebDriver BiDi, which extension pages' CSP does not stop.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'puppeteer-core';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeSummary {
  violations: string[];
  passes: number;
}

export async function runAxe(page: Page): Promise<AxeSummary> {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const r = await (window as unknown as { axe: { run(): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[]; passes: unknown[] }> } }).axe.run();
    return { violations: r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), passes: r.passes.length };
  });
}
