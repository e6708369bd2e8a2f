/**
 * Every fixture of every site, with the one generic check: metrics unreadable, scrubbed
 * attributes without digits, ordinary content visible and unchanged (compared with the same
 * page loaded where the extension does not run).
 */
import { test, runFixture, expectFixtureHidden } from './lib/extension';
import { listFixtures } from './lib/fixture-files';

for (const f of listFixtures()) {
  test(`${f.site}/${f.name}: metrics hidden, content intact`, async ({ context, server }) => {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    expectFixtureHidden(`${f.site}/${f.name}`, await runFixture(page, server, f));
    test.expect(errors, 'uncaught errors on the page').toEqual([]);
  });
}
