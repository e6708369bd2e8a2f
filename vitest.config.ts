import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';
import { resolve } from 'node:path';
import { wordTables } from './src/recogniser/dictionary.ts';
import { LANGUAGES } from './src/recogniser/words/index.ts';

export default defineConfig({
  plugins: [preact()],
  // As in vite.config.ts: the recogniser's tables from the word files.
  define: { __UNSCORED_WORD_TABLES__: JSON.stringify(JSON.stringify(wordTables(LANGUAGES))), __UNSCORED_TEST_LEAKY_PAUSE__: 'false' },
  resolve: {
    // The real polyfill throws outside an extension: unit tests get an in-memory browser.
    // `#browser` (src/ext/browser.ts, the page-side code's native namespace) maps to the same fake.
    alias: {
      'webextension-polyfill': resolve(import.meta.dirname, 'src/test/fake-browser.ts'),
      '#browser': resolve(import.meta.dirname, 'src/test/fake-browser.ts'),
    },
  },
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'e2e/lib/**/*.test.ts'],
  },
});
