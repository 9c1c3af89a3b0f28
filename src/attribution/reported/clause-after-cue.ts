import type { AnalyzedParagraph } from "../../speakers/analyze";
import type { Sentence } from "../../speakers/split-sentences";
import type { Token } from "../../speakers/tokenize";
import { isNounWord, isFunctionWord, isPreposition, isUnknownWord } from "../../speakers/word-tags";
import { QUESTION_WORDS } from "../../lexicon/reporting-verbs";
import { VerbBit } from "../../lexicon/verb-classes";
import { ADVERBIAL_OPENERS, BEFORE_SUBORDINATOR, CUE_PREPOSITIONS, PHRASE_QUESTIONS, HEARER_WORDS, OBJECT_DETERMINERS, SHORT_ADVERBIALS, STORY_NOUNS, SUBORDINATORS, TIME_NOUNS, TIME_OPENERS, TIME_WORDS } from "../../lexicon/function-words";
import { isAuxiliary, type Cue } from "../cues";
import { indexMentions } from "../lookup";
import { findToken, hasFiniteVerb, isFiniteForm, isPastForm, openClause, skipObject, startsClause, startsClauseStrict, subordinateFirst, verbFollows } from "./clause-words";
import { sentenceMentions } from "./sources";
import { objectEnd } from "./object-bounds";
import { nounSubjectPastCommas } from "./opens-clause";
import { ADVERBIAL_REACH, clauseAfterAdjunct, QUOTE_MARK, thatAfterAdjuncts } from "./cue-adjunct";

/** How the clause after a cue opens. */
export type AfterShape =
  /** `said that …`, `said on Tuesday that …`. */
  | "that"
  /** `said the plan failed`, `says families of victims sue`, `says despite …, she plans`. */
  | "bare"
  /** `told a senior official that …`, `told reporters he would …`: a hearer first. */
  | "hearer"
  /** `asked workers if …`: a question after its hearer. */
  | "question"
  /** `did not say when`, `isn’t saying what …`, `told reporters how …`: an indirect question. */
  | "indirect-question"
  /** `announced his resignation`, `denied wrongdoing`: a speech verb's object. */
  | "object";

/** Where the clause after a speech cue starts, and how it opens. */
export interface AfterCue {
  readonly a: number;
  readonly shape: AfterShape;
}

/** Endings of nouns the lexicon does not list (`allegations`, `wrongdoing`, `resignation`). */
const NOUN_ENDING = /(?:tion|tions|sion|sions|ment|ments|ness|ity|ities|ism|isms|ance|ances|ence|ences|doing|ship|ships)$/;
/** How many commas a noun phrase after a cue is read through to tell it from a clause. */
const COMMA_HOPS = 2;
/** How many words a hearer may take: `told the Des Moines Register on Friday`. */
const MAX_HEARER = 8;
/** How many tokens only adverbials may take between a cue and its `that` (`said in a statement on Tuesday that`). */
const THAT_REACH = 8;
/** How many tokens an adverbial between commas right after a cue may take (`says, win or lose in Florida, he’s …`). */
const INTERPOLATION_REACH = 12;

/** The start of the clause after a speech cue (`said (that) …`), or undefined. */
export function clauseAfter(para: AnalyzedParagraph, s: Sentence, cue: Cue): AfterCue | undefined {
  const a = clauseStartAfter(para, s, cue);
  // `announced on Friday the arrest of …`: an object after a short time adverbial, when the words there make no clause.
  const timed = (cue.verb & VerbBit.OBJECT_CLAUSE) !== 0 ? objectAfterTime(para.tokens, cue.last) : -1;
  if (timed >= 0 && (!a || a.a === timed) && nounPhrase(para.tokens, timed, s.last)) return { a: timed, shape: "object" };
  if (!a) return undefined;
  // A speech verb's object (`emphasised the importance of …`) is reported without a verb of its own; after adverbials
  // (`pledged to work together`) the words must make a clause.
  // An indirect question stays one (`emphasized why …`), which `when` of the time of saying cannot be taken for.
  if (a.a === cue.last && (cue.verb & VerbBit.OBJECT_CLAUSE) !== 0 && a.shape !== "indirect-question") return { a: a.a, shape: "object" };
  // `claimed vast wealth`, `claimed the nomination on Tuesday`: a `noun-object` verb's object right after it, when the
  // words there make no clause.
  if (a.a === cue.last && a.shape === "object") return a;
  if (a.a === cue.last && a.shape === "bare" && (cue.verb & VerbBit.NOUN_OBJECT) !== 0 && nounPhrase(para.tokens, a.a, s.last)) return { a: a.a, shape: "object" };
  return a.shape === "object" ? { a: a.a, shape: "bare" } : a;
}

