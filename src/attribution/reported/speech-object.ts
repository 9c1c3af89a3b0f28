import type { ReportedRule } from "./context";
import { OBJECT_PRONOUNS } from "../../lexicon/not-claims";
import { afterCue } from "./after-cue";

/** The object of a verb of saying: `announced his resignation`, `denied wrongdoing`, `emphasised the importance of …`. */
export const SPEECH_OBJECT = {
  name: "reported-speech-object" as const,
  confidence: 0.85,
  doc: "The object of a verb of saying: `announced his resignation`, `denied wrongdoing`, `emphasised the importance of …`.",
  candidates: ["speech-before"],
  find: (ctx) => {
    const found = afterCue(ctx, "object");
    // `could deny them mining permits`: an object pronoun is a beneficiary or a hearer, and what follows no claim.
    return found && !OBJECT_PRONOUNS.has(ctx.tokens[found.a]?.lower ?? "") ? found : null;
  },
} satisfies ReportedRule;
