/**
 * The text of the top-level `"id"` member of an NDJSON record, exactly as written. Echoing the
 * parsed value would change it: `12345678901234567891` is no JS number (it comes back as
 * `12345678901234567000`, the same as `…892`), `1.0` would become `1`, `"\u0041"` would become `"A"`.
 * A single pass over a line that `JSON.parse` has already accepted; the last `"id"` wins, as in `JSON.parse`.
 */

function skipSpace(s: string, i: number): number {
  for (;;) {
    const c = s.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13) i++;
    else return i;
  }
}

/** Index just past the string that opens at `i` (a `"`). */
function skipString(s: string, i: number): number {
  for (i++; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 92) i++;
    else if (c === 34) return i + 1;
  }
  return s.length;
}

/** Index just past the value that starts at `i`: strings skip as strings, brackets by depth. */
function skipValue(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c === 34) return skipString(s, i);
  if (c === 123 || c === 91) {
    let depth = 0;
    for (; i < s.length; i++) {
      const d = s.charCodeAt(i);
      if (d === 34) { i = skipString(s, i) - 1; continue; }
      if (d === 123 || d === 91) depth++;
      else if (d === 125 || d === 93) {
        depth--;
        if (depth === 0) return i + 1;
      }
    }
    return s.length;
  }
  // A number or a literal: up to the next separator.
  while (i < s.length) {
    const d = s.charCodeAt(i);
    if (d === 44 || d === 125 || d === 93 || d === 32 || d === 9 || d === 10 || d === 13) break;
    i++;
  }
  return i;
}

/** The raw JSON text of the `id` member of the object on `line`, or null when it has none (or is no object). */
export function rawJsonId(line: string): string | null {
  let i = skipSpace(line, 0);
  if (line.charCodeAt(i) !== 123) return null;
  i = skipSpace(line, i + 1);
  let found: string | null = null;
  while (i < line.length && line.charCodeAt(i) === 34) {
    const keyEnd = skipString(line, i);
    const key = line.slice(i, keyEnd);
    i = skipSpace(line, keyEnd);
    if (line.charCodeAt(i) !== 58) return found;
    i = skipSpace(line, i + 1);
    const valueEnd = skipValue(line, i);
    // `"id"` may be written with escapes (`"\u0069d"`); parse the key only when it could be one.
    if (key === '"id"' || (key.includes("\\") && JSON.parse(key) === "id")) found = line.slice(i, valueEnd);
    i = skipSpace(line, valueEnd);
    if (line.charCodeAt(i) !== 44) break;
    i = skipSpace(line, i + 1);
  }
  return found;
}
