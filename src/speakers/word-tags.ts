import { MONTH_NAMES } from "../lexicon/dates";
import {
  BE_WORDS, CLAUSE_PRONOUNS, FINITE_AUXILIARIES, FINITE_WORDS, FOCUS_ADVERBS, INCLUSION_OPENERS, ING_PREPOSITIONS, IRREGULAR_PASTS, LIMITING_ADJECTIVES, NEW_REPORT_CONJUNCTIONS, NOUN_BEFORE, NOUN_MARKERS, PARTICIPLE_BEFORE, PASSIVE_BEFORE, PLURALS_WITHOUT_S,
  NOUN_CLAUSE_OPENERS, PHRASE_DETERMINERS, PHRASE_RELATIVES, SHARED_SUBJECT_CONJUNCTIONS, SUBJECT_GAP_RELATIVES, VERB_SUBJECTS,
} from "../lexicon/function-words";
import { GROUP_NOUNS, HONORIFICS, PERSON_DESCRIPTION_HEADS, ROLE_NOUNS, SPEAKER_PRONOUNS, type Gender } from "../lexicon/people";
import { HEARSAY_ADVERBS, PARTICLE_VERBS, REPORTING_VERBS } from "../lexicon/reporting-verbs";
import { BARE_INFINITIVE_HOSTS, CAUSING_VERBS, CLAIM_NOUNS, PHRASAL_CUES, PROMISE_NOUNS, SOURCE_AFTER_PHRASES, SPEECH_VERBS } from "../lexicon/speech-verbs";
import { LexiconClass } from "./tag-classes";
import { unpackWordTable } from "./unpack-word-table";
import { CODES, ESCAPES, MAX_DROP, PARADIGMS, RULES, WORDS } from "./word-table.generated";

/**
 * Word classes, one bit each: what the predicates below ask of a word, read from the word table (computed from the
 * word's tags when the table is generated) and from the few lists of this module, rather than by walking the word's
 * tags on every question.
 */
export const WordClass = {
  // Bits 0–17: the word's readings in compromise's lexicon (tag-classes.ts), stored per word in the word table.
  ...LexiconClass,
  // Membership in the word lists the rules read on every token (lexicon/*), so that a rule asks a bit, not a set.
  /** A form of a verb of saying (`SPEECH_VERBS`). */
  SPEECH_VERB: 1 << 18,
  /** A verb form of a phrasal cue (`PHRASAL_CUES`: `shot` back). */
  PHRASAL_CUE: 1 << 19,
  /** `SPEAKER_PRONOUNS`. */
  SPEAKER_PRONOUN: 1 << 20,
  /** `GROUP_NOUNS`. */
  GROUP_NOUN: 1 << 21,
  /** `ROLE_NOUNS`. */
  ROLE_NOUN: 1 << 22,
  /** `PERSON_DESCRIPTION_HEADS`. */
  DESCRIPTION_HEAD: 1 << 23,
  /** `HONORIFICS`. */
  HONORIFIC: 1 << 24,
  /** `NOUN_BEFORE`: a verb form after it is a noun. */
  NOUN_BEFORE: 1 << 25,
  /** `PASSIVE_BEFORE`. */
  PASSIVE_BEFORE: 1 << 26,
  /** A form of a verb of `lexicon/reporting-verbs` (`believes`, `called`, `declined`): the reported-speech shapes read content after it. */
  REPORTING_VERB: 1 << 27,
  /** The first word of a cue whose source follows it (`SOURCE_AFTER_PHRASES`: `according` to, `per`). */
  SOURCE_AFTER_START: 1 << 28,
  /**
   * `HEARSAY_ADVERBS` (`reportedly`): `findHearsay` reads every token of most sentences. The last free bits: 30 and 31
   * together, so that every mask of classes is a small integer wherever V8 compresses pointers (Chrome, Edge, Deno),
   * whose small integers are 31 bits: bit 30 alone made `reportedly`'s classes 2^30 or more, a heap number, and once
   * one such token was made, every token's `classes` a boxed number allocated with the token.
   */
  HEARSAY_ADVERB: (1 << 30) | (1 << 31),
  // The word's shape.
  /** An apostrophe, `'` or `’`, in the word (`they’ll`, `o'clock`): only such a word may be a contraction. */
  APOSTROPHE: 1 << 29,
} as const;

