/**
 * Every fixture of every site, with the one generic check: metrics unreadable, scrubbed
 * attributes without digits, ordinary content visible and unchanged (compared with the same
 * page loaded where the extension does not run).
 */
import { test, runFixture, expectFixtureHidden, optionalSites } from './lib/extension';
import { listFixtures, type FixtureFile } from './lib/fixture-files';

const optional = new Set(optionalSites.map((s) => s.id));

function check(f: FixtureFile) {
  test(`${f.site}/${f.name}: metrics hidden, content intact`, async ({ context, server }) => {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    expectFixtureHidden(`${f.site}/${f.name}`, await runFixture(page, server, f));
    test.expect(errors, 'uncaught errors on the page').toEqual([]);
  });
}

for (const f of listFixtures()) if (!optional.has(f.site)) check(f);

// Optional sites (issue 20) with the extension active there: the granted test build (Chromium
// cannot accept the prompt headless; e2e/optional-sites.spec.ts checks the real flow).
test.describe('optional sites, turned on', () => {
  test.use({ granted: true });
  for (const f of listFixtures()) if (optional.has(f.site)) check(f);
});
