import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..', '..');
/** Builds go to $UNSCORED_DIST/<browser> (default dist/), so parallel builds never collide. */
export const DIST = resolve(ROOT, process.env.UNSCORED_DIST ?? 'dist');
export const DIST_CHROME = resolve(DIST, 'chrome');
export const DIST_FIREFOX = resolve(DIST, 'firefox');
export const FIXTURES = resolve(ROOT, 'e2e', 'fixtures');
/** Real captures (third-party pages, never committed). Present in CI beside the clone. */
export const CAPTURES = resolve(ROOT, '..', 'shared', 'captures');
/**
 * The test build that declares every optional site as if the user had turned it on, plus the
 * platform spec's hosts (manifest.config.ts grantOptional), built by e2e/lib/global-setup.ts:
 * headless Chromium cannot accept a permission prompt.
 */
export const DIST_GRANTED = `${DIST}-granted`;
export const DIST_GRANTED_CHROME = resolve(DIST_GRANTED, 'chrome');
/** Hosts the granted build holds at install, for e2e/platforms.spec.ts. */
export const TEST_GRANTED_HOSTS = ['https://social.example.net/*', 'https://pleroma.example.net/*', 'https://blog.example.com/*', 'https://plain.example.net/*'];