/** The word lists behind the list bits of `WordClass`, read once when the classes are built (so edits to a list carry over). */
const LIST_CLASSES: ReadonlyArray<readonly [number, { keys(): Iterable<string> }]> = [
  [WordClass.SPEECH_VERB, SPEECH_VERBS], [WordClass.PHRASAL_CUE, PHRASAL_CUES], [WordClass.SPEAKER_PRONOUN, SPEAKER_PRONOUNS],
  [WordClass.GROUP_NOUN, GROUP_NOUNS], [WordClass.ROLE_NOUN, ROLE_NOUNS], [WordClass.DESCRIPTION_HEAD, PERSON_DESCRIPTION_HEADS],
  [WordClass.HONORIFIC, HONORIFICS], [WordClass.NOUN_BEFORE, NOUN_BEFORE], [WordClass.PASSIVE_BEFORE, PASSIVE_BEFORE],
  [WordClass.REPORTING_VERB, REPORTING_VERBS.clause], [WordClass.REPORTING_VERB, REPORTING_VERBS.infinitive],
  [WordClass.REPORTING_VERB, REPORTING_VERBS.question], [WordClass.REPORTING_VERB, REPORTING_VERBS.object], [WordClass.REPORTING_VERB, PARTICLE_VERBS],
  [WordClass.SOURCE_AFTER_START, new Set(SOURCE_AFTER_PHRASES.map((words) => words[0]!))], [WordClass.HEARSAY_ADVERB, HEARSAY_ADVERBS],
];

const C = WordClass;

/** Sentence adverbs the lexicon does not list as such. */
const SENTENCE_ADVERBS = new Set(["later", "earlier", "meanwhile", "still", "then", "now", "also", "however", "instead", "today", "yesterday", "tonight", "tomorrow", "afterward", "afterwards", "nonetheless", "nevertheless", "moreover", "separately", "overall", "indeed", "thus", "hence", "first", "finally", "ultimately", "initially", "recently", "previously", "currently", "soon", "once", "again", "already", "yet", "here", "there"]);

/**
 * compromise's one-word lexicon (lower-case word → classes), taken out of compromise at build time
 * (scripts/build-lexicon.mjs) so that loading whosaid does not load compromise. Unpacked on the
 * first look-up (a few ms), not at import, so importing the library stays cheap. The ambiguous words the
 * lexicon does not list are in it too, with their past reading only.
 */
let classes: Map<string, number> | undefined;

function buildClasses(): Map<string, number> {
  const map = unpackWordTable(WORDS, CODES, ESCAPES, MAX_DROP, PARADIGMS, RULES);
  for (const m of MONTH_NAMES) if (m !== "may") map.set(m, (map.get(m) ?? 0) | C.NEVER_NAME);
  for (const w of SENTENCE_ADVERBS) map.set(w, (map.get(w) ?? 0) | C.FUNCTION);
  for (const [bit, list] of LIST_CLASSES) for (const w of list.keys()) map.set(w, (map.get(w) ?? 0) | bit);
  return map;
}

/**
 * The classes of a lower-case word (`WordClass` bits): from the lexicon table and this module's lists, 0 for a word
 * nobody lists. One map look-up; test the bits instead of asking the predicates below one by one.
 */
export function wordClasses(lower: string): number {
  // Rules ask several questions of one word in a row (`isDemonym`, `isNeverName`, `isFunctionWord` of the same token):
  // the last answer is kept, and a different string is told apart by its (cached) hash without a look-up.
  if (lower === lastWord) return lastClasses;
  lastWord = lower;
  // The words of running text repeat (`the`, `said`, names): a small table indexed by a hash of the word answers most
  // look-ups from memory the processor keeps close, where the lexicon's map of tens of thousands of words does not.
  let h = lower.length;
  for (let i = 0; i < lower.length; i++) h = Math.imul(h ^ lower.charCodeAt(i), 0x01000193);
  const slot = (h ^ (h >>> 15)) & (RECENT_SIZE - 1);
  if (recentWords[slot] === lower) return (lastClasses = recentClasses[slot]!);
  classes ??= buildClasses();
  lastClasses = (classes.get(lower) ?? 0) | (lower.includes("’") || lower.includes("'") ? C.APOSTROPHE : 0);
  recentWords[slot] = lower;
  recentClasses[slot] = lastClasses;
  return lastClasses;
}

/**
 * A second mask of a word (`Token.forms`), beside `WordClass`, whose bits are all taken: membership in more of the word
 * lists the reported-speech rules read on every token, and the word's ending, read once per distinct word by the
 * tokenizer so that a rule tests a bit, not a set or `endsWith`. No list here holds an apostrophe or a punctuation mark,
 * and no ending bit fits punctuation, so 0 (a punctuation mark's or a quotation's forms) answers for those too.
 */
