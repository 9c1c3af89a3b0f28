/**
 * Claims reported through a noun of saying: `his claim that …`, `the company's warning that …`, `amid allegations that
 * …`, `her promise to cut taxes`. The content is the noun's `that` clause (one with a subject and a verb of its own: `the
 * claims that he made` and `a claim that originated in …` are relatives) or, for a noun of promise, its infinitive. The
 * source is the noun's possessor (`her`, `the company's`), the agent after it (`suggestions by the news media that`),
 * the subject of a verb whose object the noun is (`X made the claim that …`), else none.
 */
import { verbClasses } from "../../lexicon/verb-classes";
import type { AnalyzedParagraph } from "../../speakers/analyze";
import type { Mention } from "../../speakers/find-mentions";
import type { Sentence } from "../../speakers/split-sentences";
import { tokenBefore, type Token } from "../../speakers/tokenize";
import { isAdjective, isBareVerb, isFunctionWord, isNounWord, isPreposition, WordForm } from "../../speakers/word-tags";
import { CLAIM_NOUNS, PROMISE_NOUNS, SAYING_NOUN_VERBS, SPEECH_VERBS } from "../../lexicon/speech-verbs";
import { SAYING_NOUN_GAP_VERBS } from "../../lexicon/not-claims";
import {
  ARTICLES, BE_WORDS, CUE_PREPOSITIONS, DESCRIPTION_OPENERS, NOUN_BEFORE, NOUN_TIME_MODIFIERS, POSSESSOR_SUBJECTS, SHORT_ADVERBIALS, SUBORDINATORS,
  TIME_NOUNS, TIME_OPENERS,
} from "../../lexicon/function-words";
import type { Cue } from "../cues";
import { indexMentions } from "../lookup";
import { clauseEnd } from "./clause-bounds";
import { findToken, hasFiniteVerb, holdsQuote, isFiniteForm, isPastForm, startsClause, startsClauseStrict, subjectVerb } from "./clause-words";
import { MIN_CLAUSE_WORDS, MIN_INFINITIVE_WORDS, type ReportedRule } from "./context";
import { phraseStart, placeEnd, tailEnd } from "./noun-claim-bounds";
import { sentenceMentions } from "./sources";
import { infinitiveEnd } from "./verb-content";

/** How many modifiers may stand between a noun and its determiner or possessor (`Trump's by-now-familiar claims`). */
const MAX_MODIFIERS = 3;
/** How many words a time or a phrase may take between a noun and its `that` (`his claim in a recent interview that`). */
const PHRASE_REACH = 7;
/** How many tokens a fronted phrase of a `that` clause may take before its comma (`that to pay for it, she …`). */
const FRONTED_REACH = 12;
/** How many words may stand between the verb after a clause's subject and a verb whose object is the noun (`has repeatedly made`). */
const GAP_REACH = 3;

/** A claim a noun of saying reports: its content range, its source (if named) and the noun as its cue. */
export interface NounClaim {
  readonly a: number;
  readonly b: number;
  readonly mention: Mention | undefined;
  readonly cue: Cue;
}

/** The claims the nouns of saying of sentence `s` report; `subjectOf` names the subject of a verb whose object is the noun. */
export function findNounClaims(para: AnalyzedParagraph, s: Sentence, subjectOf: (c: Cue) => Mention | undefined): readonly NounClaim[] {
  const { tokens } = para;
  let out: NounClaim[] | undefined;
  for (let i = s.first; i < s.last; i++) {
    const t = tokens[i]!;
    // The word's bit first (`WordForm`, read once per word): most words of a sentence are no noun of saying or promise.
    if ((t.forms & WordForm.SAYING_NOUN) === 0 || t.kind !== "word" || t.cap) continue;
    const claim = CLAIM_NOUNS.get(t.lower);
    const promise = PROMISE_NOUNS.get(t.lower);
    if (claim === undefined && promise === undefined) continue;
    const anchor = nounAnchor(tokens, i, s.first);
    // `Trump claims that`, `he promises to`: a form that is also a verb of saying is a noun only after a determiner, a
    // possessor, a preposition or an adjective (`amid reports that`, `his promise to`, `false claims that`).
    if (SPEECH_VERBS.has(t.lower) && !(anchor >= 0 && (tokens[anchor]!.possessive || NOUN_BEFORE.has(tokens[anchor]!.lower) || isPreposition(tokens[anchor]!.lower)))) continue;
    const that = claim === undefined ? -1 : thatAfterNoun(tokens, i, s.last);
    const a = that >= 0 ? thatClause(tokens, that + 1, s.last) : promise !== undefined ? infinitive(tokens, i, s.last) : -1;
    if (a < 0) continue;
    const mention = (that > i + 1 ? agent(para, s, i, that) : undefined) ?? (anchor >= 0 ? possessor(para, s, anchor, subjectOf) : undefined);
    const start = anchor < 0 ? s.first : tokens[anchor]!.possessive ? phraseStart(tokens, ownerLead(para, s, anchor) ?? anchor) : DESCRIPTION_OPENERS.has(tokens[anchor]!.lower) ? anchor : anchor + 1;
    const b = placeEnd(tokens, s, start, a, tailEnd(tokens, a, that >= 0 ? clauseEnd(tokens, a, s.last) : infinitiveEnd(tokens, a, s.last)));
    // `his promise to be “neutral”`: a claim holding a quotation is a mixed quote, which the quotation finder reports.
    if (holdsQuote(tokens, a, b)) continue;
    // `amid allegations that the vote was rigged`: a claim nobody in the sentence makes is left out — its source is
    // usually named elsewhere, and a speakerless claim would be listed with nobody to check it against.
    if (mention === undefined) continue;
    const lemma = (that >= 0 ? claim : promise)!;
    const cue: Cue = { first: i, last: i + 1, lemma, gerund: false, sourceAfter: false, reporting: true, weak: false, verb: verbClasses(lemma) };
    (out ??= []).push({ a, b, mention, cue });
  }
  return out ?? NO_CLAIMS;
}

