import type { ReportedRule } from "./context";
import { afterCue } from "./after-cue";

/** An indirect question after a verb of saying (and its hearer): `did not say when …`, `told reporters how …`. */
export const INDIRECT_QUESTION = {
  name: "reported-indirect-question" as const,
  confidence: 0.85,
  doc: "An indirect question after a verb of saying (and its hearer): `did not say when …`, `told reporters how …`.",
  find: (ctx) => afterCue(ctx, "indirect-question"),
} satisfies ReportedRule;
