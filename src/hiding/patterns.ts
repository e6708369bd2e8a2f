/**
 * Text patterns for counts: compact and localized numbers ("1.2K", "12,345", "1,2 k", "1.234",
 * "2,5 Mio.", "1.2万", "3 mil") and the metric nouns that follow them in English, German,
 * French, Spanish, Portuguese, Italian, Japanese and Chinese.
 *
 * A count is only recognised as a metric next to a metric noun (or, in scopes a site declares
 * as holding nothing but counts, on its own). Ordinary numbers (times, durations, prices,
 * dates, "Top 10", "iOS 18") never carry a metric noun, so they are left alone.
 */
import type { MetricKind } from '../sites/types';

/** A number as sites print counts: grouped thousands, decimals, with a compact suffix. */
const NUM = String.raw`\d{1,3}(?:[.,\u00a0\u202f' ]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?`;
const SUFFIX = String.raw`(?:\s?(?:[KkMmBb](?![a-zA-Z])|(?:thousand|million|billion)(?![a-z])|mil(?![a-z])|Mio\.?|Mrd\.?|Tsd\.?|Md|mln|bn|tn|[万億亿千萬]|천|만))?`;
export const COUNT = `(?:${NUM})${SUFFIX}\\+?`;

/** Metric nouns per kind. Lower case; matched case-insensitively, plural forms included. */
const NOUNS: Record<Exclude<MetricKind, 'unread'>, string[]> = {
  likes: [
    'likes?', 'reactions?', 'favou?rites?', 'favs?', 'claps?', 'stars?', 'hearts?', 'upvotes?',
    'gefällt-mir-angaben', 'gefällt mir', 'mal geliked', 'reaktionen', // de
    "j[’']aime", "mentions j[’']aime", 'réactions', // fr
    'me gusta', 'reacciones', // es
    'curtidas?', 'reações', 'gostos', // pt
    'mi piace', 'reazioni', // it
    'いいね', '件のいいね', // ja
    '次赞', '个赞', '赞', '喜欢', // zh
  ],
  reposts: [
    'reposts?', 'retweets?', 'shares?', 'boosts?', 'quotes?', 'restacks?', 'bookmarks?', 'saves?', 'reblogs?',
    'mal geteilt', 'geteilt', 'zitate', 'lesezeichen', // de
    'partages', 'republications', 'citations', 'signets', // fr
    'compartidos', 'veces compartido', 'citas', 'guardados', // es
    'compartilhamentos', 'republicações', 'citações', // pt
    'condivisioni', 'citazioni', 'segnalibri', // it
    '件のリポスト', 'リポスト', 'シェア', '件の引用', // ja
    '次转帖', '转帖', '次转发', '转发', '分享', '书签', // zh
  ],
  replies: [
    'replies', 'reply', 'comments?', 'responses?', 'answers?',
    'antworten', 'kommentare?', // de
    'réponses', 'commentaires?', // fr
    'respuestas', 'comentarios?', // es
    'respostas', 'comentários?', // pt
    'risposte', 'commenti', // it
    '件の返信', '返信', '件のコメント', 'コメント', // ja
    '条回复', '回复', '条评论', '评论', // zh
  ],
  views: [
    'views?', 'plays?', 'viewers?', 'watching', 'watching now', 'impressions?', 'listens?', 'reads?',
    'aufrufe', 'wiedergaben', 'zuschauer', 'zuschauende', 'impressionen', // de
    'vues', 'lectures', 'spectateurs', // fr
    'visualizaciones', 'vistas', 'reproducciones', 'espectadores', // es
    'visualizações', 'reproduções', 'espectadores', // pt
    'visualizzazioni', 'riproduzioni', 'spettatori', // it
    '回視聴', '回再生', '人が視聴中', '視聴中', '件の表示', // ja
    '次观看', '次播放', '人正在观看', '观看', '浏览', // zh
  ],
  followers: [
    'followers?', 'following', 'follows', 'subscribers?', 'members?', 'connections?', 'posts', 'watchers?', 'forks?',
    'follower', 'folge ich', 'folgt', 'abonnenten', 'mitglieder', 'kontakte', 'beiträge', // de
    'abonnés', 'abonnements', 'membres', 'relations', 'publications', // fr
    'seguidores', 'siguiendo', 'suscriptores', 'miembros', 'publicaciones', // es
    'seguindo', 'inscritos', 'membros', 'publicações', // pt
    'seguiti', 'iscritti', 'membri', // it
    '人のフォロワー', 'フォロワー', 'フォロー中', '人がフォロー', 'チャンネル登録者', '件のポスト', // ja
    '位关注者', '关注者', '粉丝', '正在关注', '订阅者', '帖子', // zh
  ],
  scores: [
    'points?', 'pts', 'karma', 'votes?', 'reputation', 'notes?', 'badges?',
    'punkte', 'stimmen', // de
    'votes', 'réputation', // fr
    'puntos', 'votos', 'reputación', // es
    'pontos', 'reputação', // pt
    'punti', 'voti', 'reputazione', // it
    'ポイント', '票', // ja
    '积分', '分', // zh
  ],
};

