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

/**
 * Splits a class/id value into lower-case words on `-`, `_`, whitespace, digits, and
 * camelCase boundaries (`articleBody` → `article`, `body`) and calls `visit` on each.
 */
function forEachWord(value: string, visit: (word: string) => void): void {
  const s = value.length > MAX_HINT_CHARS ? value.slice(0, MAX_HINT_CHARS) : value;
  let start = 0;
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : 0x20;
    const upper = c >= 0x41 && c <= 0x5a;
    const letter = upper || (c >= 0x61 && c <= 0x7a);
    const prevLower = i > 0 && s.charCodeAt(i - 1) >= 0x61 && s.charCodeAt(i - 1) <= 0x7a;
    if (!letter || (upper && prevLower)) {
      if (i > start) visit(s.slice(start, i).toLowerCase());
      start = letter ? i : i + 1;
    }
  }
}

/** What the class and id words of one element say. */
export interface ClassHints {
  /** Net weight: +{@link CLASS_WEIGHT} if any positive word, −{@link CLASS_WEIGHT} if any negative one. */
  readonly weight: number;
  /** Whether a furniture word (ads, share, related, byline, caption…) names the element. */
  readonly furniture: boolean;
}

const NONE: ClassHints = { weight: 0, furniture: false };

/** Most distinct class/id pairs remembered; pages repeat a few hundred at most, and the cache starts afresh beyond. */
const MAX_CACHED = 4096;
const cache = new Map<string, ClassHints>();

/** Reads the class and id of an element as hints (see {@link ClassHints}). Repeated values are looked up, not re-read. */
export function classHints(className: string | undefined, id: string | undefined): ClassHints {
  if (!className && !id) return NONE;
  const key = `${className ?? ""}\u0000${id ?? ""}`;
  const known = cache.get(key);
  if (known !== undefined) return known;
  const hints = readHints(className, id);
  if (cache.size >= MAX_CACHED) cache.clear();
  cache.set(key, hints);
  return hints;
}

function readHints(className: string | undefined, id: string | undefined): ClassHints {
  let positive = false;
  let negative = false;
  let furniture = false;
  const visit = (word: string): void => {
    if (POSITIVE_WORDS.has(word)) positive = true;
    if (NEGATIVE_WORDS.has(word)) negative = true;
    if (FURNITURE_WORDS.has(word)) furniture = true;
  };
  if (className) forEachWord(className, visit);
  if (id) forEachWord(id, visit);
  return { weight: (positive ? CLASS_WEIGHT : 0) - (negative ? CLASS_WEIGHT : 0), furniture };
}
