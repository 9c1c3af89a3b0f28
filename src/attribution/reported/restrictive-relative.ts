/**
 * `The official who said the deal was dead resigned.`: a verb of saying in a restrictive relative clause inside the
 * sentence's subject. The sentence's own verb (`resigned`, `was fined`) comes after the reported clause, with nothing
 * to mark where one ends and the other starts; the content ends before that verb, and is not reported when the verb
 * cannot be told.
 */
import type { Token } from "../../speakers/tokenize";
import { BE_WORDS, CLAUSE_COORDINATORS, DASH_MARKS, SUBJECT_GAP_RELATIVES, SUBORDINATORS, VERB_GROUP_LINKS } from "../../lexicon/function-words";
import { isNounWord, WordClass } from "../../speakers/word-tags";
import { isAuxiliary } from "../cues";
import { isFiniteForm, isPastForm, startsFinite } from "./clause-words";

/** How many words the subject may take before its relative (`The Romanian hacker who`). */
const MAX_SUBJECT_WORDS = 6;
/** How many tokens of the reported clause are read for the sentence's verb. */
const MAX_CONTENT_TOKENS = 40;
/** The classes of a verb that takes a clause of its own (`said he knew the plan would fail`): one more verb is owed. */
const TAKES_CLAUSE = WordClass.SPEECH_VERB | WordClass.REPORTING_VERB;

/**
 * True when the relative at `rel` (`who`, `that`) opens a restrictive clause of the sentence's subject: no comma or dash
 * before it, and only a few words of a noun phrase between the sentence's start and it.
 */
export function inSubjectRelative(tokens: readonly Token[], first: number, rel: number): boolean {
  const r = tokens[rel];
  if (!r || r.kind !== "word" || r.cap || r.lower === "what" || !SUBJECT_GAP_RELATIVES.has(r.lower)) return false;
  if (rel - first < 1 || rel - first > MAX_SUBJECT_WORDS) return false;
  for (let k = first; k < rel; k++) {
    const t = tokens[k]!;
    if (t.kind !== "word" || (k > first && !t.cap && (isFiniteForm(t.lower) || (isPastForm(t.lower) && !isNounWord(t.lower))))) return false;
  }
  return true;
}

/**
 * Where the reported clause `a`..`b` of a relative in the subject ends: before the first verb group that no clause of
 * the content owes (`the files were fake | was fined`, `the deal was dead | resigned`). `b` when the clause ends at a
 * comma or a dash and holds no such verb; `a` (nothing reported) when it ends otherwise without one, or when its first
 * verb may be the sentence's own.
 */
export function restrictiveRelativeEnd(tokens: readonly Token[], a: number, b: number, last: number): number {
  let owed = 1;
  let seen = false;
  const limit = Math.min(b, a + MAX_CONTENT_TOKENS);
  for (let x = tokens[a]?.lower === "that" ? a + 1 : a; x < limit; x++) {
    const t = tokens[x]!;
    if (t.kind !== "word" || t.cap) continue;
    const w = t.lower;
    if (SUBORDINATORS.has(w) || (SUBJECT_GAP_RELATIVES.has(w) && !opensAfterVerb(tokens, x)) || (seen && CLAUSE_COORDINATORS.has(w) && !verbGroupAt(tokens, x + 1))) {
      owed++;
      continue;
    }
    if (!verbGroupAt(tokens, x)) continue;
    if (owed === 0) return x;
    // `who wrote the speech says he …`: the first verb may be the sentence's own, after a noun object, or the
    // content's, taking a clause in turn; nothing tells which.
    if (!seen && (t.classes & TAKES_CLAUSE) !== 0) return a;
    owed--;
    seen = true;
    if ((t.classes & TAKES_CLAUSE) !== 0) owed++;
  }
  // A comma or a dash after the content may close the relative clause before the sentence's verb; else that verb
  // stands unseen inside the content.
  const mark = tokens[b];
  return b < last && limit === b && mark !== undefined && (mark.text === "," || DASH_MARKS.has(mark.text)) ? b : a;
}

/** `that` right after a verb that takes a clause (`revealed that`) opens the clause the verb already owes. */
function opensAfterVerb(tokens: readonly Token[], x: number): boolean {
  const p = tokens[x - 1];
  return p !== undefined && (p.classes & TAKES_CLAUSE) !== 0;
}

/**
 * A finite verb that opens a verb group at `x`: an auxiliary, a modal, a known finite form or a past form, not a noun,
 * not after an auxiliary (`was fined` is one group) and not a participle before `by` (`the plan approved by voters`).
 */
function verbGroupAt(tokens: readonly Token[], x: number): boolean {
  const t = tokens[x];
  if (!t || t.kind !== "word" || t.cap) return false;
  const w = t.lower;
  const aux = isFiniteForm(w);
  if (!aux && (isNounWord(w) || !(startsFinite(w) || isPastForm(w)) || tokens[x + 1]?.lower === "by")) return false;
  // A contraction holds its subject (`they’ll vote`): it opens a group; the verb after it belongs to that group, as
  // after a form of `be`, `to` or `not`, adverbs between (`had quietly been`).
  let p = x - 1;
  while (p > 0 && isAuxiliary(tokens[p]!) && !isFiniteForm(tokens[p]!.lower) && !BE_WORDS.has(tokens[p]!.lower) && !VERB_GROUP_LINKS.has(tokens[p]!.lower)) p--;
  const prev = tokens[p];
  return !(prev && prev.kind === "word" && (isFiniteForm(prev.lower) || BE_WORDS.has(prev.lower) || VERB_GROUP_LINKS.has(prev.lower)));
}
