import { collapseWhitespace } from "./collapse-whitespace";
import { isBoilerplate } from "./is-boilerplate";

/** One paragraph of a plain-text part. */
export interface TextBlock {
  /** Whitespace-collapsed text. */
  readonly text: string;
  /** Whether the paragraph was one line in the source (a title must be). */
  readonly singleLine: boolean;
}

const BLANK_LINE = /\n[ \t\f\v\u00a0]*\n/;

/**
 * Splits plain text into paragraphs on blank lines; a text with no blank line at all is
 * split on single newlines instead (one paragraph per line, as many feeds deliver it).
 * Inside a multi-line paragraph, lines that are boilerplate on their own
 * (`- Advertisement -` above `Exit mobile version`) are dropped before the lines are joined.
 */
export function splitPlainText(content: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  forEachPlainParagraph(content, (text, singleLine) => {
    blocks.push({ text, singleLine });
  });
  return blocks;
}

/**
 * `splitPlainText` as a walk: calls `visit` with each paragraph's text and whether it was one
 * line, in order, and builds no object per paragraph (a text of 300,000 one-line paragraphs
 * would otherwise make as many objects only to be read once).
 */
export function forEachPlainParagraph(content: string, visit: (text: string, singleLine: boolean) => void): void {
  const raw = BLANK_LINE.test(content) ? content.split(BLANK_LINE) : content.split("\n");
  for (const chunk of raw) {
    if (chunk.indexOf("\n") === -1) {
      // One line: the common case of a text split on single newlines.
      const text = collapseWhitespace(chunk);
      if (text !== "") visit(text, true);
      continue;
    }
    const lines = chunk.split("\n").filter((line) => line.trim() !== "");
    if (lines.length === 0) continue;
    const kept = lines.length > 1 ? lines.filter((line) => !isBoilerplate(collapseWhitespace(line))) : lines;
    const text = collapseWhitespace(kept.join("\n"));
    if (text !== "") visit(text, kept.length === 1);
  }
}
