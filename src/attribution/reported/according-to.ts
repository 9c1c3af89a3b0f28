import { CLAUSE_START_MARKS } from "../../lexicon/function-words";
import { clauseEnd, clauseStart, closingClauseStart } from "./clause-bounds";
import type { Token } from "../../speakers/tokenize";
import { isStop } from "../cues";
import { isFunctionWord } from "../../speakers/word-tags";
import { countWords, findToken, isFiniteForm, startsClauseStrict } from "./clause-words";
import { clause, type ReportedRule } from "./context";

/** A sentence start of this many words before a closing `according to X` is a claim without a verb check. */
const WHOLE_SENTENCE_WORDS = 5;
/** How many tokens the source after `According to` may take before its comma. */
const SOURCE_REACH = 6;
/**
 * How many tokens a source's modifiers may take before its comma when they hold no clause of their own (`According to
 * early results of exit polls conducted by Edison Research for the networks, …`).
 */
const MODIFIED_SOURCE_REACH = 24;

/** `According to X, CLAUSE` (also after a colon: `…: According to X, CLAUSE`) and `CLAUSE, according to X.` */
export const ACCORDING_TO = {
  name: "reported-according-to" as const,
  confidence: 0.86,
  doc: "`According to X, CLAUSE`, also opening a clause after a colon or a dash, and `CLAUSE, according to X.`",
  candidates: ["speech-after"],
  find: (ctx) => {
    const { tokens, cue, sentence: s, source } = ctx;
    if (ctx.kind !== "speech" || !cue.sourceAfter || !source) return null;
    const before = tokens[cue.first - 1];
    // At the start of the sentence or of a clause after a colon, a semicolon or a dash: the content follows.
    if (cue.first === s.first || (cue.first === s.first + 1 && tokens[s.first]!.kind === "word") || (before?.kind === "punct" && CLAUSE_START_MARKS.has(before.text))) {
      const comma = sourceComma(tokens, source.last, s.last);
      return comma < 0 ? null : clause(comma + 1, clauseEnd(tokens, comma + 1, s.last));
    }
    // `Brandt leads by 271 votes according to a count by the Gazette.`: a whole sentence before a closing `according to`
    // without its comma is the claim when it has a verb of its own and the source runs to the sentence's end.
    // Not after a function word (`said that according to its analysis, …`): the phrase then opens the clause after it;
    // nor with a document that names no one (`must register according to state law`), which may be a rule followed.
    if (before?.kind === "word" && !isFunctionWord(before.lower)) {
      const end = source.last;
      if ((ctx.sourceKind === "document" && !ctx.owner) || source.possessive) return null;
      if (!(end >= s.last || isStop(tokens, end) || tokens[end]!.text === ",")) return null;
      const a = closingClauseStart(tokens, clauseStart(tokens, s.first, cue.first), cue.first);
      return a === s.first ? clause(a, cue.first) : null;
    }
    if (before?.text !== ",") return null;
    // A whole sentence before the closing `according to X` is its claim, whether or not the lexicon reads its verb
    // (`Clinton beat Trump by 4 points, according to the poll.`); a shorter start must show a verb.
    const a = closingClauseStart(tokens, clauseStart(tokens, s.first, cue.first - 1), cue.first - 1);
    return { ...clause(a, cue.first - 1), ...(a === s.first && countWords(tokens, a, cue.first - 1) >= WHOLE_SENTENCE_WORDS ? { finite: false } : {}) };
  },
} satisfies ReportedRule;

/**
 * The comma that closes the source of an opening `According to`, read from the source's end `from`: the first within
 * a few tokens, or one further on when the words before it are the source's modifiers (participles, prepositional
 * phrases, names) without an auxiliary, a subject pronoun or a quotation, which would make them a clause of their own
 * (`According to Smith the plan will fail, but …`); -1 when there is none.
 */
function sourceComma(tokens: readonly Token[], from: number, last: number): number {
  const near = findToken(tokens, from, last, ",", SOURCE_REACH);
  if (near >= 0) return near;
  for (let k = from; k < last && k - from <= MODIFIED_SOURCE_REACH; k++) {
    const t = tokens[k]!;
    if (t.text === ",") return k;
    if (t.kind === "quote" || isStop(tokens, k) || (t.kind === "word" && !t.cap && (isFiniteForm(t.lower) || startsClauseStrict(t)))) return -1;
  }
  return -1;
}
