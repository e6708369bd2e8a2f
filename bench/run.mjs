// `npm run bench`: builds if needed, then runs bench/run.ts (see there).
import { existsSync } from 'node:fs';
import { setup, run } from '../scripts/setup.mjs';

setup({ firefox: false, build: !existsSync(`${process.env.UNSCORED_DIST ?? 'dist'}/chrome/manifest.json`) || process.argv.includes('--build') });
run('npx tsx bench/run.ts');
