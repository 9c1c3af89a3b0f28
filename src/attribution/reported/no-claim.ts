/**
 * Guards that tell a found content it reports no claim, whatever rule read it: a content that is only the time of the
 * saying (`noted this week`), `said it best`, a relative `that` after a hearer (`told a crowd that gathered …`), a verb
 * of reporting read where it is a noun (`the greatest fear`, `3,500 projects`), `that` as a determiner (`feel that way`),
 * a refusal with its beneficiary (`denied his party the victory`), a hypothetical (`some would say …`), the place of
 * a quotation's saying (`“…,” X said at a town hall …`), an adjective in -ing (`a promising start`), a noun of saying
 * after the source's own verb (`…, X made no mention of it`), a negated passive (`was not asked to …`), a conditional saying (`if the court found …`), a saying that did not happen (`it goes without saying
 * that …`), `said to be`, a yes/no question (`Did she say …?`). Each reads a few tokens around the cue or the content's
 * start, never the whole sentence.
 */
import { tokenBefore, type Token } from "../../speakers/tokenize";
import { isFiniteVerb, isNonNounWord, isNounWord, isPreposition } from "../../speakers/word-tags";
import { VerbBit } from "../../lexicon/verb-classes";
import { ARTICLES, BE_PASSIVE, FINITE_AUXILIARIES, RELATIVES, POSSESSIVE_DETERMINERS, SHORT_ADVERBIALS, TIME_NOUNS, TIME_OPENERS } from "../../lexicon/function-words";
import { QUESTION_WORDS } from "../../lexicon/reporting-verbs";
import { CONDITIONAL_OPENERS, DEGREE_BEFORE_ADJECTIVE, DOUBLE_OBJECT_VERBS, NEGATED_BE, PASSIVE_NEGATIONS, HYPOTHETICAL_MODALS, UNSAID_BEFORE, HYPOTHETICAL_SAYING, NOUNS_AFTER_THAT, OBJECT_IT_AFTER, PLACE_ADVERBS_OF_SAYING, SAID_TO_VERBS } from "../../lexicon/not-claims";
import { isAuxiliary, type Cue } from "../cues";
import type { ReportedContext } from "./context";
import { isFiniteForm, isPastForm, straightApostrophes } from "./clause-words";
import { readsOtherSense } from "./no-claim-senses";

/** A year, which may stand before a verb as its time. */
const YEAR = /^(?:1[89]|20)\d\d$/;

/** True when content `a`..`b` of the candidate `ctx` reports no claim (see the module's doc). */
export function readsNoClaim(ctx: ReportedContext, a: number, b: number): boolean {
  const { tokens, cue } = ctx;
  return onlyTime(tokens, a, b) || objectIt(tokens, a, b) || relativeAfterHearer(tokens, cue, a) || demonstrativeThat(tokens, a) ||
    (DOUBLE_OBJECT_VERBS.has(cue.lemma) && a === cue.last && beneficiaryFirst(tokens, a, b)) ||
    placeAfterQuotation(ctx, a) || havingSaidThat(tokens, cue) || adjectiveGerund(tokens, cue) || verbBeforeCue(ctx, b) || negatedPassive(tokens, cue) || conditionalSaying(ctx) ||
    readsOtherSense(ctx, a, b) ||
    (ctx.kind === "speech" && (hypotheticalSaying(tokens, cue, a) || (cue.gerund && UNSAID_BEFORE.has(tokens[cue.first - 1]?.lower ?? "")) || saidToBe(tokens, cue) || yesNoQuestion(tokens, ctx.sentence.first, ctx.sentence.last)));
}

/**
 * `Having said that, there are analysts who …`: the phrase is a concession of the writer's, a connective like `still`;
 * nothing is reported, and the clause after its comma is the sentence's own.
 */
function havingSaidThat(tokens: readonly Token[], cue: Cue): boolean {
  return tokens[cue.first - 1]?.lower === "having" && tokens[cue.last]?.lower === "that" && tokens[cue.last + 1]?.text === ",";
}

/** `the report said to be drafted by the council`, `is said to have left`: `said to be` describes, it reports no words. */
function saidToBe(tokens: readonly Token[], cue: Cue): boolean {
  return cue.lemma === "say" && tokens[cue.last]?.lower === "to" && SAID_TO_VERBS.has(tokens[cue.last + 1]?.lower ?? "");
}

/**
 * `Some would say the ferries are late`, `one could argue that …`: a modal of the hypothetical right before the verb
 * gives what someone might say, which no one has said. A refusal (`would not say whether …`) has its negation between.
 */
function hypotheticalSaying(tokens: readonly Token[], cue: Cue, a: number): boolean {
  return HYPOTHETICAL_SAYING.has(cue.lemma) && HYPOTHETICAL_MODALS.has(tokens[cue.first - 1]?.lower ?? "") && !QUESTION_WORDS.has(tokens[a]?.lower ?? "");
}