export const enum WordForm {
  /** `FINITE_WORDS`: an auxiliary, a modal or `cannot`. */
  FINITE_WORD = 1 << 0,
  /** `BE_WORDS`. */
  BE_WORD = 1 << 1,
  /** `SHARED_SUBJECT_CONJUNCTIONS`. */
  SHARED_SUBJECT_CONJUNCTION = 1 << 2,
  /** `NEW_REPORT_CONJUNCTIONS`. */
  NEW_REPORT_CONJUNCTION = 1 << 3,
  /** `CAUSING_VERBS`. */
  CAUSING_VERB = 1 << 4,
  /** `IRREGULAR_PASTS`. */
  IRREGULAR_PAST = 1 << 5,
  /** `PARTICIPLE_BEFORE`. */
  PARTICIPLE_BEFORE = 1 << 6,
  /** `VERB_SUBJECTS`. */
  VERB_SUBJECT = 1 << 7,
  /** `FOCUS_ADVERBS`. */
  FOCUS_ADVERB = 1 << 8,
  /** `PLURALS_WITHOUT_S`. */
  PLURAL_WITHOUT_S = 1 << 9,
  /** `NOUN_MARKERS`: a speech verb's form after one is a noun. */
  NOUN_MARKER = 1 << 10,
  /** `LIMITING_ADJECTIVES`. */
  LIMITING_ADJECTIVE = 1 << 11,
  /** `BARE_INFINITIVE_HOSTS`. */
  BARE_INFINITIVE_HOST = 1 << 12,
  /** No word of a noun phrase (`nominal`): `CLAUSE_PRONOUNS`, `NOUN_CLAUSE_OPENERS`, `FINITE_AUXILIARIES`, a word ending in `n't`. */
  CLAUSE_WORD = 1 << 13,
  /** `SUBJECT_GAP_RELATIVES`, `PHRASE_RELATIVES`, `INCLUSION_OPENERS`, `ING_PREPOSITIONS`: a lower-case one ends a noun phrase. */
  PHRASE_BREAK = 1 << 14,
  /** `PHRASE_DETERMINERS`. */
  PHRASE_DETERMINER = 1 << 15,
  // The word's ending.
  /** Ends in `ed`. */
  ENDS_ED = 1 << 16,
  /** Ends in `ly`. */
  ENDS_LY = 1 << 17,
  /** Ends in `ing`. */
  ENDS_ING = 1 << 18,
  /** A plural's shape: more than three characters, ending in `s` but not `ss`. */
  PLURAL_S = 1 << 19,
  /** A hyphen in the word. */
  HYPHEN = 1 << 20,
  /** A key of `CLAIM_NOUNS` or `PROMISE_NOUNS`: a noun of saying or of promise (`claim`, `pledge`). */
  SAYING_NOUN = 1 << 21,
}

/** The word lists behind the list bits of `WordForm`. */
const LIST_FORMS: ReadonlyArray<readonly [number, { keys(): Iterable<string> }]> = [
  [WordForm.FINITE_WORD, FINITE_WORDS], [WordForm.BE_WORD, BE_WORDS], [WordForm.SHARED_SUBJECT_CONJUNCTION, SHARED_SUBJECT_CONJUNCTIONS],
  [WordForm.NEW_REPORT_CONJUNCTION, NEW_REPORT_CONJUNCTIONS], [WordForm.CAUSING_VERB, CAUSING_VERBS], [WordForm.IRREGULAR_PAST, IRREGULAR_PASTS],
  [WordForm.PARTICIPLE_BEFORE, PARTICIPLE_BEFORE], [WordForm.VERB_SUBJECT, VERB_SUBJECTS], [WordForm.FOCUS_ADVERB, FOCUS_ADVERBS],
  [WordForm.PLURAL_WITHOUT_S, PLURALS_WITHOUT_S], [WordForm.NOUN_MARKER, NOUN_MARKERS], [WordForm.LIMITING_ADJECTIVE, LIMITING_ADJECTIVES],
  [WordForm.BARE_INFINITIVE_HOST, BARE_INFINITIVE_HOSTS], [WordForm.CLAUSE_WORD, CLAUSE_PRONOUNS], [WordForm.CLAUSE_WORD, NOUN_CLAUSE_OPENERS],
  [WordForm.CLAUSE_WORD, FINITE_AUXILIARIES], [WordForm.PHRASE_BREAK, SUBJECT_GAP_RELATIVES], [WordForm.PHRASE_BREAK, PHRASE_RELATIVES],
  [WordForm.PHRASE_BREAK, INCLUSION_OPENERS], [WordForm.PHRASE_BREAK, ING_PREPOSITIONS], [WordForm.PHRASE_DETERMINER, PHRASE_DETERMINERS],
  [WordForm.SAYING_NOUN, CLAIM_NOUNS], [WordForm.SAYING_NOUN, PROMISE_NOUNS],
];

let listForms: Map<string, number> | undefined;

function buildForms(): Map<string, number> {
  const map = new Map<string, number>();
  for (const [bit, list] of LIST_FORMS) for (const w of list.keys()) map.set(w, (map.get(w) ?? 0) | bit);
  return map;
}

