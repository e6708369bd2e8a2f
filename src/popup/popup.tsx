/**
 * The toolbar popup: the current tab's site, its switches, and the quick actions. Every write
 * goes to settings (storage); the content script in the tab reacts to the change by itself.
 */
import { useEffect, useState } from 'preact/hooks';
import browser, { type Tabs } from 'webextension-polyfill';
import { siteSettings } from '../settings/schema';
import { PEEK_KEY } from '../content/state';
import { KindSwitchList, Notice, StyleChoice, Switch, TextField } from '../ui/components';
import { t } from '../ui/i18n';
import { hidingOn, shortcutFor, siteForUrl, withSiteEnabled } from '../ui/tab-site';
import { useSettings } from '../ui/use-settings';
import { LIMITS, allWhose } from '../settings/schema';
import { getSite, offersPause } from '../sites';
import { classifyPlatform, readPageSignals, type Detection, type PageSignals } from '../platforms/fingerprint';
import type { SiteOffer } from '../background/custom-scripts';
import { commonWhose, POST_PAGE_KINDS, WhoseChoice } from '../ui/owner-controls';
import { PICKER_SCRIPT } from '../picker/script';

export const PEEK_MS = 60_000;

interface TabStatus {
  siteId: string | null;
  siteKey: string;
  found: number;
}

/**
 * The tab the popup is about: the active tab of its window, or `?tab=<id>` when the page is
 * opened in a tab of its own (tests, or a popup detached by the browser).
 */
