import { MARK_LEVEL_COUNT, MarkLevel, QUOTE_MARKS } from "../lexicon/quote-marks";
import type { QuoteMark } from "../lexicon/quote-marks";
import { decideMarkAction, readMarkContext } from "./pair-straight-quotes";
import { isSpaceCode } from "./read-characters";
import { isApostrophe } from "./tell-apostrophes";

/**
 * How deep quotations may nest before further opening marks are ignored. Real text nests
 * two or three levels; the cap keeps the stack and the work per mark small on hostile input.
 */
export const MAX_NESTING_DEPTH = 8;

/** At most this many stray marks are recorded per paragraph: enough to warn, bounded on hostile input. */
export const MAX_RECORDED_STRAY_MARKS = 8;

/** A quotation found inside one paragraph, as index ranges (whitespace inside the marks trimmed). */
export interface MarkedSpan {
  /** Offset of the opening mark. */
  readonly open: number;
  /** First character inside the marks. */
  readonly start: number;
  /** Just past the last character inside the marks. */
  readonly end: number;
  /** Offset of the closing mark, or null when unclosed. */
  readonly close: number | null;
}

/** A mark the scanner could not pair. */
export interface UnpairedMark {
  /** Offset of the mark in the paragraph. */
  readonly offset: number;
  /** The mark itself. */
  readonly mark: string;
}

/** What `scanMarks` reports for one paragraph. */
export interface ScannedMarks {
  /** Outermost closed quotations, in order. */
  readonly spans: readonly MarkedSpan[];
  /** The outermost quotation still open at the paragraph end, or null. */
  readonly pending: MarkedSpan | null;
  /** Quotations closed inside unclosed ones: reported in their place when `pending` is dropped. */
  readonly orphans: readonly MarkedSpan[];
  /** Opening marks left unclosed at the end, outermost first. */
  readonly unclosed: readonly UnpairedMark[];
  /** Closing marks that closed nothing. */
  readonly stray: readonly UnpairedMark[];
  /** Offset of the opening mark that starts the paragraph, or null. */
  readonly leadingOpen: number | null;
}

interface OpenEntry {
  readonly at: number;
  readonly width: number;
  readonly level: MarkLevel;
  children: MarkedSpan[] | null;
}

/** Mark table by first UTF-16 code; two-character marks are looked up by their first code. */
const MARK_BY_CODE = new Map<number, QuoteMark>();
const DOUBLED_BY_CODE = new Map<number, QuoteMark>();
for (const entry of QUOTE_MARKS) {
  const code = entry.mark.charCodeAt(0);
  if (entry.mark.length === 2) DOUBLED_BY_CODE.set(code, entry);
  else MARK_BY_CODE.set(code, entry);
}
const IS_MARK = new Uint8Array(0x10000);
for (const code of MARK_BY_CODE.keys()) IS_MARK[code] = 1;
for (const code of DOUBLED_BY_CODE.keys()) IS_MARK[code] = 1;

/**
 * Any character that may start a mark, searched natively: most characters are none, and a loop of `charCodeAt` over
 * them cost ~30 instructions a character. Global, so that `lastIndex` says where to search from. A literal (so that
 * `npm run check:redos` reads it); test/scan-marks-start.test.ts keeps it to the first characters of `QUOTE_MARKS`.
 */
export const ANY_MARK = /[\u0022\u0027\u0060\u00AB\u00BB\u2018\u2019\u201A\u201B\u201C\u201D\u201E\u201F\u2039\u203A\u300C-\u300F\uFF02]/g;

/** Offset of the first character at or after `from` that may start a mark, or `length` when there is none. */
function nextMark(text: string, from: number, length: number): number {
  if (from >= length) return length;
  ANY_MARK.lastIndex = from;
  return ANY_MARK.test(text) ? ANY_MARK.lastIndex - 1 : length;
}

function isMarkCode(code: number): boolean {
  return code >= 0 && IS_MARK[code] === 1;
}

const NONE: readonly never[] = Object.freeze([]);

/** What a paragraph without a single quotation mark gives. */
const NO_MARKS: ScannedMarks = Object.freeze({ spans: NONE, pending: null, orphans: NONE, unclosed: NONE, stray: NONE, leadingOpen: null });

/**
 * Scans one paragraph for quotation marks in a single pass over its character codes, pairing
 * them with a small stack. Marks of one level (`“ ” " '' „`) close each other; marks of
 * another level nest, and only the outermost quotation is reported (inner marks are part of
 * its text). A closing mark that matches an opener deeper in the stack closes it and drops
 * the unclosed ones above. Quotations closed inside an opener that never closes are kept as
 * `orphans`, so an unclosed mark never hides the quotations after it.
 */
