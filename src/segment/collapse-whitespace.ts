import { isWhitespace } from "../whitespace";

/**
 * Collapses every run of whitespace (line breaks and no-break spaces included) to one
 * space and trims both ends. A text whose inside is already in that form (most paragraphs)
 * is only trimmed, after one scan; any other takes one linear regular-expression pass.
 */
export function collapseWhitespace(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isWhitespace(text.charCodeAt(start))) start++;
  while (end > start && isWhitespace(text.charCodeAt(end - 1))) end--;
  // Inside, a space followed by any whitespace, or any other whitespace, needs collapsing. The regular expression
  // searches natively (a loop of `charCodeAt` cost ~60 instructions a character on the sliced strings this reads). As
  // text[end - 1] is no whitespace, a match starting before `end` ends at or before it, and one starting at or after
  // `end` (in the trailing whitespace) ends after it.
  NEEDS_COLLAPSE.lastIndex = start;
  // Replacing inside the trimmed text gives what replacing in the whole and trimming gives (a leading or trailing run
  // would become a space and be trimmed) without the untrimmed copy.
  if (NEEDS_COLLAPSE.test(text) && NEEDS_COLLAPSE.lastIndex <= end) return text.slice(start, end).replace(/\s+/g, " ");
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

/** Whitespace to collapse: any whitespace after another, or whitespace other than a space (global, for `lastIndex`). */
const NEEDS_COLLAPSE = /\s\s|[^\S ]/g;
