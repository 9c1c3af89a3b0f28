/**
 * Subject–verb agreement across a prepositional phrase: in `revelations about the plan show the need`, the bare form
 * `show` follows a singular noun but agrees with the plural head before the phrase, so it is the clause's verb; and the
 * present in `-s` after a singular subject (`the plan works`), which the lexicon reads as a plural noun. Read by
 * clause-words.ts; the look back is bounded to a few tokens.
 */
import type { Token } from "../../speakers/tokenize";
import { isFiniteVerb, isFunctionWord, isNounWord, isPreposition, WordClass, WordForm } from "../../speakers/word-tags";
import {
  AFTER_VERB_ADVERBS, ARTICLES, DEFINITE_OPENERS, NAME_MODIFIER_PREPOSITIONS, OBJECT_AFTER_VERB, PHRASE_DETERMINERS, POSSESSIVE_DETERMINERS, TIME_ADJUNCT_WORDS,
} from "../../lexicon/function-words";
import { adjectiveOnly, pluralOrAdverb } from "./noun-or-verb";

/** How many tokens the phrase between the plural head and the verb may take (`about GOP nominee Donald Trump’s tax history`). */
const MAX_PHRASE_TOKENS = 9;

/**
 * `revelations about the plan show the need`, `members of the city council want a vote`: a bare form or a word the
 * lexicon reads as a noun, after the noun that ends a phrase modifying a plural and before its object, is the verb that
 * agrees with the plural. The object must open plainly (`the`, `a`, a possessive or a name that names no time): a
 * preposition after the noun more often opens another phrase of the subject (`concerns about the plan in the city`),
 * `that` a relative clause (`the trade deal that …`), `this` or a weekday a time adverbial (`the plan this week`).
 */
export function agreesAcrossPhrase(tokens: readonly Token[], k: number, a: number): boolean {
  const t = tokens[k]!, o = tokens[k + 1];
  if (t.cap || tokens[k - 1]!.possessive || (t.classes & (WordClass.BARE_VERB | WordClass.NOUN)) === 0) return false;
  // The object: an article, a possessive, or a capital that is no weekday (`Friday`).
  return o?.kind === "word" && !TIME_ADJUNCT_WORDS.has(o.lower) && (o.cap || ARTICLES.has(o.lower) || POSSESSIVE_DETERMINERS.has(o.lower)) && pluralHeadBefore(tokens, k, a);
}

/**
 * True when the token before `k` ends a prepositional phrase whose head noun, right before the preposition, is a plural
 * (`revelations about the plan`, `members of the city council`): a bare verb form at `k` agrees with that head. The
 * phrase holds only nouns, adjectives, names, possessives and determiners; the look stops at `a`.
 */
function pluralHeadBefore(tokens: readonly Token[], k: number, a: number): boolean {
  for (let x = k - 1; x > a && x >= k - MAX_PHRASE_TOKENS; x--) {
    const t = tokens[x]!;
    if (t.kind !== "word") return false;
    if (NAME_MODIFIER_PREPOSITIONS.has(t.lower) && !t.cap) return x < k - 1 && pluralHead(tokens[x - 1]!);
    if (!t.cap && !t.possessive && (t.classes & WordClass.FUNCTION) !== 0 && !PHRASE_DETERMINERS.has(t.lower)) return false;
  }
  return false;
}

/**
 * A plural noun that may head a subject: `revelations`, `people`; not a possessive or a grammatical word (`this`, `has`,
 * and the focus adverbs `pluralOrAdverb` also takes, which the lexicon reads as grammatical words).
 */
function pluralHead(t: Token): boolean {
  return !t.possessive && !isFunctionWord(t.lower) && pluralOrAdverb(t.lower);
}

/**
 * `the plan works`, `the mayor calls it a mistake`, `the agency costs too much`: a word in `-s` the lexicon reads as a
 * plural noun, right after a determiner and a singular noun (an adjective or a noun may stand between them), is the
 * subject's present verb when what follows can follow a verb: the clause's end, a determiner or an object pronoun, `to`,
 * an adverb or a preposition other than `of`. A noun or a verb after it keeps the compound (`the public works
 * department`, `the steel works closed`). Looks back three tokens at most, never before `a`.
 */
export function presentAfterSingular(tokens: readonly Token[], k: number, a: number): boolean {
  const t = tokens[k]!;
  if (t.kind !== "word" || t.cap || t.possessive || (t.forms & WordForm.PLURAL_S) === 0 || (t.classes & (WordClass.NOUN | WordClass.FINITE)) !== WordClass.NOUN) return false;
  if (k - 2 < a || !singularNoun(tokens[k - 1]!)) return false;
  let d = tokens[k - 2]!;
  // `the new plan works`, `the ferry plan works`: one adjective or noun may modify the subject.
  if (d.kind === "word" && !d.cap && (adjectiveOnly(d.lower) || singularNoun(d)) && k - 3 >= a) d = tokens[k - 3]!;
  if (d.kind !== "word" || !(d.possessive || ARTICLES.has(d.lower) || DEFINITE_OPENERS.has(d.lower))) return false;
  return canFollowVerb(tokens[k + 1]);
}

/** A singular noun that may head a subject (`plan`, `company`, `business`): no plural, adjective, adverb, possessive or grammatical word. */
function singularNoun(t: Token): boolean {
  const w = t.lower;
  return t.kind === "word" && !t.possessive && !isFunctionWord(w) && !(w.endsWith("s") && !w.endsWith("ss")) && !w.endsWith("ly") && !adjectiveOnly(w) && !isFiniteVerb(w);
}

/** What may come right after a verb: the clause's end, a determiner or an object pronoun, `to`, an adverb, a preposition but `of`. */
function canFollowVerb(u: Token | undefined): boolean {
  if (u === undefined) return true;
  if (u.kind !== "word") return u.kind === "punct" && u.text !== "-" && u.text !== "/";
  const w = u.lower;
  return !u.cap && (OBJECT_AFTER_VERB.has(w) || DEFINITE_OPENERS.has(w) || w === "to" || AFTER_VERB_ADVERBS.has(w) || (w.endsWith("ly") && !isNounWord(w)) || (isPreposition(w) && w !== "of"));
}
