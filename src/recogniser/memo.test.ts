import { describe, expect, it } from 'vitest';
import { analyse, countKind, findCounts, scrubLabel } from './recognise';

// The recogniser remembers results by a text's shape (its digits made 0), looked up by hashing
// the text as its shape. These check that the look-up finds exactly what was judged.
describe('results remembered by shape', () => {
  it('gives a text of the same shape the same judgement, at the same offsets', () => {
    expect(countKind('12 likes')).toBe('likes');
    expect(countKind('47 likes')).toBe('likes');
    // Other digit blocks have the same shape.
    expect(countKind('٤٧ likes')).toBe('likes');
    const a = findCounts('Liked by kofi and 1,204 others');
    const b = findCounts('Liked by kofi and 9,999 others');
    expect(b).toEqual(a);
    expect(a.length).toBe(1);
  });

  it('tells apart texts that differ in anything but their digits', () => {
    expect(countKind('12 likes')).toBe('likes');
    expect(countKind('12 lakes')).toBeNull();
    expect(countKind('12 likes!')).toBe('likes');
    expect(countKind('12.likes')).toBeNull();
    // One character longer or shorter is another shape.
    expect(analyse('3h').open).toBe(false);
    expect(analyse('123').bare).toBe(true);
    expect(analyse('1234').bare).toBe(true);
  });

  it("keeps text and label judgements apart (a label's bare number may count, a text's may not)", () => {
    expect(findCounts('Star this repository (964)', true).map((c) => c.kind)).toEqual(['likes']);
    expect(findCounts('Star this repository (964)', false)).toEqual([]);
    expect(findCounts('Star this repository (123)', true).map((c) => c.kind)).toEqual(['likes']);
  });

  it('remembers a scrubbed label only when no digit is left in it', () => {
    expect(scrubLabel('2378 Likes. Like')).toBe('Like');
    expect(scrubLabel('1111 Likes. Like')).toBe('Like');
    // A label kept as it is keeps its own digits, not the first one's.
    expect(scrubLabel('Posted 3 hours ago')).toBe('Posted 3 hours ago');
    expect(scrubLabel('Posted 5 hours ago')).toBe('Posted 5 hours ago');
  });

  it('stays right when it has forgotten everything (bounded at 2,000 shapes a table)', () => {
    for (let i = 0; i < 2100; i++) countKind(`${'x'.repeat(i % 50)} ${i} likes ${'y'.repeat(Math.floor(i / 50))}`);
    expect(countKind('12 likes')).toBe('likes');
    expect(countKind('12 lakes')).toBeNull();
  });
});
