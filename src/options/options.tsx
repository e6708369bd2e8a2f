/**
 * The options page: every setting on one page, in sections (./sections/*), with a table of
 * contents so each is one click away.
 */
import { useUiSettingsPage } from './use-page';
import { t } from '../ui/i18n';
import { Notice } from '../ui/components';
import { SitesSection } from './sections/sites';
import { CustomSitesSection } from './sections/custom-sites';
import { DefaultsSection } from './sections/defaults';
import { StyleSection } from './sections/style';
import { PauseSection } from './sections/pause';
import { JournalSection } from './sections/journal';
import { BackupSection } from './sections/backup';
import { AboutSection } from './sections/about';

const TOC = [
  ['sites', 'sitesHeading'],
  ['custom-sites', 'customHeading'],
  ['defaults', 'defaultsHeading'],
  ['style', 'styleHeading'],
  ['pause', 'pauseHeading'],
  ['journal-h', 'journalNav'],
  ['backup', 'backupHeading'],
  ['about', 'aboutHeading'],
] as const;

export function Options() {
  const { settings, update, replace, syncError, saveError, prefill } = useUiSettingsPage();
  return (
    <div class="page">
      <header class="page-head">
        <img src="/icons/icon-48.png" width={40} height={40} alt="" />
        <h1>{t('optionsTitle')}</h1>
      </header>
      <nav aria-label={t('tocLabel')} class="toc">
        <ul>
          {TOC.map(([id, key]) => (
            <li key={id}>
              <a href={`#${id}`}>{t(key)}</a>
            </li>
          ))}
        </ul>
      </nav>
      <main aria-busy={settings ? undefined : 'true'}>
        {saveError && <Notice kind="error">{t('saveFailed', saveError)}</Notice>}
        {settings && (
          <>
            <SitesSection settings={settings} update={update} />
            <CustomSitesSection settings={settings} update={update} prefill={prefill} />
            <DefaultsSection settings={settings} update={update} />
            <StyleSection settings={settings} update={update} />
            <PauseSection settings={settings} update={update} />
            <div class="panel">
              <JournalSection />
            </div>
            <BackupSection settings={settings} update={update} replace={replace} syncError={syncError} />
            <AboutSection />
          </>
        )}
      </main>
    </div>
  );
}
