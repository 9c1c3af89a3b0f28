import { ENGLISH_FUNCTION_WORDS, OTHER_FUNCTION_WORDS } from "../lexicon/language-words";
import { addLetter, lowerKey, MAX_KEYED_LETTERS } from "../letter-key";
import type { Warning } from "../types";
import { primaryLanguage } from "./normalize-language";

/** Words of the body read: enough to tell a language, and a bound on the work. */
export const MAX_LANGUAGE_WORDS = 300;

/**
 * Share of the words read that are English function words from which a text is English
 * whatever the page declares. English news runs at 30–45 % (`ENGLISH_FUNCTION_WORDS`); other
 * languages at 0–6 %; navigation menus and box scores, which are English but barely prose, at 5–15 %.
 */
export const MIN_ENGLISH_SHARE = 0.15;

/** Fewest function words of another language (`OTHER_FUNCTION_WORDS`) that, outnumbering the English ones, make a text another language. */
export const MIN_OTHER_FUNCTION_WORDS = 5;

/** Share of the letters outside the Latin script above which text is not English (Cyrillic, Greek, Arabic, CJK…). */
export const MAX_NON_LATIN_SHARE = 0.5;

/** Fewest letters for the script share to count. */
export const MIN_SCRIPT_LETTERS = 20;

/** What `measureEnglish` counts in the first words of a text. */
export interface EnglishMeasure {
  /** Latin-script words read (at most `MAX_LANGUAGE_WORDS` words in all). */
  readonly words: number;
  /** How many of them are English function words. */
  readonly english: number;
  /** How many are function words of other languages. */
  readonly other: number;
  /** Letters read, and those not in the Latin script. */
  readonly letters: number;
  readonly nonLatinLetters: number;
}

const LETTER = /^\p{L}$/u;
const LATIN = /^\p{Script=Latin}+$/u;
/** Whether each UTF-16 unit above ASCII is a letter: 0 not yet asked, 1 yes, 2 no (each tested once per process). */
const letterCache = new Uint8Array(0x10000);

/** Length in UTF-16 units of the letter (`\p{L}`) at `i`, 0 when none starts there. */
function letterAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 0x80) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    // A letter outside the Basic Multilingual Plane is a surrogate pair: tested as one code point, as `\p{L}` with `u` does.
    if (d >= 0xdc00 && d <= 0xdfff) return LETTER.test(s.slice(i, i + 2)) ? 2 : 0;
  }
  let known = letterCache[c]!;
  if (known === 0) {
    known = LETTER.test(String.fromCharCode(c)) ? 1 : 2;
    letterCache[c] = known;
  }
  return known === 1 ? 1 : 0;
}

/**
 * The longest function word of either list: a longer word is none (lower-casing never shortens a word), and is counted
 * without being copied out and lower-cased.
 */
const MAX_FUNCTION_WORD = Math.max(...[...ENGLISH_FUNCTION_WORDS, ...OTHER_FUNCTION_WORDS].map((w) => w.length));

/**
 * The longest function word of the letters `a`–`z` only: an ASCII run of letters lower-cased is such a word, so a longer
 * one is none and is counted without being copied out and lower-cased (most words of seven letters or more).
 */
const MAX_ASCII_FUNCTION_WORD = Math.max(0, ...[...ENGLISH_FUNCTION_WORDS, ...OTHER_FUNCTION_WORDS].filter((w) => /^[a-z]+$/.test(w)).map((w) => w.length));

/** The function words of at most `MAX_KEYED_LETTERS` letters `a`–`z` by `lowerKey`: 1 English, 2 another language's. */
const KEYED_FUNCTION_WORDS: ReadonlyMap<number, number> = (() => {
  const keyed = new Map<number, number>();
  const add = (words: ReadonlySet<string>, kind: number): void => {
    for (const w of words) {
      const key = lowerKey(w);
      if (key > 0) keyed.set(key, kind);
    }
  };
  add(OTHER_FUNCTION_WORDS, 2);
  // English first when a word is in both lists, as `measureEnglish` asks.
  add(ENGLISH_FUNCTION_WORDS, 1);
  return keyed;
})();

