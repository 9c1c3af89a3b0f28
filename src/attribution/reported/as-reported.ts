import type { AnalyzedParagraph } from "../../speakers/analyze";
import type { Mention } from "../../speakers/find-mentions";
import type { Sentence } from "../../speakers/split-sentences";
import { tokenBefore, type Token } from "../../speakers/tokenize";
import type { Cue } from "../cues";
import { indexMentions } from "../lookup";
import { ARTICLES, AS_AGENT_MARKS, FRONTED_OPENERS, OPENING_CONJUNCTIONS, TIME_NOUNS } from "../../lexicon/function-words";
import { clauseEnd, clauseStart, MAX_TAIL_TOKENS } from "./clause-bounds";
import { closesWithAdjunct, cueTakesPhrases } from "./cue-tail";
import { hasFiniteVerb } from "./clause-words";
import { clause, type ReportedRule } from "./context";
import { cueSpan } from "./cue-span";
import { clauseAfterComma } from "./inner-cue";
import { documentSource, sentenceMentions } from "./sources";
import { CONTENTLESS_SPEECH } from "../../lexicon/not-claims";

/** How many words a fronted phrase before `, as X reported,` may take (`Just a few weeks ago, as …`). */
const MAX_FRONTED_WORDS = 8;

/**
 * `And, as X reported, …`, `Just a few weeks ago, as X reported, …`: a conjunction or a fronted phrase without a verb
 * and a comma before `as`, which then opens its clause as at the sentence's start.
 */
function frontedBefore(tokens: readonly Token[], first: number, as: number): boolean {
  const end = as - 1;
  if (tokens[end]?.text !== "," || end <= first || end - first > MAX_FRONTED_WORDS) return false;
  for (let k = first; k < end; k++) if (tokens[k]!.kind !== "word") return false;
  // A lone conjunction or adverb (`And`, `Indeed`), or a phrase of time (`Just a few weeks ago`, `Only last month`,
  // `In 2015`): never a clause of its own, whose verb the lexicon might not read (`The welders left early, as …`).
  const tail = tokens[end - 1]!.lower;
  return !hasFiniteVerb(tokens, first, end) && (end - first === 1 || TIME_NOUNS.has(tail) || tail === "ago" || /^\d{4}$/.test(tail) || FRONTED_OPENERS.has(tokens[first]!.lower));
}

/**
 * `As CNN reported, CLAUSE` (also after a conjunction or a fronted phrase: `But as X noted, …`, `And, as CNN reported,
 * …`; also the passive `As reported by CNN, …`) and `CLAUSE, as the Times reported.`
 */
export const AS_REPORTED = {
  name: "reported-as-reported" as const,
  confidence: 0.85,
  doc: "The cue in a clause of manner: `As CNN reported, CLAUSE`, `As reported by CNN, CLAUSE`, `CLAUSE, as the Times reported.`",
  candidates: ["speech-before"],
  find: (ctx) => {
    const { tokens, cue, sentence: s, source: m } = ctx;
    if (ctx.kind !== "speech" || cue.sourceAfter || !m) return null;
    const { lead, tail } = cueSpan(ctx);
    const as = ARTICLES.has(tokenBefore(tokens, lead)?.lower ?? "") ? lead - 2 : ownerBefore(tokens, lead, s.first);
    // `As reported by the Times, …`, `As stated in the report, …`: the agent or document after the cue is the source.
    const agent = AS_AGENT_MARKS.has(tokens[cue.last]?.lower ?? "") && m.first > cue.last;
    // `As X spoke, the crowd …`: a verb of speaking without content dates the clause.
    if ((as >= 0 ? tokens[as]!.lower : undefined) !== "as" || (m.last > cue.first && !agent) || CONTENTLESS_SPEECH.has(cue.lemma)) return null;
    // `But as Clyburn noted, …`: a conjunction may open the sentence before `as`.
    const conjunction = as === s.first + 1 && OPENING_CONJUNCTIONS.has(tokens[s.first]!.lower);
    if (as === s.first || conjunction || frontedBefore(tokens, s.first, as)) {
      let c = tail;
      while (c < s.last && c - tail <= MAX_TAIL_TOKENS && tokens[c]!.kind === "word") c++;
      if (tokens[c]?.text !== ",") return null;
      // `As Breitbart News reported, even on Friday morning, the White House …`: an adverbial between the commas.
      let d = c + 1;
      while (d < s.last && d - c <= MAX_TAIL_TOKENS && tokens[d]!.kind === "word") d++;
      if (tokens[d]?.text === "," && !hasFiniteVerb(tokens, c + 1, d)) c = d;
      return clause(c + 1, clauseEnd(tokens, c + 1, s.last));
    }
    if (tokens[as - 1]?.text === "," && as - 1 > s.first && (closesWithAdjunct(tokens, tail, s.last, cueTakesPhrases(tokens, cue)) || joinedAfter(tokens, tail, s.last))) return clause(clauseStart(tokens, s.first, as - 1), as - 1);
    return null;
  },
} satisfies ReportedRule;

/** How many words a name's owner may take before it (`As Purple PAC's Crane said`). */
const MAX_OWNER_WORDS = 3;

/** `As Purple PAC's Crane said`, `as the group's Crane said`: where the word before the source's owner stands (`lead - 1` when it has none). */
function ownerBefore(tokens: readonly Token[], lead: number, first: number): number {
  if (!tokens[lead - 1]?.possessive) return lead - 1;
  let k = lead - 2;
  while (k > first && lead - k <= MAX_OWNER_WORDS && tokens[k]!.kind === "word" && (tokens[k]!.cap || ARTICLES.has(tokens[k]!.lower)) && tokens[k]!.lower !== "as") k--;
  return k;
}

/**
 * `CLAUSE, as the Times reported on Tuesday, and he will …`: after the cue's times and settings, a comma and a clause
 * joined by a conjunction; the manner clause belongs to the clause before it.
 */
function joinedAfter(tokens: readonly Token[], tail: number, last: number): boolean {
  let c = tail;
  while (c < last && c - tail <= MAX_TAIL_TOKENS && tokens[c]!.kind === "word") c++;
  return tokens[c]?.text === "," && !hasFiniteVerb(tokens, tail, c) && clauseAfterComma(tokens, c, last, true) >= 0;
}

/**
 * `As reported by the Harbour Gazette, …`, `As stated in the board's report, …`: the agent right after `As VERB by`,
 * or the name or document right after `As VERB in`, the source of a participle that names none before it.
 */
export function asAgent(para: AnalyzedParagraph, s: Sentence, cue: Cue): Mention | undefined {
  const { tokens } = para;
  if (cue.first - 1 < s.first || !asManner(tokens, cue)) return undefined;
  const ix = indexMentions(sentenceMentions(para, s));
  const m = ix.byLead.get(cue.last + 1) ?? ix.byFirst.get(cue.last + 1) ?? ix.byFirst.get(cue.last + 2);
  if (m && !m.possessive && m.kind !== "pronoun") return m;
  // `As stated in Davis' commentary`: a name's document, whose phrase ends at its comma.
  return tokens[cue.last]!.lower === "in" ? documentSource(para, s, { ...cue, last: cue.last + 1 }) : undefined;
}

/** `As reported by …`, `As noted in …`: a participle in a clause of manner, whose agent or document follows it. */
export function asManner(tokens: readonly Token[], cue: Cue): boolean {
  return tokens[cue.first - 1]?.lower === "as" && AS_AGENT_MARKS.has(tokens[cue.last]?.lower ?? "");
}
