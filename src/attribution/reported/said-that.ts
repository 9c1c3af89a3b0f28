import type { ReportedRule } from "./context";
import { afterCue } from "./after-cue";

/** A verb of saying and `that`: `X said (on Tuesday) that CLAUSE`, `argued during the debate that …`. */
export const SAID_THAT = {
  name: "reported-said-that" as const,
  confidence: 0.85,
  doc: "A verb of saying and `that`: `X said (on Tuesday) that CLAUSE`, `argued during the debate that …`.",
  candidates: ["speech-before"],
  find: (ctx) => afterCue(ctx, "that"),
} satisfies ReportedRule;
