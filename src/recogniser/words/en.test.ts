import { describe, expect, it } from 'vitest';
import { countKind } from '../recognise';
import { languageCases } from '../test-cases';

languageCases('en', {
  counts: [
    ['1.2K likes', 'likes'], ['12,345 views', 'views'], ['76 replies', 'replies'], ['234 reposts', 'reposts'],
    ['5.6M followers', 'followers'], ['930 points', 'scores'], ['1 note', 'scores'], ['3.4K watching now', 'views'],
    ['12 other likes', 'likes'], ['1,262 Following', 'followers'], ['View all 3 replies', 'replies'], ['View 1 reply', 'replies'],
    ['Read 18.1K replies', 'replies'], ['Comments 9', 'replies'], ['Bookmark (2)', 'reposts'], ['86% Upvoted', 'scores'],
    ['88 answers and 15.4K answer views', 'replies'], ['2.8k comments', 'replies'], ['12 votes · 3 comments', 'scores'],
    ['1.23 million subscribers', 'followers'], ['4.5 thousand views', 'views'], ['3 gold badges', 'scores'],
    ['1.2m monthly views', 'views'], ['2 answers collapsed', 'replies'], ['Viewed 1,234 times', 'views'],
    ['31.6k stars', 'likes'], ['(12 comments)', 'replies'], ['Read 14 replies on Bluesky', 'replies'], ['View all 3 comments on Reddit.', 'replies'], ['99+ comments', 'replies'], ['1 234 567 views', 'views'],
    ['١٢ likes', 'likes'], ['Likes: 12', 'likes'], ['reputation 12,345', 'scores'], ['full comments (12)', 'replies'],
    ['2,318 Total post reactions', 'likes'], ['42 posts published', 'followers'], ['318 comments written', 'replies'], ['12 tags followed', 'followers'], ['Top comments (18)', 'replies'], ['Stories Submitted: 42', 'followers'], ['Karma: 1204', 'scores'], ['312 reviews', 'replies'],
    ['1,284,903 ratings', 'scores'], ['1 rating', 'scores'], ['61,207 reviews', 'replies'], ['1 review', 'replies'],
    // Lemmy's site and community badges.
    ['180K users', 'followers'], ['12K communities', 'followers'], ['1.2K active users', 'followers'],
    ['57 topics created', 'followers'], ['2.4k posts created', 'followers'], ['1.2k topics viewed', 'views'], ['84 topics', 'followers'],
  ],
  labels: [
    ['2378 Likes. Liked', 'Liked'],
    ['76 Replies. Reply', 'Reply'],
    ['76 replies, 234 reposts, 2378 likes, Liked, 8190 bookmarks, 1122900 views', 'Liked'],
    ['Like (12 likes)', 'Like'],
    ['like this video along with 245 other people', 'like this video along with'],
    ['Star this repository (964)', 'Star this repository'],
    ['Bookmark (2)', 'Bookmark'],
    ['Comments 9', 'Comments'],
    ['ElixirConf 2019 by Code Sync 3 years ago 55 minutes 15,530 views', 'ElixirConf 2019 by Code Sync 3 years ago 55 minutes'],
    ['Add to Favorites. 1852 added to Favorites', 'Add to Favorites'],
    ['2569 users starred this repository', 'starred this repository'],
    ['Viewed 12,345 times', 'Viewed'],
    ['reputation score 12,345', 'reputation score'],
    ['Notifications, 8 new notifications', 'Notifications'],
    ['1,262', ''],
  ],
  actions: [
    ['Like', 'likes'], ['Unlike', 'likes'], ['Upvote', 'likes'], ['upvote', 'likes'], ['Up vote', 'likes'], ['clap', 'likes'],
    ['Star this repository', 'likes'], ['Restack', 'reposts'], ['Repost', 'reposts'], ['Reply', 'replies'], ['Comment', 'replies'],
    ['Give a clap', 'likes'], ['Heart', 'likes'], ['Bookmark', 'reposts'],
  ],
  ordinary: [
    '12:04', '3:45', '3h', '€12', '$4.99', '12 €', '2024', 'Nov 24', 'Top 10', 'iOS 18', '5 km in 27 minutes', '180 °C',
    'Chapter 3', '1/4', '+49 30 1234567', 'v2.3.1', 'Posted 3 hours ago', 'Top 10 posts of the week', '2 days ago',
    '100 days', 'Mara Runs 2024', '@runner_2024', '#1234', 'Issue #42', '24.11.2026', '2024-11-24', '1.', 'Page 2 of 10',
    'Serves 4 people', 'A million reasons', 'Top 10 million-dollar homes', 'iOS 18 release notes', 'Version 2.3.1',
    'Asked 3 years ago', 'Viewed on 12 May', 'Gold medal in 2012', 'Bronze Age 3000 BC', '3 gold rings', 'monthly 12',
    '4.30 avg rating', 'Rating 4 out of 5', '(4.02 avg)', 'page 212 of 432', 'read (1,311)', 'currently-reading (3)', 'to-read (456)',
    'Up to 10 users', 'Licence for 5 users', '312 days visited', 'Top 10 topics',
  ],
  send: ['Post', 'Reply', 'Publish reply', 'Publish post', 'Post now', 'Comment', 'Add comment', 'Post Your Answer', 'Add answer', 'Respond', 'Send', 'Chat', 'Tweet', 'Toot', 'Note'],
  notSend: ['Cancel', 'Like', 'Save draft', 'Search', 'Sign in', 'Update profile', 'Open Emoji Keyboard'],
});

// "on <where>" ends only a link that opens the list, and only as its last one or two words.
describe('words/en: where a link opens the list', () => {
  it.each(['14 replies on Bluesky', 'Read 14 replies on Bluesky about my marathon', 'Read 14 replies on 3 posts', 'Read 14 replies and more on Bluesky', 'Read 14 replies on'])('%s is no count phrase of its own', (text) => {
    expect(countKind(text)).toBeNull();
  });
});
