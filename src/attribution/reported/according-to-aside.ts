import type { Token } from "../../speakers/tokenize";
import { APPOSITIVE_OPENERS, NOT_CONTINUING } from "../../lexicon/function-words";
import { isStop } from "../cues";
import { clauseEnd, clauseStart } from "./clause-bounds";
import { countWords, hasFiniteVerb } from "./clause-words";
import { closesWithAdjunct } from "./cue-tail";
import type { ReportedRule } from "./context";
import { opensAfterConjunction } from "./according-to";

/** Above this many words before the aside, the clause is whole before it: `CLAUSE, according to X, and …` is `reported-according-to`'s. */
const MAX_ASIDE_LEAD = 8;
/** How many tokens the source and its appositive may take before the comma that closes the aside. */
const MAX_ASIDE_SOURCE = 16;

/**
 * `Fundraising, according to the campaign, has surged.`, `Since November, according to X, 400 protesters have died.`:
 * `according to X` between commas inside its clause. The clause runs around the aside, as a parenthetical cue's does;
 * a long first part with a verb of its own is left to `reported-according-to`, which ends the content before it.
 */
export const ACCORDING_TO_ASIDE = {
  name: "reported-according-to-aside" as const,
  confidence: 0.85,
  doc: "`according to X` between commas inside its clause: `Fundraising, according to the campaign, has surged.`",
  candidates: ["speech-after"],
  find: (ctx) => {
    const { tokens, cue, sentence: s, source } = ctx;
    if (ctx.kind !== "speech" || !cue.sourceAfter || !source || tokens[cue.first - 1]?.text !== "," || cue.first - 1 <= s.first) return null;
    // `But, according to the poll, …`: the aside opens the clause after its conjunction, `reported-according-to`'s.
    if (opensAfterConjunction(tokens, s.first, cue.first, source.last, s.last)) return null;
    const from = clauseStart(tokens, s.first, cue.first - 1);
    if (from >= cue.first - 1 || (countWords(tokens, from, cue.first - 1) > MAX_ASIDE_LEAD && hasFiniteVerb(tokens, from, cue.first - 1))) return null;
    // `…, according to X, two days after the audit began.`: the tail of a closing cue; the aside closes its sentence.
    if (closesWithAdjunct(tokens, source.last, s.last, false)) return null;
    const close = asideEnd(tokens, source.last, s.last);
    // The words after the aside go on with its clause (`, has surged`, `, 400 protesters have died`); a conjunction or
    // a relative opens another (`…, according to X, and …`).
    if (close < 0 || NOT_CONTINUING.has(tokens[close + 1]?.lower ?? "") || !hasFiniteVerb(tokens, close + 1, clauseEnd(tokens, close + 1, s.last))) return null;
    return { a: from, b: clauseEnd(tokens, close + 1, s.last), minWords: 4, finite: true, aroundSource: true };
  },
} satisfies ReportedRule;

/**
 * The comma that closes an aside whose source ends at `from`, past an appositive of the source (`according to Dennis
 * Ross, a former envoy, was …`); -1 when the sentence ends first or the aside runs too long.
 */
function asideEnd(tokens: readonly Token[], from: number, last: number): number {
  let comma = -1;
  for (let k = from; k < last && k - from <= MAX_ASIDE_SOURCE; k++) {
    const t = tokens[k]!;
    if (t.kind === "quote" || isStop(tokens, k)) break;
    if (t.text !== ",") continue;
    if (comma >= 0) return k;
    comma = k;
    // `, another former American special envoy,`: an appositive of the source may stand before a second comma.
    if (!APPOSITIVE_OPENERS.has(tokens[k + 1]?.lower ?? "") && tokens[k + 1]?.lower !== "another") return k;
  }
  return comma;
}
