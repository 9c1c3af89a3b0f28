import type { ReportedRule } from "./context";
import { afterCue } from "./after-cue";
import { opensClause, pluralEndsObject, timeOfSaying } from "./opens-clause";

/** A verb of saying and a bare clause: `X said the plan failed`, `says families of victims sue`. */
export const SAID_CLAUSE = {
  name: "reported-said-clause" as const,
  confidence: 0.85,
  doc: "A verb of saying and a bare clause: `X said the plan failed`, `says families of victims sue`.",
  candidates: ["speech-before"],
  find: (ctx) => {
    const found = afterCue(ctx, "bare");
    // `added a note of caution, should …` and `claimed the prize for exceeding expectations` are objects; `said after
    // the hearing he was called to` is a time.
    return found && opensClause(ctx.tokens, found.a, found.b, true) && !pluralEndsObject(ctx.tokens, found.a, found.b) && !timeOfSaying(ctx.tokens, found.a, found.b) ? found : null;
  },
} satisfies ReportedRule;
