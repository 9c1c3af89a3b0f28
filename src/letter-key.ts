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

/** First size of a `KeySet`'s table (a power of two). */
const FIRST_KEY_SLOTS = 64;

/**
 * A set of keys (`lowerKey`, any positive number below 2³¹): open addressing in a typed array kept at most half full,
 * so that adding a key already held (most words of an article are met again) costs a probe or two rather than a call
 * of `Set.prototype.add`.
 */
export class KeySet {
  private slots = new Int32Array(FIRST_KEY_SLOTS);
  private count = 0;

  get size(): number {
    return this.count;
  }

  add(key: number): void {
    const slots = this.slots;
    const mask = slots.length - 1;
    let s = keySlot(key, mask);
    for (let k = slots[s]!; k !== 0; k = slots[s]!) {
      if (k === key) return;
      s = (s + 1) & mask;
    }
    slots[s] = key;
    if (++this.count * 2 > slots.length) this.grow();
  }

  has(key: number): boolean {
    const slots = this.slots;
    const mask = slots.length - 1;
    let s = keySlot(key, mask);
    for (let k = slots[s]!; k !== 0; k = slots[s]!) {
      if (k === key) return true;
      s = (s + 1) & mask;
    }
    return false;
  }

  /** Doubles the table and places every key again. */
  private grow(): void {
    const old = this.slots;
    const slots = new Int32Array(old.length * 2);
    const mask = slots.length - 1;
    for (const key of old) {
      if (key === 0) continue;
      let s = keySlot(key, mask);
      while (slots[s] !== 0) s = (s + 1) & mask;
      slots[s] = key;
    }
    this.slots = slots;
  }
}

/** The first slot of `key` in a table of `mask + 1` slots: its bits mixed (consecutive keys are common), then masked. */
function keySlot(key: number, mask: number): number {
  const h = Math.imul(key, 0x9e3779b1);
  return (h ^ (h >>> 16)) & mask;
}