/** The nouns of a sentence without any: shared, never written to. */
const NO_CLAIMS: readonly NounClaim[] = [];

/** The token before the noun at `i` and its modifiers (`his stern warning` → `his`); -1 at the sentence's start. */
function nounAnchor(tokens: readonly Token[], i: number, first: number): number {
  let k = i - 1;
  while (k >= first && i - 1 - k < MAX_MODIFIERS && modifier(tokens[k]!)) k--;
  return k >= first ? k : -1;
}

/** An adjective before a noun: `false`, `repeated`, `fire-breathing`, `evidence-free`, `earlier`. */
function modifier(t: Token): boolean {
  if (t.kind !== "word" || t.cap || t.possessive) return false;
  const w = t.lower;
  if (w.includes("-") || NOUN_TIME_MODIFIERS.has(w)) return true;
  if (isFunctionWord(w) || NOUN_BEFORE.has(w) || isPreposition(w)) return false;
  return isAdjective(w) || w.endsWith("ed") || w.endsWith("ly") || (w.endsWith("ing") && !isNounWord(w));
}

/** The possessive mention ending at the anchor `k` (`Trump's`, `the company's`), if any. */
function owner(para: AnalyzedParagraph, s: Sentence, k: number): Mention | undefined {
  const m = indexMentions(sentenceMentions(para, s)).byLast.get(k + 1);
  return m && m.possessive ? m : undefined;
}

/** The lead of the possessive mention ending at the anchor `k`. */
function ownerLead(para: AnalyzedParagraph, s: Sentence, k: number): number | undefined {
  return owner(para, s, k)?.lead;
}

/**
 * The source named by the anchor of a noun: a possessive name or description (`Trump's claim`), a possessive pronoun
 * (`her promise`), or the subject of a verb whose object the noun is (`Cruz made the claim that`).
 */
function possessor(para: AnalyzedParagraph, s: Sentence, k: number, subjectOf: (c: Cue) => Mention | undefined): Mention | undefined {
  const t = para.tokens[k]!;
  if (t.possessive) return owner(para, s, k);
  const pronoun = POSSESSOR_SUBJECTS.get(t.lower);
  if (pronoun !== undefined) {
    return {
      kind: "pronoun", paragraph: para.index, first: k, last: k + 1, text: pronoun, start: t.start, end: t.end, name: pronoun, nameTokens: [],
      gender: pronoun === "he" ? "male" : pronoun === "she" ? "female" : "unknown", plural: pronoun === "they", role: null, entityKind: "unknown",
      possessive: false, lead: k, acronym: null,
    };
  }
  const verb = tokenBefore(para.tokens, k);
  const lemma = verb && k - 1 >= s.first ? SAYING_NOUN_VERBS.get(verb.lower) : undefined;
  if (lemma === undefined || !ARTICLES.has(t.lower)) return undefined;
  return subjectOf({ first: k - 1, last: k, lemma, gerund: false, sourceAfter: false, reporting: true, weak: false, verb: verbClasses(lemma) });
}

/** `suggestions by the news media that …`: the agent after the noun at `i`, ending before its `that`. */
function agent(para: AnalyzedParagraph, s: Sentence, i: number, that: number): Mention | undefined {
  if (para.tokens[i + 1]?.lower !== "by") return undefined;
  const ix = indexMentions(sentenceMentions(para, s));
  const m = ix.byFirst.get(i + 2) ?? ix.byLead.get(i + 2);
  return m && m.last <= that ? m : undefined;
}

/**
 * The `that` after the noun at `i`, right after it or after a time or a short phrase without a verb (`his claim on
 * Tuesday that`, `his statement to reporters that`, `suggestions by the news media that`); -1 when none.
 */
