// Builds both browsers from the same sources: dist/chrome and dist/firefox.
import { build } from 'vite';

// Vite warns that a future *native* config loader will need file extensions on imports; the
// site files are shared with the extension's own bundles, which import without them. Today's
// loader bundles the config and handles them, so the warning is noise in every build log.
process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= 'true';

const started = Date.now();
for (const mode of ['chrome', 'firefox']) {
  await build({ mode, logLevel: process.env.VERBOSE ? 'info' : 'warn' });
}
console.log(`Built dist/chrome and dist/firefox in ${((Date.now() - started) / 1000).toFixed(1)} s`);
