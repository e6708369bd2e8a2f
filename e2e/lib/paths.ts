import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..', '..');
/** Builds go to $UNSCORED_DIST/<browser> (default dist/), so parallel builds never collide. */
export const DIST = resolve(ROOT, process.env.UNSCORED_DIST ?? 'dist');
export const DIST_CHROME = resolve(DIST, 'chrome');
export const DIST_FIREFOX = resolve(DIST, 'firefox');
export const FIXTURES = resolve(ROOT, 'e2e', 'fixtures');
/** Real captures (third-party pages, never committed). Present in CI beside the clone. */
export const CAPTURES = resolve(ROOT, '..', 'shared', 'captures');
