export { findQuotations } from "./find-quotations";
export type { QuoteOptions, QuoteSpan, Quotations } from "./types";
export { scanMarks, MAX_NESTING_DEPTH } from "./scan-marks";
export type { MarkedSpan, ScannedMarks, UnpairedMark } from "./scan-marks";
export { isApostrophe } from "./tell-apostrophes";
export { classifyKind, isSpeech } from "./classify-quote";
