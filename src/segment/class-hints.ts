import { CLASS_FURNITURE_WORDS as FURNITURE_WORDS, CLASS_NEGATIVE_WORDS as NEGATIVE_WORDS, CLASS_POSITIVE_WORDS as POSITIVE_WORDS } from "../lexicon/boilerplate";

/**
 * Class and id words as evidence, not verdicts: a container named `ad-margins` or
 * `content-with-sidebar` may hold the whole article, so the words only weigh on the
 * content score and on the cleaning of furniture inside the chosen body.
 */

/** Points added per positive hint and taken per negative one (Readability uses 25). */
export const CLASS_WEIGHT = 25;

/** Most characters of a class/id value read: hostile attributes stay cheap. */
const MAX_HINT_CHARS = 400;

/** What the class and id words of one element say. */
export interface ClassHints {
  /** Net weight: +{@link CLASS_WEIGHT} if any positive word, −{@link CLASS_WEIGHT} if any negative one. */
  readonly weight: number;
  /** Whether a furniture word (ads, share, related, byline, caption…) names the element. */
  readonly furniture: boolean;
}

/** Bits of what one class or id value says; the hints of an element are those of its class and id together. */
const POSITIVE = 1;
const NEGATIVE = 2;
const FURNITURE = 4;

/** The eight possible hints, built once. */
const BY_BITS: readonly ClassHints[] = Array.from({ length: 8 }, (_, bits) => Object.freeze({
  weight: (bits & POSITIVE ? CLASS_WEIGHT : 0) - (bits & NEGATIVE ? CLASS_WEIGHT : 0),
  furniture: (bits & FURNITURE) !== 0,
}));

/**
 * Reads the class and id of an element as hints (see {@link ClassHints}). Class and id are
 * read apart, their bits joined. Nothing is allocated: words are matched letter by letter
 * against a table of the hint words while the value is scanned, so no word is cut out as a
 * string (this ran on every element of every page, a tenth of reading one).
 */
export function classHints(className: string | undefined, id: string | undefined): ClassHints {
  return BY_BITS[(className ? readWords(className) : 0) | (id ? readWords(id) : 0)]!;
}

/**
 * The hint words as a trie over `a`–`z`: `NEXT[node * 26 + letter]` is the node after a
 * letter (0: no hint word goes on), `BITS[node]` what the word ending there says. Node 0 is
 * the root. Built once from the word lists; words with other characters could never be
 * read from a class (words there are runs of letters) and are left out.
 */
const { NEXT, BITS } = (() => {
  const bitsOfWord = new Map<string, number>();
  const add = (words: ReadonlySet<string>, bit: number): void => {
    for (const w of words) if (/^[a-z]+$/.test(w)) bitsOfWord.set(w, (bitsOfWord.get(w) ?? 0) | bit);
  };
  add(POSITIVE_WORDS, POSITIVE);
  add(NEGATIVE_WORDS, NEGATIVE);
  add(FURNITURE_WORDS, FURNITURE);
  let nodes = 1;
  for (const w of bitsOfWord.keys()) nodes += w.length;
  const next = new Int32Array(nodes * 26);
  const bits = new Uint8Array(nodes);
  let used = 1;
  for (const [w, b] of bitsOfWord) {
    let node = 0;
    for (let i = 0; i < w.length; i++) {
      const slot = node * 26 + w.charCodeAt(i) - 0x61;
      if (next[slot] === 0) next[slot] = used++;
      node = next[slot]!;
    }
    bits[node] = bits[node]! | b;
  }
  return { NEXT: next, BITS: bits };
})();

/** No hint word goes on from here (the root is never reached again inside a word). */
const DEAD = -1;

/**
 * Splits a class/id value into lower-case words on `-`, `_`, whitespace, digits, and
 * camelCase boundaries (`articleBody` → `article`, `body`) and gathers the bits of the
 * hint words among them, walking the trie as the letters come.
 */
function readWords(value: string): number {
  const length = Math.min(value.length, MAX_HINT_CHARS);
  let bits = 0;
  let node = 0; // trie node of the word so far; DEAD once it is no hint word's prefix
  let inWord = false;
  let previousLower = false;
  for (let i = 0; i < length; i++) {
    const c = value.charCodeAt(i);
    const upper = c >= 0x41 && c <= 0x5a;
    const lower = c >= 0x61 && c <= 0x7a;
    if (!upper && !lower) {
      if (inWord && node !== DEAD) bits |= BITS[node]!;
      inWord = false;
      node = 0;
      previousLower = false;
      continue;
    }
    if (upper && previousLower) {
      // A camelCase boundary ends the word; this letter starts the next.
      if (node !== DEAD) bits |= BITS[node]!;
      node = 0;
    }
    inWord = true;
    if (node !== DEAD) {
      const nextNode = NEXT[node * 26 + ((c | 0x20) - 0x61)]!;
      node = nextNode === 0 ? DEAD : nextNode;
    }
    previousLower = lower;
  }
  if (inWord && node !== DEAD) bits |= BITS[node]!;
  return bits;
}
