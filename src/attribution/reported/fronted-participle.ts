/**
 * A participle of saying that opens its sentence: `Noting that the ferry ran late, Okafor said …`, `Claiming the
 * criticism is unfair, the mayor told …`, `After saying he was nervous, the man asked …`, `Having announced that …,
 * the judge …`. The participle's subject is the main clause's: the mention right after the comma that closes the
 * participle's clause, before its verb; the content runs from the participle (and its `that`) to that comma.
 */
import type { AnalyzedParagraph } from "../../speakers/analyze";
import type { Mention } from "../../speakers/find-mentions";
import type { Sentence } from "../../speakers/split-sentences";
import type { Token } from "../../speakers/tokenize";
import { FOCUS_ADVERBS, INVARIANT_PASTS, NOT_CLAUSE_START, PARTICIPLE_SUBORDINATORS } from "../../lexicon/function-words";
import { isAuxiliary, type Cue } from "../cues";
import { findToken, isPastForm, startsFinite } from "./clause-words";
import { isTimeAdjunct } from "./time-adjunct";
import { isPreposition, WordClass } from "../../speakers/word-tags";
import { phraseSource, subjectPhrase } from "../subject-phrase";
import { clause, type ReportedRule } from "./context";
import { sentenceMentions } from "./sources";

/** How many tokens a time between the participle and its `that` may take (`in early October`). */
const MAX_TIME_ADJUNCT = 4;

/** How many adverbs may stand between the main clause's subject and its verb (`Rubio only occasionally disagreed`). */
const MAX_ADVERBS = 2;

/** The classes of the nouns of persons and groups (`master`, `mogul`, `officials`). */
const PERSON_NOUNS = WordClass.GROUP_NOUN | WordClass.ROLE_NOUN | WordClass.DESCRIPTION_HEAD;

/** How many tokens the participle's clause may take before the comma that closes it. */
const MAX_PARTICIPLE_CLAUSE = 48;

/**
 * Whether the cue is a participle opening its sentence: `Noting …`, `After saying …`, `Having announced …`. Its subject
 * is the main clause's (`participleSource`), never a phrase before it (`Having claimed …, the board …` names no `Having`).
 */
export function opensAsParticiple(tokens: readonly Token[], s: Sentence, cue: Cue): boolean {
  if (cue.sourceAfter) return false;
  const before = cue.first - 1;
  if (cue.gerund) return cue.first === s.first || (before === s.first && PARTICIPLE_SUBORDINATORS.has(tokens[before]!.lower));
  return before === s.first && tokens[before]!.lower === "having" && isPastForm(tokens[cue.first]!.lower);
}

/**
 * The subject of the main clause after a fronted participle: the first mention right after a comma (past a determiner
 * the mention leaves out) that a finite verb follows; undefined when none stands within reach.
 */
export function participleSource(para: AnalyzedParagraph, s: Sentence, cue: Cue): Mention | undefined {
  const { tokens } = para;
  const mentions = sentenceMentions(para, s);
  const end = Math.min(s.last, cue.last + MAX_PARTICIPLE_CLAUSE);
  let n = 0;
  for (let x = cue.last; x < end; x++) {
    if (tokens[x]!.kind === "quote") return undefined;
    if (tokens[x]!.text !== ",") continue;
    while (n < mentions.length && mentions[n]!.lead <= x) n++;
    const m = mentions[n];
    if (m && m.lead === x + 1 && !m.possessive && verbAfter(tokens, m, s.last)) return m;
    // `Declaring that …, the billionaire real estate mogul offered …`: a phrase the mention finder did not read whole.
    const phrase = personsPhrase(para, mentions, x + 1, s.last);
    if (phrase) return phrase;
  }
  return undefined;
}

/** A finite verb follows the mention, across auxiliaries and adverbs (`Rubio only occasionally disagreed`). */
function verbAfter(tokens: readonly Token[], m: Mention, last: number): boolean {
  let v = m.last;
  while (v < last && isAuxiliary(tokens[v]!) && !startsFinite(tokens[v]!.lower)) v++;
  for (let n = 0; n < MAX_ADVERBS && v < last && tokens[v]!.kind === "word" && adverb(tokens[v]!.lower); n++) v++;
  const verb = tokens[v];
  return verb !== undefined && verb.kind === "word" && !verb.cap && (startsFinite(verb.lower) || isPastForm(verb.lower) || (INVARIANT_PASTS.has(verb.lower) && m.kind === "name"));
}

/** A focus adverb or one in `-ly` (`only`, `also`, `occasionally`). */
function adverb(lower: string): boolean {
  return FOCUS_ADVERBS.has(lower) || (lower.length > 3 && lower.endsWith("ly"));
}

/** `in October`, `on Tuesday`: a preposition and a time adverbial. */
function timeAfter(tokens: readonly Token[], a: number, b: number): boolean {
  return isPreposition(tokens[a]!.lower) && isTimeAdjunct(tokens, a + 1, b);
}

export const FRONTED_PARTICIPLE = {
  name: "reported-fronted-participle" as const,
  confidence: 0.8,
  doc: "A participle of saying opening the sentence, its subject the main clause's: `Noting that the ferry ran late, Okafor said …`.",
  candidates: ["speech-before"],
  find: (ctx) => {
    const { tokens, cue, sentence: s, source: m } = ctx;
    if (!m || m.first <= cue.last || tokens[m.lead - 1]?.text !== "," || !opensAsParticiple(tokens, s, cue)) return null;
    const b = m.lead - 1;
    // `Announcing in October that …`: a time between the participle and `that`; `Speaking to MSNBC, …` reports nothing.
    const that = findToken(tokens, cue.last, b, "that", MAX_TIME_ADJUNCT + 1);
    if (that >= 0 && (that === cue.last || isTimeAdjunct(tokens, cue.last, that) || timeAfter(tokens, cue.last, that))) return clause(that + 1, b);
    const t = tokens[cue.last];
    return t && t.kind === "word" && !isPreposition(t.lower) && !NOT_CLAUSE_START.has(t.lower) ? clause(cue.last, b) : null;
  },
} satisfies ReportedRule;

/** How many tokens a phrase of persons may take before its verb (`the billionaire real estate mogul`). */
const MAX_PHRASE_SOURCE = 8;

/**
 * `Declaring that …, the harbour master reopened …`: a phrase the mention finder did not read at `a`, headed by a noun
 * of persons or groups, then a finite verb; undefined when none stands there.
 */
function personsPhrase(para: AnalyzedParagraph, mentions: readonly Mention[], a: number, last: number): Mention | undefined {
  const { tokens } = para;
  for (let v = a + 1; v < last && v - a <= MAX_PHRASE_SOURCE; v++) {
    const t = tokens[v]!;
    if (t.kind !== "word") return undefined;
    if (t.cap || !(startsFinite(t.lower) || isPastForm(t.lower))) continue;
    const p = subjectPhrase(tokens, v, a);
    const head = p && p.a === a ? tokens[p.headEnd - 1]! : undefined;
    return head && (head.classes & PERSON_NOUNS) !== 0 ? phraseSource(para.text, tokens, p!, mentions, para.index) : undefined;
  }
  return undefined;
}
