/**
 * Which character encoding a page's bytes are in, found the way browsers find it (WHATWG
 * HTML "determining the character encoding"): a byte order mark, then the charset of the
 * HTTP `Content-Type`, then a `<meta charset>` or `<meta http-equiv="Content-Type">` found by a
 * bounded prescan of the first bytes; UTF-8 when none of them names an encoding this runtime
 * can decode. Uses only `TextDecoder`, so it runs in browsers too.
 */

/** Bytes the `<meta>` prescan looks at, as in the HTML standard. */
export const PRESCAN_BYTES = 1024;

/** Where the encoding came from. */
export type CharsetSource = "bom" | "http" | "meta" | "default";

/** The encoding chosen for some bytes. */
export interface SniffedCharset {
  /** Canonical WHATWG name as `TextDecoder#encoding` gives it (`utf-8`, `windows-1252`, `shift_jis` …). */
  readonly encoding: string;
  readonly source: CharsetSource;
  /** Bytes of a byte order mark to skip (0 without one). */
  readonly bomLength: number;
}

/**
 * Canonical name of an encoding label (`"latin1"` → `"windows-1252"`, `" UTF8 "` → `"utf-8"`),
 * or null for a label this runtime does not know. UTF-16 labels found in a page become UTF-8,
 * as the standard says: a page that can declare itself in ASCII is not UTF-16.
 */
