import { decodeHTML as decodeEntities } from "entities/decode";
import { stripTags } from "../segment/strip-tags";

/** Longest field kept, in characters (a description may be a paragraph; more is not a summary). */
export const MAX_FIELD_CHARS = 1000;

/** Characters of a raw value read at all: markup may take room, but never more than this. */
export const MAX_RAW_CHARS = 20_000;

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
