import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: './e2e',
  testMatch: /.*\.spec\.ts$/,
  // Two cores here: two workers, each with its own browser.
  workers: process.env.CI ? 2 : 2,
  fullyParallel: false,
  // One retry in CI: a fresh, loaded machine (two cores, two browsers) now and then misses a
  // step's timing; a test that fails twice fails the run, and a retried one is reported flaky.
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  reporter: [['list']],
  // The granted test build for optional sites and the platform spec (e2e/lib/global-setup.ts).
  globalSetup: './e2e/lib/global-setup.ts',
  // Per build dir, so that parallel runs (UNSCORED_DIST=…) never clean each other's output.
  outputDir: process.env.UNSCORED_DIST ? `${process.env.UNSCORED_DIST}/test-results` : 'test-results',
});
