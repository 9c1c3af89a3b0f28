/**
 * Short words of the letters `a`–`z` read as numbers, five bits a letter (`a` 1 … `z` 26): a word met in a paragraph is
 * looked up without being copied out or hashed as a string. Six letters make at most 30 bits, a small integer.
 */

/** Longest word read as a number. */
export const MAX_KEYED_LETTERS = 6;

/** Longest word read as two numbers: its first `MAX_KEYED_LETTERS` letters (the head) and the rest (the tail). */
export const MAX_PAIRED_LETTERS = 2 * MAX_KEYED_LETTERS;

/** `key` with one more letter appended, given as its lower-case code (`a` 97 … `z` 122). */
export function addLetter(key: number, lowerCode: number): number {
  return key * 32 + (lowerCode - 96);
}

/** `word` as a number when it has one to `MAX_KEYED_LETTERS` letters `a`–`z` and nothing else; 0 for any other word. */
export function lowerKey(word: string): number {
  return word.length > MAX_KEYED_LETTERS ? 0 : lettersKey(word, 0, word.length);
}

/** The letters `word[from, to)` as a number when all are `a`–`z` (at most `MAX_KEYED_LETTERS` of them); else 0. */
function lettersKey(word: string, from: number, to: number): number {
  let key = 0;
  for (let i = from; i < to; i++) {
    const c = word.charCodeAt(i);
    if (c < 97 || c > 122) return 0;
    key = addLetter(key, c);
  }
  return key;
}

/**
 * The tail of `word` when it has `MAX_KEYED_LETTERS` + 1 to `MAX_PAIRED_LETTERS` letters `a`–`z` and nothing else (its
 * head is `lowerKey` of its first `MAX_KEYED_LETTERS` letters); 0 for a shorter word, -1 for any other.
 */
export function lowerTail(word: string): number {
  const n = word.length;
  if (n <= MAX_KEYED_LETTERS) return 0;
  const tail = n > MAX_PAIRED_LETTERS || lettersKey(word, 0, MAX_KEYED_LETTERS) === 0 ? 0 : lettersKey(word, MAX_KEYED_LETTERS, n);
  return tail > 0 ? tail : -1;
}

/** `lowerKey` of the first `MAX_KEYED_LETTERS` letters of a word of which `lowerTail` is positive. */
export function lowerHead(word: string): number {
  return lettersKey(word, 0, MAX_KEYED_LETTERS);
}

/** First size of a `KeySet`'s table (a power of two). */
const FIRST_KEY_SLOTS = 64;
/** Largest first table (a power of two): a longer text's set grows past it as it fills. */
const MAX_FIRST_KEY_SLOTS = 1 << 16;

/**
 * A set of keys (`lowerKey`, any positive number below 2³¹), each with a tail (0, or the `lowerTail` of a longer word):
 * open addressing in typed arrays kept at most half full, so that adding a key already held (most words of an article
 * are met again) costs a probe or two rather than a call of `Set.prototype.add`.
 */
export class KeySet {
  private heads: Int32Array;
  private tails: Int32Array;
  private count = 0;

  /** `expected`: about how many keys the set will hold, so that it is made large enough at once rather than grown. */
  constructor(expected = 0) {
    let slots = FIRST_KEY_SLOTS;
    while (slots < expected * 2 && slots < MAX_FIRST_KEY_SLOTS) slots *= 2;
    this.heads = new Int32Array(slots);
    this.tails = new Int32Array(slots);
  }

  get size(): number {
    return this.count;
  }

  add(key: number, tail = 0): void {
    const heads = this.heads;
    const tails = this.tails;
    const mask = heads.length - 1;
    let s = keySlot(key, tail, mask);
    for (let k = heads[s]!; k !== 0; k = heads[s]!) {
      if (k === key && tails[s] === tail) return;
      s = (s + 1) & mask;
    }
    heads[s] = key;
    tails[s] = tail;
    if (++this.count * 2 > heads.length) this.grow();
  }

  has(key: number, tail = 0): boolean {
    const heads = this.heads;
    const tails = this.tails;
    const mask = heads.length - 1;
    let s = keySlot(key, tail, mask);
    for (let k = heads[s]!; k !== 0; k = heads[s]!) {
      if (k === key && tails[s] === tail) return true;
      s = (s + 1) & mask;
    }
    return false;
  }

  /** Doubles the table and places every key again. */
  private grow(): void {
    const oldHeads = this.heads;
    const oldTails = this.tails;
    const heads = new Int32Array(oldHeads.length * 2);
    const tails = new Int32Array(oldHeads.length * 2);
    const mask = heads.length - 1;
    for (let n = 0; n < oldHeads.length; n++) {
      const key = oldHeads[n]!;
      if (key === 0) continue;
      let s = keySlot(key, oldTails[n]!, mask);
      while (heads[s] !== 0) s = (s + 1) & mask;
      heads[s] = key;
      tails[s] = oldTails[n]!;
    }
    this.heads = heads;
    this.tails = tails;
  }
}

/** The first slot of a key and its tail in a table of `mask + 1` slots: their bits mixed (consecutive keys are common), then masked. */
function keySlot(key: number, tail: number, mask: number): number {
  const h = Math.imul(key ^ Math.imul(tail, 0x85ebca6b), 0x9e3779b1);
  return (h ^ (h >>> 16)) & mask;
}
