import type { Token } from "../../speakers/tokenize";
import type { Cue } from "../cues";
import { NEGATIONS } from "../../lexicon/not-claims";
import type { ReportedRule } from "./context";
import { afterCue } from "./after-cue";
import { straightApostrophes } from "./clause-words";
import { timeOfSaying } from "./opens-clause";

/** How many tokens before a cue may hold its negation: `would not say`, `has not yet said`. */
const NEGATION_REACH = 3;

/** An indirect question after a verb of saying (and its hearer): `did not say when …`, `told reporters how …`. */
export const INDIRECT_QUESTION = {
  name: "reported-indirect-question" as const,
  confidence: 0.85,
  doc: "An indirect question after a verb of saying (and its hearer): `did not say when …`, `told reporters how …`.",
  candidates: ["speech-before"],
  find: (ctx) => {
    const found = afterCue(ctx, "indirect-question");
    // `said when she resigned`, `told the show when asked about …`: a `when` is the time of the saying, unless the
    // saying is withheld (`did not say when`, `declined to say when`), which makes it a question, or a comma closes it
    // inside the report (`said when the ferries return, fares will fall`).
    if (found && timeOfSaying(ctx.tokens, found.a, found.b) && !negated(ctx.tokens, ctx.cue)) return null;
    return found;
  },
} satisfies ReportedRule;

/** A negation or a refusal in or just before the cue: `did not say`, `won’t say`, `declined to say`. */
function negated(tokens: readonly Token[], cue: Cue): boolean {
  for (let k = Math.max(0, cue.first - NEGATION_REACH); k < cue.last; k++) {
    const w = straightApostrophes(tokens[k]!.lower);
    if (NEGATIONS.has(w) || w.endsWith("n't")) return true;
  }
  return false;
}
