import { ELISIONS } from "../lexicon/quote-marks";
import { isDigitCode, isWordAt } from "./read-characters";

/** Longest elision word looked at after a leading apostrophe (`’cause`). */
const MAX_ELISION_CHARS = 6;

/**
 * Whether the `'` or `’` at `index` is an apostrophe rather than a single quotation mark.
 *
 * An apostrophe stands between letters (`Russia’s`, `don’t`, `o’clock`), before a
 * two-digit year (`’90s`), inside `’n’` (`rock ’n’ roll`), or before an elided word
 * (`’em`, `’til`). A trailing apostrophe (`Jones’ car`, `lyin’`) looks like a closing mark;
 * the scanner treats it as one only when a single quotation is open.
 */
export function isApostrophe(text: string, index: number): boolean {
  const wordBefore = isWordAt(text, index - 1);
  const wordAfter = isWordAt(text, index + 1);
  if (wordBefore && wordAfter) return true;
  const mark = text.charCodeAt(index);
  if (!wordBefore) {
    if (index + 2 < text.length && isDigitCode(text.charCodeAt(index + 1)) && isDigitCode(text.charCodeAt(index + 2))) return true;
    if (isNAnd(text, index, mark)) return true;
    if (wordAfter && isElision(text, index + 1)) return true;
  } else if (isAfterN(text, index)) {
    return true;
  }
  return false;
}

/** `’n’`: this mark, an `n`, the same mark, then no letter. */
function isNAnd(text: string, index: number, mark: number): boolean {
  // Reads stay inside the text: one past its end cost the optimised code, once per such read, late in a long run.
  if (index + 2 >= text.length) return false;
  const n = text.charCodeAt(index + 1);
  return (n === 110 || n === 78) && text.charCodeAt(index + 2) === mark && !isWordAt(text, index + 3);
}

/** The second mark of `’n’`. */
function isAfterN(text: string, index: number): boolean {
  if (index < 2) return false;
  const n = text.charCodeAt(index - 1);
  return (n === 110 || n === 78) && text.charCodeAt(index - 2) === text.charCodeAt(index) && !isWordAt(text, index - 3);
}

function isElision(text: string, from: number): boolean {
  let end = from;
  while (end < text.length && end - from <= MAX_ELISION_CHARS && isWordAt(text, end)) end++;
  if (end - from > MAX_ELISION_CHARS) return false;
  return ELISIONS.has(text.slice(from, end).toLowerCase());
}
