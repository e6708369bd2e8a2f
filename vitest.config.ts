import { defineConfig, type Plugin } from 'vitest/config';
import preact from '@preact/preset-vite';
import { resolve } from 'node:path';
import { packTables, wordTables } from './src/recogniser/dictionary.ts';
import { LANGUAGES } from './src/recogniser/words/index.ts';

/**
 * crxjs's `?script` imports (a script built for scripting.executeScript) are its file name in a
 * build; in unit tests the same name, not the script itself run on import.
 */
function scriptPaths(): Plugin {
  return {
    name: 'unscored:test-script-paths',
    enforce: 'pre',
    resolveId(id) {
      return id.endsWith('?script') ? `\0script:${id.slice(0, -'?script'.length)}` : null;
    },
    load(id) {
      if (!id.startsWith('\0script:')) return null;
      const file = id.slice('\0script:'.length).replace(/^\.\//, 'src/picker/').replace(/\.ts$/, '.js');
      return `export default ${JSON.stringify(file)};`;
    },
  };
}

export default defineConfig({
  plugins: [scriptPaths(), preact()],
  // As in vite.config.ts: the recogniser's tables from the word files.
  define: { __UNSCORED_WORD_TABLES__: JSON.stringify(JSON.stringify(packTables(wordTables(LANGUAGES)))), __UNSCORED_TEST_LEAKY_PAUSE__: 'false' },
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
