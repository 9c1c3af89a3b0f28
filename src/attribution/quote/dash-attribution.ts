import { indexMentions } from "../lookup";
import type { Decision, QuoteContext } from "./context";

/** Dashes that introduce a source after a quotation: em, en, horizontal bar, figure dash, doubled hyphens. */
const DASHES = /^(?:—|–|―|‒|--|-)$/;
/** How many words may follow the name before the paragraph ends (`— Sen. Jane Doe, R-Maine`). */
const MAX_TRAILING_WORDS = 8;

/** `“…” — Sen. Jane Doe`: a dash and a name after the quotation, ending the paragraph. */
export function dashAttribution(ctx: QuoteContext): Decision | null {
  const { tokens, k, sentence } = ctx;
  const dash = tokens[k + 1];
  if (!dash || !DASHES.test(dash.text)) return null;
  const m = indexMentions(ctx.mentions).byLead.get(k + 2);
  if (!m || m.kind !== "name") return null;
  let words = 0;
  for (let x = m.last; x < sentence.last; x++) if (tokens[x]!.kind !== "punct") words++;
  if (words > MAX_TRAILING_WORDS) return null;
  return ctx.decide(m, null);
}
