/**
 * One manifest for both browsers. Content-script matches and host permissions are derived from
 * the site registry, so adding a site file is all it takes to cover a new site.
 */
import { defineManifest } from '@crxjs/vite-plugin';
import pkg from './package.json' with { type: 'json' };
import { declaredEmbeds, sites } from './src/sites/index.ts';

export const GECKO_ID = 'unscored@unscored.app';
export const CONTENT_SCRIPT = 'src/content/main.iife.ts';

/** The pause dialog's frame (src/prompt/frame-dialog.ts), shown over the sites' own pages. */
export const PAUSE_FRAME = 'src/prompt/frame.html';

/** "https://x.com/*" from "https://x.com/home*": web_accessible_resources takes origins only. */
function originPattern(match: string): string {
  const m = /^([^:]+:\/\/[^/]+)\//.exec(match);
  return m ? `${m[1]}/*` : match;
}

export function siteCssPath(id: string): string {
  return `css/${id}.css`;
}

/**
 * Test-only (e2e/lib/extension.ts's granted build): optional sites declared like the others, as
 * if the user had turned each one on, for the specs that run every site's fixtures in Chromium,
 * which cannot accept a permission prompt headless. scripts/package.mjs refuses such a build.
 */
export const grantOptional = process.env.UNSCORED_TEST_GRANT_OPTIONAL === '1';

/**
 * Sites whose hosts are asked for at install (required host permissions and declared content
 * scripts). Optional sites (issue 20) are not: their hosts are within optional_host_permissions,
 * and the background registers their content scripts once the user grants them
 * (src/background/custom-scripts.ts).
 */
export const declaredSites = sites.filter((s) => !s.optional || grantOptional);

/**
 * Test-only, with the above: hosts granted at install (no content script declared for them), so
 * that e2e/platforms.spec.ts can add a Mastodon server or a Medium publication through the popup
 * and find the registered content script really running there on the next load.
 */
const testHosts = grantOptional ? (process.env.UNSCORED_TEST_GRANT_HOSTS ?? '').split(',').filter(Boolean) : [];

export default (browser: 'chrome' | 'firefox') =>
  defineManifest(() => {
    const hostPermissions = [
      ...new Set([...declaredSites.flatMap((s) => s.matches), ...(grantOptional ? sites.flatMap((s) => s.embeds ?? []) : []), ...testHosts]),
    ];
    // Embeds (an embedded post or player in another site's page): the site's script and
    // stylesheet in those frames only. The test build declares the optional ones too.
    const embedScripts = declaredSites
      .map((s) => ({ s, matches: grantOptional ? [...(s.embeds ?? [])] : declaredEmbeds(s) }))
      .filter((e) => e.matches.length)
      .map(({ s, matches }) => ({ matches, js: [CONTENT_SCRIPT], css: [siteCssPath(s.id)], run_at: 'document_start' as const, all_frames: true }));
    return {
      manifest_version: 3,
      name: '__MSG_extName__',
      short_name: 'Unscored',
      description: '__MSG_extDescription__',
      version: pkg.version,
      default_locale: 'en',
      icons: { 16: 'icons/icon-16.png', 32: 'icons/icon-32.png', 48: 'icons/icon-48.png', 128: 'icons/icon-128.png' },
      action: {
        default_popup: 'src/popup/index.html',
        default_title: '__MSG_actionTitle__',
        default_icon: { 16: 'icons/icon-16.png', 32: 'icons/icon-32.png' },
      },
      options_ui: { page: 'src/options/index.html', open_in_tab: true },
      background:
        browser === 'firefox'
          ? { scripts: ['src/background/index.ts'], type: 'module' }
          : { service_worker: 'src/background/index.ts', type: 'module' },
      // storage: settings. activeTab: the popup reads the current tab's address to say whether
      // it is covered. scripting: content scripts for sites the user adds.
      permissions: ['storage', 'activeTab', 'scripting'],
      host_permissions: hostPermissions,
      // Asked for one site at a time, only when the user adds that site or turns on an optional one.
      optional_host_permissions: ['https://*/*', 'http://*/*'],
      content_scripts: [
        ...declaredSites.map((s) => ({
          matches: [...s.matches],
          js: [CONTENT_SCRIPT],
          css: [siteCssPath(s.id)],
          run_at: 'document_start' as const,
        })),
        ...embedScripts,
      ],
      // Only the sites we cover can load the dialog's frame (and so tell that Unscored is here);
      // on sites the user adds, the dialog is the in-page one.
      web_accessible_resources: [{ resources: [PAUSE_FRAME], matches: [...new Set(sites.flatMap((s) => s.matches.map(originPattern)))] }],
      commands: {
        'toggle-site': {
          suggested_key: { default: 'Alt+Shift+U' },
          description: '__MSG_commandToggle__',
        },
      },
      ...(browser === 'firefox'
        ? {
            browser_specific_settings: {
              gecko: {
                id: GECKO_ID,
                strict_min_version: '140.0',
                data_collection_permissions: { required: ['none'] },
              },
              // data_collection_permissions arrived in Firefox for Android 142.
              gecko_android: { strict_min_version: '142.0' },
            },
          }
        : {}),
    };
  });
