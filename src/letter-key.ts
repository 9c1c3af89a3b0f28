/**
 * Short words of the letters `a`–`z` read as numbers, five bits a letter (`a` 1 … `z` 26): a word met in a paragraph is
 * looked up without being copied out or hashed as a string. Six letters make at most 30 bits, a small integer.
 */

/** Longest word read as a number. */
export const MAX_KEYED_LETTERS = 6;

/** `key` with one more letter appended, given as its lower-case code (`a` 97 … `z` 122). */
export function addLetter(key: number, lowerCode: number): number {
  return key * 32 + (lowerCode - 96);
}

/** `word` as a number when it has one to `MAX_KEYED_LETTERS` letters `a`–`z` and nothing else; 0 for any other word. */
export function lowerKey(word: string): number {
  if (word.length > MAX_KEYED_LETTERS) return 0;
  let key = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 97 || c > 122) return 0;
    key = addLetter(key, c);
  }
  return key;
}
