import { ABBREVIATIONS, TITLE_ABBREVIATIONS } from "../lexicon/people";
import { PHRASAL_CUES, SPEECH_VERBS } from "../lexicon/speech-verbs";
import { TITLE_CUES } from "../lexicon/quote-marks";
import type { Token } from "./tokenize";
import { isFunctionWord, isPastTense, isPreposition, WordClass } from "./word-tags";

/** A sentence of one paragraph, as a range of its tokens. */
export interface Sentence {
  readonly paragraph: number;
  /** Index of the first token. */
  readonly first: number;
  /** Index past the last token. */
  readonly last: number;
}

/** Capitalised words that open a sentence and never continue an initial (`U.S. He`, `D.C. The`). */
const SENTENCE_OPENERS = /^(?:He|She|They|It|We|I|The|This|These|Those|But|And|His|Her|Their|Its|There|That|In|On|At|After|When|While|Still|Yet|So|If|Now|Then)$/;
/** Punctuation after a period that keeps the sentence going (`(D-Wis.) said`, `Inc.,`). */
const CONTINUING = new Set([")", "]", "}", ",", ";", ":", ".", "!", "?"]);
/** A mark that ends a sentence (`.`, `!`, `?`, `…`), by the character's code: asked of every punctuation mark. */
function terminalMark(text: string): boolean {
  if (text.length !== 1) return false;
  const c = text.charCodeAt(0);
  return c === 46 || c === 33 || c === 63 || c === 0x2026;
}
/** Closing marks that may follow a quotation's final stop: `."`, `.”`, `.''` (two apostrophes), `.'”` (nested). */
const CLOSING_MARKS = new Set(['"', "'", "”", "’", "»"]);
/** How many closing marks may follow the stop (`.'”` nests a quotation in one; `.''` doubles an apostrophe). */
const MAX_CLOSING_MARKS = 3;
/** Abbreviations that end a company's or a person's name (`Acme Inc.`, `John Smith Jr.`): before a capital, their period ends the sentence too. */
const NAME_ENDINGS = /^(?:inc|corp|co|ltd|etc|jr|sr)$/;

/**
 * Splits a paragraph's tokens into sentences. A period after an abbreviation (`Mr.`, `Sen.`) or an initial (`J.`)
 * ends nothing; a quotation that ends with its own full stop ends the sentence when a capitalised word follows.
 */
export function splitSentences(tokens: readonly Token[], paragraph: number): Sentence[] {
  const out: Sentence[] = [];
  let first = 0;
  // Whether a word or quotation of the current sentence stands before token `i`.
  let words = false;
  // Whether a lower-case verb of saying stands in the current sentence: one whose content a run-on sentence would join.
  let spoken = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    let boundary = false;
    if (t.kind === "punct" && terminalMark(t.text)) {
      const prev = tokens[i - 1];
      const abbreviation = t.text === "." && abbreviationPeriod(tokens, i);
      // `(D-Wis.) said`: a period before a closing bracket or a comma ends nothing.
      boundary = !abbreviation && (!next || next.cap || next.kind === "quote" || (next.kind === "punct" && !CONTINUING.has(next.text)));
      if (abbreviation && next && next.cap && prev && NAME_ENDINGS.test(prev.lower)) boundary = true;
      // `… attacks in the U.S. He says …`: after an initial, a pronoun or article that opens sentences starts one.
      if (abbreviation && next && next.kind === "word" && next.cap && prev && (prev.text.length === 1 || /^(?:\p{Lu}\.)+\p{Lu}$/u.test(prev.text)) && SENTENCE_OPENERS.test(next.text)) boundary = true;
    } else if (t.kind === "quote" && next) {
      const stop = quoteStop(t.text);
      // A quotation that opens its sentence (`“We will win.” Smith said.`) may be followed by its cue; one inside a
      // sentence (`…, of ''fanatic recklessness.'' Park said …`, `often say, ''Poor Mexico.'' Facing …`) already has
      // its words around it, so a capitalised word after its full stop opens the next sentence.
      const opens = !words;
      if (stop === "abbreviation") boundary = next.kind === "word" && next.cap && SENTENCE_OPENERS.test(next.text);
      else if (stop) boundary = next.kind === "quote" || (next.kind === "word" && next.cap && (!opens || !isCueStart(tokens, i + 1)));
    }
    if (boundary) {
      out.push({ paragraph, first, last: i + 1 });
      first = i + 1;
      words = spoken = false;
    } else if (spoken && runOnStart(tokens, i)) {
      out.push({ paragraph, first, last: i });
      first = i;
      spoken = false;
    } else if (t.kind !== "punct") {
      words = true;
      // The class bit the tokenizer read once, not a look-up per token.
      spoken ||= !t.cap && (t.classes & WordClass.SPEECH_VERB) !== 0;
    }
  }
  if (first < tokens.length) out.push({ paragraph, first, last: tokens.length });
  return out;
}

