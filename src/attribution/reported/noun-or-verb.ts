/**
 * Whether a word after a subject's first words is a noun of its phrase or the clause's verb: a plural after a
 * quantifier or an adjective (`some delays`, `his closest advisers`), a participle before its noun (`the revised plan`),
 * and present forms the lexicon does not know as verbs (`said success depends on …`). Read by clause-words.ts; every
 * look is bounded to a few tokens.
 */
import type { Token } from "../../speakers/tokenize";
import { isFunctionWord, isNounWord, isPreposition, isUnknownWord, wordClasses, WordClass, WordForm } from "../../speakers/word-tags";
import { ARTICLES, DEFINITE_OPENERS, INDEFINITE_ARTICLES, FOCUS_ADVERBS, PHRASE_DETERMINERS, PLURAL_QUANTIFIERS, PLURALS_WITHOUT_S, QUANTITY_WORDS } from "../../lexicon/function-words";

/** How many words a bare subject without a determiner may take before a verb the lexicon does not know. */
const BARE_SUBJECT_WORDS = 3;

/**
 * `said success depends on turnout`, `said people misunderstand him`, `says news outlets undercount his crowds`: a
 * subject of a few lower-case nouns without a determiner, then a verb the lexicon does not know — an `-s` form, or a
 * bare form after a plural, before its object — and a word after it (its object or preposition); after a determiner
 * and a singular noun, an `-s` form the lexicon reads as a noun, before its object (`said the city faces a deficit`).
 */
export function unknownVerbFollows(tokens: readonly Token[], k: number, last: number): boolean {
  // `68 judicial nominees by …`: a figure opens a noun phrase, whose plural is no verb.
  const det = tokens[k]!.kind === "word" && (ARTICLES.has(tokens[k]!.lower) || DEFINITE_OPENERS.has(tokens[k]!.lower));
  if (!det && (tokens[k]!.kind !== "word" || isFunctionWord(tokens[k]!.lower) || tokens[k]!.cap || /^\d/.test(tokens[k]!.text) || QUANTITY_WORDS.has(tokens[k]!.lower))) return false;
  for (let x = k + 1; x < last && x <= k + BARE_SUBJECT_WORDS; x++) {
    const u = tokens[x]!;
    if (u.kind !== "word" || u.cap || u.possessive || isFunctionWord(u.lower)) return false;
    const w = u.lower;
    // `said the city faces a deficit`: after a determiner and a singular noun, an `-s` form the lexicon knows only as a
    // plural noun is the verb when its object follows (`the company's profits rose` has no object after `profits`).
    if (det) {
      const noun = tokens[x - 1]!.lower;
      if (x > k + 1 && isNounWord(w) && w.endsWith("s") && !w.endsWith("ss") && !noun.endsWith("s") && opensVerbObject(tokens[x + 1])) return true;
      continue;
    }
    if (!isUnknownWord(w) || w.endsWith("ly") || w.endsWith("ing") || w.endsWith("ed") || tokens[x + 1]?.kind !== "word") continue;
    const prev = tokens[x - 1]!.lower;
    if (w.length > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.includes("'") && !w.includes("’")) return true;
    // `people misunderstand Trump`, not `disadvantages needy schools`: the bare form opens its object.
    if (!w.endsWith("s") && pluralOrAdverb(prev) && opensVerbObject(tokens[x + 1])) return true;
  }
  return false;
}

/**
 * True when the participle at `k` stands before a noun as its adjective: after a determiner or a preposition (`the
 * revised plan`, `to the gathered cameras`), or after an adverb in `-ly` that follows one (`a newly created role`).
 * `a` is the first token the search may look at.
 */
