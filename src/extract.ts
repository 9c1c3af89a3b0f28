import { analyzeParagraphs, attributeParagraphs, buildQuotes } from "./attribution";
import { decode, type Decoded } from "./decode";
import { describe, InputTooLargeError } from "./errors";
import { DEFAULT_MAX_INPUT_BYTES } from "./limits";
import { metaOfParts, warnNotEnglish, withHeadline } from "./meta";
import { findQuotations, type QuoteSpan } from "./quotes";
import { parseParts, segmentParsed, type Segmented } from "./segment";
import type { ExtractOptions, Meta, Result } from "./types";

export { DEFAULT_MAX_INPUT_BYTES };

/**
 * Finds every quotation in a news article and attributes it to a speaker.
 *
 * Runs the whole pipeline: decode (plain text, HTML, entity-encoded HTML, UTF-8 bytes) → segment (title and
 * body paragraphs, site furniture left out) → metadata (`extractMeta`) → quotation scan → mentions and entities → the ordered attribution
 * rules. Any string gives a valid result; problems in the input are reported in `result.warnings`.
 *
 * @param input The article: a string, or bytes (`Uint8Array`/`Buffer`) in the charset the page declares (BOM,
 *   `contentType`, `<meta charset>`), UTF-8 by default.
 * @param options `maxInputBytes` (default 10 MB), `indirect` (default true), `format` (default `"auto"`),
 *   `contentType` (the HTTP header that came with bytes).
 * @returns Title, metadata, paragraphs, quotes with offsets, cue, mention, confidence and rule, and the speakers.
 * @throws {TypeError} When `input` is neither a string nor bytes, or an option has a value of the wrong type
 *   (`format: "xml"`, `indirect: "no"`, `maxInputBytes: "10"` or `NaN`).
 * @throws {RangeError} When `maxInputBytes` is negative.
 * @throws {InputTooLargeError} When `input` is larger than `maxInputBytes`, before any work.
 * @example
 * const { quotes, speakers } = extractQuotes("“We will win,” Ms Ruiz said.");
 * // quotes[0]: { text: "We will win,", kind: "direct", speaker: "s1", rule: "cue-after", confidence: 0.97, … }
 * // speakers[0]: { id: "s1", name: "Ruiz", kind: "person", aliases: ["Ruiz", "Ms Ruiz"], … }
 */
export function extractQuotes(input: string | Uint8Array, options: Readonly<ExtractOptions> = {}): Result {
  if (typeof input !== "string" && !(input instanceof Uint8Array)) {
    throw new TypeError(`extractQuotes expects a string or a Uint8Array, got ${describe(input)}`);
  }
  const limit = checkOptions(options);
  const size = typeof input === "string" ? (input.length * 3 <= limit ? input.length : utf8Length(input)) : input.byteLength;
  if (size > limit) throw new InputTooLargeError(size, limit);
  const decoded = decode(input, {
    ...(options.format ? { format: options.format } : {}),
    ...(options.contentType !== undefined ? { contentType: options.contentType } : {}),
  });
  const { seg, meta } = readArticleAndMeta(decoded);
  const found = findQuotations(seg.paragraphs);
  const speech = speechOf(found.quotes);
  // Each paragraph analysed and attributed in turn, never the whole document's tokens at once.
  const attributed = attributeParagraphs(analyzeParagraphs(seg.paragraphs, speech), speech, options.indirect === undefined ? {} : { indirect: options.indirect });
  const { quotes, speakers } = buildQuotes(seg.paragraphs, speech, attributed);
  return {
    title: seg.title,
    meta,
    paragraphs: seg.paragraphs.map((text, index) => ({ index, text })),
    quotes, speakers,
    warnings: [...decoded.warnings, ...seg.warnings, ...found.warnings, ...warnNotEnglish(seg.paragraphs, meta.language)],
  };
}

/**
 * The article's body and metadata from one parse of each HTML part. A function of its own so
 * that the parsed trees are garbage once it returns: nothing after it needs them, and a page's
 * tree kept alive through attribution made every later collection walk it again.
 */
function readArticleAndMeta(decoded: Decoded): { seg: Segmented; meta: Meta } {
  const parts = parseParts(decoded); // each HTML part parsed once, for the body and the metadata
  const seg = segmentParsed(parts);
  return { seg, meta: withHeadline(metaOfParts(parts), seg.title) };
}

/**
 * The quotations that are speech, by `push` rather than `filter`: an optimised `filter` makes its array with the
 * kind of its input's (holey when `map` was optimised), the builtin a packed one, and the functions this array goes
 * to (`analyzeParagraphs`, `attributeParagraphs`, `buildQuotes`) were optimised for one kind and thrown away when
 * they met the other, again and again over the first passes.
 */
function speechOf(quotes: readonly QuoteSpan[]): QuoteSpan[] {
  const speech: QuoteSpan[] = [];
  for (let i = 0; i < quotes.length; i++) if (quotes[i]!.speech) speech.push(quotes[i]!);
  return speech;
}

const FORMATS: ReadonlySet<unknown> = new Set(["auto", "html", "text"]);

/**
 * Checks the options and returns the byte limit. A wrong value fails loudly: a typo such as
 * `format: "xml"` or a `NaN` limit would otherwise be ignored and change the result silently.
 */
function checkOptions(options: unknown): number {
  if (options === null || typeof options !== "object") {
    throw new TypeError(`extractQuotes options must be an object, got ${describe(options)}`);
  }
  const { maxInputBytes, format, indirect } = options as { [K in keyof ExtractOptions]?: unknown };
  if (format !== undefined && !FORMATS.has(format)) {
    throw new TypeError(`options.format must be "auto", "html" or "text", got ${typeof format === "string" ? JSON.stringify(format) : describe(format)}`);
  }
  if (indirect !== undefined && typeof indirect !== "boolean") {
    throw new TypeError(`options.indirect must be a boolean, got ${describe(indirect)}`);
  }
  if (maxInputBytes === undefined) return DEFAULT_MAX_INPUT_BYTES;
  if (typeof maxInputBytes !== "number" || Number.isNaN(maxInputBytes)) {
    throw new TypeError(`options.maxInputBytes must be a number of bytes, got ${describe(maxInputBytes)}`);
  }
  if (maxInputBytes < 0) throw new RangeError(`options.maxInputBytes must not be negative, got ${maxInputBytes}`);
  return maxInputBytes;
}

/**
 * Bytes the string takes in UTF-8, counted without encoding it, as `TextEncoder` writes it: a surrogate
 * pair takes 4 bytes, a lone surrogate 3 (it becomes U+FFFD).
 */
function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) { n += 4; i++; }
    else n += 3;
  }
  return n;
}
