import { clauseEnd, subordinateEnd, withoutTrailingTime } from "./clause-bounds";
import type { AfterShape } from "./clause-after-cue";
import { MIN_CLAUSE_WORDS, MIN_SPEECH_OBJECT_WORDS, type FoundClause, type ReportedContext } from "./context";
import { speechCueFree } from "./cue-span";

/**
 * The content after a verb of saying whose clause opens in one of `shapes`: from the clause's start to its end; an
 * object (`announced his retirement on Friday`) without a closing time adverbial and without a verb of its own.
 */
export function afterCue(ctx: ReportedContext, ...shapes: AfterShape[]): FoundClause | null {
  if (!speechCueFree(ctx) || ctx.source!.last > ctx.cue.first) return null;
  const after = ctx.after();
  if (!after || !shapes.includes(after.shape)) return null;
  const { tokens, sentence: s } = ctx;
  const b = subordinateEnd(tokens, Math.min(ctx.source!.lead, ctx.cue.first), after.a, clauseEnd(tokens, after.a, s.last), s.last, after.shape === "object");
  if (after.shape === "object") return { a: after.a, b: withoutTrailingTime(tokens, after.a, b), minWords: MIN_SPEECH_OBJECT_WORDS, finite: false };
  return { a: after.a, b, minWords: MIN_CLAUSE_WORDS, finite: true };
}
