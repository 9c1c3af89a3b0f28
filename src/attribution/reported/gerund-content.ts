import type { Token } from "../../speakers/tokenize";
import { isFunctionWord } from "../../speakers/word-tags";
import { VerbBit } from "../../lexicon/verb-classes";
import { ING_PREPOSITIONS } from "../../lexicon/function-words";
import { isAuxiliary } from "../cues";
import { clauseEnd, subordinateEnd, withoutTrailingTime } from "./clause-bounds";
import { nonFiniteContrastEnd } from "./clause-breaks";
import { MIN_SPEECH_OBJECT_WORDS, type ReportedRule } from "./context";

/** A gerund is a word in `-ing` of more letters than `sing`: `raising`, `using`, `having`. */
const MIN_GERUND_LENGTH = 5;

/**
 * A verb of saying whose content is a gerund: `Mr. Trump reported raising $9 million`, `has admitted (to) using the tax
 * code`, `denied taking bribes`, `recalled seeing him`. The content runs from the gerund to the clause's end; a word in
 * `-ing` that is a grammatical word or a preposition (`during`, `including`, `according`) is no gerund.
 */
export const GERUND_CONTENT = {
  name: "reported-gerund-content" as const,
  confidence: 0.85,
  doc: "A verb of saying and a gerund: `reported raising $9 million`, `admitted using the tax code`, `denied taking bribes`.",
  candidates: ["speech-before"],
  find: (ctx) => {
    const { cue, tokens, source } = ctx;
    if (cue.gerund || !ctx.cueFree() || source!.last > cue.first || (cue.verb & VerbBit.GERUND_CONTENT) === 0) return null;
    // `The FEC report covering …`: a bare form is a noun unless an auxiliary makes it a verb (`did not mention raising`).
    const before = tokens[cue.first - 1];
    if (tokens[cue.first]!.lower === cue.lemma && !(before && isAuxiliary(before))) return null;
    // `admitted to lying`: the gerund after its preposition.
    const a = tokens[cue.last]?.lower === "to" && isGerund(tokens[cue.last + 1]) ? cue.last + 1 : cue.last;
    if (!isGerund(tokens[a])) return null;
    const last = ctx.sentence.last;
    const b = subordinateEnd(tokens, Math.min(source!.lead, cue.first), a, clauseEnd(tokens, a, last), last, true);
    return { a, b: withoutTrailingTime(tokens, a, nonFiniteContrastEnd(tokens, a, b)), minWords: MIN_SPEECH_OBJECT_WORDS, finite: false };
  },
} satisfies ReportedRule;

/** A gerund: a lower-case word in `-ing` that is no grammatical word (`during`, `according`, `nothing`). */
function isGerund(t: Token | undefined): boolean {
  return t !== undefined && t.kind === "word" && !t.cap && t.lower.length >= MIN_GERUND_LENGTH && t.lower.endsWith("ing") &&
    !isFunctionWord(t.lower) && !ING_PREPOSITIONS.has(t.lower) && !t.lower.endsWith("thing");
}
