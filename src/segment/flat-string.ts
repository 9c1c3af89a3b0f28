/**
 * The same text as a flat sequential string (V8's plain one- or two-byte string), whatever internal kind `text` has.
 *
 * Paragraphs come out of segmentation as slices of the decoded input, as concatenations (joined lines, HTML text
 * nodes) or as copies: strings of up to six internal kinds. Every stage after segmentation reads them character by
 * character (`charCodeAt`, `slice`) at sites that then see so many kinds that each read became a megamorphic
 * property load or a call to the generic builtin. One copy per paragraph here leaves two kinds (one- and two-byte),
 * which optimised code reads inline.
 *
 * The copy holds no reference to the string `text` was sliced from (a long slice is a view that keeps its whole string
 * alive), so a table may keep it after its document (the tokenizer's word table does).
 *
 * A text with a character above U+00FF is two-byte in any case: joining two non-empty pieces copies it (the cheapest
 * portable copy that always yields a sequential string; it keeps every code unit). Any other text may still be a
 * slice of a two-byte page (one curly quotation mark makes a whole page two-byte): a JSON round trip copies it into
 * a one-byte string, which the later stages compare, hash and lower-case much faster than a two-byte one.
 */
export function flatString(text: string): string {
  // Below 13 characters V8 copies slices and makes no concatenations: such a string is already sequential.
  if (text.length < 13) return text;
  if (BEYOND_LATIN1.test(text)) return [text.slice(0, 1), text.slice(1)].join("");
  // Escaped where JSON needs it, the text between quotation marks is a JSON string: parsed without `JSON.stringify`
  // (which escapes character by character). A control character there makes `JSON.parse` throw.
  let quoted = text;
  if (quoted.indexOf("\\") >= 0) quoted = quoted.replaceAll("\\", "\\\\");
  if (quoted.indexOf('"') >= 0) quoted = quoted.replaceAll('"', '\\"');
  try {
    return JSON.parse(`"${quoted}"`) as string;
  } catch {
    return JSON.parse(JSON.stringify(text)) as string;
  }
}

/** A character that makes a string two-byte. */
const BEYOND_LATIN1 = /[^\u0000-\u00ff]/;
