import { decode } from "./decode";
import { describe, InputTooLargeError } from "./errors";
import { findQuotations } from "./quotes";
import { segment } from "./segment";
import type { ExtractOptions, Quote, Result } from "./types";

/** Default for `ExtractOptions.maxInputBytes`: 10 MB. */
export const DEFAULT_MAX_INPUT_BYTES = 10_000_000;

/**
 * Finds every quotation in a news article and attributes it to a speaker.
 * (skeleton while the stages are built)
 */
export function extractQuotes(input: string | Uint8Array, options: Readonly<ExtractOptions> = {}): Result {
  if (typeof input !== "string" && !(input instanceof Uint8Array)) {
    throw new TypeError(`extractQuotes expects a string or a Uint8Array, got ${describe(input)}`);
  }
  const limit = options.maxInputBytes ?? DEFAULT_MAX_INPUT_BYTES;
  const size = typeof input === "string" ? input.length : input.byteLength;
  if (size > limit) throw new InputTooLargeError(size, limit);
  const decoded = decode(input, options.format ? { format: options.format } : {});
  const seg = segment(decoded);
  const found = findQuotations(seg.paragraphs);
  const quotes: Quote[] = found.quotes.filter((q) => q.speech).map((q, i) => ({
    id: `q${i + 1}`,
    text: seg.paragraphs[q.paragraph]!.slice(q.start, q.end),
    paragraph: q.paragraph, start: q.start, end: q.end, kind: q.kind,
    speaker: null, cue: null, mention: null, confidence: 0, rule: "none",
  }));
  return {
    title: seg.title,
    paragraphs: seg.paragraphs.map((text, index) => ({ index, text })),
    quotes, speakers: [],
    warnings: [...decoded.warnings, ...seg.warnings, ...found.warnings],
  };
}
