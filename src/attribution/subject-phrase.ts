/**
 * The noun phrase a verb's subject is written as, read from its own words when no mention covers it: a head with its
 * modifiers after it (`Experts on North Korea and nuclear nonproliferation said`, `people familiar with her thinking
 * say`, `Democrats in Iowa who watched the debate said`), coordinated heads (`Developers and supporters in Congress
 * say`), members between commas or dashes (`Editorial pages across the country, including this paper, warned`) and
 * a quantifier or demonstrative as its head (`Those close to him say`).
 */
import type { Mention } from "../speakers/find-mentions";
import { nounSource, pluralPhrase, pronounContraction } from "../speakers/find-mentions";
import { tokenBefore, type Token } from "../speakers/tokenize";
import { PERSON_DESCRIPTION_HEADS, PERSON_NOUN_ENDINGS } from "../lexicon/people";
import { ARTICLES, CLAUSE_PRONOUNS, DASH_MARKS, DEFINITE_OPENERS, FLOATING_QUANTIFIERS, FOCUS_ADVERBS, SUBORDINATORS, INCLUSION_OPENERS, PHRASE_CLAUSE_OPENERS, PHRASE_OBJECT_PRONOUNS, PHRASE_PRONOUN_HEADS, PHRASE_RELATIVES, PLURAL_QUANTIFIERS, SHORT_ADVERBIALS, SOURCE_MODIFIER_PARTICIPLES, TIME_NOUNS, VERB_ONLY_SPEECH_FORMS } from "../lexicon/function-words";
import { SPEECH_VERBS } from "../lexicon/speech-verbs";
import { isAdjective, isBareVerb, isFunctionWord, isNounWord, isPastTense, isPreposition, WordClass, WordForm } from "../speakers/word-tags";
import { isStop } from "./cues";
import { indexMentions } from "./lookup";

/** How many tokens a subject phrase may take before its verb. */
const MAX_SUBJECT_PHRASE = 32;
/** How many tokens a relative clause inside it may take (`who watched the Saturday debate`). */
const MAX_RELATIVE = 24;
/** How many tokens a list of members between commas or dashes may take (`including USA TODAY`). */
const MAX_INSERT = 10;

/** A subject phrase: its tokens `a`..`b` and its head `a`..`headEnd` (determiner and pre-modifiers included). */
export interface SubjectPhrase {
  readonly a: number;
  readonly headEnd: number;
  readonly b: number;
}

/**
 * The subject phrase ending right before `b` (the verb, or its auxiliaries): the longest one that opens a clause (at
 * the sentence's start, after punctuation or after a conjunction) and reads as a noun phrase to `b`; undefined when none does.
 */
export function subjectPhrase(tokens: readonly Token[], b: number, first: number): SubjectPhrase | undefined {
  for (let a = Math.max(first, b - MAX_SUBJECT_PHRASE); a < b; a++) {
    if (!opensClause(tokens, a, first)) continue;
    // `Jane Doe, the chief executive, said`: a phrase between commas is an appositive, whose name the appositive rules read.
    if (a > first && tokens[a - 1]!.text === "," && tokens[b - 1]!.text === ",") continue;
    const headEnd = readPhrase(tokens, a, b);
    if (headEnd > a) return { a, headEnd, b };
  }
  return undefined;
}

/**
 * The source a subject phrase names: the name that heads it (`Nadia Okafor in an interview with …`), the group or
 * description mention that is all of it, or else the phrase itself as a group (`people familiar with her thinking`).
 */
export function phraseSource(text: string, tokens: readonly Token[], p: SubjectPhrase, mentions: readonly Mention[], paragraph: number): Mention {
  const head = indexMentions(mentions).byLast.get(p.headEnd);
  if (head && head.lead >= p.a && head.kind === "name" && !head.possessive) return head;
  if (head && head.lead === p.a && p.headEnd === p.b && !head.possessive) return head;
  const m = phraseMention(text, tokens, p, paragraph);
  PHRASE_SOURCES.add(m);
  return m;
}

/** The mentions `phraseSource` made or chose for a phrase: sources of their own, never unnamed (see `isPhraseSource`). */
const PHRASE_SOURCES = new WeakSet<Mention>();

