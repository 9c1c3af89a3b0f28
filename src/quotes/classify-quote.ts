import {
  NICKNAME_CUES, QUOTE_INTRO_VERBS, STRONG_TITLE_CUES, TERM_CUES, TITLE_CUES,
} from "../lexicon/quote-marks";
import { isOpeningPunctCode, isSentenceEndCode, isSpaceCode, isUpperAt, isWordAt } from "./read-characters";

/** A quotation of fewer words that does not start a sentence is never taken as a sentence of its own. */
export const MIN_SENTENCE_WORDS = 3;
/** Titles of works after a title cue are at most this many words; longer spans are speech. */
export const MAX_TITLE_WORDS = 12;
/** Programmes and publications named after `on`, `told`, `with` or `of` (`“Fox News Sunday”`) are short. */
export const MAX_PROGRAMME_WORDS = 5;
/** Words after which a Title Case span names a programme or a publication rather than quoting anyone. */
const PROGRAMME_CUES: ReadonlySet<string> = new Set(["on", "told", "with", "of"]);
/** Nicknames are short (`“The Donald”`, `“Crooked Hillary”`). */
export const MAX_NICKNAME_WORDS = 4;
/** Words used as terms (`so-called “reform”`) are one to three words. */
export const MAX_TERM_WORDS = 3;
/** How far back the cue word before an opening mark is looked for: one word and its punctuation. */
const MAX_CUE_WORD_CHARS = 24;

/** The piece of a paragraph to classify. */
export interface ClassifiedRange {
  /** Offset of the opening mark. */
  readonly open: number;
  /** First character inside the marks. */
  readonly start: number;
  /** Just past the last character inside the marks. */
  readonly end: number;
  /** Offset of the closing mark, or null when unclosed. */
  readonly close: number | null;
  /** Continues a quotation from the previous paragraph. */
  readonly continuation: boolean;
}

/**
 * Tells a quotation that stands as a sentence or more (`direct`) from a fragment inside the
 * writer's sentence (`partial`). Direct: it continues a multi-paragraph quotation, opens
 * the paragraph or a sentence, follows a colon or `said,`, or holds a sentence of its own
 * (starts upper case and ends with `.` `?` `!`, or has a sentence break inside).
 */
export function classifyKind(text: string, range: ClassifiedRange): "direct" | "partial" {
  if (range.continuation) return "direct";
  let p = range.open - 1;
  while (p >= 0 && (isSpaceCode(text.charCodeAt(p)) || isOpeningPunctCode(text.charCodeAt(p)) && !isWordAt(text, p - 1))) p--;
  if (p < 0) return "direct";
  const before = text.charCodeAt(p);
  if (before === 58 || isSentenceEndCode(before)) return "direct";
  if (!isWordAt(text, p) && p > 0 && isSentenceEndCode(text.charCodeAt(p - 1))) return "direct";
  if (before === 44 && QUOTE_INTRO_VERBS.has(wordEndingAt(text, p - 1))) return "direct";
  return holdsSentence(text, range.start, range.end) ? "direct" : "partial";
}

/**
 * Whether a quoted span is speech. Only positive evidence makes it not speech, since short
 * quotations attributed to speakers are speech in news (`a “no-limits” friendship`):
 * a title cue before a Title Case span (`the book “The Art of the Deal”`), `titled`/
 * `entitled` before any short span, a nickname cue or a name around a Title Case span
 * (`dubbed “Crooked Hillary”`, `Donald “The Donald” Trump`), or a term cue before a span
 * of one to three words (`so-called “reform”`, `the word “deplorables”`).
 */
