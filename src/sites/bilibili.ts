import { defineSite } from './types';

// Bilibili (www.bilibili.com, space.bilibili.com). Its classes are readable BEM names that have
// stayed put across the 2023-2026 redesigns, and the userscripts, extensions and scrapers that
// read its counts agree on them (several scrapers and data extensions 2024-2026; BewlyBewly's
// widescreen styles; a comment-tool README naming the space page's classes):
// - video page: `.video-info-meta .view-text` (播放), `.dm-text` (弹幕), `.pubdate-ip-text` (the
//   date, kept); their items carry the exact counts in titles ("总播放数1286032",
//   "历史累计弹幕数12034": remembered from the page, O status), scrubbed by their words; the toolbar `.video-toolbar-left .video-like-info` (点赞), `.video-coin-info`
//   (投币), `.video-fav-info` (收藏), `.video-share-info-text` / `.video-share-info` (转发), each
//   a `span.video-toolbar-item-text` beside its icon, in a `div` titled "点赞（Q）", "投硬币（W）",
//   "收藏（E）"; the uploader's follow button `.follow-btn-inner` ("+ 关注 12.3万");
// - comments (2024+): `bili-comments` → `bili-comment-thread-renderer` → `bili-comment-renderer`
//   → `#footer bili-comment-action-buttons-renderer`, each with an open shadow root; the like
//   count is `#like #count` in the last one, beside `#pubdate` and the `#reply` button;
// - home feed cards: `.bili-video-card__stats--item` > `.bili-video-card__stats--text` (plays,
//   then danmaku), `.bili-video-card__stats__duration` (kept);
// - space (profile) page: `.nav-statistics__item` > `.nav-statistics__item-num` (关注, 粉丝,
//   获赞, 播放).
// Chinese count words (播放, 弹幕, 点赞, 投币, 收藏, 转发, 粉丝, 关注) are in words/zh.ts.
export default defineSite({
  id: 'bilibili',
  name: 'Bilibili',
  matches: ['https://www.bilibili.com/*', 'https://space.bilibili.com/*', 'https://search.bilibili.com/*'],
  optional: true,
  metrics: {
    views: [
      '.video-info-meta .view-text', // video page: plays under the title. Class rename breaks it.
      // Home and search cards: the first stat over the thumbnail (plays).
      '.bili-video-card__stats--item:first-child > .bili-video-card__stats--text',
      // Video page's recommendations: plays and danmaku after their icons (guessed: no source
      // names this line's inner markup).
      '.video-page-card-small .playinfo > span',
      // Space page: the stats over an upload's cover (plays, danmaku; the duration has no span).
      '.bili-cover-card__stat > span',
    ],
    replies: [
      '.video-info-meta .dm-text', // video page: danmaku count
      // Cards: the second stat (danmaku). The recogniser takes both as plays if classes change.
      '.bili-video-card__stats--item + .bili-video-card__stats--item > .bili-video-card__stats--text',
    ],
    likes: [
      '.video-toolbar-left .video-like-info', // toolbar: likes beside the thumb icon
      '.video-toolbar-left .video-coin-info', // toolbar: coins thrown (a tip of approval)
    ],
    reposts: [
      '.video-toolbar-left .video-fav-info', // toolbar: favourites (收藏)
      '.video-toolbar-left :is(.video-share-info-text, .video-share-info)', // toolbar: shares
    ],
    followers: [
      '.up-info-container .follow-btn-inner', // uploader's follow button: "+ 关注 12.3万"
      '.nav-statistics__item-num', // space page: following, followers, likes received, plays
      // Space page tabs: the upload count beside 投稿 (a post count; guessed structure).
      '.nav-tab__item > span',
    ],
    unread: [
      // Header badges on 消息 (messages) and 动态 (feed updates): guessed class family.
      '.right-entry :is(.red-num--message, .red-num--dynamic)',
    ],
  },
  shadow: [
    // The hosts between the document and the action bar: named so that their open roots are
    // adopted and watched (the engine looks into a root's own host and named hosts only).
    { host: 'bili-comments, bili-comment-thread-renderer, bili-comment-renderer, bili-comment-replies-renderer', metrics: {} },
    // Comment like counts, inside each comment's action bar shadow root. Breaks if the id moves.
    { host: 'bili-comment-action-buttons-renderer', metrics: { likes: ['#like #count'] } },
    // The comment header's total ("评论 1234"): `#count` beside the title (guessed structure).
    { host: 'bili-comments-header-renderer', metrics: { replies: ['#count'] } },
  ],
  // The reply box under a video (the light-DOM box of 2023, still on older pages: a textarea and
  // a "发布" div). The 2024 box sits three shadow roots deep (bili-comment-box → #pub button),
  // deeper than the pause looks: not covered.
  composer: {
    // The light-DOM reply box (2023), and the 2024 box three shadow roots deep (bili-comment-box:
    // its rich textarea's .brt-editor, the #pub button beside it), matched inside their roots.
    textbox: ['.reply-box textarea.reply-box-textarea', '.brt-root > .brt-editor[contenteditable]'],
    submit: ['.reply-box .reply-box-send', '#pub > button'],
  },
  postPages: [/^\/video\/(?:BV|av)\w+/],
  notes:
    'Video page: 播放 plays, 弹幕 danmaku, 点赞 likes, 投币 coins, 收藏 favourites, 转发 shares, the uploader\'s followers in the follow button, comment like counts and the comment total (shadow roots); home and search cards: plays and danmaku; space page: 关注/粉丝/获赞/播放 and the upload count; header badges; the exact counts in the view and danmaku items\' titles. ' +
    'Modelled on real sources: the video page and toolbar classes (several scrapers and extensions 2024-2026, BewlyBewly), the comment custom elements and #like #count / #pubdate ids (comment tools and scrapers 2024-2026), the card stat classes, the space page\'s nav-statistics classes, the light-DOM reply box (.reply-box-textarea, .reply-box-send "发布") and the 2024 box\'s parts (bili-comment-box, bili-comment-rich-textarea\'s .brt-editor, #pub button; scrapers and comment tools 2024-2026). ' +
    'Guessed: the header badge classes, the comment header\'s #count, the follow button\'s inner text, the recommendation cards\' play line, the upload count\'s span; remembered, not seen in a source: the view/danmaku items\' titles. ' +
    'Kept on purpose: durations, publish dates, episode numbers, UP levels (LV6) and uid numbers. ' +
    'Not covered: counts drawn on the player canvas, live-room (live.bilibili.com) popularity.',
});
