import { VerbBit } from "../../lexicon/verb-classes";
import { ARTICLES, DOCUMENT_NOUNS, POSSESSIVE_DETERMINERS } from "../../lexicon/function-words";
import { THING_PRONOUNS } from "../../lexicon/not-claims";
import { clauseStart, subordinateEnd } from "./clause-bounds";
import { closesWithAdjunct, cueTakesPhrases } from "./cue-tail";
import { clause, MIN_CLAUSE_WORDS, type FoundClause, type ReportedContext, type ReportedRule, type VerbShape } from "./context";
import { afterCue } from "./after-cue";
import { opensClause } from "./opens-clause";
import { gappedInfinitive, readVerbContent } from "./verb-content";

/** The content of a verb of `lexicon/reporting-verbs` whose shape is `shape`, as its class read it. */
function verbContent(ctx: ReportedContext, shape: VerbShape): FoundClause | null {
  const c = ctx.content;
  if (ctx.kind !== "verb" || !c || c.shape !== shape) return null;
  return { a: c.a, b: c.b, minWords: c.minWords, finite: c.finite };
}

/** `promised to reopen the terminal`: a verb of saying that takes an infinitive, read as its class reads it. */
function speechIntention(ctx: ReportedContext): FoundClause | null {
  const { cue, source } = ctx;
  // A participle (`…, promising to lift regulations`) reads its infinitive too: its subject is the clause's.
  if (ctx.kind !== "speech" || cue.sourceAfter || !source || source.last > cue.first) return null;
  const c = readVerbContent(ctx.tokens, cue.last - 1, ctx.sentence.last);
  return c && c.shape === "intention" ? { a: c.a, b: c.b, minWords: c.minWords, finite: c.finite } : null;
}

/** `asked (the senator) whether …`, `wondered how …`. */
export const ASKED = {
  name: "reported-asked" as const,
  confidence: 0.85,
  doc: "A question after a verb of asking and its hearer: `asked (the senator) whether …`, `wondered how …`.",
  candidates: ["verb", "speech-before"],
  find: (ctx) => verbContent(ctx, "question") ?? afterCue(ctx, "question"),
} satisfies ReportedRule;

/** `warned against a sale`, `called on Congress to act` (never `called for an inquiry`: a demand, not a claim). */
export const CALL_FOR = {
  name: "reported-call-for" as const,
  confidence: 0.85,
  doc: "A verb and its particle, then an object or an infinitive: `warned against a sale`, `called on Congress to act`.",
  candidates: ["verb"],
  find: (ctx) => verbContent(ctx, "call-for"),
} satisfies ReportedRule;

/** `declined to comment`, `urged the administration to …`. */
export const INTENTION = {
  name: "reported-intention" as const,
  confidence: 0.85,
  doc: "An infinitive, with or without an object: `declined to comment`, `urged the administration to act`.",
  candidates: ["verb", "speech-before"],
  find: (ctx) => {
    const found = verbContent(ctx, "intention") ?? speechIntention(ctx);
    if (!found || !ctx.source) return found;
    return gappedInfinitive(ctx.tokens, found.a, found.b, ctx.source.lead) ? null : inSubordinate(ctx, found);
  },
} satisfies ReportedRule;

/** `believes (that) CLAUSE`. */
export const BELIEF = {
  name: "reported-belief" as const,
  confidence: 0.85,
  doc: "A verb of cognition and its clause: `X believes (that) CLAUSE`, `X fears the plan will fail`.",
  candidates: ["verb"],
  find: (ctx) => (ctx.cue.verb & VerbBit.EVIDENCE) !== 0 ? null : verbContent(ctx, "clause"),
} satisfies ReportedRule;

/** `found that CLAUSE`, `the poll shows CLAUSE`. */
export const EVIDENCE = {
  name: "reported-evidence" as const,
  confidence: 0.85,
  doc: "A verb of evidence and its clause: `the audit found that CLAUSE`, `the poll shows CLAUSE`.",
  candidates: ["verb"],
  find: (ctx) => {
    const found = (ctx.cue.verb & VerbBit.EVIDENCE) !== 0 ? verbContent(ctx, "clause") : null;
    if (!found || ctx.tokens[found.a - 1]?.lower === "that") return found;
    return opensClause(ctx.tokens, found.a, found.b) || documentLike(ctx, found.a) ? found : null;
  },
} satisfies ReportedRule;

/**
 * A source whose evidence may be a bare noun phrase at `a`: a document, a poll, an organisation (`the poll shows
 * Clinton with a lead`, `CNN showed Trump ahead`). A person who `found a way through the act` or `demonstrated her
 * skill` reports nothing; nor does a name of no known kind whose object opens with `a` or a possessive (`Harbourton
 * showed a promising recovery`, `Brandt demonstrated his grasp of the file`): a place or a person showing a quality.
 */
function documentLike(ctx: ReportedContext, a: number): boolean {
  const m = ctx.source;
  if (ctx.sourceKind !== "subject" || !m) return true;
  if (m.kind === "pronoun") return THING_PRONOUNS.has(m.text.toLowerCase());
  if (m.entityKind === "person") return false;
  if (m.entityKind === "organization" || DOCUMENT_NOUNS.has(ctx.tokens[m.last - 1]?.lower ?? "")) return true;
  const first = ctx.tokens[a]?.lower ?? "";
  return m.kind === "name" && !((ARTICLES.has(first) && first !== "the") || POSSESSIVE_DETERMINERS.has(first));
}

/** `CLAUSE, records show.`, `CLAUSE, he believes.` */
export const CLOSING_VERB = {
  name: "reported-closing-verb" as const,
  confidence: 0.85,
  doc: "A verb of cognition or evidence closes the sentence: `CLAUSE, records show.`, `CLAUSE, he believes.`",
  candidates: ["verb"],
  find: (ctx) => {
    if (ctx.kind !== "verb" || ctx.content?.shape !== "closing" || !ctx.source) return null;
    const { tokens, sentence: s, cue } = ctx;
    const lead = Math.min(ctx.source.lead, cue.first);
    if (tokens[lead - 1]?.text !== "," || lead - 1 <= s.first || !closesWithAdjunct(tokens, cue.last, s.last, cueTakesPhrases(tokens, cue))) return null;
    return clause(clauseStart(tokens, s.first, lead - 1), lead - 1, MIN_CLAUSE_WORDS);
  },
} satisfies ReportedRule;

/** `endorsed Trump`, `criticised the board's handling of the contract`. */
export const STANCE = {
  name: "reported-stance" as const,
  confidence: 0.85,
  doc: "A verb of stance and its object: `endorsed Trump`, `criticised the board's handling of the contract`.",
  candidates: ["verb"],
  find: (ctx) => verbContent(ctx, "object"),
} satisfies ReportedRule;

/**
 * An infinitive whose cue stands in a fronted subordinate clause (`Three years after X vowed to A, the party …`) ends
 * where the main clause starts.
 */
export function inSubordinate(ctx: ReportedContext, found: FoundClause): FoundClause {
  const lead = Math.min(ctx.source!.lead, ctx.cue.first);
  return { ...found, b: subordinateEnd(ctx.tokens, lead, found.a, found.b, ctx.sentence.last, true) };
}
