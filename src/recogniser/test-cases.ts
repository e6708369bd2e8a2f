/**
 * The test of a language file: its counts, labels, control names and ordinary numbers, checked
 * against the recogniser (used by words/<lang>.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { actionKind, countKind, findCounts, isSendWord, labelKind, scrubLabel } from './recognise';
import type { CountKind } from './words/types';

export interface LanguageCases {
  /** A short element text that is a count phrase, and its kind. */
  counts: readonly (readonly [string, CountKind])[];
  /** An aria-label or title, and the same label with its count phrases removed. */
  labels: readonly (readonly [string, string])[];
  /** A control's name, and the kind of the bare count beside it. */
  actions: readonly (readonly [string, CountKind])[];
  /** Texts with numbers that are never counts (and labels that name no metric: left as they are). */
  ordinary: readonly string[];
  /** Names of controls that send a post (the pause before posting), as sites print them. */
  send?: readonly string[];
  /** Names of controls beside a composer that never send it. */
  notSend?: readonly string[];
}

export function languageCases(lang: string, cases: LanguageCases): void {
  describe(`words/${lang}`, () => {
    it.each(cases.counts.map(([t, k]) => [t, k]))('count: %s -> %s', (text, kind) => expect(countKind(text)).toBe(kind));
    it.each(cases.labels.map(([t, k]) => [t, k]))('label: %s -> %s', (label, out) => expect(scrubLabel(label)).toBe(out));
    it.each(cases.actions.map(([t, k]) => [t, k]))('action: %s -> %s', (name, kind) => expect(actionKind(name)).toBe(kind));
    it.each(cases.ordinary.map((t) => [t]))('ordinary: %s', (text) => {
      expect(countKind(text)).toBeNull();
      expect(findCounts(text)).toEqual([]);
      expect(labelKind(text)).toBeNull();
    });
    if (cases.send?.length) it.each(cases.send.map((t) => [t]))('send control: %s', (name) => expect(isSendWord(name)).toBe(true));
    if (cases.notSend?.length) it.each(cases.notSend.map((t) => [t]))('not a send control: %s', (name) => expect(isSendWord(name)).toBe(false));
  });
}
