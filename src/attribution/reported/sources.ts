/**
 * Sources that name no one: a poll's quantity phrase (`About 4 in 10 say …`) and documents (`according to FEC
 * records`, `new fundraising reports show …`). A clause whose source is one of them is reported as `reported-poll`
 * or `reported-document`, whatever its shape.
 */
import type { AnalyzedParagraph } from "../../speakers/analyze";
import type { Token } from "../../speakers/tokenize";
import { nounSource, pronounContraction, quantitySource, type Mention } from "../../speakers/find-mentions";
import type { Sentence } from "../../speakers/split-sentences";
import { isBareVerb, isFiniteVerb, isFunctionWord, isNounWord, isPreposition, isUnknownWord } from "../../speakers/word-tags";
import { CLAUSE_PRONOUNS, DEFINITE_DETERMINERS, DEFINITE_OPENERS, DOCUMENT_NOUNS, DOCUMENT_OPENERS, DOCUMENT_SOURCE_STOP, DOCUMENT_SUBJECT_STOP, POLL_SOURCE_MARKS, POLL_SOURCE_STOP, RESPONDENT_PARTICIPLES, SHARE_COUNTS, SHARE_WORDS, SUBJECT_GAP_RELATIVES, SUBORDINATORS, CLAUSE_COORDINATORS, PHRASE_PRONOUN_HEADS, SUBJECT_FRONTED_OPENERS, NOT_CLAUSE_START, PRE_VERB_ADVERBS } from "../../lexicon/function-words";
import { isAuxiliary, isStop, type Cue } from "../cues";
import { lowerBound } from "../lookup";
import { closesWithAdjunct, cueTakesPhrases } from "./cue-tail";
import { hasFiniteVerb, isPastForm } from "./clause-words";

