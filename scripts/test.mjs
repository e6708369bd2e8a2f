// `npm test`: everything, in the order a failure is cheapest to find. Exits non-zero on the
// first failing step.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { setup, run } from './setup.mjs';

// As scripts/build.mjs: the configs import the site and word files without extensions, which
// today's config loader bundles; its warning about a future native loader is noise here.
process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= 'true';
const t0 = Date.now();
// Outside test-results/, which Playwright empties when it starts.
const reports = resolve('artifacts', 'test-reports');
setup();
run('npx tsc --noEmit -p tsconfig.json');
run(`npx vitest run --reporter=default --reporter=json --outputFile.json=${reports}/vitest.json`);
run('node scripts/lint-firefox.mjs');
run('npx playwright test --reporter=list,json', { env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: `${reports}/e2e.json` } });

// One plain closing line for both runners, as CI logs read it.
const unit = JSON.parse(readFileSync(`${reports}/vitest.json`, 'utf8'));
const e2e = JSON.parse(readFileSync(`${reports}/e2e.json`, 'utf8')).stats;
// A test that passed on its retry (CI only) counts as passed and is named flaky.
const passed = unit.numPassedTests + e2e.expected + (e2e.flaky ?? 0);
const failed = unit.numFailedTests + e2e.unexpected;
const skipped = unit.numPendingTests + unit.numTodoTests + e2e.skipped;
console.log(`\nunit ${unit.numPassedTests} + e2e ${e2e.expected} in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
console.log(`tests: ${passed} passed (${e2e.flaky ?? 0} flaky), ${failed} failed, ${skipped} skipped`);
