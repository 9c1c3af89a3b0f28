import type { AnalyzedParagraph } from "../../speakers/analyze";
import { nounSource, type Mention } from "../../speakers/find-mentions";
import type { Sentence } from "../../speakers/split-sentences";
import type { Token } from "../../speakers/tokenize";
import { isFiniteVerb, isFunctionWord, isNounWord } from "../../speakers/word-tags";
import { DASH_MARKS, FINITE_AUXILIARIES, OPENING_CONJUNCTIONS } from "../../lexicon/function-words";
import { SPEECH_VERBS, isGerund } from "../../lexicon/speech-verbs";
import { verbClasses, verbIs, VerbBit } from "../../lexicon/verb-classes";
import { isAuxiliary, isStop, type Cue } from "../cues";
import { countWords, isPastForm } from "./clause-words";
import type { ReportedContext, ReportedRule } from "./context";
import { MAX_HEADLINE_WORDS, MIN_LABEL_WORDS as MIN_HEADLINE_CONTENT, type HeadlineLabel } from "./headline-label";
import { sentenceMentions } from "./sources";

/** Most words of a sentence-case headline whose clause may hold a quoted fragment (`X says Y was an 'intentional act.'`). */
const MAX_SHORT_HEADLINE_WORDS = 20;
/** Share of its words, grammatical words aside, that a headline in title case writes with a capital. */
const TITLE_CASE_SHARE = 0.75;
/** How many words a source before a closing verb may take (`Former White House Doctor`). */
const MAX_SOURCE_WORDS = 6;

/** A headline's verb of saying in title case, its source and its content `a`..`b`. */
export interface HeadlineSays extends HeadlineLabel {
  readonly b: number;
}

/**
 * `Obama Says Museum Will Tell of Suffering.`, `Clinton Hid Health Problems, Former Doctor Says.`: the first sentence of
 * the document's first paragraph, in title case, whose verb of saying (capitalised, as every word of it) follows its
 * source at the start (the content after it) or closes the headline after a comma (the content before it). The finder
 * of cues passes over a capitalised verb, which in the body is a name (`Said`, `Post`).
 */
export function findHeadlineSays(para: AnalyzedParagraph, s: Sentence): HeadlineSays | undefined {
  const { tokens } = para;
  if (para.index !== 0 || s.first !== 0 || !titleCase(tokens, s.first, s.last)) return undefined;
  const end = isStop(tokens, s.last - 1) ? s.last - 1 : s.last;
  for (let v = s.first + 1; v < end; v++) {
    const t = tokens[v]!;
    if (t.kind !== "word" || !t.cap || !headlineVerb(t)) continue;
    const lemma = SPEECH_VERBS.get(t.lower)!;
    const cue: Cue = { first: v, last: v + 1, lemma, gerund: false, sourceAfter: false, reporting: true, weak: false, verb: verbClasses(lemma) };
    const opening = openingSource(para, s, v);
    const b = contentEnd(tokens, v + 1, end);
    if (opening && v + 1 < b && clauseFirst(lemma) && clauseVerb(tokens, v + 1, b)) return { a: v + 1, b, mention: opening, cue };
    const closing = closingSource(para, s, v, end, lemma);
    if (closing && clauseVerb(tokens, s.first, closing.comma)) return { a: s.first, b: closing.comma, mention: closing.mention, cue };
    return undefined;
  }
  return undefined;
}

/** `Lindsey Graham Says …`, `Trump Says …`: a verb of saying that reports a clause, in its `-s` or past form, or `Say`. */
function headlineVerb(t: Token): boolean {
  const lemma = SPEECH_VERBS.get(t.lower);
  const bits = lemma === undefined ? 0 : verbClasses(lemma);
  if (lemma === undefined || isGerund(t.lower) || (bits & VerbBit.REPORTING) === 0 || (bits & VerbBit.BARE_CLAUSE) === 0 || (bits & VerbBit.WEAK) !== 0) return false;
  return t.lower !== lemma || lemma === "say";
}

/** The clause may follow the verb at once: `Warns Tariffs Could …`; not after `Tells`, whose hearer comes first. */
function clauseFirst(lemma: string): boolean {
  return !verbIs(lemma, VerbBit.HEARER_FIRST) || verbIs(lemma, VerbBit.OPEN_CLAUSE);
}

/** The source that opens the headline and ends at its verb (`Bernie Sanders Says`, `Trump Just Announced`), else undefined. */
function openingSource(para: AnalyzedParagraph, s: Sentence, v: number): Mention | undefined {
  let b = v;
  while (b > s.first && isAuxiliary(para.tokens[b - 1]!)) b--;
  const m = sentenceMentions(para, s).find((x) => (x.lead === s.first || x.first === s.first) && x.last === b);
  return m && m.kind !== "pronoun" && !m.possessive ? m : undefined;
}

/**
 * The source between a comma and a verb that closes the headline (`…, Lindsey Graham Says.`, `…, Howard Dean Tells
 * Democratic Convention.`): its mention, or the capitalised words as a description (`Former White House Doctor`).
 */