/** Where an object starts after a time adverbial right after the cue (`on Friday`, `Tuesday`, `last week`); -1 when none. */
function objectAfterTime(tokens: readonly Token[], k: number): number {
  if (ADVERBIAL_OPENERS.has(tokens[k]?.lower ?? "")) k++;
  const first = k;
  while (k < first + 2 && TIME_NOUNS.has(tokens[k]?.lower ?? "")) k++;
  return k > first && OBJECT_DETERMINERS.has(tokens[k]?.lower ?? "") ? k : -1;
}

/**
 * The words at `a` open a noun phrase without a verb of its own up to where an object ends (`objectEnd`), through up to
 * `COMMA_HOPS` commas (`the drug, or its residue, was found` is a clause) but not a participle after one.
 */
function nounPhrase(tokens: readonly Token[], a: number, last: number): boolean {
  if (!OBJECT_DETERMINERS.has(tokens[a]?.lower ?? "")) return false;
  let e = a;
  for (let hop = 0; hop <= COMMA_HOPS; hop++) {
    const end = objectEnd(tokens, e, last);
    if (hasFiniteVerb(tokens, e, end)) return false;
    // `declare a zone over the sea, forcing airliners to …`: a participle after the comma adds to the object.
    const next = tokens[end + 1];
    if (tokens[end]?.text !== "," || (next?.kind === "word" && !next.cap && next.lower.endsWith("ing"))) return true;
    e = end + 1;
  }
  return true;
}

