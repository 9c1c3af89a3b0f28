/**
 * The grammatical subject of a sentence, read cheaply after any dateline and fronted phrase (`mainSubject`).
 */
import type { Mention } from "../speakers/find-mentions";
import { tokenBefore, type Token } from "../speakers/tokenize";
import { isNeverName } from "../speakers/word-tags";
import { DATELINE_DASHES, FRONTED_ADVERBS, OBJECT_NAME_WORDS, SUBJECT_FRONTED_OPENERS } from "../lexicon/function-words";

/**
 * `/^\d/.test(s)`, as two comparisons of strings: a string from `"0"` up to (not including) `":"` opens with a digit.
 * Neither the expression nor a property of the string (token strings come in many representations) is read.
 */
function startsWithDigit(s: string): boolean {
  return s >= "0" && s < ":";
}

/** Where the words of a sentence start after a dateline (`WASHINGTON, Dec. 8 (UPI) — `, `Paris (AFP) – `). */
function afterDateline(tokens: readonly Token[], first: number, last: number): number {
  const t0 = tokens[first];
  if (!t0 || !t0.cap) return first;
  for (let k = first + 1; k < Math.min(last, first + 12); k++) {
    const t = tokens[k]!;
    if (t.kind === "punct" && DATELINE_DASHES.has(t.text)) return k + 1;
    if (t.kind === "quote") return first;
    if (t.kind === "word" && !t.cap && !startsWithDigit(t.text) && t.lower !== "de" && t.lower !== "la") return first;
  }
  return first;
}

/**
 * The grammatical subject of a sentence, read cheaply: after any dateline and fronted phrase, the first mention
 * that is not the object of a preposition.
 */
export function mainSubject(tokens: readonly Token[], first: number, last: number, mentions: readonly Mention[]): Mention | undefined {
  let from = afterDateline(tokens, first, last);
  const t0 = tokens[from];
  // `Tuesday at Baldwin Wallace University in Berea, OH, after winning Ohio, Gov. John Kasich said`: a time opens a fronted phrase too.
  let fronted = Boolean(t0 && t0.kind === "word" && (SUBJECT_FRONTED_OPENERS.has(t0.lower) || isNeverName(t0.lower) || startsWithDigit(t0.text)));
  // `Even China, Pyongyang's only ally, said …`, `But Smith, the mayor, said …`: an adverb or a conjunction right
  // before a name and its comma fronts nothing; the name is the subject, and the comma opens its appositive.
  if (fronted && FRONTED_ADVERBS.has(t0!.lower) && mentions.some((m) => m.lead === from + 1 && m.kind === "name" && !m.possessive && tokens[m.last]?.text === ",")) {
    fronted = false;
    from++;
  }
  if (fronted) {
    for (let k = from; k < last; k++) {
      const t = tokens[k]!;
      if (t.kind === "punct" && t.text === ",") { from = k + 1; break; }
      if (t.kind === "quote") break;
    }
  }
  for (const m of mentions) {
    if (m.first < from) continue;
    const before = tokenBefore(tokens, m.first);
    if (m.first > from && before && before.kind === "word" && OBJECT_NAME_WORDS.has(before.lower)) continue;
    if (m.possessive && m.kind === "name") continue;
    // `Speaking in Salem, New Hampshire, Trump said`: a place in apposition closes the fronted phrase.
    if (fronted && m.first === from && m.entityKind === "place" && tokens[m.last]?.text === ",") continue;
    return m;
  }
  return undefined;
}
