// `npm test`: everything, in the order a failure is cheapest to find. Exits non-zero on the
// first failing step.
import { setup, run } from './setup.mjs';

const t0 = Date.now();
setup();
run('npx tsc --noEmit -p tsconfig.json');
run('npx vitest run');
run('node scripts/lint-firefox.mjs');
run('npx playwright test');
console.log(`\nAll tests passed in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
