/**
 * A time adverbial between a verb and what follows it (`said Tuesday that`, `urged on Monday night to`): the cue's,
 * never part of the content. Read by the rules that skip it; every look is bounded to a few tokens.
 */
import { MONTH_NAMES } from "../../lexicon/dates";
import type { Token } from "../../speakers/tokenize";
import { SHORT_ADVERBIALS, TIME_ADJUNCT_WORDS, TIME_OPENERS, TIME_PLACERS } from "../../lexicon/function-words";

/** A year written in figures: `2015`. */
const YEAR = /^(?:1[89]|20)\d\d$/;
/** How many words a time adverbial between a verb and its infinitive may take (`earlier this week`, `on Monday night`). */
const MAX_TIME_ADJUNCT = 4;

/**
 * True when tokens `a`..`b - 1` are a time adverbial alone (`Tuesday`, `on Monday night`, `last month`, `again`): the
 * cue's, never part of the content after it. One word at least must name the time (`this` alone is no adverbial).
 */
export function isTimeAdjunct(tokens: readonly Token[], a: number, b: number): boolean {
  if (b <= a || b - a > MAX_TIME_ADJUNCT) return false;
  let named = false;
  for (let x = a; x < b; x++) {
    const t = tokens[x]!;
    // `in October`, `in early March`, `in May 2015`: a month, capitalised, with its year after it.
    // A month names a time only when capitalised (`in October`, `last March`; not the modal `may`).
    if (t.kind === "word" && t.cap && MONTH_NAMES.has(t.lower)) { named = true; continue; }
    if (t.kind === "word" && TIME_PLACERS.has(t.lower) && x + 1 < b) continue;
    if (t.lower === "in" && x + 1 < b && monthOrYear(tokens[x + 1]!)) continue;
    if (x > a && YEAR.test(t.text) && ((tokens[x - 1]!.cap && MONTH_NAMES.has(tokens[x - 1]!.lower)) || TIME_PLACERS.has(tokens[x - 1]!.lower) || tokens[x - 1]!.lower === "in")) { named = true; continue; }
    if (t.kind !== "word" || !TIME_ADJUNCT_WORDS.has(t.lower)) return false;
    if (!TIME_OPENERS.has(t.lower) || SHORT_ADVERBIALS.has(t.lower)) named = true;
  }
  return named;
}

/** A month, capitalised, a year in figures or a word placing a time in one (`October`, `2015`, `early`). */
function monthOrYear(t: Token): boolean {
  return (t.cap && MONTH_NAMES.has(t.lower)) || YEAR.test(t.text) || TIME_PLACERS.has(t.lower);
}
