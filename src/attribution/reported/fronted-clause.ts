/**
 * A cue inside a fronted subordinate clause: `While he refused to release the prisoners, the mayor deemed …`,
 * `Because early polls indicated that Brandt was ahead, there is a sense …`. The subordinate clause, with the report
 * in it, ends at the comma before the sentence's main clause; the content ends there too.
 */
import type { Sentence } from "../../speakers/split-sentences";
import type { Token } from "../../speakers/tokenize";
import { BEFORE_SUBORDINATOR, SUBORDINATORS } from "../../lexicon/function-words";
import { interpolationEnd, startsClause, verbFollows } from "./clause-words";

/**
 * How far into the sentence a content read after its cue may start and still be inside the fronted clause: a
 * subordinate clause runs a few dozen words before its comma, and the bound keeps each content's check short however
 * long the sentence.
 */
const MAX_FRONTED_TOKENS = 40;

/**
 * Where content `a`..`b`, read after its cue, ends when the cue stands in a fronted subordinate clause still open at
 * `a` (no punctuation from the sentence's subordinator to `a`): at the first comma after which a main clause opens (a
 * subject and its verb). Else `b`.
 */
export function frontedClauseEnd(tokens: readonly Token[], s: Sentence, a: number, b: number): number {
  let f = s.first;
  if (BEFORE_SUBORDINATOR.has(tokens[f]?.lower ?? "")) f++;
  const opener = tokens[f];
  // `despite` opens a phrase, not a clause with a subject and a verb of its own.
  if (!opener || opener.kind !== "word" || !SUBORDINATORS.has(opener.lower) || opener.lower === "despite" || f >= a || a - f > MAX_FRONTED_TOKENS) return b;
  // `While Sen. Ted Cruz said …`: an abbreviation's period or a hyphen does not close the subordinate clause, nor does an
  // aside between dashes (`When X argued — in one sentence — that …`).
  for (let k = f + 1; k < a; k++) {
    const close = interpolationEnd(tokens, k, a);
    if (close > k) k = close;
    else if (tokens[k]!.kind !== "word" && tokens[k]!.text !== "." && tokens[k]!.text !== "-") return b;
  }
  for (let k = a + 1; k < b; k++) {
    if (tokens[k]!.text !== "," || /^\d/.test(tokens[k + 1]?.text ?? "")) continue;
    if (startsClause(tokens[k + 1]) && verbFollows(tokens, k + 1, b)) return k;
  }
  return b;
}
