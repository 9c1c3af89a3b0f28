const AMPERSAND = 0x26; // &
const LT = 0x3c; // <
const SLASH = 0x2f; // /
const BANG = 0x21; // !
const SEMICOLON = 0x3b; // ;
const HASH = 0x23; // #
const ZERO = 0x30; // 0
const HYPHEN = 0x2d; // -
const COLON = 0x3a; // :

/** Lower-cases an ASCII letter's code (other codes stay apart from the letters). */
function lower(c: number): number {
  return c | 0x20;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

function isNameChar(c: number): boolean {
  return isAsciiLetter(c) || (c >= 0x30 && c <= 0x39) || c === HYPHEN || c === COLON;
}

/** End of `&`-less text `digits` at `j` after any leading zeros, or -1. */
function matchNumber(s: string, j: number, digits: string): number {
  while (s.charCodeAt(j) === ZERO) j++;
  for (let k = 0; k < digits.length; k++, j++) {
    if (lower(s.charCodeAt(j)) !== digits.charCodeAt(k)) return -1;
  }
  return j;
}

/** End of a reference body at `j` that decodes to `&` (`amp`, `#38`, `#x26`, any case and zeros, `;` optional), or -1. */
function matchAmpersand(s: string, j: number): number {
  let end = -1;
  if (lower(s.charCodeAt(j)) === 0x61 && lower(s.charCodeAt(j + 1)) === 0x6d && lower(s.charCodeAt(j + 2)) === 0x70) end = j + 3; // amp
  else if (s.charCodeAt(j) === HASH) end = lower(s.charCodeAt(j + 1)) === 0x78 ? matchNumber(s, j + 2, "26") : matchNumber(s, j + 1, "38");
  return end !== -1 && s.charCodeAt(end) === SEMICOLON ? end + 1 : end;
}

/** End of a reference body at `j` that decodes to `<` (`lt`, `#60`, `#x3c`, any case and zeros, `;` optional), or -1. */
function matchLessThan(s: string, j: number): number {
  let end = -1;
  if (lower(s.charCodeAt(j)) === 0x6c && lower(s.charCodeAt(j + 1)) === 0x74) end = j + 2; // lt
  else if (s.charCodeAt(j) === HASH) end = lower(s.charCodeAt(j + 1)) === 0x78 ? matchNumber(s, j + 2, "3c") : matchNumber(s, j + 1, "60");
  return end !== -1 && s.charCodeAt(end) === SEMICOLON ? end + 1 : end;
}

/** Whether the character after a `<` could start a tag once decoded: a letter, `/`, `!`, or an `&` that may decode to one. */
function mayStartTag(c: number): boolean {
  return isAsciiLetter(c) || c === SLASH || c === BANG || c === AMPERSAND;
}

/**
 * Counts the places where decoding `s`, once or several times, could make a tag begin that
 * {@link countTags} does not count in `s` itself — an upper bound on the tags decoding can
 * add, found without decoding, so a page that cannot hold encoded markup is never decoded on
 * trial. Counted:
 * - an encoded `<` in any spelling the decoder reads (`&lt;`, `&LT`, `&#60;`, `&#x03C;`, …),
 *   under any number of encoded `&` (`&amp;lt;`, `&#38;#60;`), followed by a letter, `/`,
 *   `!` or another `&` (which may decode to one of those);
 * - a raw `<` or `</` whose name runs into an `&` (`<&#112;>`, `<di&#118;>`), which decoding
 *   may turn into a tag.
 * An encoded `&` directly followed by another reference (`&amp;&#35;60;`) counts too. Only
 * reference names spelled with encoded letters (`&l&#116;;`) are not looked through.
 *
 * One scan from `&` to `&` (the scan visits every `&`: what it steps over holds none); the raw `<` whose name runs
 * into an `&` is found from that `&`, back over the name, rather than by reading the name of every tag of the page.
 * Each character is read a bounded number of times.
 */
export function countHiddenTagStarts(s: string): number {
  let count = 0;
  let i = s.indexOf("&");
  while (i !== -1) {
    if (tagNameRunsInto(s, i)) count++;
    let j = i + 1;
    for (let end = matchAmpersand(s, j); end !== -1; end = matchAmpersand(s, j)) j = end;
    let next = j;
    if (s.charCodeAt(j) === AMPERSAND) {
      if (j > i + 1) count++; // an encoded `&` before another reference
    } else {
      const end = matchLessThan(s, j);
      if (end !== -1) {
        if (mayStartTag(s.charCodeAt(end))) count++;
        next = end;
      }
    }
    i = s.indexOf("&", Math.max(i + 1, next));
  }
  return count;
}

/**
 * Whether the `&` at `at` ends a raw `<` or `</` and the name after it (`<di&`, `</&`): the run of name characters
 * before it, read backwards, follows one. The run stops at any other character, an earlier `&` included, so the runs
 * read from successive `&` never overlap.
 */
function tagNameRunsInto(s: string, at: number): boolean {
  let p = at;
  while (p > 0 && isNameChar(s.charCodeAt(p - 1))) p--;
  if (p > 0 && s.charCodeAt(p - 1) === LT) return true;
  return p > 1 && s.charCodeAt(p - 1) === SLASH && s.charCodeAt(p - 2) === LT;
}
