import { countEncodedTags, countTags } from "./count-tags";

/**
 * A block with no raw tag is HTML only if it holds at least this many entity-encoded
 * tags: `&lt;p&gt;…&lt;/p&gt;` has two, while a plain-text sentence that mentions one
 * `&lt;b&gt;` tag stays text.
 */
export const MIN_ENCODED_TAGS = 2;

/** A stretch of the input, by UTF-16 offsets, `end` exclusive. */
export interface Region {
  readonly type: "html" | "text";
  readonly start: number;
  readonly end: number;
}

/** True when `s.slice(start, end)` holds only spaces, tabs and similar. */
function isBlank(s: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0b && c !== 0x0c && c !== 0xa0 && c !== 0xfeff) return false;
  }
  return true;
}

/** Whether a blank-line separated block looks like (possibly encoded) HTML; counting stops as soon as it does. */
function isHtmlBlock(s: string, start: number, end: number): boolean {
  const block = s.slice(start, end);
  return countTags(block, 1) >= 1 || countEncodedTags(block, MIN_ENCODED_TAGS) >= MIN_ENCODED_TAGS;
}

/**
 * Splits a document into text and HTML regions, in order: plain-text blocks before the
 * first block with markup (a title line), the HTML from that block to the last block
 * with markup, and plain-text blocks after it (a footer). Blocks are separated by blank
 * lines, so an HTML region never ends in the middle of a paragraph cut across lines.
 *
 * A document without markup is one text region. Linear: blocks are tested for markup from
 * the start up to the first that has some, then from the end back to the last (the blocks
 * between are HTML whatever they hold); each line is read at most twice, and each test stops
 * at the first tag it finds.
 */
export function splitRegions(s: string): Region[] {
  let firstHtml = -1;
  let lastHtmlEnd = -1;
  // Forward, line by line, to the first block with markup.
  let blockStart = -1;
  let blockEnd = -1;
  for (let lineStart = 0; lineStart <= s.length && firstHtml === -1;) {
    let lineEnd = s.indexOf("\n", lineStart);
    if (lineEnd === -1) lineEnd = s.length;
    const blank = isBlank(s, lineStart, lineEnd);
    if (!blank) {
      if (blockStart === -1) blockStart = lineStart;
      blockEnd = lineEnd;
    }
    if ((blank || lineEnd === s.length) && blockStart !== -1) {
      if (isHtmlBlock(s, blockStart, blockEnd)) firstHtml = blockStart;
      blockStart = -1;
    }
    lineStart = lineEnd + 1;
  }
  // Backward, line by line, to the last block with markup (at the latest, the first one).
  if (firstHtml !== -1) {
    blockStart = -1;
    blockEnd = -1;
    // Every line break, found forward by a native search and read back by index (`lastIndexOf` leaves optimised code
    // for V8's runtime on every call, which cost more than the rest of the walk on a page read line by line).
    const breaks: number[] = [];
    for (let b = s.indexOf("\n"); b !== -1; b = s.indexOf("\n", b + 1)) breaks.push(b);
    let k = breaks.length - 1;
    for (let lineEnd = s.length; lastHtmlEnd === -1;) {
      while (k >= 0 && breaks[k]! >= lineEnd) k--;
      const lineStart = k >= 0 ? breaks[k]! + 1 : 0;
      const blank = isBlank(s, lineStart, lineEnd);
      if (!blank) {
        if (blockEnd === -1) blockEnd = lineEnd;
        blockStart = lineStart;
      }
      if ((blank || lineStart === 0) && blockEnd !== -1) {
        if (blockStart <= firstHtml || isHtmlBlock(s, blockStart, blockEnd)) lastHtmlEnd = blockEnd;
        blockEnd = -1;
      }
      if (lineStart === 0) break;
      lineEnd = lineStart - 1;
    }
  }

  const regions: Region[] = [];
  const push = (type: Region["type"], start: number, end: number): void => {
    if (end > start && !isBlankText(s, start, end)) regions.push({ type, start, end });
  };
  if (firstHtml === -1) {
    push("text", 0, s.length);
    return regions;
  }
  push("text", 0, firstHtml);
  push("html", firstHtml, lastHtmlEnd);
  push("text", lastHtmlEnd, s.length);
  return regions;
}

/** True when the range holds only whitespace, line breaks included. */
function isBlankText(s: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c !== 0x0a && !isBlank(s, i, i + 1)) return false;
  }
  return true;
}
