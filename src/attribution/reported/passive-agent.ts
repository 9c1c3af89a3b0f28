/**
 * `The meeting was first reported by Politico.`, `Her death was confirmed by the family.`: a verb of reporting in the
 * passive with its agent; the agent is the source and the subject noun phrase the content.
 */
import type { AnalyzedParagraph } from "../../speakers/analyze";
import type { Mention } from "../../speakers/find-mentions";
import type { Sentence } from "../../speakers/split-sentences";
import type { Token } from "../../speakers/tokenize";
import type { Cue } from "../cues";
import { indexMentions } from "../lookup";
import { BE_PASSIVE, HAVE_FORMS, OPENING_CONJUNCTIONS, PASSIVE_REPORT_ADVERBS, PASSIVE_REPORT_LEMMAS } from "../../lexicon/function-words";
import { hasFiniteVerb } from "./clause-words";
import { MIN_SPEECH_OBJECT_WORDS, type ReportedRule } from "./context";
import { sentenceMentions } from "./sources";

/** How many tokens the subject of a passive report may take (`News of the PGA’s move`). */
const MAX_SUBJECT_TOKENS = 12;
/** The token where the passive's `be` starts (`was`, `has been`), or -1 when the cue is no passive of `PASSIVE_REPORT_LEMMAS`. */
function passiveBe(tokens: readonly Token[], cue: Cue): number {
  if (!PASSIVE_REPORT_LEMMAS.has(cue.lemma) || cue.gerund || tokens[cue.last]?.lower !== "by") return -1;
  let k = cue.first - 1;
  if (PASSIVE_REPORT_ADVERBS.has(tokens[k]?.lower ?? "")) k--;
  const be = tokens[k];
  if (!be || !BE_PASSIVE.has(be.lower)) return -1;
  return be.lower === "been" ? (HAVE_FORMS.has(tokens[k - 1]?.lower ?? "") ? k - 1 : -1) : k;
}

/** The agent of `NP was reported by X`: the mention right after `by`, not a pronoun; undefined for any other cue. */
export function passiveAgent(para: AnalyzedParagraph, s: Sentence, cue: Cue): Mention | undefined {
  if (passiveBe(para.tokens, cue) < 0) return undefined;
  const ix = indexMentions(sentenceMentions(para, s));
  const m = ix.byLead.get(cue.last + 1) ?? ix.byFirst.get(cue.last + 1) ?? ix.byFirst.get(cue.last + 2);
  return m && !m.possessive && m.kind !== "pronoun" ? m : undefined;
}

/** `NP was (first) reported by X.`: the subject noun phrase, from the sentence's start (or its opening conjunction) to `was`. */
export const PASSIVE_AGENT = {
  name: "reported-passive-agent" as const,
  confidence: 0.85,
  doc: "A passive verb of reporting with its agent: `The meeting was first reported by Politico.`",
  candidates: ["speech-before"],
  find: (ctx) => {
    const { tokens, cue, sentence: s, source: m } = ctx;
    if (ctx.kind !== "speech" || !m || m.first <= cue.last) return null;
    const be = passiveBe(tokens, cue);
    if (be < 0) return null;
    const a = OPENING_CONJUNCTIONS.has(tokens[s.first]?.lower ?? "") ? s.first + 1 : s.first;
    // `The meeting`, not `which` nor a clause (`It was confirmed by …`): words without a verb of their own.
    if (be - a < MIN_SPEECH_OBJECT_WORDS || be - a > MAX_SUBJECT_TOKENS || hasFiniteVerb(tokens, a, be)) return null;
    for (let k = a; k < be; k++) if (tokens[k]!.kind !== "word") return null;
    return { a, b: be, minWords: MIN_SPEECH_OBJECT_WORDS, finite: false };
  },
} satisfies ReportedRule;