/**
 * Whether a mention is a subject phrase's source: a singular phrase stands for an entity of its own (`The oil industry`,
 * `Another slide`), or for the person or organisation it describes (`The retired engineer`, `the social media company`).
 */
export function isPhraseSource(m: Mention): boolean {
  return PHRASE_SOURCES.has(m);
}

/** The phrase as a new mention: a group, or the description of a person. */
function phraseMention(text: string, tokens: readonly Token[], p: SubjectPhrase, paragraph: number): Mention {
  // `Even the field's biggest hawks, like …,`: the phrase without a focus adverb before it or the comma after it.
  let a = p.a;
  let b = p.b;
  while (a < p.headEnd - 1 && FOCUS_ADVERBS.has(tokens[a]!.lower)) a++;
  while (b > p.headEnd && tokens[b - 1]!.kind === "punct") b--;
  // The phrase names many when its head does (`people familiar with her thinking`), whatever word ends it.
  const m = nounSource(text, tokens, paragraph, a, b);
  // `one in five`, `those close to him`: a quantifier with its modifier names many too.
  // `But some argue …`: a plural quantifier alone names many too.
  const alone = tokens[p.headEnd - 1]!.lower;
  const plural = pluralPhrase(tokens, a, p.headEnd) || (PHRASE_PRONOUN_HEADS.has(alone) && (p.headEnd < b || (p.headEnd - a === 1 && PLURAL_QUANTIFIERS.has(alone))));
  // `The self-described democratic socialist`, `the retired engineer`: a definite phrase headed by a noun for a person
  // describes one the article has named.
  const head = tokens[p.headEnd - 1]!;
  if (!plural && DEFINITE_OPENERS.has(tokens[a]!.lower) && personNoun(head)) return { ...m, kind: "description", name: head.lower, entityKind: "person" };
  return plural === m.plural ? m : { ...m, plural };
}

/**
 * Whether the phrase may be the subject of a verb form that is also a noun (`note`, `claims`, `demand`): its head is a
 * noun the lexicon knows, a name, a plural or a person, or a quantifier with its modifier (`Those close to him say`);
 * `ratcheting up demand` or `the most telling note` is no subject. A floating `both` or `all` alone is not either, nor
 * an indefinite phrase of a thing (`…, a plan announced in May`).
 */
export function sourceHead(tokens: readonly Token[], p: SubjectPhrase, nounCue: boolean): boolean {
  const head = tokens[p.headEnd - 1]!;
  const w = head.lower;
  if (FLOATING_QUANTIFIERS.has(w) && p.headEnd === p.b && p.headEnd - p.a === 1) return false;
  if (ARTICLES.has(tokens[p.a]!.lower) && tokens[p.a]!.lower !== "the" && !personNoun(head)) return false;
  if (!nounCue) return true;
  if (PHRASE_PRONOUN_HEADS.has(w) || head.cap || personNoun(head) || isNounWord(w) || (head.classes & (WordClass.GROUP_NOUN | WordClass.ROLE_NOUN)) !== 0) return true;
  return pluralPhrase(tokens, p.headEnd - 1, p.headEnd) && !w.endsWith("ings");
}

/** A noun for a person: a role (`engineer`, `mogul`) or a word with a person's ending (`socialist`, `neurosurgeon`). */
function personNoun(t: Token): boolean {
  if (t.cap || t.kind !== "word") return false;
  if ((t.classes & WordClass.ROLE_NOUN) !== 0 || PERSON_DESCRIPTION_HEADS.has(t.lower)) return true;
  return PERSON_NOUN_ENDINGS.some((e) => t.lower.length > e.length + 2 && t.lower.endsWith(e));
}

/** Whether a phrase at `a` opens its clause: at the sentence's start, or after punctuation or a conjunction. */
function opensClause(tokens: readonly Token[], a: number, first: number): boolean {
  if (a === first) return true;
  const before = tokens[a - 1]!;
  if (before.kind === "quote") return true;
  // `… flap?" - Democrats in Iowa said`: a hyphen standing alone is a dash.
  if (before.kind === "punct") return before.text === "," || before.text === ";" || before.text === ":" || before.text === "(" || before.text === "-" || DASH_MARKS.has(before.text);
  // `callers, including listeners who said …`: the members a list names open a phrase too.
  return (!before.cap || a - 1 === first) && (PHRASE_CLAUSE_OPENERS.has(before.lower) || INCLUSION_OPENERS.has(before.lower));
}

