import type { Gender } from "../lexicon/people";
import { unpackWordTable } from "./unpack-word-table";
import { CODES, MAX_DROP, SWITCH_SETS, SWITCH_WORDS, TAG_SETS, WORDS } from "./word-table.generated";

/** A lexicon entry: the word's tags, and the readings compromise lists when the word is ambiguous (`Adj|Past`). */
interface Entry {
  readonly tags: readonly string[];
  readonly readings: string | undefined;
}

const UNKNOWN: Entry = { tags: [], readings: undefined };

/**
 * compromise's one-word lexicon (lower-case word → tags), taken out of compromise at build time
 * (scripts/build-lexicon.mjs) so that loading whosaid does not load compromise. Unpacked on the
 * first look-up (a few ms), not at import, so importing the library stays cheap.
 */
let lexicon: Map<string, Entry> | undefined;

function entryOf(word: string): Entry {
  lexicon ??= unpackWordTable(WORDS, CODES, MAX_DROP, TAG_SETS.map((set): Entry => {
    const colon = set.indexOf(":");
    const tags = colon === -1 ? set : set.slice(0, colon);
    return { tags: Object.freeze(tags.split(",")), readings: colon === -1 ? undefined : set.slice(colon + 1) };
  }));
  return lexicon.get(word) ?? UNKNOWN;
}

function tagsOf(word: string): readonly string[] {
  return entryOf(word).tags;
}