export function attributive(tokens: readonly Token[], k: number, a: number): boolean {
  // The words' bits (`WordForm`, `WordClass`), read once per word by the tokenizer: this is asked of most words of a clause.
  const t = tokens[k]!;
  if ((t.forms & WordForm.ENDS_ED) === 0 && (t.classes & WordClass.PAST) === 0) return false;
  if (k <= a) return false;
  const prev = tokens[k - 1]!.forms;
  if ((prev & WordForm.PARTICIPLE_BEFORE) !== 0) return true;
  return (prev & WordForm.ENDS_LY) !== 0 && k - 1 > a && (tokens[k - 2]!.forms & WordForm.PARTICIPLE_BEFORE) !== 0;
}

/**
 * True when the word in `-s` at `k` is the plural noun of a noun phrase, not a present tense: right after a quantifier
 * (`some delays`, `several times`), or after an adjective that follows a determiner, a quantifier or a possessive (`his
 * closest advisers`, `the expected losses`, `both legislative chambers`). Looks back two tokens at most, never before `a`.
 */
export function pluralInNounPhrase(tokens: readonly Token[], k: number, a: number): boolean {
  if (k <= a || (tokens[k]!.forms & WordForm.PLURAL_S) === 0) return false;
  const prev = tokens[k - 1]!;
  if (prev.kind !== "word" || prev.cap) return false;
  if (PLURAL_QUANTIFIERS.has(prev.lower)) return true;
  const det = tokens[k - 2]!;
  return k - 1 > a && (adjectiveOnly(prev.lower) || attributive(tokens, k - 1, a)) && det.kind === "word" && (det.possessive || PHRASE_DETERMINERS.has(det.lower));
}

/** Classes a word before a noun must not have to be read as its adjective: a noun, a verb form or a grammatical word. */
const NOT_ADJECTIVE = WordClass.NOUN | WordClass.FUNCTION | WordClass.FINITE | WordClass.PAST | WordClass.BARE_VERB;

/** An adjective and nothing else (`closest`, `new`, `federal`): not a noun, a verb form, a grammatical word or an adverb in `-ly`. */
export function adjectiveOnly(lower: string): boolean {
  const c = wordClasses(lower);
  return (c & (WordClass.ADJECTIVE_READING | WordClass.NON_NOUN_READING)) !== 0 && (c & NOT_ADJECTIVE) === 0 && !lower.endsWith("ly") && !FOCUS_ADVERBS.has(lower);
}

/** A word that opens a verb's object: a determiner (`the`, `a`, `their`) or a capital (`NDAs`, `Trump`). */
export function opensVerbObject(t: Token | undefined): boolean {
  return t !== undefined && t.kind === "word" && (t.cap || ARTICLES.has(t.lower) || DEFINITE_OPENERS.has(t.lower));
}

/** A plural noun (`parents`) or a focus adverb (`still`), after which a bare verb form is a present tense. */
export function pluralOrAdverb(lower: string): boolean {
  return FOCUS_ADVERBS.has(lower) || PLURALS_WITHOUT_S.has(lower) || (lower.length > 3 && lower.endsWith("s") && !lower.endsWith("ss"));
}

/** `pluralOrAdverb` of a token's word, from its `WordForm` bits (0 for punctuation, which is neither). */
export function pluralOrAdverbToken(t: Token): boolean {
  return (t.forms & (WordForm.FOCUS_ADVERB | WordForm.PLURAL_WITHOUT_S | WordForm.PLURAL_S)) !== 0;
}

/**
 * `the families fall into the last category`, `most fares fall within the lowest band`: a singular the lexicon reads as a
 * noun, after a plural and before a preposition that opens its phrase (a determiner or a capital after it), is the
 * clause's bare present verb.
 */
export function verbBeforePhrase(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  // `a raucous crowd in Philadelphia`: an adjective in `-s` is no plural.
  if (adjectiveOnly(tokens[k - 1]?.lower ?? "") || INDEFINITE_ARTICLES.has(tokens[k - 2]?.lower ?? "")) return false;
  return !tokens[k]!.lower.endsWith("s") && next !== undefined && next.kind === "word" && !next.cap && isPreposition(next.lower) && opensVerbObject(tokens[k + 2]);
}
