import type { ReportedRule } from "./context";
import { afterCue } from "./after-cue";

/** A verb of saying and a bare clause: `X said the plan failed`, `says families of victims sue`. */
export const SAID_CLAUSE = {
  name: "reported-said-clause" as const,
  confidence: 0.85,
  doc: "A verb of saying and a bare clause: `X said the plan failed`, `says families of victims sue`.",
  find: (ctx) => afterCue(ctx, "bare"),
} satisfies ReportedRule;
