import { tokenBefore, type Token } from "../../speakers/tokenize";
import { WordClass } from "../../speakers/word-tags";
import { POSSESSIVE_DETERMINERS, SOURCE_LEAD_DETERMINERS } from "../../lexicon/function-words";
import { isStop } from "../cues";
import type { ReportedContext } from "./context";

/** How many tokens the second member of a source after its cue may take (`said Doyle and other party leaders`). */
const MAX_COORDINATED_SOURCE = 5;

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
  const before = tokenBefore(ctx.tokens, m.lead);
  const lead = m.lead < ctx.cue.first && before?.kind === "word" && SOURCE_LEAD_DETERMINERS.has(before.lower) ? m.lead - 1 : m.lead;
  const tail = Math.max(m.last, ctx.cue.last);
  // `…, said Doyle and others.`, `…, say Ms. Ortiz and her aides,`: a source after its cue may be coordinated.
  return { lead: Math.min(lead, ctx.cue.first), tail: m.last > ctx.cue.first ? coordinatedEnd(ctx.tokens, tail, ctx.sentence.last) : tail };
}

/**
 * After a source that follows its cue, the token after a second member joined by `and` (`Doyle and others`, `Mr. Lee
 * and two aides`) — names, groups, roles and their determiners up to the sentence's end; `tail` otherwise.
 */
function coordinatedEnd(tokens: readonly Token[], tail: number, last: number): number {
  if (tokens[tail]?.lower !== "and") return tail;
  let x = tail + 1;
  for (; x < last && x - tail <= MAX_COORDINATED_SOURCE; x++) {
    const t = tokens[x]!;
    if (t.text === "." && !isStop(tokens, x)) continue;
    if (t.kind !== "word") break;
    if (!t.cap && (t.classes & (WordClass.GROUP_NOUN | WordClass.ROLE_NOUN)) === 0 && !SOURCE_LEAD_DETERMINERS.has(t.lower) && !POSSESSIVE_DETERMINERS.has(t.lower)) return tail;
  }
  // Only where the sentence ends: after a comma the clause may go on around the cue (`…, said X and others, would …`),
  // whose content the parenthetical rule reads only in part.
  return x > tail + 1 && (x >= last || isStop(tokens, x)) ? x : tail;
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
