/**
 * The private journal: answers to the pause question, kept in storage.local only (never
 * storage.sync, never sent anywhere). Key `journal`: an array of entries, oldest first.
 */
import browser from '#browser';
import type { Storage } from 'webextension-polyfill';

export const JOURNAL_KEY = 'journal';
/** Oldest entries are dropped beyond this many (storage.local is per-extension and small). */
export const JOURNAL_MAX = 5000;
const TEXT_MAX = 2000;

export interface JournalEntry {
  /** Site id, or the origin for sites the user added. */
  site: string;
  /** Epoch ms. */
  time: number;
  /** The question as it was asked. */
  question: string;
  /** The user's one line ("" when they posted without writing one). */
  answer: string;
}

function str(v: unknown, max = TEXT_MAX): string {
  return typeof v === 'string' ? v.slice(0, max) : '';
}

/** Keeps only well-formed entries (a corrupt item is dropped on its own). */
export function repairJournal(raw: unknown): JournalEntry[] {
  if (!Array.isArray(raw)) return [];
  const out: JournalEntry[] = [];
  for (const e of raw) {
    if (!e || typeof e !== 'object') continue;
    const r = e as Record<string, unknown>;
    const time = typeof r.time === 'number' && Number.isFinite(r.time) ? r.time : NaN;
    if (Number.isNaN(time) || typeof r.site !== 'string') continue;
    out.push({ site: str(r.site, 500), time, question: str(r.question), answer: str(r.answer) });
  }
  return out;
}

export async function loadJournal(): Promise<JournalEntry[]> {
  try {
    const got = await browser.storage.local.get(JOURNAL_KEY);
    return repairJournal(got[JOURNAL_KEY]);
  } catch {
    return [];
  }
}

export async function saveJournal(entries: JournalEntry[]): Promise<void> {
  await browser.storage.local.set({ [JOURNAL_KEY]: entries.slice(-JOURNAL_MAX) });
}

export async function addJournalEntry(e: JournalEntry): Promise<void> {
  const all = await loadJournal();
  all.push({ site: str(e.site, 500), time: e.time, question: str(e.question), answer: str(e.answer) });
  await saveJournal(all);
}

/** Removes the entry equal to `e` (first match on time, site and answer). */
export async function deleteJournalEntry(e: JournalEntry): Promise<JournalEntry[]> {
  const all = await loadJournal();
  const i = all.findIndex((x) => x.time === e.time && x.site === e.site && x.answer === e.answer && x.question === e.question);
  if (i >= 0) all.splice(i, 1);
  await saveJournal(all);
  return all;
}

export async function clearJournal(): Promise<void> {
  await browser.storage.local.remove(JOURNAL_KEY);
}

export function watchJournal(cb: (entries: JournalEntry[]) => void): () => void {
  const l = (changes: Record<string, Storage.StorageChange>, area: string) => {
    if (area === 'local' && JOURNAL_KEY in changes) cb(repairJournal(changes[JOURNAL_KEY].newValue));
  };
  browser.storage.onChanged.addListener(l);
  return () => browser.storage.onChanged.removeListener(l);
}

export function journalToJson(entries: readonly JournalEntry[]): string {
  return JSON.stringify(entries.map((e) => ({ ...e, isoTime: new Date(e.time).toISOString() })), null, 2);
}

function csvCell(s: string): string {
  // Quote every cell; neutralise spreadsheet formulas (a cell starting with = + - @).
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return `"${safe.replace(/"/g, '""')}"`;
}

export function journalToCsv(entries: readonly JournalEntry[]): string {
  const rows = [['time', 'site', 'question', 'answer'].map(csvCell).join(',')];
  for (const e of entries) rows.push([new Date(e.time).toISOString(), e.site, e.question, e.answer].map(csvCell).join(','));
  return rows.join('\r\n') + '\r\n';
}
