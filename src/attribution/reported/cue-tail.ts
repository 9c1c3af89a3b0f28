/**
 * What may follow a closing cue and its source before the sentence ends (`…, X said on Tuesday in a statement.`,
 * `…, X said in his 2012 book, ''An American Son.''`, `…, the office reported on Tuesday -- a development that …`):
 * adverbials without a verb, then the sentence's stop, a semicolon, a dash, or a comma before a clause of the cue's
 * own or a phrase without a verb.
 */
import type { Token } from "../../speakers/tokenize";
import { isBareVerb, isFiniteVerb, isFunctionWord, isNounWord, isPreposition } from "../../speakers/word-tags";
import { SPEECH_VERBS } from "../../lexicon/speech-verbs";
import { ARTICLES, CUE_ADJUNCTS, CUE_TAIL_CLAUSE_OPENERS as OPENS_CLAUSE, DASH_MARKS, SOURCE_PARTICIPLES, SUBORDINATORS, TIME_MEASURES, TIME_NOUNS, TIME_WORDS } from "../../lexicon/function-words";
import { QUOTE_CHARS } from "../../lexicon/quote-marks";
import { isAuxiliary, isStop, type Cue } from "../cues";
import { VerbBit } from "../../lexicon/verb-classes";
import { hasFiniteVerb } from "./clause-words";
import { MAX_TAIL_TOKENS } from "./clause-bounds";

/** How many tokens the adverbials right after a closing cue may take (`after meeting Thursday with Trump aides`). */
const MAX_ADVERBIAL_TOKENS = 16;
/** A quotation in the adverbials is a title (`on MSNBC's “Morning Joe.”`) only when this short. */
const MAX_TITLE_CHARS = 48;
/** The marks that end the cue's clause: the sentence's stop, a semicolon (`…, analysts say; in 2012, …`). */
const CLAUSE_STOPS: ReadonlySet<string> = new Set([".", "!", "?", ";"]);

/**
 * Only adverbials stand between `from` and the sentence's end, then a subordinate clause of the cue's own or a phrase
 * without a verb after a comma (`…, lawmakers said Friday, as they bristled at …`, `…, X said Thursday, a day after …`).
 * `phrases`: any prepositional phrase may stand among the adverbials (`in posing the question to Christie`), as after
 * a verb that reports a clause; otherwise only times, names and the words of a setting (`in a statement`).
 */
export function closesWithAdjunct(tokens: readonly Token[], from: number, last: number, phrases: boolean): boolean {
  const k = adverbialsEnd(tokens, from, last, phrases);
  if (k >= last || (CLAUSE_STOPS.has(tokens[k]!.text) && isStop(tokens, k))) return true;
  // `…, the office reported on Tuesday -- a development that …`: a dash after the cue opens the writer's comment.
  if (DASH_MARKS.has(tokens[k]!.text) && tokens[k]!.text !== "-") return true;
  let c = k - 1;
  while (c >= from && tokens[c]!.text !== ",") c--;
  if (c < from) return false;
  if (c === k - 1 && CUE_ADJUNCTS.has(tokens[k]!.lower) && tokens[k + 1]?.kind === "word") return true;
  // `…, the Gazette reported, citing two officials.`, `…, X said, without giving details.`: a participle of the source's.
  if (c === k - 1 && sourceParticiple(tokens, k)) return true;
  // `…, X declared on Thursday, two days after voters went to the polls.`: a measured time before its subordinator.
  if (c === k - 1 && measuredAdjunct(tokens, k, last)) return true;
  // `…, X said in his 2012 book, ''An American Son.''`: a short title in apposition closes the sentence.
  if (phrases && c === k - 1 && tokens[k]!.kind === "quote" && tokens[k]!.text.length <= MAX_TITLE_CHARS && (k + 1 >= last || isStop(tokens, k + 1))) return true;
  // `…, X told reporters on Thursday, a day after the vote.`: a phrase without a verb, in apposition to the time; one
  // opened by `and` or `but` (`…, X says by a wide margin, and require every buyer to …`) is a second predicate.
  if (OPENS_CLAUSE.has(tokens[c + 1]?.lower ?? "")) return false;
  let e = c + 1;
  while (e < last && e - c <= MAX_TAIL_TOKENS && tokens[e]!.kind === "word") e++;
  return e > c + 1 && (e >= last || CLAUSE_STOPS.has(tokens[e]!.text)) && !hasFiniteVerb(tokens, c + 1, e) && !infinitiveAt(tokens, c + 1, e);
}