/** The `WordForm` bits of a lower-case word: read once per distinct word (the tokenizer's table), not per question. */
export function wordForms(lower: string): number {
  listForms ??= buildForms();
  let f = listForms.get(lower) ?? 0;
  if (lower.endsWith("ed")) f |= WordForm.ENDS_ED;
  if (lower.endsWith("ly")) f |= WordForm.ENDS_LY;
  if (lower.endsWith("ing")) f |= WordForm.ENDS_ING;
  if (lower.length > 3 && lower.endsWith("s") && !lower.endsWith("ss")) f |= WordForm.PLURAL_S;
  if (lower.endsWith("n't") || lower.endsWith("n’t")) f |= WordForm.CLAUSE_WORD;
  if (lower.includes("-")) f |= WordForm.HYPHEN;
  return f;
}

let lastWord = "";
let lastClasses = 0;
/** Slots of the table of recent words (a power of two). */
const RECENT_SIZE = 16384;
const recentWords: (string | undefined)[] = new Array<string | undefined>(RECENT_SIZE).fill(undefined);
const recentClasses = new Int32Array(RECENT_SIZE);

/** True when a capitalised word cannot be part of a name wherever it stands (`Wednesday`, `Russian`). */
export function isNeverName(lower: string): boolean {
  return (wordClasses(lower) & C.NEVER_NAME) !== 0;
}

/** True when a capitalised word at the start of a sentence is an ordinary word there (`But`, `Speaking`, `The`). */
export function isCommonWord(lower: string): boolean {
  return (wordClasses(lower) & C.COMMON) !== 0;
}

/** Kind of entity the lexicon knows a word as, if any. */
export function lexiconKind(lower: string): "person" | "place" | "organization" | null {
  return kindOfClasses(wordClasses(lower));
}

/** `lexiconKind` from a word's classes (a token's `classes`), without looking the word up again. */
export function kindOfClasses(mask: number): "person" | "place" | "organization" | null {
  if (mask & C.PERSON) return "person";
  if (mask & C.PLACE) return "place";
  if (mask & C.ORGANIZATION) return "organization";
  return null;
}

/** Gender of a first name, from the lexicon. */
export function firstNameGender(lower: string): Gender | null {
  return genderOfClasses(wordClasses(lower));
}

/** `firstNameGender` from a word's classes (a token's `classes`). */
export function genderOfClasses(mask: number): Gender | null {
  if (mask & C.MALE_NAME) return "male";
  if (mask & C.FEMALE_NAME) return "female";
  if (mask & C.FIRST_NAME) return "unknown";
  return null;
}

/** True for adjectives of nationality (`Russian`, `Chinese`). */
export function isDemonym(lower: string): boolean {
  return (wordClasses(lower) & C.DEMONYM) !== 0;
}

/** True for a bare verb form (`be`, `cut`, `win`) as after an infinitive `to`. */
export function isBareVerb(lower: string): boolean {
  return (wordClasses(lower) & C.BARE_VERB) !== 0;
}

/** True for grammatical words (`The`, `But`, `When`, `Later`) that never name anyone. */
export function isFunctionWord(lower: string): boolean {
  return (wordClasses(lower) & C.FUNCTION) !== 0;
}

/** True for adjectives, adverbs and grammatical words (`Specifically`, `Democratic`, `Under`) — never a surname on their own. */
export function isNonNounWord(lower: string): boolean {
  return (wordClasses(lower) & (C.NON_NOUN_READING | C.NOUN)) === C.NON_NOUN_READING;
}

/** True for adjectives (`Republican`, `official`) that are no nouns. */
export function isAdjective(lower: string): boolean {
  return (wordClasses(lower) & (C.ADJECTIVE_READING | C.NOUN)) === C.ADJECTIVE_READING;
}

/** True for prepositions (`in`, `of`, `with`). */
export function isPreposition(lower: string): boolean {
  return (wordClasses(lower) & C.PREPOSITION) !== 0;
}

/** True for a finite verb form the lexicon knows (`saw`, `thinks`, `won`): past or present tense. */
export function isFiniteVerb(lower: string): boolean {
  return (wordClasses(lower) & C.FINITE) !== 0;
}

/** True for a word the lexicon knows as a noun (`meeting`, `building`, `policy`). */
export function isNounWord(lower: string): boolean {
  return (wordClasses(lower) & C.NOUN) !== 0;
}

/** True for a word the lexicon does not list (`commented`, `undertaxed`): its form is all there is to read. */
export function isUnknownWord(lower: string): boolean {
  return (wordClasses(lower) & C.KNOWN) === 0;
}

/** True for a past-tense form the lexicon lists (`won`, `said`), or lists as past among other readings (`lost`, `left`). */
export function isPastTense(lower: string): boolean {
  return (wordClasses(lower) & C.PAST) !== 0;
}
