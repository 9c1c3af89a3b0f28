/**
 * Whether the words after a verb of saying, without `that`, open a clause or are the verb's object: `said the plan
 * failed` reports a claim, `added a note of caution, should …` or `wrote a letter to the board, which …` does not.
 */
import type { Token } from "../../speakers/tokenize";
import { isBareVerb, isFunctionWord, isNounWord, isPreposition, isUnknownWord } from "../../speakers/word-tags";
import { BE_PASSIVE, FINITE_AUXILIARIES, RELATIVES } from "../../lexicon/function-words";
import { TIME_SUBORDINATORS } from "../../lexicon/not-claims";
import { isStop } from "../cues";
import { hasFiniteVerb, startsClause, startsClauseStrict, subjectVerb, subordinateFirst } from "./clause-words";
import { pluralOrAdverb, unknownVerbFollows } from "./noun-or-verb";

/** How many commas may stand in a subject: `Trump, despite his wealth, is …`, `the rule, critics say, would …`. */
const SUBJECT_COMMAS = 3;

/**
 * True when the words at `a`..`b` open a clause: a subject pronoun, an adverbial between commas, a fronted subordinate
 * clause, or a subject with its verb before the first punctuation — or right after a comma that closes an appositive
 * or an interpolation (`Marco Rubio, hasn’t been tested`, `Trump, despite his wealth, is`). A noun phrase whose comma
 * opens anything else (`her granddaughter in speeches, a reference point …`, `a note of caution, should Clinton …`)
 * is the verb's object, unless after a verb of saying (`speech`) the words before the comma hold a verb. A quotation
 * or a dash before any verb proves nothing, and is taken as a clause.
 */
export function opensClause(tokens: readonly Token[], a: number, b: number, speech = false): boolean {
  // `what analysts said was a sign of …`: the predicate of `was` is the content.
  if (startsClauseStrict(tokens[a]) || tokens[a - 1]?.text === "," || BE_PASSIVE.has(tokens[a - 1]?.lower ?? "") || subordinateFirst(tokens, a, b)) return true;
  let end = segmentEnd(tokens, a, b);
  if (subjectVerb(tokens, a, end, end - a) >= 0 || unknownVerbFollows(tokens, a, end)) return true;
  // Before a comma the verb must be the subject's own (`a detailed, six-page letter` has none); elsewhere any will do.
  // `boasted an eclectic collection of supporters who defend him`: a relative clause's verb is not the subject's.
  if (end >= b || tokens[end]!.text !== ",") return hasFiniteVerb(tokens, a, relativeStart(tokens, a, end)) || provesNothing(tokens, end, b);
  const stop = verbPastCommas(tokens, end, b);
  // `say Ivanka Trump also advises her father on …, reciting input …`: after a verb of saying, a verb before the comma.
  return stop < 0 || provesNothing(tokens, stop, b) || (speech && hasFiniteVerb(tokens, a, relativeStart(tokens, a, end)));
}

/**
 * True when the words at `a`..`b` are the verb's object, a noun phrase whose last word, a plural, is the only verb a
 * reading finds: `claimed the prize for exceeding expectations`, `reported year-over-year revenue declines`, `recalled
 * the freeze on federal pay rates`, or a clause cut before its verb (`said the recent spate of police shootings`). The
 * phrase holds a preposition or opens without a determiner or a quantifier; a clause has a verb before its last word
 * (`said families of the crews would file claims`, `said all welders sign contracts`), and a determiner and a noun before
 * a last word in `-s` may be a subject and its verb.
 */
export function pluralEndsObject(tokens: readonly Token[], a: number, b: number): boolean {
  let e = b;
  while (e > a && tokens[e - 1]!.kind === "punct") e--;
  const last = tokens[e - 1];
  if (!last || last.kind !== "word" || last.cap || last.lower.length <= 3 || !last.lower.endsWith("s") || last.lower.endsWith("ss") || last.lower.includes("'") || last.lower.includes("’")) return false;
  if (e - 1 - a < 2 || startsClauseStrict(tokens[a]) || hasFiniteVerb(tokens, a, e - 1)) return false;
  let preposition = false;
  for (let k = a; k < e - 1; k++) {
    const t = tokens[k]!;
    if (t.kind !== "word") return false;
    // `said all welders sign contracts`: a bare form after a plural is the subject's verb; a plural before the first
    // preposition heads a subject whose verb may be a word the lexicon reads as a noun (`said the welders at the pier
    // sign contracts`).
    if (k > a && isBareVerb(t.lower) && pluralOrAdverb(tokens[k - 1]!.lower)) return false;
    if (k > a && !preposition && isPreposition(t.lower)) {
      if (pluralOrAdverb(tokens[k - 1]!.lower)) return false;
      preposition = true;
    }
  }
  return preposition || !(startsClause(tokens[a]) || tokens[a]!.possessive);
}

/** A plural the lexicon does not list (`letters`, `complaints`). */
function unknownPlural(lower: string): boolean {
  return lower.length > 3 && lower.endsWith("s") && !lower.endsWith("ss") && isUnknownWord(lower);
}

/**
 * Reads a subject on past the comma at `end` (an appositive, a list, an interpolation; up to `SUBJECT_COMMAS` commas)
 * to the subject's verb: -1 when one follows a comma (`comments from Rice, Rhodes and Panetta were …`, `Trump, despite
 * his wealth, is …`), else the token where the search stopped.
 */
