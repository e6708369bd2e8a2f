/**
 * Mastodon's 2026 redesign prints each count as bare text beside the button's icon
 * (`<button><svg/>12</button>`), so the engine marks the button itself: the icon must stay
 * visible while the number is hidden, with both the blur and the hide style.
 */
import { test, expect, runFixture, expectFixtureHidden, setStoredSettings } from './lib/extension';
import { listFixtures } from './lib/fixture-files';

const redesign = listFixtures('mastodon').find((f) => f.name === 'redesign')!;

for (const style of ['blur', 'hide'] as const) {
  test(`mastodon redesign (${style}): counts hidden, action icons still drawn`, async ({ context, server, worker }) => {
    await setStoredSettings(worker, { version: 1, style });
    const page = await context.newPage();
    expectFixtureHidden(`mastodon/redesign (${style})`, await runFixture(page, server, redesign));
    const icons = await page.evaluate(() =>
      [...document.querySelectorAll('button[data-unscored-mark] > svg')].map((svg) => {
        const cs = getComputedStyle(svg);
        return { visibility: cs.visibility, fill: cs.fill };
      }),
    );
    // Reply, boost and favourite on each of the two posts.
    expect(icons.length).toBe(6);
    for (const icon of icons) {
      expect(icon.visibility).toBe('visible');
      expect(icon.fill).toBe('rgb(92, 96, 112)');
    }
  });
}
