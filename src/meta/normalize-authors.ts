import { BYLINE_PREFIX_WORDS, BYLINE_ROLE_WORDS } from "../lexicon/meta-sources";
import { cleanText } from "./clean-text";
import { looksLikeUrl } from "./normalize-url";

/** At most this many authors are kept (a longer list is a credits block, not a byline). */
export const MAX_AUTHORS = 20;

/** Longer "names" are sentences or bios, not names. */
export const MAX_AUTHOR_CHARS = 100;

/** A name in a list has this many words at most (`Maria de la Cruz Pérez` has five). */
export const MAX_NAME_WORDS = 5;

/** Words that may stand before `by` at the start of a byline (`Written by:`, `Analysis by`). */
const BYLINE_PREFIXES: ReadonlySet<string> = new Set(BYLINE_PREFIX_WORDS);

/**
 * Separators of a list of names: commas, semicolons, `&`, `and`, `|`, with the one space around
 * them that `cleanText` leaves (it collapses runs of whitespace, so ` ?` is all it takes).
 */
const LIST_SEPARATOR = / ?(?:[,;&|]|\band\b) ?/i;

/**
 * `text` without a leading `By `, `Written by:`, `Analysis by ` (a prefix word of
 * `BYLINE_PREFIX_WORDS`, then `by` as a word, an optional colon). `text` is `cleanText` output:
 * single spaces. A scan, not a pattern built from the word list.
 */
function dropByPrefix(text: string): string {
  const lower = text.toLowerCase();
  let i = 0;
  const space = lower.indexOf(" ");
  if (space > 0 && BYLINE_PREFIXES.has(lower.slice(0, space))) i = space + 1;
  if (!lower.startsWith("by", i)) return text;
  const next = lower[i + 2];
  if (next !== undefined && /[\p{L}\p{N}_]/u.test(next)) return text; // `Byron`: not the word `by`
  i += 2;
  if (lower[i] === " ") i++;
  if (lower[i] === ":") i++;
  if (lower[i] === " ") i++;
  return text.slice(i);
}

/** Lower-case words that may stand inside a name (`Ursula von der Leyen`, `Mohammed bin Salman`). */
const NAME_PARTICLES = new Set(["de", "del", "della", "der", "den", "di", "da", "dos", "du", "la", "le", "van", "von", "bin", "ibn", "al", "el", "ter", "ten", "y"]);

/** A word of a name: capitalised (`Jane`, `O'Brien`, `Jean-Luc`, `McDonald`), an initial (`J.`), or a particle. */
function isNameWord(word: string): boolean {
  if (NAME_PARTICLES.has(word)) return true;
  return /^\p{Lu}[\p{L}'’.-]*$/u.test(word) && !/\d/.test(word);
}

/** Whether a piece of a byline is clearly one person's name: 2–5 name words, starting with a capital. */
export function looksLikeName(piece: string): boolean {
  const words = piece.split(" ");
  if (words.length < 2 || words.length > MAX_NAME_WORDS) return false;
  return words.every(isNameWord) && !NAME_PARTICLES.has(words[0]!) && !words.some((w) => BYLINE_ROLE_WORDS.has(w.toLowerCase()));
}

const SEPARATOR_CHARS = new Set([" ", ",", ";", ":", "|", "-"]);

/** Trims separators (`, ; : | -` and spaces) from both ends, by index: a regular expression anchored only at the end would rescan. */
function trimSeparators(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && SEPARATOR_CHARS.has(s[start]!)) start++;
  while (end > start && SEPARATOR_CHARS.has(s[end - 1]!)) end--;
  return s.slice(start, end);
}

/**
 * Splits one byline into names: `By Jane Doe and John Roe` → `["Jane Doe", "John Roe"]`. It is
 * split only when every piece is clearly a name, so `Doe, Jane` and `Jane Doe, CNN Business` stay
 * whole. URLs, handles and bylines with digits (a date or time run into the byline) give no name.
 */
export function splitByline(byline: string): string[] {
  const text = cleanText(byline, { maxChars: 10 * MAX_AUTHOR_CHARS });
  if (text === null || looksLikeUrl(text) || /\d/.test(text)) return [];
  const unprefixed = trimSeparators(dropByPrefix(text));
  if (unprefixed === "") return [];
  const pieces = unprefixed.split(LIST_SEPARATOR).filter((p) => p !== "");
  if (pieces.length > 1 && pieces.every(looksLikeName)) return pieces;
  return [unprefixed];
}

/**
 * Makes an author list from raw bylines: each split by `splitByline`, URLs dropped, names
 * longer than `MAX_AUTHOR_CHARS` dropped, duplicates (ignoring case) dropped, at most
 * `MAX_AUTHORS` kept, in order.
 * @example
 * normalizeAuthors(["By Jane Doe and John Roe", "jane doe"]) // ["Jane Doe", "John Roe"]
 */
export function normalizeAuthors(bylines: readonly string[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const byline of bylines) {
    for (const name of splitByline(byline)) {
      const key = name.toLowerCase();
      if (name.length > MAX_AUTHOR_CHARS || looksLikeUrl(name) || seen.has(key)) continue;
      seen.add(key);
      out.push(name);
      if (out.length === MAX_AUTHORS) return out;
    }
  }
  return out;
}
