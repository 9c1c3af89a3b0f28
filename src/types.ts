/**
 * The result contract of whosaid (see README "Result format").
 * Every offset is in UTF-16 code units (JavaScript string indices), `end` exclusive.
 */

/** A visible body paragraph of the article, in reading order. */
export interface Paragraph {
  /** Position in `Result.paragraphs`. */
  readonly index: number;
  /** The paragraph's text, whitespace collapsed, entities decoded exactly once. */
  readonly text: string;
}

/** A stretch of one paragraph's text. */
export interface Span {
  /** `paragraphs[paragraph].text.slice(start, end)`. */
  readonly text: string;
  readonly paragraph: number;
  readonly start: number;
  readonly end: number;
}

/** `direct`: quoted speech standing as a sentence or more; `partial`: a quoted fragment inside the writer's sentence; `indirect`: reported speech without marks. */
export type QuoteKind = "direct" | "partial" | "indirect";

/** One quotation (or one paragraph piece of a multi-paragraph quotation). */
export interface Quote {
  /** `q1`, `q2`, … in reading order. */
  readonly id: string;
  /** The words inside the marks (for `indirect`, the reported clause). */
  readonly text: string;
  readonly paragraph: number;
  readonly start: number;
  readonly end: number;
  readonly kind: QuoteKind;
  /** Id of the speaker in `Result.speakers`, or null when the text does not say. */
  readonly speaker: string | null;
  /** The speech verb (or phrase such as `according to`) that attributes the quote. */
  readonly cue: Span | null;
  /** The mention that named the speaker for this quote (a name, title, description or pronoun). */
  readonly mention: Span | null;
  /** How sure the deciding rule is, 0..1. */
  readonly confidence: number;
  /** Name of the attribution rule that chose the speaker. */
  readonly rule: string;
}

/** What kind of entity a speaker is. */
export type SpeakerKind = "person" | "organization" | "place" | "group" | "unknown";

/** One speaker: all mentions of the same entity merged. */
export interface Speaker {
  /** `s1`, `s2`, … in order of first quote. */
  readonly id: string;
  /** Canonical name: the fullest name in the article, without honorific. */
  readonly name: string;
  readonly kind: SpeakerKind;
  /** Every distinct surface form that referred to this speaker (names, titles, descriptions, pronouns). */
  readonly aliases: readonly string[];
  /** Roles and titles given to the speaker (`Russian president`). */
  readonly roles: readonly string[];
  /** Ids of this speaker's quotes. */
  readonly quotes: readonly string[];
}

/** A problem noticed in the input, reported as data, never thrown. */
export interface Warning {
  /** Stable machine-readable code, e.g. `unclosed-quote`, `stray-mark`, `truncated-html`. */
  readonly code: string;
  /** One human-readable sentence. */
  readonly message: string;
  /** Paragraph index, when the problem lies in a paragraph. */
  readonly paragraph?: number;
  /** Offset into that paragraph's text (or into the input when `paragraph` is absent). */
  readonly offset?: number;
}

/**
 * What the page says about the article, for citing it: read from JSON-LD, OpenGraph, Twitter,
 * Dublin Core and `article:*` meta tags, `<link rel=canonical>`, `<html lang>` and `<time datetime>`.
 * Every string is plain text: whitespace collapsed, entities decoded once, no markup.
 */
export interface Meta {
  /** The headline the page declares (JSON-LD `headline`, `og:title`, …), else the article's `title`; null when neither exists. */
  readonly headline: string | null;
  /** Author names in byline order, de-duplicated, without `By `; never URLs. Empty when the page names none. */
  readonly authors: readonly string[];
  /** When the article was first published, ISO 8601 (`2019-05-14T10:30:00+02:00`, or a date `2019-05-14`), its time zone kept; null when unknown. */
  readonly published: string | null;
  /** When it was last modified, ISO 8601 like `published`; null when the page does not say. */
  readonly modified: string | null;
  /** The canonical URL (`<link rel=canonical>`, `og:url`, JSON-LD `url`), absolute http(s); null when absent. */
  readonly url: string | null;
  /** The publication's name (`og:site_name`, JSON-LD `publisher.name`, …); null when absent. */
  readonly siteName: string | null;
  /** The declared language as a BCP 47 tag (`en`, `en-GB`, `de`), from `<html lang>` and the like; null when not declared. */
  readonly language: string | null;
  /** The page's own summary (JSON-LD `description`, `og:description`, `<meta name=description>`); null when absent. */
  readonly description: string | null;
}

/** What `extractQuotes` returns. Plain, JSON-serialisable data. */
export interface Result {
  readonly title: string | null;
  /** What the page says about the article (authors, dates, canonical URL…); for plain text only `headline` (the title) may be set. */
  readonly meta: Meta;
  readonly paragraphs: readonly Paragraph[];
  readonly quotes: readonly Quote[];
  readonly speakers: readonly Speaker[];
  readonly warnings: readonly Warning[];
}

/** Options for `extractQuotes`. */
export interface ExtractOptions {
  /**
   * Inputs longer than this many bytes (UTF-8) are refused with an `InputTooLargeError` before any work.
   * @default 10_000_000
   */
  readonly maxInputBytes?: number;
  /**
   * Whether to report indirect (reported) speech without quotation marks.
   * @default true
   */
  readonly indirect?: boolean;
  /**
   * How to read a string input: `auto` detects HTML, entity-encoded HTML and plain text.
   * @default "auto"
   */
  readonly format?: "auto" | "html" | "text";
  /**
   * The HTTP `Content-Type` header that came with byte input (e.g. `text/html; charset=shift_jis`):
   * its charset decides how the bytes are decoded, after a byte order mark and before `<meta charset>`.
   * Ignored for strings.
   */
  readonly contentType?: string;
}
