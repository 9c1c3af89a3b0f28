/**
 * The shapes of reported speech, in the order they are tried for each candidate cue; the first whose content passes
 * the checks of every reported clause decides (`findReported`). Candidates come in seven kinds (`CandidateKind`): a
 * headline's colon, a headline's verb of saying in title case, a participle `asked`, a verb of saying or `according to`,
 * a verb of cognition, evidence, intention, question or stance, a noun of saying with its clause, and a hearsay adverb
 * (`reportedly`). A clause whose source is a poll's quantity phrase or a document is named by its source instead
 * (`REPORTED_SOURCES`).
 */
import { ACCORDING_TO } from "./according-to";
import { ACCORDING_TO_ASIDE } from "./according-to-aside";
import { AS_REPORTED } from "./as-reported";
import { ASKED_PARTICIPLE } from "./asked-participle";
import { CLOSING_CUE } from "./closing-cue";
import { COLON_CONTENT } from "./colon-content";
import { FRONTED_PARTICIPLE } from "./fronted-participle";
import { GERUND_CONTENT } from "./gerund-content";
import { HEADLINE_LABEL } from "./headline-label";
import { HEARSAY } from "./hearsay";
import { HEADLINE_SAYS } from "./headline-says";
import { INDIRECT_QUESTION } from "./indirect-question";
import { NOUN_CLAIM } from "./noun-claim";
import { PARENTHETICAL_CUE } from "./parenthetical-cue";
import { PASSIVE_AGENT } from "./passive-agent";
import { PROMISE_INFINITIVE } from "./promise-infinitive";
import { RELATIVE_SAID } from "./relative-said";
import { SAID_CLAUSE } from "./said-clause";
import { SAID_SAME } from "./said-same";
import { SAID_THAT } from "./said-that";
import { SPEECH_OBJECT } from "./speech-object";
import { TOLD_HEARER } from "./told-hearer";
import type { ReportedContext, ReportedRule, RuleCandidate } from "./context";
import { ASKED, BELIEF, CALL_FOR, CLOSING_VERB, EVIDENCE, INTENTION, STANCE } from "./verb-rules";

/** The reported-speech rules, in order. */
export const REPORTED_RULES = [
  // a headline's colon or verb of saying, and a question put to the speaker
  HEADLINE_LABEL,
  HEADLINE_SAYS,
  ASKED_PARTICIPLE,
  // verbs of saying and `according to`: the cue's place first, then the clause after it
  FRONTED_PARTICIPLE,
  RELATIVE_SAID,
  ACCORDING_TO_ASIDE,
  ACCORDING_TO,
  AS_REPORTED,
  PASSIVE_AGENT,
  CLOSING_CUE,
  PARENTHETICAL_CUE,
  PROMISE_INFINITIVE,
  COLON_CONTENT,
  TOLD_HEARER,
  SAID_SAME,
  GERUND_CONTENT,
  SAID_THAT,
  SAID_CLAUSE,
  INDIRECT_QUESTION,
  SPEECH_OBJECT,
  // verbs of cognition, evidence, intention, question and stance
  ASKED,
  CALL_FOR,
  INTENTION,
  BELIEF,
  EVIDENCE,
  CLOSING_VERB,
  STANCE,
  // a noun of saying and its clause or infinitive
  NOUN_CLAIM,
  // a hearsay adverb in its clause, without a source
  HEARSAY,
] as const;

/** `REPORTED_RULES` by the candidates they read (`ReportedRule.candidates`), in the same order. */
const RULES_FOR: Readonly<Record<RuleCandidate, readonly ReportedRule[]>> = {
  "label": REPORTED_RULES.filter((r) => (r.candidates as readonly RuleCandidate[]).includes("label")),
  "headline": REPORTED_RULES.filter((r) => (r.candidates as readonly RuleCandidate[]).includes("headline")),
  "asked": REPORTED_RULES.filter((r) => (r.candidates as readonly RuleCandidate[]).includes("asked")),
  "speech-before": REPORTED_RULES.filter((r) => (r.candidates as readonly RuleCandidate[]).includes("speech-before")),
  "speech-after": REPORTED_RULES.filter((r) => (r.candidates as readonly RuleCandidate[]).includes("speech-after")),
  "verb": REPORTED_RULES.filter((r) => (r.candidates as readonly RuleCandidate[]).includes("verb")),
  "noun": REPORTED_RULES.filter((r) => (r.candidates as readonly RuleCandidate[]).includes("noun")),
  "hearsay": REPORTED_RULES.filter((r) => (r.candidates as readonly RuleCandidate[]).includes("hearsay")),
};

/** The rules, in order, that can read a candidate's content: the others would return null for it. */
export function rulesFor(ctx: ReportedContext): readonly ReportedRule[] {
  if (ctx.kind !== "speech") return RULES_FOR[ctx.kind];
  return RULES_FOR[ctx.cue.sourceAfter ? "speech-after" : "speech-before"];
}

/** Sources that name the rule of their clause and give its confidence, whatever its shape. */
export const REPORTED_SOURCES = [
  {
    name: "reported-poll" as const,
    confidence: 0.85,
    doc: "A poll's quantity phrase as the source: `About 4 in 10 say …`, `52 percent of registered voters said …`.",
  },
  {
    name: "reported-document" as const,
    confidence: 0.85,
    doc: "A document as the source: `according to FEC records`, `new fundraising reports show …`.",
  },
] as const;

/** Name of a reported-speech rule. */
export type ReportedRuleName = (typeof REPORTED_RULES)[number]["name"] | (typeof REPORTED_SOURCES)[number]["name"];
