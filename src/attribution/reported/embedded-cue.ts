/**
 * Where the content of a cue that stands inside a part of its sentence ends: a cue inside a pair of dashes ends its
 * content at the closing dash; a cue in a relative or a concession between commas after the sentence's subject ends it
 * at the comma before that subject's own predicate. Read by `afterCue` once the clause grammar gave its end.
 */
import type { Token } from "../../speakers/tokenize";
import { CLAUSE_COORDINATORS, EMBEDDING_OPENERS, FINITE_AUXILIARIES, NOUN_CLAUSE_OPENERS, SUBJECT_GAP_RELATIVES, CLAUSE_PRONOUNS, SUBORDINATORS } from "../../lexicon/function-words";
import { QUESTION_WORDS } from "../../lexicon/reporting-verbs";
import { isAuxiliary } from "../cues";
import { isDash, isPastForm, subjectVerb } from "./clause-words";
import { isDateline } from "./clause-pairs";
import { MAX_CLAUSE_TOKENS } from "./clause-bounds";
import { isNounWord } from "../../speakers/word-tags";

/** How many words before its cue the relative or subordinator of an aside may stand (`, who endorsed X in May and said`). */
const EMBEDDING_REACH = 12;

/** `b`, or where the content `a`..`b` of the cue at `cue` ends because the cue stands inside a part of the sentence. */
export function embeddedCueEnd(tokens: readonly Token[], first: number, lead: number, cue: number, a: number, b: number): number {
  return nounClauseEnd(tokens, lead, a, asideEnd(tokens, first, cue, a, interpolatedEnd(tokens, first, cue, a, b)));
}

/**
 * `b`, or the finite auxiliary in `a`..`b` that follows the content's own verb and a word of its predicate with no
 * conjunction, relative, subject pronoun or punctuation between, when the source at `lead` opens a noun clause
 * (`the gap between what X says and how experts say it would shape tax law has endured`): the matrix clause's verb.
 */
function nounClauseEnd(tokens: readonly Token[], lead: number, a: number, b: number): number {
  if (!NOUN_CLAUSE_OPENERS.has(tokens[lead - 1]?.lower ?? "")) return b;
  const v = subjectVerb(tokens, a, b);
  if (v < 0) return b;
  let predicate = false;
  for (let k = v + 1; k < b; k++) {
    const t = tokens[k]!;
    if (t.kind !== "word" || CLAUSE_COORDINATORS.has(t.lower) || SUBORDINATORS.has(t.lower) || QUESTION_WORDS.has(t.lower) || SUBJECT_GAP_RELATIVES.has(t.lower) || CLAUSE_PRONOUNS.has(t.lower)) return b;
    if (!FINITE_AUXILIARIES.has(t.lower)) predicate = true;
    else if (predicate && !t.cap) return k;
  }
  return b;
}

/**
 * `b`, or the first dash in `a`..`b` when the cue at `cue` stands inside a pair of dashes the sentence opened before
 * it (`She was a careful planner - an aide said she read every brief twice - and her staff …`): the closing dash ends
 * the interpolation and the report with it.
 */
function interpolatedEnd(tokens: readonly Token[], first: number, cue: number, a: number, b: number): number {
  let open = -1;
  for (let k = Math.max(first, cue - MAX_CLAUSE_TOKENS); k < cue; k++) if (isDash(tokens, k)) open = open < 0 ? k : -1;
  if (open < 0 || isDateline(tokens, first, open)) return b;
  for (let k = a; k < b; k++) if (isDash(tokens, k)) return k;
  return b;
}

/**
 * `b`, or the comma in `a`..`b` before a predicate without a subject (`, ultimately did not show up`) when the cue at
 * `cue` stands in an aside opened by a comma and a relative or a concession (`Okafor, who said she would come, never
 * did`, `Okafor, though she said …, stopped short of …`): the predicate is the sentence subject's.
 */
function asideEnd(tokens: readonly Token[], first: number, cue: number, a: number, b: number): number {
  let k = cue - 1;
  while (k > first && cue - k <= EMBEDDING_REACH && tokens[k]!.kind === "word" && !EMBEDDING_OPENERS.has(tokens[k]!.lower)) k--;
  if (!EMBEDDING_OPENERS.has(tokens[k]?.lower ?? "") || tokens[k - 1]?.text !== ",") return b;
  for (let x = a + 1; x < b; x++) if (tokens[x]!.text === "," && subjectlessPredicate(tokens, x + 1)) return x;
  return b;
}

/** A finite verb without a subject opens at `k`, after at most one adverb in `-ly`: `did not show up`, `notably stopped`. */
function subjectlessPredicate(tokens: readonly Token[], k: number): boolean {
  const v = tokens[k]?.lower.endsWith("ly") ? tokens[k + 1] : tokens[k];
  if (!v || v.kind !== "word" || v.cap) return false;
  return (isAuxiliary(v) && v.lower !== "to") || (isPastForm(v.lower) && !isNounWord(v.lower));
}