const FUNCTION_TAGS = new Set([
  "Determiner", "Conjunction", "Preposition", "Pronoun", "Adverb", "QuestionWord", "Modal", "Copula", "Possessive",
  "Reflexive", "Negative", "Condition", "Gerund", "PastTense", "PresentTense", "Infinitive", "Verb", "Imperative",
  "Participle", "PhrasalVerb", "Expression", "Value", "Cardinal", "Ordinal", "TextValue", "Multiple", "Comparative",
  "Superlative", "Adjective", "Plural", "Singular", "Noun", "Uncountable", "Actor", "Duration", "Unit", "Date",
]);
const NEVER_NAME_TAGS = new Set(["WeekDay", "Month", "Demonym", "Date", "Duration"]);
const PERSON_TAGS = new Set(["FirstName", "MaleName", "FemaleName", "LastName", "Person", "Honorific"]);
const PLACE_TAGS = new Set(["Place", "City", "Country", "Region"]);
const MONTHS = new Set(["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]);

/** True when a capitalised word cannot be part of a name wherever it stands (`Wednesday`, `Russian`). */
export function isNeverName(lower: string): boolean {
  if (MONTHS.has(lower) && lower !== "may") return true;
  return tagsOf(lower).some((t) => NEVER_NAME_TAGS.has(t));
}

/** True when a capitalised word at the start of a sentence is an ordinary word there (`But`, `Speaking`, `The`). */
export function isCommonWord(lower: string): boolean {
  const tags = tagsOf(lower);
  if (tags.some((t) => PERSON_TAGS.has(t) || PLACE_TAGS.has(t) || t === "Organization" || t === "ProperNoun")) return false;
  return tags.some((t) => FUNCTION_TAGS.has(t));
}

/** Kind of entity the lexicon knows a word as, if any. */
export function lexiconKind(lower: string): "person" | "place" | "organization" | null {
  const tags = tagsOf(lower);
  if (tags.some((t) => PERSON_TAGS.has(t))) return "person";
  if (tags.some((t) => PLACE_TAGS.has(t))) return "place";
  if (tags.includes("Organization") || tags.includes("SportsTeam")) return "organization";
  return null;
}

/** Gender of a first name, from the lexicon. */
export function firstNameGender(lower: string): Gender | null {
  const tags = tagsOf(lower);
  if (tags.includes("MaleName")) return "male";
  if (tags.includes("FemaleName")) return "female";
  if (tags.includes("FirstName")) return "unknown";
  return null;
}

/** True for adjectives of nationality (`Russian`, `Chinese`). */
export function isDemonym(lower: string): boolean {
  return tagsOf(lower).includes("Demonym");
}

/** True for a bare verb form (`be`, `cut`, `win`) as after an infinitive `to`. */
export function isBareVerb(lower: string): boolean {
  const tags = tagsOf(lower);
  return tags.includes("Infinitive") || tags.includes("Verb") || tags.includes("Copula") || tags.includes("PhrasalVerb") || tags.includes("Imperative");
}

const STRICT_FUNCTION_TAGS = new Set(["Determiner", "Conjunction", "Preposition", "Pronoun", "QuestionWord", "Modal", "Copula", "Possessive", "Reflexive", "Negative", "Condition", "Adverb"]);

/** Sentence adverbs the lexicon does not list as such. */
const SENTENCE_ADVERBS = new Set(["later", "earlier", "meanwhile", "still", "then", "now", "also", "however", "instead", "today", "yesterday", "tonight", "tomorrow", "afterward", "afterwards", "nonetheless", "nevertheless", "moreover", "separately", "overall", "indeed", "thus", "hence", "first", "finally", "ultimately", "initially", "recently", "previously", "currently", "soon", "once", "again", "already", "yet", "here", "there"]);

/** True for grammatical words (`The`, `But`, `When`, `Later`) that never name anyone. */
export function isFunctionWord(lower: string): boolean {
  return SENTENCE_ADVERBS.has(lower) || tagsOf(lower).some((t) => STRICT_FUNCTION_TAGS.has(t));
}

const NON_NOUN_TAGS = new Set(["Adjective", "Adverb", "Preposition", "Conjunction", "Determiner", "Superlative", "Comparative", "Pronoun", "QuestionWord", "Modal", "Copula", "Negative", "Condition", "Gerund", "Expression"]);
const NOUN_TAGS = new Set(["Noun", "Singular", "Plural", "Uncountable", "Actor", "ProperNoun", "FirstName", "MaleName", "FemaleName", "LastName", "Person", "Place", "City", "Country", "Region", "Organization"]);

/** True for adjectives, adverbs and grammatical words (`Specifically`, `Democratic`, `Under`) — never a surname on their own. */
export function isNonNounWord(lower: string): boolean {
  const tags = tagsOf(lower);
  return tags.some((t) => NON_NOUN_TAGS.has(t)) && !tags.some((t) => NOUN_TAGS.has(t));
}

/** True for adjectives (`Republican`, `official`) that are no nouns. */
export function isAdjective(lower: string): boolean {
  const tags = tagsOf(lower);
  return (tags.includes("Adjective") || tags.includes("Demonym")) && !tags.some((t) => NOUN_TAGS.has(t));
}

/** True for prepositions (`in`, `of`, `with`). */
export function isPreposition(lower: string): boolean {
  return tagsOf(lower).includes("Preposition");
}

/** True for a finite verb form the lexicon knows (`saw`, `thinks`, `won`): past or present tense. */
export function isFiniteVerb(lower: string): boolean {
  const tags = tagsOf(lower);
  return tags.includes("PastTense") || tags.includes("PresentTense") || tags.includes("Copula") || tags.includes("Modal");
}

/** True for a word the lexicon knows as a noun (`meeting`, `building`, `policy`). */
export function isNounWord(lower: string): boolean {
  return tagsOf(lower).some((t) => NOUN_TAGS.has(t));
}

/** True for a word the lexicon does not list (`commented`, `undertaxed`): its form is all there is to read. */
export function isUnknownWord(lower: string): boolean {
  return tagsOf(lower).length === 0;
}

/** compromise's ambiguous words that may be past tense and that its lexicon does not list, with their readings; unpacked on first use. */
let switches: Map<string, string> | undefined;

/** True for a past-tense form the lexicon lists (`won`, `said`), or lists as past among other readings (`lost`, `left`). */
export function isPastTense(lower: string): boolean {
  const entry = entryOf(lower);
  if (entry.tags.includes("PastTense")) return true;
  switches ??= unpackWordTable(SWITCH_WORDS, CODES, MAX_DROP, SWITCH_SETS);
  const sw = entry.readings ?? switches.get(lower);
  return sw !== undefined && sw.split("|").includes("Past");
}