export function scanMarks(text: string): ScannedMarks {
  // Most paragraphs hold no mark at all: they share one empty result (nothing allocated).
  const length = text.length;
  const firstMark = nextMark(text, 0, length);
  if (firstMark === length) return NO_MARKS;
  const spans: MarkedSpan[] = [];
  const stray: UnpairedMark[] = [];
  const stack: OpenEntry[] = [];
  const openByLevel = new Int32Array(MARK_LEVEL_COUNT);
  let leadingOpen: number | null = null;
  let firstContent = 0;
  while (firstContent < length && isSpaceCode(text.charCodeAt(firstContent))) firstContent++;

  // From mark to mark: the characters between them are none (`nextMark`).
  for (let i = firstMark; i < length; i = nextMark(text, i + 1, length)) {
    const code = text.charCodeAt(i);
    if (IS_MARK[code] !== 1) continue;
    let mark = MARK_BY_CODE.get(code);
    let width = 1;
    const doubled = DOUBLED_BY_CODE.get(code);
    // Reads stay inside the text (one past its end cost the optimised scanner its code).
    if (doubled !== undefined && i + 1 < length && text.charCodeAt(i + 1) === code) {
      // `'''`: the inner single closes before the doubled mark (`poor,'''`), or opens after it.
      const tripleClosing = i + 2 < length && text.charCodeAt(i + 2) === code && !isWordLikeAfter(text, i + 3);
      if (!tripleClosing) {
        mark = doubled;
        width = 2;
      }
    }
    if (mark === undefined) continue;
    const context = readMarkContext(text, i, width, isMarkCode);
    // A mark that may be an apostrophe closes only a single quotation on top of the stack,
    // never through an open double one (`“… residents’ routines”`).
    const maybeApostrophe = width === 1 && mark.level === MarkLevel.Single && mark.role !== "open";
    const levelOpen = maybeApostrophe ? stack.length > 0 && stack[stack.length - 1]!.level === mark.level : (openByLevel[mark.level] ?? 0) > 0;
    const apostrophe = maybeApostrophe && isApostrophe(text, i);
    const action = decideMarkAction(mark.role, context, levelOpen, apostrophe);
    if (action === "open") {
      if (i === firstContent) leadingOpen = i;
      if (stack.length < MAX_NESTING_DEPTH) {
        stack.push({ at: i, width, level: mark.level, children: null });
        openByLevel[mark.level] = (openByLevel[mark.level] ?? 0) + 1;
      }
    } else if (action === "close") {
      closeLevel(text, stack, openByLevel, mark.level, i, spans);
    } else if (action === "stray" && stray.length < MAX_RECORDED_STRAY_MARKS) {
      stray.push({ offset: i, mark: mark.mark });
    }
    i += width - 1;
  }

  const bottom = stack[0];
  if (bottom === undefined) return { spans, pending: null, orphans: [], unclosed: [], stray, leadingOpen };
  const orphans: MarkedSpan[] = [];
  for (const entry of stack) if (entry.children !== null) orphans.push(...entry.children);
  const start = skipSpaceForward(text, bottom.at + bottom.width, length);
  const end = skipSpaceBackward(text, length, start);
  const pending = start < end ? { open: bottom.at, start, end, close: null } : null;
  const unclosed = stack.map((entry) => ({ offset: entry.at, mark: text.slice(entry.at, entry.at + entry.width) }));
  return { spans, pending, orphans, unclosed, stray, leadingOpen };
}

function closeLevel(text: string, stack: OpenEntry[], openByLevel: Int32Array, level: MarkLevel, at: number, spans: MarkedSpan[]): void {
  let k = stack.length - 1;
  while (k >= 0 && stack[k]?.level !== level) k--;
  const entry = stack[k];
  if (entry === undefined) return;
  for (let j = stack.length - 1; j >= k; j--) {
    const popped = stack[j];
    if (popped !== undefined) openByLevel[popped.level] = (openByLevel[popped.level] ?? 0) - 1;
  }
  stack.length = k;
  const start = skipSpaceForward(text, entry.at + entry.width, at);
  const end = skipSpaceBackward(text, at, start);
  if (start >= end) return;
  const span: MarkedSpan = { open: entry.at, start, end, close: at };
  const parent = k > 0 ? stack[k - 1] : undefined;
  if (parent === undefined) spans.push(span);
  else (parent.children ??= []).push(span);
}

function isWordLikeAfter(text: string, index: number): boolean {
  if (index >= text.length) return false;
  const code = text.charCodeAt(index);
  return !isSpaceCode(code) && !isMarkCode(code) && code !== 44 && code !== 46 && code !== 59 && code !== 58 && code !== 33 && code !== 63;
}

function skipSpaceForward(text: string, from: number, limit: number): number {
  let i = from;
  while (i < limit && isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}

function skipSpaceBackward(text: string, from: number, limit: number): number {
  let i = from;
  while (i > limit && isSpaceCode(text.charCodeAt(i - 1))) i--;
  return i;
}
