// `npm run bench`: builds if needed, then runs bench/run.ts (see there for its options, e.g.
// `npm run bench -- --load-only --load-pairs 10`).
import { existsSync } from 'node:fs';
import { setup, run } from '../scripts/setup.mjs';

setup({ firefox: false, build: !existsSync(`${process.env.UNSCORED_DIST ?? 'dist'}/chrome/manifest.json`) || process.argv.includes('--build') });
const quote = (a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`);
run(['npx tsx bench/run.ts', ...process.argv.slice(2).map(quote)].join(' '));
