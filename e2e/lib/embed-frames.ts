/**
 * The embed frames (e2e/fixtures-embeds/<name>.html, first line: the frame's address) and the
 * blog post that holds them, at a host no site covers: shared by the Chromium and Firefox specs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './paths';

const DIR = join(ROOT, 'e2e', 'fixtures-embeds');
export const frames = readdirSync(DIR)
  .filter((f) => f.endsWith('.html'))
  .sort()
  .map((f) => {
    const html = readFileSync(join(DIR, f), 'utf8');
    return { name: f.replace(/\.html$/, ''), url: /^<!--\s*url:\s*(\S+)\s*-->/.exec(html)![1], html };
  });
export const POST = 'https://blog.example.com/2026/12/race-report';
export const hostPage = (urls: string[]) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Race report</title></head><body><article><h1>Race report</h1><p>My 12th race this year.</p>${urls
    .map((u) => `<iframe src="${u}" width="560" height="420" loading="eager"></iframe>`)
    .join('\n')}</article></body></html>`;

