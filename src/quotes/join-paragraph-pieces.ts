import type { Warning } from "../types";
import type { MarkedSpan, ScannedMarks } from "./scan-marks";

/**
 * At most this many warnings per paragraph: a paragraph of a million stray marks should
 * say so a few times, not a million times.
 */
export const MAX_WARNINGS_PER_PARAGRAPH = 8;

/** A paragraph's quotation pieces once the paragraphs have been read together. */
export interface JoinedPiece extends MarkedSpan {
  /** Index of the paragraph. */
  readonly paragraph: number;
  /** Continues a quotation left open at the end of the previous paragraph. */
  readonly continuation: boolean;
}

/**
 * Applies the newspaper convention for quotations over several paragraphs: a quotation
 * still open at a paragraph end, when the next paragraph starts with an opening mark, is a
 * piece running to the paragraph end (`close: null`) and the next paragraph's opening piece
 * is its `continuation`. Any other unclosed mark is dropped with an `unclosed-quote`
 * warning, and the quotations closed inside it are reported instead. Stray closing marks
 * give `stray-mark` warnings.
 *
 * @param scans - `scanMarks` of every paragraph, in order.
 * @param multiParagraph - see `QuoteOptions.multiParagraph`.
 */
export function joinParagraphPieces(scans: readonly ScannedMarks[], multiParagraph: boolean): { pieces: JoinedPiece[]; warnings: Warning[] } {
  const pieces: JoinedPiece[] = [];
  const warnings: Warning[] = [];
  let continued = false;
  scans.forEach((scan, paragraph) => {
    if (scan.spans.length === 0 && scan.stray.length === 0 && scan.unclosed.length === 0) {
      // Nothing to join or warn about (most paragraphs): no work, nothing allocated.
      continued = false;
      return;
    }
    let spans: readonly MarkedSpan[] = scan.spans;
    let nextContinued = false;
    const local: Warning[] = [];
    for (const mark of scan.stray) {
      local.push({ code: "stray-mark", message: `Closing mark ${mark.mark} closes no quotation.`, paragraph, offset: mark.offset });
    }
    if (scan.unclosed.length > 0) {
      const next = scans[paragraph + 1];
      if (multiParagraph && scan.pending !== null && next !== undefined && next.leadingOpen !== null) {
        spans = [...spans, scan.pending];
        nextContinued = true;
      } else {
        for (const mark of scan.unclosed) {
          local.push({ code: "unclosed-quote", message: `Opening mark ${mark.mark} is never closed in its paragraph; it is ignored.`, paragraph, offset: mark.offset });
        }
        if (scan.orphans.length > 0) spans = [...spans, ...scan.orphans].sort((a, b) => a.start - b.start);
      }
    }
    local.sort((a, b) => (a.offset ?? 0) - (b.offset ?? 0));
    warnings.push(...local.slice(0, MAX_WARNINGS_PER_PARAGRAPH));
    for (const span of spans) {
      const continuation = continued && span.open === scan.leadingOpen;
      pieces.push({ open: span.open, start: span.start, end: span.end, close: span.close, paragraph, continuation });
    }
    continued = nextContinued;
  });
  return { pieces, warnings };
}
