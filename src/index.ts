export { extractQuotes, DEFAULT_MAX_INPUT_BYTES } from "./extract";
export { InputTooLargeError } from "./errors";
export { decode } from "./decode";
export type { Decoded, DecodedPart, DecodeOptions } from "./decode";
export { segment } from "./segment";
export type { Segmented, SegmentOptions } from "./segment";
export { readMeta, EMPTY_META } from "./meta";
export { findQuotations } from "./quotes";
export type { QuoteSpan, Quotations, QuoteOptions } from "./quotes";
export { findSpeakers } from "./speakers/find-speakers";
export type { NamedEntity } from "./speakers/find-speakers";
export { analyze, attribute, buildQuotes, RULES } from "./attribution";
export type { Analysis, Attributed, Attribution, ReportedSpeech, RuleName } from "./attribution";
export type {
  ExtractOptions, Meta, Paragraph, Quote, QuoteKind, Result, Span, Speaker, SpeakerKind, Warning,
} from "./types";
