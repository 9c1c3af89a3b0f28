/**
 * Sources as noun phrases the mention finder did not read, right before their verb: `The airline said`, `half of GOP
 * primary voters said`, `People who have battled floods say`, `Groups that oppose the law say`.
 */
import type { AnalyzedParagraph } from "../../speakers/analyze";
import type { Token } from "../../speakers/tokenize";
import { nounSource, pronounContraction, type Mention } from "../../speakers/find-mentions";
import type { Sentence } from "../../speakers/split-sentences";
import { isBareVerb, isFiniteVerb, isFunctionWord, isNounWord, isPreposition, isUnknownWord, WordClass } from "../../speakers/word-tags";
import { CLAUSE_PRONOUNS, DEFINITE_OPENERS, DOCUMENT_NOUNS, DOCUMENT_SUBJECT_STOP, RESPONDENT_PARTICIPLES, SUBJECT_GAP_RELATIVES, NOUN_CLAUSE_OPENERS, SUBORDINATORS, PRE_VERB_ADVERBS, SOURCE_RELATIVES, PHRASE_OBJECT_PRONOUNS } from "../../lexicon/function-words";
import { isAuxiliary, isStop, type Cue } from "../cues";
import { closesWithAdjunct, cueTakesPhrases } from "./cue-tail";
import { hasFiniteVerb, isPastForm } from "./clause-words";
import { postModifier } from "./closing-cue";

