import type { Warning } from "../types";
import { sniffCharset, type CharsetSource } from "./sniff-charset";

/** The warning for bytes that were not valid UTF-8; the CLI gives the same one for an NDJSON line that was not. */
export const INVALID_UTF8_WARNING: Warning = {
  code: "invalid-utf8",
  message: "The bytes were not valid UTF-8 everywhere; invalid sequences were replaced with U+FFFD.",
};

/** Bytes turned into text, and how. */
export interface DecodedBytes {
  /** The text, byte order mark removed (line breaks untouched). */
  readonly text: string;
  /** The encoding used (`utf-8`, `windows-1252`, `shift_jis` …). */
  readonly encoding: string;
  /** Where the encoding came from (`default` when nothing declared one). */
  readonly source: CharsetSource;
  /** `invalid-utf8` when UTF-8 bytes were not valid; `charset-mismatch` when a declaration was overruled. */
  readonly warnings: readonly Warning[];
}

/**
 * windows-1252's 0x80–0x9F (the rest is Latin-1). Decoded here rather than by `TextDecoder`:
 * Node before 22.14 / 23.7 decodes "windows-1252" (and "iso-8859-1", its WHATWG alias) as
 * Latin-1, turning curly quotes into C1 control characters. The five unused bytes (0x81, 0x8D,
 * 0x8F, 0x90, 0x9D) map to the same code points, as in the Encoding standard.
 */
const WINDOWS_1252_HIGH =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
  "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

/** windows-1252 bytes as text, in chunks so no call gets too many arguments. */
function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(bytes.length, start + CHUNK);
    const codes = new Array<number>(end - start);
    for (let i = start; i < end; i++) {
      const b = bytes[i]!;
      codes[i - start] = b >= 0x80 && b <= 0x9f ? WINDOWS_1252_HIGH.charCodeAt(b - 0x80) : b;
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join("");
}

/** Whether every byte is below 0x80. */
function isAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return false;
  return true;
}

/** The bytes as UTF-8 if they are valid UTF-8, else null. */
function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Decodes a page's bytes by the encoding it declares (see `sniffCharset`: BOM, then the HTTP
 * `contentType`, then `<meta>`), UTF-8 when it declares none.
 *
 * One correction: bytes that are valid UTF-8 with non-ASCII characters are read as UTF-8 even
 * when a header or `<meta>` names a legacy encoding — servers and templates often keep a stale
 * `iso-8859-1` label on UTF-8 pages, while legacy text almost never forms valid multi-byte
 * UTF-8 by chance. That is reported as a `charset-mismatch` warning. Invalid UTF-8 becomes
 * U+FFFD and an `invalid-utf8` warning. Linear; never throws.
 */
export function decodeBytes(bytes: Uint8Array, contentType?: string | null): DecodedBytes {
  const sniffed = sniffCharset(bytes, contentType);
  const body = bytes.subarray(sniffed.bomLength);
  const warnings: Warning[] = [];
  let { encoding } = sniffed;
  if (encoding !== "utf-8" && (sniffed.source === "http" || sniffed.source === "meta") && !isAscii(body)) {
    const utf8 = strictUtf8(body);
    if (utf8 !== null) {
      warnings.push({
        code: "charset-mismatch",
        message: `The page declares ${encoding} (${sniffed.source === "http" ? "HTTP Content-Type" : "<meta>"}) but its bytes are valid UTF-8; they were read as UTF-8.`,
      });
      return { text: utf8, encoding: "utf-8", source: sniffed.source, warnings };
    }
  }
  let text: string;
  try {
    text = encoding === "windows-1252" ? decodeWindows1252(body) : new TextDecoder(encoding, { ignoreBOM: true }).decode(body);
  } catch {
    // sniffCharset only names encodings this runtime constructed a decoder for; stay safe anyway.
    encoding = "utf-8";
    text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(body);
  }
  if (encoding === "utf-8" && text.indexOf("\ufffd") !== -1 && strictUtf8(body) === null) {
    warnings.push({ ...INVALID_UTF8_WARNING });
  }
  return { text, encoding, source: sniffed.source, warnings };
}
