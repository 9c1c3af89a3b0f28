/**
 * What the whole article tells of its words' case: words written in lower case somewhere, and words capitalised
 * right after a lower-case word (inside a sentence). A word seen only in lower case, or capitalised only where a
 * sentence opens, is a common word of the article, not a name.
 *
 * A word is a run of letters and marks (`Trump’s` holds `Trump` and `s`, `well-known` holds `well` and `known`), read
 * in quotations too; its case is its first letter's.
 */
export interface DocumentWords {
  /** The article writes `word` as a word exactly so, opening with a lower-case letter (`said`, not `Said`). */
  hasLower(word: string): boolean;
  /** The article writes a word capitalised right after a lower-case word and a space, and `word` is its lower case (`smith` of `met Smith`). */
  hasCapitalised(word: string): boolean;
  /** The words of two to six capitals `A`–`Z` the article writes (`CBP`), which may abbreviate a name it writes in full. */
  acronyms(): ReadonlySet<string>;
}

const LETTER = /[\p{L}\p{M}]/u;
/** Whether each UTF-16 unit is a letter or mark: 0 not yet asked, 1 yes, 2 no; ASCII filled at load, any other unit asked once per process. */
const letterCache = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) letterCache[c] = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 2;

/** Asks the regular expression whether unit `c` is a letter or mark, and remembers the answer. */
function learnLetter(c: number): number {
  const known = LETTER.test(String.fromCharCode(c)) ? 1 : 2;
  letterCache[c] = known;
  return known;
}

function isLetter(c: number): boolean {
  const known = letterCache[c]!;
  return (known === 0 ? learnLetter(c) : known) === 1;
}

/** A word opening with the unit at `start` of `text` opens in lower case: ASCII by its code, any other unit by its upper case. */
function opensLower(text: string, start: number): boolean {
  const c = text.charCodeAt(start);
  return c >= 97 && c <= 122 ? true : c < 128 ? false : text.charAt(start) !== text.charAt(start).toUpperCase();
}

/** Every word of the article read into sets, in one pass over its characters (`readAllWords`). */
interface AllWords {
  /** Words opening in lower case, as written. */
  readonly lower: ReadonlySet<string>;
  /** Words capitalised inside a sentence, in lower case. */
  readonly capitalised: ReadonlySet<string>;
  readonly acronyms: ReadonlySet<string>;
}

/**
 * Lower case that a word of letters beyond ASCII may have and yet not be found by: one to twelve letters `a`–`z`
 * (`\u212aing`, with a KELVIN SIGN, gives `king`), which the sets of earlier releases held by their letters, where only
 * a word of ASCII letters was, so that such a word found none.
 */
const KEYED = /^[a-z]{1,12}$/;

/**
 * Reads the case of every word of the paragraphs, in one pass over their characters, when the article asks too many
 * questions for its text to be searched (`documentWords`).
 */
function readAllWords(paragraphs: readonly string[]): AllWords {
  const lower = new Set<string>();
  const capitalised = new Set<string>();
  const acronyms = new Set<string>();
  for (let p = 0; p < paragraphs.length; p++) {
    const text = paragraphs[p]!;
    let prevLower = false;
    let i = 0;
    const n = text.length;
    while (i < n) {
      if (!isLetter(text.charCodeAt(i))) { i++; continue; }
      const start = i;
      let upper = 0;
      let ascii = true;
      for (let d = text.charCodeAt(i); i < n && isLetter(d); d = text.charCodeAt(++i)) {
        if (d <= 90) upper++;
        else if (d > 122) ascii = false;
      }
      const isLower = opensLower(text, start);
      if (isLower) lower.add(text.slice(start, i));
      else if (upper === i - start && upper >= 2 && upper <= 6) acronyms.add(text.slice(start, i));
      // Only a space between a lower-case word and this one: capitalised inside a sentence.
      else if (prevLower && text.charCodeAt(start - 1) === 32 && start >= 2 && isLetter(text.charCodeAt(start - 2))) {
        const word = text.slice(start, i).toLowerCase();
        if (ascii || !KEYED.test(word)) capitalised.add(word);
      }
      prevLower = isLower;
    }
  }
  return { lower, capitalised, acronyms };
}

/**
 * Searches of the article's text its questions may make, counted in lengths of the text, before its words are all
 * read into sets (`readAllWords`) and the sets answer: a search (`indexOf`) costs a small part of what reading a
 * character into the sets costs, and an article asks a few questions, so that most articles are never read whole; one
 * that asks many costs at most this many searches more.
 */
const MAX_SEARCHES = 16;
/** What reading the words in capitals costs (`CAPITALS`, a pass of a regular expression), in searches. */
const ACRONYM_SEARCHES = 2;
/** Runs of two or more capitals `A`–`Z`. */
const CAPITALS = /[A-Z]{2,}/g;
/** What a place a search finds costs (the call that found it and the characters read around it), in characters searched. */
const FOUND_COST = 32;

/**
 * Reads the article's words (`DocumentWords`) as its questions come: a question is answered by searching the paragraphs
 * (joined by a line break, which no word holds) for the word and reading the characters around each place found, for
 * at most `searches` lengths of the text (`MAX_SEARCHES`; 0 reads all its words at the first question). An article
 * asks a few questions (a capitalised word opening a sentence, initials of a name), while reading the case of all its
 * words takes a pass over every character and sets of its words.
 */
