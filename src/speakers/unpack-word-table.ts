/** Longest code table: codes are ASCII characters. */
const ASCII = 128;
/** `'0'`: the first character of an entry is `'0'` + how many characters it drops from the previous word. */
const ZERO = 0x30;

/**
 * A derivation: drop the last `drop` characters of a written word, append `append`; the word so made has `classes`
 * (`walk` → `walks`: drop 0, append `s`, present tense).
 */
export type Rule = readonly [drop: number, append: string, classes: number];

/**
 * Reads the front-coded word table written by `scripts/build-lexicon.mjs` into a map from each word to its classes.
 * One pass over the string, no regular expression.
 *
 * @param words entries: characters to drop from the previous word (`'0'` + d), characters to append, a code
 * @param codes characters that end an entry; the last `escapes` of them start a code of two characters
 * @param escapes how many of `codes` are escapes
 * @param maxDrop most characters an entry drops; `'0'` + maxDrop + 1 starts the word from nothing
 * @param paradigms what code i names: the written word's classes, then the indices of the rules deriving other words from it
 * @param rules the derivations paradigms name
 */
export function unpackWordTable(
  words: string, codes: string, escapes: number, maxDrop: number, paradigms: readonly (readonly number[])[], rules: readonly Rule[],
): Map<string, number> {
  const codeIndex = new Int16Array(ASCII).fill(-1);
  for (let i = 0; i < codes.length; i++) codeIndex[codes.charCodeAt(i)] = i;
  const single = codes.length - escapes;
  const map = new Map<string, number>();
  let prev = "";
  let i = 0;
  while (i < words.length) {
    const drop = words.charCodeAt(i) - ZERO;
    let j = i + 1;
    while (j < words.length) {
      const c = words.charCodeAt(j);
      if (c < ASCII && codeIndex[c]! >= 0) break;
      j++;
    }
    const word = (drop > maxDrop ? "" : prev.slice(0, prev.length - drop)) + words.slice(i + 1, j);
    let code = codeIndex[words.charCodeAt(j)]!;
    i = j + 1;
    if (code >= single) {
      code = single + (code - single) * codes.length + codeIndex[words.charCodeAt(i)]!;
      i++;
    }
    // A paradigm is its written word's classes, then the rules it applies.
    const paradigm = paradigms[code]!;
    map.set(word, paradigm[0]!);
    for (let r = 1; r < paradigm.length; r++) {
      const [cut, append, classes] = rules[paradigm[r]!]!;
      map.set(word.slice(0, word.length - cut) + append, classes);
    }
    prev = word;
  }
  return map;
}