export function resolveCharsetLabel(label: string, fromDocument = false): string | null {
  let encoding: string;
  try {
    encoding = new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
  if (fromDocument && (encoding === "utf-16le" || encoding === "utf-16be")) return "utf-8";
  // x-user-defined is a browser-internal encoding; pages that name it are read as windows-1252.
  if (fromDocument && encoding === "x-user-defined") return "windows-1252";
  return encoding;
}

/**
 * The `charset` parameter of a `Content-Type` value (`text/html; charset="Shift_JIS"` →
 * `Shift_JIS`), or null. Linear; the first charset parameter wins.
 */
export function charsetFromContentType(value: string): string | null {
  const lower = value.toLowerCase();
  let from = 0;
  for (;;) {
    const at = lower.indexOf("charset", from);
    if (at === -1) return null;
    from = at + 7;
    let i = from;
    while (i < lower.length && (lower[i] === " " || lower[i] === "\t")) i++;
    if (lower[i] !== "=") continue;
    i++;
    while (i < lower.length && (lower[i] === " " || lower[i] === "\t")) i++;
    const quote = value[i] === '"' || value[i] === "'" ? value[i]! : null;
    if (quote !== null) {
      const end = value.indexOf(quote, i + 1);
      if (end === -1) return null; // unterminated quote: the standard gives up
      return value.slice(i + 1, end);
    }
    let end = i;
    while (end < value.length && !/[\s;]/.test(value[end]!)) end++;
    return end > i ? value.slice(i, end) : null;
  }
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;

function isSpace(b: number): boolean {
  return b === 0x09 || b === 0x0a || b === 0x0c || b === 0x0d || b === 0x20;
}

function isAsciiLetter(b: number): boolean {
  return (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a);
}

function lowerByte(b: number): number {
  return b >= 0x41 && b <= 0x5a ? b + 0x20 : b;
}

function startsWithAt(bytes: Uint8Array, at: number, ascii: string): boolean {
  if (at + ascii.length > bytes.length) return false;
  for (let k = 0; k < ascii.length; k++) if (lowerByte(bytes[at + k]!) !== ascii.charCodeAt(k)) return false;
  return true;
}

interface Attribute {
  readonly name: string;
  readonly value: string;
  /** Position after the attribute. */
  readonly next: number;
}

/** The standard's "get an attribute" over bytes; null at `>` or the end. Names and values are lower-cased ASCII. */
function getAttribute(bytes: Uint8Array, start: number): Attribute | null {
  let i = start;
  while (i < bytes.length && (isSpace(bytes[i]!) || bytes[i] === SLASH)) i++;
  if (i >= bytes.length || bytes[i] === GT) return null;
  let name = "";
  let value = "";
  // Name: up to =, whitespace, / or >.
  for (; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === 0x3d && name !== "") break;
    if (isSpace(b) || b === SLASH || b === GT) break;
    name += String.fromCharCode(lowerByte(b));
  }
  while (i < bytes.length && isSpace(bytes[i]!)) i++;
  if (bytes[i] !== 0x3d) return { name, value: "", next: i };
  i++;
  while (i < bytes.length && isSpace(bytes[i]!)) i++;
  const q = bytes[i];
  if (q === 0x22 || q === 0x27) {
    for (i++; i < bytes.length && bytes[i] !== q; i++) value += String.fromCharCode(lowerByte(bytes[i]!));
    return { name, value, next: i + 1 };
  }
  for (; i < bytes.length && !isSpace(bytes[i]!) && bytes[i] !== GT; i++) value += String.fromCharCode(lowerByte(bytes[i]!));
  return { name, value, next: i };
}

/** Reads one `<meta` element's attributes from `start`; returns the encoding it declares, if any, and where it ends. */
function readMeta(bytes: Uint8Array, start: number): { encoding: string | null; next: number } {
  const seen = new Set<string>();
  let gotPragma = false;
  let needPragma: boolean | null = null;
  let charset: string | null = null;
  let i = start;
  for (let attr = getAttribute(bytes, i); attr !== null; attr = getAttribute(bytes, i)) {
    i = attr.next;
    if (seen.has(attr.name)) continue;
    seen.add(attr.name);
    if (attr.name === "http-equiv") {
      if (attr.value === "content-type") gotPragma = true;
    } else if (attr.name === "content") {
      const label = charsetFromContentType(attr.value);
      if (label !== null && charset === null) {
        charset = label;
        needPragma = true;
      }
    } else if (attr.name === "charset") {
      charset = attr.value;
      needPragma = false;
    }
  }
  if (needPragma === null || (needPragma && !gotPragma) || charset === null) return { encoding: null, next: i };
  return { encoding: resolveCharsetLabel(charset, true), next: i };
}

/** Position after the next `>` from `start` (or the end). */
function skipPast(bytes: Uint8Array, start: number, byte: number): number {
  const at = bytes.indexOf(byte, start);
  return at === -1 ? bytes.length : at + 1;
}

/**
 * The encoding a `<meta>` in the first `PRESCAN_BYTES` declares, or null: the HTML standard's
 * prescan (comments, other tags and their attributes skipped, so a charset in a script or an
 * attribute value is not taken for a declaration). Linear in the bytes scanned.
 */
export function prescanMetaCharset(bytes: Uint8Array, limit = PRESCAN_BYTES): string | null {
  const head = bytes.subarray(0, Math.min(bytes.length, limit));
  let i = 0;
  while (i < head.length) {
    if (head[i] !== LT) {
      const next = head.indexOf(LT, i);
      if (next === -1) break;
      i = next;
      continue;
    }
    if (startsWithAt(head, i, "<!--")) {
      // The comment's closing `-->` may share its dashes with the opening (`<!-->`).
      let j = i + 2;
      for (;;) {
        const gt = head.indexOf(GT, j + 2);
        if (gt === -1) return null;
        if (head[gt - 1] === 0x2d && head[gt - 2] === 0x2d) {
          i = gt + 1;
          break;
        }
        j = gt - 1;
      }
      continue;
    }
    if (startsWithAt(head, i, "<meta") && i + 5 < head.length && (isSpace(head[i + 5]!) || head[i + 5] === SLASH)) {
      const meta = readMeta(head, i + 6);
      if (meta.encoding !== null) return meta.encoding;
      i = meta.next + 1;
      continue;
    }
    const after = head[i + 1];
    if (after !== undefined && (isAsciiLetter(after) || (after === SLASH && isAsciiLetter(head[i + 2] ?? 0)))) {
      // Another tag: skip its name, then its attributes (a `>` inside a quoted value does not end it).
      let j = i + (after === SLASH ? 2 : 1);
      while (j < head.length && !isSpace(head[j]!) && head[j] !== GT) j++;
      for (let attr = getAttribute(head, j); attr !== null; attr = getAttribute(head, j)) j = attr.next;
      i = j + 1;
      continue;
    }
    if (after === 0x21 || after === SLASH || after === 0x3f) {
      i = skipPast(head, i + 1, GT); // <!DOCTYPE …>, </ …>, <? …>
      continue;
    }
    i++;
  }
  return null;
}

/** The encoding a byte order mark announces, with its length, or null. */
function sniffBom(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: "utf-8", length: 3 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", length: 2 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", length: 2 };
  return null;
}

/**
 * Picks the encoding of a page's bytes: BOM, then `contentType`'s charset (the HTTP header, when
 * the bytes came over HTTP), then the `<meta>` prescan, else UTF-8. Labels the runtime does not
 * know are passed over, as browsers do.
 * @example
 * sniffCharset(new TextEncoder().encode('<meta charset="shift_jis">')).encoding // "shift_jis"
 */
export function sniffCharset(bytes: Uint8Array, contentType?: string | null): SniffedCharset {
  const bom = sniffBom(bytes);
  if (bom) return { encoding: bom.encoding, source: "bom", bomLength: bom.length };
  if (typeof contentType === "string" && contentType !== "") {
    const label = charsetFromContentType(contentType);
    const encoding = label === null ? null : resolveCharsetLabel(label);
    if (encoding !== null) return { encoding, source: "http", bomLength: 0 };
  }
  const meta = prescanMetaCharset(bytes);
  if (meta !== null) return { encoding: meta, source: "meta", bomLength: 0 };
  return { encoding: "utf-8", source: "default", bomLength: 0 };
}
