import { describe, expect, it } from 'vitest';
import { defaultSettings, LIMITS } from '../settings/schema';
import { selectorProblem } from './selector-editor';
import { parseDelay } from './sections/pause';
import { checkNewSite } from './sections/custom-sites';

// The fake browser's i18n returns the key, so messages are checked by key.
describe('selectorProblem', () => {
  it('accepts a usable selector', () => {
    expect(selectorProblem('  [data-testid="views"] ', [])).toBeNull();
  });
  it('explains invalid, empty, duplicate and too many', () => {
    expect(selectorProblem('a[', [])).toBe('selectorInvalid');
    expect(selectorProblem('.a { color: red }', [])).toBe('selectorInvalid');
    expect(selectorProblem('body', [])).toBe('selectorInvalid');
    expect(selectorProblem('   ', [])).toBe('selectorEmpty');
    expect(selectorProblem('.a', ['.a'])).toBe('selectorDuplicate');
    expect(selectorProblem('.new', Array.from({ length: LIMITS.selectorsPerSite }, (_, i) => `.s${i}`))).toBe('selectorTooMany');
  });
});

describe('parseDelay', () => {
  it('takes whole seconds 0–60', () => {
    expect(parseDelay('0')).toBe(0);
    expect(parseDelay(' 60 ')).toBe(60);
    expect(parseDelay('7')).toBe(7);
  });
  it('refuses anything else', () => {
    for (const v of ['', '61', '-1', '1.5', 'abc', '100']) expect(parseDelay(v)).toBeNull();
  });
});

describe('checkNewSite', () => {
  it('normalizes an address to its origin', () => {
    expect(checkNewSite('forum.example.org/t/1', defaultSettings())).toEqual({ origin: 'https://forum.example.org' });
  });
  it('refuses bad addresses, supported sites and duplicates', () => {
    const s = defaultSettings();
    s.customSites.push({ origin: 'https://forum.example.org', name: 'forum' });
    expect(checkNewSite('not a site', s)).toEqual({ error: 'customInvalid' });
    expect(checkNewSite('ftp://x.org', s)).toEqual({ error: 'customInvalid' });
    expect(checkNewSite('https://x.com/home', s)).toEqual({ error: 'customSupported' });
    expect(checkNewSite('https://forum.example.org/', s)).toEqual({ error: 'customDuplicate' });
  });
});
