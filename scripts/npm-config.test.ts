/**
 * `npm ci` on a fresh clone prints no install-script warning: npm 11 skips dependencies' install
 * scripts unless package.json's allowScripts covers them, and lists the ones it skipped. Every
 * package the lockfile marks as having an install script must have a name-only entry there (a
 * pinned `name@1.2.3` would stop covering it at the next update of the lockfile). npm 10 ignores
 * the field and runs the scripts, which works too.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { allowScripts?: Record<string, boolean> };
const lock = JSON.parse(readFileSync(resolve(root, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { hasInstallScript?: boolean; name?: string }>;
};

describe('npm install scripts', () => {
  const withScripts = [
    ...new Set(
      Object.entries(lock.packages)
        .filter(([path, p]) => path && p.hasInstallScript)
        .map(([path, p]) => p.name ?? path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length)),
    ),
  ].sort();

  it('every dependency with an install script is decided in allowScripts, by name only', () => {
    const allow = pkg.allowScripts ?? {};
    expect(withScripts.filter((n) => !(n in allow)), 'not covered: npm ci would warn').toEqual([]);
    expect(Object.keys(allow).filter((k) => /.@/.test(k)), 'pinned to a version').toEqual([]);
  });

  it('no entry is left for a package that no longer has an install script', () => {
    expect(Object.keys(pkg.allowScripts ?? {}).filter((k) => !withScripts.includes(k))).toEqual([]);
  });
});
