import type { QuoteSpan } from "../quotes";
import { flatString } from "../segment/flat-string";
import { wordClasses, wordForms } from "./word-tags";

/** A word, a punctuation mark, or a whole quotation (marks included) standing as one token. */
export interface Token {
  readonly kind: "word" | "punct" | "quote";
  readonly text: string;
  /** Lower case text, without a possessive `'s` or the `'s` of a pronoun's contraction (`he’s` → `he`). */
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  /** First character is an upper-case letter. */
  readonly cap: boolean;
  /** Possessive (`China’s`, `Jones'`). */
  readonly possessive: boolean;
  /** For `quote` tokens: index of the quotation in the document's quote list. */
  readonly quote: number;
  /**
   * The classes of `lower` (`WordClass` bits of word-tags: lexicon readings and the word lists rules read), looked up
   * once here so that rules test a bit instead of looking the word up again; 0 for punctuation and quotations.
   */
  readonly classes: number;
  /** The `WordForm` bits of `lower` (word-tags: more word lists and the word's ending), read with `classes`; 0 for punctuation and quotations. */
  readonly forms: number;
}

const CAP = /^\p{Lu}/u;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
/** Whether each UTF-16 unit is a word character: 0 not yet asked, 1 yes, 2 no; ASCII filled at load, any other unit asked once per process. */
const wordCharCache = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) wordCharCache[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 2;

/** Asks the regular expression whether unit `c` is a word character, and remembers the answer. */
function learnWordChar(c: number): number {
  const known = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
  wordCharCache[c] = known;
  return known;
}

function isWordChar(c: number): boolean {
  const known = wordCharCache[c]!;
  return (known === 0 ? learnWordChar(c) : known) === 1;
}

/** First character is an upper-case letter: ASCII by its code, anything else by its Unicode category. */
function startsUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return CAP.test(word);
}

/** Ends in `'s` or `’s`. */
function endsApostropheS(lower: string): boolean {
  const n = lower.length;
  if (n < 2 || lower.charCodeAt(n - 1) !== 115) return false;
  const a = lower.charCodeAt(n - 2);
  return a === 39 || a === 0x2019;
}

/** Words whose `’s` is a contraction of `is` or `has`, never a possessive. */
const CONTRACTING_PRONOUNS = new Set(["he", "she", "it", "that", "there", "here", "who", "what", "where", "when", "how", "everyone", "everybody", "someone", "somebody", "nobody", "everything", "nothing", "something", "let"]);

