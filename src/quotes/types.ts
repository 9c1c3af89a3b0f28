import type { Warning } from "../types";

/** One quotation piece found by the scanner: index ranges into one paragraph. */
export interface QuoteSpan {
  /** Index of the paragraph the piece lies in. */
  readonly paragraph: number;
  /** Offset of the first character inside the marks (whitespace inside the marks skipped). */
  readonly start: number;
  /** Offset just past the last character inside the marks (before the closing mark, or the trimmed paragraph end). */
  readonly end: number;
  /** `paragraphs[paragraph].slice(start, end)`: the words inside the marks. */
  readonly text: string;
  /** Offset of the opening mark. */
  readonly open: number;
  /** Offset of the closing mark, or null when the piece runs to the paragraph end unclosed (multi-paragraph quotation). */
  readonly close: number | null;
  /** This piece continues a quotation left open at the end of the previous paragraph. */
  readonly continuation: boolean;
  /** `direct`: stands as a sentence or more; `partial`: a fragment inside the writer's sentence. */
  readonly kind: "direct" | "partial";
  /** False for quoted spans that are not speech: titles of works, nicknames, words used as terms. */
  readonly speech: boolean;
}

/** What `findQuotations` returns. */
export interface Quotations {
  /** Every quotation piece, in reading order. */
  readonly quotes: readonly QuoteSpan[];
  /** Unclosed and stray marks (`unclosed-quote`, `stray-mark`). */
  readonly warnings: readonly Warning[];
}

/** Options for `findQuotations`. */
export interface QuoteOptions {
  /**
   * Whether a quotation left open at a paragraph end runs to that end when the next
   * paragraph opens with a quotation mark (the newspaper convention). When false, it is
   * dropped with an `unclosed-quote` warning like any other unclosed mark.
   * @default true
   */
  readonly multiParagraph?: boolean;
}