/** How many tokens a noun phrase the mention finder did not read may take before its verb (`half of GOP primary voters`). */
const MAX_PHRASE_SUBJECT = 8;
/** Punctuation that may open a clause whose subject is a noun phrase. */
const PHRASE_OPENERS = /^(?:,|;|:|—|–|--|\()$/;

/** The classes of the nouns of persons and groups (`source`, `official`, `aides`). */
const PERSON_NOUNS = WordClass.GROUP_NOUN | WordClass.ROLE_NOUN | WordClass.DESCRIPTION_HEAD;

/** How many words a relative clause may take between `who` and the verb of saying (`who have battled floods`). */
const MAX_RELATIVE_CLAUSE = 10;

/**
 * `The airline said`, `half of GOP primary voters said`, `Administration officials say`: a noun phrase the mention
 * finder did not read, right before the verb and opening its clause, with a noun as its head and no verb inside.
 */
export function phraseSubject(para: AnalyzedParagraph, s: Sentence, cue: Cue, speech = false): Mention | undefined {
  return plainPhraseSubject(para, s, cue, speech) ?? relativeSubject(para, s, cue, speech);
}

/**
 * `People who have battled floods say …`: a noun phrase the mention finder did not read, then a relative clause with
 * a verb of its own and no punctuation, right before the verb of saying; the phrase before `who` is the source.
 */
function relativeSubject(para: AnalyzedParagraph, s: Sentence, cue: Cue, speech: boolean): Mention | undefined {
  const { tokens } = para;
  let b = cue.first;
  while (b > s.first && isAuxiliary(tokens[b - 1]!)) b--;
  let w = b - 1;
  while (w > s.first && b - w <= MAX_RELATIVE_CLAUSE && tokens[w]!.kind === "word" && !SOURCE_RELATIVES.has(tokens[w]!.lower)) w--;
  if (w <= s.first || !SOURCE_RELATIVES.has(tokens[w]!.lower) || w + 1 >= b) return undefined;
  // `People who support the plan say …`: a bare form right after the relative is its present tense.
  const verb = relativeVerb(tokens[w + 1]!);
  if (!verb && !hasFiniteVerb(tokens, w + 1, b)) return undefined;
  // `Groups that oppose the law say …`: for a verb of saying, `that` is the subject of its clause only before its verb
  // (not `a gap that experts say …`, whose subject follows it).
  if (tokens[w]!.lower === "that" && !(speech && verb)) return undefined;
  return plainPhraseSubject(para, s, { ...cue, first: w });
}

/** A verb right after a relative `that`: an auxiliary or a verb form the lexicon knows, no noun or pronoun. */
function relativeVerb(t: Token): boolean {
  return t.kind === "word" && !t.cap && (isAuxiliary(t) || ((isFiniteVerb(t.lower) || isBareVerb(t.lower) || isPastForm(t.lower)) && !isNounWord(t.lower)));
}

export function plainPhraseSubject(para: AnalyzedParagraph, s: Sentence, cue: Cue, speech = false): Mention | undefined {
  const { tokens } = para;
  let b = cue.first;
  while (b > s.first && (isAuxiliary(tokens[b - 1]!) || (speech && PRE_VERB_ADVERBS.has(tokens[b - 1]!.lower)))) b--;
  // `those surveyed say …`: a poll's respondents, named by a participle after `those`.
  if (b - 2 >= s.first && tokens[b - 2]!.lower === "those" && RESPONDENT_PARTICIPLES.has(tokens[b - 1]!.lower) && opensPhrase(tokens, b - 2, s.first)) {
    return nounSource(para.text, tokens, para.index, b - 2, b);
  }
  // `a source close to him said`: a pronoun as the object of a modifier's preposition; the noun before it is the head.
  const h = b - 4 >= s.first && PHRASE_OBJECT_PRONOUNS.has(tokens[b - 1]!.lower) && postModifier(tokens, b - 3) ? b - 3 : b;
  const head = tokens[h - 1];
  if (!head || head.kind !== "word" || head.possessive || isFunctionWord(head.lower) || pronounContraction(head.lower) !== null) return undefined;
  let a = h - 1;
  while (a > s.first && b - a < MAX_PHRASE_SUBJECT) {
    const t = tokens[a - 1]!;
    if (t.kind !== "word" && !(t.text === "." && !isStop(tokens, a - 1)) && t.text !== "-") break;
    if (t.kind === "word" && (DOCUMENT_SUBJECT_STOP.has(t.lower) || SUBJECT_GAP_RELATIVES.has(t.lower) || NOUN_CLAUSE_OPENERS.has(t.lower) || CLAUSE_PRONOUNS.has(t.lower) || (!t.cap && isFiniteVerb(t.lower) && !isNounWord(t.lower)))) break;
    // `Before New York's chief medical examiner concluded …`, `…, when the state stated that …`: the opening word of the
    // clause (at the sentence's start or after a comma) is not the source's.
    if (t.kind === "word" && SUBORDINATORS.has(t.lower) && opensPhrase(tokens, a - 1, s.first)) break;
    a--;
  }
  // `but on Tuesday said`: a phrase opened by a preposition is an adverbial, not a subject.
  if (isPreposition(tokens[a]!.lower)) return undefined;
  const before = tokens[a - 1];
  // The head is a noun: the lexicon says so, or a definite determiner opens a phrase between a comma and a strong cue
  // that closes the sentence (`…, one slide says.`, `…, the congressional report said.`); after `a` the verb may be a
  // participle (`…, a plan announced in May.`), and a weak cue a verb of its own (`…, the borrowing continued.`); after
  // an auxiliary the verb is finite (`The harbour authority has since said …`).
  const definite = a < b - 1 && DEFINITE_OPENERS.has(tokens[a]!.lower) && !cue.weak;
  const determined = definite && ((before?.text === "," && closesWithAdjunct(tokens, cue.last, s.last, cueTakesPhrases(tokens, cue))) || (speech && (finiteBeforeClause(tokens, cue, head) || auxiliaryWithin(tokens, b, cue.first)) && !auxiliaryWithin(tokens, a, b) && !(before?.kind === "word" && SUBJECT_GAP_RELATIVES.has(before.lower))));
  // `an inside source said`: for a verb of saying, a noun of persons the lexicon lists for the mention finder, whatever
  // its other readings, as the head of a phrase without a preposition (`An earlier version of this story` is headed by
  // `version`); a document that shows (`The harbour survey showed …`) is left to the document sources.
  const person = speech && (head.classes & PERSON_NOUNS) !== 0 && !prepositionWithin(tokens, a, h);
  if (!(head.cap || isNounWord(head.lower) || person || isUnknownPlural(head.lower) || determined)) return undefined;
  const opener = before !== undefined && before.kind === "word" && SUBORDINATORS.has(before.lower) && opensPhrase(tokens, a - 1, s.first);
  // `a contractor who harbour officials say is …`, `why the pilots say …`: a relative or a wh-word opens the clause whose
  // subject the phrase is.
  const stop = before?.kind === "word" && (DOCUMENT_SUBJECT_STOP.has(before.lower) || SUBJECT_GAP_RELATIVES.has(before.lower) || NOUN_CLAUSE_OPENERS.has(before.lower));
  if (a > s.first && before && !opener && !(before.kind === "punct" && PHRASE_OPENERS.test(before.text)) && !stop) return undefined;
  return nounSource(para.text, tokens, para.index, a, b);
}

/**
 * `the fund warned that …`, `the truck story suggests the …`: a cue that cannot be a participle (a present `-s` form)
 * or whose clause opens with `that` or a subject pronoun is the finite verb of the phrase before it, whatever else its head may be; a past
 * form with a bare clause may be a participle (`the rules announced Tuesday require …`).
 */
function finiteBeforeClause(tokens: readonly Token[], cue: Cue, head: Token): boolean {
  const verb = tokens[cue.first]!.lower;
  const next = tokens[cue.last];
  // `…, the evidence indicates, …`: a parenthetical cue.
  if (!next || (next.kind !== "word" && next.text !== ",")) return false;
  // `The state admitted it made …`: a participle takes no subject pronoun after it (`the rules announced Tuesday`).
  if (CLAUSE_PRONOUNS.has(next.lower) && !next.possessive) return true;
  // `the debunked claim that …`: a bare form after a singular head is a noun; `official data suggest that` is plural.
  if (next.lower === "that") return verb !== cue.lemma || DOCUMENT_NOUNS.has(head.lower) || isUnknownPlural(head.lower);
  // `new fundraising reports show …`: an `-s` form before a verb is a plural noun, the verb's subject.
  const verbNext = next.kind === "word" && (isFiniteVerb(next.lower) || isBareVerb(next.lower));
  return verb.endsWith("s") && verb !== cue.lemma && !verbNext;
}

/** A preposition inside `a`..`b`. */
function prepositionWithin(tokens: readonly Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (tokens[k]!.kind === "word" && isPreposition(tokens[k]!.lower)) return true;
  return false;
}

/** An auxiliary inside `a`..`b` (`Both Blocher and the SVP have long complained`): the phrase holds a verb. */
function auxiliaryWithin(tokens: readonly Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (isAuxiliary(tokens[k]!) && !tokens[k]!.lower.endsWith("ly")) return true;
  return false;
}

/** Whether the phrase at `a` opens its clause: at the sentence's start or after a comma, dash or bracket. */
function opensPhrase(tokens: readonly Token[], a: number, first: number): boolean {
  const before = tokens[a - 1];
  return a === first || (before !== undefined && before.kind === "punct" && PHRASE_OPENERS.test(before.text));
}

/** A plural the lexicon does not list (`defenders`, `commuters`). */
export function isUnknownPlural(lower: string): boolean {
  return lower.length > 3 && lower.endsWith("s") && !lower.endsWith("ss") && isUnknownWord(lower);
}
