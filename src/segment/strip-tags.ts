/**
 * Removes tag-like sequences (`<img src=x onerror=…>`, `</b>`, `<!-- … -->`) from text that
 * came from raw-text places of a page (`<title>`, `og:title`, headings whose markup was
 * double-escaped): no result field may carry markup taken from the input. A `<` not
 * followed by a letter, `/` or `!` is text (`a < b`, `<3`) and stays.
 *
 * One forward scan: each `<` looks for the next `>` once, and a `<` without one ends the scan.
 */
export function stripTags(text: string): string {
  let lt = text.indexOf("<");
  if (lt === -1) return text;
  const out: string[] = [];
  let from = 0;
  while (lt !== -1) {
    const c = text.charCodeAt(lt + 1);
    const tagLike = (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x2f || c === 0x21 || c === 0x3f;
    if (!tagLike) {
      lt = text.indexOf("<", lt + 1);
      continue;
    }
    const gt = text.indexOf(">", lt + 1);
    out.push(text.slice(from, lt));
    if (gt === -1) {
      from = text.length;
      break;
    }
    out.push(" ");
    from = gt + 1;
    lt = text.indexOf("<", from);
  }
  out.push(text.slice(from));
  return out.join("");
}