/** Counts words, English and other function words and non-Latin letters over the first `MAX_LANGUAGE_WORDS` words of `paragraphs`. */
export function measureEnglish(paragraphs: readonly string[]): EnglishMeasure {
  let words = 0;
  let english = 0;
  let other = 0;
  let letters = 0;
  let nonLatinLetters = 0;
  let seen = 0;
  // Read once: the bundle makes module constants `var`s, which optimised code loads and checks again on every character.
  const maxKeyed = MAX_KEYED_LETTERS;
  const maxAscii = MAX_ASCII_FUNCTION_WORD;
  for (const p of paragraphs) {
    // The length read once: the paragraphs are strings of many internal kinds, so `p.length` is a megamorphic load.
    const plen = p.length;
    // The runs of letters (`/\p{L}+/gu`), read by character code rather than by a regular expression's matches.
    for (let i = 0; i < plen;) {
      let n = letterAt(p, i);
      if (n === 0) { i++; continue; }
      const start = i;
      // The run read once: whether it is all ASCII (its letters then are Latin: no script test, no copy), and its `lowerKey` (lower-cased) over its first `MAX_KEYED_LETTERS` letters.
      let ascii = true;
      let key = 0;
      while (i < plen) {
        const c = p.charCodeAt(i);
        if (c < 0x80) {
          if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) break;
          if (i - start < maxKeyed) key = addLetter(key, c | 32);
          i++;
          continue;
        }
        n = letterAt(p, i);
        if (n === 0) break;
        ascii = false;
        i += n;
      }
      const length = i - start;
      letters += length;
      if (ascii && length <= maxKeyed) {
        words++;
        const kind = KEYED_FUNCTION_WORDS.get(key);
        if (kind === 1) english++;
        else if (kind === 2) other++;
      } else if (ascii || LATIN.test(p.slice(start, i))) {
        words++;
        if (ascii ? length <= maxAscii : length <= MAX_FUNCTION_WORD) {
          const lower = p.slice(start, i).toLowerCase();
          if (ENGLISH_FUNCTION_WORDS.has(lower)) english++;
          else if (OTHER_FUNCTION_WORDS.has(lower)) other++;
        }
      } else {
        nonLatinLetters += length;
      }
      if (++seen >= MAX_LANGUAGE_WORDS) return { words, english, other, letters, nonLatinLetters };
    }
  }
  return { words, english, other, letters, nonLatinLetters };
}

/**
 * Whether the article body is not English, from the first `MAX_LANGUAGE_WORDS` words of its
 * paragraphs and the page's declared language, in this order:
 * 1. over `MAX_NON_LATIN_SHARE` of its letters (at least `MIN_SCRIPT_LETTERS`) outside the Latin
 *    script → not English;
 * 2. at least `MIN_OTHER_FUNCTION_WORDS` function words of other languages, more than the English
 *    ones → not English (German, French, Spanish… text says so whatever the page declares);
 * 3. English function words make `MIN_ENGLISH_SHARE` of the words → English (templates declare a
 *    wrong language often enough that text outweighs the declaration);
 * 4. else the text does not tell (a short note, a table, a menu): not English only when the page
 *    declares another language. An empty body is never flagged.
 */
export function isNotEnglish(paragraphs: readonly string[], declaredLanguage: string | null): boolean {
  const m = measureEnglish(paragraphs);
  if (m.letters >= MIN_SCRIPT_LETTERS && m.nonLatinLetters > MAX_NON_LATIN_SHARE * m.letters) return true;
  if (m.other >= MIN_OTHER_FUNCTION_WORDS && m.other > m.english) return true;
  if (m.words === 0 || m.english >= MIN_ENGLISH_SHARE * m.words) return false;
  const declared = primaryLanguage(declaredLanguage);
  return declared !== null && declared !== "en";
}

/**
 * The `not-english` warning when `isNotEnglish` holds (attribution is tuned on English), else none.
 * @example
 * warnNotEnglish(["Der Bürgermeister sagte am Montag, dass die Brücke nicht …"], "de") // [{ code: "not-english", … }]
 */
export function warnNotEnglish(paragraphs: readonly string[], declaredLanguage: string | null): Warning[] {
  if (!isNotEnglish(paragraphs, declaredLanguage)) return [];
  const declared = declaredLanguage === null ? "" : ` (the page declares ${declaredLanguage})`;
  return [{
    code: "not-english",
    message: `The article's text does not read as English${declared}; quote attribution is tuned on English and may miss or misattribute quotes.`,
  }];
}
