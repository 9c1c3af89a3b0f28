import { ARTICLES } from "../../lexicon/function-words";
import { clauseEnd, clauseStart, closesSentence, MAX_TAIL_TOKENS } from "./clause-bounds";
import { hasFiniteVerb } from "./clause-words";
import { clause, type ReportedRule } from "./context";
import { cueSpan } from "./cue-span";

/** `As CNN reported, CLAUSE` and `CLAUSE, as the Times reported.`: the cue in a clause of manner. */
export const AS_REPORTED = {
  name: "reported-as-reported" as const,
  confidence: 0.85,
  doc: "The cue in a clause of manner: `As CNN reported, CLAUSE` and `CLAUSE, as the Times reported.`",
  find: (ctx) => {
    const { tokens, cue, sentence: s, source: m } = ctx;
    if (ctx.kind !== "speech" || cue.sourceAfter || !m) return null;
    const { lead, tail } = cueSpan(ctx);
    const as = ARTICLES.has(tokens[lead - 1]?.lower ?? "") ? lead - 2 : lead - 1;
    if (tokens[as]?.lower !== "as" || m.last > cue.first) return null;
    if (as === s.first) {
      let c = tail;
      while (c < s.last && c - tail <= MAX_TAIL_TOKENS && tokens[c]!.kind === "word") c++;
      if (tokens[c]?.text !== ",") return null;
      // `As Breitbart News reported, even on Friday morning, the White House …`: an adverbial between the commas.
      let d = c + 1;
      while (d < s.last && d - c <= MAX_TAIL_TOKENS && tokens[d]!.kind === "word") d++;
      if (tokens[d]?.text === "," && !hasFiniteVerb(tokens, c + 1, d)) c = d;
      return clause(c + 1, clauseEnd(tokens, c + 1, s.last));
    }
    if (tokens[as - 1]?.text === "," && as - 1 > s.first && closesSentence(tokens, tail, s.last)) return clause(clauseStart(tokens, s.first, as - 1), as - 1);
    return null;
  },
} satisfies ReportedRule;
