import { it } from 'vitest';
import { Engine } from './engine';
import { defineSite } from '../sites/types';
const bare = defineSite({ id: 'x', name: 'Bare', matches: ['https://example.com/*'], metrics: {} });
const snippets = (process.env.SNIPS ?? '').split('\n=====\n');
it('x', async () => {
  for (const html of snippets) {
    document.body.innerHTML = '';
    const e = new Engine(bare, document); e.start();
    const d = document.createElement('div'); d.innerHTML = html; document.body.append(d);
    await Promise.resolve(); await new Promise((r) => setTimeout(r, 0));
    console.log('MARKS', JSON.stringify([...d.querySelectorAll('[data-unscored-mark]')].map((x) => x.getAttribute('data-unscored-mark') + ':' + x.textContent)), JSON.stringify([...d.querySelectorAll('[title],[aria-label]')].map((x) => x.getAttribute('title') ?? x.getAttribute('aria-label'))));
    e.stop();
  }
});
