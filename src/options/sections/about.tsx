/** What Unscored does, and what it never does. */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t } from '../../ui/i18n';
import { shortcutFor } from '../../ui/tab-site';

export function AboutSection() {
  const [shortcut, setShortcut] = useState<string | null>(null);
  useEffect(() => void browser.commands?.getAll().then((c) => setShortcut(shortcutFor(c)), () => undefined), []);
  const version = browser.runtime.getManifest().version;
  return (
    <section id="about" aria-labelledby="about-h" class="panel">
      <h2 id="about-h">{t('aboutHeading')}</h2>
      <p>{t('aboutWhat')}</p>
      <h3>{t('privacyHeading')}</h3>
      <ul>
        <li>{t('privacyNetwork')}</li>
        <li>{t('privacyData')}</li>
        <li>{t('privacyAccess')}</li>
      </ul>
      <p>
        {shortcut ? (
          <>
            {t('aboutShortcut')} <kbd>{shortcut}</kbd>
          </>
        ) : (
          t('popupShortcutNone')
        )}
      </p>
      <p class="hint">{t('aboutVersion', version)}</p>
    </section>
  );
}
