/**
 * Sources that name no one: a poll's quantity phrase (`About 4 in 10 say …`) and documents (`according to FEC
 * records`, `new fundraising reports show …`). A clause whose source is one of them is reported as `reported-poll`
 * or `reported-document`, whatever its shape.
 */
import type { AnalyzedParagraph } from "../../speakers/analyze";
import type { Token } from "../../speakers/tokenize";
import { nounSource, pronounContraction, pronounSource, quantitySource, type Mention } from "../../speakers/find-mentions";
import type { Sentence } from "../../speakers/split-sentences";
import { isBareVerb, isFiniteVerb, isFunctionWord, isNounWord, isPreposition } from "../../speakers/word-tags";
import { DEFINITE_DETERMINERS, POSSESSIVE_DETERMINERS, DOCUMENT_NOUNS, DOCUMENT_OPENERS, DOCUMENT_SOURCE_STOP, DOCUMENT_SUBJECT_STOP, POLL_SOURCE_MARKS, POLL_SOURCE_STOP, SHARE_COUNTS, SHARE_WORDS, SUBORDINATORS, CLAUSE_COORDINATORS, FIRST_PERSON_SUBJECTS, PHRASE_PRONOUN_HEADS, SUBJECT_FRONTED_OPENERS, NOT_CLAUSE_START } from "../../lexicon/function-words";
import { isAuxiliary, isStop, type Cue } from "../cues";
import { lowerBound } from "../lookup";
import { closesWithAdjunct } from "./cue-tail";
import { isPastForm } from "./clause-words";
import { isUnknownPlural, plainPhraseSubject } from "./phrase-subject";

export { phraseSubject } from "./phrase-subject";

/** How far back from `say` a poll's quantity phrase may start. */
const POLL_SOURCE_REACH = 16;
/** How many tokens a source without a name may take after `according to` (`early results of exit polls conducted by …`). */
const MAX_DOCUMENT_SOURCE = 24;

/** How many words a document's noun phrase may take before its verb (`FEC records from the 2008 presidential election cycle`). */
const MAX_DOCUMENT_SUBJECT = 12;

/** The mentions of sentence `s` (sentences are sorted by their first token). */
export function sentenceMentions(para: AnalyzedParagraph, s: Sentence): readonly Mention[] {
  return para.mentions[lowerBound(para.sentences, s.first, (x) => x.first)] ?? [];
}

/** A subject that may be a poll's quantity phrase or part of one (`52 percent`, `voters`): a group, not a name. */
export function withinPoll(m: Mention): boolean {
  return m.kind === "group" || m.kind === "description";
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
    // `according to complete but unofficial returns`: `but` between two adjectives joins them.
    if (b > a && DOCUMENT_SOURCE_STOP.has(t.lower) && !(t.lower === "but" && pairedModifier(tokens, b))) break;
    b++;
  }
  if (b === a || (b < s.last && tokens[b]!.kind === "word")) return undefined;
  // `…, according to media trackers.`, `…, according to unofficial election results tallied …`: without a determiner
  // or a capital, a phrase of plurals or documents that closes the sentence (not `according to plan`, `to state law`).
  if (!opened && !(closesWithAdjunct(tokens, b, s.last, false) && b - a >= 2 && pluralOrDocument(tokens, a, b))) return undefined;
  return nounSource(para.text, tokens, para.index, a, b);
}

/** `complete but unofficial`: `but` at `k` between two modifiers (no nouns, verbs nor function words) of one noun. */
function pairedModifier(tokens: readonly Token[], k: number): boolean {
  return modifierAt(tokens[k - 1]) && modifierAt(tokens[k + 1]) && tokens[k + 2]?.kind === "word";
}

function modifierAt(t: Token | undefined): boolean {
  return t !== undefined && t.kind === "word" && !t.cap && !isNounWord(t.lower) && !isFunctionWord(t.lower) && !isFiniteVerb(t.lower);
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
    // `The affidavit cited …`, `His ex-wife agreed, but also contended …`: a definite or possessive phrase of a few
    // words, whatever its head.
    const det = tokens[s.first]!.lower;
    return b - s.first >= 2 && (DEFINITE_DETERMINERS.has(det) || POSSESSIVE_DETERMINERS.has(det)) && plainWords(tokens, s.first + 1, b) ? nounSource(para.text, tokens, para.index, s.first, b) : undefined;
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

/**
 * `I told him that …`, `I argue that …`, `I’ve been saying for years that …`: the first-person pronoun right before the
 * verb (across auxiliaries and adverbs) is its source, outside quotation marks (a quotation is one token, so its own
 * `I` is never read here). Not a mention of the article's people: the writer, who the text does not name.
 */
export function firstPersonSubject(para: AnalyzedParagraph, s: Sentence, cue: Cue): Mention | undefined {
  const { tokens } = para;
  let k = cue.first - 1;
  while (k > s.first && isAuxiliary(tokens[k]!) && !contractedFirstPerson(tokens[k]!.lower)) k--;
  const t = tokens[k];
  if (k < s.first || !t || t.kind !== "word" || !(FIRST_PERSON_SUBJECTS.has(t.lower) || contractedFirstPerson(t.lower))) return undefined;
  // `I` opens its clause: the sentence's start, or a comma, colon, conjunction or subordinator before it (`when I
  // said …`; not `whom I told`).
  const before = tokens[k - 1];
  if (k > s.first && before && !(before.kind === "punct" || CLAUSE_COORDINATORS.has(before.lower) || SUBORDINATORS.has(before.lower))) return undefined;
  return pronounSource(para.text, tokens, para.index, k, (pronounContraction(t.lower) ?? t.lower) === "we");
}

/** Whether a source is the writer's `I` or `we` (`I’ve`), whom the text does not name. */
export function isFirstPerson(m: Mention): boolean {
  const lower = m.text.toLowerCase();
  return m.kind === "pronoun" && (FIRST_PERSON_SUBJECTS.has(lower) || contractedFirstPerson(lower));
}

/** `I’ve`, `we’d`: a first-person pronoun with its auxiliary. */
function contractedFirstPerson(lower: string): boolean {
  const base = pronounContraction(lower);
  return base !== null && FIRST_PERSON_SUBJECTS.has(base);
}
