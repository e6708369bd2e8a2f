/** Every supported site: its switch, its kinds and the user's own selectors. */
import { sites } from '../../sites';
import { siteSettings } from '../../settings/schema';
import { METRIC_KINDS } from '../../sites/types';
import { KindSwitchList, Switch } from '../../ui/components';
import { t } from '../../ui/i18n';
import { SelectorEditor } from '../selector-editor';
import { KindOwnerList } from '../../ui/owner-controls';
import { getSite, optionalEmbeds } from '../../sites';
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { Site } from '../../sites/types';
import type { SectionProps } from '../section-props';

/** One site's controls, shared by supported and custom sites. */
export function SiteControls(props: SectionProps & { siteKey: string; name: string }) {
  const { settings, update, siteKey, name } = props;
  const s = siteSettings(settings, siteKey);
  // The per-kind owner rows are drawn once their section is opened: 19 sites x 7 rows of
  // selects would otherwise be in the page (and in every axe run) unseen.
  const [open, setOpen] = useState(false);
  return (
    <>
      <Switch
        label={t('hideOn', name)}
        checked={s.enabled}
        onChange={(on) =>
          void update((x) => {
            x.sites[siteKey] = { ...siteSettings(x, siteKey), enabled: on };
          })
        }
      />
      <div class="site-more">
      <details class="kinds-more" onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
        <summary>{t('kindsSummary', METRIC_KINDS.filter((k) => s.kinds[k]).length, METRIC_KINDS.length)}</summary>
        <KindSwitchList
        legend={t('kindsOn', name)}
        kinds={s.kinds}
        disabled={!s.enabled}
        onChange={(k, hidden) =>
          void update((x) => {
            const cur = siteSettings(x, siteKey);
            x.sites[siteKey] = { ...cur, kinds: { ...cur.kinds, [k]: hidden } };
          })
        }
        />
        {/* Whose numbers and "only on a post's page" (issue 19). */}
        {open && <KindOwnerList
          legend={t('whoseKindsOn', name)}
          whose={s.whose}
          postPageOnly={s.postPageOnly}
          kinds={s.kinds}
          ownersKnown={!!getSite(siteKey)?.owners}
          postPages={!!getSite(siteKey)?.postPages}
          disabled={!s.enabled}
          onWhose={(k, w) =>
            void update((x) => {
              const cur = siteSettings(x, siteKey);
              x.sites[siteKey] = { ...cur, whose: { ...cur.whose!, [k]: w } };
            })
          }
          onPostPage={(k, on) =>
            void update((x) => {
              const cur = siteSettings(x, siteKey);
              x.sites[siteKey] = { ...cur, postPageOnly: { ...cur.postPageOnly!, [k]: on } };
            })
          }
        />}
      </details>
      <SelectorEditor {...props} siteName={name} />
      </div>
    </>
  );
}

/**
 * Whether the user turned each optional site on (granted any of its hosts), kept current as
 * permissions change (here, in the popup, or in the browser's own settings).
 */
function useOptionalGranted(optional: readonly Site[]): Record<string, boolean> {
  const [granted, setGranted] = useState<Record<string, boolean>>({});
  useEffect(() => {
    let live = true;
    const check = () =>
      void Promise.all(
        optional.map((s) => Promise.all(s.matches.map((m) => browser.permissions.contains({ origins: [m] }).catch(() => false))).then((r) => r.some(Boolean))),
      ).then((r) => live && setGranted(Object.fromEntries(optional.map((s, i) => [s.id, r[i]]))));
    check();
    browser.permissions.onAdded.addListener(check);
    browser.permissions.onRemoved.addListener(check);
    return () => {
      live = false;
      browser.permissions.onAdded.removeListener(check);
      browser.permissions.onRemoved.removeListener(check);
    };
  }, []);
  return granted;
}

/** "Turn on" for an optional site: asks for its hosts, straight from the click (the background registers it). */
export function turnOnSite(site: Site): void {
  void browser.permissions.request({ origins: [...site.matches] }).catch(() => false);
}

/** Whether the user turned on each site's embeds on hosts of their own (issue 20). */
function useEmbedsGranted(): Record<string, boolean> {
  const [granted, setGranted] = useState<Record<string, boolean>>({});
  useEffect(() => {
    let live = true;
    const withEmbeds = sites.filter((s) => optionalEmbeds(s).length);
    const check = () =>
      void Promise.all(
        withEmbeds.map((s) => Promise.all(optionalEmbeds(s).map((m) => browser.permissions.contains({ origins: [m] }).catch(() => false))).then((r) => r.some(Boolean))),
      ).then((r) => live && setGranted(Object.fromEntries(withEmbeds.map((s, i) => [s.id, r[i]]))));
    check();
    browser.permissions.onAdded.addListener(check);
    browser.permissions.onRemoved.addListener(check);
    return () => {
      live = false;
      browser.permissions.onAdded.removeListener(check);
      browser.permissions.onRemoved.removeListener(check);
    };
  }, []);
  return granted;
}

/** Hosts named for the user: "platform.twitter.com" from "https://platform.twitter.com/embed/*". */
const hostsOf = (patterns: readonly string[]) => [...new Set(patterns.map((p) => p.replace(/^[a-z*]+:\/\//, '').replace(/\/.*$/, '')))].join(', ');

export function SitesSection(props: SectionProps) {
  const optional = sites.filter((s) => s.optional);
  const granted = useOptionalGranted(optional);
  const embeds = useEmbedsGranted();
  return (
    <section id="sites" aria-labelledby="sites-h" class="panel">
      <h2 id="sites-h">{t('sitesHeading')}</h2>
      <p class="hint">{t('sitesIntro')}</p>
      {sites.map((site) => (
        <article key={site.id} class="site" aria-labelledby={`site-${site.id}`}>
          <h3 id={`site-${site.id}`}>{site.name}</h3>
          {/* Optional sites (issue 20): off until their hosts are granted, one click away. */}
          {site.optional && (
            <p class="optional-state">
              <span class="hint inline" role="status">{granted[site.id] ? t('optionalOn') : granted[site.id] === false ? t('optionalOff') : ''}</span>{' '}
              {granted[site.id] === false && (
                <button type="button" class="primary" onClick={() => turnOnSite(site)}>
                  {t('turnOnSite', site.name)}
                </button>
              )}
            </p>
          )}
          <div class="site-controls">
            <SiteControls {...props} siteKey={site.id} name={site.name} />
          </div>
          {/* Embedded posts on other sites' pages, on hosts of their own: one click away. */}
          {optionalEmbeds(site).length > 0 && embeds[site.id] !== undefined && (
            <p class="optional-state embeds-state">
              <span class="hint inline" role="status">{embeds[site.id] ? t('embedsOn') : t('embedsOff', hostsOf(optionalEmbeds(site)))}</span>{' '}
              {!embeds[site.id] && (
                <button type="button" onClick={() => void browser.permissions.request({ origins: optionalEmbeds(site) }).catch(() => false)}>
                  {t('turnOnEmbeds', site.name)}
                </button>
              )}
            </p>
          )}
        </article>
      ))}
    </section>
  );
}