function clauseStartAfter(para: AnalyzedParagraph, s: Sentence, cue: Cue): AfterCue | undefined {
  const { tokens } = para;
  const last = s.last;
  const k = afterAdverbials(tokens, cue, last);
  const lemma = cue.lemma;
  const verb = cue.verb;
  // `tells the story of how …`, `recounted the tale of why …`: the question its story noun spells out.
  const story = storyQuestion(tokens, cue.last);
  if (story >= 0) return { a: story, shape: "indirect-question" };
  const hearerFirst = (verb & VerbBit.HEARER_FIRST) !== 0;
  if (hearerFirst) {
    // Skip the hearer: `told a senior Chinese military official that`, `told reporters he would …`.
    const that = findToken(tokens, cue.last, last, "that", ADVERBIAL_REACH);
    // `told “Meet the Press” that …`: a programme's title in marks may be the hearer.
    // `warned North Korea to refrain from actions that …`: an infinitive before `that` makes it a relative, not the report's.
    if (that >= 0 && allTokens(tokens, cue.last, that, (t) => (t.kind === "word" && t.lower !== "to") || QUOTE_MARK.test(t.text))) {
      const a = afterThat(tokens, that);
      return a >= 0 ? { a, shape: that === cue.last ? "that" : "hearer" } : undefined;
    }
    const ix = indexMentions(sentenceMentions(para, s));
    const hearer = ix.byFirst.get(cue.last) ?? ix.byLead.get(cue.last);
    if (hearer && startsClauseStrict(tokens[hearer.last])) return { a: hearer.last, shape: "hearer" };
    // `told reporters how the plan would work`: a question after the hearer.
    if (hearer && QUESTION_WORDS.has(tokens[hearer.last]?.lower ?? "") && tokens[hearer.last + 1]?.kind === "word") return { a: hearer.last, shape: "indirect-question" };
    // `told the National Post he’s …`, `told reporters on Friday he would …`: a hearer the mention finder did not read.
    let x = cue.last;
    while (x < last && x - cue.last < MAX_HEARER && tokens[x]!.kind === "word" && !startsClauseStrict(tokens[x]) && (tokens[x]!.cap || HEARER_WORDS.has(tokens[x]!.lower) || isNounWord(tokens[x]!.lower) || isPlural(tokens[x]!.lower))) x++;
    if (x > cue.last && startsClauseStrict(tokens[x])) return { a: x, shape: "hearer" };
    // `warned state officials to boost …`, `told Congress to act`: a hearer and an infinitive, which is no clause of the
    // hearer's (the infinitive rules read it).
    if (hearerThenInfinitive(tokens, cue.last, last)) return undefined;
    // `told reporters after the vote the plan …`: an adjunct between the hearer and a bare clause.
    const bare = x > cue.last ? clauseAfterAdjunct(tokens, x, last) : -1;
    if (bare >= 0) return { a: bare, shape: "hearer" };
    if (x > cue.last && QUESTION_WORDS.has(tokens[x]?.lower ?? "") && tokens[x + 1]?.kind === "word") return { a: x, shape: "indirect-question" };
    // `told the AP his firm worked …`, `told the court the lawyers had …`: a determiner after the hearer opens the clause.
    const det = determinerAfterHearer(tokens, cue.last, x, last);
    if (det >= 0) return { a: det, shape: "hearer" };
  }
  // `says, win or lose in Tuesday’s primary, he’s staying in the race`: the clause opens with an adverbial between commas.
  // `says, however, that …`, `continues to insist, most recently in an interview, that …`: an adverbial between commas
  // before `that`.
  if (tokens[cue.last]?.text === ",") {
    const close = findToken(tokens, cue.last + 1, last, ",", INTERPOLATION_REACH);
    const aside = close > cue.last + 1 && !hasFiniteVerb(tokens, cue.last + 1, close);
    if (aside && tokens[close + 1]?.lower === "that" && startsClause(tokens[close + 2])) return { a: close + 2, shape: "that" };
    if (aside && (verb & VerbBit.OPEN_CLAUSE) !== 0 && startsClauseStrict(tokens[close + 1])) return { a: cue.last + 1, shape: "bare" };
  }
  // `explained to CBS why …`, `wouldn’t discuss on the show whether …`: a short phrase, then the question.
  const q = (verb & VerbBit.QUESTION_CLAUSE) !== 0 ? questionAfterPhrase(tokens, cue.last, last) : -1;
  if (q >= 0) return { a: q, shape: "indirect-question" };
  // `said that, if elected, he would …`: a parenthetical may open the clause.
  if (tokens[k]?.lower === "that") { const a = afterThat(tokens, k); return a >= 0 ? { a, shape: "that" } : undefined; }
  if ((verb & VerbBit.BARE_CLAUSE) !== 0 && !hearerFirst && startsClause(tokens[k])) return { a: k, shape: "bare" };
  // `says despite being a Stanford alumna, she plans …`, `said if elected he would …`: a fronted subordinate clause.
  if ((verb & VerbBit.OPEN_CLAUSE) !== 0 && (openClause(tokens, k, last) || subordinateFirst(tokens, k, last))) return { a: k, shape: "bare" };
  // `said comments from Rice, Rhodes and Panetta were consistent`: a noun subject whose verb follows past its commas.
  if ((verb & VerbBit.BARE_CLAUSE) !== 0 && !hearerFirst && nounSubjectPastCommas(tokens, k, last)) return { a: k, shape: "bare" };
  // `asked workers if they planned …`, `asked Clinton whether …`: a question after its hearer.
  if (lemma === "ask" || lemma === "wonder" || lemma === "question") {
    const w = skipObject(tokens, k, last, (t) => QUESTION_WORDS.has(t.lower));
    if (w >= 0 && tokens[w + 1]?.kind === "word") return { a: w, shape: "question" };
  }
  // `isn’t saying what other techniques he would support`, `did not say when`: an indirect question.
  if ((verb & VerbBit.QUESTION_CLAUSE) !== 0 && QUESTION_WORDS.has(tokens[k]?.lower ?? "") && tokens[k + 1]?.kind === "word") return { a: k, shape: "indirect-question" };
  // `announced his resignation`, `denied wrongdoing`, `confirmed reports that …`: the object of a speech verb.
  const t = tokens[k];
  if ((verb & (VerbBit.OBJECT_CLAUSE | VerbBit.NOUN_OBJECT)) !== 0 && t?.kind === "word" && (OBJECT_DETERMINERS.has(t.lower) ||
    (!t.cap && (isNounWord(t.lower) || NOUN_ENDING.test(t.lower)) && !isFunctionWord(t.lower) && !isAuxiliary(t)))) {
    return { a: k, shape: "object" };
  }
  return undefined;
}

