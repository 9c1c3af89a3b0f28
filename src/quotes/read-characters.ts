/**
 * Character classes the scanner asks about around a mark, compared as numbers.
 * Only called next to marks, so the Unicode regexes below run a few times per mark at most.
 */

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const UPPER = /\p{Lu}/u;
const DIGIT_0 = 48;
const DIGIT_9 = 57;

/** Whether the UTF-16 code is whitespace (ASCII, no-break and Unicode spaces, BOM). */
export function isSpaceCode(code: number): boolean {
  return (
    code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200b) || code === 0x2028 || code === 0x2029 || code === 0x202f ||
    code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/** Whether the code is an ASCII digit. */
export function isDigitCode(code: number): boolean {
  return code >= DIGIT_0 && code <= DIGIT_9;
}

/** Whether the character at `index` is a letter or digit (false outside the string). */
export function isWordAt(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  const code = text.charCodeAt(index);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return LETTER_OR_DIGIT.test(text.charAt(index));
}

/** Whether the character at `index` is an upper-case letter. */
export function isUpperAt(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  const code = text.charCodeAt(index);
  if (code < 128) return code >= 65 && code <= 90;
  return UPPER.test(text.charAt(index));
}

/** Whether the code opens a bracket or is a dash or slash: a quotation may open right after it. */
export function isOpeningPunctCode(code: number): boolean {
  return (
    code === 40 || code === 91 || code === 123 || code === 60 || code === 47 || code === 45 ||
    (code >= 0x2010 && code <= 0x2015) || code === 0x2212 || code === 0xbf || code === 0xa1
  );
}

/** Whether the code is sentence-ending punctuation. */
export function isSentenceEndCode(code: number): boolean {
  return code === 46 || code === 33 || code === 63 || code === 0x2026;
}