export function isSpeech(text: string, range: ClassifiedRange): boolean {
  if (range.continuation) return true;
  // `author="…"`: an attribute value of markup left in the text. (Reads stay inside the text: one past its ends cost the
  // optimised function its code, once per such read, late in a long run.)
  if (range.open > 0 && text.charCodeAt(range.open - 1) === 61) return false;
  const words = countWords(text, range.start, range.end);
  const cueEnd = skipSpaceBack(text, range.open - 1);
  let cue = wordEndingAt(text, cueEnd);
  // `his 2002 book, “Make Your Kid a Millionaire,”`: a comma may stand between a title cue and the title.
  if (cue === "" && cueEnd >= 0 && text.charCodeAt(cueEnd) === 44) {
    const before = wordEndingAt(text, skipSpaceBack(text, cueEnd - 1));
    if (TITLE_CUES.has(before)) cue = before;
  }
  if (TERM_CUES.has(cue) && words <= MAX_TERM_WORDS) return false;
  if (STRONG_TITLE_CUES.has(cue) && words <= MAX_TITLE_WORDS) return false;
  const titleCase = isTitleCase(text, range.start, range.end);
  if (!titleCase) return true;
  if (TITLE_CUES.has(cue) && words <= MAX_TITLE_WORDS) return false;
  // `appearing on “Fox News Sunday,”`, `told “Meet the Press” that`: a programme or publication named after a preposition;
  // a chant or a cry (`“Marco! Marco!”`, `“Trump, Trump, Trump”`) is speech.
  if (PROGRAMME_CUES.has(cue) && words >= 2 && words <= MAX_PROGRAMME_WORDS && !/[,!?;]|\.\s/.test(text.slice(range.start, range.end).replace(/[,.]\s*$/, ""))) return false;
  if (words <= MAX_NICKNAME_WORDS) {
    // `dubbed “X”` or `dubbed her “X”`: the cue may stand one word (the object) back.
    const earlier = wordEndingAt(text, skipSpaceBack(text, cueEnd - cue.length));
    if (NICKNAME_CUES.has(cue) || NICKNAME_CUES.has(earlier)) return false;
  }
  // `NBC's “Meet the Press”`, `television’s “Scandal”`: a Title Case name owned by someone.
  if (isPossessive(cue) && words <= MAX_TITLE_WORDS && !holdsSentence(text, range.start, range.end)) return false;
  if (words <= MAX_NICKNAME_WORDS && range.close !== null && isBetweenNames(text, range.open, range.close)) return false;
  return true;
}

function isPossessive(word: string): boolean {
  return word.length > 2 && (word.endsWith("'s") || word.endsWith("’s"));
}

/** `Donald “The Donald” Trump`: a capitalised word right before the opening mark and right after the closing one. */
function isBetweenNames(text: string, open: number, close: number): boolean {
  if (open < 2 || text.charCodeAt(open - 1) !== 32 || !isWordAt(text, open - 2)) return false;
  let w = open - 2;
  while (w > 0 && isWordAt(text, w - 1)) w--;
  if (!isUpperAt(text, w)) return false;
  if (text.charCodeAt(close + 1) !== 32) return false;
  // A name of three letters or more after it (not `“Invisible” As A Child` in a headline).
  return isUpperAt(text, close + 2) && isWordAt(text, close + 3) && isWordAt(text, close + 4);
}

function skipSpaceBack(text: string, from: number): number {
  let p = from;
  while (p >= 0 && isSpaceCode(text.charCodeAt(p))) p--;
  return p;
}

/** The lower-cased word (letters, digits, `-`, `.`) ending at `last`, or "". */
function wordEndingAt(text: string, last: number): string {
  let p = last;
  const limit = Math.max(0, last - MAX_CUE_WORD_CHARS);
  while (p >= limit && (isWordAt(text, p) || isCueInnerCode(text.charCodeAt(p)))) p--;
  return text.slice(p + 1, last + 1).toLowerCase();
}

/** `-` (`so-called`), `.` (`a.k.a.`) and apostrophes (`NBC's`) stay inside a cue word. */
function isCueInnerCode(code: number): boolean {
  return code === 45 || code === 46 || code === 39 || code === 0x2019;
}

/**
 * The words of `text[start, end)`, counted up to one more than `MAX_TITLE_WORDS`: the rules only compare the count with
 * bounds up to that one, and a long quotation is not read to its end.
 */
function countWords(text: string, start: number, end: number): number {
  let words = 0;
  let inWord = false;
  for (let i = start; i < end && words <= MAX_TITLE_WORDS; i++) {
    const space = isSpaceCode(text.charCodeAt(i));
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/** Every word of four letters or more starts upper case, and so does the first word. */
function isTitleCase(text: string, start: number, end: number): boolean {
  if (!isUpperAt(text, start)) return false;
  let wordStart = -1;
  for (let i = start; i <= end; i++) {
    const word = i < end && isWordAt(text, i);
    if (word && wordStart < 0) wordStart = i;
    if (!word && wordStart >= 0) {
      if (i - wordStart >= 4 && !isUpperAt(text, wordStart)) return false;
      wordStart = -1;
    }
  }
  return true;
}

/** Starts upper case and ends a sentence, or has a sentence break (`. A`) inside. */
function holdsSentence(text: string, start: number, end: number): boolean {
  if (!isUpperAt(text, start)) return false;
  if (countWords(text, start, end) < MIN_SENTENCE_WORDS) return false;
  let last = end - 1;
  while (last > start && !isWordAt(text, last) && !isSentenceEndCode(text.charCodeAt(last))) last--;
  if (isSentenceEndCode(text.charCodeAt(last))) return true;
  for (let i = start + 1; i < end - 2; i++) {
    if (isSentenceEndCode(text.charCodeAt(i)) && text.charCodeAt(i + 1) === 32 && isUpperAt(text, i + 2)) return true;
  }
  return false;
}
