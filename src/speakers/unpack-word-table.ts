/** Longest code table: codes are ASCII characters. */
const ASCII = 128;
/** `'0'`: the first character of an entry is `'0'` + how many characters it drops from the previous word. */
const ZERO = 0x30;

/**
 * Reads a front-coded word table written by `scripts/build-lexicon.mjs` into a map from each
 * word to the set it names. One pass over the string, no regular expression.
 *
 * @param words entries: characters to drop from the previous word (`'0'` + d), characters to append, a code
 * @param codes characters that end an entry; the last one is an escape for a second character
 * @param maxDrop most characters an entry drops; `'0'` + maxDrop + 1 starts the word from nothing
 * @param sets what code i names, shared by every word that has it
 */
export function unpackWordTable<T>(words: string, codes: string, maxDrop: number, sets: readonly T[]): Map<string, T> {
  const codeIndex = new Int16Array(ASCII).fill(-1);
  for (let i = 0; i < codes.length; i++) codeIndex[codes.charCodeAt(i)] = i;
  const escape = codes.length - 1;
  const map = new Map<string, T>();
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
    let set = codeIndex[words.charCodeAt(j)]!;
    i = j + 1;
    if (set === escape) {
      set = escape + codeIndex[words.charCodeAt(i)]!;
      i++;
    }
    map.set(word, sets[set]!);
    prev = word;
  }
  return map;
}
