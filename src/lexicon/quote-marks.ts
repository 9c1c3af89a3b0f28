/**
 * Quotation marks and the words around them that tell what a quoted span is.
 * Every quote-mark table of the project lives here, once.
 */

/**
 * Nesting level of a mark. Marks of one level close each other (`„…“`, `„…”`, `"…”`,
 * `‚…‘`, `»…«`), marks of different levels nest.
 */
export const MarkLevel = {
  Double: 0,
  Single: 1,
  Guillemet: 2,
  SingleGuillemet: 3,
  Corner: 4,
  WhiteCorner: 5,
} as const;

/** One of the `MarkLevel` numbers. */
export type MarkLevel = (typeof MarkLevel)[keyof typeof MarkLevel];

/** How many `MarkLevel`s there are (size of per-level counters). */
export const MARK_LEVEL_COUNT = 6;

/**
 * How a mark may act.
 * - `open`: only ever opens (`„`, `‚`, `「`, `` ` `` `` ` ``).
 * - `close`: only ever closes (`」`).
 * - `open-first`: opens, but closes an open quotation of its level when it stands in a
 *   closing position (`“` typed as a closer, `«` closing a reversed `»…«`).
 * - `close-first`: closes, but opens when nothing of its level is open and it stands in an
 *   opening position (`”…”` Swedish style, `»…«` Danish/German style).
 * - `either`: straight marks, decided by context alone (`"`, `''`).
 * - `either-apostrophe`: like `either`, and first tested as an apostrophe (`'`).
 * - `close-apostrophe`: closes, and is first tested as an apostrophe; never opens (`’`).
 */
export type MarkRole =
  | "open"
  | "close"
  | "open-first"
  | "close-first"
  | "either"
  | "either-apostrophe"
  | "close-apostrophe";

/** One quotation mark of the table. */
export interface QuoteMark {
  /** The mark as it appears (one or two UTF-16 units). */
  readonly mark: string;
  /** Marks of one level close each other; marks of different levels nest. */
  readonly level: MarkLevel;
  /** Whether it opens, closes, or is decided by context. */
  readonly role: MarkRole;
}

/**
 * Every quotation mark the scanner knows, with its level and role.
 * Two-character marks (doubled apostrophes and backticks, as typed on old keyboards and kept
 * by the NYT archive) are matched before the single character they start with.
 */
export const QUOTE_MARKS: readonly QuoteMark[] = [
  { mark: "“", level: MarkLevel.Double, role: "open-first" },
  { mark: "”", level: MarkLevel.Double, role: "close-first" },
  { mark: "„", level: MarkLevel.Double, role: "open" },
  { mark: "‟", level: MarkLevel.Double, role: "open" },
  { mark: '"', level: MarkLevel.Double, role: "either" },
  { mark: "''", level: MarkLevel.Double, role: "either" },
  { mark: "``", level: MarkLevel.Double, role: "open" },
  { mark: "‘", level: MarkLevel.Single, role: "open-first" },
  { mark: "’", level: MarkLevel.Single, role: "close-apostrophe" },
  { mark: "‚", level: MarkLevel.Single, role: "open" },
  { mark: "‛", level: MarkLevel.Single, role: "open" },
  { mark: "'", level: MarkLevel.Single, role: "either-apostrophe" },
  { mark: "«", level: MarkLevel.Guillemet, role: "open-first" },
  { mark: "»", level: MarkLevel.Guillemet, role: "close-first" },
  { mark: "‹", level: MarkLevel.SingleGuillemet, role: "open-first" },
  { mark: "›", level: MarkLevel.SingleGuillemet, role: "close-first" },
  { mark: "「", level: MarkLevel.Corner, role: "open" },
  { mark: "」", level: MarkLevel.Corner, role: "close" },
  { mark: "『", level: MarkLevel.WhiteCorner, role: "open" },
  { mark: "』", level: MarkLevel.WhiteCorner, role: "close" },
  { mark: "＂", level: MarkLevel.Double, role: "either" },
];

/** The characters of every mark of `QUOTE_MARKS`: what may stand around a quotation's text. */
export const QUOTE_CHARS: ReadonlySet<string> = new Set(QUOTE_MARKS.flatMap((m) => [...m.mark]));

/**
 * Words after which a leading apostrophe is an elision, not an opening single quote
 * (`’em`, `’til`, `'cause`). Lower case, without the apostrophe.
 */
export const ELISIONS: ReadonlySet<string> = new Set([
  "em", "til", "cause", "tis", "twas", "bout", "round", "n", "nuff", "cept", "fraid", "kay", "sup", "ya", "y",
]);

/**
 * Words right before a quotation that introduce a title of a work: a Title Case span
 * after them is a title, not speech (`the book “The Art of the Deal”`).
 */
export const TITLE_CUES: ReadonlySet<string> = new Set([
  "book", "books", "film", "films", "movie", "movies", "song", "songs", "show", "shows", "album", "albums",
  "titled", "entitled", "episode", "episodes", "column", "op-ed", "oped", "editorial", "novel", "memoir",
  "play", "poem", "series", "documentary", "podcast", "program", "programme", "article", "essay", "report",
  "headline", "single", "track", "musical", "opera", "sitcom", "magazine", "newspaper", "blog", "website",
  "site", "bill", "act", "campaign", "tour", "game", "video", "speech", "chapter", "exhibition", "painting",
  "called", "named", "dubbed",
]);

/**
 * Words right before a quotation that only title or nickname what follows them: any span
 * of at most `MAX_TITLE_WORDS` words after them is not speech (`an op-ed titled “…”`).
 */
export const STRONG_TITLE_CUES: ReadonlySet<string> = new Set(["titled", "entitled", "headlined", "hashtag"]);

/**
 * Words right before a quotation that give a nickname: a Title Case span after them is a
 * nickname (`dubbed “Crooked Hillary”`).
 */
export const NICKNAME_CUES: ReadonlySet<string> = new Set([
  "nicknamed", "dubbed", "called", "named", "calls", "dubs", "nicknames", "aka", "a.k.a.", "alias",
]);

/**
 * Words right before a quotation that mark it as a word used as a term or a scare quote
 * (`so-called “reform”`, `the word “deplorables”`).
 */
export const TERM_CUES: ReadonlySet<string> = new Set([
  "so-called", "word", "words", "term", "terms", "phrase", "label", "slogan", "motto", "hashtag", "moniker",
  "nickname", "buzzword", "catchphrase", "euphemism", "acronym", "abbreviation", "expression",
]);

/**
 * Verbs that, followed by a comma, introduce a quotation standing as a sentence
 * (`He said, “We will win.”`). Only used to tell `direct` from `partial`.
 */
export const QUOTE_INTRO_VERBS: ReadonlySet<string> = new Set([
  "said", "says", "say", "added", "adds", "asked", "asks", "told", "tells", "wrote", "writes", "replied",
  "replies", "continued", "continues", "declared", "declares", "explained", "explains", "stated", "states",
  "insisted", "insists", "noted", "notes", "warned", "warns", "tweeted", "tweets", "remarked", "recalled",
  "answered", "responded", "argued", "argues", "concluded", "shouted", "joked", "quipped", "exclaimed",
  "posted", "reads", "read", "saying", "adding", "asking", "writing", "telling", "announced", "announces",
]);
