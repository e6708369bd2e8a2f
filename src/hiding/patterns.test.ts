import { describe, expect, it } from 'vitest';
import { classifyCountText, parseCount, scrubCounts, scrubTitle, isBareCount } from './patterns';

describe('classifyCountText: counts with metric nouns, per language', () => {
  it.each([
    // English
    ['1.2K likes', 'likes'], ['12,345 views', 'views'], ['76 replies', 'replies'], ['234 reposts', 'reposts'],
    ['5.6M followers', 'followers'], ['930 points', 'scores'], ['1 note', 'scores'], ['1,234 notes', 'scores'], ['1 comment', 'replies'], ['3.4K watching now', 'views'],
    ['12 other likes', 'likes'], ['12.3K posts', 'followers'], ['1,262 Following', 'followers'],
    // German
    ['1,2 k Aufrufe', 'views'], ['2,5 Mio. Abonnenten', 'followers'], ['1.234 Kommentare', 'replies'], ['17 Gefällt-mir-Angaben', 'likes'],
    // French
    ['1,2 k vues', 'views'], ['345 abonnés', 'followers'], ["12 J'aime", 'likes'], ['4 commentaires', 'replies'],
    // Spanish
    ['3 mil visualizaciones', 'views'], ['12 me gusta', 'likes'], ['1.234 seguidores', 'followers'], ['8 respuestas', 'replies'],
    // Portuguese
    ['1,5 mil curtidas', 'likes'], ['230 visualizações', 'views'], ['12 comentários', 'replies'],
    // Italian
    ['1.234 visualizzazioni', 'views'], ['56 mi piace', 'likes'], ['78 commenti', 'replies'],
    // Japanese
    ['1.2万回視聴', 'views'], ['345件のいいね', 'likes'], ['12件の返信', 'replies'], ['3,456人のフォロワー', 'followers'],
    // Chinese
    ['213 喜欢', 'likes'], ['5528 次观看', 'views'], ['6 回复', 'replies'], ['1.2万 粉丝', 'followers'],
  ])('%s -> %s', (text, kind) => expect(classifyCountText(text)).toBe(kind));

  it.each([
    '12:04', '3:45', '3h', '€12', '$4.99', '2024', 'Nov 24', 'Top 10', 'iOS 18', '5 km in 27 minutes',
    'Rezept für 4 Personen', '180 °C', '45 Minuten', 'Chapter 3', '1/4', '+49 30 1234567', 'v2.3.1',
    'Posted 3 hours ago', 'Top 10 posts of the week', '2 days ago', '100 days', '12 Uhr', 'Mara Runs 2024',
  ])('never matches ordinary text: %s', (text) => expect(classifyCountText(text)).toBeNull());

  it('bare counts only where a scope allows them', () => {
    expect(classifyCountText('2.3K')).toBeNull();
    expect(classifyCountText('2.3K', true, 'likes')).toBe('likes');
    expect(classifyCountText('12:04', true)).toBeNull();
    expect(classifyCountText('3h', true)).toBeNull();
  });
});

describe('isBareCount', () => {
  it.each(['12', '1.2K', '12,345', '1,2 k', '1.234', '2,5 Mio.', '1.2万', '3 mil', '99+'])('%s is a count', (t) => expect(isBareCount(t)).toBe(true));
  it.each(['12:04', '3h', '€12', 'iOS 18', '1/4', 'v2'])('%s is not', (t) => expect(isBareCount(t)).toBe(false));
});

describe('parseCount', () => {
  it.each([
    ['1.2K', 1200], ['12,345', 12345], ['1,2 k', 1200], ['1.234', 1234], ['2,5 Mio.', 2_500_000],
    ['1.2万', 12000], ['3 mil', 3000], ['76', 76], ['1.1M', 1_100_000], ['1 234 567', 1234567],
  ])('%s -> %d', (t, n) => expect(parseCount(t)).toBeCloseTo(n));
  it('is NaN for non-counts', () => expect(parseCount('12:04')).toBeNaN());
});

describe('scrubCounts keeps the action, drops the count', () => {
  it.each([
    ['2378 Likes. Liked', 'Liked'],
    ['76 Replies. Reply', 'Reply'],
    ['234 reposts. Repost', 'Repost'],
    ['1122900 views. View post analytics', 'View post analytics'],
    ['76 replies, 234 reposts, 2378 likes, Liked, 8190 bookmarks, 1122900 views', 'Liked'],
    ['Like (12 likes)', 'Like'],
    ['Reply (3 replies)', 'Reply'],
    ['like this video along with 12,345 other people', 'like this video along with'],
    ['12 reactions; see who reacted to this', 'see who reacted to this'],
    ['2569 users starred this repository', 'starred this repository'],
    ['1,262', ''],
    ['Notifications, 8 new notifications', 'Notifications'],
    ['Notifications (4 unread)', 'Notifications'],
  ])('%s -> %s', (v, out) => expect(scrubCounts(v)).toBe(out));

  it.each(['Posted 3 hours ago', 'Reply', 'Page 2 of 10', 'iOS 18 release notes'])('leaves %s alone', (v) => expect(scrubCounts(v)).toBe(v));
});

describe('scrubTitle', () => {
  it.each([
    ['(4) Home / X', 'Home / X'],
    ['(99+) Feed | LinkedIn', 'Feed | LinkedIn'],
    ['(2) Reddit - Dive into anything', 'Reddit - Dive into anything'],
    ['Home / X', 'Home / X'],
    ['2024 (review) / X', '2024 (review) / X'],
  ])('%s -> %s', (t, out) => expect(scrubTitle(t)).toBe(out));
});

describe('spelled-out magnitudes and singular notifications (YouTube, LinkedIn labels)', () => {
  it.each([
    ['1.23 million subscribers', 'followers'], ['4.5 thousand views', 'views'], ['2 billion views', 'views'],
  ])('%s -> %s', (text, kind) => expect(classifyCountText(text)).toBe(kind));
  it.each([
    ['1.23 million subscribers', ''],
    ['like this video along with 1.2 million other people', 'like this video along with'],
    ['Messaging, 1 new notification', 'Messaging'],
  ])('scrubs %s -> %s', (v, out) => expect(scrubCounts(v)).toBe(out));
  it('parses them', () => expect(parseCount('1.23 million')).toBeCloseTo(1_230_000));
  it.each([['View all 3 replies', 'replies'], ['View 1 reply', 'replies'], ['View all 48 comments', 'replies']])(
    'thread links: %s -> %s', (text, kind) => expect(classifyCountText(text)).toBe(kind));
  it('thread links without a count or noun stay', () => {
    expect(classifyCountText('View all replies')).toBeNull();
    expect(classifyCountText('View 3 photos')).toBeNull();
  });
  it('scrubs German reaction labels', () => expect(scrubCounts('Gefällt mir: 1.234 Personen')).toBe('Gefällt mir'));
  it('leaves prose alone', () => {
    expect(classifyCountText('A million reasons')).toBeNull();
    expect(scrubCounts('Top 10 million-dollar homes')).toBe('Top 10 million-dollar homes');
  });
});

describe('results remembered by digit shape', () => {
  it('never hands one value the digits of another of the same shape', () => {
    expect(scrubCounts('76 Replies. Reply')).toBe('Reply');
    expect(scrubCounts('42 Replies. Reply')).toBe('Reply');
    // A value left as it is keeps its own digits: such results are not remembered.
    expect(scrubCounts('Posted 3 hours ago')).toBe('Posted 3 hours ago');
    expect(scrubCounts('Posted 5 hours ago')).toBe('Posted 5 hours ago');
  });
});
