/**
 * A subordinate clause of a closing cue's own, after its source: `…, X said as he left the hall.`, `…, X told his
 * advisers while touring the plant.`, `…, X said in posing the question to Y.` It says when or how the words were
 * said, so what stands before the comma is still the report.
 */
import type { Token } from "../../speakers/tokenize";
import { startsClause, startsClauseStrict, verbFollows } from "./clause-words";
import { CUE_OWN_PREPOSITIONS, CUE_OWN_SUBORDINATORS, ING_PREPOSITIONS, TIME_WORDS } from "../../lexicon/function-words";

/** How many words of a time or a name (`on Thursday`, `CNN`) may stand before the subordinate clause. */
const MAX_LEAD_WORDS = 8;
/** A gerund is a word in `-ing` of more letters than `sing`: `posing`, `touring`. */
const MIN_GERUND_LENGTH = 5;

/**
 * True when, from `from` (the token after a closing cue's source, appositive or hearer), a subordinator and the word
 * that opens its clause (`as he labored`, `while touring`), or a preposition and a gerund (`in posing the question`),
 * follow, after at most a few words of a time or a name.
 */
export function closesWithOwnClause(tokens: readonly Token[], from: number, last: number): boolean {
  let x = from;
  // Only a time or a name may come first (`said Thursday as …`, `told CNN while …`): an object or `that` opens the
  // cue's own content (`said that a swap …`, `moved to emphasize border security as a priority`).
  while (x < last && x - from < MAX_LEAD_WORDS && tokens[x]!.kind === "word" && !opensOwnClause(tokens, x, last)) {
    if (!TIME_WORDS.has(tokens[x]!.lower) && !tokens[x]!.cap) return false;
    x++;
  }
  return x < last && opensOwnClause(tokens, x, last);
}

/**
 * A subordinator and a word (`as he`, `while touring`), or a preposition of circumstance and a gerund (`in posing`,
 * `after meeting`, `by tacking`); `insisted on getting` is the verb's own content.
 */
function opensOwnClause(tokens: readonly Token[], x: number, last: number): boolean {
  const t = tokens[x]!;
  const next = tokens[x + 1];
  if (t.cap || next?.kind !== "word") return false;
  // `as he left`, `while touring`, `after the board met`; not a phrase (`testified before the Senate`, `as a witness`).
  if (CUE_OWN_SUBORDINATORS.has(t.lower)) return isGerund(next) || startsClauseStrict(next) || (startsClause(next) && verbFollows(tokens, x + 1, last));
  return CUE_OWN_PREPOSITIONS.has(t.lower) && isGerund(next);
}

/** A gerund: a lower-case word in `-ing` that is no preposition (`according`, `including`). */
function isGerund(t: Token): boolean {
  return !t.cap && t.lower.length >= MIN_GERUND_LENGTH && t.lower.endsWith("ing") && !ING_PREPOSITIONS.has(t.lower);
}