// Word-ish boundary that also works next to CJK (where there are no spaces).
const END = String.raw`(?![\p{L}\p{N}])`;

function nounAlternation(list: string[]): string {
  // Longest first so "watching now" wins over "watching".
  return [...list].sort((a, b) => b.length - a.length).join('|');
}

const KIND_NOUN_RES: [Exclude<MetricKind, 'unread'>, RegExp][] = (
  Object.entries(NOUNS) as [Exclude<MetricKind, 'unread'>, string[]][]
).map(([kind, list]) => [kind, new RegExp(`^(?:${nounAlternation(list)})${END}`, 'iu')]);

const ALL_NOUNS = nounAlternation(Object.values(NOUNS).flat());
/** Words between a count and its noun: "12 other likes", "1.2m monthly views", "1.9M content views", "3 gold badges". */
const MODIFIER = String.raw`(?:(?:other|more|total|new|monthly|content|gold|silver|bronze)\s+)?`;

/**
 * A whole short text that is a count phrase: "1.2K likes", "12,345 views", "1,2 k Aufrufe",
 * "213 喜欢", "Likes: 12"? (no: nouns come after counts in every supported language, except
 * the Japanese/Chinese forms that attach the noun directly, which this also covers).
 */
const PHRASE_RE = new RegExp(
  // "View all 3 replies" / "View 1 reply": the link that opens a thread names its size.
  String.raw`^[\s(·•|]*(?:view\s+(?:all\s+)?)?(${COUNT})\s*${MODIFIER}(${ALL_NOUNS})${END}[\s).,:;·•|]*$`,
  'iu',
);
const BARE_RE = new RegExp(String.raw`^[\s(]*(${COUNT})[\s)]*$`, 'u');

/** The kind a metric noun belongs to. */
export function kindOfNoun(noun: string): MetricKind | null {
  const n = noun.trim();
  for (const [kind, re] of KIND_NOUN_RES) if (re.test(n)) return kind;
  return null;
}

/**
 * Classifies a short text as a metric. Returns its kind, or null when it is not a count.
 * `bare` accepts a number without a noun (for scopes that hold only counts) as `bareKind`.
 */
export function classifyCountText(text: string, bare = false, bareKind: MetricKind = 'likes'): MetricKind | null {
  const t = text.replace(/\s+/g, ' ').trim();
  if (!t || t.length > 60 || !/\d/.test(t)) return null;
  const shape = shapeOf(t);
  let kind = shapeKinds.get(shape);
  if (kind === undefined) {
    const m = PHRASE_RE.exec(t);
    kind = m ? kindOfNoun(m[2]) : null;
    shapeKinds.set(shape, kind);
  }
  if (kind) return kind;
  if (bare && BARE_RE.test(t)) return bareKind;
  return null;
}

