import type { Mention } from "../../speakers/find-mentions";
import type { Decision, QuoteContext } from "./context";

/** A speaker's label in capitals and a colon: `PENCE: …`. */
// `\s{0,40}`, not `\s*`: an unbounded run of spaces after the label backtracks quadratically (npm run check:redos).
const LABEL = /^\s*([\p{Lu}][\p{Lu}.'’ -]{1,40}?)\s{0,40}:\s/u;
/** A label this close to the quotation's opening mark may stand before it, at the paragraph's start. */
const LABEL_BEFORE_REACH = 40;

/** Interview transcripts: `PENCE: …` at the start of the quotation or of the paragraph. */
export function transcriptLabel(ctx: QuoteContext): Decision | null {
  const { para, span } = ctx;
  const inside = para.text.slice(span.start, span.end);
  const m = LABEL.exec(inside) ?? (span.open < LABEL_BEFORE_REACH ? LABEL.exec(para.text.slice(0, span.open)) : null);
  if (!m) return null;
  const label = m[1]!.trim();
  if (label.length < 2 || !/\p{Lu}{2}/u.test(label)) return null;
  const entity = ctx.state.labelled(label);
  const offset = m.index + m[0].indexOf(label) + (inside === m.input ? span.start : 0);
  const mention = { text: label, paragraph: para.index, start: offset, end: offset + label.length };
  return { entity, mention: mention as unknown as Mention, cue: null };
}