/**
 * `Did the mayor say the pier would close?`, `Would she say …?`: a question opened by an auxiliary asks whether
 * something was said; it reports nothing.
 */
function yesNoQuestion(tokens: readonly Token[], first: number, last: number): boolean {
  let end = last - 1;
  while (end > first && tokens[end]!.kind !== "word" && tokens[end]!.text !== "?") end--;
  return tokens[end]?.text === "?" && FINITE_AUXILIARIES.has(tokens[first]!.lower);
}

/**
 * `one of his most promising paths to victory`, `a promising start`: a form in -ing after an article, a possessive or
 * a degree word is an adjective of the noun after it, not a verb of saying.
 */
function adjectiveGerund(tokens: readonly Token[], cue: Cue): boolean {
  const prev = tokens[cue.first - 1];
  if (!cue.gerund || !prev || prev.kind !== "word") return false;
  return ARTICLES.has(prev.lower) || POSSESSIVE_DETERMINERS.has(prev.lower) || DEGREE_BEFORE_ADJECTIVE.has(prev.lower);
}

/** How many tokens may stand between a closing cue's source and the cue for `verbBeforeCue` to look at them. */
const SOURCE_CUE_REACH = 12;

/**
 * `…, Okafor made no mention of it.`, `…, voters seem less engaged than those in other states.`: a finite verb of the
 * source's own between the source and the cue of a content before them makes the cue a noun of that verb's clause,
 * not the source's saying. A relative clause (`people who attended the meeting said`) or an aside between commas
 * keeps its cue.
 */
function verbBeforeCue(ctx: ReportedContext, b: number): boolean {
  const { tokens, cue, source: m } = ctx;
  if (ctx.kind !== "speech" || !m || cue.sourceAfter || b > m.lead || m.last > cue.first || cue.first - m.last > SOURCE_CUE_REACH) return false;
  for (let k = m.last; k < cue.first; k++) {
    const t = tokens[k]!;
    if (t.kind !== "word" || RELATIVES.has(t.lower)) return false;
    if (!t.cap && !isAuxiliary(t) && !t.lower.endsWith("ed") && isFiniteVerb(t.lower) && !isNounWord(t.lower)) return true;
  }
  return false;
}

/**
 * `the evidence may go public if the court found an interest in it`, `if they did not confirm their status`: a saying
 * whose source opens a condition has not happened; it reports nothing.
 */
function conditionalSaying(ctx: ReportedContext): boolean {
  const m = ctx.source;
  // `if he thinks that the judge erred`: a belief under a condition is still held, and reported.
  if (ctx.kind === "verb" && ctx.content?.shape === "clause" && (ctx.cue.verb & VerbBit.EVIDENCE) === 0) return false;
  return !!m && !ctx.cue.sourceAfter && m.last <= ctx.cue.first && CONDITIONAL_OPENERS.has(tokenBefore(ctx.tokens, m.lead)?.lower ?? "");
}

/** How many negations and adverbs may stand between a passive's `be` and its participle (`was not actually asked`). */
const PASSIVE_GAP = 2;

/**
 * `Brandt was not asked to speak at the meeting`, `Okafor wasn't told that …`: a negation between `be` and the
 * participle hides the passive from the cue's reading; its subject is the one asked or told, who says nothing.
 */
function negatedPassive(tokens: readonly Token[], cue: Cue): boolean {
  // `isn't saying whether …`: a progressive, whose subject does the saying.
  if (tokens[cue.first]!.lower.endsWith("ing")) return false;
  let k = cue.first - 1;
  let negated = false;
  for (; k >= 0 && cue.first - k <= PASSIVE_GAP; k--) {
    const t = tokens[k]!;
    if (t.kind !== "word" || t.cap) return false;
    if (PASSIVE_NEGATIONS.has(straightApostrophes(t.lower))) negated = true;
    else if (!(t.lower.endsWith("ly") && t.lower.length > 4)) break;
  }
  const be = straightApostrophes(tokens[k]?.lower ?? "");
  return tokens[k]?.kind === "word" && ((negated && BE_PASSIVE.has(be)) || (NEGATED_BE.has(be) && k < cue.first));
}

/**
 * `“We are ready,” Nadia Okafor said at a town hall in Harbourton this week`: after a quotation the verb is its
 * cue, and a preposition right after the verb (or `aboard`, `onstage`) opens the place or the time of the saying, not a clause.
 */
function placeAfterQuotation(ctx: ReportedContext, a: number): boolean {
  const { tokens, cue, source: m } = ctx;
  if (ctx.kind !== "speech" || !m || cue.sourceAfter || m.last > cue.first || a !== cue.last) return false;
  const t = tokens[a];
  if (!t || t.kind !== "word" || !(isPreposition(t.lower) || PLACE_ADVERBS_OF_SAYING.has(t.lower))) return false;
  const k = tokens[m.lead - 1]?.text === "," ? m.lead - 2 : m.lead - 1;
  return tokens[k]?.kind === "quote";
}