/**
 * The token after the adverbials that may follow a cue: any before `that` (`said in a statement on Tuesday that`), a
 * prepositional phrase before a `that` that opens a clause (`argued during Saturday’s debate that he …`), or short
 * ones before a bare clause (`said Tuesday`, `said on Friday he met …`).
 */
function afterAdverbials(tokens: readonly Token[], cue: Cue, last: number): number {
  const that = findToken(tokens, cue.last, last, "that", THAT_REACH);
  if (that >= 0 && allTokens(tokens, cue.last, that, (t) => t.kind === "word" && (TIME_WORDS.has(t.lower) || t.cap || isAuxiliary(t)))) return that;
  const far = thatAfterAdjuncts(tokens, cue.last, last);
  if (far >= 0) return far;
  let k = cue.last;
  while (k < last && (isAuxiliary(tokens[k]!) || (tokens[k]!.kind === "word" && SHORT_ADVERBIALS.has(tokens[k]!.lower)))) k++;
  // `said last week he …`: the noun of a time whose opener the loop took for an adverb (`last`) belongs to it.
  // `said Tuesday night he …`, `said earlier this week he …`: a part of the day after a day, a time after an adverb.
  if (k > cue.last && k < last && TIME_NOUNS.has(tokens[k]!.lower) && (TIME_OPENERS.has(tokens[k - 1]!.lower) || SHORT_ADVERBIALS.has(tokens[k - 1]!.lower))) k++;
  else if (k > cue.last && TIME_OPENERS.has(tokens[k]?.lower ?? "") && TIME_NOUNS.has(tokens[k + 1]?.lower ?? "")) k += 2;

  // `said on Friday he met …`, `said in a statement the plan …`: a short time or place adverbial before a bare clause.
  if (ADVERBIAL_OPENERS.has(tokens[k]?.lower ?? "")) {
    let x = k + 1;
    while (x < last && x - k <= 3 && tokens[x]!.kind === "word" && (TIME_WORDS.has(tokens[x]!.lower) || tokens[x]!.cap)) x++;
    if (x > k + 1 && startsClauseStrict(tokens[x])) return x;
  }
  // `said in a recent interview the plan …`: a prepositional phrase, then a clause with its own subject and verb.
  // `said to reporters the plan …`: the loop above took `to` for an auxiliary.
  const bare = clauseAfterAdjunct(tokens, k, last);
  const direct = bare < 0 && k > cue.last ? clauseAfterAdjunct(tokens, cue.last, last) : -1;
  return bare >= 0 ? bare : direct >= 0 ? direct : k;
}

/** The question word after a story noun right after a cue (`the story of how`, `stories about why`); -1 when none. */
function storyQuestion(tokens: readonly Token[], k: number): number {
  if (OBJECT_DETERMINERS.has(tokens[k]?.lower ?? "")) k++;
  if (!STORY_NOUNS.has(tokens[k]?.lower ?? "") || !(tokens[k + 1]?.lower === "of" || tokens[k + 1]?.lower === "about")) return -1;
  return QUESTION_WORDS.has(tokens[k + 2]?.lower ?? "") && tokens[k + 3]?.kind === "word" ? k + 2 : -1;
}

