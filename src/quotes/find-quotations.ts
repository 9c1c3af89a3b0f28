import { classifyKind, isSpeech } from "./classify-quote";
import { joinParagraphPieces } from "./join-paragraph-pieces";
import { scanMarks, type ScannedMarks } from "./scan-marks";
import type { QuoteOptions, QuoteSpan, Quotations } from "./types";

/**
 * Finds every quotation in the paragraphs: one `QuoteSpan` per paragraph piece, with offsets
 * of the words inside the marks, whether it is `direct` or `partial`, and whether it is
 * speech. Runs in time linear in the text. Never throws for odd text: unclosed and stray
 * marks are reported as warnings.
 *
 * @throws TypeError when `paragraphs` is not an array of strings.
 * @example
 * findQuotations(["Mr Putin said: “I mean space.”"]).quotes
 * // [{ paragraph: 0, start: 16, end: 29, text: "I mean space.", open: 15, close: 29, continuation: false, kind: "direct", speech: true }]
 */
export function findQuotations(paragraphs: readonly string[], options: Readonly<QuoteOptions> = {}): Quotations {
  if (!Array.isArray(paragraphs)) throw new TypeError(`findQuotations expects an array of strings, got ${typeof paragraphs}`);
  // Arrays built by `push`, not `map`: an optimised `map` makes a holey array where the builtin makes a packed one,
  // and code optimised for one kind of array is thrown away when it meets the other.
  const scans: ScannedMarks[] = [];
  for (let index = 0; index < paragraphs.length; index++) {
    const text = paragraphs[index];
    if (typeof text !== "string") throw new TypeError(`findQuotations expects paragraph ${index} to be a string, got ${typeof text}`);
    scans.push(scanMarks(text));
  }
  const { pieces, warnings } = joinParagraphPieces(scans, options.multiParagraph ?? true);
  const quotes: QuoteSpan[] = [];
  for (const piece of pieces) {
    const text = paragraphs[piece.paragraph] ?? "";
    quotes.push({
      paragraph: piece.paragraph,
      start: piece.start,
      end: piece.end,
      text: text.slice(piece.start, piece.end),
      open: piece.open,
      close: piece.close,
      continuation: piece.continuation,
      kind: classifyKind(text, piece),
      speech: isSpeech(text, piece),
    });
  }
  return { quotes, warnings };
}