/**
 * The patterns see digits only as \d (there is no digit in any pattern), so all texts of one
 * shape ("0.0K likes", "00 Replies. Reply") are classified alike: results are remembered by
 * shape, and the long noun patterns run once per shape, not once per post on an endless feed.
 */
export function shapeOf(text: string): string {
  return text.replace(/\d/g, '0');
}
/**
 * Results by shape, bounded: a page of ever-new shapes (long labels) must not grow memory
 * forever. `undefined` is "not yet"; results are never undefined. No compute callback, so no
 * closure is made per look-up (every number and label on a feed asks).
 */
class ShapeMemo<T> {
  private readonly map = new Map<string, T>();
  get(shape: string): T | undefined {
    return this.map.get(shape);
  }
  set(shape: string, v: T): void {
    if (this.map.size >= 2000) this.map.clear();
    this.map.set(shape, v);
  }
}
const shapeKinds = new ShapeMemo<MetricKind | null>();
const shapeLabelKinds = new ShapeMemo<MetricKind | null>();
const shapeScrubbed = new ShapeMemo<string>();

/**
 * The metric an attribute value names, as a whole ("12 likes") or in one of its parts
 * ("76 Replies. Reply", "Like (12 likes)"); null when it names none.
 */
export function labelKind(value: string, shape?: string): MetricKind | null {
  if (!/\d/.test(value)) return null;
  shape ??= shapeOf(value);
  let kind = shapeLabelKinds.get(shape);
  if (kind === undefined) {
    kind = classifyCountText(value) ?? partKind(value);
    shapeLabelKinds.set(shape, kind);
  }
  return kind;
}

function partKind(value: string): MetricKind | null {
  for (const part of value.split(/[,.;()]/)) {
    const kind = classifyCountText(part);
    if (kind) return kind;
  }
  return null;
}

/**
 * Whether a text node could hold the start of a count, as a cheap test before the phrase
 * patterns run on it and its ancestors. Every phrase and bare count starts with its number,
 * after at most brackets, bullets, spaces or "view (all)", and holds no digit but the number's:
 * so a node with anything else before its first digit ("@runner_2024", "€12", "Mara Runs
 * 2024", a sentence) cannot be one, nor a part of one in any ancestor's text. Number
 * separators are let through for a count split over nodes ("1" + "'234 likes").
 */
