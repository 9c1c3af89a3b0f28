import { verbClasses } from "../../lexicon/verb-classes";
import type { AnalyzedParagraph } from "../../speakers/analyze";
import type { Mention } from "../../speakers/find-mentions";
import type { Sentence } from "../../speakers/split-sentences";
import { QUESTION_WORDS } from "../../lexicon/reporting-verbs";
import { ASKED_OPENERS, BE_PASSIVE } from "../../lexicon/function-words";
import type { Cue } from "../cues";
import { clauseEnd } from "./clause-bounds";
import { objectEnd } from "./object-bounds";
import { MIN_INFINITIVE_WORDS, type ReportedRule } from "./context";
import { sentenceMentions } from "./sources";
import { WordClass } from "../../speakers/word-tags";

/** How many words may stand between `asked` and its question word (`asked during a January debate why`). */
const MAX_ASKED_GAP = 8;

/** A question put to the sentence's speaker: its range, the agent who asked (if named) and `asked` as the cue. */
export interface AskedQuestion {
  readonly a: number;
  readonly b: number;
  readonly mention: Mention | undefined;
  readonly cue: Cue;
}

/**
 * `Asked whether …, X said` and `…, X said when asked if …`: the question a participle `asked` puts to the sentence's
 * speaker. Its source is the agent after `by` (`asked by a reporter whether`); without one the text does not say who
 * asked. The question ends at the comma before the main clause's subject, else where its clause ends.
 */
export function findAskedQuestions(para: AnalyzedParagraph, s: Sentence): readonly AskedQuestion[] {
  const { tokens } = para;
  // Made on the first `asked`: most sentences have none.
  let out: AskedQuestion[] | undefined;
  let mentions: readonly Mention[] | undefined;
  for (let i = s.first; i < s.last; i++) {
    const t = tokens[i]!;
    // The class bit first: a comparison of strings for every word of every sentence cost more than the rest.
    if ((t.classes & WordClass.SPEECH_VERB) === 0 || t.kind !== "word" || t.lower !== "asked") continue;
    mentions ??= sentenceMentions(para, s);
    const found = askedAt(para, s, i, mentions);
    if (found) (out ??= []).push(found);
  }
  return out ?? NO_QUESTIONS;
}

/**
 * The question the participle `asked` at `i` puts, if it is one. A function of its own: the searches of `mentions` below
 * close over its variables, which in the loop's body made every word of every sentence allocate a context for them.
 */
function askedAt(para: AnalyzedParagraph, s: Sentence, i: number, mentions: readonly Mention[]): AskedQuestion | undefined {
  const { tokens } = para;
  const prev = tokens[i - 1];
  // A participle: at the sentence's start, or after `when`, `after`, `if` or a comma; or a passive (`he was asked
  // what happened`), whose subject is the one asked. Never `she asked`.
  const passive = prev !== undefined && BE_PASSIVE.has(prev.lower);
  if (!(i === s.first || passive || (prev && (prev.text === "," || ASKED_OPENERS.has(prev.lower))))) return undefined;
  let k = i + 1;
  let by: Mention | undefined;
  if (tokens[k]?.lower === "by") {
    by = mentions.find((m) => m.lead === k + 1 || m.first === k + 1);
    if (!by) return undefined;
    k = by.last;
  }
  // `Asked about her own vote, Ms. Smith said …`: the topic of the question.
  const about = tokens[k]?.lower === "about" && !passive && tokens[k + 1]?.kind === "word";
  if (!about) {
    while (k < s.last && k - i <= MAX_ASKED_GAP && tokens[k]!.kind === "word" && !QUESTION_WORDS.has(tokens[k]!.lower)) k++;
    if (!QUESTION_WORDS.has(tokens[k]?.lower ?? "") || tokens[k + 1]?.kind !== "word") return undefined;
  } else k++;
  const a = k;
  let b = -1;
  if (i === s.first || prev?.text !== ",") {
    // The main clause after the question: its subject, then a verb (`, Mrs. Clinton shook her head`).
    const main = mentions.find((m) => m.lead > a && tokens[m.lead - 1]?.text === "," && tokens[m.last]?.kind === "word" && !tokens[m.last]!.cap);
    if (main) b = main.lead - 1;
  }
  if (b < 0) b = clauseEnd(tokens, a, s.last);
  // A topic is a noun phrase: `about it after a Republican debate` ends before `after`.
  if (about) b = Math.min(b, objectEnd(tokens, a, s.last));
  const cue: Cue = { first: i, last: i + 1, lemma: "ask", gerund: false, sourceAfter: false, reporting: true, weak: false, verb: verbClasses("ask") };
  return { a, b, mention: by, cue };
}

/** The questions of a sentence without any: shared, never written to. */
const NO_QUESTIONS: readonly AskedQuestion[] = [];

/** `Asked whether …, Mrs. Clinton said`. */
export const ASKED_PARTICIPLE = {
  name: "reported-asked-participle" as const,
  confidence: 0.85,
  doc: "A question put to the sentence's speaker: `Asked whether …, X said`, `… when asked by a reporter if …`.",
  candidates: ["asked"],
  find: (ctx) => ctx.kind === "asked" && ctx.range ? { a: ctx.range.a, b: ctx.range.b, minWords: MIN_INFINITIVE_WORDS + 1, finite: false } : null,
} satisfies ReportedRule;
