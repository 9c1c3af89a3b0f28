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
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    // Inside, a space followed by any whitespace, or any other whitespace, needs collapsing.
    if (c === 0x20 ? isWhitespace(text.charCodeAt(i + 1)) : isWhitespace(c)) return text.replace(/\s+/g, " ").trim();
  }
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

/** JavaScript's `\s`: what the regular expression collapses and `trim` removes. */
function isWhitespace(c: number): boolean {
  if (c < 0xa0) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029
    || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
