/**
 * The AMO source archive rebuilds to the same extension: scripts/check-source.mjs writes the
 * archive, unpacks it into an empty directory at another path, runs `npm ci` and the build there
 * (another time zone and locale too), and compares every file of both browsers' builds by SHA-256.
 * Slow (a clean install): one test.
 */
import { test, expect } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { ROOT } from './lib/paths';

test('the source archive rebuilds elsewhere to byte-identical extension files', () => {
  test.setTimeout(300_000);
  const r = spawnSync('node', ['scripts/check-source.mjs'], { cwd: ROOT, encoding: 'utf8', timeout: 290_000 });
  const out = `${r.stdout}\n${r.stderr}`;
  expect(r.status, out.slice(-3000)).toBe(0);
  expect(out).toMatch(/chrome: \d+ files, identical \(SHA-256\)/);
  expect(out).toMatch(/firefox: \d+ files, identical \(SHA-256\)/);
});
