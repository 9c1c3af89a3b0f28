import { SOURCE_LEAD_DETERMINERS } from "../../lexicon/function-words";
import type { ReportedContext } from "./context";

/** The tokens a cue and its source take together: `Mr Smith, the mayor, said`, `said Mr Smith`. */
export interface CueSpan {
  /** The first token of the source or the cue, whichever comes first (a role before the name included). */
  readonly lead: number;
  /** The token after the source or the cue, whichever ends last. */
  readonly tail: number;
}

/** The span of a candidate's cue and source; the source must be known. */
export function cueSpan(ctx: ReportedContext): CueSpan {
  const m = ctx.source!;
  // `the Times said`, `these people said`: a determiner the mention left out opens the source.
  const before = ctx.tokens[m.lead - 1];
  const lead = m.lead < ctx.cue.first && before?.kind === "word" && SOURCE_LEAD_DETERMINERS.has(before.lower) ? m.lead - 1 : m.lead;
  return { lead: Math.min(lead, ctx.cue.first), tail: Math.max(m.last, ctx.cue.last) };
}

/** A quotation opens right after the cue and its source (`At the rally, X said, “…”`), past commas and colons. */
export function opensQuote(ctx: ReportedContext): boolean {
  const { tokens } = ctx;
  let after = cueSpan(ctx).tail;
  while (after < ctx.sentence.last && (tokens[after]!.text === "," || tokens[after]!.text === ":")) after++;
  return tokens[after]?.kind === "quote";
}

/**
 * A verb of saying (not `according to`) whose source stands before it and that opens no quotation: what stands before
 * a cue that opens a quotation (`At the rally, X said, “…”`) is not reported speech.
 */
export function speechCueFree(ctx: ReportedContext): boolean {
  if (ctx.kind !== "speech" || ctx.cue.sourceAfter || !ctx.source) return false;
  const { tail } = cueSpan(ctx);
  return !(opensQuote(ctx) && tail > ctx.cue.first && ctx.source.last <= ctx.cue.first);
}
