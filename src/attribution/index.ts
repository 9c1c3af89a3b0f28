export { analyze, analyzeParagraphs } from "../speakers/analyze";
export type { Analysis, AnalyzedParagraph, QuoteSite } from "../speakers/analyze";
export { attribute, attributeParagraphs } from "./attribute";
export type { Attributed, Attribution, ReportedSpeech, CueSite } from "./attribute";
export { buildQuotes } from "./build-result";
export { RULES } from "./rules";
export type { RuleName } from "./rules";