/**
 * A short hearer from `from`, then `to` and a lower-case word: an infinitive (`to boost`), not a preposition before a
 * name or a determiner (`told Yahoo in response to a question`). The hearer holds no subject pronoun and no finite verb
 * (`told reporters he planned to stay` is a clause).
 */
function hearerThenInfinitive(tokens: readonly Token[], from: number, last: number): boolean {
  const to = skipObject(tokens, from, last, (t) => t.lower === "to");
  const next = tokens[to + 1];
  if (to <= from || next?.kind !== "word" || next.cap || OBJECT_DETERMINERS.has(next.lower) || isPlural(next.lower)) return false;
  for (let k = from; k < to; k++) {
    const w = tokens[k]!.lower;
    if (startsClauseStrict(tokens[k]) || isFiniteForm(w) || isPastForm(w)) return false;
  }
  return true;
}

/**
 * The determiner in the hearer's words `from`..`x` that opens a clause whose verb follows (`the AP | his firm worked`),
 * or -1: not the hearer's own first word, nor one after a determiner or a preposition (`the head of the agency`, `told
 * Reuters in an interview taped on Friday`).
 */
function determinerAfterHearer(tokens: readonly Token[], from: number, x: number, last: number): number {
  for (let y = from + 1; y < x; y++) {
    const t = tokens[y]!;
    const prev = tokens[y - 1]!.lower;
    if (!t.cap && OBJECT_DETERMINERS.has(t.lower) && !OBJECT_DETERMINERS.has(prev) && !isPreposition(prev) && verbFollows(tokens, y, last)) return y;
  }
  return -1;
}

/**
 * The question word after a short prepositional phrase at `k` (`to CBS why`, `on the call-in show whether`), or -1. Only
 * words no relative takes (`why`, `how`, `whether`): `said at the school where he studied` names a place.
 */
function questionAfterPhrase(tokens: readonly Token[], k: number, last: number): number {
  if (!CUE_PREPOSITIONS.has(tokens[k]?.lower ?? "")) return -1;
  for (let x = k + 1; x < last && x - k <= MAX_HEARER; x++) {
    const t = tokens[x]!;
    if (t.kind !== "word") return -1;
    if (PHRASE_QUESTIONS.has(t.lower)) return x > k + 1 && tokens[x + 1]?.kind === "word" ? x : -1;
    if (!t.cap && (isFiniteForm(t.lower) || isPastForm(t.lower) || QUESTION_WORDS.has(t.lower))) return -1;
  }
  return -1;
}

/** True when every token in `a`..`b` passes `test`. */
function allTokens(tokens: readonly Token[], a: number, b: number, test: (t: Token) => boolean): boolean {
  for (let k = a; k < b; k++) if (!test(tokens[k]!)) return false;
  return true;
}

/** A plural the lexicon may not list (`commuters`, `donors`). */
function isPlural(lower: string): boolean {
  return lower.length > 3 && lower.endsWith("s") && !lower.endsWith("ss") && isUnknownWord(lower);
}

/**
 * Where the clause after the report's `that` at `that` starts, or -1: the next word; after a comma, the subordinator
 * of a fronted clause (`said that, although the toll had risen, the ferries …`), or the comma itself, whose aside the
 * clause grammar reads (`said that, according to X, …`).
 */
function afterThat(tokens: readonly Token[], that: number): number {
  if (tokens[that + 1]?.kind === "word") return that + 1;
  if (tokens[that + 1]?.text !== ",") return -1;
  const w = tokens[that + 2]?.lower ?? "";
  const sub = SUBORDINATORS.has(w) || (BEFORE_SUBORDINATOR.has(w) && SUBORDINATORS.has(tokens[that + 3]?.lower ?? ""));
  return sub && tokens[that + 2]!.kind === "word" ? that + 2 : that + 1;
}