const COUNT_START_RE = /^[\s(·•|.,'\u00a0\u202f]*(?:view\s+(?:all\s+)?)?\d/i;
export function mayStartCount(text: string): boolean {
  return COUNT_START_RE.test(text);
}

/**
 * Whether a text is a count without a noun ("1.2K", "12,345", "3 mil"). One short anchored
 * test, with no shape to build and look up: asked for every number on a feed.
 */
export function isBareCount(text: string): boolean {
  return BARE_RE.test(text.replace(/\s+/g, ' '));
}

// For attributes: "76 Replies. Reply", "Like (12 likes)", "2569 users starred this repository".
const SCRUB_NOUNS = `${ALL_NOUNS}|other people|people|others|users|persons?|personen|accounts|new notifications?|notifications?|unread|new`;
const SCRUB_PHRASE_RE = new RegExp(
  String.raw`(?:^|(?<=[\s(,;.·:]))(${COUNT})\s*${MODIFIER}(?:${SCRUB_NOUNS})${END}\.?`,
  'giu',
);
// Labels that put the noun first: "reputation score 12,345", "Score of 4", "Viewed 1,234 times".
const SCRUB_PREFIX_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(reputation(?: score)?|score(?= of)|viewed)(?: of)?\s*:?\s*(?:${COUNT})(?:\s+times)?${END}`,
  'giu',
);
const LEFTOVER_COUNT_RE = new RegExp(String.raw`(?<![\p{L}\p{N}])(${COUNT})(?![\p{L}\p{N}])`, 'gu');

/**
 * Removes counts from an attribute value while keeping the action it names:
 * "2378 Likes. Liked" -> "Liked"; "Like (12 likes)" -> "Like"; "1,262" -> "".
 * Numbers are only removed where the value names a metric or is nothing but a count, so
 * "Posted 3 hours ago" stays as it is.
 */
export function scrubCounts(value: string, shape = shapeOf(value)): string {
  // Remembered by shape when nothing of the number is left (the usual result: "Reply"): the
  // same labels come with every post, and these patterns are the longest we run.
  const known = shapeScrubbed.get(shape);
  if (known !== undefined) return known;
  const out = scrubUncached(value);
  if (!/\d/.test(out)) shapeScrubbed.set(shape, out);
  return out;
}

function scrubUncached(value: string): string {
  const hadPhrase = SCRUB_PHRASE_RE.test(value) || SCRUB_PREFIX_RE.test(value);
  SCRUB_PHRASE_RE.lastIndex = 0;
  SCRUB_PREFIX_RE.lastIndex = 0;
  let out = value.replace(SCRUB_PHRASE_RE, '').replace(SCRUB_PREFIX_RE, '$1');
  if (hadPhrase || isBareCount(value)) out = out.replace(LEFTOVER_COUNT_RE, '');
  else return value;
  return out
    .replace(/\(\s*\)/g, '') // "Like ()" -> "Like"
    .replace(/\s*([,;.·])(\s*[,;.·])+/g, '$1') // collapse ", ," runs
    .replace(/^[\s,;.·:]+|[\s,;:·]+$/g, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

/** Whether a value still carries a count that scrubbing would remove. */
export function hasCount(value: string): boolean {
  return scrubCounts(value) !== value;
}

/** "(3) Home / X" -> "Home / X"; also "(99+) …" and "• " unread dots some sites add. */
export function scrubTitle(title: string): string {
  return title.replace(/^\s*\(\s*\d[\d.,]*\+?\s*\)\s*/, '').replace(/^\s*[•●]\s+/, '');
}

/**
 * Parses a displayed count to a number ("1.2K" -> 1200, "1,2 k" -> 1200, "2,5 Mio." ->
 * 2500000, "1.2万" -> 12000, "1.234" -> 1234). Returns NaN when the text is not a count.
 * Used to compare counts (tests, the popup's "found" figures), never to show them.
 */
export function parseCount(text: string): number {
  const t = text.replace(/\s+/g, ' ').trim();
  const m = new RegExp(`^(${NUM})(${SUFFIX})\\+?$`, 'u').exec(t);
  if (!m) return NaN;
  let num = m[1].replace(/[\u00a0\u202f' ]/g, '');
  const suffix = m[2].trim().toLowerCase().replace(/\.$/, '');
  // "1.234" / "1,234": a single separator followed by exactly three digits groups thousands.
  if (/^\d{1,3}([.,]\d{3})+$/.test(num) && !suffix) num = num.replace(/[.,]/g, '');
  else if (/^\d{1,3}([.,]\d{3})+[.,]\d+$/.test(num)) {
    const dec = num.slice(-1 - (num.length - 1 - Math.max(num.lastIndexOf('.'), num.lastIndexOf(','))));
    num = num.slice(0, num.length - dec.length).replace(/[.,]/g, '') + '.' + dec.slice(1);
  } else num = num.replace(',', '.');
  const value = Number(num);
  const mult: Record<string, number> = {
    '': 1, k: 1e3, thousand: 1e3, million: 1e6, billion: 1e9, tsd: 1e3, '千': 1e3, '천': 1e3, m: 1e6, mio: 1e6, mln: 1e6, mil: 1e3, b: 1e9,
    bn: 1e9, mrd: 1e9, md: 1e9, tn: 1e12, '万': 1e4, '萬': 1e4, '만': 1e4, '億': 1e8, '亿': 1e8,
  };
  return value * (mult[suffix] ?? NaN);
}
