/**
 * Before any spec: the granted test build (see DIST_GRANTED), from the same sources as the build
 * under test, so that the specs running every site's fixtures in Chromium run optional sites
 * with their content script really active. A few seconds; never packaged (scripts/package.mjs
 * refuses UNSCORED_TEST_GRANT_OPTIONAL).
 */
import { execFileSync } from 'node:child_process';
import { DIST_GRANTED, ROOT, TEST_GRANTED_HOSTS } from './paths';

export default function globalSetup(): void {
  execFileSync('node', ['scripts/build.mjs'], {
    cwd: ROOT,
    env: {
      ...process.env,
      UNSCORED_DIST: DIST_GRANTED,
      UNSCORED_TEST_GRANT_OPTIONAL: '1',
      UNSCORED_TEST_GRANT_HOSTS: TEST_GRANTED_HOSTS.join(','),
      VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true',
    },
    stdio: 'pipe',
  });
}
