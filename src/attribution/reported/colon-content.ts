import type { AnalyzedParagraph } from "../../speakers/analyze";
import type { Mention } from "../../speakers/find-mentions";
import type { Sentence } from "../../speakers/split-sentences";
import type { Token } from "../../speakers/tokenize";
import { COLON_ASSENT_LEMMAS, COLON_GAP_WORDS, TIME_WORDS } from "../../lexicon/function-words";
import { QUESTION_WORDS } from "../../lexicon/reporting-verbs";
import { VerbBit } from "../../lexicon/verb-classes";
import type { Cue } from "../cues";
import { countWords, hasFiniteVerb, holdsQuote } from "./clause-words";
import { clause, MIN_CLAUSE_WORDS, type ReportedRule } from "./context";

/** The tokens of an ellipsis: `…`, or the periods of `...`. */
const ELLIPSIS_TOKENS = 3;
/** How many words may stand between a verb of saying and its colon: `told reporters on Tuesday:`, `said in a statement:`. */
const COLON_GAP = 6;

/**
 * A verb of saying whose colon opens its content, without quotation marks: `X added: It is typical of …`,
 * `X told reporters: The plan …`, `In a statement, X said: …`. The content runs from the colon to the end of its
 * sentence; a colon that closes its paragraph opens the next paragraph (`colonIntroCue`). A quotation after the colon
 * is a direct quote, left to the quotation rules.
 */
export const COLON_CONTENT = {
  name: "reported-colon" as const,
  confidence: 0.8,
  doc: "A verb of saying and a colon, the content unquoted: `X added: It is …`, `X told reporters: …`, `X said:` closing a paragraph (the next one).",
  candidates: ["speech-before"],
  find: (ctx) => {
    if (!ctx.cueFree() || ctx.source!.last > ctx.cue.first) return null;
    const { tokens, sentence: s } = ctx;
    if (closesQuote(tokens, Math.min(ctx.source!.lead, ctx.cue.first), s.first)) return null;
    const colon = colonAfterCue(tokens, ctx.cue, s.last);
    if (colon < 0 || !unquoted(tokens, colon + 1, s.last)) return null;
    return clause(colon + 1, s.last);
  },
} satisfies ReportedRule;

/**
 * The colon after a verb of saying (`cue.last` onward) with only its adverbials, a name or a hearer before it
 * (`said in a statement:`, `told reporters on Friday:`, `explained why:`); -1 when none stands within `COLON_GAP` words.
 */
export function colonAfterCue(tokens: readonly Token[], cue: Cue, last: number): number {
  if (COLON_ASSENT_LEMMAS.has(cue.lemma)) return -1;
  const hearer = (cue.verb & VerbBit.HEARER_FIRST) !== 0;
  for (let k = cue.last; k < last && k - cue.last <= COLON_GAP; k++) {
    const t = tokens[k]!;
    if (t.text === ":") return k;
    if (t.kind !== "word") return -1;
    if (hearer || t.cap || TIME_WORDS.has(t.lower) || COLON_GAP_WORDS.has(t.lower) || t.lower.endsWith("ly")) continue;
    // `explained why:`: a question word the colon spells out.
    if (!(QUESTION_WORDS.has(t.lower) && tokens[k + 1]?.text === ":")) return -1;
  }
  return -1;
}

/**
 * A quotation closes right before the source and its cue (`“…,” Rubio said:`): what the colon opens goes on with the
 * quoted speech, not a report of its own.
 */
function closesQuote(tokens: readonly Token[], lead: number, first: number): boolean {
  let k = lead - 1;
  if (k >= first && tokens[k]!.kind === "punct") k--;
  return k >= first && tokens[k]!.kind === "quote";
}

/** No quotation in `a`..`b`, which holds words: a quotation after a colon is a direct quote. */
function unquoted(tokens: readonly Token[], a: number, b: number): boolean {
  return a < b && !holdsQuote(tokens, a, b);
}

/**
 * `The governor added:` closing a paragraph: the cue whose source stands before it and whose colon ends the sentence,
 * with its source; undefined when the colon follows no verb of saying (`the forecast remains the same:`).
 */
export function colonIntroCue(tokens: readonly Token[], s: Sentence, cues: readonly Cue[],
  subjectOf: (c: Cue) => Mention | undefined): { cue: Cue; mention: Mention } | undefined {
  for (let n = cues.length - 1; n >= 0; n--) {
    const cue = cues[n]!;
    // A participle's colon opens its speech too (`on his blog, observing of Trump:`); a verb whose other senses dominate does not.
    if (!cue.reporting || cue.sourceAfter || (cue.verb & VerbBit.OTHER_SENSE) !== 0) continue;
    if (colonAfterCue(tokens, cue, s.last) !== s.last - 1) continue;
    const mention = subjectOf(cue);
    return mention && mention.last <= cue.first && !closesQuote(tokens, mention.lead, s.first) ? { cue, mention } : undefined;
  }
  return undefined;
}

/**
 * The content of a paragraph opened by the colon closing the one before (`colonIntroCue`): the whole paragraph, as
 * the speech it spells out, when it holds no quotation, opens with a word and has a clause of its own; else undefined.
 */
export function colonParagraphContent(para: AnalyzedParagraph): { start: number; end: number } | undefined {
  const { tokens } = para;
  let b = tokens.length;
  while (b > 0 && tokens[b - 1]!.kind === "punct") b--;
  // `…at least four …`: an excerpt may open with an ellipsis.
  let a = 0;
  while (a < ELLIPSIS_TOKENS && (tokens[a]?.text === "…" || tokens[a]?.text === ".")) a++;
  if (b <= a || tokens[a]!.kind !== "word" || !unquoted(tokens, a, b)) return undefined;
  if (countWords(tokens, a, b, MIN_CLAUSE_WORDS) < MIN_CLAUSE_WORDS || !hasFiniteVerb(tokens, a, b)) return undefined;
  return { start: tokens[a]!.start, end: tokens[b - 1]!.end };
}
