import { BOILERPLATE_OPENINGS, BOILERPLATE_PARAGRAPHS } from "../lexicon/boilerplate";
import { isWhitespace } from "../whitespace";

/**
 * Only paragraphs up to this many characters can be boilerplate: site furniture is short,
 * and a long news paragraph that happens to open with "Click here to" is kept.
 */
export const MAX_BOILERPLATE_CHARS = 200;

const EXACT: ReadonlySet<string> = new Set(BOILERPLATE_PARAGRAPHS);

/**
 * The longest exact paragraph: a trimmed paragraph longer than it cannot be one (lower-casing never shortens a
 * string), and is not lower-cased for the test.
 */
const MAX_EXACT_CHARS = Math.max(...BOILERPLATE_PARAGRAPHS.map((p) => p.length));

/** First characters of the openings, to skip the list for most paragraphs. */
const OPENING_FIRST_CHARS: ReadonlySet<string> = new Set(BOILERPLATE_OPENINGS.map((rule) => rule.start.charAt(0)));

/** Letters and digits in any script: what a normalised paragraph starts and ends with. */
function isWordChar(c: string): boolean {
  const code = c.charCodeAt(0);
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
  return c.toLowerCase() !== c.toUpperCase();
}

/**
 * Lower-cases and trims everything that is not a letter or digit from both ends (`- Advertisement -` → `advertisement`);
 * null when what is left is longer than any exact paragraph (so is none) and not empty.
 */
function normalise(text: string): string | null {
  let start = 0;
  let end = text.length;
  while (start < end && !isWordChar(text.charAt(start))) start++;
  while (end > start && !isWordChar(text.charAt(end - 1))) end--;
  if (end - start > MAX_EXACT_CHARS) return null;
  return text.slice(start, end).toLowerCase();
}

/** Bullets and dashes an opening may follow (`- Advertisement`, `• Share`), as in the pattern below. */
const LEADING_MARKS = "-–—•·|";

/**
 * The first character an opening would be compared with (the paragraph lower-cased, leading
 * space and a leading run of bullets or dashes left out), when it is ASCII; null when it is
 * not (lower-casing may then change more than that character) and the exact test must decide.
 */
function openingFirstChar(paragraph: string): string | null {
  let i = 0;
  while (i < paragraph.length && isWhitespace(paragraph.charCodeAt(i))) i++;
  let j = i;
  while (j < paragraph.length && LEADING_MARKS.includes(paragraph.charAt(j))) j++;
  if (j > i) while (j < paragraph.length && isWhitespace(paragraph.charCodeAt(j))) j++;
  if (j === paragraph.length) return "";
  const c = paragraph.charCodeAt(j);
  if (c >= 0x80) return null;
  return String.fromCharCode(c >= 0x41 && c <= 0x5a ? c | 0x20 : c);
}

/**
 * Tells whether a whole paragraph (or line) is site boilerplate: a subscribe prompt, an
 * ad label, share / like / related headings, cookie notices… as listed in
 * `src/lexicon/boilerplate.ts`. Matches whole short paragraphs, never substrings of long ones.
 */
export function isBoilerplate(paragraph: string): boolean {
  if (paragraph.length > MAX_BOILERPLATE_CHARS) return false;
  const norm = normalise(paragraph);
  if (norm === "") return paragraph.trim() !== "" && paragraph.length <= 3; // bullets, "-", "•"
  if (norm !== null && EXACT.has(norm)) return true;
  // Most paragraphs start with a letter no opening starts with: tell that before building a lower-cased copy.
  const first = openingFirstChar(paragraph);
  if (first !== null && !OPENING_FIRST_CHARS.has(first)) return false;
  // Openings may end in ":" or "©", so compare against the paragraph with only its start trimmed.
  const lower = paragraph.trimStart().toLowerCase().replace(/^[-–—•·|]+\s*/, "");
  if (!OPENING_FIRST_CHARS.has(lower.charAt(0))) return false;
  for (const rule of BOILERPLATE_OPENINGS) {
    if (!lower.startsWith(rule.start)) continue;
    if (!rule.contains || rule.contains.some((word) => lower.includes(word))) return true;
  }
  return false;
}
