/**
 * The quotation rules, in the order they are tried for each quotation; the first that decides wins. Each gives its
 * confidence when the mention is a name; a pronoun or a description lowers it (`weigh` in attribute.ts). The figures
 * follow how often each rule chose the right speaker on the PolNeAR training articles
 * (`npm run eval -- ../shared/eval/polnear-train.jsonl`), rounded down, so that a confidence of 0.9 or more means a
 * speaker that is right about 97% of the time.
 */
import type { QuoteRule } from "./quote/context";
import { continuation, continuationPiece, paragraphContinuation, previousSubject } from "./quote/continuation";
import { cueAfter, cueBefore, sentenceCue } from "./quote/cue-rules";
import { dashAttribution } from "./quote/dash-attribution";
import { transcriptLabel } from "./quote/transcript-label";

/** The quotation rules, in order. */
export const QUOTE_RULES = [
  { name: "transcript-label" as const, confidence: 0.85, doc: "`PENCE: …` inside the quotation or opening its paragraph.", find: transcriptLabel },
  { name: "multi-paragraph" as const, confidence: 0.86, doc: "A piece continuing a quotation left open at the end of the previous paragraph.", find: continuationPiece },
  { name: "cue-after" as const, confidence: 0.97, doc: "The cue right after the quotation: `“…,” Mr Shoigu said`, `“…,” said Sen. Jane Doe`.", find: cueAfter },
  { name: "cue-before" as const, confidence: 0.88, doc: "The cue right before the quotation: `Mr Putin said: “…”`.", find: cueBefore },
  { name: "sentence-cue" as const, confidence: 0.86, doc: "Another speech verb of the quotation's sentence, with its subject.", find: sentenceCue },
  {
    name: "same-sentence" as const, confidence: 0.72, doc: "Another quotation of the same sentence already has a speaker.",
    find: (ctx) => ctx.lastInSentence?.entity ? { entity: ctx.lastInSentence.entity, mention: ctx.lastInSentence.mention, cue: ctx.lastInSentence.cue } : null,
  },
  { name: "dash-attribution" as const, confidence: 0.93, doc: "`“…” — Sen. Jane Doe`.", find: dashAttribution },
  {
    name: "colon-intro" as const, confidence: 0.88, doc: "The paragraph before ends with a colon after a speech verb or a subject: `He told reporters:`.",
    find: (ctx) => ctx.colonIntro?.entity && ctx.k === 0 ? { entity: ctx.colonIntro.entity, mention: ctx.colonIntro.mention, cue: ctx.colonIntro.cue } : null,
  },
  {
    name: "sentence-subject" as const, confidence: 0.68, doc: "The subject of the quotation's sentence, without a speech verb: `He hailed a “model of …”`.",
    find: (ctx) => ctx.subject && ctx.subject.first < ctx.k && ctx.subject.kind !== "group" ? ctx.decide(ctx.subject, null) : null,
  },
  { name: "continuation" as const, confidence: 0.93, doc: "A paragraph (or sentence) that opens with a quotation and names nobody continues the latest speaker.", find: continuation },
  { name: "paragraph-continuation" as const, confidence: 0.6, doc: "A quotation in a sentence with no speech verb, after a speaker of the same paragraph.", find: paragraphContinuation },
  { name: "previous-subject" as const, confidence: 0.55, doc: "The same, when there is no speaker to continue but a named subject before.", find: previousSubject },
] as const satisfies readonly QuoteRule[];

/** Any cue rule above whose cue is `according to X` names its decision so. */
export const ACCORDING_TO = { name: "according-to" as const, confidence: 0.86, doc: "`according to X` in the quotation's sentence." };

/** Applied after a paragraph's sentences: its quotations still without speaker take the paragraph's other speaker. */
export const PARAGRAPH_SPEAKER = { name: "paragraph-speaker" as const, confidence: 0.5, doc: "Another quotation of the same paragraph has a speaker." };

/** Name of a quotation rule. */
export type QuoteRuleName = (typeof QUOTE_RULES)[number]["name"] | typeof ACCORDING_TO.name | typeof PARAGRAPH_SPEAKER.name;
