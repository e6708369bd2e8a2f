// Builds both browsers from the same sources: dist/chrome and dist/firefox.
import { build } from 'vite';

const started = Date.now();
for (const mode of ['chrome', 'firefox']) {
  await build({ mode, logLevel: process.env.VERBOSE ? 'info' : 'warn' });
}
console.log(`Built dist/chrome and dist/firefox in ${((Date.now() - started) / 1000).toFixed(1)} s`);
