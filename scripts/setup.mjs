// Shared by `npm test` and `npm run demo`: install what a fresh machine lacks (npm packages,
// Debian's browsers) and build both browsers. Node built-ins only, so it runs before `npm ci`.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { ensureBrowsers } from './browsers.mjs';

export function run(cmd, opts = {}) {
  console.log(`\n$ ${cmd}`);
  execSync(cmd, { stdio: 'inherit', ...opts });
}

export function setup({ firefox = true, build = true } = {}) {
  if (!existsSync('node_modules/.package-lock.json')) run('npm ci --no-audit --no-fund');
  ensureBrowsers({ firefox });
  if (build) run('node scripts/build.mjs');
}
