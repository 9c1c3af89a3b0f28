/** U+FEFF, the byte order mark, as it appears at the start of a decoded string. */
const BOM = 0xfeff;

/**
 * Turns a string or UTF-8 bytes into one string with a leading BOM removed and every
 * line break (CRLF or lone CR) written as LF.
 *
 * Bytes are decoded with `TextDecoder("utf-8")`: a BOM is stripped and invalid sequences
 * become U+FFFD instead of throwing, so hostile bytes never stop the pipeline.
 */
export function normalizeInput(input: string | Uint8Array): string {
  let text = typeof input === "string" ? input : new TextDecoder("utf-8").decode(input);
  if (text.charCodeAt(0) === BOM) text = text.slice(1);
  // One linear pass; no work at all for the common LF-only input.
  return text.indexOf("\r") === -1 ? text : text.replace(/\r\n?/g, "\n");
}