async function currentTab(): Promise<Tabs.Tab | undefined> {
  const p = new URLSearchParams(location.search).get('tab');
  if (p && /^\d+$/.test(p)) return browser.tabs.get(Number(p)).catch(() => undefined);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

/** "https://x.com/*" for a web page's address, else null. */
function originPattern(url: string | undefined): string | null {
  try {
    const u = new URL(url ?? '');
    return u.protocol === 'https:' || u.protocol === 'http:' ? `${u.origin}/*` : null;
  } catch {
    return null;
  }
}

function readPeek(v: unknown, key: string): number {
  const p = (v as Record<string, unknown> | undefined)?.[key];
  return typeof p === 'number' ? p : 0;
}

function openOptions(query = '') {
  if (query) void browser.tabs.create({ url: browser.runtime.getURL(`src/options/index.html${query}`) });
  else void browser.runtime.openOptionsPage();
  window.close();
}

/** "Hide scores on social.example (a Mastodon server)", by the kind of place the platform makes. */
export function platformOffer(host: string, d: Detection): string {
  if (d.site === 'discourse') return t('popupPlatformForum', host, d.software);
  if (d.site === 'medium' || d.site === 'substack' || d.site === 'ghost') return t('popupPlatformPublication', host, d.software);
  return t('popupPlatformServer', host, d.software);
}

export function Popup() {
  const { settings, update, syncError, saveError } = useSettings();
  const [tab, setTab] = useState<Tabs.Tab | null>();
  const [status, setStatus] = useState<TabStatus | null>();
  const [peekUntil, setPeekUntil] = useState(0);
  const [now, setNow] = useState(Date.now());
  const [shortcut, setShortcut] = useState<string | null>(null);
  // Whether the browser lets us run on this tab's site: Chrome's "on click" site access and a
  // permission revoked in Firefox both withhold it, and then no switch here would do anything.
  const [access, setAccess] = useState<boolean>();
  const [refused, setRefused] = useState(false);
  // On a page Unscored does not cover: the known platform it runs, if any (undefined: not known yet).
  const [platform, setPlatform] = useState<Detection | null>();
  const [offerDone, setOfferDone] = useState(false);

  const askStatus = (tb: Tabs.Tab) =>
    browser.tabs
      .sendMessage(tb.id!, { type: 'unscored:status' })
      .then((r) => setStatus((r as TabStatus | undefined) ?? null), () => setStatus(null));

  useEffect(() => {
    void currentTab().then((tb) => {
      setTab(tb ?? null);
      const origin = originPattern(tb?.url);
      if (origin) void browser.permissions.contains({ origins: [origin] }).then(setAccess, () => setAccess(true));
      if (tb?.id === undefined) return setStatus(null);
      void askStatus(tb);
    });
    void browser.commands?.getAll().then((c) => setShortcut(shortcutFor(c)), () => undefined);
  }, []);

  const here = settings && tab !== undefined ? siteForUrl(tab?.url, settings) : undefined;
  const key = here && here.kind !== 'none' ? here.key : '';
  const uncovered = here?.kind === 'none' && !!here.origin;

  // A page Unscored does not cover: is it a known platform (a Mastodon server, a Medium
  // publication on its own domain)? Read in the tab with the activeTab grant the popup has; the
  // reader only looks at the page's own markup (src/platforms/fingerprint.ts), nothing is fetched.
  useEffect(() => {
    if (!uncovered || tab?.id === undefined) return;
    void browser.scripting
      .executeScript({ target: { tabId: tab.id }, func: readPageSignals })
      .then((r) => setPlatform(r?.[0]?.result ? classifyPlatform(r[0].result as PageSignals) : null), () => setPlatform(null));
  }, [uncovered, tab?.id]);

  useEffect(() => {
    if (!key) return;
    void browser.storage.local.get(PEEK_KEY).then((g) => setPeekUntil(readPeek(g[PEEK_KEY], key)));
    const l = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
      if (area === 'local' && PEEK_KEY in changes) setPeekUntil(readPeek(changes[PEEK_KEY].newValue, key));
    };
    browser.storage.onChanged.addListener(l);
    return () => browser.storage.onChanged.removeListener(l);
  }, [key]);

  const peeking = peekUntil > now;
  useEffect(() => {
    if (!peeking) return;
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, [peeking]);

  if (!settings || !here) return <main class="popup" aria-busy="true" />;

  const setPeek = async (until: number) => {
    const got = await browser.storage.local.get(PEEK_KEY);
    const cur = (got[PEEK_KEY] as Record<string, number> | undefined) ?? {};
    // Expired entries are dropped so the map never grows.
    const next = Object.fromEntries(Object.entries(cur).filter(([, v]) => typeof v === 'number' && v > Date.now()));
    if (until) next[key] = until;
    else delete next[key];
    await browser.storage.local.set({ [PEEK_KEY]: next });
    setNow(Date.now());
    setPeekUntil(until);
  };

  const pick = async () => {
    // Injected now, not carried by every page's content script (see src/picker/start.iife.ts).
    if (tab?.id !== undefined) await browser.scripting.executeScript({ target: { tabId: tab.id }, files: [PICKER_SCRIPT] }).catch(() => undefined);
    window.close();
  };

  const allow = async () => {
    const origin = originPattern(tab?.url);
    if (!origin) return;
    // Asked for this one site, from the user's click (the browser shows its own prompt).
    const granted = await browser.permissions.request({ origins: [origin] }).catch(() => false);
    setAccess(granted);
    setRefused(!granted);
    // The background injects into the open tab once access is granted (src/background/open-tabs.ts).
    if (granted && tab) setTimeout(() => void askStatus(tab), 500);
  };

  // An optional registry site (issue 20): its hosts are asked for when the user turns it on.
  const optionalSite = here.kind === 'supported' ? getSite(here.key) : undefined;
  const turnOn = () => {
    if (!optionalSite) return;
    // Straight from the click; the background registers the site on permissions.onAdded and
    // hides the numbers in its open tabs (Firefox closes this popup when its prompt opens).
    void browser.permissions.request({ origins: [...optionalSite.matches] }).then(
      (granted) => {
        setAccess(granted);
        setRefused(!granted);
        if (granted && tab) setTimeout(() => void askStatus(tab), 500);
      },
      () => setRefused(true),
    );
  };

  const offerPlatform = (d: Detection | null) => {
    if (!here.origin) return;
    const origin = here.origin;
    // The background adds the site (with its platform) once the browser grants the host: told
    // first, then the request, both straight from the click.
    const offer: SiteOffer = { type: 'unscored:offer-site', origin, ...(d ? { platform: d.site } : {}) };
    void browser.runtime.sendMessage(offer).catch(() => undefined);
    void browser.permissions.request({ origins: [`${origin}/*`] }).then(
      (granted) => {
        setOfferDone(granted);
        setRefused(!granted);
        // Once the background added the site, the popup shows its switches: their status too.
        if (granted && tab) setTimeout(() => void askStatus(tab), 500);
      },
      () => setRefused(true),
    );
  };

  let body;
  if (optionalSite?.optional && access === false) {
    body = (
      <section class="card">
        <p role="status">{t('popupOptionalOff', here.name)}</p>
        <button type="button" class="primary" onClick={turnOn}>
          {t('turnOnSite', here.name)}
        </button>
        {refused && <Notice kind="info">{t('popupAllowRefused')}</Notice>}
      </section>
    );
  } else if (here.kind !== 'none' && access === false) {
    body = (
      <section class="card">
        <p role="status">{t('popupNoAccess', here.name)}</p>
        <button type="button" class="primary" onClick={() => void allow()}>
          {t('popupAllowSite')}
        </button>
        {refused && <Notice kind="info">{t('popupAllowRefused')}</Notice>}
      </section>
    );
  } else if (here.kind === 'none') {
    const host = here.name;
    body = (
      <section class="card">
        <p>{here.origin ? t('popupNotCovered') : t('popupNoPage')}</p>
        {offerDone ? (
          <Notice kind="ok">{t('popupPlatformDone', host)}</Notice>
        ) : (
          here.origin &&
          platform && (
            <>
              <button type="button" class="primary" onClick={() => offerPlatform(platform)}>
                {platformOffer(host, platform)}
              </button>
              <p class="hint">{t('popupPlatformHint', getSite(platform.site)?.name ?? platform.software)}</p>
            </>
          )
        )}
        {refused && <Notice kind="info">{t('popupAllowRefused')}</Notice>}
        {here.origin && !offerDone && !platform && (
          <button type="button" onClick={() => openOptions(`?add=${encodeURIComponent(here.origin!)}#custom-sites`)}>
            {t('popupAddSite', here.name)}
          </button>
        )}
      </section>
    );
  } else {
    const site = siteSettings(settings, key);
    const on = hidingOn(settings, here);
    // "Ask before posting" only where it works (offersPause); on sites the user added, the
    // composer recogniser finds the composer.
    const regSite = here.kind === 'supported' ? getSite(here.key) : undefined;
    const offered = here.kind === 'custom' || (!!regSite && offersPause(regSite));
    const statusText =
      status === undefined
        ? ''
        : !on
          ? t('popupStatusOff')
          : status === null
            ? t('popupStatusReload')
            : status.found > 0
              ? t('popupStatusOn')
              : t('popupStatusNothing');
    body = (
      <>
        <section class="card">
          <Switch
            label={t('hideOn', here.name)}
            checked={on}
            onChange={(v) => void update((s) => Object.assign(s, withSiteEnabled(s, here, v)))}
          />
          <p class="status" role="status">
            {statusText}
          </p>
          <KindSwitchList
            legend={t('kindsOn', here.name)}
            kinds={site.kinds}
            disabled={!on}
            onChange={(k, hidden) =>
              void update((s) => {
                const cur = siteSettings(s, key);
                s.sites[key] = { ...cur, kinds: { ...cur.kinds, [k]: hidden } };
              })
            }
          />
          {/* Whose numbers (issue 19): one click for every kind on this site. */}
          <WhoseChoice
            name="whose"
            legend={t('whoseOn', here.name)}
            value={commonWhose(site.whose)}
            disabled={!on}
            hint={getSite(key)?.owners ? t('whoseHint') : t('whoseUnknownSite')}
            onChange={(w) =>
              void update((s) => {
                s.sites[key] = { ...siteSettings(s, key), whose: allWhose(w) };
              })
            }
          />
          {getSite(key)?.postPages && (
            <Switch
              label={t('postPageOnlySwitch')}
              hint={t('postPageOnlyHint')}
              disabled={!on}
              checked={POST_PAGE_KINDS.every((k) => site.postPageOnly?.[k] === true)}
              onChange={(v) =>
                void update((s) => {
                  const cur = siteSettings(s, key);
                  s.sites[key] = { ...cur, postPageOnly: { ...cur.postPageOnly!, ...Object.fromEntries(POST_PAGE_KINDS.map((k) => [k, v])) } };
                })
              }
            />
          )}
          <StyleChoice name="style" value={settings.style} onChange={(v) => void update((s) => void (s.style = v))} />
          <div class="actions">
            {peeking ? (
              <button type="button" onClick={() => void setPeek(0)}>
                {t('popupPeekEnd')}
              </button>
            ) : (
              <button type="button" class="primary" disabled={!on} onClick={() => void setPeek(Date.now() + PEEK_MS)}>
                {t('popupPeek')}
              </button>
            )}
            <button type="button" disabled={!on || status === null} onClick={() => void pick()}>
              {t('popupPick')}
            </button>
          </div>
          {peeking && (
            <p class="hint" role="status">
              {t('popupPeeking', Math.max(1, Math.ceil((peekUntil - now) / 1000)))}
            </p>
          )}
        </section>
        {offered && <section class="card">
          <Switch
            label={t('pauseOn', here.name)}
            checked={settings.pause.sites[key] === true}
            onChange={(v) => void update((s) => void (s.pause.sites[key] = v))}
          />
          {settings.pause.sites[key] === true && (
            <TextField
              label={t('pauseQuestion')}
              value={settings.pause.question}
              maxLength={LIMITS.questionLength}
              onSave={(v) => void update((s) => void (s.pause.question = v))}
            />
          )}
        </section>}
      </>
    );
  }

  return (
    <main class="popup">
      <header class="popup-head">
        <img src="/icons/icon-32.png" width={24} height={24} alt="" />
        <h1>{t('popupTitle')}</h1>
        <p class="where">
          {here.kind === 'none' ? (
            here.name || t('popupNoSite')
          ) : (
            <>
              <strong>{here.name}</strong> · {here.kind === 'supported' ? t('popupSupported') : here.kind === 'custom' && here.platform ? t('popupCustomPlatform', getSite(here.platform)?.name ?? here.platform) : t('popupCustom')}
            </>
          )}
        </p>
      </header>
      {body}
      {saveError && <Notice kind="error">{saveError}</Notice>}
      {syncError && <Notice kind="error">{syncError}</Notice>}
      <footer class="popup-foot">
        <a
          href={browser.runtime.getURL('src/options/index.html')}
          onClick={(e) => {
            e.preventDefault();
            openOptions();
          }}
        >
          {t('popupAllSettings')}
        </a>
        <span class="hint">
          {shortcut ? (
            <>
              {t('popupShortcut')} <kbd>{shortcut}</kbd>
            </>
          ) : (
            t('popupShortcutNone')
          )}
        </span>
      </footer>
    </main>
  );
}