export function verbPastCommas(tokens: readonly Token[], end: number, b: number): number {
  for (let n = 0; n < SUBJECT_COMMAS && end < b && tokens[end]!.text === ","; n++) {
    // `the one small supermarket, guarded by four concrete camels`: a participle and its agent describe the object.
    // `a note of caution, should Clinton …`: an auxiliary before a subject inverts a clause of its own; a verb that is
    // no auxiliary is the subject's (`his band and Brian Burton, AKA Danger Mouse, wrote a host of songs`).
    const inverted = startsClause(tokens[end + 2]) && FINITE_AUXILIARIES.has(tokens[end + 1]?.lower ?? "");
    if (end + 1 < b && hasFiniteVerb(tokens, end + 1, end + 2) && !inverted && tokens[end + 2]?.lower !== "by") return -1;
    const from = end + 1;
    end = segmentEnd(tokens, from, b);
    if (listClosesWithVerb(tokens, from, end)) return -1;
  }
  return end;
}

/**
 * A lower-case noun opening a subject that runs past commas to its verb, after a verb of saying without `that`: `said
 * comments from Rice, Rhodes and Panetta were consistent`, `said the budget, passed in May, cuts …` (no verb before the
 * first comma).
 */
export function nounSubjectPastCommas(tokens: readonly Token[], k: number, b: number): boolean {
  const t = tokens[k];
  if (!t || t.kind !== "word" || t.cap || isFunctionWord(t.lower) || !(isNounWord(t.lower) || unknownPlural(t.lower))) return false;
  const end = segmentEnd(tokens, k, b);
  if (end >= b || tokens[end]!.text !== "," || hasFiniteVerb(tokens, k, end)) return false;
  // `declared war on the region, leading to a conflict …`: a participle after the comma goes on the object.
  const next = tokens[end + 1];
  if (next?.kind !== "word" || (!next.cap && (next.lower.endsWith("ing") || next.lower.endsWith("ed")))) return false;
  return verbPastCommas(tokens, end, b) < 0;
}

/**
 * True when the segment `from`..`end` after a comma ends a list subject and then has its verb: `said the welders,
 * riggers and pilots were unpaid` — a word, `and` or `or`, and the last item's verb before any punctuation.
 */
function listClosesWithVerb(tokens: readonly Token[], from: number, end: number): boolean {
  // `said his comments, attacks on women, and rivals render him unfit`: a serial comma before the last item.
  // `, and until now it had been …` opens a clause of its own, not the list's last item.
  const item = tokens[from + 1];
  if ((tokens[from]?.lower === "and" || tokens[from]?.lower === "or") && item?.kind === "word" && (startsClause(item) || !isFunctionWord(item.lower)) &&
    subjectVerb(tokens, from + 1, end, end - from) >= 0) return true;
  for (let k = from + 1; k < end - 1; k++) {
    const t = tokens[k]!;
    if (t.lower !== "and" && t.lower !== "or") continue;
    return tokens[k - 1]!.kind === "word" && subjectVerb(tokens, k + 1, end, end - k) >= 0;
  }
  return false;
}

/** A search for the verb ended at `end` by a quotation or a dash, which may hold it: no proof of an object. */
function provesNothing(tokens: readonly Token[], end: number, b: number): boolean {
  return end < b && tokens[end]!.text !== "," && !isStop(tokens, end) && !CLOSING_MARKS.has(tokens[end]!.text);
}

/** The first relative pronoun in `a`..`end` (`who`, `which`), or `end`. */
function relativeStart(tokens: readonly Token[], a: number, end: number): number {
  for (let k = a + 1; k < end; k++) if (RELATIVES.has(tokens[k]!.lower)) return k;
  return end;
}

/** Marks that end a clause: after them no verb of the subject can follow. */
const CLOSING_MARKS: ReadonlySet<string> = new Set([";", ":", "(", ")", "?", "!"]);

/** The first punctuation at or after `from` (a thousands comma and an abbreviation's period go on), or `b`. */
function segmentEnd(tokens: readonly Token[], from: number, b: number): number {
  for (let k = from; k < b; k++) {
    const t = tokens[k]!;
    if (t.kind === "word") continue;
    if (t.text === "," && /^\d/.test(tokens[k + 1]?.text ?? "")) continue;
    if (t.text === "." && !isStop(tokens, k)) continue;
    return k;
  }
  return b;
}

/** How many tokens a fronted time clause may run before the comma that ends it: `said after the vote, the board …`. */
const TIME_CLAUSE_REACH = 16;

/**
 * True when the words at `a`..`b` give the time of the saying, not its content: a time clause with a verb of its own
 * and no comma to close it (`said after the clerk failed to appear at the hearing he was called to`). A fronted time
 * clause inside a report ends at a comma (`said after the vote, the board would meet again`); a time phrase without a
 * verb is followed by the reported clause (`said after the convention he would not …`).
 */
export function timeOfSaying(tokens: readonly Token[], a: number, b: number): boolean {
  if (!TIME_SUBORDINATORS.has(tokens[a]?.lower ?? "")) return false;
  for (let k = a + 1; k < b && k <= a + TIME_CLAUSE_REACH; k++) {
    if (tokens[k]!.text === ",") return false;
    // `said after the convention he would not …`: a time phrase without a verb, then the reported clause.
    if (k > a + 1 && startsClauseStrict(tokens[k]) && !hasFiniteVerb(tokens, a + 1, k)) return false;
  }
  return true;
}
