/**
 * Collapses every run of whitespace (line breaks and no-break spaces included) to one
 * space and trims both ends. A text already in that form (most paragraphs of a plain-text
 * article) is returned as it is after one scan; any other takes one linear
 * regular-expression pass.
 */
export function collapseWhitespace(text: string): string {
  return isCollapsed(text) ? text : text.replace(/\s+/g, " ").trim();
}

/** Whether `text` has no whitespace but single spaces between other characters: nothing to collapse or trim. */
function isCollapsed(text: string): boolean {
  let previousSpace = true; // a leading space needs trimming
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20) {
      if (previousSpace) return false;
      previousSpace = true;
    } else if (isOtherWhitespace(c)) {
      return false;
    } else {
      previousSpace = false;
    }
  }
  return !previousSpace || text.length === 0;
}

/** The characters of JavaScript's `\s` other than the space (what `trim` removes too). */
function isOtherWhitespace(c: number): boolean {
  if (c < 0xa0) return c >= 0x09 && c <= 0x0d;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029
    || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
