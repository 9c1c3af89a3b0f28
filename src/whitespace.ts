/**
 * JavaScript's `\s` by a character's UTF-16 code: what `\s` in a regular expression matches and `trim` removes. One
 * definition for the character loops that stand in for `\s` (segmentation, boilerplate, descriptions, entity names).
 */
export function isWhitespace(c: number): boolean {
  if (c < 0xa0) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029
    || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
