import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { sitesTable } from '../scripts/readme-sites';

const ROOT = resolve(import.meta.dirname, '..');
const readme = readFileSync(resolve(ROOT, 'README.md'), 'utf8');

describe('README', () => {
  it('lists every supported site (regenerate with `npx tsx scripts/readme.ts`)', () => {
    expect(readme).toContain(sitesTable());
  });

  it('is for users: at most 200 lines, with what a user looks for', () => {
    expect(readme.split('\n').length).toBeLessThanOrEqual(200);
    for (const h of ['## Install it', '## Set up', '## Supported sites', '## Permissions', '## Privacy', '## A number is still showing?'])
      expect(readme, h).toContain(h);
    expect(readme).toMatch(/!\[[^\]]*before[^\]]*\]\(|!\[X timeline without and with Unscored\]/);
    // What is untested on a real Android device is said.
    expect(readme).toMatch(/Untested on a real device/i);
  });

  it('has the two set-up lines, and CI runs the same test command', () => {
    const setup = /```sh\n([\s\S]*?)```/.exec(readme.slice(readme.indexOf('## Set up')))?.[1] ?? '';
    const lines = setup.trim().split('\n').map((l) => l.replace(/\s+#.*$/, '').trim());
    expect(lines).toEqual(['npm run demo', 'npm test']);
    const ci = readFileSync(resolve(ROOT, '.ci', 'run'), 'utf8').split('\n').map((l) => l.trim());
    expect(ci).toContain('npm test');
    // `npm test` is scripts/test.mjs: the same steps whoever calls it.
    expect(JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')).scripts.test).toBe('node scripts/test.mjs');
  });

  it('names every permission the manifest asks for', () => {
    const manifest = readFileSync(resolve(ROOT, 'manifest.config.ts'), 'utf8');
    const perms = [...(/permissions: \[([^\]]*)\]/.exec(manifest)?.[1] ?? '').matchAll(/'([^']+)'/g)].map((m) => m[1]);
    expect(perms.length).toBeGreaterThan(0);
    const section = readme.slice(readme.indexOf('## Permissions'), readme.indexOf('## Privacy'));
    for (const p of perms) expect(section, p).toContain(`\`${p}\``);
    expect(section).toContain('host permissions');
  });

  it('every local link and picture exists (the benchmark and engineering notes moved to docs/ and CONTRIBUTING.md)', () => {
    const links = [...readme.matchAll(/\]\(([^)#]+)(#[^)]*)?\)/g)].map((m) => m[1]).filter((l) => !/^[a-z]+:/.test(l));
    expect(links).toContain('docs/benchmark.md');
    expect(links).toContain('CONTRIBUTING.md');
    for (const l of links) expect(existsSync(resolve(ROOT, l)), l).toBe(true);
  });
});
