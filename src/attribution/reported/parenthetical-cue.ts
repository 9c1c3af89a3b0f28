import { tokenBefore, type Token } from "../../speakers/tokenize";
import { isFiniteVerb, isNounWord } from "../../speakers/word-tags";
import { BE_PASSIVE, FRONTED_OPENERS, NOT_CONTINUING, OPENING_CONJUNCTIONS } from "../../lexicon/function-words";
import { clauseEnd, clauseStart, cueAdverbialsEnd } from "./clause-bounds";
import { countWords, hasFiniteVerb, interpolationEnd, isDash, isFiniteForm, startsClause } from "./clause-words";
import { clause, type ReportedRule } from "./context";
import { cueSpan, opensQuote } from "./cue-span";
import { roleStart } from "./closing-cue";

/** Above this many words before a parenthetical cue (`A, he said, B`), the cue closes the clause instead. */
const PARENTHETICAL_LEAD = 8;
/** How many tokens a cue's source may run past the verb and still be parenthetical (`, said Mr Smith,`). */
const SOURCE_AFTER_REACH = 3;

/** `A, X said, B.`: a parenthetical cue; the content runs around it, or ends before it when its first part is long. */
export const PARENTHETICAL_CUE = {
  name: "reported-parenthetical-cue" as const,
  confidence: 0.85,
  doc: "A cue between commas: `A, X said, B.`; a long first part with a verb of its own ends the content.",
  candidates: ["speech-before"],
  find: (ctx) => {
    if (!ctx.cueFree()) return null;
    const { tokens, cue, sentence: s, source: m } = ctx;
    const span = cueSpan(ctx);
    // `Mrs. Clinton, these people said, …`, `…, the former chief executive added, …`: the words of a role before the
    // source's mention stand between the commas too.
    const lead = m!.kind === "pronoun" ? span.lead : roleStart(tokens, span.lead, s.first);
    // `, he told me on Friday,`, `, the agency said in a June report,`: a hearer and adverbials before the second comma.
    const tail = cueAdverbialsEnd(tokens, span.tail, s.last);
    if (tokenBefore(tokens, lead)?.text !== "," || lead - 1 <= s.first || tokens[tail]?.text !== "," || opensQuote(ctx) || m!.last > cue.first + SOURCE_AFTER_REACH) return null;
    // `After that, Ford wrote, and wrote, and wrote.`: `and` with a verb and no subject is a second predicate of the
    // source, not the clause going on around the cue.
    if (secondPredicate(tokens, tail + 1)) return null;
    // `Trump made no mention of God, …`: no verb of its own stands between a source and its cue.
    if (m!.last < cue.first && hasFiniteVerb(tokens, m!.last, cue.first)) return null;
    let from = clauseStart(tokens, s.first, lead - 1);
    // `… in New Delhi - all of whom, she explained, needed …`: a hyphen standing as a dash starts the clause too.
    for (let k = from; k < lead - 1; k++) if (tokens[k]!.text === "-" && isDash(tokens, k) && interpolationEnd(tokens, k, lead - 1) < 0) from = k + 1;
    // A long first part without a verb of its own, or opening with a preposition or a subordinator, is a fronted
    // phrase (`In the two years since the drought began, X says, many farms …`): the content runs on after the cue.
    // After a long first part, the words after the cue go on with it only when they continue its clause (`…, X said,
    // since …`, `…, X said, and …`, `…, X said, for how …`); a relative or a new subject starts another.
    // `But without the ability to …, X said, she …`: a conjunction may stand before the fronted phrase.
    const opener = OPENING_CONJUNCTIONS.has(tokens[from]!.lower) ? from + 1 : from;
    // `… supporters are reflecting, the polls tell us, a lot of anxiety`: a verb left without its complement before the
    // comma leaves the clause open, and the words after the cue finish it.
    if (countWords(tokens, from, lead - 1) >= PARENTHETICAL_LEAD && hasFiniteVerb(tokens, from, lead - 1) && !FRONTED_OPENERS.has(tokens[opener]!.lower) && !continuesClause(tokens[tail + 1]) && !leftOpen(tokens, lead - 2)) return clause(from, lead - 1);
    const end = clauseEnd(tokens, tail + 1, s.last);
    // `No different, X said, from the old pier.`: the words around the cue need a verb of their own, not the cue's.
    if (!hasFiniteVerb(tokens, from, lead - 1) && !hasFiniteVerb(tokens, tail + 1, end)) return null;
    return clause(from, end);
  },
} satisfies ReportedRule;

/** `…, X said, and …`, `…, she said, but also …`: the report goes on after the cue with a coordinated clause. */
const GOES_ON: ReadonlySet<string> = new Set(["and", "but"]);

/**
 * A word after a parenthetical cue that goes on with the clause before it: a lower-case word that opens no clause of
 * its own, or `and` / `but`.
 */
function continuesClause(t: Token | undefined): boolean {
  return t !== undefined && t.kind === "word" && !t.cap && !startsClause(t) && (!NOT_CONTINUING.has(t.lower) || GOES_ON.has(t.lower));
}

/** `and wrote`, `but added`: a conjunction at `k` before a verb without a subject of its own. */
function secondPredicate(tokens: readonly Token[], k: number): boolean {
  const v = tokens[k + 1];
  return GOES_ON.has(tokens[k]?.lower ?? "") && v !== undefined && v.kind === "word" && !v.cap && isFiniteVerb(v.lower) && !isNounWord(v.lower);
}

/** The word at `k`, before a comma, leaves its clause open: a copula or an auxiliary (`was`), or a progressive (`are reflecting`). */
function leftOpen(tokens: readonly Token[], k: number): boolean {
  const w = tokens[k];
  if (!w || w.kind !== "word" || w.cap) return false;
  if (isFiniteForm(w.lower) && BE_PASSIVE.has(w.lower)) return true;
  return w.lower.endsWith("ing") && BE_PASSIVE.has(tokens[k - 1]?.lower ?? "");
}
