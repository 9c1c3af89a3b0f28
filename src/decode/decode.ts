import { decodeHTML as decodeEntities } from "entities/decode";
import type { Warning } from "../types";
import { decodeBytes } from "./decode-bytes";
import { normalizeInput } from "./normalize-input";
import { splitRegions } from "./split-regions";
import { unwrapEncodedMarkup } from "./unwrap-encoded-markup";

export { INVALID_UTF8_WARNING } from "./decode-bytes";

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
  /**
   * The HTTP `Content-Type` that came with byte input; its charset decides the encoding after a
   * byte order mark and before `<meta charset>`. Ignored for strings.
   */
  readonly contentType?: string;
}

/**
 * Characters of text given to the entity decoder at a time. It builds its result piece by piece,
 * and for a whole page of entities that chain outgrew the garbage collector's young generation:
 * 375,000 `&#x201C;` (3 MB) took five times as long as 250,000.
 */
const DECODE_CHUNK = 1 << 16;

/**
 * Decodes the entities of a plain-text region exactly once, `chunk` characters at a time (at
 * least), each piece cut just before an `&`: an entity is read from its `&` on and never holds
 * one, so the pieces decode as the whole would.
 */
export function decodeText(content: string, chunk = DECODE_CHUNK): string {
  if (content.indexOf("&") === -1) return content;
  if (content.length <= chunk) return decodeEntities(content);
  const pieces: string[] = [];
  for (let from = 0; from < content.length;) {
    let cut = from + chunk >= content.length ? -1 : content.indexOf("&", from + chunk);
    if (cut === -1) cut = content.length;
    const piece = decodeEntities(content.slice(from, cut));
    // The decoder returns a chain of concatenations; reading a character makes V8 flatten it now, so that the chain
    // dies young rather than living in every piece until the join.
    piece.charCodeAt(0);
    pieces.push(piece);
    from = cut;
  }
  return pieces.join("");
}

/**
 * Turns a string or UTF-8 bytes into parts of HTML and text, in document order.
 *
 * Bytes are decoded by the charset the page declares — BOM, then `options.contentType`, then
 * `<meta charset>` / `http-equiv` in the first 1024 bytes — else as UTF-8 (invalid sequences
 * become U+FFFD, with an `invalid-utf8` warning); a leading BOM is dropped and CRLF / CR become LF. In `auto` mode blocks with markup, raw or entity-encoded, form one
 * HTML region; plain-text blocks before and after it are text regions. Layers of entity
 * encoding that hide markup are undone so the HTML parser sees tags, and each entity of
 * the visible text is left to be decoded exactly once (by the parser for HTML, here for text).
 *
 * Never throws on a string or bytes; linear in the input length.
 * @example
 * decode("Title\n\n&lt;p&gt;Body&lt;/p&gt;").parts
 * // [{ type: "text", content: "Title" }, { type: "html", content: "<p>Body</p>" }]
 */
export function decode(input: string | Uint8Array, options: Readonly<DecodeOptions> = {}): Decoded {
  const warnings: Warning[] = [];
  let text: string;
  if (typeof input === "string") text = normalizeInput(input);
  else {
    // Bytes are decoded by the charset the page declares (BOM, HTTP Content-Type, <meta>), else UTF-8.
    const bytes = decodeBytes(input, options.contentType);
    text = normalizeInput(bytes.text);
    warnings.push(...bytes.warnings);
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

