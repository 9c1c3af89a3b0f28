import type { Warning } from "../types";

/** One quotation piece found by the scanner: index ranges only. */
export interface QuoteSpan {
  readonly paragraph: number;
  /** Offset of the first character inside the marks. */
  readonly start: number;
  /** Offset just past the last character inside the marks (the closing mark's offset, or the paragraph end). */
  readonly end: number;
  /** Offset of the opening mark. */
  readonly open: number;
  /** Offset of the closing mark, or null when the piece runs to the paragraph end unclosed. */
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
  readonly quotes: readonly QuoteSpan[];
  readonly warnings: readonly Warning[];
}

/** Options for `findQuotations`. */
export interface QuoteOptions {}

/** Finds every quotation in the paragraphs. (skeleton: to be replaced) */
export function findQuotations(paragraphs: readonly string[], _options: Readonly<QuoteOptions> = {}): Quotations {
  const quotes: QuoteSpan[] = [];
  paragraphs.forEach((text, paragraph) => {
    for (const m of text.matchAll(/“([^”]*)”/g)) {
      const open = m.index ?? 0;
      quotes.push({ paragraph, start: open + 1, end: open + 1 + (m[1] ?? "").length, open, close: open + 1 + (m[1] ?? "").length, continuation: false, kind: "direct", speech: true });
    }
  });
  return { quotes, warnings: [] };
}
