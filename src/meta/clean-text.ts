import { decode as decodeEntities } from "he";

/** Longest field kept, in characters (a description may be a paragraph; more is not a summary). */
export const MAX_FIELD_CHARS = 1000;

/** Characters of a raw value read at all: markup may take room, but never more than this. */
export const MAX_RAW_CHARS = 20_000;

/** Tags that separate words when removed (`a<br>b` is two words; `<b>a</b>b` is one). */
const SPACING_TAGS = new Set(["br", "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "td", "tr", "hr"]);

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;

function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

function isNameChar(c: number): boolean {
  return isAsciiLetter(c) || (c >= 0x30 && c <= 0x39);
}

/**
 * Removes every tag (`<img src=x onerror=…>`, `</b>`, `<!-- … -->`) from a value, keeping the
 * text between them. A `<` that opens a tag and is never closed cuts the value there: what
 * follows it is markup, not text. A `<` before a digit or space (`3 < 5`) is text.
 *
 * Linear: each `>` is searched for once, from past the previous tag.
 */
export function stripTags(value: string): string {
  let out = "";
  let from = 0;
  let i = value.indexOf("<");
  while (i !== -1) {
    const next = value.charCodeAt(i + 1);
    const opensTag = isAsciiLetter(next) || next === BANG || (next === SLASH && isAsciiLetter(value.charCodeAt(i + 2)));
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

/** Cuts `text` to at most `max` characters, at the last space when there is one in the second half. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const space = text.lastIndexOf(" ", max);
  return `${text.slice(0, space > max / 2 ? space : max).trimEnd()}…`;
}

/** How `cleanText` treats entities. */
export interface CleanOptions {
  /**
   * Whether to decode entities: true for text no HTML parser has read (JSON-LD strings), false
   * for attribute values and element text, which the parser has decoded once already.
   * @default false
   */
  readonly decode?: boolean;
  /**
   * Longest result; longer text is cut at a word and ends with `…`.
   * @default MAX_FIELD_CHARS
   */
  readonly maxChars?: number;
}

/**
 * Makes a metadata value plain text: entities decoded once (see `decode`), tags removed, runs of
 * whitespace collapsed to one space, trimmed, cut to `maxChars`. Null when nothing is left.
 * @example
 * cleanText("  Storm &amp; flood <img src=x onerror=alert(1)>", { decode: true }) // "Storm & flood"
 */
export function cleanText(value: string, options: Readonly<CleanOptions> = {}): string | null {
  let s = value.length > MAX_RAW_CHARS ? value.slice(0, MAX_RAW_CHARS) : value;
  if (options.decode && s.indexOf("&") !== -1) s = decodeEntities(s);
  if (s.indexOf("<") !== -1) s = stripTags(s);
  s = s.replace(/\s+/gu, " ").trim();
  return s === "" ? null : cut(s, options.maxChars ?? MAX_FIELD_CHARS);
}