/** How many words a beneficiary may take before the thing denied: `his party`, `Mayor Ivo Brandt`. */
const BENEFICIARY_WORDS = 3;

/**
 * `denied his party the victory`, `denied Carter a final photograph`: a name (with its appositive between commas) or a
 * possessive phrase, then an article, are the beneficiary and the thing denied — a refusal, not the denial of a claim.
 */
function beneficiaryFirst(tokens: readonly Token[], a: number, b: number): boolean {
  const t = tokens[a]!;
  if (t.kind !== "word" || !(t.cap || POSSESSIVE_DETERMINERS.has(t.lower))) return false;
  for (let k = a + 1; k < b && k <= a + BENEFICIARY_WORDS; k++) {
    const u = tokens[k]!;
    // `denied Ivo Brandt, the council's nominee, a final vote`: a name's appositive between commas.
    if (u.text === "," && t.cap) return appositiveThenArticle(tokens, k, b);
    // `denied his opposition in a separate interview`: a preposition ends the object.
    if (u.kind !== "word" || isPreposition(u.lower)) return false;
    if (ARTICLES.has(u.lower)) return k > a + (t.cap ? 0 : 1);
  }
  return false;
}

/** How many tokens a beneficiary's appositive may take between its commas. */
const BENEFICIARY_APPOSITIVE = 10;

/** After the comma at `comma`, an appositive of words closed by a comma, then an article: the thing denied. */
function appositiveThenArticle(tokens: readonly Token[], comma: number, b: number): boolean {
  for (let k = comma + 1; k < b && k <= comma + BENEFICIARY_APPOSITIVE; k++) {
    const u = tokens[k]!;
    if (u.text === ",") return k > comma + 1 && ARTICLES.has(tokens[k + 1]?.lower ?? "");
    if (u.kind !== "word") return false;
  }
  return false;
}

/**
 * `as the council noted this week`, `denounced Thursday`: every word of the content is a time word, which dates the
 * saying and says nothing of what was said.
 */
function onlyTime(tokens: readonly Token[], a: number, b: number): boolean {
  let time = false;
  for (let k = a; k < b; k++) {
    const t = tokens[k]!;
    // An opener alone is no time (`disputes this`).
    if (t.kind !== "word" || !(SHORT_ADVERBIALS.has(t.lower) || TIME_NOUNS.has(t.lower) || TIME_OPENERS.has(t.lower))) return false;
    time ||= !TIME_OPENERS.has(t.lower);
  }
  return time;
}

/**
 * `may have said it best when …`, `said it all`, `said it again`: `it` is the verb's object when a word that never
 * follows a subject comes next; the words after are no clause of `it`.
 */
function objectIt(tokens: readonly Token[], a: number, b: number): boolean {
  return a + 1 < b && tokens[a]!.lower === "it" && OBJECT_IT_AFTER.has(tokens[a + 1]!.lower);
}

/**
 * `told a crowd at the harbour that gathered outside`, `telling the crews that worked on the pier`: after a hearer,
 * a `that` followed by a verb and then a preposition, an adverb or nothing more is a relative clause of the hearer.
 * (`told the board that increased costs would …` keeps its claim: a noun follows the participle.)
 */
function relativeAfterHearer(tokens: readonly Token[], cue: Cue, a: number): boolean {
  const that = a - 1;
  if (tokens[that]?.lower !== "that" || that <= cue.last || (cue.verb & VerbBit.HEARER_FIRST) === 0) return false;
  const v = tokens[a];
  // Only a past form: a present in -s may be a plural noun opening the clause's subject (`told investors that concerns about …`).
  if (!v || v.kind !== "word" || v.cap || isFiniteForm(v.lower) || !isPastForm(v.lower)) return false;
  const next = tokens[a + 1];
  return !next || next.kind !== "word" || isPreposition(next.lower) || isNonNounWord(next.lower);
}

/** `feel that way`, `said that much`: `that` is the determiner of the verb's object, not the start of a clause. */
function demonstrativeThat(tokens: readonly Token[], a: number): boolean {
  return tokens[a - 1]?.lower === "that" && NOUNS_AFTER_THAT.has(tokens[a]?.lower ?? "");
}

/**
 * A form of a reporting verb read as a noun after the word before it: after a number that is no year (`3,500 projects`) or a
 * superlative (`the greatest fear`), as after a determiner (`NOUN_BEFORE`).
 */
export function nounAfter(prev: Token): boolean {
  if (prev.kind !== "word") return false;
  // A year dates the verb (`an ad in 2008 questioned whether …`); any other number counts the noun.
  if (/^\d/.test(prev.text)) return !YEAR.test(prev.text);
  return prev.lower.length > 4 && prev.lower.endsWith("est") && isNonNounWord(prev.lower);
}
