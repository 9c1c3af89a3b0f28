import { parseDocument } from "htmlparser2";
import { analyze, attribute, buildQuotes } from "./attribution";
import { decode } from "./decode";
import { describe, InputTooLargeError } from "./errors";
import { DEFAULT_MAX_INPUT_BYTES } from "./limits";
import { extractMeta, htmlOf, warnNotEnglish, withHeadline } from "./meta";
import { findQuotations } from "./quotes";
import { segment } from "./segment";
import type { ExtractOptions, Result } from "./types";

export { DEFAULT_MAX_INPUT_BYTES };

/**
 * Finds every quotation in a news article and attributes it to a speaker.
 *
 * Runs the whole pipeline: decode (plain text, HTML, entity-encoded HTML, UTF-8 bytes) → segment (title and
 * body paragraphs, site furniture left out) → metadata (`extractMeta`) → quotation scan → mentions and entities → the ordered attribution
 * rules. Any string gives a valid result; problems in the input are reported in `result.warnings`.
 *
 * @param input The article: a string, or UTF-8 bytes (`Uint8Array`/`Buffer`, BOM stripped).
 * @param options `maxInputBytes` (default 10 MB), `indirect` (default true), `format` (default `"auto"`).
 * @returns Title, metadata, paragraphs, quotes with offsets, cue, mention, confidence and rule, and the speakers.
 * @throws {TypeError} When `input` is neither a string nor bytes.
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
  const limit = options.maxInputBytes ?? DEFAULT_MAX_INPUT_BYTES;
  const size = typeof input === "string" ? (input.length * 3 <= limit ? input.length : utf8Length(input)) : input.byteLength;
  if (size > limit) throw new InputTooLargeError(size, limit);
  const decoded = decode(input, options.format ? { format: options.format } : {});
  const seg = segment(decoded);
  const meta = withHeadline(extractMeta(parseDocument(htmlOf(decoded))), seg.title);
  const found = findQuotations(seg.paragraphs);
  const speech = found.quotes.filter((q) => q.speech);
  const analysis = analyze(seg.paragraphs, speech);
  const attributed = attribute(analysis, options.indirect === undefined ? {} : { indirect: options.indirect });
  const { quotes, speakers } = buildQuotes(seg.paragraphs, speech, attributed);
  return {
    title: seg.title,
    meta,
    paragraphs: seg.paragraphs.map((text, index) => ({ index, text })),
    quotes, speakers,
    warnings: [...decoded.warnings, ...seg.warnings, ...found.warnings, ...warnNotEnglish(seg.paragraphs, meta.language)],
  };
}

/** Bytes the string takes in UTF-8, counted without encoding it. */
function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) { n += 4; i++; }
    else n += 3;
  }
  return n;
}
