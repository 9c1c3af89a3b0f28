import type { Token } from "../../speakers/tokenize";
import { isFiniteVerb, isFunctionWord, isNounWord } from "../../speakers/word-tags";
import { APPOSITIVE_OPENERS, DESCRIPTION_OPENERS, REPORTING_PARTICIPLES, TIME_WORDS } from "../../lexicon/function-words";
import { verbIs } from "../../lexicon/verb-classes";
import { isStop } from "../cues";
import { clauseStart, closesWithAdjunct } from "./clause-bounds";
import { hasFiniteVerb } from "./clause-words";
import { clause, type ReportedRule } from "./context";
import { cueSpan } from "./cue-span";

/** How many tokens an appositive after a closing cue's source may take (`, local president of the union`). */
const MAX_APPOSITIVE = 14;
/** How many tokens an appositive that opens with a determiner may take (`, a senior official with the board that …`). */
const MAX_LONG_APPOSITIVE = 40;
/** How many words a hearer's noun phrase may take after its determiner (`told a Senate budget panel`). */
const MAX_HEARER_WORDS = 5;
/** How many words of a role may stand before the source's mention (`…, Algerian foreign ministry spokesman X said`). */
const MAX_ROLE_WORDS = 8;

/** `CLAUSE, X said.`, `CLAUSE, said X.`, `CLAUSE, X told reporters on Tuesday.`: the cue closes the sentence. */
export const CLOSING_CUE = {
  name: "reported-closing-cue" as const,
  confidence: 0.85,
  doc: "The cue closes the sentence: `CLAUSE, X said.`, `CLAUSE, said X.`, `CLAUSE, X told reporters on Tuesday.`",
  candidates: ["speech-before"],
  find: (ctx) => {
    if (!ctx.cueFree()) return null;
    const { tokens, sentence: s } = ctx;
    const { lead, tail } = cueSpan(ctx);
    const comma = roleStart(tokens, lead, s.first) - 1;
    if (tokens[comma]?.text !== "," || comma <= s.first) return null;
    // The cue closes the sentence, or only a participle that goes on reporting or a clause of the cue's own follows:
    // `…, X said, adding that …`, `…, X said Friday, as they bristled at …`.
    const end = hearerEnd(tokens, appositiveEnd(tokens, tail, s.last, ctx.source!.last >= ctx.cue.last), s.last, ctx.cue.lemma);
    if (!closesWithAdjunct(tokens, end, s.last) && !(tokens[end]?.text === "," && REPORTING_PARTICIPLES.has(tokens[end + 1]?.lower ?? ""))) return null;
    return clause(clauseStart(tokens, s.first, comma), comma);
  },
} satisfies ReportedRule;

/**
 * After a cue whose hearer comes first (`told`), the token after a hearer that is a noun phrase without a verb
 * (`…, X told a Senate panel Wednesday.`), so that the adverbials after it are read; `from` when none stands there.
 */
function hearerEnd(tokens: readonly Token[], from: number, last: number, lemma: string): number {
  if (!verbIs(lemma, "hearer-first") || !DESCRIPTION_OPENERS.has(tokens[from]?.lower ?? "")) return from;
  let x = from + 1;
  while (x < last && x - from <= MAX_HEARER_WORDS && tokens[x]!.kind === "word" && !TIME_WORDS.has(tokens[x]!.lower) && !isFunctionWord(tokens[x]!.lower)) x++;
  return x > from + 1 && !hasFiniteVerb(tokens, from + 1, x) ? x : from;
}

/** Where the words of a role before a source's mention start (`Algerian foreign affairs ministry spokesman`): `lead` when there are none. */
function roleStart(tokens: readonly Token[], lead: number, first: number): number {
  let a = lead;
  while (a > first && lead - a < MAX_ROLE_WORDS) {
    const t = tokens[a - 1]!;
    if (t.kind !== "word" && !(t.text === "." && !isStop(tokens, a - 1)) && t.text !== "-") break;
    if (t.kind === "word" && !t.cap && isFiniteVerb(t.lower) && !isNounWord(t.lower)) return lead;
    a--;
  }
  return tokens[a - 1]?.text === "," ? a : lead;
}

/**
 * After a source, the token after its appositive (`…, said Serene Gregg, local president of the union.`) and a
 * participle that goes on reporting (`, adding that …`); `tail` when no appositive without a verb follows. `sourceLast`:
 * the source ends the cue's span (`said X, …`), so what follows its comma may be its appositive.
 */
function appositiveEnd(tokens: readonly Token[], tail: number, last: number, sourceLast: boolean): number {
  if (tokens[tail]?.text !== ",") return tail;
  // `…, said X, a senior official with the board that oversees them.`: an appositive that opens with a determiner or a
  // relative pronoun runs to the sentence's end, verbs of its relative clauses included.
  if (sourceLast && APPOSITIVE_OPENERS.has(tokens[tail + 1]?.lower ?? "")) {
    let y = tail + 1;
    while (y < last && y - tail <= MAX_LONG_APPOSITIVE && tokens[y]!.kind !== "quote" && !isStop(tokens, y)) y++;
    if (y >= last || isStop(tokens, y)) return y;
  }
  let x = tail + 1;
  while (x < last && x - tail <= MAX_APPOSITIVE && (tokens[x]!.kind === "word" || (tokens[x]!.text === "." && !isStop(tokens, x)) || tokens[x]!.text === "-")) x++;
  if (x === tail + 1 || hasFiniteVerb(tokens, tail + 1, x)) return tail;
  return x;
}
