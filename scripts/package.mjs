// `npm run package`: builds both browsers, then writes the store uploads:
//   artifacts/unscored-chrome-<version>.zip    (dist/chrome, for the Chrome Web Store)
//   artifacts/unscored-firefox-<version>.zip   (dist/firefox, via web-ext build, for AMO)
//   artifacts/unscored-source-<version>.zip    (the sources AMO asks for with a bundled add-on:
//                                               scripts/source-archive.mjs; rebuilt and compared
//                                               by scripts/check-source.mjs)
// The extension archives are made by web-ext, the source one by JSZip (pure node, no system zip
// needed). Options: --skip-build.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { writeSourceArchive } from './source-archive.mjs';

const root = resolve(import.meta.dirname, '..');
const dist = resolve(root, process.env.UNSCORED_DIST ?? 'dist');
const out = resolve(root, 'artifacts');
const { version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));

for (const flag of ['UNSCORED_TEST_DROP_SITE_METRICS', 'UNSCORED_TEST_LEAKY_PAUSE', 'UNSCORED_TEST_GRANT_OPTIONAL']) {
  if (!process.env[flag]) continue;
  // Test-only builds (no site selectors: e2e/trust.spec.ts; the leaky pause dialog:
  // e2e/pause-privacy.spec.ts) must never be shipped.
  console.error(`${flag} is set: refusing to package a test build.`);
  process.exit(1);
}

const run = (cmd, args, env = process.env) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit', env });

if (!process.argv.includes('--skip-build')) run('node', ['scripts/build.mjs'], { ...process.env, UNSCORED_DIST: dist });

mkdirSync(out, { recursive: true });
const written = [];
for (const browser of ['chrome', 'firefox']) {
  const dir = resolve(dist, browser);
  const manifest = JSON.parse(readFileSync(resolve(dir, 'manifest.json'), 'utf8'));
  if (manifest.version !== version) throw new Error(`${browser}: manifest version ${manifest.version} is not package.json's ${version}`);
  const filename = `unscored-${browser}-${version}.zip`;
  run('npx', ['web-ext', 'build', '--source-dir', dir, '--artifacts-dir', out, '--filename', filename, '--overwrite-dest']);
  const file = resolve(out, filename);
  if (!existsSync(file)) throw new Error(`${file} was not written`);
  written.push(`${file} (${(statSync(file).size / 1024).toFixed(0)} KB)`);
}
const source = await writeSourceArchive(root, resolve(out, `unscored-source-${version}.zip`), { version });
written.push(`${source} (${(statSync(source).size / 1024).toFixed(0)} KB)`);
console.log(`\nPackaged Unscored ${version}:\n  ${written.join('\n  ')}`);
