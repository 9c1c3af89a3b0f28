/** Tags that separate words when removed (`a<br>b` is two words; `<b>a</b>b` is one). */
const SPACING_TAGS = new Set(["br", "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "td", "tr", "hr"]);

const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;

function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

function isNameChar(c: number): boolean {
  return isAsciiLetter(c) || (c >= 0x30 && c <= 0x39);
}

/**
 * Removes every tag (`<img src=x onerror=…>`, `</b>`, `<!-- … -->`) from text that came from
 * raw-text places of a page (`<title>`, `og:title`, headings whose markup was double-escaped,
 * metadata values): no result field may carry markup taken from the input. The text between
 * tags is kept; a tag that separates words (`<br>`, `<p>`, …) leaves a space. A `<` that opens
 * a tag and is never closed cuts the text there: what follows it is markup, not text. A `<`
 * before a digit or space (`3 < 5`, `<3`) is text.
 *
 * Linear: each `>` is searched for once, from past the previous tag.
 */
export function stripTags(value: string): string {
  let out = "";
  let from = 0;
  let i = value.indexOf("<");
  while (i !== -1) {
    const next = value.charCodeAt(i + 1);
    const opensTag = isAsciiLetter(next) || next === BANG || next === QUESTION || (next === SLASH && isAsciiLetter(value.charCodeAt(i + 2)));
    if (!opensTag) {
      i = value.indexOf("<", i + 1);
      continue;
    }
    out += value.slice(from, i);
    const end = value.indexOf(">", i + 1);
    if (end === -1) return out;
    const nameStart = next === SLASH ? i + 2 : i + 1;
    let nameEnd = nameStart;
    while (nameEnd < end && isNameChar(value.charCodeAt(nameEnd))) nameEnd++;
    if (SPACING_TAGS.has(value.slice(nameStart, nameEnd).toLowerCase())) out += " ";
    from = end + 1;
    i = value.indexOf("<", from);
  }
  return out + value.slice(from);
}

