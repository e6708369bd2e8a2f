/**
 * The site contract. A site file is data only: it says where a site shows its numbers, never how
 * to hide them. `src/hiding/` turns these definitions into CSS (compiled at build time, in place
 * before first paint) and into the small amount of work the content script does at run time.
 *
 * Selector rules of thumb (see ../../README.md#adding-a-site):
 * - select the smallest element that shows the number, never the button around it, so the
 *   like/reply/repost controls stay visible and usable;
 * - prefer stable hooks (test ids, custom element names, link targets, aria) over class names;
 * - add a trailing comment saying what the selector hides and what could break it.
 */

/** The kinds of social score a user can switch separately. */
export const METRIC_KINDS = [
  'likes', // reactions, favourites, claps, stars
  'reposts', // shares, boosts, quotes, restacks, bookmarks/saves
  'replies', // comments, responses, answers
  'views', // plays, viewers, "watching", impressions
  'followers', // following, subscribers, members, post counts on profiles
  'scores', // karma, points, reputation, votes, badges, influence scores
  'unread', // notification badges and the "(3) " in the tab title
] as const;
export type MetricKind = (typeof METRIC_KINDS)[number];

/** CSS selectors per metric kind. Each selector must parse with `document.querySelector`. */
export type MetricSelectors = Partial<Record<MetricKind, readonly string[]>>;

/**
 * Elements whose text may hold a count but carries no stable hook for the count itself.
 * The content script looks for "<count> <metric noun>" (and bare compact counts when `bare` is
 * set) inside elements matching `within`, and marks the smallest element holding the count.
 */
export interface TextScope {
  /** Where to look (a selector for containers, e.g. a post's footer). */
  within: string;
  /** Which kind a bare count found here is (a count with a noun is classified by the noun). */
  kind?: MetricKind;
  /**
   * Treat a bare number ("1.2K", "12") as a count in this scope. Only for scopes that hold
   * nothing but counts and labels (action bars), never for post text.
   */
  bare?: boolean;
}

/** The attributes the engine watches and scrubs: where sites put counts for screen readers and tooltips. */
export const SCRUB_ATTRIBUTES = ['aria-label', 'title'] as const;
export type ScrubAttribute = (typeof SCRUB_ATTRIBUTES)[number];

/**
 * Attributes that carry counts, e.g. `aria-label="2378 Likes. Liked"` or `title="1,262"`. Any
 * label or title that names a metric is scrubbed anyway; a rule is for those that do not
 * ("1,262", "Score 12").
 */
export interface ScrubRule {
  /** Elements whose attributes are scrubbed. */
  selector: string;
  /** Attribute names to scrub. */
  attributes: readonly ScrubAttribute[];
}

/** A custom element with an open shadow root whose inner counts need our styles. */
export interface ShadowRule {
  /** Selector for the host elements (usually a tag name such as `shreddit-post`). */
  host: string;
  /** Selectors evaluated inside the host's shadow root. */
  metrics: MetricSelectors;
}

/** Where the user writes a post and how it leaves, for the pause before posting. */
export interface Composer {
  /** The editable element(s) holding the draft. */
  textbox: readonly string[];
  /** The control(s) that send it. */
  submit: readonly string[];
  /** Keys that send without clicking: Ctrl/Cmd+Enter, or plain Enter (chat-like boxes). */
  shortcut?: 'mod+enter' | 'enter';
  /**
   * Boxes where plain Enter sends although the composer's `shortcut` is another (Stack Overflow's
   * comment boxes beside its answer editor, where Enter is a new line).
   */
  enterSends?: readonly string[];
  /** A chat or direct messages: paused only when the user turned the chat switch on. */
  chat?: boolean;
}

/**
 * Where a page names an account: an element, the attribute (or its text) holding the name, and
 * the part of it that is the name. Declarative, so a redesign is a data change.
 */
export interface NameHook {
  /** The element naming the account (for an author hook: searched inside the post or profile). */
  selector: string;
  /** Where the name is: an attribute (`href`, `content`, `alt`, `data-…`), or the text. */
  from: 'text' | `attr:${string}`;
  /**
   * The name inside that value: group 1 of this pattern (`^/([^/?#]+)` for an `href` of
   * "/jack/status/1"). Without it the whole value is the name. Names compare case-blind, without
   * a leading "@" or trailing "/".
   */
  pattern?: RegExp;
}

/**
 * A post, reply or profile header whose counts belong to the account it names.
 */
export interface AuthorHook {
  /** The container: the post (`article[data-testid="tweet"]`) or profile header. */
  within: string;
  /**
   * Where it names its author, inside it (`:scope` for the container itself), or `url` when the
   * address names it (a profile page: the counts in its header are the profile's).
   */
  name: Omit<NameHook, 'selector'> & { selector: string | 'url' };
}

/**
 * Whose numbers: what lets the engine tell the signed-in user's counts from everyone else's.
 * A site without it treats every count as both the user's and others' (fail closed: hidden
 * whichever of the two the user hides).
 */
export interface Owners {
  /** Where the page names the signed-in account (the first hook that finds a name wins). */
  account: readonly NameHook[];
  /** Posts and profiles naming their author. A count in none of them has no known owner (hidden). */
  authors: readonly AuthorHook[];
  /** Containers that are always the user's own: notification lists and badges. */
  mine?: readonly string[];
  /**
   * Addresses (paths) whose page is wholly the user's own: their notifications or activity, where
   * every count is about their posts and account. For sites whose notification markup has
   * nothing to tell it by; the page is marked as the user's (`<html>`) while the address is one,
   * and so is every post or row on it, whoever it names (the one who liked your post).
   */
  minePages?: readonly RegExp[];
}

export interface Site {
  /** Equal to the file name in src/sites/ (checked by the registry test). */
  id: string;
  /** Shown to the user: "Hide scores on <name>". */
  name: string;
  /** Match patterns (manifest syntax) for the pages this site covers. */
  matches: readonly string[];
  /**
   * Added after the first release (issue 20): its hosts are optional host permissions that the
   * user turns on with one click in the popup or options page, not install-time ones (Chrome
   * disables an installed extension on update until the user accepts new required hosts). Its
   * content script is registered at run time once the host is granted.
   */
  optional?: boolean;
  /**
   * Match patterns of the site's embeds in other sites' pages (an embedded post, a player): the
   * content script and the site's stylesheet run in those frames too (`all_frames` for these
   * only). Patterns on hosts the site's `matches` already hold are declared in the manifest;
   * others are optional host permissions, turned on in the options page.
   */
  embeds?: readonly string[];
  /** Elements that show counts, per kind. Compiled to CSS that applies before first paint. */
  metrics: MetricSelectors;
  /** Where to look for counts by text, for markup without hooks. */
  text?: readonly TextScope[];
  /** Custom elements whose open shadow roots need the hiding styles. */
  shadow?: readonly ShadowRule[];
  /** Attributes that carry counts. */
  scrub?: readonly ScrubRule[];
  /** The tab title carries an unread count such as "(3) Home / X". */
  titleCount?: boolean;
  /** Whose numbers: the signed-in account and each post's author (see Owners). */
  owners?: Owners;
  /**
   * Addresses that are a single post's own page (tested against the path and query, e.g.
   * `^/[^/]+/status/\d+`): kinds the user shows "only on a post's page" are shown there.
   */
  postPages?: readonly RegExp[];
  /** The composer, for the pause before posting. */
  composer?: Composer;
  /** Short notes for humans: what is covered and what is known not to be. */
  notes?: string;
}

/** Identity helper that keeps a site file declarative and type-checked. */
export function defineSite<const S extends Site>(site: S): S {
  return site;
}
