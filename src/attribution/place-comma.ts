/**
 * The comma of a US place written `City, State` (`Tulsa, Okla., police officer …`, `a man from Jupiter, Florida who
 * complained …`): it joins the city to its state and is no clause boundary, no end of an object and no comma before a
 * closing cue's source.
 */
import type { Token } from "../speakers/tokenize";
import { isFunctionWord } from "../speakers/word-tags";
import { MONTHS } from "../lexicon/dates";
import { TIME_WORDS } from "../lexicon/function-words";
import { US_STATE_ABBREVIATIONS, US_STATE_FIRST_WORDS, US_STATE_NAMES } from "../lexicon/places";
import { isStop } from "./cues";

/** A state of one or two words ends at `x` (`ohio`, `new hampshire`): the index of its first word, else -1. */
function stateEndingAt(tokens: readonly Token[], x: number): number {
  const t = tokens[x];
  if (!t || t.kind !== "word" || !t.cap) return -1;
  if (US_STATE_NAMES.has(t.lower)) return x;
  const p = tokens[x - 1];
  return p?.kind === "word" && p.cap && US_STATE_NAMES.has(`${p.lower} ${t.lower}`) ? x - 1 : -1;
}

/**
 * When the comma at `k` stands between a city and its state, the index of the state's last word (before an
 * abbreviation's period: `Okla` of `Okla.`); else -1. The city is a name that is no state itself (`Ohio, Florida and Iowa` is a list),
 * no time (`On Tuesday, Texas officials`) and no function word; a capital word after the state makes it the first word
 * of a name or title (`Obama, Virginia Foxx said`, `Bush, Ohio Gov. John Kasich`).
 */
export function placeComma(tokens: readonly Token[], k: number): number {
  if (tokens[k]?.text !== ",") return -1;
  const city = tokens[k - 1];
  if (!city || city.kind !== "word" || !city.cap || city.possessive || isFunctionWord(city.lower) || TIME_WORDS.has(city.lower) || MONTHS.has(city.lower)) return -1;
  if (stateEndingAt(tokens, k - 1) >= 0 || US_STATE_ABBREVIATIONS.has(city.lower)) return -1;
  const s = tokens[k + 1];
  if (!s || s.kind !== "word" || !s.cap || s.possessive) return -1;
  let end = -1;
  if (US_STATE_ABBREVIATIONS.has(s.lower) && tokens[k + 2]?.text === ".") end = k + 1;
  else if (US_STATE_NAMES.has(s.lower)) end = k + 1;
  else if (US_STATE_FIRST_WORDS.has(s.lower) && stateEndingAt(tokens, k + 2) === k + 1) end = k + 2;
  if (end < 0) return -1;
  // `Tulsa, Okla. But …`: a period that ends the sentence ends the place too.
  const after = tokens[end + 1]?.text === "." ? end + 2 : end + 1;
  const n = tokens[after];
  if (n?.kind === "word" && n.cap && !(after === end + 2 && isStop(tokens, end + 1))) return -1;
  return end;
}

/**
 * When the comma at `k` closes a city and its state (`Residents of Flint, Mich., said`), the index of the city; else -1.
 * The comma closes no appositive there: what stands before the city is the phrase the place belongs to.
 */
export function placeClosedAt(tokens: readonly Token[], k: number): number {
  if (tokens[k]?.text !== ",") return -1;
  const last = tokens[k - 1]?.text === "." ? k - 2 : k - 1;
  for (const words of [1, 2]) {
    const c = last - words;
    if (c > 0 && placeComma(tokens, c) === last) return c - 1;
  }
  return -1;
}
