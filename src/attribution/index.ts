export { analyze } from "./analyze";
export type { Analysis, AnalyzedParagraph, QuoteSite } from "./analyze";
export { attribute } from "./attribute";
export type { Attributed, Attribution, ReportedSpeech, CueSite } from "./attribute";
export { buildQuotes } from "./build-result";
export { RULES } from "./rules";
export type { RuleName } from "./rules";
