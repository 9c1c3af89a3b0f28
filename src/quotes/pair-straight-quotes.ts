import type { MarkRole } from "../lexicon/quote-marks";
import { isOpeningPunctCode, isSpaceCode } from "./read-characters";

/** What the scanner does with one mark. */
export type MarkAction = "open" | "close" | "skip" | "stray";

/** What surrounds a mark, read once by the scanner. */
export interface MarkContext {
  /** Start of text, whitespace, an opening bracket, a dash or another quotation mark before it, and no space after it. */
  readonly openingPosition: boolean;
  /** Like `openingPosition`, but after whitespace, a bracket or a dash only (not after another mark). */
  readonly openingAfterSpace: boolean;
  /** No space before it, and whitespace, punctuation, a mark or the end after it. */
  readonly closingPosition: boolean;
  /** Whitespace on both sides (or the end after it): a dangling mark. */
  readonly dangling: boolean;
}

/** Reads the context of the mark spanning `[index, index + width)`; `isMark` tells quotation marks. */
export function readMarkContext(text: string, index: number, width: number, isMark: (code: number) => boolean): MarkContext {
  const prev = index > 0 ? text.charCodeAt(index - 1) : -1;
  const after = index + width;
  const next = after < text.length ? text.charCodeAt(after) : -1;
  const prevSpace = prev === -1 || isSpaceCode(prev);
  const nextSpace = next === -1 || isSpaceCode(next);
  const openingAfterSpace = (prevSpace || isOpeningPunctCode(prev)) && !nextSpace;
  const openingPosition = openingAfterSpace || (isMark(prev) && !nextSpace);
  const nextIsWord = next !== -1 && !nextSpace && !isOpeningPunctCode(next) && isWordLike(next);
  const closingPosition = !prevSpace && !nextIsWord;
  const dangling = prevSpace && nextSpace;
  return { openingPosition, openingAfterSpace, closingPosition, dangling };
}

/** Letters, digits and anything else that is not ASCII punctuation. */
function isWordLike(code: number): boolean {
  if (code >= 128) return code !== 0x2026 && !(code >= 0x2010 && code <= 0x201f);
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 36 || code === 35 || code === 64;
}

/**
 * Decides whether a mark opens, closes, is skipped (an apostrophe, or a mark that cannot act
 * here) or is a stray closer, from its role, its context and whether a quotation of its level
 * is open. Straight marks (`"`, `''`, `'`) are paired by context alone: an opening one
 * follows a space, bracket or dash and precedes a non-space; a closing one follows a
 * non-space and precedes a space, punctuation or the end.
 */
export function decideMarkAction(role: MarkRole, context: MarkContext, levelOpen: boolean, apostrophe: boolean): MarkAction {
  const { openingPosition, openingAfterSpace, closingPosition, dangling } = context;
  switch (role) {
    case "open":
      return "open";
    case "close":
      return levelOpen ? "close" : "stray";
    case "open-first":
      if (apostrophe) return "skip";
      if (levelOpen && ((closingPosition && !openingPosition) || dangling)) return "close";
      return openingPosition || !closingPosition ? "open" : "stray";
    case "close-first":
      if (levelOpen) return "close";
      return openingAfterSpace ? "open" : "stray";
    case "either":
      if (levelOpen) return openingPosition && !closingPosition ? "open" : "close";
      if (openingPosition) return "open";
      return dangling || closingPosition ? "stray" : "open";
    case "either-apostrophe":
      if (apostrophe) return "skip";
      if (levelOpen && (closingPosition || dangling) && !openingPosition) return "close";
      return openingPosition ? "open" : "skip";
    case "close-apostrophe":
      if (apostrophe) return "skip";
      return levelOpen && !openingPosition ? "close" : "skip";
  }
}
