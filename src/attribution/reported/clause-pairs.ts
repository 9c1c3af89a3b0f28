/**
 * The marks that come in pairs inside a reported clause: the dashes of an interpolation (`— a group of party leaders —`),
 * the brackets of an aside (`(R-Texas)`), and the dash that closes a dateline (`WASHINGTON (AP) —`). Read by the
 * clause-boundary grammar (clause-bounds.ts); every search is bounded.
 */
import type { Token } from "../../speakers/tokenize";
import { DASH_MARKS } from "../../lexicon/function-words";
import { isStop } from "../cues";
import { isDash } from "./clause-words";
import { isFunctionWord } from "../../speakers/word-tags";

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

/** How many tokens an aside between brackets may take (`(Samuel A. Alito Jr., John G. Roberts Jr. and …)`). */
const MAX_BRACKET_PAIR = 40;

/**
 * The closing bracket of an aside opened at `k` (`(R-Texas)`, `(34 percent)`, a list of names), or -1. A question or
 * an exclamation right before the bracket stays inside it (`(really?)`).
 */
export function bracketPartner(tokens: readonly Token[], k: number, last: number): number {
  if (tokens[k]!.text !== "(") return -1;
  for (let x = k + 1; x < last && x - k <= MAX_BRACKET_PAIR; x++) {
    const t = tokens[x]!;
    // A long aside is a list of names or figures; not a clause of its own (`(the existence of which, many say, …)`).
    if (t.text === ")") return x - k <= MAX_DASH_PAIR || namesOnly(tokens, k + 1, x) ? x : -1;
    if (t.kind === "quote" || t.text === "(" || (isStop(tokens, x) && !((t.text === "?" || t.text === "!") && tokens[x + 1]?.text === ")"))) return -1;
  }
  return -1;
}

/** Only capitalised words, numbers, function words and punctuation stand from `a` to `b` (`Lind, Tomas J. Berg Jr. and …`). */
function namesOnly(tokens: readonly Token[], a: number, b: number): boolean {
  for (let x = a; x < b; x++) {
    const t = tokens[x]!;
    if (t.kind === "word" && !t.cap && !/^\d/.test(t.text) && !isFunctionWord(t.lower)) return false;
  }
  return true;
}
