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

/** The eight possible hints, built once: reading an element allocates nothing. */
const BY_BITS: readonly ClassHints[] = Array.from({ length: 8 }, (_, bits) => Object.freeze({
  weight: (bits & POSITIVE ? CLASS_WEIGHT : 0) - (bits & NEGATIVE ? CLASS_WEIGHT : 0),
  furniture: (bits & FURNITURE) !== 0,
}));

/** Most distinct values remembered; pages repeat a few hundred at most, and the cache starts afresh beyond. */
const MAX_CACHED = 4096;
const cache = new Map<string, number>();

/**
 * Reads the class and id of an element as hints (see {@link ClassHints}). Each distinct value
 * is read once and looked up after: the value itself is the key (no key built per element).
 * Class and id are read apart, so a class that is also used as an id shares one entry.
 */
export function classHints(className: string | undefined, id: string | undefined): ClassHints {
  return BY_BITS[(className ? bitsOf(className) : 0) | (id ? bitsOf(id) : 0)]!;
}

/** What each hint word says, as bits: one lookup per word. */
const WORD_BITS: ReadonlyMap<string, number> = (() => {
  const bits = new Map<string, number>();
  const add = (words: ReadonlySet<string>, bit: number): void => {
    for (const w of words) bits.set(w, (bits.get(w) ?? 0) | bit);
  };
  add(POSITIVE_WORDS, POSITIVE);
  add(NEGATIVE_WORDS, NEGATIVE);
  add(FURNITURE_WORDS, FURNITURE);
  return bits;
})();

/** Lengths of the shortest and longest hint word: other words are not looked up. */
const MIN_WORD = Math.min(...[...WORD_BITS.keys()].map((w) => w.length));
const MAX_WORD = Math.max(...[...WORD_BITS.keys()].map((w) => w.length));

function bitsOf(value: string): number {
  const known = cache.get(value);
  if (known !== undefined) return known;
  const bits = readWords(value);
  if (cache.size >= MAX_CACHED) cache.clear();
  cache.set(value, bits);
  return bits;
}

/**
 * Splits a class/id value into lower-case words on `-`, `_`, whitespace, digits, and
 * camelCase boundaries (`articleBody` → `article`, `body`) and gathers the bits of the
 * hint words among them.
 */
function readWords(value: string): number {
  const s = value.length > MAX_HINT_CHARS ? value.slice(0, MAX_HINT_CHARS) : value;
  let bits = 0;
  let start = 0;
  let prevLower = false;
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : 0x20;
    const upper = c >= 0x41 && c <= 0x5a;
    const lower = c >= 0x61 && c <= 0x7a;
    if (!(upper || lower) || (upper && prevLower)) {
      const length = i - start;
      if (length >= MIN_WORD && length <= MAX_WORD) bits |= WORD_BITS.get(s.slice(start, i).toLowerCase()) ?? 0;
      start = upper || lower ? i : i + 1;
    }
    prevLower = lower;
  }
  return bits;
}
