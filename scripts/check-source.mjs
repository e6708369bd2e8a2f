// `node scripts/check-source.mjs [archive]`: what an AMO reviewer does with the source archive.
// Unpacks it into an empty directory at another path, installs and builds there as its
// SOURCE-BUILD.md says, and compares every built file (SHA-256) with a build of this tree.
// An absolute path or a timestamp that leaks into the bundles shows up as a difference.
// Without an argument it writes a fresh archive first. Exits 1 on any difference.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { compareTrees, extractArchive, hashTree, writeSourceArchive } from './source-archive.mjs';

const root = resolve(import.meta.dirname, '..');
const { version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
const work = mkdtempSync(join(tmpdir(), 'unscored-source-check-'));
const keep = process.argv.includes('--keep');
// Our own UNSCORED_DIST (a parallel build dir) must not steer the rebuild's output.
const { UNSCORED_DIST: _ours, ...baseEnv } = process.env;
const run = (cmd, args, cwd, env = {}) => execFileSync(cmd, args, { cwd, stdio: ['ignore', 'inherit', 'inherit'], env: { ...baseEnv, ...env } });

try {
  const given = process.argv.slice(2).find((a) => !a.startsWith('--'));
  const archive = given ? resolve(given) : await writeSourceArchive(root, join(work, `unscored-source-${version}.zip`), { version });
  if (!existsSync(archive)) throw new Error(`${archive}: no such archive`);

  // The reference: this tree's build, into a directory of its own.
  const reference = join(work, 'reference');
  run('node', ['scripts/build.mjs'], root, { UNSCORED_DIST: reference });

  // The rebuild: an empty directory elsewhere, a clean install from the lockfile, the build.
  const elsewhere = join(work, 'somewhere', 'else', 'unscored-src');
  await extractArchive(archive, elsewhere);
  for (const gone of ['node_modules', 'dist']) if (existsSync(join(elsewhere, gone))) throw new Error(`the archive holds ${gone}/`);
  if (!existsSync(join(elsewhere, 'SOURCE-BUILD.md'))) throw new Error('the archive has no SOURCE-BUILD.md');
  run('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], elsewhere);
  // A different locale and time zone too: nothing of the machine may reach the bundles.
  run('npm', ['run', 'build'], elsewhere, { TZ: 'Pacific/Kiritimati', LANG: 'de_DE.UTF-8' });

  let bad = 0;
  for (const browser of ['chrome', 'firefox']) {
    const a = hashTree(join(reference, browser));
    const b = hashTree(join(elsewhere, 'dist', browser));
    const diff = compareTrees(a, b);
    console.log(`${browser}: ${Object.keys(a).length} files, ${diff.length ? `${diff.length} differences` : 'identical (SHA-256)'}`);
    for (const l of diff) console.log(`  ${l}`);
    bad += diff.length;
  }
  if (bad) process.exitCode = 1;
} finally {
  if (keep) console.log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
