/**
 * A closing cue's content that holds an earlier closing cue of another source: `A, KING-TV reported, while B, the
 * Sun-Times reported.`, `A, as the Times reported, and B, according to three people.`. Each source vouches for its own
 * clause: the later one's starts after the earlier cue.
 */
import type { Token } from "../../speakers/tokenize";
import { SPEECH_VERBS } from "../../lexicon/speech-verbs";
import { CLAUSE_COORDINATORS, CONTRASTS } from "../../lexicon/function-words";
import { isAuxiliary, isStop } from "../cues";
import { hasFiniteVerb, isPastForm } from "./clause-words";
import { REPORT_FORM } from "./clause-breaks";
import { MAX_TAIL_TOKENS } from "./clause-bounds";

/** How many tokens the source of an inner cue may take between its comma and its verb (`as The New York Times`). */
const INNER_SOURCE_TOKENS = 6;

/**
 * Where the content `a`..`end` of a closing cue starts once an earlier closing cue stands inside it: after that cue's
 * comma and a conjunction (`, while`, `, and`), when a clause with a verb stands before the earlier cue (so that `The
 * plan, officials said, would cost …` keeps its subject) and a clause that opens with no verb after it; `a` otherwise.
 */
export function afterInnerCue(tokens: readonly Token[], a: number, end: number): number {
  let start = a;
  for (let k = a + 2; k < end; k++) {
    const v = tokens[k]!;
    if (v.kind !== "word" || v.cap || !SPEECH_VERBS.has(v.lower) || !REPORT_FORM.test(v.lower)) continue;
    // `, KING-TV reported`, `, as The New York Times reported`: a short source without a verb after a comma.
    let p = k - 1;
    while (p > start && k - p <= INNER_SOURCE_TOKENS && (tokens[p]!.kind === "word" || tokens[p]!.text === "-" || (tokens[p]!.text === "." && !isStop(tokens, p)))) p--;
    if (tokens[p]!.text !== "," || p === k - 1 || hasFiniteVerb(tokens, p + 1, k) || !hasFiniteVerb(tokens, start, p)) continue;
    // Times and settings after the verb (`on Tuesday`), then the comma that closes the cue.
    let c = k + 1;
    while (c < end && c - k <= MAX_TAIL_TOKENS && tokens[c]!.kind === "word") c++;
    if (c >= end || tokens[c]!.text !== "," || hasFiniteVerb(tokens, k + 1, c)) continue;
    const n = clauseAfterComma(tokens, c, end, false);
    if (n < 0) continue;
    start = n;
    k = c;
  }
  return start;
}

/**
 * Where a clause after the comma at `c` starts, past a conjunction (`, while in Chicago the parade began`, `, and he
 * will be …`); -1 when none opens there, or only a second predicate of the clause before it (`…, and would continue
 * …`). `joined`: the conjunction must stand there.
 */
export function clauseAfterComma(tokens: readonly Token[], c: number, end: number, joined: boolean): number {
  const w = tokens[c + 1]?.lower ?? "";
  const conjunction = CLAUSE_COORDINATORS.has(w) || CONTRASTS.has(w);
  if (joined && !conjunction) return -1;
  const n = conjunction ? c + 2 : c + 1;
  const t = tokens[n];
  if (!t || t.kind !== "word" || isAuxiliary(t) || (!t.cap && isPastForm(t.lower)) || !hasFiniteVerb(tokens, n, end)) return -1;
  return n;
}