/**
 * An infinitive opens the phrase at `k`..`e`, after `for` and its subject or not (`…, he says, to help write the rules`,
 * `it makes sense, X said, for Democrats to act now`): it completes the clause before the cue, never an adjunct of it.
 */
export function infinitiveAt(tokens: readonly Token[], k: number, e: number): boolean {
  let x = k;
  if (tokens[x]!.lower === "for") while (x < e && x - k <= FOR_SUBJECT_REACH && tokens[x]!.lower !== "to") x++;
  const v = tokens[x + 1];
  if (tokens[x]?.lower !== "to" || v === undefined || v.kind !== "word" || v.cap) return false;
  if (isBareVerb(v.lower)) return true;
  // `to help write`, `to talk to Congress`: a noun's form that an object or a second verb follows is a verb.
  const w = tokens[x + 2];
  return isNounWord(v.lower) && !v.lower.endsWith("s") && w !== undefined && w.kind === "word" && !w.cap && (w.lower === "to" || ARTICLES.has(w.lower) || isBareVerb(w.lower));
}

/** How many words the subject of an infinitive after `for` may take (`for the Democrats in Congress to`). */
const FOR_SUBJECT_REACH = 5;

/**
 * A participle at `k` whose subject is the source of the cue before it: one of a verb of saying (`citing`, `recalling`),
 * of refusal (`declining to …`), or any after `without` (`without giving details`). Others may go on with the content's
 * own subject (`…, they say, imposing new tariffs`).
 */
export function sourceParticiple(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (t === undefined || t.kind !== "word" || t.cap) return false;
  if (t.lower === "without") return participle(tokens[k + 1]);
  return participle(t) && (SPEECH_VERBS.has(t.lower) || SOURCE_PARTICIPLES.has(t.lower));
}

/** A lower-case word in `-ing`. */
function participle(t: Token | undefined): boolean {
  return t !== undefined && t.kind === "word" && !t.cap && t.lower.length > 5 && t.lower.endsWith("ing");
}

/**
 * The token after the adverbials (`on Tuesday`, `in a statement`, `after meeting Thursday with Trump aides`,
 * `on MSNBC's “Morning Joe.”`) and commas that follow a cue at `from`. Before the first comma any prepositional phrase
 * without a verb of its own is read (with `phrases`); after it only times and names, so that a clause after the comma (`…, X said, the city …`)
 * stays the parenthetical cue's.
 */
function adverbialsEnd(tokens: readonly Token[], from: number, last: number, phrases: boolean): number {
  let k = from;
  let comma = false;
  // Set at a preposition: lower-case words go on only inside a prepositional phrase (`in posing the question`), never
  // as an object of the cue (`says things such as`, `, which advocates say disadvantages needy schools`).
  let phrase = false;
  while (k < last && k - from <= MAX_ADVERBIAL_TOKENS) {
    const t = tokens[k]!;
    if (t.text === ",") { comma = true; k++; continue; }
    // `on MSNBC's “Morning Joe.”`, `in his book, ''An American Son.''`: the marks of a title that is no quotation of
    // speech are plain tokens; its capitalised words are read as names.
    if (phrases && t.kind === "punct" && isQuoteMarks(t.text)) { k++; continue; }
    if (comma || k - from > MAX_TAIL_TOKENS) {
      if (t.kind === "word" && (TIME_WORDS.has(t.lower) || t.cap)) { k++; continue; }
      break;
    }
    // `on “Morning Joe.”`: a short title after a word of the adverbial.
    if (t.kind === "quote") {
      if (phrases && k > from && tokens[k - 1]!.kind === "word" && t.text.length <= MAX_TITLE_CHARS) { k++; continue; }
      break;
    }
    // `D.C.`, `St.`: the period of an abbreviation.
    if (t.text === "." && !isStop(tokens, k)) { k++; continue; }
    if (t.kind !== "word") break;
    // `during his campaign speech to be a national delegate`: a noun of the phrase takes its own infinitive.
    if (phrase && nounInfinitive(tokens, k)) { k++; continue; }
    if (phrases && !t.cap && isPreposition(t.lower) && adverbialWord(t, tokens[k + 1])) phrase = true;
    else if (!(TIME_WORDS.has(t.lower) || t.cap || (phrase && adverbialWord(t, tokens[k + 1])))) break;
    k++;
  }
  return k;
}

