/**
 * Links to the pages that list a count's people or posts: a number inside such a link is that
 * count ("<a href="/tokio-rs/tokio/stargazers">31.6k</a>"). Only a path's last segment is
 * looked at: "/r/x/comments/abc/title" is a post, not a list of comments.
 */
import type { CountKind } from './words/types';

const SEGMENTS: Record<string, CountKind> = {
  likes: 'likes', liked_by: 'likes', favorites: 'likes', favourites: 'likes', favorited_by: 'likes', stargazers: 'likes',
  reactions: 'likes', upvoters: 'likes', kudos: 'likes', likers: 'likes', fans: 'followers',
  reposts: 'reposts', retweets: 'reposts', quotes: 'reposts', reblogs: 'reposts', reblogged_by: 'reposts', shares: 'reposts',
  boosts: 'reposts', restacks: 'reposts', 'quote-posts': 'reposts',
  followers: 'followers', following: 'followers', verified_followers: 'followers', followers_you_follow: 'followers',
  subscribers: 'followers', members: 'followers', watchers: 'followers', forks: 'followers', network: 'followers',
  connections: 'followers', follows: 'followers', friends: 'followers', 'known-followers': 'followers',
  analytics: 'views', views: 'views', viewers: 'views',
  unread: 'unread', inbox: 'unread', notifications: 'unread',
};

/** The kind of count a link's path lists, or null. */
export function metricPathKind(pathname: string): CountKind | null {
  let end = pathname.length;
  while (end > 0 && pathname.charCodeAt(end - 1) === 47) end--;
  const start = pathname.lastIndexOf('/', end - 1) + 1;
  return SEGMENTS[pathname.slice(start, end).toLowerCase()] ?? null;
}

/**
 * Paths of one video or clip ("/@ana/video/7312…", "/watch?v=…", "/shorts/…", "/reel/…"): a
 * number drawn with an icon in a link to one is its plays (a profile's grid of videos).
 */
const MEDIA_ITEM = /\/(?:video|videos|watch|shorts|reel|reels|clip|clips)(?:\/|$)/i;
export function isMediaItemPath(pathname: string): boolean {
  return MEDIA_ITEM.test(pathname);
}
