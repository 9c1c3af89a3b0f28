import { decodeHTML as decodeEntities } from "entities/decode";
import type { Warning } from "../types";
import { normalizeInput } from "./normalize-input";
import { splitRegions } from "./split-regions";
import { unwrapEncodedMarkup } from "./unwrap-encoded-markup";

/** A piece of the input in document order: HTML still to be parsed, or text already decoded. */
export interface DecodedPart {
  /** `html`: markup for an HTML parser, whose entities it decodes; `text`: final text, entities decoded once. */
  readonly type: "html" | "text";
  /** The part's content, line breaks as LF. */
  readonly content: string;
}

/** The input with every layer of escaping that hides markup undone. */
export interface Decoded {
  /** Text and HTML parts in document order (e.g. title line, article HTML, footer). */
  readonly parts: readonly DecodedPart[];
  /** What was noticed on the way (`encoded-markup`, `invalid-utf8`), never thrown. */
  readonly warnings: readonly Warning[];
}

/** Options for `decode`. */
export interface DecodeOptions {
  /**
   * How to read the input: `auto` detects HTML, entity-encoded HTML and plain text, and
   * splits mixed documents into regions; `html` reads it all as (possibly encoded) HTML;
   * `text` reads it all as plain text with entities decoded once.
   * @default "auto"
   */
  readonly format?: "auto" | "html" | "text";
}

const REPLACEMENT_CHARACTER = "\ufffd";

/** Decodes the entities of a plain-text region exactly once. */
function decodeText(content: string): string {
  return content.indexOf("&") === -1 ? content : decodeEntities(content);
}

/**
 * Turns a string or UTF-8 bytes into parts of HTML and text, in document order.
 *
 * Bytes are read as UTF-8 (invalid sequences become U+FFFD); a leading BOM is dropped and
 * CRLF / CR become LF. In `auto` mode blocks with markup, raw or entity-encoded, form one
 * HTML region; plain-text blocks before and after it are text regions. Layers of entity
 * encoding that hide markup are undone so the HTML parser sees tags, and each entity of
 * the visible text is left to be decoded exactly once (by the parser for HTML, here for text).
 *
 * Never throws on a string or bytes; linear in the input length.
 * @example
 * decode("Title\n\n&lt;p&gt;Body&lt;/p&gt;").parts
 * // [{ type: "text", content: "Title" }, { type: "html", content: "<p>Body</p>" }]
 */
/** The warning for bytes that were not valid UTF-8; the CLI gives the same one for an NDJSON line that was not. */
export const INVALID_UTF8_WARNING: Warning = {
  code: "invalid-utf8",
  message: "The bytes were not valid UTF-8 everywhere; invalid sequences were replaced with U+FFFD.",
};

export function decode(input: string | Uint8Array, options: Readonly<DecodeOptions> = {}): Decoded {
  const warnings: Warning[] = [];
  const text = normalizeInput(input);
  if (typeof input !== "string" && text.indexOf(REPLACEMENT_CHARACTER) !== -1 && !isValidUtf8(input)) {
    warnings.push({ ...INVALID_UTF8_WARNING });
  }
  const format = options.format ?? "auto";
  if (format === "text") return { parts: text.trim() ? [{ type: "text", content: decodeText(text) }] : [], warnings };
  const regions = format === "html" ? [{ type: "html" as const, start: 0, end: text.length }] : splitRegions(text);

  const parts: DecodedPart[] = [];
  for (const region of regions) {
    const content = text.slice(region.start, region.end);
    if (region.type === "text") {
      parts.push({ type: "text", content: decodeText(content) });
      continue;
    }
    const unwrapped = unwrapEncodedMarkup(content);
    if (unwrapped.layers > 0) {
      warnings.push({
        code: "encoded-markup",
        message: `The HTML markup was hidden under ${unwrapped.layers} layer${unwrapped.layers === 1 ? "" : "s"} of entity encoding, which ${unwrapped.layers === 1 ? "was" : "were"} undone.`,
        offset: region.start,
      });
    }
    parts.push({ type: "html", content: unwrapped.html });
  }
  return { parts, warnings };
}

/** Whether the bytes are valid UTF-8 (a U+FFFD written as `EF BF BD` is valid and warns of nothing). */
function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