/**
 * A word that may stand in a noun phrase: a noun, name, adjective, number or modifier; not a verb, pronoun or clause
 * word. After a determiner or a possessive any content word is a noun (`The state`, `the group's reports`); so is the
 * plural of a verb of saying after another word of the phrase (`the next two states`), never `says` or `tells`.
 */
export function nominal(t: Token, prev?: Token): boolean {
  if (t.kind !== "word") return false;
  const w = t.lower, f = t.forms, c = t.classes;
  // `I can't`, `we've`, `have long`, `weren't`, `Why the pilots`: pronouns, auxiliaries, negations and wh-words are no words of a noun phrase.
  if ((f & (WordForm.CLAUSE_WORD | WordForm.BE_WORD)) !== 0 || ((c & WordClass.APOSTROPHE) !== 0 && pronounContraction(w) !== null)) return false;
  if (t.cap || t.possessive || w.charCodeAt(0) < 65 || (f & WordForm.HYPHEN) !== 0) return true;
  if ((f & WordForm.PHRASE_BREAK) !== 0) return false;
  const determined = prev !== undefined && prev.kind === "word" && (prev.possessive || (prev.forms & WordForm.PHRASE_DETERMINER) !== 0);
  const functionWord = (c & WordClass.FUNCTION) !== 0;
  if (determined && !functionWord) return true;
  if ((c & WordClass.SPEECH_VERB) !== 0 && !(prev !== undefined && prev.kind === "word" && w.endsWith("s") && !VERB_ONLY_SPEECH_FORMS.has(w))) return false;
  if (functionWord) return (f & WordForm.PHRASE_DETERMINER) !== 0;
  if ((c & (WordClass.NOUN | WordClass.GROUP_NOUN | WordClass.ROLE_NOUN)) !== 0) return true;
  return (c & (WordClass.FINITE | WordClass.PAST)) === 0 && (f & WordForm.ENDS_ED) === 0;
}

/** A lower-case word that is no clause word (a participle or a verb form used as an adjective: `retired`, `acting`). */
function premodifier(t: Token): boolean {
  const w = t.lower;
  return t.kind === "word" && !t.cap && !isFunctionWord(w) && !CLAUSE_PRONOUNS.has(w) && !SPEECH_VERBS.has(w);
}

/** A time word (`Tuesday`, `yesterday`, `week`), which opens or ends no source phrase. */
function timeWord(lower: string): boolean {
  return TIME_NOUNS.has(lower) || SHORT_ADVERBIALS.has(lower);
}

/** A word that can end a head: a noun, name, number or a quantifier standing alone; not a time, nor an adjective unless `final` (no preposition after it). */
function headWord(t: Token, prev: Token | undefined, final: boolean, opening: boolean): boolean {
  if (t.kind !== "word" || timeWord(t.lower)) return false;
  if (PHRASE_PRONOUN_HEADS.has(t.lower)) return true;
  // `the democratic socialist`: an adjective that is also a noun for a person ends a head where no preposition follows.
  // `Prior to launch Google said`: a word capitalised only as the sentence opens is read as its lower case.
  if (isFunctionWord(t.lower) || ((!t.cap || opening) && isAdjective(t.lower) && !isNounWord(t.lower) && !(final && personNoun(t)))) return false;
  return nominal(t, prev);
}

/**
 * Reads a noun phrase from `a` to exactly `b`; the end of its head, or -1 when the words are no such phrase. The head
 * is the words before the first modifier after it (a preposition, an adjective with its preposition, a relative, a
 * list between commas or dashes); `and` joins heads (`Developers and supporters`) and the objects of prepositions.
 */
