/**
 * Every attribution rule by name, with the confidence it gives when the mention is a name: the quotation rules
 * (`quote-rules.ts`) and the reported-speech rules (`reported/rules.ts`), each list in the order it is tried.
 */
import { ACCORDING_TO, PARAGRAPH_SPEAKER, QUOTE_RULES, type QuoteRuleName } from "./quote-rules";
import { REPORTED_RULES, REPORTED_SOURCES, type ReportedRuleName } from "./reported/rules";

/** Name of an attribution rule; `none` when no rule found a speaker. */
export type RuleName = QuoteRuleName | ReportedRuleName | "none";

/** Confidence of each rule when the mention is a name (a pronoun or a description lowers it). */
export const RULES: Readonly<Record<RuleName, number>> = Object.fromEntries(
  [...QUOTE_RULES, ACCORDING_TO, PARAGRAPH_SPEAKER, ...REPORTED_RULES, ...REPORTED_SOURCES, { name: "none", confidence: 0 }].map((r) => [r.name, r.confidence]),
) as Record<RuleName, number>;
