import type { ReportedRule } from "./context";
import { readVerbContent } from "./verb-content";

/**
 * `…, promising to lift regulations`, `…, vowing to stay in the race`: the participle of a verb of saying that takes an
 * infinitive, after its clause; its subject is the clause's. Tried before the rules that read a clause after a cue, which
 * would take the infinitive's verb for a bare clause (`promising to cut fares` is no report that fares were cut).
 */
export const INTENTION_PARTICIPLE = {
  name: "reported-intention-participle" as const,
  confidence: 0.85,
  doc: "The participle of a verb of promise and its infinitive: `…, promising to lift regulations`, `…, vowing to stay`.",
  find: (ctx) => {
    const { cue, source, tokens } = ctx;
    if (ctx.kind !== "speech" || !cue.gerund || cue.sourceAfter || !source || source.last > cue.first || tokens[cue.last]?.lower !== "to") return null;
    const c = readVerbContent(tokens, cue.last - 1, ctx.sentence.last);
    return c && c.shape === "intention" ? { a: c.a, b: c.b, minWords: c.minWords, finite: c.finite } : null;
  },
} satisfies ReportedRule;
