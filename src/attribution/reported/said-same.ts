import type { Token } from "../../speakers/tokenize";
import { VerbBit } from "../../lexicon/verb-classes";
import { ANAPHORIC_ANSWERS, ANAPHORIC_AFTER, CUE_PREPOSITIONS, SHORT_ADVERBIALS } from "../../lexicon/function-words";
import { isStop } from "../cues";
import { MIN_OBJECT_WORDS, type ReportedRule } from "./context";

/** How many words the phrase after `the same of` may take: `the same of the Republican nominee`. */
const SAME_OF_REACH = 6;

/**
 * A verb of saying whose content stands for a claim made before it: `73 percent said the same of Trump`, `has said the
 * same thing`, `Mook said as much`, `half said so`, `75 percent said yes`. Read only right after a cue that takes a
 * clause, and only when the words end there (a comma, a stop, a time or a place), so that `said so far` or `said
 * the same day that …` are left alone.
 */
export const SAID_SAME = {
  name: "reported-said-same" as const,
  confidence: 0.8,
  doc: "A content that stands for a claim made before: `73 percent said the same of Trump`, `said as much`, `half said so`.",
  candidates: ["speech-before"],
  find: (ctx) => {
    const { cue, tokens } = ctx;
    if (!ctx.cueFree() || ctx.source!.last > cue.first || (cue.verb & VerbBit.BARE_CLAUSE) === 0) return null;
    const last = ctx.sentence.last;
    const a = cue.last;
    const b = anaphoricEnd(tokens, a, last);
    return b > a && endsHere(tokens, b, last) ? { a, b, minWords: MIN_OBJECT_WORDS, finite: false } : null;
  },
} satisfies ReportedRule;

/** The end of an anaphoric content at `a` (`the same (thing) (of X)`, `as much`, `so`, `yes (to X)`, `no`), or `a`. */
function anaphoricEnd(tokens: readonly Token[], a: number, last: number): number {
  const w = tokens[a]?.kind === "word" ? tokens[a]!.lower : "";
  if (ANAPHORIC_ANSWERS.has(w)) {
    // `said yes, yes, yes`: the answer repeated is one answer.
    let b = a + 1;
    while (tokens[b]?.text === "," && tokens[b + 1]?.lower === w) b += 2;
    // `said no to the Iraq war`: what the answer is given to belongs to it.
    return w !== "so" && tokens[b]?.lower === "to" ? phraseEnd(tokens, b, last) : b;
  }
  if (w === "as" && tokens[a + 1]?.lower === "much") return a + 2;
  if (w !== "the" || tokens[a + 1]?.lower !== "same") return a;
  let b = a + 2;
  if (tokens[b]?.lower === "thing") b++;
  // `the same of Trump`, `the same for Sanders`, `the same about the economy`: whom the claim is about.
  return tokens[b]?.lower === "of" || tokens[b]?.lower === "for" || tokens[b]?.lower === "about" ? phraseEnd(tokens, b, last) : b;
}

/** The end of the short phrase opened by the preposition at `b` (`of Trump`, `to the Iraq war`), or `b` when none follows. */
function phraseEnd(tokens: readonly Token[], b: number, last: number): number {
  let x = b + 1;
  // `the same of Mr. Trump`: the period of a title's abbreviation goes on with the name.
  while (x < last && x - b <= SAME_OF_REACH && (nameWord(tokens[x]!) || (tokens[x]!.text === "." && !isStop(tokens, x)))) x++;
  return x > b + 1 ? x : b;
}

/** A word of the phrase after `of`: no preposition of the cue's nor a word that ends an anaphoric content. */
function nameWord(t: Token): boolean {
  return t.kind === "word" && !CUE_PREPOSITIONS.has(t.lower) && !ANAPHORIC_AFTER.has(t.lower);
}

/** The content ends at `b`: the sentence ends, a comma or a stop follows, or a time, a place or a conjunction. */
function endsHere(tokens: readonly Token[], b: number, last: number): boolean {
  if (b >= last) return true;
  const t = tokens[b]!;
  if (t.kind !== "word") return t.text === "," || isStop(tokens, b) || t.text === ")";
  return CUE_PREPOSITIONS.has(t.lower) || SHORT_ADVERBIALS.has(t.lower) || ANAPHORIC_AFTER.has(t.lower);
}
