import type { Token } from "../../speakers/tokenize";
import { isNounWord } from "../../speakers/word-tags";
import type { ReportedRule } from "./context";
import { OBJECT_PRONOUNS } from "../../lexicon/not-claims";
import { afterCue } from "./after-cue";
import { hasFiniteVerb, isPastForm } from "./clause-words";

/** The object of a verb of saying: `announced his resignation`, `denied wrongdoing`, `emphasised the importance of …`. */
export const SPEECH_OBJECT = {
  name: "reported-speech-object" as const,
  confidence: 0.85,
  doc: "The object of a verb of saying: `announced his resignation`, `denied wrongdoing`, `emphasised the importance of …`.",
  candidates: ["speech-before"],
  find: (ctx) => {
    const found = afterCue(ctx, "object");
    // `could deny them mining permits`: an object pronoun is a beneficiary or a hearer, and what follows no claim.
    if (!found || OBJECT_PRONOUNS.has(ctx.tokens[found.a]?.lower ?? "")) return null;
    return { ...found, b: secondPredicateEnd(ctx.tokens, found.a, found.b) };
  },
} satisfies ReportedRule;

/**
 * `has promised a veto and attempted to …`: an object has no verb of its own, so a past form after `and` is a second
 * predicate of the cue's subject and ends the object; `b` when none.
 */
function secondPredicateEnd(tokens: readonly Token[], a: number, b: number): number {
  for (let k = a + 1; k < b - 1; k++) {
    const t = tokens[k]!;
    const v = tokens[k + 1]!;
    // `its long-awaited (and long-delayed) launch`: an aside in brackets and a compound adjective go on with the object.
    if (t.lower !== "and" || v.kind !== "word" || v.cap || tokens[k - 1]!.text === "(" || v.lower.includes("-")) continue;
    // `his allegiance to the group that killed 49 people and wounded 53`: a relative's verbs go on after `and`.
    if (isPastForm(v.lower) && !isNounWord(v.lower) && !hasFiniteVerb(tokens, a + 1, k)) return tokens[k - 1]?.text === "," ? k - 1 : k;
  }
  return b;
}