/** A token made of quotation marks only: `“`, `''`, `"`. */
function isQuoteMarks(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!QUOTE_CHARS.has(text[i]!)) return false;
  return text.length > 0;
}

/** A lower-case word that may stand in an adverbial phrase: not a verb, an auxiliary or a word that opens a clause. */
function adverbialWord(t: Token, next: Token | undefined): boolean {
  if (OPENS_CLAUSE.has(t.lower) || isAuxiliary(t) || SPEECH_VERBS.has(t.lower)) return false;
  // `to` before a bare verb is an infinitive (`said to be`), not a preposition.
  if (t.lower === "to" && next && next.kind === "word" && !next.cap && isFiniteVerb(next.lower) && !isNounWord(next.lower)) return false;
  return !(isFiniteVerb(t.lower) && !isNounWord(t.lower));
}

/** A bare verb at `k` after `to` and a common noun (`speech to be`, `a bid to win`): the noun's infinitive. */
function nounInfinitive(tokens: readonly Token[], k: number): boolean {
  const v = tokens[k]!;
  const n = tokens[k - 2];
  return tokens[k - 1]?.lower === "to" && !v.cap && (isBareVerb(v.lower) || isAuxiliary(v)) && n !== undefined && n.kind === "word" && !n.cap && !isFiniteVerb(n.lower) && !isFunctionWord(n.lower);
}

/** `two days after …`, `hours before …`: a measured time, then a subordinator that opens the cue's own clause. */
function measuredAdjunct(tokens: readonly Token[], k: number, last: number): boolean {
  let x = k;
  while (x < last && x - k < 3 && tokens[x]!.kind === "word" && isMeasure(tokens[x]!.lower)) x++;
  return x > k && SUBORDINATORS.has(tokens[x]?.lower ?? "") && tokens[x + 1]?.kind === "word";
}

/** A word of a measured time: a number in digits, a number word, `a`, `several`, a unit or a time noun. */
function isMeasure(w: string): boolean {
  if (TIME_MEASURES.has(w) || TIME_NOUNS.has(w)) return true;
  for (let i = 0; i < w.length; i++) if (w.charCodeAt(i) < 48 || w.charCodeAt(i) > 57) return false;
  return w.length > 0;
}

/**
 * Whether any prepositional phrase may follow the cue before the sentence ends (`closesWithAdjunct`'s `phrases`): a
 * verb that reports a clause (`…, the office reported in its annual review.`), not a weak verb, a participle or an
 * -s form that is also a noun (`top news tweets about the attacks`). A source without a verb of its own (`according to
 * X`, a document after it) takes times and settings only.
 */
export function cueTakesPhrases(tokens: readonly Token[], cue: Cue): boolean {
  const verb = tokens[cue.first]!;
  return !cue.sourceAfter && !cue.gerund && (cue.verb & VerbBit.BARE_CLAUSE) !== 0 && (cue.verb & VerbBit.WEAK) === 0 && !(verb.lower.endsWith("s") && isNounWord(verb.lower));
}
