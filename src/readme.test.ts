import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { sitesTable } from '../scripts/readme-sites';

describe('README', () => {
  it('lists every supported site (regenerate with `npx tsx scripts/readme.ts`)', () => {
    const readme = readFileSync(resolve(import.meta.dirname, '..', 'README.md'), 'utf8');
    expect(readme).toContain(sitesTable());
  });
});
