import type { ReportedRule } from "./context";
import { afterCue } from "./after-cue";

/** A hearer between the verb and its clause: `X told reporters (that) CLAUSE`, `told “Meet the Press” that …`. */
export const TOLD_HEARER = {
  name: "reported-told-hearer" as const,
  confidence: 0.85,
  doc: "A hearer between the verb and its clause: `X told reporters (that) CLAUSE`, `told “Meet the Press” that …`.",
  candidates: ["speech-before"],
  find: (ctx) => afterCue(ctx, "hearer"),
} satisfies ReportedRule;
