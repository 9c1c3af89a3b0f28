export { extractQuotes, DEFAULT_MAX_INPUT_BYTES } from "./extract";
export { InputTooLargeError } from "./errors";
export { decode } from "./decode";
export type { Decoded, DecodedPart, DecodeOptions } from "./decode";
export { segment } from "./segment";
export type { Segmented, SegmentOptions } from "./segment";
export { findQuotations } from "./quotes";
export type { QuoteSpan, Quotations, QuoteOptions } from "./quotes";
export type {
  ExtractOptions, Paragraph, Quote, QuoteKind, Result, Span, Speaker, SpeakerKind, Warning,
} from "./types";
