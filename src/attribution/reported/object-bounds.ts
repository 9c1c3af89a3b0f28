/**
 * Where a stance verb's object ends (`denied the claims`, `dismissed the comments as unfounded`): the object grammar
 * beside the clause grammar of `clause-bounds.ts`.
 */
import type { Token } from "../../speakers/tokenize";
import { SPEECH_VERBS } from "../../lexicon/speech-verbs";
import { isFunctionWord } from "../../speakers/word-tags";
import { OBJECT_STOP, TIME_NOUNS, TIME_OPENERS, VERB_AFTER_AND } from "../../lexicon/function-words";
import { isAuxiliary, isStop } from "../cues";
import { startsClause, verbFollows } from "./clause-words";
import { MAX_CLAUSE_TOKENS } from "./clause-bounds";
import { placeComma } from "../place-comma";

/** Where a stance verb's object ends: punctuation, a quotation, a subordinate clause, a time adverbial or a new verb after `and`. */
export function objectEnd(tokens: readonly Token[], a: number, last: number): number {
  last = Math.min(last, a + MAX_CLAUSE_TOKENS);
  for (let k = a; k < last; k++) {
    const t = tokens[k]!;
    // `criticized Tulsa, Okla., police officer Betty Shelby`: a city and its state are one name, commas included.
    const place = placeComma(tokens, k);
    if (place >= 0) { k = placeEnd(tokens, place); continue; }
    // `Sen. Ted Cruz`: the period of an abbreviation does not end the object.
    if (t.kind !== "word" && !(t.text === "." && !isStop(tokens, k))) return k;
    if (k === a) continue;
    // `dismissed the comments as within the bounds of debate`: `as` and its complement belong to the object; `as he
    // left`, `as has the mayor`, `as well` open a clause or a comparison of their own.
    if (t.lower === "as" && objectAs(tokens, k + 1, last)) continue;
    if (OBJECT_STOP.has(t.lower)) return k;
    if (TIME_OPENERS.has(t.lower) && TIME_NOUNS.has(tokens[k + 1]?.lower ?? "")) return k;
    if ((t.lower === "and" || t.lower === "or") && VERB_AFTER_AND.has(tokens[k + 1]?.lower ?? "")) return k;
    if (t.lower === "and" && tokens[k + 1]?.kind === "word" && !tokens[k + 1]!.cap && (SPEECH_VERBS.has(tokens[k + 1]!.lower) || /ed$/.test(tokens[k + 1]!.lower))) return k;
  }
  return last;
}

/**
 * The last token of a place whose state ends at `x`: its abbreviation's period, and the comma that closes the pair when
 * the object's noun goes on after it (`Tulsa, Okla., police officer`); not one before a clause or a conjunction.
 */
function placeEnd(tokens: readonly Token[], x: number): number {
  let e = tokens[x + 1]?.text === "." ? x + 1 : x;
  const n = tokens[e + 2];
  if (tokens[e + 1]?.text === "," && n?.kind === "word" && !n.cap && !isFunctionWord(n.lower) && !isAuxiliary(n) && !n.lower.endsWith("ing") && !startsClause(n)) e += 1;
  return e;
}

/** The words at `k` after an object's `as` are its complement (`as an ineffective leader`, `as remote to voters`). */
function objectAs(tokens: readonly Token[], k: number, last: number): boolean {
  const t = tokens[k];
  if (!t || t.kind !== "word" || isAuxiliary(t) || t.lower === "well") return false;
  return !(startsClause(t) && verbFollows(tokens, k, last));
}

/**
 * Where an object ends, a quotation inside it included: `decried the “identity politics” of the campaign` is one
 * object, not `the`. The checks of every reported clause then leave an object holding a quoted judgment to the
 * quotation finder, as they do any clause holding a quotation.
 */
export function objectThroughQuotes(tokens: readonly Token[], a: number, last: number): number {
  let b = objectEnd(tokens, a, last);
  while (b < last && tokens[b]!.kind === "quote" && tokens[b + 1]?.kind === "word") b = objectEnd(tokens, b + 1, last);
  return b < last && tokens[b]!.kind === "quote" ? b + 1 : b;
}
