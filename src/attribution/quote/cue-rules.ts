import type { Token } from "../../speakers/tokenize";
import { isAuxiliary, isStop, type Cue } from "../cues";
import { cuesByFirst, indexMentions, lowerBound } from "../lookup";
import type { Decision, QuoteContext } from "./context";

/** How many tokens a cue may stand from its quotation and still be adjacent (`,” Mr Smith, the mayor, said`). */
const ADJACENT_WINDOW = 10;
/** How many tokens an appositive after a name may take before the cue (`,” Mr Smith, the mayor, said`). */
const APPOSITIVE_REACH = 14;
/** How many tokens a parenthesis after a name may take (`McDermott (D-Wash.)`). */
const PARENTHESIS_REACH = 10;
/** A reported clause this long (in tokens) is taken to have ended. */
const REPORTED_CLAUSE_REACH = 60;
/** How many cues on each side of a quotation the sentence-wide rule weighs. */
const MAX_CUE_CANDIDATES = 6;
/** A weak cue (`called`, `urged`) attributes only a quotation that follows within this many tokens (`calling him “…”`). */
const WEAK_CUE_REACH = 3;

/** The decision for a cue's subject, named `according-to` when the cue is `according to X`. */
function byCue(ctx: QuoteContext, c: Cue): Decision | null {
  const m = ctx.subjectOf(c);
  const d = m ? ctx.decide(m, c) : null;
  return d && c.sourceAfter ? { ...d, accordingTo: true } : d;
}

/** The cue right after the quotation: `,” he said`, `,” said Mr Smith`, `,” Mr Smith, the mayor, said`. */
export function cueAfter(ctx: QuoteContext): Decision | null {
  const { tokens, k, cues, sentence } = ctx;
  const last = sentence.last;
  const byFirst = cuesByFirst(cues);
  const cueAt = (j: number) => {
    const c = byFirst.get(j);
    return c && !c.gerund ? c : undefined;
  };
  // The cue must follow at once, or after its subject (and an appositive).
  let j = k + 1;
  if (tokens[j]?.text === ",") j++;
  // `the “new Gannett,” as Reed dubbed the combination`: `as` before the subject.
  if (tokens[j]?.lower === "as" && tokens[j + 1]?.cap) j++;
  let after = cueAt(j);
  if (!after) {
    const m = indexMentions(ctx.mentions).byLead.get(j);
    if (m) {
      let e = m.last;
      // `Comey Jr.`, `McDermott (D-Wash.)`: a glued period or a parenthesis after the name.
      if (tokens[e]?.text === "." && !isStop(tokens, e)) e++;
      if (tokens[e]?.text === "(") {
        let c = e + 1;
        while (c < last && c - e < PARENTHESIS_REACH && tokens[c]!.text !== ")") c++;
        if (tokens[c]?.text === ")") e = c + 1;
      }
      if (tokens[e]?.text === ",") {
        for (let x = e + 1; x < Math.min(last, e + APPOSITIVE_REACH); x++) {
          const t = tokens[x]!;
          if (t.kind === "quote" || isStop(tokens, x)) break;
          if (t.text === ",") { e = x + 1; break; }
        }
      }
      while (e < last && isAuxiliary(tokens[e]!)) e++;
      after = cueAt(e) ?? (e !== m.last ? cueAt(m.last) : undefined);
    }
  }
  // `As X echoed …, saying the senator had “…,” the crowd cheered`: a verb of mere sound after the quotation yields
  // to a verb of saying before it in the same sentence.
  if (after && after.weak && !after.reporting) {
    const top = lowerBound(cues, k + 1, (c) => c.last) - 1;
    for (let n = top; n >= 0 && top - n < MAX_CUE_CANDIDATES; n--) {
      if (cues[n]!.reporting || cues[n]!.gerund) { after = undefined; break; }
    }
  }
  if (!after) return null;
  const m = ctx.subjectOf(after);
  return m && m.first > k ? byCue(ctx, after) : null;
}

/** The nearest cue right before the quotation (`Mr Putin said: “…”`), with no other quotation or sentence end in between. */
export function cueBefore(ctx: QuoteContext): Decision | null {
  const { tokens, k, cues, sentence } = ctx;
  let from = sentence.first;
  for (let x = k - 1; x >= sentence.first && x >= k - ADJACENT_WINDOW; x--) {
    const t = tokens[x]!;
    if (t.kind === "quote" || (t.kind === "punct" && /^[.!?;]$/.test(t.text))) { from = x + 1; break; }
  }
  for (let n = lowerBound(cues, k + 1, (c) => c.last) - 1; n >= 0; n--) {
    const c = cues[n]!;
    if (c.first < Math.max(from, k - ADJACENT_WINDOW)) break;
    if (c.last <= k && (!c.weak || k - c.last <= WEAK_CUE_REACH) && !reportedInside(tokens, cues, n, k)) return byCue(ctx, c);
  }
  return null;
}

/** Any cue of the sentence with a subject: the nearest before the quotation, else the nearest after. */
export function sentenceCue(ctx: QuoteContext): Decision | null {
  const { tokens, k, cues } = ctx;
  // The nearest few cues on each side: a sentence with thousands of cues costs no more per quotation.
  const split = lowerBound(cues, k + 1, (c) => c.last);
  const before: Cue[] = [];
  for (let n = split - 1; n >= 0 && before.length < MAX_CUE_CANDIDATES; n--) if (!reportedInside(tokens, cues, n, k)) before.push(cues[n]!);
  const after: Cue[] = [];
  for (let n = split; n < cues.length && after.length < MAX_CUE_CANDIDATES; n++) if (cues[n]!.first > k) after.push(cues[n]!);
  // Speech verbs before the quotation first, then verbs of judgement before it (`accuses X of an “artful smear”`), then after it.
  const strong = (c: Cue) => !c.weak || c.reporting;
  for (const c of [...before.filter(strong), ...before.filter((c) => !strong(c)), ...after.filter(strong)]) {
    const d = byCue(ctx, c);
    if (d) return d;
  }
  return null;
}

/**
 * A cue inside the reported clause of an earlier cue (`Ms Lund added that the police would respond in a “calm …”`)
 * does not attribute a quotation that is not right after it: the outer speaker's words carry the quote.
 */
function reportedInside(tokens: readonly Token[], cues: readonly Cue[], n: number, k: number): boolean {
  const c = cues[n]!;
  let adjacentToQuote = true;
  for (let x = c.last; x < k; x++) if (!/^(?::|,|as|that)$/.test(tokens[x]!.lower)) { adjacentToQuote = false; break; }
  if (adjacentToQuote) return false;
  for (let x = n - 1; x >= 0 && n - x <= MAX_CUE_CANDIDATES; x--) {
    const o = cues[x]!;
    if (c.first - o.last > REPORTED_CLAUSE_REACH || hasStop(tokens, o.last, c.first)) return false;
    if (o.reporting && !o.sourceAfter && !o.gerund && o.last <= c.first && opensClause(tokens[o.last])) return true;
  }
  return false;
}

/** The word after a reporting verb starts its reported clause (`said that`, `said the …`, `said he …`). */
function opensClause(t: Token | undefined): boolean {
  return t !== undefined && t.kind === "word" && (t.cap || /^(?:that|the|a|an|he|she|they|it|we|i|you|his|her|their|its|this|these|those|there)(?:['’](?:d|ll|re|ve|m|s))?$/.test(t.lower));
}

function hasStop(tokens: readonly Token[], a: number, b: number): boolean {
  for (let x = a; x < b; x++) if (tokens[x]!.kind === "quote" || isStop(tokens, x)) return true;
  return false;
}
