/**
 * Reddit's counts live in open shadow roots. A host can be seen before its root exists: a
 * declarative root arrives with the next parser chunk, a custom element attaches its root when
 * its definition loads. Such a host must still get the hiding styles.
 */
import { test, expect, runFixture, waitForEngine } from './lib/extension';
import { listFixtures } from './lib/fixture-files';
import { collectAnnotations } from './lib/annotations';

const home = listFixtures('reddit').find((f) => f.name === 'home')!;

test('a shadow root attached after its host was inserted is styled', async ({ context, server }) => {
  const page = await context.newPage();
  await runFixture(page, server, home);
  // The host arrives without a root; the engine sees it in this frame.
  await page.evaluate(() => {
    const post = document.createElement('shreddit-post');
    post.id = 't3_late';
    document.querySelector('shreddit-feed')!.append(post);
  });
  await waitForEngine(page);
  // Its root comes later, then the page goes on changing (as a feed does).
  await page.evaluate(() => {
    const post = document.getElementById('t3_late')!;
    const root = post.attachShadow({ mode: 'open' });
    root.innerHTML = '<span data-post-click-location="vote"><faceplate-number number="4321" data-expect="metric">4.3K</faceplate-number></span>';
    const title = document.createElement('a');
    title.slot = 'title';
    title.textContent = 'Late post';
    post.append(title);
  });
  await waitForEngine(page);
  const late = (await page.evaluate(collectAnnotations)).filter((r) => r.kind === 'metric' && r.text === '4.3K');
  expect(late).toHaveLength(1);
  expect(late[0].ok, late[0].why).toBe(true);
});
