import { defineWords } from './types';

// English: the forms X, Bluesky, Mastodon, Reddit, YouTube, GitHub, Stack Exchange, Medium,
// Substack, Quora, Pinterest, Tumblr, Twitch, LinkedIn and TikTok print (fixtures and saved pages).
export default defineWords({
  lang: 'en',
  // Not 'read' as a noun: it is Goodreads' shelf ("read (1,311)": books the reader has read).
  nouns: {
    likes: [
      'like', 'likes', 'reaction', 'reactions', 'favorite', 'favorites', 'favourite', 'favourites', 'fav', 'favs',
      'clap', 'claps', 'star', 'stars', 'heart', 'hearts', 'upvote', 'upvotes', 'kudos', 'loves', 'applause',
      'thumbs up', 'helpful votes', 'added to favorites', 'added to favourites',
      // DEV's dashboard: "2,318 Total post reactions".
      'post reactions',
    ],
    reposts: [
      'repost', 'reposts', 'retweet', 'retweets', 'share', 'shares', 'boost', 'boosts', 'quote', 'quotes',
      'quote posts', 'quote tweets', 'restack', 'restacks', 'bookmark', 'bookmarks', 'save', 'saves', 'saved',
      'reblog', 'reblogs', 'pins', 'repins', 'forwards',
    ],
    replies: [
      'reply', 'replies', 'comment', 'comments', 'response', 'responses', 'answer', 'answers', 'discussion',
      'discussions', 'replies collapsed', 'answers collapsed', 'comments collapsed',
      // old.reddit's link to a comment's thread in the inbox and on user pages: "full comments (12)".
      'full comments',
      // DEV's profile sidebar: "318 comments written".
      'comment written', 'comments written',
      // Product Hunt's product header: "312 reviews".
      'review', 'reviews',
      // Forem's thread heading: "Top comments (18)", "Latest comments (3)".
      'top comments', 'latest comments', 'oldest comments',
    ],
    views: [
      'view', 'views', 'play', 'plays', 'viewer', 'viewers', 'watching', 'watching now', 'impression',
      'impressions', 'listen', 'listens', 'listeners', 'monthly listeners', 'reads', 'answer views',
      'post views', 'content views', 'profile views', 'streams', 'visits', 'visitors', 'readers',
      'people watching', 'viewers watching', 'waiting',
      // Discourse's profile summary ("1.2k topics viewed").
      'topics viewed',
    ],
    followers: [
      'follower', 'followers', 'following', 'follows', 'subscriber', 'subscribers', 'member', 'members',
      'connection', 'connections', 'post', 'posts', 'watcher', 'watchers', 'watching this', 'fork', 'forks',
      'contributors', 'used by', 'dependents', 'online', 'users here now', 'mutuals', 'friends',
      'tweets', 'toots', 'pins', 'boards', 'contribution', 'contributions', 'monthly visitors', 'weekly visitors', 'weekly contributions',
      // DEV's profile sidebar: "42 posts published", "12 tags followed".
      'post published', 'posts published', 'tag followed', 'tags followed',
      // Lobsters' profile: "Stories Submitted: 42".
      'story submitted', 'stories submitted',
      // Lemmy's site and community badges ("180K users", "12K communities", "412 users / month").
      'users', 'active users', 'communities',
      // Discourse's profile summary ("57 topics created", "2.4k posts created") and category lists.
      'topics', 'topics created', 'posts created',
    ],
    scores: [
      'point', 'points', 'pts', 'karma', 'vote', 'votes', 'reputation', 'note', 'notes', 'badge', 'badges',
      'score', 'upvoted', 'gold badges', 'silver badges', 'bronze badges', 'gold badge', 'silver badge',
      'bronze badge', 'rep', 'xp', 'rating', 'ratings',
    ],
    unread: ['notification', 'notifications', 'new notifications', 'new notification', 'unread', 'unread messages', 'new messages'],
  },
  before: {
    views: ['viewed', 'watched', 'played'],
    scores: ['reputation', 'reputation score', 'your reputation', 'score', 'score of', 'karma', 'post karma', 'comment karma'],
    likes: ['liked by', 'favorited'],
  },
  modifiers: ['other', 'more', 'total', 'new', 'monthly', 'weekly', 'content', 'gold', 'silver', 'bronze', 'unique', 'public'],
  compactNouns: { views: ['times'] },
  people: ['other', 'others', 'other people', 'people', 'person', 'persons', 'users', 'user', 'accounts', 'account', 'more', 'others like this'],
  and: ['and', '&', 'along with', 'with', 'plus'],
  percent: { scores: ['upvoted', 'positive', 'liked', 'like this', 'helpful', 'match'] },
  actions: {
    likes: [
      'like', 'liked', 'unlike', 'likes', 'love', 'heart', 'favorite', 'favourite', 'unfavorite', 'fav', 'star',
      'unstar', 'starred', 'stars', 'clap', 'claps', 'applaud', 'upvote', 'upvoted', 'up vote', 'vote up',
      'downvote', 'down vote', 'vote down', 'vote', 'votes', 'react', 'reaction', 'reactions', 'kudos',
      'give kudos', 'recommend', 'helpful', 'reacted', 'reacted with', 'add to favorites', 'add to favourites', 'thumbs up',
    ],
    reposts: [
      'repost', 'reposted', 'retweet', 'retweeted', 'undo repost', 'undo retweet', 'share', 'shares', 'restack',
      'restacked', 'reblog', 'boost', 'boosted', 'quote', 'bookmark', 'bookmarked', 'remove bookmark', 'save',
      'saved', 'repin', 'send',
    ],
    replies: ['reply', 'replies', 'replied', 'comment', 'comments', 'commented', 'respond', 'responses', 'answer', 'answers', 'discuss', 'discussion'],
    views: ['views', 'view count', 'plays', 'viewers', 'view post analytics', 'analytics', 'insights'],
    followers: ['followed', 'followed you', 'followers', 'following', 'subscribers', 'members', 'watch', 'watchers', 'fork', 'forks', 'connections'],
    scores: ['points', 'score', 'karma', 'reputation', 'achievements', 'recent achievements'],
    unread: ['notifications', 'open notifications', 'inbox', 'open inbox', 'messages', 'follow requests', 'chat', 'recent inbox messages', 'unread'],
  },
  where: ['on'],
  open: ['all', 'view', 'view all', 'see', 'see all', 'show', 'show all', 'read', 'load', 'view more', 'show more', 'see more'],
  notBefore: [
    'top', 'best', 'first', 'last', 'next', 'previous', 'chapter', 'chapters', 'part', 'page', 'pages', 'episode', 'season',
    'day', 'days', 'week', 'weeks', 'step', 'level', 'rank', 'ranked', 'no', 'number', 'version', 'ios', 'android',
    'windows', 'macos', 'python', 'node', 'php', 'java', 'v', 'vol', 'issue', 'pr', 'pull request', 'room',
    'route', 'area', 'gate', 'flight', 'bus', 'line', 'track', 'volume', 'iphone', 'pixel', 'galaxy', 'covid',
    'jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'january', 'february',
    'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
    'in', 'at', 'since', 'from', 'until', 'to', 'by', 'of', 'for', 'about', 'over', 'under', 'only', 'just', 'than',
  ],
  magnitudes: { k: 1e3, K: 1e3, m: 1e6, M: 1e6, b: 1e9, B: 1e9, thousand: 1e3, million: 1e6, billion: 1e9, bn: 1e9, tn: 1e12, mm: 1e6 },
  send: [
    'post', 'reply', 'comment', 'send', 'publish', 'respond', 'answer', 'tweet', 'toot', 'share', 'submit', 'add comment',
    'post reply', 'post comment', 'post your answer', 'add a comment', 'post answer', 'reblog', 'restack', 'chat',
    // Bluesky's labels ("Publish reply", "Publish post"), Tumblr's "Post now", Quora's "Add answer".
    'publish reply', 'publish post', 'post now', 'add answer', 'post your reply', 'send reply', 'submit answer',
    // Misskey's post button ("Note"; its forks say the same).
    'note',
  ],
});
