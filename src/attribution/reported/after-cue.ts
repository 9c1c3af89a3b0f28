import { clauseEnd, subordinateEnd, withoutTrailingTime } from "./clause-bounds";
import { coordinatedPredicateEnd } from "./coordinated-predicate";
import type { AfterShape } from "./clause-after-cue";
import { MIN_CLAUSE_WORDS, MIN_SPEECH_OBJECT_WORDS, type FoundClause, type ReportedContext } from "./context";
import { FINITE_AUXILIARIES, NOUN_BEFORE } from "../../lexicon/function-words";
import { ASIDE_BEFORE } from "../../lexicon/not-claims";
import { embeddedCueEnd } from "./embedded-cue";

/**
 * The content after a verb of saying whose clause opens in one of `shapes`: from the clause's start to its end; an
 * object (`announced his retirement on Friday`) without a closing time adverbial and without a verb of its own.
 */
export function afterCue(ctx: ReportedContext, ...shapes: AfterShape[]): FoundClause | null {
  if (!ctx.cueFree() || ctx.source!.last > ctx.cue.first) return null;
  // `it's worth noting that …`: the writer's own aside, whatever `it` may stand for.
  if (ctx.cue.gerund && ASIDE_BEFORE.has(ctx.tokens[ctx.cue.first - 1]?.lower ?? "")) return null;
  const after = ctx.after();
  if (!after || !shapes.includes(after.shape)) return null;
  const a = demonstrativeStart(ctx, after.a);
  if (a < 0) return null;
  const { tokens, sentence: s } = ctx;
  const end = coordinatedPredicateEnd(tokens, a, clauseEnd(tokens, a, s.last), ctx.cue.gerund);
  const lead = Math.min(ctx.source!.lead, ctx.cue.first);
  const b = embeddedCueEnd(tokens, s.first, lead, ctx.cue.first, a, subordinateEnd(tokens, lead, a, end, s.last, after.shape === "object"));
  if (after.shape === "object") return { a, b: withoutTrailingTime(tokens, a, b, true), minWords: MIN_SPEECH_OBJECT_WORDS, finite: false };
  return { a, b, minWords: MIN_CLAUSE_WORDS, finite: true };
}

/**
 * Where a clause after `that` starts when the word after `that` is a finite verb (`said that was a mistake`): `that` is
 * then the clause's subject, and starts it; -1 when `that` is a relative after a noun (`remarks that were echoed`,
 * `told reporters after the meeting that was held …`), which reports nothing. Any other clause starts at `a`.
 */
function demonstrativeStart(ctx: ReportedContext, a: number): number {
  const { tokens, cue } = ctx;
  if (tokens[a - 1]?.lower !== "that" || !FINITE_AUXILIARIES.has(tokens[a]?.lower ?? "")) return a;
  const before = tokens[cue.first - 1];
  const nounCue = before !== undefined && (before.text === "," || before.possessive || NOUN_BEFORE.has(before.lower));
  return a - 1 === cue.last && !nounCue ? a - 1 : -1;
}