function thatAfterNoun(tokens: readonly Token[], i: number, last: number): number {
  const next = tokens[i + 1];
  if (!next || next.kind !== "word") return -1;
  if (next.lower === "that") return i + 1;
  // `a reasonable argument to make that …`: an infinitive, no phrase.
  const phrase = CUE_PREPOSITIONS.has(next.lower) && !(next.lower === "to" && isBareVerb(tokens[i + 2]?.lower ?? ""));
  if (!phrase && !timeWord(next)) return -1;
  for (let k = i + 2; k < last && k - i <= PHRASE_REACH; k++) {
    const t = tokens[k]!;
    if (t.kind !== "word") return -1;
    if (t.lower === "that") return k;
    if (phrase ? !t.cap && (isFiniteForm(t.lower) || isPastForm(t.lower) || SPEECH_VERBS.has(t.lower)) : !timeWord(t)) return -1;
  }
  return -1;
}

/**
 * The start `a` of a `that` clause when it has a subject and a finite verb of its own; -1 for a relative (`a claim that
 * originated in …`, `the claims that he made`).
 */
function thatClause(tokens: readonly Token[], a: number, last: number): number {
  const t = tokens[a];
  if (!t || t.kind !== "word") return -1;
  // `a claim that originated`, `a warning that could help`: a relative without a subject.
  if (!t.cap && (isFiniteForm(t.lower) || isPastForm(t.lower))) return -1;
  // `acknowledgment that to pay for it, she needs …`, `that if elected, he would …`: a fronted phrase, then the clause.
  if (t.lower === "to" || SUBORDINATORS.has(t.lower)) {
    const comma = findToken(tokens, a + 1, last, ",", FRONTED_REACH);
    return comma > 0 && startsClause(tokens[comma + 1]) && subjectVerb(tokens, comma + 1, last) >= 0 ? a : -1;
  }
  // `complaints that they distort democracy`: any verb after a subject pronoun.
  const v = startsClauseStrict(t) && hasFiniteVerb(tokens, a, Math.min(last, a + 3)) ? a + 1 : subjectVerb(tokens, a, last);
  return v > a && !objectGap(tokens, v, last) ? a : -1;
}

/** A word of time between a noun and its `that`: `Monday`, `on Tuesday`, `last week`, `earlier`. */
function timeWord(t: Token): boolean {
  return t.kind === "word" && (SHORT_ADVERBIALS.has(t.lower) || TIME_NOUNS.has(t.lower) || TIME_OPENERS.has(t.lower));
}

/**
 * `the claims that he made to the FBI`, `a charge that party leaders denied.`: a verb that takes a noun of saying, with
 * no object of its own after it, makes `that` a relative whose gap is the noun.
 */
function objectGap(tokens: readonly Token[], v: number, last: number): boolean {
  for (let k = v; k < last && k - v <= GAP_REACH; k++) {
    const w = tokens[k]!;
    if (w.kind !== "word") return false;
    if (!SAYING_NOUN_GAP_VERBS.has(w.lower)) {
      if (isFiniteForm(w.lower) || w.lower.endsWith("ly") || w.lower === "not" || BE_WORDS.has(w.lower)) continue;
      return false;
    }
    const next = tokens[k + 1];
    return !next || next.kind !== "word" || isPreposition(next.lower) || CUE_PREPOSITIONS.has(next.lower) || BE_WORDS.has(next.lower) || isFiniteForm(next.lower) || isPastForm(next.lower) || timeWord(next);
  }
  return false;
}

/**
 * The start of the infinitive of the noun of promise at `i` (`promise to cut taxes`, `vow not to …`); -1 if none, or
 * for `to` as a preposition (`his promise to the voters`, `pledges to donors`).
 */
function infinitive(tokens: readonly Token[], i: number, last: number): number {
  const k = tokens[i + 1]?.lower === "not" ? i + 2 : i + 1;
  const v = tokens[k + 1];
  if (k + 1 >= last || tokens[k]!.lower !== "to" || v?.kind !== "word" || v.cap) return -1;
  const w = v.lower;
  return isBareVerb(w) || !(isFunctionWord(w) || DESCRIPTION_OPENERS.has(w) || /^\d/.test(w) || (w.endsWith("s") && isNounWord(w))) ? k : -1;
}

/** `his claim that …`, `amid allegations that …`, `her promise to cut taxes`. */
export const NOUN_CLAIM = {
  name: "reported-noun-claim" as const,
  confidence: 0.8,
  doc: "A noun of saying and its `that` clause or infinitive: `his claim that …`, `amid allegations that …`, `her promise to …`.",
  candidates: ["noun"],
  find: (ctx) => {
    if (ctx.kind !== "noun" || !ctx.range) return null;
    const finite = ctx.tokens[ctx.range.a - 1]?.lower === "that";
    return { a: ctx.range.a, b: ctx.range.b, minWords: finite ? MIN_CLAUSE_WORDS : MIN_INFINITIVE_WORDS + 1, finite };
  },
} satisfies ReportedRule;
