/**
 * Regenerates the generated parts of the docs: the README's supported-sites table (from
 * src/sites) and docs/benchmark.md's results table (from bench/results.json, when it holds the
 * feed section). `npx tsx scripts/readme.ts`. src/readme.test.ts fails when the sites table is
 * out of date.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { sitesTable } from './readme-sites';

const root = resolve(import.meta.dirname, '..');
const readmePath = resolve(root, 'README.md');
let readme = readFileSync(readmePath, 'utf8');

function replaceBetween(text: string, tag: string, body: string): string {
  const re = new RegExp(`(<!-- ${tag}:start[^>]*-->)[\\s\\S]*?(<!-- ${tag}:end -->)`);
  if (!re.test(text)) throw new Error(`no ${tag} markers`);
  return text.replace(re, `$1\n${body}\n$2`);
}

readme = replaceBetween(readme, 'sites', sitesTable());
writeFileSync(readmePath, readme);
// The benchmark is for developers: its table lives with its method and history.
const benchDocPath = resolve(root, 'docs', 'benchmark.md');
let benchDoc = readFileSync(benchDocPath, 'utf8');
const bench = resolve(root, 'bench/results.json');
if (existsSync(bench) && JSON.parse(readFileSync(bench, 'utf8')).withExtension) {
  const r = JSON.parse(readFileSync(bench, 'utf8'));
  const body = [
    `Measured ${r.date.slice(0, 10)} on this project's 2-core machine: ${r.posts} posts, ${r.perFrame} per frame, medians of ${r.pairs} pairs.${r.noisy ? ' A noisy run (the pairs disagree by more than 10%): its ratios are no verdict.' : ''}`,
    '',
    "| X fixture feed (X's post markup, cloned) unless named | with Unscored | without | ratio / delta | target |",
    '|---|---|---|---|---|',
    `| main-thread task time | ${r.withExtension.taskMs.toFixed(0)} ms | ${r.withoutExtension.taskMs.toFixed(0)} ms | ${r.taskRatio.toFixed(3)}×${r.taskRatioPairs ? ` (pairs: ${r.taskRatioPairs.q1}–${r.taskRatioPairs.q3})` : ''} | ≤ 1.05× |`,
    `| script time | ${r.withExtension.scriptMs.toFixed(0)} ms | ${r.withoutExtension.scriptMs.toFixed(0)} ms | +${(r.withExtension.scriptMs - r.withoutExtension.scriptMs).toFixed(0)} ms | |`,
    `| JS heap growth | ${r.withExtension.heapDeltaMB.toFixed(2)} MB | ${r.withoutExtension.heapDeltaMB.toFixed(2)} MB | +${r.heapExtraMB.toFixed(2)} MB | ≤ +2 MB |`,
    `| flash frames | ${r.flashFrames} | | | 0 |`,
    ...(r.capture
      ? [
          `| task time, real saved X page (its own post, ${r.capture.pairs} pairs) | ${r.capture.withExtension.taskMs.toFixed(0)} ms | ${r.capture.withoutExtension.taskMs.toFixed(0)} ms | ${r.capture.taskRatio.toFixed(3)}×${r.capture.taskRatioPairs ? ` (pairs: ${r.capture.taskRatioPairs.q1}–${r.capture.taskRatioPairs.q3})` : ''} | ≤ 1.05× |`,
          `| script time, real saved X page | ${r.capture.withExtension.scriptMs.toFixed(0)} ms | ${r.capture.withoutExtension.scriptMs.toFixed(0)} ms | +${(r.capture.withExtension.scriptMs - r.capture.withoutExtension.scriptMs).toFixed(0)} ms | |`,
          `| JS heap growth, real saved X page | ${r.capture.withExtension.heapDeltaMB.toFixed(2)} MB | ${r.capture.withoutExtension.heapDeltaMB.toFixed(2)} MB | +${r.capture.heapExtraMB.toFixed(2)} MB | ≤ +2 MB |`,
          `| flash frames, real saved X page | ${r.capture.flashFrames} | | | 0 |`,
        ]
      : []),
    '',
    `Content script ${r.bundleKB.contentScript} KB (all sites, the pause and the picker), X's stylesheet ${r.bundleKB.siteCss} KB` +
      (r.bundleKB.uiJs ? `, popup and options together ${r.bundleKB.uiJs.toFixed(0)} KB of JS and ${r.bundleKB.uiCss.toFixed(0)} KB of CSS (minified, before compression).` : '.'),
  ].join('\n');
  benchDoc = replaceBetween(benchDoc, 'bench', body);
  writeFileSync(benchDocPath, benchDoc);
}
console.log('README and docs/benchmark.md updated');
