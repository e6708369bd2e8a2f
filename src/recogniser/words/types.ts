/**
 * The shape of a language's word file (src/recogniser/words/<lang>.ts). A word file is data
 * only: a contributor adds a language, or a form a site uses, without reading the engine.
 *
 * How the words are matched (src/recogniser/dictionary.ts):
 * - lower-cased (write entries in lower case); the quotes „ “ ” " « » are dropped, ’ ‘ ` ´ become ', and a hyphen is a
 *   space: "„Gefällt mir“-Angaben" is looked up as "gefällt mir angaben";
 * - whole words only, every form written out (singular and plural, with and without accents
 *   where sites drop them): no patterns, so that nothing is compiled at page load;
 * - for Japanese, Chinese and Korean, where a noun follows a number without a space
 *   ("1.2万回視聴", "345件のいいね"), an entry matches the characters right after the number.
 */
import type { MetricKind } from '../../sites/types';

/** The kinds a word can name ('unread': "3 new notifications", "4 unread"). */
export type CountKind = MetricKind;
export type ByKind = Partial<Record<CountKind, readonly string[]>>;

export interface Words {
  /** BCP 47 code: the file's name. */
  lang: string;
  /**
   * Nouns after a count that name its kind: "12 likes", "1,2 k Aufrufe", "5 Respostas",
   * "345件のいいね". Also tried *before* a count that ends its text ("Comments 9", "Likes: 12").
   */
  nouns: ByKind;
  /**
   * Words before a count that name its kind, whatever follows: "Visto 6.729 vezes",
   * "Viewed 1,234 times", "pontos de reputação 36.682", "reputation score 12,345".
   */
  before?: ByKind;
  /** Words that may stand between a count and its noun: "12 *other* likes", "3 *gold* badges". */
  modifiers?: readonly string[];
  /**
   * Nouns that are a count only after a compact number ("7mil vezes", "1.2K times"): on their
   * own they are ordinary ("3 times").
   */
  compactNouns?: ByKind;
  /** People in an aggregate: "and 12 *others*", "along with 245 *other people*", "2569 *users* starred". */
  people?: readonly string[];
  /** Words that join a name and an aggregate: "Gina Marsh *and* 12 others". */
  and?: readonly string[];
  /** Words after "N%" that make it a score: "86% upvoted". */
  percent?: ByKind;
  /**
   * Names of controls that are metric actions: a bare number inside or beside a control with
   * one of these names (its aria-label, title, text or its icon's svg title) is that count.
   * "Like", "Upvote", "Clap", "Star this repository", "Restack", "Comment".
   */
  actions: ByKind;
  /** Verbs of links that open a count's list: "*View all* 3 replies", "*Read* 18.1K replies". */
  open?: readonly string[];
  /**
   * Words that, after such a link's count, say where it opens the list: "Read 14 replies *on*
   * Bluesky" (an embedded post's link to its site). Only the last one or two words may follow.
   */
  where?: readonly string[];
  /**
   * Words right before a number that make it an ordinary number even when a noun follows:
   * "*Top* 10 posts", "*Chapter* 3", "*iOS* 18", "*Page* 2".
   */
  notBefore?: readonly string[];
  /**
   * Magnitude words and suffixes after a number, with their factor: "k" 1e3, "Mio." 1e6,
   * "mil" 1e3, "тыс." 1e3, "万" 1e4. Written as sites print them (a trailing dot included).
   */
  magnitudes?: Readonly<Record<string, number>>;
  /**
   * Names of the controls that send a post (the pause before posting): "Post", "Reply",
   * "Comment", "Send", "Publish", "Add comment".
   */
  send?: readonly string[];
}

/** Identity helper that keeps a word file declarative and type-checked. */
export function defineWords<const W extends Words>(w: W): W {
  return w;
}
