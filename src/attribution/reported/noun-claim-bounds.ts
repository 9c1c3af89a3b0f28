/**
 * Where the claim of a noun of saying ends (`noun-claim`): the noun phrase's place in the sentence bounds it. As the
 * subject (`The company's claim that its product is safe was rejected`) it ends before the sentence's predicate; in a
 * fronted phrase or an aside (`Despite his claims that …, analysts …`) at its comma; elsewhere where its clause ends,
 * short of the writer's words after it (`- the candidate began …`, `, a departure from …`, `, and his refusal …`).
 */
import type { Sentence } from "../../speakers/split-sentences";
import type { Token } from "../../speakers/tokenize";
import { isPreposition } from "../../speakers/word-tags";
import {
  ARTICLES, BE_WORDS, CLAUSE_PRONOUNS, DASH_MARKS, DESCRIPTION_OPENERS, FRONTED_OPENERS, ING_PREPOSITIONS, NO_PREDICATE_AFTER, NOUN_BEFORE,
  OPENING_CONJUNCTIONS, SUBORDINATORS,
} from "../../lexicon/function-words";
import { hasFiniteVerb, isDash, isFiniteForm, isPastForm, subjectVerb } from "./clause-words";

/** How far into the sentence a noun phrase may start and still be inside a fronted phrase (`Despite …, X …`). */
const MAX_FRONTED_TOKENS = 30;

/** The start of a possessor's phrase: its article too (`The Census' vow`). */
export function phraseStart(tokens: readonly Token[], lead: number): number {
  const t = tokens[lead - 1];
  return t && t.kind === "word" && ARTICLES.has(t.lower) ? lead - 1 : lead;
}

/**
 * Where the claim `a`..`b` of the noun phrase starting at `start` ends, by the phrase's place: before the sentence's
 * predicate for a subject, at the first comma or dash after its verb in a fronted phrase or an aside, else `b`.
 */
export function placeEnd(tokens: readonly Token[], s: Sentence, start: number, a: number, b: number): number {
  let f = s.first;
  if (OPENING_CONJUNCTIONS.has(tokens[f]?.lower ?? "")) f++;
  if (start === f) return predicateStart(tokens, a, b);
  const before = tokens[start - 1];
  const opener = tokens[f];
  // `Despite complaints that …, the superdelegates …`, `In talking to reporters, hours before reports that …, she …`.
  const fronted = opener !== undefined && FRONTED_OPENERS.has(opener.lower) && start - f <= MAX_FRONTED_TOKENS && !hasFiniteVerb(tokens, f + 1, start);
  // `…, including his promise to …, have caused …`: a phrase between commas or dashes.
  const aside = before !== undefined && before.kind === "word" && (isPreposition(before.lower) || SUBORDINATORS.has(before.lower) || ING_PREPOSITIONS.has(before.lower)) &&
    (tokens[start - 2]?.text === "," || DASH_MARKS.has(tokens[start - 2]?.text ?? ""));
  if (!fronted && !aside) return b;
  for (let k = a + 1; k < b; k++) {
    const t = tokens[k]!;
    if ((t.text === "," && !/^\d/.test(tokens[k + 1]?.text ?? "")) || DASH_MARKS.has(t.text)) return hasFiniteVerb(tokens, a, k) || tokens[a]!.lower === "to" ? k : b;
  }
  return b;
}

/**
 * The start of the sentence's predicate after a subject's clause `a`..`b` (`that its product is safe was rejected` →
 * `was`): the first finite form after the clause's own verb group that no conjunction, pronoun or relative opens; `b`
 * when none.
 */
function predicateStart(tokens: readonly Token[], a: number, b: number): number {
  const v = subjectVerb(tokens, a, b);
  if (v < 0) return b;
  let k = v + 1;
  while (k < b && tokens[k]!.kind === "word" && verbGroup(tokens[k]!.lower)) k++;
  for (; k < b; k++) {
    const t = tokens[k]!;
    const prev = tokens[k - 1]!;
    if (t.kind !== "word" || t.cap || !(isFiniteForm(t.lower) || isPastForm(t.lower))) continue;
    if (prev.kind === "word" && (NOUN_BEFORE.has(prev.lower) || CLAUSE_PRONOUNS.has(prev.lower) || NO_PREDICATE_AFTER.has(prev.lower) || prev.lower.endsWith("ly"))) continue;
    return k;
  }
  return b;
}

/** A word of a verb group after its finite verb: `will be kept`, `has repeatedly said`, `is not`. */
function verbGroup(w: string): boolean {
  return isFiniteForm(w) || BE_WORDS.has(w) || isPastForm(w) || w.endsWith("ly") || w === "not";
}

/**
 * `b`, or where the writer's words start after the claim `a`..`b`: a hyphen standing apart as a single dash (`… - the
 * candidate began`; a pair holds an aside), a bracket, an appositive to the whole claim (`…, a departure from …`) or
 * the next item of a list of noun phrases (`…, and his refusal to …`), a concession (`…, despite the fact that …`,
 * `… notwithstanding`).
 */
export function tailEnd(tokens: readonly Token[], a: number, b: number): number {
  for (let k = a + 1; k < b; k++) {
    const t = tokens[k]!;
    // `His promises to cut taxes notwithstanding, …`: a preposition after its object closes the claim.
    if (t.text === "(" || t.lower === "notwithstanding") return k;
    if (spacedHyphen(tokens, k)) {
      let pair = k + 1;
      while (pair < b && !spacedHyphen(tokens, pair)) pair++;
      if (pair >= b) return k;
      k = pair;
      continue;
    }
    if (t.text !== ",") continue;
    const nx = tokens[k + 1]?.lower ?? "";
    if (nx === "a" || nx === "an" || nx === "despite") return k;
    if ((nx === "and" || nx === "or") && DESCRIPTION_OPENERS.has(tokens[k + 2]?.lower ?? "") && !hasFiniteVerb(tokens, k + 2, Math.min(b, k + 5))) return k;
  }
  return b;
}

/** A hyphen with a space on each side, used as a dash: `Mrs. Clinton - the candidate`. */
function spacedHyphen(tokens: readonly Token[], k: number): boolean {
  return tokens[k]!.text === "-" && isDash(tokens, k);
}