function readPhrase(tokens: readonly Token[], a: number, b: number): number {
  const t0 = tokens[a]!;
  if (t0.kind !== "word" || isPreposition(t0.lower) || timeWord(t0.lower) || PHRASE_CLAUSE_OPENERS.has(t0.lower)) return -1;
  let k = a;
  // `The retired engineer`: a participle or verb form between words of the phrase modifies the noun after it.
  while (k < b && (nominal(tokens[k]!, tokenBefore(tokens, k)) || joins(tokens, k, b) || (k > a && premodifier(tokens[k]!) && k + 1 < b && nominal(tokens[k + 1]!, tokens[k]) && !isPreposition(tokens[k + 1]!.lower)))) k++;
  // The head ends on a noun; `Those close to him`: a demonstrative alone heads a phrase with a modifier.
  let headEnd = k;
  // An adjective ends the head only where no preposition follows it (`the democratic socialist said`, not `People familiar with`).
  while (headEnd > a && !headWord(tokens[headEnd - 1]!, tokens[headEnd - 2], headEnd === b || !preposition(tokens, headEnd), headEnd - 1 === a)) headEnd--;
  if (headEnd === a) return -1;
  // `People familiar with …`, `Those close to him`: adjectives after the head are read again as its modifiers.
  k = headEnd;
  // Whether a participle has been read: after one, nothing joins another head (`Police arrived at the scene and officials`).
  let participle = false;
  // The modifiers after the head, to the verb.
  while (k < b) {
    const t = tokens[k]!;
    if (t.kind === "word" && !t.cap && preposition(tokens, k)) {
      k++;
      // `close to him`, `familiar with her thinking`: a pronoun as the preposition's object.
      if (k < b && PHRASE_OBJECT_PRONOUNS.has(tokens[k]!.lower)) k++;
      continue;
    }
    if (nominal(t, tokens[k - 1]) || (!participle && joins(tokens, k, b))) { k++; continue; }
    // `voters going to the polls on Tuesday`, `A statement posted on the website`, `Veterans interviewed by the paper`:
    // a participle and its preposition, once, right after the head or its prepositional phrase.
    if (!participle && k > headEnd - 1 && participleModifier(tokens, k, b)) { participle = true; k++; continue; }
    // `familiar with`, `close to`, `involved in`: an adjective or participle and its preposition.
    // A past form only from `SOURCE_MODIFIER_PARTICIPLES` (`involved in`, `briefed on`), never a verb (`activists joined in`).
    if (t.kind === "word" && !t.cap && isAdjective(t.lower) && (!isPastTense(t.lower) || SOURCE_MODIFIER_PARTICIPLES.has(t.lower)) && k + 1 < b && preposition(tokens, k + 1)) { k++; continue; }
    // `who watched the debate`: a relative clause running to the verb.
    if (t.kind === "word" && PHRASE_RELATIVES.has(t.lower) && k > a && b - k <= MAX_RELATIVE && relativeClause(tokens, k + 1, b)) return headEnd;
    // `Several people I've spoken with said`, `Officials we talked to say`: a relative clause without its relative,
    // right after a plural head, opened by a subject pronoun and its verb.
    if (k === headEnd && contactRelative(tokens, k, b) && pluralPhrase(tokens, a, headEnd)) return headEnd;
    // `, including USA TODAY,` and `— Nevada and South Carolina —`: members or an aside between a pair of marks.
    const close = t.kind === "punct" ? insertEnd(tokens, k, b) : -1;
    if (close > k) { k = close + 1; continue; }
    return -1;
  }
  return headEnd;
}

/** A participle at `k` with a preposition after it (`going to`, `posted on`, `interviewed by`): a regular `-ing` or `-ed` form. */
function participleModifier(tokens: readonly Token[], k: number, b: number): boolean {
  const t = tokens[k]!;
  if (t.kind !== "word" || t.cap || k + 1 >= b || isFunctionWord(t.lower) || SPEECH_VERBS.has(t.lower) || t.lower.length < 5) return false;
  if (!t.lower.endsWith("ing") && !t.lower.endsWith("ed")) return false;
  return tokens[k + 1]!.kind === "word" && !tokens[k + 1]!.cap && (tokens[k + 1]!.lower === "by" || preposition(tokens, k + 1));
}

/** A subject pronoun at `k` (`I've`, `we`), a lower-case word after it, and a relative clause's words to `b`. */
function contactRelative(tokens: readonly Token[], k: number, b: number): boolean {
  const t = tokens[k]!;
  const w = pronounContraction(t.lower) ?? t.lower;
  if (t.kind !== "word" || w === "it" || w === "there" || !CLAUSE_PRONOUNS.has(w) || b - k > MAX_RELATIVE) return false;
  const next = tokens[k + 1];
  return next !== undefined && k + 1 < b && next.kind === "word" && !next.cap && relativeClause(tokens, k + 1, b);
}