/**
 * How a quotation's text ends: `"stop"` after a final `.`, `!`, `?` or `…` followed only by closing marks and spaces
 * (`“Yes.”`, `''Now!''`); `"abbreviation"` when that stop is the period of an abbreviation or initial (`the ''U.S.''`,
 * `''Acme Inc.''`), which ends a sentence only before a word that opens one; false otherwise. Reads back from the end
 * over a bounded run of marks, so a quotation of any length costs the same.
 */
function quoteStop(text: string): "stop" | "abbreviation" | false {
  let i = text.length - 1;
  while (i >= 0 && /\s/.test(text[i]!)) i--;
  let marks = 0;
  while (i >= 0 && marks < MAX_CLOSING_MARKS && CLOSING_MARKS.has(text[i]!)) { i--; marks++; }
  const c = text[i];
  if (c === undefined || !terminalMark(c)) return false;
  if (c !== ".") return "stop";
  // The word before the period: letters and inner periods (`U.S`), read back a few characters at most.
  let w = i;
  while (w > 0 && i - w < MAX_ABBREVIATION && /[\p{L}.]/u.test(text[w - 1]!)) w--;
  const word = text.slice(w, i);
  const lower = word.toLowerCase();
  if (NAME_ENDINGS.test(lower)) return "stop";
  if (ABBREVIATIONS.has(lower) || /^\p{Lu}$/u.test(word) || /^(?:\p{Lu}\.)+\p{Lu}$/u.test(word)) return "abbreviation";
  return "stop";
}

/**
 * The period at `i` closes an abbreviation (`Mr.`, `Sen.`, `U.S.`), an initial (`J.`) or a run of initials before the
 * rest of a name (`George H.W. Bush`, `J.R.R. Tolkien`) written against it. A state's initials after a comma
 * (`Bedminster, N.J. Roger Ailes …`, `COLUMBIA, S.C. -`) end their sentence as any word does.
 */
export function abbreviationPeriod(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (prev === undefined || prev.kind !== "word" || prev.end !== tokens[i]!.start) return false;
  if (ABBREVIATIONS.has(prev.lower) || (prev.text.length === 1 && prev.cap)) return true;
  const next = tokens[i + 1];
  // `then-Sen. Barack Obama`, `ex-Gov. Lund`: a title after a hyphen, before the name it belongs to.
  if (next?.cap && next.kind === "word" && hyphenedTitle(prev.text)) return true;
  return next !== undefined && next.kind === "word" && next.cap && tokens[i - 2]?.text !== "," && dottedInitials(prev.text);
}

/** `then-Sen`, `ex-Gov`: a word whose part after its last hyphen is a capitalised title's abbreviation. */
function hyphenedTitle(text: string): boolean {
  const dash = text.lastIndexOf("-");
  const c = text.charCodeAt(dash + 1);
  return dash > 0 && c >= 65 && c <= 90 && TITLE_ABBREVIATIONS.has(text.slice(dash + 1).toLowerCase());
}

