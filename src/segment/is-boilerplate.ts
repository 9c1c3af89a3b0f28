import { BOILERPLATE_OPENINGS, BOILERPLATE_PARAGRAPHS } from "../lexicon/boilerplate";

/**
 * Only paragraphs up to this many characters can be boilerplate: site furniture is short,
 * and a long news paragraph that happens to open with "Click here to" is kept.
 */
export const MAX_BOILERPLATE_CHARS = 200;

const EXACT: ReadonlySet<string> = new Set(BOILERPLATE_PARAGRAPHS);

/** First characters of the openings, to skip the list for most paragraphs. */
const OPENING_FIRST_CHARS: ReadonlySet<string> = new Set(BOILERPLATE_OPENINGS.map((rule) => rule.start.charAt(0)));

/** Letters and digits in any script: what a normalised paragraph starts and ends with. */
function isWordChar(c: string): boolean {
  const code = c.charCodeAt(0);
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
  return c.toLowerCase() !== c.toUpperCase();
}

/** Lower-cases and trims everything that is not a letter or digit from both ends (`- Advertisement -` → `advertisement`). */
function normalise(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && !isWordChar(text.charAt(start))) start++;
  while (end > start && !isWordChar(text.charAt(end - 1))) end--;
  return text.slice(start, end).toLowerCase();
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
  if (EXACT.has(norm)) return true;
  // Openings may end in ":" or "©", so compare against the paragraph with only its start trimmed.
  const lower = paragraph.trimStart().toLowerCase().replace(/^[-–—•·|]+\s*/, "");
  if (!OPENING_FIRST_CHARS.has(lower.charAt(0))) return false;
  for (const rule of BOILERPLATE_OPENINGS) {
    if (!lower.startsWith(rule.start)) continue;
    if (!rule.contains || rule.contains.some((word) => lower.includes(word))) return true;
  }
  return false;
}
