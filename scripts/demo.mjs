// `npm run demo`: installs what is missing, builds both browsers, then shows the extension at
// work on the bundled demo pages (one per supported site): before/after screenshots in
// artifacts/demo/ and a table of what it hid. `npm run demo -- --headed` opens a real window.
import { setup, run } from './setup.mjs';

setup({ firefox: false });
run(`npx tsx scripts/demo-run.ts ${process.argv.slice(2).join(' ')}`);
