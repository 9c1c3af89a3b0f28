import { collapseWhitespace } from "./collapse-whitespace";
import { isBoilerplate } from "./is-boilerplate";

/** One paragraph of a plain-text part. */
export interface TextBlock {
  /** Whitespace-collapsed text. */
  readonly text: string;
  /** Whether the paragraph was one line in the source (a title must be). */
  readonly singleLine: boolean;
}

/** The characters a blank line may hold besides its line break: space, tab, form feed, vertical tab, no-break space. */
function isInlineBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 12 || c === 11 || c === 0xa0;
}

/**
 * Finds the next blank line (`\n`, inline blanks, `\n`) that starts at or after `from`: true, with
 * its bounds in `at`, or false. A scan in place of `split(/\n[ \t\f\v\u00a0]*\n/)`, with the same
 * pieces, but no array of them all (a text of 300,000 paragraphs made one only to walk it once).
 */
function nextBlankLine(s: string, from: number, at: { start: number; end: number }): boolean {
  let i = s.indexOf("\n", from);
  while (i !== -1) {
    let j = i + 1;
    while (j < s.length && isInlineBlank(s.charCodeAt(j))) j++;
    if (j < s.length && s.charCodeAt(j) === 10) {
      at.start = i;
      at.end = j + 1;
      return true;
    }
    // Nothing but inline blanks between i and j, and no line break at j: the next candidate is past j.
    i = j < s.length ? s.indexOf("\n", j + 1) : -1;
  }
  return false;
}

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
  const at = { start: 0, end: 0 };
  let blank = nextBlankLine(content, 0, at);
  if (!blank) {
    // No blank line at all: one paragraph per line.
    let from = 0;
    for (;;) {
      const nl = content.indexOf("\n", from);
      const text = collapseWhitespace(nl === -1 ? content.slice(from) : content.slice(from, nl));
      if (text !== "") visit(text, true);
      if (nl === -1) return;
      from = nl + 1;
    }
  }
  let from = 0;
  for (;;) {
    visitChunk(blank ? content.slice(from, at.start) : content.slice(from), visit);
    if (!blank) return;
    from = at.end;
    blank = nextBlankLine(content, from, at);
  }
}

/** One piece between blank lines: a paragraph of one line, or of several joined without boilerplate lines. */
function visitChunk(chunk: string, visit: (text: string, singleLine: boolean) => void): void {
  if (chunk.indexOf("\n") === -1) {
    // One line: the common case of a text split on single newlines.
    const text = collapseWhitespace(chunk);
    if (text !== "") visit(text, true);
    return;
  }
  const lines = chunk.split("\n").filter((line) => line.trim() !== "");
  if (lines.length === 0) return;
  const kept = lines.length > 1 ? lines.filter((line) => !isBoilerplate(collapseWhitespace(line))) : lines;
  const text = collapseWhitespace(kept.join("\n"));
  if (text !== "") visit(text, kept.length === 1);
}