export function documentWords(paragraphs: readonly string[], searches = MAX_SEARCHES): DocumentWords {
  /** The paragraphs joined, once asked (null again once the sets answer). */
  let text: string | null = null;
  /** Characters the questions may still search, and places found they may read around, before the sets answer them. */
  let budget = 0;
  let all: AllWords | null = null;
  let acronymSet: ReadonlySet<string> | null = null;

  /** Reads all the article's words into sets, which answer from then on. */
  const readAll = (): AllWords => {
    all ??= readAllWords(paragraphs);
    text = null;
    return all;
  };

  /** The text to search `sweeps` times for one question, or null when the sets answer it (read when the budget is spent). */
  const searched = (sweeps: number): string | null => {
    if (all !== null) return null;
    if (text === null) {
      text = paragraphs.join("\n");
      // A KELVIN SIGN is a letter whose lower case is ASCII (`k`), which the searches do not read: the sets answer.
      budget = text.includes("\u212a") ? 0 : searches * (text.length + 1);
    }
    const cost = sweeps * (text.length + 1);
    if (cost > budget) {
      readAll();
      return null;
    }
    budget -= cost;
    return text;
  };

  /** 1 when `text` holds `word` (letters) as a whole word (no letter on either side), 0 when not, -1 when the budget is spent first. */
  const foundWord = (text: string, word: string): number => {
    const n = word.length;
    // After a place that is no word (a letter on a side), the next starts after its letters.
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + n)) {
      if ((budget -= FOUND_COST) < 0) return -1;
      if ((at === 0 || !isLetter(text.charCodeAt(at - 1))) && (at + n === text.length || !isLetter(text.charCodeAt(at + n)))) return 1;
    }
    return 0;
  };

  /**
   * 1 when `text` holds a word whose lower case is `word` (letters `a`–`z`) capitalised inside a sentence as
   * `readAllWords` reads it: after a space and a word opening in lower case, and not two to six capitals; 0 when not,
   * -1 when the budget is spent first. Such a word holds ASCII letters only, as `word` does: the sets hold both by
   * their letters when they have at most twelve, else by their strings.
   */
  const foundCapitalised = (text: string, word: string): number => {
    const n = word.length;
    const opening = String.fromCharCode(word.charCodeAt(0) - 32);
    for (let at = text.indexOf(opening); at >= 0; at = text.indexOf(opening, at + 1)) {
      if ((budget -= FOUND_COST) < 0) return -1;
      // Inside a sentence: a space, and a letter before it (ending a word that opens in lower case).
      if (at < 2 || text.charCodeAt(at - 1) !== 32 || !isLetter(text.charCodeAt(at - 2)) || (at + n < text.length && isLetter(text.charCodeAt(at + n)))) continue;
      let upper = 1;
      let k = 1;
      for (; k < n; k++) {
        const c = text.charCodeAt(at + k);
        if (c >= 128 || (c | 32) !== word.charCodeAt(k)) break;
        if (c <= 90) upper++;
      }
      if (k < n || (upper === n && n >= 2 && n <= 6)) continue;
      // The word before: where it opens (its letters are counted against the budget).
      let s = at - 2;
      while (s > 0 && isLetter(text.charCodeAt(s - 1))) s--;
      if ((budget -= at - s) < 0) return -1;
      if (opensLower(text, s)) return 1;
    }
    return 0;
  };

  /** The words of two to six capitals `A`–`Z` of `text`, read by a regular expression; null when the budget is spent first. */
  const readAcronyms = (text: string): Set<string> | null => {
    const set = new Set<string>();
    const runs = CAPITALS;
    runs.lastIndex = 0;
    for (let m = runs.exec(text); m !== null; m = runs.exec(text)) {
      if ((budget -= FOUND_COST) < 0) return null;
      const at = m.index;
      const n = m[0].length;
      // A run of capitals is a word when no other letter (a lower-case one, or one beyond ASCII) stands beside it.
      if (n <= 6 && (at === 0 || !isLetter(text.charCodeAt(at - 1))) && (at + n === text.length || !isLetter(text.charCodeAt(at + n)))) set.add(m[0]);
    }
    return set;
  };

  return {
    hasLower(word: string): boolean {
      const n = word.length;
      if (n === 0 || !opensLower(word, 0)) return false;
      for (let k = 0; k < n; k++) if (!isLetter(word.charCodeAt(k))) return false;
      const text = searched(1);
      const found = text === null ? -1 : foundWord(text, word);
      return found < 0 ? readAll().lower.has(word) : found === 1;
    },

    hasCapitalised(word: string): boolean {
      const n = word.length;
      // A word's lower case holds ASCII units only when it holds ASCII letters (and KELVIN SIGNs, which the searches
      // leave to the sets); a word of other letters is looked up in the sets (rare: a word opening a sentence with a
      // letter beyond ASCII).
      let ascii = n > 0;
      for (let k = 0; k < n; k++) {
        const c = word.charCodeAt(k);
        if (c < 97 || c > 122) {
          // No word's lower case holds an ASCII unit other than a letter.
          if (c < 128) return false;
          ascii = false;
        }
      }
      const text = ascii ? searched(1) : null;
      const found = text === null ? -1 : foundCapitalised(text, word);
      return found < 0 ? n > 0 && readAll().capitalised.has(word) : found === 1;
    },

    acronyms(): ReadonlySet<string> {
      if (acronymSet === null) {
        const text = searched(ACRONYM_SEARCHES);
        acronymSet = (text === null ? null : readAcronyms(text)) ?? readAll().acronyms;
      }
      return acronymSet;
    },
  };
}
