import { defineConfig, type Plugin } from 'vite';
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import makeManifest, { PAUSE_FRAME, siteCssPath } from './manifest.config.ts';
import { sites } from './src/sites/index.ts';
import { siteScriptPath, siteScriptSource } from './src/sites/site-script.ts';
import { compileSiteCss } from './src/hiding/compile-css.ts';
import { packTables, wordTables } from './src/recogniser/dictionary.ts';
import { LANGUAGES } from './src/recogniser/words/index.ts';

// Test-only (e2e/trust.spec.ts, "markup changed"): the site files' metric selectors left out, as
// if every site had changed its markup, so that they match nothing: left out of the stylesheets
// (siteCss) and of the site scripts (siteScripts), which must agree on what
// the stylesheet hides. What stays hidden is the text patterns' and aria-label fallback's work.
// scripts/package.mjs refuses to package such a build.
const dropMetrics = process.env.UNSCORED_TEST_DROP_SITE_METRICS === '1';
// Test-only (e2e/pause-privacy.spec.ts): the pause dialog as it was before its frame, in an open
// shadow root in the page under a fixed tag, reason field included, to prove that the privacy
// test does see what such a dialog leaks. scripts/package.mjs refuses to package such a build.
const leakyPause = process.env.UNSCORED_TEST_LEAKY_PAUSE === '1';

/**
 * Emits one stylesheet per site, compiled from the registry. It runs before crxjs writes the
 * manifest, which then finds the files in the bundle. These are the manifest's content-script
 * `css`, in place before first paint.
 */
function siteCss(): Plugin {
  return {
    name: 'unscored:site-css',
    enforce: 'pre',
    generateBundle() {
      for (const s of sites) this.emitFile({ type: 'asset', fileName: siteCssPath(s.id), source: compileSiteCss(dropMetrics ? { ...s, metrics: {} } : s) });
      this.emitFile({ type: 'asset', fileName: siteCssPath('generic'), source: compileSiteCss() });
    },
  };
}

/**
 * Emits each site's definition as its own small script (src/sites/site-script.ts) and puts it
 * first in that site's declared content scripts, before the shared one. After crxjs has written
 * the manifest's script names (renderCrxManifest): crxjs would otherwise bundle these as sources.
 * A content-script entry is this site's when its stylesheet is.
 */
function siteScripts(): Plugin & { renderCrxManifest(m: chrome.runtime.ManifestV3): chrome.runtime.ManifestV3 } {
  const bySheet = new Map(sites.map((s) => [siteCssPath(s.id), siteScriptPath(s.id)]));
  return {
    name: 'unscored:site-scripts',
    // Last: crxjs's own manifest steps look up every script name they find as a source.
    enforce: 'post',
    generateBundle() {
      for (const s of sites) this.emitFile({ type: 'asset', fileName: siteScriptPath(s.id), source: siteScriptSource(dropMetrics ? { ...s, metrics: {} } : s) });
    },
    renderCrxManifest(manifest) {
      for (const cs of manifest.content_scripts ?? []) {
        const own = (cs.css ?? []).map((c) => bySheet.get(c)).find(Boolean);
        if (own && cs.js && !cs.js.includes(own)) cs.js = [own, ...cs.js];
      }
      return manifest;
    },
  };
}

/** The grey toolbar icons for "off on this site" (set per tab by the background, not in the manifest). */
function offIcons(): Plugin {
  return {
    name: 'unscored:off-icons',
    generateBundle() {
      for (const size of [16, 32]) {
        const fileName = `icons/icon-off-${size}.png`;
        this.emitFile({ type: 'asset', fileName, source: readFileSync(resolve(import.meta.dirname, fileName)) });
      }
    },
  };
}

export default defineConfig(({ mode }) => {
  const browser = mode === 'firefox' ? 'firefox' : 'chrome';
  const outDir = resolve(process.env.UNSCORED_DIST ?? 'dist', browser);
  return {
    plugins: [siteCss(), offIcons(), preact(), crx({ manifest: makeManifest(browser), browser }), siteScripts()],
    publicDir: 'public',
    define: {
      __UNSCORED_TEST_LEAKY_PAUSE__: JSON.stringify(leakyPause),
      // The word files' look-up tables, computed here: the content script parses one JSON string.
      __UNSCORED_WORD_TABLES__: JSON.stringify(JSON.stringify(packTables(wordTables(LANGUAGES)))),
    },
    build: {
      outDir,
      emptyOutDir: true,
      // No eval, no remote code; readable stack traces in bug reports.
      minify: true,
      sourcemap: false,
      target: 'es2022',
      // crxjs builds the manifest's pages; a web-accessible page is built only if named here.
      rollupOptions: {
        input: { pauseFrame: resolve(import.meta.dirname, PAUSE_FRAME) },
        // File names without content hashes: an extension's files are read from its package, never
        // from a cache, and a hash can depend on where the tree was built (crxjs's `?script` import
        // puts an id made from the module's absolute path into the popup's code before the hash is
        // taken), which broke the AMO rebuild check (scripts/check-source.mjs).
        output: { entryFileNames: 'assets/[name].js', chunkFileNames: 'assets/[name].js', assetFileNames: 'assets/[name][extname]' },
      },
    },
    server: { port: 5173, strictPort: true },
  };
});
