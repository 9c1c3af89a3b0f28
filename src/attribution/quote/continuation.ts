import type { Decision, QuoteContext } from "./context";

/** How many paragraphs back an unmarked continuation may inherit a speaker from. */
const CONTINUATION_REACH = 1;

/** A piece that continues a quotation left open in the previous paragraph has that quotation's speaker. */
export function continuationPiece(ctx: QuoteContext): Decision | null {
  if (!ctx.span.continuation || ctx.qi === 0) return null;
  const prev = ctx.decided[ctx.qi - 1]!;
  if (!prev.entity) return prev.mention && ctx.state.unnamed(prev.mention) ? { entity: null, mention: prev.mention, cue: prev.cue } : null;
  return { entity: prev.entity, mention: prev.mention, cue: prev.cue, atMost: prev.confidence };
}

/** Whether the quotation opens its paragraph (after an opening dash at most) and whether it opens its sentence. */
function opening(ctx: QuoteContext): { paragraph: boolean; sentence: boolean } {
  const { k, tokens } = ctx;
  return { paragraph: k === 0 || (tokens[k - 1]?.kind === "punct" && k === 1), sentence: k === ctx.sentence.first };
}

/**
 * A quotation opening a sentence continues the paragraph's last speaker (`…, Schiff said. “The other factor …”`); one
 * opening a paragraph continues the speaker of the paragraph before.
 */
export function continuation(ctx: QuoteContext): Decision | null {
  const { state, para } = ctx;
  const open = opening(ctx);
  const last = state.lastAttribution;
  if (!last) return null;
  // An unnamed source's words go on unnamed, with the description that stood for it (`the spokesperson`).
  const d = { entity: last.entity, mention: last.entity ? null : last.mention ?? null, cue: null };
  if (!open.paragraph && open.sentence && state.lastAttributionParagraph === para.index) return d;
  if (open.paragraph && para.index - state.lastAttributionParagraph <= CONTINUATION_REACH) return d;
  return null;
}

/**
 * Failing a speaker to continue, a quotation opening a sentence takes the named subject of a verb earlier in the
 * paragraph (`X called him a master at deals. “He showed …”`), and one opening a paragraph the person the paragraph
 * before was about (`Viguerie is upbeat about Cruz.` then `“Not only can Cruz win …”`).
 */
export function previousSubject(ctx: QuoteContext): Decision | null {
  const { state, para } = ctx;
  const open = opening(ctx);
  let entity = null;
  if (!open.paragraph && open.sentence) entity = state.lastCueSubjectParagraph === para.index ? state.lastCueSubject : state.paragraphSubject;
  else if (open.paragraph) entity = state.previousParagraphSubject;
  return entity ? { entity, mention: null, cue: null } : null;
}

/**
 * A quotation inside a sentence with no speech verb, after the paragraph's latest speaker (`…, Howitt says. Just
 * because scientists saw it first, “that doesn’t mean it evolved first.”`): that speaker still talking.
 */
export function paragraphContinuation(ctx: QuoteContext): Decision | null {
  const last = ctx.state.lastAttribution;
  if (!last?.entity || ctx.cues.length > 0 || ctx.state.lastAttributionParagraph !== ctx.para.index) return null;
  return { entity: last.entity, mention: null, cue: null };
}