/** A preposition at `k`; `to` only before no verb (`close to him`, not `expected to say`). */
export function preposition(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  // `Years after Bill Clinton declared …`: `after`, `before`, `since` open a clause as often as a phrase.
  if (t.lower !== "to") return isPreposition(t.lower) && !SUBORDINATORS.has(t.lower) && !PHRASE_CLAUSE_OPENERS.has(t.lower);
  const next = tokens[k + 1];
  return next !== undefined && next.kind === "word" && !isBareVerb(next.lower);
}

/** `and`, `or` or `&` between words of the phrase (`Experts on North Korea and nuclear nonproliferation`). */
function joins(tokens: readonly Token[], k: number, b: number): boolean {
  const t = tokens[k]!;
  // `in Virginia and around the country`: prepositional phrases joined as well.
  return (t.lower === "and" || t.lower === "or" || t.text === "&") && k + 1 < b && (nominal(tokens[k + 1]!) || preposition(tokens, k + 1)) && k > 0 && tokens[k - 1]!.kind === "word";
}

/** A relative clause's words in `a`..`b`: no quotation, stop or colon, commas in pairs only. */
function relativeClause(tokens: readonly Token[], a: number, b: number): boolean {
  if (a >= b) return false;
  let commas = 0;
  for (let k = a; k < b; k++) {
    const t = tokens[k]!;
    if (t.kind === "quote" || t.text === ";" || t.text === ":" || isStop(tokens, k)) return false;
    if (t.text === ",") commas++;
  }
  return commas % 2 === 0 || tokens[b - 1]!.text === ",";
}

/**
 * The closing mark of a list or aside that opens at `k`: `, including …,` (a comma before a word of `INCLUSION_OPENERS`)
 * or a dash to its pair; the closing mark stands before `b`, and the words between are a noun phrase. -1 when none.
 */
function insertEnd(tokens: readonly Token[], k: number, b: number): number {
  const open = tokens[k]!.text;
  const dash = DASH_MARKS.has(open);
  if (!dash && !(open === "," && INCLUSION_OPENERS.has(tokens[k + 1]?.lower ?? ""))) return -1;
  for (let j = k + 2; j < b && j - k <= MAX_INSERT; j++) {
    const t = tokens[j]!;
    if (dash ? DASH_MARKS.has(t.text) : t.text === ",") return j;
    if (t.kind === "quote" || isStop(tokens, j) || (t.kind === "punct" && t.text !== "," && t.text !== ".")) return -1;
    if (t.kind === "word" && !t.cap && !nominal(t) && !isPreposition(t.lower) && t.lower !== "and" && t.lower !== "or") return -1;
  }
  // `, including USA TODAY, warned`: the closing comma may be the one right before the verb.
  return !dash && tokens[b - 1]?.text === "," && b - k <= MAX_INSERT ? b - 1 : -1;
}

/** How many words a source phrase after an inverted cue may take (`…, said a handful of Democrats who attended the meeting.`). */
const MAX_INVERTED_PHRASE = 24;

/**
 * The source phrase after an inverted cue that no mention covers (`…, said several engineers.`, `…, said a handful of
 * Democrats who attended the meeting.`): a noun phrase from `a` to the sentence's end or a comma, which names people
 * (a plural head or quantifier, or a noun for a person); undefined otherwise.
 */
export function invertedPhrase(tokens: readonly Token[], a: number, last: number): SubjectPhrase | undefined {
  let b = a;
  while (b < last && b - a < MAX_INVERTED_PHRASE && tokens[b]!.kind === "word") b++;
  if (b === a || (b < last && tokens[b]!.text !== "," && !isStop(tokens, b))) return undefined;
  const headEnd = readPhrase(tokens, a, b);
  if (headEnd <= a) return undefined;
  const head = tokens[headEnd - 1]!;
  if (head.cap || isFunctionWord(head.lower)) return undefined;
  // `a handful of Democrats`, `a group of engineers`: a quantity of a plural.
  const ofPlural = tokens[headEnd]?.lower === "of" && headEnd + 1 < b && pluralPhrase(tokens, headEnd + 1, headEnd + 2);
  return pluralPhrase(tokens, a, headEnd) || personNoun(head) || ofPlural ? { a, headEnd, b } : undefined;
}
