import type { ReportedRule } from "./context";
import { readVerbContent } from "./verb-content";
import { inSubordinate } from "./verb-rules";

/**
 * `has vowed to stay in the race`, `…, promising to lift regulations`: a verb of saying that takes an infinitive (a
 * participle's subject is its clause's). Tried before the rules that read a clause after a cue, which would take the
 * infinitive for a bare clause (`promising to cut fares` is no report that fares were cut) and find no verb in it.
 */
export const PROMISE_INFINITIVE = {
  name: "reported-promise-infinitive" as const,
  confidence: 0.85,
  doc: "A verb of promise and its infinitive: `has vowed to stay in the race`, `…, promising to lift regulations`.",
  candidates: ["speech-before"],
  find: (ctx) => {
    const { cue, source, tokens } = ctx;
    if (ctx.kind !== "speech" || cue.sourceAfter || !source || source.last > cue.first || tokens[cue.last]?.lower !== "to") return null;
    const c = readVerbContent(tokens, cue.last - 1, ctx.sentence.last);
    return c && c.shape === "intention" ? inSubordinate(ctx, { a: c.a, b: c.b, minWords: c.minWords, finite: c.finite }) : null;
  },
} satisfies ReportedRule;