function closingSource(para: AnalyzedParagraph, s: Sentence, v: number, end: number, lemma: string): { mention: Mention; comma: number } | undefined {
  const { tokens } = para;
  // Only a hearer in capitals may follow the verb (`Tells Democratic Convention`).
  for (let k = v + 1; k < end; k++) if (!verbIs(lemma, VerbBit.HEARER_FIRST) || tokens[k]!.kind !== "word" || !tokens[k]!.cap) return undefined;
  let a = v;
  while (a > s.first && v - a < MAX_SOURCE_WORDS && tokens[a - 1]!.kind === "word" && tokens[a - 1]!.cap) a--;
  // `…, Crisis,’ Howard Dean Tells`: the comma may stand inside the quotation that ends the content.
  const before = tokens[a - 1];
  const comma = before?.text === "," ? a - 1 : before?.kind === "quote" && para.text.charAt(before.end - 2) === "," ? a : -1;
  if (a === v || comma <= s.first) return undefined;
  const m = sentenceMentions(para, s).find((x) => x.first >= a && x.last === v);
  if (m && m.kind !== "pronoun" && !m.possessive) return { mention: m, comma };
  return { mention: nounSource(para.text, tokens, para.index, a, v), comma };
}

/**
 * Where the content after an opening verb ends: at a dash (`… For VP – It Might Surprise You`), at a comma before a
 * second verb of the source (`Clinton Says Russians Hacked DNC, Calls Trump’s Remarks ‘Troubling.’`) or before the
 * writer's own coda (`…, And He’s Willing To Bet On It`, `…, But ….`).
 */
function contentEnd(tokens: readonly Token[], a: number, end: number): number {
  for (let k = a; k < end; k++) {
    const t = tokens[k]!;
    if (t.kind === "punct" && DASH_MARKS.has(t.text)) return k;
    const next = tokens[k + 1];
    if (t.text === "," && next !== undefined && next.kind === "word" && (SPEECH_VERBS.has(next.lower) || OPENING_CONJUNCTIONS.has(next.lower) || (isFiniteVerb(next.lower) && !isNounWord(next.lower)))) return k;
  }
  return end;
}

/** The content holds a verb of its own; in title case every word is capitalised, so its form alone is read. */
function clauseVerb(tokens: readonly Token[], a: number, b: number): boolean {
  if (countWords(tokens, a, b) < MIN_HEADLINE_CONTENT) return false;
  for (let k = a; k < b; k++) {
    const t = tokens[k]!;
    if (t.kind === "quote") return true;
    if (t.kind !== "word") continue;
    if (FINITE_AUXILIARIES.has(t.lower) || /['’]s$/.test(t.lower) && !t.possessive) return true;
    if (k > a && (isPastForm(t.lower) || (isFiniteVerb(t.lower) && !isNounWord(t.lower)))) return true;
  }
  return false;
}

/** The words in `a`..`b`, grammatical words aside, are mostly capitalised, and few: a headline in title case. */
function titleCase(tokens: readonly Token[], a: number, b: number): boolean {
  if (countWords(tokens, a, b, MAX_HEADLINE_WORDS) > MAX_HEADLINE_WORDS) return false;
  let words = 0;
  let caps = 0;
  for (let k = a; k < b; k++) {
    const t = tokens[k]!;
    if (t.kind !== "word" || /^\d/.test(t.text) || (!t.cap && isFunctionWord(t.lower))) continue;
    words++;
    if (t.cap) caps++;
  }
  return words > 2 && caps >= words * TITLE_CASE_SHARE;
}

/**
 * A headline quotes its speaker's words in marks without `that` (`De Blasio says the blast was an 'intentional act.'`):
 * a title-case headline's candidate, or the one short sentence of the document's first paragraph with a verb of saying
 * in the present.
 */
export function inHeadline(ctx: ReportedContext): boolean {
  const { para, sentence: s, cue } = ctx;
  if (ctx.kind === "headline") return true;
  // A headline's verb of saying is in the present (`says`); a lede's is in the past (`X said the crews had done “…”`).
  const verb = ctx.tokens[cue.last - 1]!.lower;
  return ctx.kind === "speech" && verb !== cue.lemma && verb.endsWith("s") && para.index === 0 && s.first === 0 && para.sentences.length === 1
    && countWords(ctx.tokens, s.first, s.last, MAX_SHORT_HEADLINE_WORDS) <= MAX_SHORT_HEADLINE_WORDS;
}

/** `Obama Says Museum Will Tell of Suffering.`, `Clinton Hid Health Problems, Former Doctor Says.` */
export const HEADLINE_SAYS = {
  name: "reported-headline-says" as const,
  confidence: 0.8,
  doc: "A headline in title case with its verb of saying: `Obama Says Museum Will Tell of …`, `…, Former Doctor Says.`",
  candidates: ["headline"],
  find: (ctx) => ctx.kind === "headline" && ctx.range ? { a: ctx.range.a, b: ctx.range.b, minWords: MIN_HEADLINE_CONTENT, finite: false } : null,
} satisfies ReportedRule;