/** `H.W`, `J.R.R`: single capitals joined by periods (the tokenizer joins them; the last period stands apart). */
export function dottedInitials(text: string): boolean {
  if (text.length < 3 || text.length % 2 === 0) return false;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (k % 2 === 1 ? c !== 46 : c < 65 || c > 90) return false;
  }
  return true;
}

/** The longest abbreviation read before a quotation's final period (`Sept`, `U.S.A`). */
const MAX_ABBREVIATION = 8;

/** How many capitalised words (`US Senator Jeff Sessions`) may stand between a quotation and its cue. */
const CUE_START_REACH = 8;

/** How many capitalised words and periods the name after a run-on `The` may hold before its verb (`The S.E.C. said`). */
const RUN_ON_NAME_REACH = 6;

/**
 * `X said it would act on the regional centers The S.E.C. said it would …`: text that lost its full stop. In a sentence
 * that already holds a verb of saying, `The` after a lower-case word that is no function word, past form (`who briefed
 * The Times said`) or noun of a title (`the newspaper The Times said`), opening a name right followed by a verb of
 * saying, starts a sentence; without one, the name may open a relative (`The number of people The Post reported …`).
 */
function runOnStart(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  // Asked of every token of a sentence with a verb of saying: the capital and the length first, then the text.
  const opener = tokens[i]!;
  if (!opener.cap || opener.text.length !== 3 || opener.text !== "The" || !prev || prev.kind !== "word" || prev.cap || isFunctionWord(prev.lower) || isPreposition(prev.lower) ||
    isPastTense(prev.lower) || (prev.lower.length > 4 && prev.lower.endsWith("ed")) || SPEECH_VERBS.has(prev.lower) || TITLE_CUES.has(prev.lower)) return false;
  for (let k = i + 1; k < Math.min(tokens.length, i + 1 + RUN_ON_NAME_REACH); k++) {
    const t = tokens[k]!;
    if (t.text === "." && k > i + 1) continue;
    if (t.kind !== "word") return false;
    if (!t.cap) return k > i + 1 && SPEECH_VERBS.has(t.lower);
  }
  return false;
}

/** Time words that may follow the cue of a quotation (`“….” He said yesterday.`). */
const LATER = /^(?:yesterday|today|tonight|tomorrow|later|earlier|afterward|afterwards|then|again|too|also|once|twice|repeatedly|recently|last|this|next|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
/** Words that open a clause of its own after a verb of saying: `“….” He said the FBI has …` starts a sentence. */
const CLAUSE_OPENER = /^(?:that|he|she|they|it|we|i|you|there|the|a|an|his|her|their|its|this|these|those)$/;

/**
 * `“….” Smith said` keeps the cue with its quotation: a capitalised word or two followed by a verb-like word;
 * but not when the verb reports a clause of its own (`“….” He said that …`, `He said the FBI has …`).
 */
function isCueStart(tokens: readonly Token[], i: number): boolean {
  for (let k = i; k < Math.min(tokens.length, i + CUE_START_REACH); k++) {
    const t = tokens[k]!;
    // `''….'' Mr. Manafort asked`: the period of an abbreviation or initial within the name.
    if (t.text === "." && k > i && abbreviationPeriod(tokens, k)) continue;
    if (t.kind !== "word") return false;
    if (!t.cap) {
      if (!(SPEECH_VERBS.has(t.lower) || PHRASAL_CUES.has(t.lower))) return false;
      const after = tokens[k + 1];
      if (!after || after.kind !== "word" || /^(?:told|tells|tell|asked|asks|ask)$/.test(t.lower)) return true;
      // `He says referees are …`: a lower-case noun after the verb opens its own clause; `in a statement`, `later` do not.
      return !(CLAUSE_OPENER.test(after.lower) || (!after.cap && !isFunctionWord(after.lower) && !isPreposition(after.lower) && !/ly$/.test(after.lower) && !LATER.test(after.lower)));
    }
  }
  return false;
}
