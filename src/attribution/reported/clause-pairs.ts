/**
 * The marks that come in pairs inside a reported clause: the dashes of an interpolation (`— a group of party leaders —`),
 * the brackets of an aside (`(R-Texas)`), and the dash that closes a dateline (`WASHINGTON (AP) —`). Read by the
 * clause-boundary grammar (clause-bounds.ts); every search is bounded.
 */
import type { Token } from "../../speakers/tokenize";
import { DASH_MARKS } from "../../lexicon/function-words";
import { isStop } from "../cues";
import { isDash } from "./clause-words";

/** How many tokens an interpolation between dashes may take. */
const MAX_DASH_PAIR = 20;

/** How many tokens a dateline may take (`CAMBRIDGE, Mass., Dec. 11 (UPI) —`). */
const MAX_DATELINE_TOKENS = 14;

/** The dash at `k` closes a dateline: only capitalised words, numbers and punctuation stand before it. */
export function isDateline(tokens: readonly Token[], first: number, k: number): boolean {
  if (k - first > MAX_DATELINE_TOKENS) return false;
  for (let x = first; x < k; x++) {
    const t = tokens[x]!;
    if (t.kind === "quote" || (t.kind === "word" && !t.cap && !/^\d/.test(t.text))) return false;
  }
  return true;
}

/** The closing dash of an interpolation opened by the dash at `k` (`— a group of party leaders —`), or -1. */
export function dashPartner(tokens: readonly Token[], k: number, last: number): number {
  if (!DASH_MARKS.has(tokens[k]!.text) && !(tokens[k]!.text === "-" && isDash(tokens, k))) return -1;
  for (let x = k + 1; x < last && x - k <= MAX_DASH_PAIR; x++) {
    const t = tokens[x]!;
    if (t.kind === "punct" && (DASH_MARKS.has(t.text) || (t.text === "-" && isDash(tokens, x)))) return tokens[x + 1]?.kind === "word" ? x : -1;
    if (t.kind === "quote" || isStop(tokens, x)) return -1;
  }
  return -1;
}

/** The closing bracket of an aside opened at `k` (`(R-Texas)`, `(34 percent)`), or -1. */
export function bracketPartner(tokens: readonly Token[], k: number, last: number): number {
  if (tokens[k]!.text !== "(") return -1;
  for (let x = k + 1; x < last && x - k <= MAX_DASH_PAIR; x++) {
    const t = tokens[x]!;
    if (t.text === ")") return x;
    if (t.kind === "quote" || t.text === "(" || isStop(tokens, x)) return -1;
  }
  return -1;
}
