/**
 * The same text as a flat sequential string (V8's plain one- or two-byte string), whatever internal kind `text` has.
 *
 * Paragraphs come out of segmentation as slices of the decoded input, as concatenations (joined lines, HTML text
 * nodes) or as copies: strings of up to six internal kinds. Every stage after segmentation reads them character by
 * character (`charCodeAt`, `slice`) at sites that then see so many kinds that each read became a megamorphic
 * property load or a call to the generic builtin. One copy per paragraph here leaves two kinds (one- and two-byte),
 * which optimised code reads inline. A JSON round trip is the one portable copy that always yields a sequential
 * string: it keeps every code unit (lone surrogates are escaped and read back as they were).
 */
export function flatString(text: string): string {
  // Below 13 characters V8 copies slices and makes no concatenations: such a string is already sequential.
  if (text.length < 13) return text;
  // Without `"` or `\`, the text between quotation marks is already a JSON string: parsed without writing it out first
  // (`JSON.stringify` escapes character by character). A control character there makes `JSON.parse` throw.
  if (text.indexOf('"') < 0 && text.indexOf("\\") < 0) {
    try {
      return JSON.parse(`"${text}"`) as string;
    } catch {
      // a control character: written out below
    }
  }
  return JSON.parse(JSON.stringify(text)) as string;
}
