/**
 * The private journal (options page): answers given at the pause before posting. Local only:
 * read from and written to storage.local key `journal`, never synced, never sent. Export creates
 * a file on the user's machine.
 */
import { useEffect, useState } from 'preact/hooks';
import {
  clearJournal,
  deleteJournalEntry,
  journalToCsv,
  journalToJson,
  loadJournal,
  watchJournal,
  type JournalEntry,
} from '../../prompt/journal';
import { download } from '../../ui/download';
import { t } from '../../ui/i18n';

function stamp(): string {
  return new Date().toISOString().slice(0, 10);
}

export function JournalSection() {
  const [entries, setEntries] = useState<JournalEntry[] | null>(null);
  const [confirmAll, setConfirmAll] = useState(false);
  const [error, setError] = useState('');

  useEffect(() => {
    let live = true;
    void loadJournal().then((e) => live && setEntries(e));
    const off = watchJournal((e) => setEntries(e));
    return () => {
      live = false;
      off();
    };
  }, []);

  const run = (p: Promise<unknown>) =>
    p.then(
      () => setError(''),
      (e: unknown) => setError(t('journalError', e instanceof Error ? e.message : String(e))),
    );

  const list = entries ?? [];
  const newestFirst = [...list].reverse();
  return (
    <section aria-labelledby="journal-h" class="journal">
      <h2 id="journal-h">{t('journalHeading')}</h2>
      <p>{t('journalIntro')}</p>
      {entries === null ? (
        <p>{t('journalLoading')}</p>
      ) : list.length === 0 ? (
        <p data-journal-empty>{t('journalEmpty')}</p>
      ) : (
        <>
          <div class="journal-actions">
            <button type="button" onClick={() => download(`unscored-journal-${stamp()}.json`, 'application/json', journalToJson(list))}>
              {t('journalExportJson')}
            </button>{' '}
            <button type="button" onClick={() => download(`unscored-journal-${stamp()}.csv`, 'text/csv', journalToCsv(list))}>
              {t('journalExportCsv')}
            </button>{' '}
            {confirmAll ? (
              <>
                <button type="button" onClick={() => { setConfirmAll(false); void run(clearJournal().then(() => setEntries([]))); }}>
                  {t('journalDeleteAllConfirm', list.length)}
                </button>{' '}
                <button type="button" onClick={() => setConfirmAll(false)}>{t('cancel')}</button>
              </>
            ) : (
              <button type="button" onClick={() => setConfirmAll(true)}>{t('journalDeleteAll')}</button>
            )}
          </div>
          <ol class="journal-list" reversed>
            {newestFirst.map((e) => (
              <li key={`${e.time}-${e.site}-${e.answer}`}>
                <time dateTime={new Date(e.time).toISOString()}>{new Date(e.time).toLocaleString()}</time>{' '}
                <span class="journal-site">{e.site}</span>
                <div class="journal-question">{e.question}</div>
                <div class="journal-answer">{e.answer || <em>{t('journalNoAnswer')}</em>}</div>
                <button
                  type="button"
                  aria-label={t('journalDeleteLabel', new Date(e.time).toLocaleString())}
                  onClick={() => void run(deleteJournalEntry(e).then(setEntries))}
                >
                  {t('journalDelete')}
                </button>
              </li>
            ))}
          </ol>
        </>
      )}
      {error && <p role="alert">{error}</p>}
    </section>
  );
}

export default JournalSection;
