import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';
import { resolve } from 'node:path';

export default defineConfig({
  plugins: [preact()],
  resolve: {
    // The real polyfill throws outside an extension: unit tests get an in-memory browser.
    alias: { 'webextension-polyfill': resolve(import.meta.dirname, 'src/test/fake-browser.ts') },
  },
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'e2e/lib/**/*.test.ts'],
  },
});
