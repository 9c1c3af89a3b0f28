import type { Token } from "../../speakers/tokenize";
import { SPEECH_VERBS } from "../../lexicon/speech-verbs";
import { isFunctionWord } from "../../speakers/word-tags";
import { ADVERBIAL_OPENERS, CUE_PREPOSITIONS, HEARER_WORDS, NOMINATIVE_PRONOUNS, NOUN_BEFORE, SHORT_ADVERBIALS, SUBORDINATORS, TIME_WORDS } from "../../lexicon/function-words";
import { findToken, interpolationEnd, isFiniteForm, isPastForm, opensSubject, startsClause, verbFollows } from "./clause-words";

/** How many adverbs may stand right after a cue before its adjunct (`said repeatedly during the debate that`). */
const MAX_ADVERBS = 2;
/** An adverb of manner has more letters than `only`. */
const MIN_ADVERB_LENGTH = 4;
/** How many tokens a prepositional phrase may take between a cue and its `that`. */
export const ADVERBIAL_REACH = 14;
/**
 * How many tokens a prepositional phrase may take between a cue and its `that`, a place and its name included (`said
 * Thursday during a taping of a town hall meeting in Buffalo, New York, that …`).
 */
const THAT_ADJUNCT_REACH = 18;
/** How many tokens an aside in brackets may take after a cue (`said (on Twitter) that`). */
const BRACKET_REACH = 12;
/** How many tokens a prepositional phrase may take before a bare clause (`said in an interview with the Gazette the …`). */
const BARE_ADJUNCT_REACH = 10;
/** How many words a title in quotation marks may take inside an adjunct (`on CNN’s “State of the Union”`). */
const MAX_TITLE_WORDS = 6;
/** A quotation mark left as punctuation: the marks of a title, which is no quotation. */
export const QUOTE_MARK = /^["“”‘’'«»„]$/;

/**
 * The `that` of a report after the adjuncts between its cue and it, or -1: adverbs (`said repeatedly …`), an aside
 * between dashes or brackets (`said — on Twitter, as it happens — that …`, `said (in a tweet) that …`), then a
 * prepositional phrase (`argued during Saturday’s debate that …`, `explained through a spokesman that …`,
 * `noted in remarks to reporters that …`). `from` is the token after the cue. A `that` after `on condition` is the
 * condition's, not the report's; one whose next word opens no clause (`in the letter that was sent`) is a relative.
 */
export function thatAfterAdjuncts(tokens: readonly Token[], from: number, last: number): number {
  let k = from;
  while (k < last && k - from < MAX_ADVERBS && tokens[k]!.kind === "word" && (SHORT_ADVERBIALS.has(tokens[k]!.lower) || mannerAdverb(tokens[k]!))) k++;
  const aside = asideEnd(tokens, k, last);
  if (aside >= 0) return tokens[aside + 1]?.lower === "that" && startsClause(tokens[aside + 2]) ? aside + 1 : -1;
  if (!CUE_PREPOSITIONS.has(tokens[k]?.lower ?? "")) return -1;
  const that = findToken(tokens, k, last, "that", THAT_ADJUNCT_REACH);
  if (that < 0 || !opensSubject(tokens, that + 1, last) || tokens[that - 1]?.lower === "condition") return -1;
  for (let x = k; x < that; x++) if (!adjunctToken(tokens, x) || infinitiveAt(tokens, x)) return -1;
  return that;
}

/** `argued emphatically`, `stated publicly`: an adverb of manner in `-ly` right after the cue. */
function mannerAdverb(t: Token): boolean {
  return !t.cap && t.lower.length > MIN_ADVERB_LENGTH && t.lower.endsWith("ly");
}

/**
 * `responded by using the example of Chicago to prove that …`: an infinitive in the phrase is a verb of its own, whose
 * `that` it is. `to` is a preposition only before a name, a determiner, a hearer or a plural (`in remarks to reporters`).
 */
function infinitiveAt(tokens: readonly Token[], x: number): boolean {
  const next = tokens[x + 1];
  return tokens[x]!.lower === "to" && next !== undefined && next.kind === "word" &&
    !(next.cap || NOUN_BEFORE.has(next.lower) || HEARER_WORDS.has(next.lower) || next.lower.endsWith("s"));
}

/** The closing dash or bracket of an aside opened at `k` (`— on Twitter, as it happens —`, `(in a tweet)`), or -1. */
function asideEnd(tokens: readonly Token[], k: number, last: number): number {
  if (k >= last) return -1;
  if (tokens[k]!.text !== "(") return interpolationEnd(tokens, k, last);
  const close = findToken(tokens, k + 1, last, ")", BRACKET_REACH);
  return close > k + 1 ? close : -1;
}

/**
 * A token that may stand in a prepositional phrase after a cue: a word, a comma, a quotation mark or a short title in
 * marks. A verb of saying is another cue (`said in the case he argued that …`) unless a determiner or a preposition
 * makes it a noun (`in a tweet`, `in remarks to reporters`).
 */
function adjunctToken(tokens: readonly Token[], x: number): boolean {
  const t = tokens[x]!;
  if (t.kind === "quote") return t.text.split(" ").length <= MAX_TITLE_WORDS;
  if (t.kind !== "word") return t.text === "," || QUOTE_MARK.test(t.text);
  return t.cap || !SPEECH_VERBS.has(t.lower) || NOUN_BEFORE.has(tokens[x - 1]?.lower ?? "");
}

/**
 * The start of a bare clause after a prepositional phrase at `k` that follows a cue or its hearer (`said in a recent
 * interview the plan …`, `told reporters after the vote the plan …`), or -1: the phrase ends at a noun, the clause opens
 * with a determiner, a pronoun or a name, and its verb follows within a few words. A phrase holding a verb of its own
 * (`said at the hearing he argued …`, `said in the letter was …`) is no adjunct.
 */
export function clauseAfterAdjunct(tokens: readonly Token[], k: number, last: number): number {
  const p = tokens[k];
  // `reported by the government in the cases it cited`: an agent is no adjunct of a cue that reports a clause. A
  // subordinator (`said after the vote she …`) opens the clause itself, as `openClause` reads it.
  if (p === undefined || p.kind !== "word" || p.cap || p.lower === "by" || SUBORDINATORS.has(p.lower)) return -1;
  if (!CUE_PREPOSITIONS.has(p.lower) && !ADVERBIAL_OPENERS.has(p.lower)) return -1;
  // `agreed to divide some of …`: `to` is a preposition only before a name, a determiner, a hearer or a plural, never
  // before a verb (an infinitive).
  const next = tokens[k + 1];
  if (p.lower === "to" && !(next !== undefined && next.kind === "word" && (next.cap || NOUN_BEFORE.has(next.lower) || HEARER_WORDS.has(next.lower) || next.lower.endsWith("s")))) return -1;
  for (let x = k + 1; x < last && x - k <= BARE_ADJUNCT_REACH; x++) {
    const t = tokens[x]!;
    const prev = tokens[x - 1]!;
    if (t.kind !== "word") return -1;
    // `during a discussion Thursday with …`: a time goes on with the phrase.
    if (x > k + 1 && endsPhrase(prev) && startsClause(t) && !(t.cap && (prev.cap || TIME_WORDS.has(t.lower))) && verbFollows(tokens, x, last)) return x;
    // `insisted on getting all …`, `argued for nominating a …`: a gerund after the preposition makes a verb phrase.
    // `under Warren’s grilling`: after a possessive, too, a form in -ing is a noun.
    // `admitted under questioning he had …`: a form in -ing before a subject pronoun has no object; it ends the phrase.
    const noun = ((NOUN_BEFORE.has(prev.lower) || prev.possessive) && x > k + 1) || NOMINATIVE_PRONOUNS.has(tokens[x + 1]?.lower ?? "");
    if (isFiniteForm(t.lower) || (!noun && !t.cap && (isPastForm(t.lower) || SPEECH_VERBS.has(t.lower) || t.lower.endsWith("ing")))) return -1;
  }
  return -1;
}

/** A word that may end a prepositional phrase: a noun or a name, not a determiner, a preposition or another function word. */
function endsPhrase(t: Token): boolean {
  return t.kind === "word" && (t.cap || (!NOUN_BEFORE.has(t.lower) && !isFunctionWord(t.lower)));
}
