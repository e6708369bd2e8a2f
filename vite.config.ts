import { defineConfig, type Plugin } from 'vite';
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { resolve } from 'node:path';
import makeManifest, { siteCssPath } from './manifest.config.ts';
import { sites } from './src/sites/index.ts';
import { compileSiteCss } from './src/hiding/compile-css.ts';

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
      for (const s of sites) this.emitFile({ type: 'asset', fileName: siteCssPath(s.id), source: compileSiteCss(s) });
      this.emitFile({ type: 'asset', fileName: siteCssPath('generic'), source: compileSiteCss() });
    },
  };
}

export default defineConfig(({ mode }) => {
  const browser = mode === 'firefox' ? 'firefox' : 'chrome';
  const outDir = resolve(process.env.UNSCORED_DIST ?? 'dist', browser);
  return {
    plugins: [siteCss(), preact(), crx({ manifest: makeManifest(browser), browser })],
    publicDir: 'public',
    build: {
      outDir,
      emptyOutDir: true,
      // No eval, no remote code; readable stack traces in bug reports.
      minify: true,
      sourcemap: false,
      target: 'es2022',
    },
    server: { port: 5173, strictPort: true },
  };
});
