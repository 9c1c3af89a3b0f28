import { clauseStart, closesSentence } from "./clause-bounds";
import { clause, type ReportedRule } from "./context";
import { cueSpan, speechCueFree } from "./cue-span";

/** `CLAUSE, X said.`, `CLAUSE, said X.`, `CLAUSE, X told reporters on Tuesday.`: the cue closes the sentence. */
export const CLOSING_CUE = {
  name: "reported-closing-cue" as const,
  confidence: 0.85,
  doc: "The cue closes the sentence: `CLAUSE, X said.`, `CLAUSE, said X.`, `CLAUSE, X told reporters on Tuesday.`",
  find: (ctx) => {
    if (!speechCueFree(ctx)) return null;
    const { tokens, sentence: s } = ctx;
    const { lead, tail } = cueSpan(ctx);
    if (tokens[lead - 1]?.text !== "," || lead - 1 <= s.first || !closesSentence(tokens, tail, s.last)) return null;
    return clause(clauseStart(tokens, s.first, lead - 1), lead - 1);
  },
} satisfies ReportedRule;
