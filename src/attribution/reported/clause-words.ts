import type { Token } from "../../speakers/tokenize";
import { isBareVerb, isFiniteVerb, isFunctionWord, isNounWord, isPastTense, isUnknownWord, wordClasses, WordClass, WordForm } from "../../speakers/word-tags";
import { SPEECH_VERBS } from "../../lexicon/speech-verbs";
import {
  CLAUSE_OPENERS, CLAUSE_PRONOUNS, DASH_MARKS, FINITE_WORDS, DEGREE_QUANTITIES, IRREGULAR_PASTS, NOT_CLAUSE_START,
  INVARIANT_PASTS, NOUN_BEFORE, OBJECT_OPENERS, QUANTITY_OPENERS, QUANTITY_WORDS, SINGULAR_SUBJECT_PRONOUNS, SUBORDINATORS,
} from "../../lexicon/function-words";
import { isStop } from "../cues";
import { attributive, opensVerbObject, pluralInNounPhrase, pluralOrAdverb, pluralOrAdverbToken, unknownVerbFollows, verbBeforePhrase } from "./noun-or-verb";
import { agreesAcrossPhrase, presentAfterSingular } from "./phrase-agreement";

/** How many tokens an interpolation between dashes may take. */
const MAX_INTERPOLATION = 20;
/** Above this many words a fronted subordinate clause is taken to have no main clause after it. */
const SUBORDINATE_REACH = 16;
/** How many tokens a bare clause's subject may run before its verb (`two dozen of Sen. Rand Paul’s Kentucky supporters in …`). */
const OPEN_CLAUSE_REACH = 14;
/** How many words a hearer or an object may take before its infinitive or question (`urged the administration to`). */
export const OBJECT_REACH = 6;
/** Their negations and contractions (`she's`, `doesn't`), with the typographic apostrophe made straight. */
const FINITE_CONTRACTION = /^(?:[a-z]+n't|[a-z]+'(?:s|re|ve|d|ll|m)|'(?:s|re|ve|d|ll|m))$/;
/** A contraction's ending: `he’d`, `they’re`, `it’s`. */
const CONTRACTION = /['’](?:d|ll|re|ve|m|s)$/;

/** A word without its contraction (`he’d` → `he`, `they’re` → `they`); most words have no apostrophe to look at. */
function bare(lower: string): string {
  return hasApostrophe(lower) ? lower.replace(CONTRACTION, "") : lower;
}

/** True when a word holds a straight or a typographic apostrophe. */
function hasApostrophe(w: string): boolean {
  return w.indexOf("'") >= 0 || w.indexOf("’") >= 0;
}

/** A word with its typographic apostrophes made straight (`doesn’t` → `doesn't`); most words are returned as they are. */
export function straightApostrophes(w: string): string {
  return w.indexOf("’") >= 0 ? w.replace(/’/g, "'") : w;
}

/**
 * True for a finite form of a clause in straight apostrophes: an auxiliary, a modal, a negation or a contraction.
 * The regular expression reads only words with an apostrophe: it is asked of every word of a clause.
 */
function finiteForm(w: string): boolean {
  return FINITE_WORDS.has(w) || (w.indexOf("'") >= 0 && FINITE_CONTRACTION.test(w));
}

/** Ends in `'s` or `’s` (case as written: `IT’S` does not). */
function endsApostropheS(text: string): boolean {
  const n = text.length;
  if (n < 2 || text.charCodeAt(n - 1) !== 115) return false;
  const a = text.charCodeAt(n - 2);
  return a === 39 || a === 0x2019;
}

/**
 * A past-tense form: one the lexicon lists (`lost`, `won`), an irregular one it reads otherwise (`built`, `sought`) or a
 * regular one it does not list (`undertaxed`).
 */
export function isPastForm(lower: string): boolean {
  return isPastTense(lower) || IRREGULAR_PASTS.has(lower) || (lower.length > 4 && lower.endsWith("ed") && isUnknownWord(lower));
}

/** `isPastForm` of a word token's lower case, from its bits (`WordClass`, `WordForm`). */
export function pastToken(t: Token): boolean {
  return (t.classes & WordClass.PAST) !== 0 || (t.forms & WordForm.IRREGULAR_PAST) !== 0 ||
    (t.lower.length > 4 && (t.forms & WordForm.ENDS_ED) !== 0 && (t.classes & WordClass.KNOWN) === 0);
}

/** A subject pronoun (`he`, `they’re`, `there`): after a verb of saying it opens a clause for certain. */
export function startsClauseStrict(t: Token | undefined): boolean {
  return t !== undefined && t.kind === "word" && CLAUSE_PRONOUNS.has(bareToken(t));
}

/** `bare` of a word token's lower case: its class bit tells whether it holds an apostrophe. */
function bareToken(t: Token): string {
  return (t.classes & WordClass.APOSTROPHE) === 0 ? t.lower : t.lower.replace(CONTRACTION, "");
}

/** A word that may open a bare clause: a capital, a subject pronoun, a determiner or a quantifier. */
export function startsClause(t: Token | undefined): boolean {
  return t !== undefined && t.kind === "word" && (t.cap || CLAUSE_OPENERS.has(bareToken(t)));
}

/**
 * A clause's subject opens at `k`: a subject pronoun, a determiner or a name, or a bare noun whose verb follows (`that
 * anger over the plan is growing`, `after hackers targeted …`). A verb at `k` opens none (`that was sent`, `that aired`).
 */
export function opensSubject(tokens: readonly Token[], k: number, last: number): boolean {
  const t = tokens[k];
  if (startsClause(t)) return true;
  if (!t || t.kind !== "word" || isFunctionWord(t.lower) || t.lower.endsWith("ly") || isPastForm(t.lower)) return false;
  return (isNounWord(t.lower) || !startsFinite(t.lower)) && verbFollows(tokens, k, last);
}

/** A word that may open a stance verb's object: a capital, a determiner, a comparative, a noun of policy. */
export function startsObject(t: Token | undefined): boolean {
  return t !== undefined && t.kind === "word" && (t.cap || OBJECT_OPENERS.has(t.lower));
}

/** Words in `a`..`b`, a quotation counting as two; past `max` the count stops (any figure over `max`), so a bound costs no scan of a long sentence. */
export function countWords(tokens: readonly Token[], a: number, b: number, max = Infinity): number {
  let n = 0;
  for (let k = a; k < b && n <= max; k++) if (tokens[k]!.kind === "word") n++; else if (tokens[k]!.kind === "quote") n += 2;
  return n;
}

/**
 * A clause's verb: an auxiliary, a finite form the lexicon knows, a regular past (`commented`), a present after a noun
 * (`the program brings`) or any verb after a subject pronoun (`they only buy American`).
 */
export function hasFiniteVerb(tokens: readonly Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const t = tokens[k]!;
    if (t.kind === "quote") return true;
    if (t.kind !== "word" || (t.cap && k > a)) continue;
    // The word's bits, read once per word by the tokenizer, stand for `w`'s look-ups: its classes, unless an apostrophe
    // made straight changes the word; its forms always (no list holds an apostrophe, and no ending changes with it).
    const plain = (t.classes & WordClass.APOSTROPHE) === 0;
    const w = plain ? t.lower : straightApostrophes(t.lower);
    const c = plain ? t.classes : wordClasses(w);
    const f = t.forms;
    // `he’s`, `it’s`, `there’s`: an `’s` the tokenizer did not read as a possessive is `is` or `has`.
    if (!t.possessive && endsApostropheS(t.text)) return true;
    const prev = k > a ? tokens[k - 1]! : undefined;
    // `wrote the letter and sent it`: a verb right after a conjunction shares the report's own subject.
    if (prev && (prev.forms & WordForm.SHARED_SUBJECT_CONJUNCTION) !== 0) continue;
    if (plain ? (f & WordForm.FINITE_WORD) !== 0 : finiteForm(w)) return true;
    if (attributive(tokens, k, a)) continue;
    if (pluralInNounPhrase(tokens, k, a)) continue;
    if ((c & WordClass.FINITE) !== 0 || (f & WordForm.IRREGULAR_PAST) !== 0 || (w.length > 4 && (f & WordForm.ENDS_ED) !== 0)) return true;
    // `the gathered cameras`: after an adjective participle comes its noun, not a verb.
    if (prev && prev.kind === "word" && (prev.classes & WordClass.NOUN_BEFORE) === 0 && !attributive(tokens, k - 1, a)) {
      if ((f & WordForm.PLURAL_S) !== 0 && (c & WordClass.KNOWN) === 0) return true;
      // `parents still want …`, `candidates probably need …`: a bare present form after a plural subject, a focus
      // adverb, or an adverb in `-ly` after a plural.
      const lyPrev = (prev.forms & WordForm.ENDS_LY) !== 0;
      if ((c & (WordClass.BARE_VERB | WordClass.NOUN)) === WordClass.BARE_VERB && (pluralOrAdverbToken(prev) || (lyPrev && k - 2 >= a && pluralOrAdverbToken(tokens[k - 2]!)))) return true;
      // `revelations about the plan show the need`: a bare form before its object agrees with a plural across a phrase;
      // `the plan works`: an `-s` form read as a noun, after a determiner and a singular noun, is its present.
      if (agreesAcrossPhrase(tokens, k, a) || presentAfterSingular(tokens, k, a)) return true;
      // `staffers sign NDAs`, `factors impact the cost`, `the station never shut its doors`: a word the lexicon reads
      // as a noun or an adjective, between a plural, a name or a focus adverb and a determiner or a name, is a verb.
      if ((c & (WordClass.NOUN | WordClass.PAST)) !== 0 && (pluralOrAdverbToken(prev) || prev.cap) && (opensVerbObject(tokens[k + 1]) || (!prev.cap && verbBeforePhrase(tokens, k)))) return true;
      // `Clinton put speed over security`: a bare form that is also the past, after a name.
      if (prev.cap && !prev.possessive && INVARIANT_PASTS.has(w)) return true;
      // `Clinton exclusively used a personal account`: a past after an adverb in `-ly` that follows a name or a noun.
      if ((c & WordClass.PAST) !== 0 && lyPrev && k - 2 >= a && endsSubject(tokens[k - 2]!) && opensVerbObject(tokens[k + 1])) return true;
      if (((prev.forms & WordForm.VERB_SUBJECT) !== 0 || (lyPrev && k - 2 >= a && (tokens[k - 2]!.forms & WordForm.VERB_SUBJECT) !== 0)) && (c & WordClass.FUNCTION) === 0) return true;
    }
    if (prev && (prev.forms & WordForm.VERB_SUBJECT) !== 0 && (f & WordForm.FOCUS_ADVERB) !== 0) return true;
  }
  return false;
}

/** A word that may end a subject before its adverb: a name, a plural or a noun (`Clinton`, `officials`, `the secretary`). */
function endsSubject(t: Token): boolean {
  return t.kind === "word" && !t.possessive && (t.cap || pluralOrAdverb(t.lower) || isNounWord(t.lower)) && !isFunctionWord(t.lower);
}

/**
 * A finite verb that opens a predicate without a subject of its own (`will fail`, `includes`, `was`): an auxiliary, a
 * modal or a finite form the lexicon knows; a contraction holds its subject (`she’s`) and a negation no verb (`don’t` is
 * read with its verb by `hasFiniteVerb`, not here).
 */
export function startsFinite(lower: string): boolean {
  const w = straightApostrophes(lower);
  if (w.includes("'") && !w.endsWith("n't")) return false;
  return finiteForm(w) || isFiniteVerb(w);
}

/** True for a finite form of a clause: an auxiliary, a modal, a negation or a contraction. */
export function isFiniteForm(lower: string): boolean {
  return finiteForm(straightApostrophes(lower));
}

/** `isFiniteForm` of a token's word: its `WordForm` bit, unless the word holds an apostrophe (a negation, a contraction). */
export function finiteToken(t: Token): boolean {
  return (t.forms & WordForm.FINITE_WORD) !== 0 || ((t.classes & WordClass.APOSTROPHE) !== 0 && isFiniteForm(t.lower));
}

/** A lower-case word that may open a bare clause after `said`: not a preposition or an answer, and a verb follows soon. */
export function openClause(tokens: readonly Token[], k: number, last: number): boolean {
  const t = tokens[k];
  if (!t || t.kind !== "word" || t.lower.endsWith("ly")) return false;
  const next = tokens[k + 1]?.lower ?? "";
  // `says too much is made of …`: a degree word before a quantity opens the clause; so does `about half`, `at least`.
  if (NOT_CLAUSE_START.has(t.lower) && !(t.lower === "too" && DEGREE_QUANTITIES.has(next)) &&
    !(QUANTITY_OPENERS.has(t.lower) && (QUANTITY_WORDS.has(next) || /^\d/.test(next)))) return false;
  return verbFollows(tokens, k, last) || unknownVerbFollows(tokens, k, last);
}

/**
 * True when the subject opened at `k` is followed by its finite verb within a few words, before any punctuation:
 * `said families of victims sue`, `said the museum would open`; not `added a note of caution, should …`.
 */
export function verbFollows(tokens: readonly Token[], k: number, last: number, reach = OPEN_CLAUSE_REACH): boolean {
  return subjectVerb(tokens, k, last, reach) >= 0;
}

/**
 * The finite verb of the subject opened at `k` (`said families of victims sue`), within `reach` tokens before any
 * punctuation; else `-1 - x`, where `x` is the token that ended the search (a punctuation mark, or the limit).
 */
export function subjectVerb(tokens: readonly Token[], k: number, last: number, reach = OPEN_CLAUSE_REACH): number {
  let x = k + 1;
  for (; x < last && x < k + reach; x++) {
    // `single people and families - gay, straight, adoptive and foster - would qualify`: an interpolation between dashes.
    const close = interpolationEnd(tokens, x, last);
    if (close > x) { x = close; continue; }
    const u = tokens[x]!;
    // `34,570 citizens`, `Sen. Rand Paul`: a thousands comma or an abbreviation's period goes on.
    if (u.kind !== "word" && !(u.text === "," && /^\d/.test(tokens[x + 1]?.text ?? "")) && !(u.text === "." && !isStop(tokens, x))) return -1 - x;
    if (u.kind !== "word") continue;
    if (finiteToken(u)) return x;
    // `and it hopes to …`, `she plans …`: right after `he`, `she` or `it`, a word in `-s` is its verb, not a plural.
    if (x === k + 1 && presentAfterPronoun(tokens[k]!, u)) return x;
    // `says millions lost their homes`: a past form after the subject's first words.
    if (!u.cap && attributive(tokens, x, k)) continue;
    // The words' bits (`WordClass`, `WordForm`) for their look-ups: this runs on every word of a subject.
    const p = tokens[x - 1]!;
    const nounBefore = (p.classes & WordClass.NOUN_BEFORE) !== 0;
    if (!u.cap && pastToken(u) && !nounBefore) return x;
    if (!u.cap && p.cap && !p.possessive && INVARIANT_PASTS.has(u.lower)) return x;
    // `said parents still want …`, `says the plan works`: a present form, which no noun shares, after the subject.
    if (!u.cap && !nounBefore && (u.classes & WordClass.NOUN) === 0 && ((u.classes & WordClass.FINITE) !== 0 || ((u.classes & WordClass.BARE_VERB) !== 0 && pluralOrAdverbToken(p)))) return x;
    if (!nounBefore && (agreesAcrossPhrase(tokens, x, k) || presentAfterSingular(tokens, x, k))) return x;
  }
  return -1 - x;
}

/** `despite being …, she plans`, `if elected president he could`: a subordinator, then a main clause with a subject and a verb. */
export function subordinateFirst(tokens: readonly Token[], k: number, last: number): boolean {
  if (!SUBORDINATORS.has(tokens[k]?.lower ?? "")) return false;
  for (let x = k + 2; x < last && x <= k + SUBORDINATE_REACH; x++) {
    const t = tokens[x]!;
    if (t.kind !== "word" && t.text !== ",") return false;
    if (t.kind === "word" && startsClauseStrict(t) && hasFiniteVerb(tokens, x, Math.min(last, x + 3))) return true;
  }
  return false;
}

/** Skips a short object (a hearer) up to a token that passes `stop`; -1 when punctuation or a quotation comes first. */
export function skipObject(tokens: readonly Token[], from: number, last: number, stop: (t: Token) => boolean): number {
  for (let k = from; k < last && k <= from + OBJECT_REACH; k++) {
    const t = tokens[k]!;
    if (t.kind === "word" && stop(t)) return k;
    if (t.kind !== "word") return -1;
    if (k > from && SPEECH_VERBS.has(t.lower) && !t.cap) return -1;
  }
  return -1;
}

/** Index of the first token at or after `from` (within `max`) whose text or lower-case form is `text`; -1 if none. */
export function findToken(tokens: readonly Token[], from: number, to: number, text: string, max: number): number {
  for (let k = from; k < to && k < from + max; k++) if (tokens[k]!.lower === text || tokens[k]!.text === text) return k;
  return -1;
}

/** A dash, or a hyphen standing apart from its neighbours (`families - gay, straight - would`). */
export function isDash(tokens: readonly Token[], x: number): boolean {
  const t = tokens[x]!;
  if (t.kind !== "punct") return false;
  if (DASH_MARKS.has(t.text)) return true;
  return t.text === "-" && x > 0 && tokens[x - 1]!.end < t.start && (tokens[x + 1]?.start ?? Infinity) > t.end;
}

/** The closing dash of an interpolation opened by a dash at `x` (`- gay, straight -`), or -1. */
export function interpolationEnd(tokens: readonly Token[], x: number, last: number): number {
  if (!isDash(tokens, x)) return -1;
  for (let y = x + 1; y < last && y - x <= MAX_INTERPOLATION; y++) {
    if (isDash(tokens, y)) return tokens[y + 1]?.kind === "word" ? y : -1;
    if (tokens[y]!.kind === "quote" || isStop(tokens, y)) return -1;
  }
  return -1;
}

/** True when a quotation stands in `a`..`b`. */
export function holdsQuote(tokens: readonly Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (tokens[k]!.kind === "quote") return true;
  return false;
}

/** A lower-case word in `-s` (not `-ss`) after a subject pronoun of the third person singular: `it hopes`. */
function presentAfterPronoun(p: Token, u: Token): boolean {
  return SINGULAR_SUBJECT_PRONOUNS.has(p.lower) && !u.cap && u.lower.length > 2 && u.lower.endsWith("s") && !u.lower.endsWith("ss") && !isFunctionWord(u.lower);
}

/** True when a comma stands in `a`..`b`. */
export function hasComma(tokens: readonly Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (tokens[k]!.text === ",") return true;
  return false;
}
