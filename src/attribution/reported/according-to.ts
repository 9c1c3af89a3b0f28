import { clauseEnd, clauseStart } from "./clause-bounds";
import { findToken } from "./clause-words";
import { clause, type ReportedRule } from "./context";

/** How many tokens the source after `According to` may take before its comma. */
const SOURCE_REACH = 6;

/** `According to X, CLAUSE` and `CLAUSE, according to X.` */
export const ACCORDING_TO = {
  name: "reported-according-to" as const,
  confidence: 0.86,
  doc: "`According to X, CLAUSE` and `CLAUSE, according to X.`",
  find: (ctx) => {
    const { tokens, cue, sentence: s, source } = ctx;
    if (ctx.kind !== "speech" || !cue.sourceAfter || !source) return null;
    if (cue.first === s.first || (cue.first === s.first + 1 && tokens[s.first]!.kind === "word")) {
      const comma = findToken(tokens, source.last, s.last, ",", SOURCE_REACH);
      return comma < 0 ? null : clause(comma + 1, clauseEnd(tokens, comma + 1, s.last));
    }
    if (tokens[cue.first - 1]?.text === ",") return clause(clauseStart(tokens, s.first, cue.first - 1), cue.first - 1);
    return null;
  },
} satisfies ReportedRule;
