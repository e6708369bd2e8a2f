import { defineSite } from './types';

// Goodreads (www.goodreads.com): the book page (the 2022+ Next.js "BookPage" with BEM-like
// component classes that are not hashed), the signed-in home feed and a member's profile (the
// older Rails pages).
// Real hooks (scrapers 2023-2026, several agreeing; the search index names few of their
// repositories): the book page's `[data-testid="ratingsCount"]` ("1,234,567&nbsp;ratings") and
// `[data-testid="reviewsCount"]` inside `.BookPageMetadataSection__ratingStats
// .RatingStatistics__meta`, `.RatingStatistics__rating` (the average, kept: it judges the book,
// it counts nobody); review cards `article.ReviewCard` with `.ReviewerProfile__name`,
// `.ReviewerProfile__meta` and a `.SocialFooter` whose `.SocialFooter__statsContainer` holds the
// "12 likes" / "3 comments" buttons and `.SocialFooter__action` the Like and Comment controls; a
// goodreadr scraper (favstats/goodreadr R/books.R) reads the older `.bookAuthorProfile__followerCount`.
// Guessed: the featured author's follower line, the ratings histogram's totals, the home feed's
// and the profile's markup.
export default defineSite({
  id: 'goodreads',
  name: 'Goodreads',
  matches: ['https://www.goodreads.com/*'],
  optional: true,
  metrics: {
    scores: [
      // Book page: "1,234,567 ratings" beside the average. Breaks if the test id is renamed; its
      // noun ("ratings") lets the recogniser find it then.
      '[data-testid="ratingsCount"]',
      // Community reviews histogram: "506,123 (41%)" beside each star bar (guessed class).
      '.RatingsHistogram__labelTotal',
    ],
    replies: [
      // Book page: "45,678 reviews". Same test-id family as the ratings count.
      '[data-testid="reviewsCount"]',
    ],
    followers: [
      // Reviewer's line on a review card: "412 reviews", "2,190 followers".
      '.ReviewerProfile__meta > span',
      // Profile boxes: "Priya’s Friends (234)", "Priya’s Followers (2,190)": the count in a span
      // after the heading's link (guessed structure; a profile page, so the sibling test costs
      // nothing on a feed). The followers link's path tells the recogniser; the friends one not.
      '.bigBox h2:has(> :is(a[href^="/friend/user/"], a[href$="/followers"])) > span',
      // Older book pages: the author's follower count (goodreadr's selector).
      '.bookAuthorProfile__followerCount',
    ],
  },
  text: [
    // Review cards: the "1,024 likes" and "37 comments" buttons (no hook tells one from the
    // other: their nouns do). Breaks if the footer's class changes; the nouns still carry them.
    { within: '.SocialFooter__statsContainer' },
    // The featured author's line ("1,234 books · 56.7k followers"), the home feed's footers
    // ("12 likes · 3 comments") and the profile's ratings and reviews counts:
    // found by their nouns. Book counts and shelf counts have none of these nouns and stay.
    { within: '.FeaturedPerson__infoPrimary, .gr-newsfeedItem, .profilePageUserStatsInfo' },
  ],
  // The comment box under a review (review/show): a Rails form with `comment[body]` and a Post
  // button (guessed from Rails conventions; the composer recogniser carries it otherwise).
  composer: {
    textbox: ['form[action^="/comment"] textarea[name="comment[body]"]'],
    submit: ['form[action^="/comment"] :is(input, button)[type="submit"]'],
  },
  postPages: [/^\/review\/show\/\d+/, /^\/book\/show\//],
  notes:
    'Ratings and reviews counts on book pages, the ratings histogram\'s totals, likes and comments on review cards, reviewers\' review and follower counts, the featured author\'s followers, likes and comments in the home feed, a member\'s ratings/reviews counts, friends and followers. ' +
    'Modelled on real sources: the ratingsCount/reviewsCount test ids, RatingStatistics, ReviewCard, ReviewerProfile and SocialFooter classes (scrapers 2023-2026), the older bookAuthorProfile__followerCount (goodreadr). ' +
    'Guessed: the histogram totals\' class, the featured author\'s line, the home feed\'s and profile\'s markup, the review comment form. ' +
    'Kept on purpose: the average rating and a reviewer\'s star rating (judgements of a book, not counts of people), page counts, publication dates, shelf counts and reading-challenge progress (the reader\'s own data). ' +
    'Not covered: "N people are currently reading" and "N people want to read" (shelvings; hidden only where their noun is known), Listopia vote counts, quotes\' like counts on quote pages.',
});
