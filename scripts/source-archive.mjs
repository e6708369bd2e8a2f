// The source archive Mozilla asks for with a bundled add-on (AMO reviewers rebuild it and compare),
// and the check that it rebuilds to the same files. Used by scripts/package.mjs and
// scripts/check-source.mjs.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import JSZip from 'jszip';

// Not needed to build: images for the README and the store listing.
const LEFT_OUT = [/^docs\/screenshots\//, /^store\//];
// One fixed date for every entry, so that the same sources give the same archive.
const ZIP_DATE = new Date('2020-01-01T00:00:00Z');
export const BUILD_NOTES = 'SOURCE-BUILD.md';

/** The files of the source tree: git's tracked files (no node_modules, dist, artifacts). */
export function sourceFiles(root) {
  const out = execFileSync('git', ['ls-files', '-z', '--cached'], { cwd: root, encoding: 'utf8' });
  return out.split('\0').filter((f) => f && !LEFT_OUT.some((re) => re.test(f))).sort();
}

export function buildNotes({ version, node, npm }) {
  return `# Building Unscored ${version} from this source

Built for the stores on Linux (Debian 12) with **Node ${node}** and **npm ${npm}**; any Node
20.19 or later with npm 10 or 11 gives the same files. No browser and no network are needed for the
build itself, only for \`npm ci\` (packages from the npm registry, exact versions from
package-lock.json).

\`\`\`sh
npm ci
npm run build
\`\`\`

The Firefox add-on is then \`dist/firefox/\` (uploaded as \`unscored-firefox-${version}.zip\`), the Chrome
extension \`dist/chrome/\`. Nothing in it is minified by hand or generated outside this tree: Vite
bundles \`src/\` (TypeScript, Preact) and the per-site stylesheets are compiled from \`src/sites/\` by
\`vite.config.ts\`. \`node scripts/check-source.mjs\` rebuilds this archive in an empty directory and
compares every file by SHA-256.
`;
}

/** Writes the archive: the source files as they are in the working tree, plus the build notes. */
export async function writeSourceArchive(root, file, { version }) {
  const zip = new JSZip();
  for (const f of sourceFiles(root)) {
    const p = join(root, f);
    // A tracked file deleted in the working tree is not part of these sources.
    if (!statSync(p, { throwIfNoEntry: false })?.isFile()) continue;
    zip.file(f, readFileSync(p), { date: ZIP_DATE, unixPermissions: statSync(p).mode & 0o111 ? 0o755 : 0o644 });
  }
  const npm = execFileSync('npm', ['--version'], { encoding: 'utf8' }).trim();
  zip.file(BUILD_NOTES, buildNotes({ version, node: process.version, npm }), { date: ZIP_DATE });
  const data = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', platform: 'UNIX' });
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, data);
  return file;
}

/** Unpacks an archive written by writeSourceArchive into dir. */
export async function extractArchive(file, dir) {
  const zip = await JSZip.loadAsync(readFileSync(file));
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    const target = resolve(dir, entry.name);
    if (!target.startsWith(resolve(dir) + '/')) throw new Error(`${entry.name}: outside the archive's directory`);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, await entry.async('nodebuffer'), { mode: entry.unixPermissions & 0o777 || 0o644 });
  }
}

/** SHA-256 of every file under dir, by path relative to it. */
export function hashTree(dir) {
  const out = {};
  const walk = (d) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out[relative(dir, p)] = createHash('sha256').update(readFileSync(p)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

/** The differences between two hashTree results, one line each (empty when identical). */
export function compareTrees(a, b) {
  const lines = [];
  for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (!(k in a)) lines.push(`only in the rebuild: ${k}`);
    else if (!(k in b)) lines.push(`missing from the rebuild: ${k}`);
    else if (a[k] !== b[k]) lines.push(`differs: ${k}`);
  }
  return lines.sort();
}
