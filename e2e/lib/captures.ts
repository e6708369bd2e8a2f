/**
 * Real saved pages (../shared/captures, third-party, never committed) run with the extension.
 * They carry no annotations, so a test names what it knows: selectors of metric elements that
 * must be unreadable and of content that must stay readable. The names are applied as the
 * usual data-expect annotations *after* the engine ran (it never reads them), and the usual
 * in-page check reports on them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { collectAnnotations, type AnnotationReport } from './annotations';
import { waitForEngine, type Server } from './extension';
import { CAPTURES } from './paths';

export interface CaptureCheck {
  /** File name in the captures folder. */
  file: string;
  /** The real URL it is served under. */
  url: string;
  /**
   * Elements that show a count: each must be unreadable, and each selector must match.
   * `host >>> inner` selects inside the open shadow roots of `host` (e.g. Reddit's counts).
   */
  metrics: string[];
  /** Content that must stay readable: each selector must match. */
  keeps: string[];
  /** Elements whose aria-label/title carried a count: no digit may be left. */
  scrubs?: string[];
}

/** Why the captures cannot be used here, or null when the file is present. */
export function captureMissing(file: string): string | null {
  if (!existsSync(CAPTURES)) return `captures folder not present: ${CAPTURES} (it sits beside the clone in CI)`;
  if (!existsSync(join(CAPTURES, file))) return `capture not present: ${join(CAPTURES, file)}`;
  return null;
}

export interface CaptureResult {
  reports: AnnotationReport[];
  /** Selectors that matched nothing (a stale check, or the capture changed). */
  unmatched: string[];
}

export async function runCapture(page: Page, server: Server, c: CaptureCheck): Promise<CaptureResult> {
  server.set(c.url, readFileSync(join(CAPTURES, c.file), 'utf8'));
  await page.goto(c.url, { waitUntil: 'domcontentloaded' });
  await waitForEngine(page);
  const unmatched = await page.evaluate(({ metrics, keeps, scrubs }) => {
    const missing: string[] = [];
    const query = (s: string): Element[] => {
      const [host, inner] = s.split(' >>> ');
      if (inner === undefined) return Array.from(document.querySelectorAll(s));
      return Array.from(document.querySelectorAll(host)).flatMap((h) => Array.from(h.shadowRoot?.querySelectorAll(inner) ?? []));
    };
    const tag = (sels: string[], attr: string, value: string) => {
      for (const s of sels) {
        const found = query(s);
        if (found.length === 0) missing.push(s);
        found.forEach((el) => el.setAttribute(attr, value));
      }
    };
    tag(metrics, 'data-expect', 'metric');
    tag(keeps, 'data-expect', 'keep');
    tag(scrubs, 'data-expect-aria', 'scrub');
    return missing;
  }, { metrics: c.metrics, keeps: c.keeps, scrubs: c.scrubs ?? [] });
  const reports = await page.evaluate(collectAnnotations);
  return { reports, unmatched };
}

/** Problems in a capture run: readable metrics, unreadable keeps, leaking attributes, no match. */
export function captureProblems({ reports, unmatched }: CaptureResult): string[] {
  return [
    ...unmatched.map((s) => `selector matched nothing: ${s}`),
    ...reports.filter((r) => !r.ok).map((r) => `${r.kind} ${r.where} "${r.text.slice(0, 80)}": ${r.why}`),
  ];
}
