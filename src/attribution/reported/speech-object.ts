import type { ReportedRule } from "./context";
import { afterCue } from "./after-cue";

/** The object of a verb of saying: `announced his resignation`, `denied wrongdoing`, `emphasised the importance of …`. */
export const SPEECH_OBJECT = {
  name: "reported-speech-object" as const,
  confidence: 0.85,
  doc: "The object of a verb of saying: `announced his resignation`, `denied wrongdoing`, `emphasised the importance of …`.",
  find: (ctx) => afterCue(ctx, "object"),
} satisfies ReportedRule;
