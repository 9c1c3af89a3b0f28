/**
 * The grammatical subject of a sentence, read cheaply after any dateline and fronted phrase (`mainSubject`).
 */
import type { Mention } from "../speakers/find-mentions";
import type { Token } from "../speakers/tokenize";
import { isNeverName } from "../speakers/word-tags";

/** Words that open a fronted phrase whose names are not the sentence's subject (`Speaking during a meeting with X, Y said`). */
const FRONTED: ReadonlySet<string> = new Set([
  "after", "before", "while", "when", "whilst", "during", "in", "on", "at", "speaking", "asked", "addressing",
  "writing", "responding", "referring", "unlike", "like", "despite", "although", "though", "as", "since", "because",
  "following", "with", "without", "for", "from", "under", "over", "upon", "by", "if", "once", "until", "amid",
  "among", "according", "earlier", "later", "last", "this", "meanwhile", "separately", "still", "yet", "however",
  "but", "and", "so", "then", "also", "instead", "indeed", "again", "now", "here", "there", "today", "yesterday",
  "moreover", "besides", "furthermore", "nonetheless", "nevertheless", "regarding", "citing", "appearing",
  "visiting", "testifying", "campaigning", "answering", "pressed", "interviewed", "even", "too", "thus", "hence",
  "otherwise", "similarly", "likewise", "finally", "first", "second", "third", "next", "sometimes", "often", "just",
  "only", "already", "perhaps", "maybe", "surely", "clearly", "notably", "talking", "reflecting", "looking",
  "pointing", "noting", "told", "given", "faced", "confronted",
]);
/** Words of `FRONTED` that open no phrase of their own: before a name they are the sentence's adverb or conjunction. */
const ADVERB_OPENERS: ReadonlySet<string> = new Set(["even", "also", "still", "just", "only", "now", "perhaps", "maybe", "and", "but", "so", "yet", "then", "indeed", "meanwhile", "instead", "again", "today", "yesterday"]);
const PREPOSITIONS = new Set(["to", "with", "by", "of", "for", "from", "against", "at", "on", "in", "about", "toward", "towards", "into", "than", "like", "between", "among", "including", "invited", "met", "told", "asked", "urged", "called", "named", "and", "or", "over", "under", "behind", "beside", "besides", "via", "after", "before", "during", "whom"]);

/** Dashes that close a dateline. */
const DATELINE_DASHES: ReadonlySet<string> = new Set(["—", "–", "--", "-"]);

/** Where the words of a sentence start after a dateline (`WASHINGTON, Dec. 8 (UPI) — `, `Paris (AFP) – `). */
function afterDateline(tokens: readonly Token[], first: number, last: number): number {
  const t0 = tokens[first];
  if (!t0 || !t0.cap) return first;
  for (let k = first + 1; k < Math.min(last, first + 12); k++) {
    const t = tokens[k]!;
    if (t.kind === "punct" && DATELINE_DASHES.has(t.text)) return k + 1;
    if (t.kind === "quote") return first;
    if (t.kind === "word" && !t.cap && !/^\d/.test(t.text) && t.lower !== "de" && t.lower !== "la") return first;
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
  let fronted = Boolean(t0 && t0.kind === "word" && (FRONTED.has(t0.lower) || isNeverName(t0.lower) || /^\d/.test(t0.text)));
  // `Even China, Pyongyang's only ally, said …`, `But Smith, the mayor, said …`: an adverb or a conjunction right
  // before a name and its comma fronts nothing; the name is the subject, and the comma opens its appositive.
  if (fronted && ADVERB_OPENERS.has(t0!.lower) && mentions.some((m) => m.lead === from + 1 && m.kind === "name" && !m.possessive && tokens[m.last]?.text === ",")) {
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
    const before = tokens[m.first - 1];
    if (m.first > from && before && before.kind === "word" && PREPOSITIONS.has(before.lower)) continue;
    if (m.possessive && m.kind === "name") continue;
    // `Speaking in Salem, New Hampshire, Trump said`: a place in apposition closes the fronted phrase.
    if (fronted && m.first === from && m.entityKind === "place" && tokens[m.last]?.text === ",") continue;
    return m;
  }
  return undefined;
}