/** How far back from `say` a poll's quantity phrase may start. */
const POLL_SOURCE_REACH = 16;
/** How many tokens a source without a name may take after `according to` (`early results of exit polls conducted by …`). */
const MAX_DOCUMENT_SOURCE = 24;
/** How many tokens a noun phrase the mention finder did not read may take before its verb (`half of GOP primary voters`). */
const MAX_PHRASE_SUBJECT = 8;
/** Punctuation that may open a clause whose subject is a noun phrase. */
const PHRASE_OPENERS = /^(?:,|;|:|—|–|--|\()$/;

/** How many words a relative clause may take between `who` and the verb of saying (`who have battled floods`). */
const MAX_RELATIVE_CLAUSE = 10;

/** How many words a document's noun phrase may take before its verb (`FEC records from the 2008 presidential election cycle`). */
const MAX_DOCUMENT_SUBJECT = 12;

/** The mentions of sentence `s` (sentences are sorted by their first token). */
export function sentenceMentions(para: AnalyzedParagraph, s: Sentence): readonly Mention[] {
  return para.mentions[lowerBound(para.sentences, s.first, (x) => x.first)] ?? [];
}

/** `About 4 in 10 say …`, `52 percent of registered voters say …`: the quantity phrase opening the clause of `say`. */
export function pollSource(para: AnalyzedParagraph, s: Sentence, cue: Cue): Mention | undefined {
  const { tokens } = para;
  let a = cue.first - 1;
  const floor = Math.max(s.first, cue.first - POLL_SOURCE_REACH);
  while (a >= floor && !(tokens[a]!.kind === "punct" && POLL_SOURCE_MARKS.has(tokens[a]!.text)) && !POLL_SOURCE_STOP.has(tokens[a]!.lower)) a--;
  if (a < floor && floor > s.first) return undefined;
  let b = cue.first;
  while (b > a + 1 && isAuxiliary(tokens[b - 1]!)) b--;
  return quantitySource(para.text, tokens, para.index, a + 1, b) ?? undefined;
}

/**
 * True when the mention is a share of those asked (`52 percent`, `half of GOP primary voters`, `four in 10 voters`),
 * as a poll reports its findings; `Some experts`, `Both men` or `the 57-year-old scientist` are people, not a poll.
 */
export function isShare(tokens: readonly Token[], m: Mention): boolean {
  for (let k = m.first; k < m.last; k++) {
    const w = tokens[k]!.lower;
    if (SHARE_WORDS.has(w)) return true;
    if ((w === "in" || w === "of" || w === "out") && k > m.first && count(tokens[k - 1]!.lower) && count(tokens[w === "out" ? k + 2 : k + 1]?.lower ?? "")) return true;
  }
  return false;
}

/** A number in digits or words: `4`, `four`. */
function count(lower: string): boolean {
  return /^\d+$/.test(lower) || SHARE_COUNTS.has(lower);
}

/**
 * `according to a new poll`, `according to FEC records`, `according to the results`: a source that names no one, read
 * as a noun phrase up to the comma, the sentence's end or a new clause. It must open with a determiner or a capital.
 */
export function documentSource(para: AnalyzedParagraph, s: Sentence, cue: Cue): Mention | undefined {
  const { tokens } = para;
  const a = cue.last;
  const t0 = tokens[a];
  if (!t0 || t0.kind !== "word") return undefined;
  const opened = t0.cap || DOCUMENT_OPENERS.has(t0.lower);
  if (!opened && isFunctionWord(t0.lower)) return undefined;
  let b = a;
  while (b < s.last && b - a < MAX_DOCUMENT_SOURCE) {
    const t = tokens[b]!;
    if (t.kind !== "word" && !(t.text === "." && !isStop(tokens, b)) && t.text !== "-" && t.text !== "&") break;
    if (b > a && DOCUMENT_SOURCE_STOP.has(t.lower)) break;
    b++;
  }
  if (b === a || (b < s.last && tokens[b]!.kind === "word")) return undefined;
  // `…, according to media trackers.`, `…, according to unofficial election results tallied …`: without a determiner
  // or a capital, a phrase of plurals or documents that closes the sentence (not `according to plan`, `to state law`).
  if (!opened && !(closesWithAdjunct(tokens, b, s.last, false) && b - a >= 2 && pluralOrDocument(tokens, a, b))) return undefined;
  return nounSource(para.text, tokens, para.index, a, b);
}

/** A document noun in `a`..`b` (`results`, `figures`), or a plural at its end (`media trackers`). */
function pluralOrDocument(tokens: readonly Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (DOCUMENT_NOUNS.has(tokens[k]!.lower)) return true;
  const last = tokens[b - 1]!.lower;
  return isUnknownPlural(last) || (isNounWord(last) && last.endsWith("s") && !last.endsWith("ss"));
}

/** `records show`, `new fundraising reports show`, `FEC records from the 2008 cycle show`: a document noun phrase right before the verb. */
export function documentSubject(para: AnalyzedParagraph, s: Sentence, cue: Cue): Mention | undefined {
  const { tokens } = para;
  let b = cue.first;
  while (b > s.first && isAuxiliary(tokens[b - 1]!)) b--;
  let a = b;
  let head = false;
  while (a > s.first && b - a < MAX_DOCUMENT_SUBJECT) {
    const t = tokens[a - 1]!;
    if (t.kind !== "word" && !(t.text === "." && !isStop(tokens, a - 1)) && t.text !== "-") break;
    if (t.kind === "word" && DOCUMENT_SUBJECT_STOP.has(t.lower)) break;
    if (t.kind === "word" && DOCUMENT_NOUNS.has(t.lower)) head = true;
    a--;
  }
  if (!head || a === b) return undefined;
  return nounSource(para.text, tokens, para.index, a, b);
}

/**
 * Whether a document phrase holds the subject and says more: its modifiers come first (`new fundraising reports` for
 * `reports`) or it holds a name (`FEC records from the 2012 cycle` for `FEC`); `A survey by the board` stays `survey`.
 */
export function widerDocument(doc: Mention, subject: Mention): boolean {
  if (doc.first > subject.lead || doc.last < subject.last) return false;
  return doc.first < subject.lead || (subject.kind === "name" && doc.last > subject.last);
}

/**
 * `The airline said`, `half of GOP primary voters said`, `Administration officials say`: a noun phrase the mention
 * finder did not read, right before the verb and opening its clause, with a noun as its head and no verb inside.
 */
export function phraseSubject(para: AnalyzedParagraph, s: Sentence, cue: Cue, speech = false): Mention | undefined {
  return plainPhraseSubject(para, s, cue, speech) ?? relativeSubject(para, s, cue);
}

/**
 * `People who have battled floods say …`: a noun phrase the mention finder did not read, then a relative clause with
 * a verb of its own and no punctuation, right before the verb of saying; the phrase before `who` is the source.
 */
function relativeSubject(para: AnalyzedParagraph, s: Sentence, cue: Cue): Mention | undefined {
  const { tokens } = para;
  let b = cue.first;
  while (b > s.first && isAuxiliary(tokens[b - 1]!)) b--;
  let w = b - 1;
  while (w > s.first && b - w <= MAX_RELATIVE_CLAUSE && tokens[w]!.kind === "word" && tokens[w]!.lower !== "who") w--;
  if (w <= s.first || tokens[w]!.lower !== "who" || w + 1 >= b || !hasFiniteVerb(tokens, w + 1, b)) return undefined;
  return plainPhraseSubject(para, s, { ...cue, first: w });
}

function plainPhraseSubject(para: AnalyzedParagraph, s: Sentence, cue: Cue, speech = false): Mention | undefined {
  const { tokens } = para;
  let b = cue.first;
  while (b > s.first && (isAuxiliary(tokens[b - 1]!) || (speech && PRE_VERB_ADVERBS.has(tokens[b - 1]!.lower)))) b--;
  // `those surveyed say …`: a poll's respondents, named by a participle after `those`.
  if (b - 2 >= s.first && tokens[b - 2]!.lower === "those" && RESPONDENT_PARTICIPLES.has(tokens[b - 1]!.lower) && opensPhrase(tokens, b - 2, s.first)) {
    return nounSource(para.text, tokens, para.index, b - 2, b);
  }
  const head = tokens[b - 1];
  if (!head || head.kind !== "word" || head.possessive || isFunctionWord(head.lower) || pronounContraction(head.lower) !== null) return undefined;
  let a = b - 1;
  while (a > s.first && b - a < MAX_PHRASE_SUBJECT) {
    const t = tokens[a - 1]!;
    if (t.kind !== "word" && !(t.text === "." && !isStop(tokens, a - 1)) && t.text !== "-") break;
    if (t.kind === "word" && (DOCUMENT_SUBJECT_STOP.has(t.lower) || SUBJECT_GAP_RELATIVES.has(t.lower) || CLAUSE_PRONOUNS.has(t.lower) || (!t.cap && isFiniteVerb(t.lower) && !isNounWord(t.lower)))) break;
    // `Before New York's chief medical examiner concluded …`: the clause's opening word is not the source's.
    if (a - 1 === s.first && t.kind === "word" && SUBORDINATORS.has(t.lower)) break;
    a--;
  }
  // `but on Tuesday said`: a phrase opened by a preposition is an adverbial, not a subject.
  if (isPreposition(tokens[a]!.lower)) return undefined;
  const before = tokens[a - 1];
  // The head is a noun: the lexicon says so, or a definite determiner opens a phrase between a comma and a strong cue
  // that closes the sentence (`…, one slide says.`, `…, the congressional report said.`); after `a` the verb may be a
  // participle (`…, a plan announced in May.`), and a weak cue a verb of its own (`…, the borrowing continued.`).
  const definite = a < b - 1 && DEFINITE_OPENERS.has(tokens[a]!.lower) && !cue.weak;
  const determined = definite && ((before?.text === "," && closesWithAdjunct(tokens, cue.last, s.last, cueTakesPhrases(tokens, cue))) || (speech && finiteBeforeClause(tokens, cue, head) && !auxiliaryWithin(tokens, a, b) && !(before?.kind === "word" && SUBJECT_GAP_RELATIVES.has(before.lower))));
  if (!(head.cap || isNounWord(head.lower) || isUnknownPlural(head.lower) || determined)) return undefined;
  const opener = before !== undefined && a - 1 === s.first && before.kind === "word" && SUBORDINATORS.has(before.lower);
  // `a contractor who harbour officials say is …`: a relative opens the clause whose subject the phrase is.
  const stop = before?.kind === "word" && (DOCUMENT_SUBJECT_STOP.has(before.lower) || SUBJECT_GAP_RELATIVES.has(before.lower));
  if (a > s.first && before && !opener && !(before.kind === "punct" && PHRASE_OPENERS.test(before.text)) && !stop) return undefined;
  return nounSource(para.text, tokens, para.index, a, b);
}

/**
 * `the fund warned that …`, `the truck story suggests the …`: a cue that cannot be a participle (a present `-s` form)
 * or whose clause opens with `that` is the finite verb of the phrase before it, whatever else its head may be; a past
 * form with a bare clause may be a participle (`the rules announced Tuesday require …`).
 */
function finiteBeforeClause(tokens: readonly Token[], cue: Cue, head: Token): boolean {
  const verb = tokens[cue.first]!.lower;
  const next = tokens[cue.last];
  // `…, the evidence indicates, …`: a parenthetical cue.
  if (!next || (next.kind !== "word" && next.text !== ",")) return false;
  // `the debunked claim that …`: a bare form after a singular head is a noun; `official data suggest that` is plural.
  if (next.lower === "that") return verb !== cue.lemma || DOCUMENT_NOUNS.has(head.lower) || isUnknownPlural(head.lower);
  // `new fundraising reports show …`: an `-s` form before a verb is a plural noun, the verb's subject.
  const verbNext = next.kind === "word" && (isFiniteVerb(next.lower) || isBareVerb(next.lower));
  return verb.endsWith("s") && verb !== cue.lemma && !verbNext;
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
function isUnknownPlural(lower: string): boolean {
  return lower.length > 3 && lower.endsWith("s") && !lower.endsWith("ss") && isUnknownWord(lower);
}

/** How far into its sentence the first verb may stand for a verb after `and` to share its subject. */
const MAX_OPENING_SUBJECT = 10;

/**
 * `Some seek … and argue that …`, `The affidavit cited … and said that …`, `His ex-wife agreed, but also contended
 * that …`: a verb after `and`, `but` or `or` (across auxiliaries and adverbs) shares the subject of the sentence's first
 * verb, a phrase no mention covers that opens the sentence (a quantifier alone too: `Some`, `Many`).
 */
export function coordinatedSubject(para: AnalyzedParagraph, s: Sentence, cue: Cue): Mention | undefined {
  const { tokens } = para;
  const k = afterCoordinator(tokens, cue, s.first);
  if (k < 0) return undefined;
  const opened = afterFronted(tokens, s, k);
  return opened === undefined ? undefined : openingSubject(para, { ...s, first: opened }, cue, k);
}

/** The `and`, `but` or `or` before a verb (across auxiliaries and adverbs: `but also contended`), or -1. */
export function afterCoordinator(tokens: readonly Token[], cue: Cue, first: number): number {
  let k = cue.first - 1;
  while (k > first && isAuxiliary(tokens[k]!)) k--;
  return CLAUSE_COORDINATORS.has(tokens[k]?.lower ?? "") ? k : -1;
}

/**
 * Where the subject of a sentence may start: at its start, or after the comma that closes a phrase opened by a
 * preposition or an adverb (`Beyond the footage, the affidavit cited …`); undefined when that comma is not near.
 */
function afterFronted(tokens: readonly Token[], s: Sentence, k: number): number | undefined {
  const t0 = tokens[s.first]!;
  if (!(isPreposition(t0.lower) || SUBJECT_FRONTED_OPENERS.has(t0.lower) || NOT_CLAUSE_START.has(t0.lower))) return s.first;
  for (let x = s.first + 1; x < k && x - s.first <= MAX_OPENING_SUBJECT; x++) if (tokens[x]!.text === ",") return x + 1;
  // `But the affidavit cited …`: a conjunction or an adverb alone.
  return CLAUSE_COORDINATORS.has(t0.lower) ? s.first + 1 : undefined;
}

/** The subject of the first verb of a sentence (its first verb before `k`), as a phrase that opens it. */
function openingSubject(para: AnalyzedParagraph, s: Sentence, cue: Cue, k: number): Mention | undefined {
  const { tokens } = para;
  // `Some seek …`, `Many fear …`: a quantifier standing alone before a verb.
  const second = tokens[s.first + 1]!;
  if (PHRASE_PRONOUN_HEADS.has(tokens[s.first]!.lower) && second.kind === "word" && !second.cap && !isNounWord(second.lower) && (isFiniteVerb(second.lower) || isBareVerb(second.lower))) {
    return nounSource(para.text, tokens, para.index, s.first, s.first + 1);
  }
  for (let v = s.first + 1; v < k && v - s.first <= MAX_OPENING_SUBJECT; v++) {
    const t = tokens[v]!;
    if (t.kind !== "word") {
      if (t.kind === "quote" || t.text !== "-") return undefined;
      continue;
    }
    if (t.cap || !((isFiniteVerb(t.lower) && !isNounWord(t.lower)) || isPastForm(t.lower))) continue;
    let b = v;
    while (b > s.first && isAuxiliary(tokens[b - 1]!)) b--;
    const m = plainPhraseSubject(para, s, { ...cue, first: v, last: v + 1 });
    if (m?.first === s.first) return m;
    // `The affidavit cited …`: a definite phrase of a few words, whatever its head (not one that hangs on a pronoun's
    // referent, `His ex-wife`, whose speaker the text leaves to the reader).
    return b - s.first >= 2 && DEFINITE_DETERMINERS.has(tokens[s.first]!.lower) && plainWords(tokens, s.first + 1, b) ? nounSource(para.text, tokens, para.index, s.first, b) : undefined;
  }
  return undefined;
}

/** Words in `a`..`b` that may stand in a noun phrase: no function word, auxiliary or punctuation but a hyphen. */
function plainWords(tokens: readonly Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const t = tokens[k]!;
    if (t.kind !== "word" ? t.text !== "-" : isFunctionWord(t.lower) || isAuxiliary(t) || isFiniteVerb(t.lower)) return false;
  }
  return true;
}