/** Characters that may join two word parts into one token: apostrophes, hyphens, periods between letters (`U.S`), ampersand. */
function isJoiner(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 45 || c === 0x2010 || c === 0x2011 || c === 46 || c === 38;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** The comma at `j` separates thousands: a digit before it, exactly three digits after it. */
function thousandsGroup(text: string, j: number, limit: number): boolean {
  if (!isDigit(text.charCodeAt(j - 1))) return false;
  for (let x = j + 1; x <= j + 3; x++) if (x >= limit || !isDigit(text.charCodeAt(x))) return false;
  return j + 4 >= limit || !isDigit(text.charCodeAt(j + 4));
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x202f || c === 0x2009;
}

/** What a word as written tells of its token, whatever stands around it. */
interface WordInfo {
  /** The word as written (`Token.text`, but for a plural possessive's mark). */
  readonly word: string;
  /** `Token.lower`. */
  readonly lower: string;
  /** A possessive `'s` (`Russia’s`; not `he’s`). */
  readonly possessive: boolean;
  /** Without an `'s`, ends in `s`: a mark right after it makes a plural possessive (`Jones'`). */
  readonly pluralPossessive: boolean;
  readonly cap: boolean;
  readonly classes: number;
  readonly forms: number;
}

/**
 * The words met lately, as written (`Said`, `said`, `Russia’s`), with what they tell: running text repeats its words,
 * and a word's lower case, possessive ending, case and classes are read once rather than on every token. An
 * open-addressing table keyed by a hash of the word's characters, read in place in the paragraph: a word met before is
 * found without slicing it out of the paragraph or hashing a new string, and its token reuses the kept string.
 *
 * A look-up costs memory latency, not instructions, so the table is laid out for few cache lines: each slot is a pair
 * `[hash, id + 1]` in one `Int32Array` (0 marks an empty slot), so that a probe reads one line, and the words' `WordInfo`s
 * sit in a dense array by id, in the order first met (the frequent words of a document come early and lie together).
 * The table starts small and doubles as words come (an ordinary document's words fit in a few thousand slots, which
 * stay in the processor's caches); it is emptied, and starts small again, when it holds `MAX_WORD_INFOS` words, so
 * that it stays bounded whatever is read.
 */
const FIRST_WORD_SLOTS = 1 << 12;
/** Most slots the table grows to. */
const MAX_WORD_SLOTS = 1 << 17;
/** Most words the table holds (half its most slots, so that probes stay short). */
const MAX_WORD_INFOS = MAX_WORD_SLOTS >> 1;
/** The slots, `[hash, id + 1]` pairs. */
let wordSlots = new Int32Array(2 * FIRST_WORD_SLOTS);
/** The mask of a pair's index in `wordSlots` (twice the slots, less one, with the low bit clear). */
let wordSlotMask = 2 * FIRST_WORD_SLOTS - 2;
/** The kept words' `WordInfo`s by id. */
const wordInfos: WordInfo[] = [];
/** Longest word whose characters `wordChars` holds; a probe for a longer one compares the word's string. */
const MAX_POOLED_WORD = 12;
/** Units of `wordChars` per word: the longest pooled word and at least one 0 after it. */
const WORD_STRIDE = 16;
/**
 * The pooled words' characters, `WORD_STRIDE` units from `id * WORD_STRIDE`, zeros after them (no word holds a 0): a
 * probe compares them here, beside the other words met early, rather than in the word's string, wherever it lies.
 */
let wordChars = new Uint16Array(FIRST_WORD_SLOTS / 2 * WORD_STRIDE);
/**
 * Longest word kept in the table, so that it stays bounded (`MAX_WORD_INFOS` words of at most this many characters); a
 * longer one, rare in prose (a URL, a run of digits), is read each time.
 */
const MAX_KEPT_WORD = 40;

/** Files the word of hash `h` under `id` in the table (a free slot is found: the table is never full). */
function fileWord(h: number, id: number): void {
  const slots = wordSlots;
  let slot = (h << 1) & wordSlotMask;
  while (slots[slot + 1] !== 0) slot = (slot + 2) & wordSlotMask;
  slots[slot] = h;
  slots[slot + 1] = id + 1;
}

/** Keeps `info`, of hash `h`: doubles the table when it is half full, or empties it when it holds the most words. */
function keepWord(h: number, info: WordInfo): void {
  if (wordInfos.length >= MAX_WORD_INFOS) {
    wordInfos.length = 0;
    wordSlots = new Int32Array(2 * FIRST_WORD_SLOTS);
    wordSlotMask = 2 * FIRST_WORD_SLOTS - 2;
    wordChars = new Uint16Array(FIRST_WORD_SLOTS / 2 * WORD_STRIDE);
  } else if (2 * (wordInfos.length + 1) > wordSlots.length >> 1) {
    const old = wordSlots;
    wordSlots = new Int32Array(2 * old.length);
    wordSlotMask = wordSlots.length - 2;
    for (let slot = 0; slot < old.length; slot += 2) if (old[slot + 1] !== 0) fileWord(old[slot]!, old[slot + 1]! - 1);
    const chars = new Uint16Array(wordSlots.length / 4 * WORD_STRIDE);
    chars.set(wordChars);
    wordChars = chars;
  }
  const id = wordInfos.length;
  const word = info.word;
  if (word.length <= MAX_POOLED_WORD) for (let k = 0; k < word.length; k++) wordChars[id * WORD_STRIDE + k] = word.charCodeAt(k);
  fileWord(h, id);
  wordInfos.push(info);
}

function readWordInfo(word: string): WordInfo {
  let lower = word.toLowerCase();
  let possessive = false;
  let pluralPossessive = false;
  // `Russia’s` is a possessive; `he’s`, `it’s`, `that’s` are a pronoun and `is` or `has`.
  if (endsApostropheS(lower)) { lower = lower.slice(0, -2); possessive = !CONTRACTING_PRONOUNS.has(lower); }
  else pluralPossessive = lower.endsWith("s");
  return { word, lower, possessive, pluralPossessive, cap: startsUpper(word), classes: wordClasses(lower), forms: wordForms(lower) };
}

/** The hash of a word's characters `tokenize` computes as it reads them: `h = Math.imul(h ^ code, HASH_PRIME)` from `HASH_SEED`. */
const HASH_SEED = 0x811c9dc5 | 0;
const HASH_PRIME = 0x01000193;

/**
 * What the word `text[start, end)` tells (`readWordInfo` of its slice), from the table when it was met before; `hash` is
 * that of its characters (`HASH_SEED`, `HASH_PRIME`), read by the caller as it found the word's end.
 */
function wordInfoAt(text: string, start: number, end: number, hash: number): WordInfo {
  const n = end - start;
  if (n > MAX_KEPT_WORD) return readWordInfo(text.slice(start, end));
  let h = hash ^ n;
  h ^= h >>> 15;
  const slots = wordSlots;
  const mask = wordSlotMask;
  const chars = wordChars;
  for (let slot = (h << 1) & mask, id = slots[slot + 1]!; id !== 0; slot = (slot + 2) & mask, id = slots[slot + 1]!) {
    if (slots[slot] !== h) continue;
    if (n > MAX_POOLED_WORD) {
      const info = wordInfos[id - 1]!;
      if (info.word.length === n && text.startsWith(info.word, start)) return info;
      continue;
    }
    // Compared in the pool, in a loop of `charCodeAt`: `startsWith` on the word's string measured slower, for reading
    // one more line of memory, wherever the string lies.
    const base = (id - 1) * WORD_STRIDE;
    let k = 0;
    while (k < n && chars[base + k] === text.charCodeAt(start + k)) k++;
    if (k === n && chars[base + n] === 0) return wordInfos[id - 1]!;
  }
  // A long slice may be a view into the whole paragraph, which the table would keep alive after its document: the table
  // keeps a flat copy of its own (`flatString` copies any slice V8 did not).
  const info = readWordInfo(flatString(text.slice(start, end)));
  keepWord(h, info);
  return info;
}

/**
 * The token before token `k`, undefined for the first. `tokens[-1]` is no element read but a look-up of the property
 * `"-1"` along the array's prototype chain, a call into the runtime from optimised code.
 */
export function tokenBefore(tokens: readonly Token[], k: number): Token | undefined {
  return k > 0 ? tokens[k - 1] : undefined;
}

/**
 * Tokenises one paragraph. Quotations (given as spans of this paragraph, with their document indices)
 * become single `quote` tokens so that the writer's own words can be read around them.
 */
export function tokenize(text: string, quotes: ReadonlyArray<{ span: QuoteSpan; index: number }>): Token[] {
  const tokens: Token[] = [];
  // Module constants read once: the bundle makes them `var`s, which optimised code loads and checks again on every character.
  const prime = HASH_PRIME;
  const wordChars = wordCharCache;
  let q = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const next = quotes[q];
    if (next && i >= next.span.open) {
      let end = next.span.close === null ? Math.max(next.span.end, next.span.open + 1) : next.span.close + 1;
      // Doubled apostrophes (`''…''`) close with two characters.
      if (next.span.close !== null && text.charCodeAt(next.span.close) === 39 && text.charCodeAt(end) === 39) end++;
      tokens.push({ kind: "quote", text: text.slice(next.span.open, end), lower: "", start: next.span.open, end, cap: false, possessive: false, quote: next.index, classes: 0, forms: 0 });
      i = Math.max(i, end);
      q++;
      continue;
    }
    const limit = next ? next.span.open : n;
    const c = text.charCodeAt(i);
    if (isSpace(c)) { i++; continue; }
    if (isWordChar(c)) {
      let j = i + 1;
      let segment = i;
      // The hash of the word's characters (`wordInfoAt`), taken as they are read.
      let h = Math.imul(HASH_SEED ^ c, prime);
      while (j < limit) {
        const d = text.charCodeAt(j);
        // ASCII letters and digits by their codes (most characters read), any other unit by the table.
        if (d < 128 ? ((d | 32) >= 97 && (d | 32) <= 122) || (d >= 48 && d <= 57) : (wordChars[d] === 0 ? learnWordChar(d) : wordChars[d]) === 1) { h = Math.imul(h ^ d, prime); j++; continue; }
        // `3,248 cases`, `$41,000`: a comma between digits with a group of three after it belongs to the number.
        if (d === 44 && thousandsGroup(text, j, limit)) {
          for (const end = j + 4; j < end; j++) h = Math.imul(h ^ text.charCodeAt(j), prime);
          segment = j;
          continue;
        }
        // A period joins only short parts (`U.S`, `D.C`, `Ph.D`), not a missing space (`said.Trump`).
        if (isJoiner(d) && j + 1 < limit) {
          const e = text.charCodeAt(j + 1);
          if (isWordChar(e) && (d !== 46 || j - segment <= 2)) { h = Math.imul(Math.imul(h ^ d, prime) ^ e, prime); j += 2; segment = j - 1; continue; }
        }
        break;
      }
      const info = wordInfoAt(text, i, j, h);
      let word = info.word;
      let possessive = info.possessive;
      // Plural possessive: `Jones'`, `Sanders’ campaign`. The mark belongs to the token.
      if (info.pluralPossessive && j < limit && (text.charCodeAt(j) === 39 || text.charCodeAt(j) === 0x2019) && (j + 1 >= limit || !isWordChar(text.charCodeAt(j + 1)))) {
        possessive = true;
        j++;
        word = text.slice(i, j);
      }
      tokens.push({ kind: "word", text: word, lower: info.lower, start: i, end: j, cap: info.cap, possessive, quote: -1, classes: info.classes, forms: info.forms });
      i = j;
      continue;
    }
    // Runs of dashes count as one punctuation token (`--`).
    let j = i + 1;
    if (c === 45) while (j < limit && text.charCodeAt(j) === 45) j++;
    const p = text.slice(i, j);
    tokens.push({ kind: "punct", text: p, lower: p, start: i, end: j, cap: false, possessive: false, quote: -1, classes: 0, forms: 0 });
    i = j;
  }
  return tokens;
}
