/**
 * The result contract of whosaid (see README "Result format").
 * Every offset is in UTF-16 code units (JavaScript string indices), `end` exclusive.
 */
/** A visible body paragraph of the article, in reading order. */
interface Paragraph {
    /** Position in `Result.paragraphs`. */
    readonly index: number;
    /** The paragraph's text, whitespace collapsed, entities decoded exactly once. */
    readonly text: string;
}
/** A stretch of one paragraph's text. */
interface Span {
    /** `paragraphs[paragraph].text.slice(start, end)`. */
    readonly text: string;
    readonly paragraph: number;
    readonly start: number;
    readonly end: number;
}
/** `direct`: quoted speech standing as a sentence or more; `partial`: a quoted fragment inside the writer's sentence; `indirect`: reported speech without marks. */
type QuoteKind = "direct" | "partial" | "indirect";
/** One quotation (or one paragraph piece of a multi-paragraph quotation). */
interface Quote {
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
type SpeakerKind = "person" | "organization" | "place" | "group" | "unknown";
/** One speaker: all mentions of the same entity merged. */
interface Speaker {
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
interface Warning {
    /** Stable machine-readable code, e.g. `unclosed-quote`, `stray-mark`, `truncated-html`. */
    readonly code: string;
    /** One human-readable sentence. */
    readonly message: string;
    /** Paragraph index, when the problem lies in a paragraph. */
    readonly paragraph?: number;
    /** Offset into that paragraph's text (or into the input when `paragraph` is absent). */
    readonly offset?: number;
}
/** What `extractQuotes` returns. Plain, JSON-serialisable data. */
interface Result {
    readonly title: string | null;
    readonly paragraphs: readonly Paragraph[];
    readonly quotes: readonly Quote[];
    readonly speakers: readonly Speaker[];
    readonly warnings: readonly Warning[];
}
/** Options for `extractQuotes`. */
interface ExtractOptions {
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
}

/** Default for `ExtractOptions.maxInputBytes`: 10 MB. */
declare const DEFAULT_MAX_INPUT_BYTES = 10000000;
/**
 * Finds every quotation in a news article and attributes it to a speaker.
 */
declare function extractQuotes(input: string | Uint8Array, options?: Readonly<ExtractOptions>): Result;

/** Thrown by `extractQuotes` before any work when the input is larger than `maxInputBytes`. */
declare class InputTooLargeError extends RangeError {
    /** Stable code for programs: `ERR_INPUT_TOO_LARGE`. */
    readonly code = "ERR_INPUT_TOO_LARGE";
    /** Size of the input in bytes (UTF-8 for strings). */
    readonly size: number;
    /** The limit that was exceeded. */
    readonly limit: number;
    constructor(size: number, limit: number);
}

/** A piece of the input in document order: HTML still to be parsed, or text already decoded. */
interface DecodedPart {
    /** `html`: markup for an HTML parser, whose entities it decodes; `text`: final text, entities decoded once. */
    readonly type: "html" | "text";
    /** The part's content, line breaks as LF. */
    readonly content: string;
}
/** The input with every layer of escaping that hides markup undone. */
interface Decoded {
    /** Text and HTML parts in document order (e.g. title line, article HTML, footer). */
    readonly parts: readonly DecodedPart[];
    /** What was noticed on the way (`encoded-markup`, `invalid-utf8`), never thrown. */
    readonly warnings: readonly Warning[];
}
/** Options for `decode`. */
interface DecodeOptions {
    /**
     * How to read the input: `auto` detects HTML, entity-encoded HTML and plain text, and
     * splits mixed documents into regions; `html` reads it all as (possibly encoded) HTML;
     * `text` reads it all as plain text with entities decoded once.
     * @default "auto"
     */
    readonly format?: "auto" | "html" | "text";
}
/**
 * Turns a string or UTF-8 bytes into parts of HTML and text, in document order.
 *
 * Bytes are read as UTF-8 (invalid sequences become U+FFFD); a leading BOM is dropped and
 * CRLF / CR become LF. In `auto` mode blocks with markup, raw or entity-encoded, form one
 * HTML region; plain-text blocks before and after it are text regions. Layers of entity
 * encoding that hide markup are undone so the HTML parser sees tags, and each entity of
 * the visible text is left to be decoded exactly once (by the parser for HTML, here for text).
 *
 * Never throws on a string or bytes; linear in the input length.
 * @example
 * decode("Title\n\n&lt;p&gt;Body&lt;/p&gt;").parts
 * // [{ type: "text", content: "Title" }, { type: "html", content: "<p>Body</p>" }]
 */
declare function decode(input: string | Uint8Array, options?: Readonly<DecodeOptions>): Decoded;

/** The article as a title and body paragraphs in reading order. */
interface Segmented {
    /** The headline, or null when none was found. */
    readonly title: string | null;
    /** Body paragraphs in reading order: whitespace collapsed, entities decoded once, no boilerplate. */
    readonly paragraphs: readonly string[];
    /** What was noticed on the way (`truncated-html`, `no-paragraphs`). */
    readonly warnings: readonly Warning[];
}
/** Options for `segment`. */
interface SegmentOptions {
    /**
     * Whether to drop site boilerplate paragraphs (subscribe prompts, ad labels, share
     * headings) listed in `src/lexicon/boilerplate.ts`.
     * @default true
     */
    readonly dropBoilerplate?: boolean;
    /**
     * Whether to look for a title; when false every paragraph stays in `paragraphs` and
     * `title` is null.
     * @default true
     */
    readonly detectTitle?: boolean;
}
/**
 * Splits decoded parts into a title and body paragraphs.
 *
 * HTML parts are read by `walkBlocks` (block elements make paragraphs; scripts, ads,
 * navigation and page header/footer are left out) and narrowed to the article when the
 * page marks one (`selectArticleBlocks`). Text parts are split on blank lines
 * (`splitPlainText`). Boilerplate paragraphs are then dropped (`isBoilerplate`).
 *
 * The title is the first paragraph of a leading text part when it looks like a headline
 * (`isTitleLike`: a short single line, see there for the exact rule), else the HTML's
 * `<h1>` inside the article, `og:title`, first `<h1>`, or `<title>` without its site
 * name. An `<h1>` is the headline, never a body paragraph, once a title is known.
 * @example
 * segment(decode("Headline\n\nFirst paragraph.\n\nSecond."))
 * // { title: "Headline", paragraphs: ["First paragraph.", "Second."], warnings: [] }
 */
declare function segment(doc: Decoded, options?: Readonly<SegmentOptions>): Segmented;

/** One quotation piece found by the scanner: index ranges into one paragraph. */
interface QuoteSpan {
    /** Index of the paragraph the piece lies in. */
    readonly paragraph: number;
    /** Offset of the first character inside the marks (whitespace inside the marks skipped). */
    readonly start: number;
    /** Offset just past the last character inside the marks (before the closing mark, or the trimmed paragraph end). */
    readonly end: number;
    /** `paragraphs[paragraph].slice(start, end)`: the words inside the marks. */
    readonly text: string;
    /** Offset of the opening mark. */
    readonly open: number;
    /** Offset of the closing mark, or null when the piece runs to the paragraph end unclosed (multi-paragraph quotation). */
    readonly close: number | null;
    /** This piece continues a quotation left open at the end of the previous paragraph. */
    readonly continuation: boolean;
    /** `direct`: stands as a sentence or more; `partial`: a fragment inside the writer's sentence. */
    readonly kind: "direct" | "partial";
    /** False for quoted spans that are not speech: titles of works, nicknames, words used as terms. */
    readonly speech: boolean;
}
/** What `findQuotations` returns. */
interface Quotations {
    /** Every quotation piece, in reading order. */
    readonly quotes: readonly QuoteSpan[];
    /** Unclosed and stray marks (`unclosed-quote`, `stray-mark`). */
    readonly warnings: readonly Warning[];
}
/** Options for `findQuotations`. */
interface QuoteOptions {
    /**
     * Whether a quotation left open at a paragraph end runs to that end when the next
     * paragraph opens with a quotation mark (the newspaper convention). When false, it is
     * dropped with an `unclosed-quote` warning like any other unclosed mark.
     * @default true
     */
    readonly multiParagraph?: boolean;
}

/**
 * Finds every quotation in the paragraphs: one `QuoteSpan` per paragraph piece, with offsets
 * of the words inside the marks, whether it is `direct` or `partial`, and whether it is
 * speech. Runs in time linear in the text. Never throws for odd text: unclosed and stray
 * marks are reported as warnings.
 *
 * @throws TypeError when `paragraphs` is not an array of strings.
 */
declare function findQuotations(paragraphs: readonly string[], options?: Readonly<QuoteOptions>): Quotations;

export { DEFAULT_MAX_INPUT_BYTES, type DecodeOptions, type Decoded, type DecodedPart, type ExtractOptions, InputTooLargeError, type Paragraph, type Quotations, type Quote, type QuoteKind, type QuoteOptions, type QuoteSpan, type Result, type SegmentOptions, type Segmented, type Span, type Speaker, type SpeakerKind, type Warning, decode, extractQuotes, findQuotations, segment };
