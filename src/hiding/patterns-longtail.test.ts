// Label forms of the long-tail sites (Stack Exchange, Pinterest, GitHub): nouns after a modifier
// word, and labels that put the noun before the count.
import { describe, expect, it } from 'vitest';
import { classifyCountText, scrubCounts } from './patterns';

describe('counts with a modifier word between count and noun', () => {
  it.each([
    ['1.2m monthly views', 'views'],
    ['1.9M content views', 'views'],
    ['3 gold badges', 'scores'],
    ['12 bronze badges', 'scores'],
    ['1 badge', 'scores'],
  ])('%s -> %s', (text, kind) => expect(classifyCountText(text)).toBe(kind));

  it.each(['Gold medal in 2012', 'monthly 12', '3 gold rings', 'Bronze Age 3000 BC'])('not a metric: %s', (text) =>
    expect(classifyCountText(text)).toBeNull(),
  );
});

describe('scrubCounts: noun-first labels', () => {
  it.each([
    ['reputation score 12,345', 'reputation score'],
    ['your reputation: 1,234', 'your reputation'],
    ['Score of 4', 'Score'],
    ['Viewed 12,345 times', 'Viewed'],
    ['3 gold badges', ''],
    ['2569 users starred this repository', 'starred this repository'],
    ['1 person reacted with hooray', 'reacted with hooray'],
    ['12 people reacted with thumbs up', 'reacted with thumbs up'],
    ['1.2m monthly views', ''],
  ])('%s -> %s', (value, out) => expect(scrubCounts(value)).toBe(out));

  it.each(['Viewed on 12 May', 'Asked 3 years ago', 'Score board', 'Reputation matters in 2024'])('leaves %s alone', (value) =>
    expect(scrubCounts(value)).toBe(value),
  );
});
