/**
 * What whosaid reads from compromise's lexicon: a word's tags collapsed into the class bits its look-ups test. The
 * word table (word-table.generated.ts) is written with these classes by scripts/build-lexicon.mjs, which runs
 * `classesOfTags` on every word of the installed compromise; the table's test checks the two agree, so a change here
 * is followed by `npm run build:lexicon`.
 */

/** The class bits of a lexicon word (bits 0–17 of `WordClass` in word-tags, which adds the bits of whosaid's own lists). */
export const LexiconClass = {
  /** The lexicon lists the word. */
  KNOWN: 1 << 0,
  /** Never part of a name (`Wednesday`, `Russian`, `March`). */
  NEVER_NAME: 1 << 1,
  /** An ordinary word at the start of a sentence (`But`, `Speaking`, `The`). */
  COMMON: 1 << 2,
  PERSON: 1 << 3,
  PLACE: 1 << 4,
  ORGANIZATION: 1 << 5,
  MALE_NAME: 1 << 6,
  FEMALE_NAME: 1 << 7,
  FIRST_NAME: 1 << 8,
  DEMONYM: 1 << 9,
  BARE_VERB: 1 << 10,
  /** A grammatical word or sentence adverb (`The`, `When`, `Later`). */
  FUNCTION: 1 << 11,
  /** Has an adjective, adverb or grammatical reading. */
  NON_NOUN_READING: 1 << 12,
  /** Has a noun reading. */
  NOUN: 1 << 13,
  /** Adjective or demonym. */
  ADJECTIVE_READING: 1 << 14,
  PREPOSITION: 1 << 15,
  FINITE: 1 << 16,
  /** Past tense, or past among its ambiguous readings (`lost`, `left`). */
  PAST: 1 << 17,
} as const;

const L = LexiconClass;

const FUNCTION_TAGS = new Set([
  "Determiner", "Conjunction", "Preposition", "Pronoun", "Adverb", "QuestionWord", "Modal", "Copula", "Possessive",
  "Reflexive", "Negative", "Condition", "Gerund", "PastTense", "PresentTense", "Infinitive", "Verb", "Imperative",
  "Participle", "PhrasalVerb", "Expression", "Value", "Cardinal", "Ordinal", "TextValue", "Multiple", "Comparative",
  "Superlative", "Adjective", "Plural", "Singular", "Noun", "Uncountable", "Actor", "Duration", "Unit", "Date",
]);
const NEVER_NAME_TAGS = new Set(["WeekDay", "Month", "Demonym", "Date", "Duration"]);
const PERSON_TAGS = new Set(["FirstName", "MaleName", "FemaleName", "LastName", "Person", "Honorific"]);
const PLACE_TAGS = new Set(["Place", "City", "Country", "Region"]);
const STRICT_FUNCTION_TAGS = new Set(["Determiner", "Conjunction", "Preposition", "Pronoun", "QuestionWord", "Modal", "Copula", "Possessive", "Reflexive", "Negative", "Condition", "Adverb"]);
const NON_NOUN_TAGS = new Set(["Adjective", "Adverb", "Preposition", "Conjunction", "Determiner", "Superlative", "Comparative", "Pronoun", "QuestionWord", "Modal", "Copula", "Negative", "Condition", "Gerund", "Expression"]);
const NOUN_TAGS = new Set(["Noun", "Singular", "Plural", "Uncountable", "Actor", "ProperNoun", "FirstName", "MaleName", "FemaleName", "LastName", "Person", "Place", "City", "Country", "Region", "Organization"]);

/**
 * The classes of a word of compromise's lexicon, from its tags (`Adjective`, `PastTense`) and, for an ambiguous word,
 * its readings (`Adj`, `Past`). Run by scripts/build-lexicon.mjs when it writes the word table, which stores the result.
 */
export function classesOfTags(tags: readonly string[], readings: readonly string[]): number {
  const has = (t: string) => tags.includes(t);
  const any = (s: ReadonlySet<string>) => tags.some((t) => s.has(t));
  let mask = tags.length > 0 ? L.KNOWN : 0;
  if (any(NEVER_NAME_TAGS)) mask |= L.NEVER_NAME;
  if (!(any(PERSON_TAGS) || any(PLACE_TAGS) || has("Organization") || has("ProperNoun")) && any(FUNCTION_TAGS)) mask |= L.COMMON;
  if (any(PERSON_TAGS)) mask |= L.PERSON;
  if (any(PLACE_TAGS)) mask |= L.PLACE;
  if (has("Organization") || has("SportsTeam")) mask |= L.ORGANIZATION;
  if (has("MaleName")) mask |= L.MALE_NAME;
  if (has("FemaleName")) mask |= L.FEMALE_NAME;
  if (has("FirstName")) mask |= L.FIRST_NAME;
  if (has("Demonym")) mask |= L.DEMONYM;
  if (has("Infinitive") || has("Verb") || has("Copula") || has("PhrasalVerb") || has("Imperative")) mask |= L.BARE_VERB;
  if (any(STRICT_FUNCTION_TAGS)) mask |= L.FUNCTION;
  if (any(NON_NOUN_TAGS)) mask |= L.NON_NOUN_READING;
  if (any(NOUN_TAGS)) mask |= L.NOUN;
  if (has("Adjective") || has("Demonym")) mask |= L.ADJECTIVE_READING;
  if (has("Preposition")) mask |= L.PREPOSITION;
  if (has("PastTense") || has("PresentTense") || has("Copula") || has("Modal")) mask |= L.FINITE;
  if (has("PastTense") || readings.includes("Past")) mask |= L.PAST;
  return mask;
}
