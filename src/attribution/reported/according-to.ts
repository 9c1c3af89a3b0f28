import { CLAUSE_START_MARKS, DASH_MARKS, INTERPOLATION_DASHES, PHRASE_CLAUSE_OPENERS, SO_PHRASE_WORDS, SUBJECT_GAP_RELATIVES } from "../../lexicon/function-words";
import { clauseEnd, clauseStart, closingClauseStart } from "./clause-bounds";
import { afterInnerCue } from "./inner-cue";
import type { Token } from "../../speakers/tokenize";
import { isStop } from "../cues";
import { isFunctionWord } from "../../speakers/word-tags";
import { countWords, findToken, hasFiniteVerb, isFiniteForm, isPastForm, startsClauseStrict, startsFinite } from "./clause-words";
import { clause, type FoundClause, type ReportedContext, type ReportedRule } from "./context";

/** A sentence start of this many words before a closing `according to X` is a claim without a verb check. */
const WHOLE_SENTENCE_WORDS = 5;
/** How many items of a semicolon list before its `; and C, according to X` the source may vouch for. */
const MAX_LIST_ITEMS = 8;
/** How many tokens before a closing `according to` inside brackets the opening bracket may stand. */
const MAX_BRACKET_CLAUSE = 40;
/** How many tokens before an `according to` inside an interpolation its opening dash may stand. */
const MAX_INTERPOLATION = 12;
/** How many tokens the source after `According to` may take before its comma. */
const SOURCE_REACH = 6;
/**
 * How many tokens a source's modifiers may take before its comma when they hold no clause of their own (`According to
 * early results of exit polls conducted by Edison Research for the networks, …`).
 */
const MODIFIED_SOURCE_REACH = 24;

/** `According to X, CLAUSE` (also after a colon: `…: According to X, CLAUSE`) and `CLAUSE, according to X.` */
export const ACCORDING_TO = {
  name: "reported-according-to" as const,
  confidence: 0.86,
  doc: "`According to X, CLAUSE`, also opening a clause after a colon or a dash, and `CLAUSE, according to X.`",
  candidates: ["speech-after"],
  find: (ctx) => {
    const { tokens, cue, sentence: s, source } = ctx;
    if (ctx.kind !== "speech" || !cue.sourceAfter || !source) return null;
    const before = tokens[cue.first - 1];
    // At the start of the sentence, of a clause after a colon, a semicolon or a dash, of a bracket (`(According to X,
    // …)`) or of a clause after its conjunction (`But, according to the poll, …`, `after, according to him, …`): the
    // content follows. A whole rest of the sentence is its claim without a verb check, as a closing cue's is.
    if (cue.first === s.first || (cue.first === s.first + 1 && ((tokens[s.first]!.kind === "word" && !hasFiniteVerb(tokens, s.first, cue.first)) || before?.text === "(")) ||
      (before?.kind === "punct" && (CLAUSE_START_MARKS.has(before.text) || before.text === "(")) || opensAfterConjunction(tokens, s.first, cue.first, source.last, s.last)) {
      const comma = sourceComma(tokens, source.last, s.last);
      if (comma < 0) return DASH_MARKS.has(before?.text ?? "") ? afterInterpolation(ctx) : null;
      const end = consequenceEnd(tokens, comma + 1, clauseEnd(tokens, comma + 1, s.last));
      return { ...clause(comma + 1, end), ...(end >= s.last - 1 && countWords(tokens, comma + 1, end, WHOLE_SENTENCE_WORDS) >= WHOLE_SENTENCE_WORDS ? { finite: false } : {}) };
    }
    // `Brandt leads by 271 votes according to a count by the Gazette.`: a whole sentence before a closing `according to`
    // without its comma is the claim when it has a verb of its own and the source runs to the sentence's end.
    // Not after a function word (`said that according to its analysis, …`): the phrase then opens the clause after it;
    // nor with a document that names no one (`must register according to state law`), which may be a rule followed.
    if (before?.kind === "word" && !isFunctionWord(before.lower)) {
      const end = source.last;
      if ((ctx.sourceKind === "document" && !ctx.owner) || source.possessive) return null;
      if (!(endsSentence(tokens, end, s.last) || tokens[end]!.text === ",")) return null;
      const a = closingClauseStart(tokens, clauseStart(tokens, s.first, cue.first), cue.first);
      return a === s.first ? clause(a, cue.first) : null;
    }
    if (before?.text !== ",") return null;
    // A whole sentence before the closing `according to X` is its claim, whether or not the lexicon reads its verb
    // (`Clinton beat Trump by 4 points, according to the poll.`); a shorter start must show a verb.
    // An absolute phrase cut at its `with` (`…, with revenue dipping 1.3 percent, according to X`) needs a verb of its
    // own; without one, the source vouches for the whole clause.
    let start = clauseStart(tokens, s.first, cue.first - 1);
    // `A was paid $29,715; B was paid $35,845; and C was paid $125,080, according to FEC records`: the source vouches
    // for every item of a list whose last one opens with `; and`.
    if (tokens[start - 1]?.text === ";" && tokens[start]?.lower === "and") {
      for (let n = 0; n < MAX_LIST_ITEMS && tokens[start - 1]?.text === ";"; n++) start = clauseStart(tokens, s.first, start - 1);
    }
    // `… victims (the actual number is closer to 15 percent, according to Factcheck.org).`: a bracket holds the claim.
    start = Math.max(start, openBracket(tokens, start, cue.first) + 1);
    // `Most Americans - 63 percent in 2014, according to X - still believe …`: an aside inside an interpolation, whose
    // clause goes on after it, has no content of its own before it.
    if (findDash(tokens, source.last, s.last) >= 0 && dashBefore(tokens, start, cue.first)) return null;
    let a = afterInnerCue(tokens, closingClauseStart(tokens, start, cue.first - 1), cue.first - 1);
    if (a > start && !hasFiniteVerb(tokens, a, cue.first - 1)) a = start;
    return { ...clause(a, cue.first - 1), ...(a === s.first && countWords(tokens, a, cue.first - 1) >= WHOLE_SENTENCE_WORDS ? { finite: false } : {}) };
  },
} satisfies ReportedRule;

/**
 * `115 instances of violent crime — including murder and robbery — according to the FBI.`: a dash that closes an
 * interpolation of the clause before a source that ends the sentence; the clause is the content, as before a comma.
 */
function afterInterpolation(ctx: ReportedContext): FoundClause | null {
  const { tokens, cue, sentence: s, source } = ctx;
  if (!source || !endsSentence(tokens, source.last, s.last)) return null;
  // Read up to the cue, so that the dash before it closes the pair its partner opens.
  const a = clauseStart(tokens, s.first, cue.first);
  if (a >= cue.first - 1) return null;
  return { ...clause(a, cue.first - 1), ...(a === s.first && countWords(tokens, a, cue.first - 1, WHOLE_SENTENCE_WORDS) >= WHOLE_SENTENCE_WORDS ? { finite: false } : {}) };
}

/** The dash that closes an interpolation holding the source that ends at `from`, within a few tokens; -1 when none does. */
function findDash(tokens: readonly Token[], from: number, last: number): number {
  for (let k = from; k < last && k - from <= SOURCE_REACH; k++) {
    const t = tokens[k]!;
    if (t.kind === "punct" && INTERPOLATION_DASHES.has(t.text)) return k;
    if (t.kind !== "word") return -1;
  }
  return -1;
}

/**
 * `According to the poll, 46 percent remain undecided, so late movement could help`: the source vouches for the facts;
 * a consequence drawn from them after `, so` is the writer's (not `, so far,`, `so that`). The end of the content
 * `a`..`b` before it, else `b`.
 */
function consequenceEnd(tokens: readonly Token[], a: number, b: number): number {
  for (let k = a + 1; k < b; k++) {
    const next = tokens[k + 2];
    if (tokens[k]!.text === "," && tokens[k + 1]?.lower === "so" && next?.kind === "word" && !SO_PHRASE_WORDS.has(next.lower) && hasFiniteVerb(tokens, a, k)) return k;
  }
  return b;
}

/** The bracket left open before the cue at `cue` (from `start` on, within a few dozen tokens); -1 when none is. */
function openBracket(tokens: readonly Token[], start: number, cue: number): number {
  for (let k = cue - 1; k >= start && cue - k <= MAX_BRACKET_CLAUSE; k--) {
    if (tokens[k]!.text === ")") return -1;
    if (tokens[k]!.text === "(") return k;
  }
  return -1;
}

/** An interpolation dash opens within a few tokens before the cue at `cue` (from `start` on). */
function dashBefore(tokens: readonly Token[], start: number, cue: number): boolean {
  for (let k = cue - 1; k >= start && cue - k <= MAX_INTERPOLATION; k--) if (tokens[k]!.kind === "punct" && INTERPOLATION_DASHES.has(tokens[k]!.text)) return true;
  return false;
}

/** Only the words of a source's phrase (`the top British medical journal`) stand from `from` to the sentence's end. */
function endsSentence(tokens: readonly Token[], from: number, last: number): boolean {
  for (let k = from; k - from <= SOURCE_REACH; k++) {
    if (k >= last || isStop(tokens, k)) return true;
    if (tokens[k]!.kind !== "word") return false;
  }
  return false;
}

/**
 * `…, but, according to X, CLAUSE`, `…, after, according to him, CLAUSE`: a conjunction or a subordinator before the
 * aside's comma, and a clause after it; not a second predicate of the sentence's subject (`has reshuffled diplomats and,
 * according to officials, adopted a new strategy`), which the aside leaves inside the sentence's claim.
 */
export function opensAfterConjunction(tokens: readonly Token[], first: number, cue: number, source: number, last: number): boolean {
  const t = tokens[cue - 2];
  if (cue - 2 < first || tokens[cue - 1]!.text !== "," || t!.kind !== "word" || !PHRASE_CLAUSE_OPENERS.has(t!.lower)) return false;
  const comma = findToken(tokens, source, last, ",", SOURCE_REACH);
  const next = tokens[comma + 1];
  return comma >= 0 && next?.kind === "word" && !startsFinite(next.lower) && !isPastForm(next.lower);
}

/**
 * The comma that closes the source of an opening `According to`, read from the source's end `from`: the first within
 * a few tokens, or one further on when the words before it are the source's modifiers (participles, prepositional
 * phrases, names) without an auxiliary, a subject pronoun or a quotation, which would make them a clause of their own
 * (`According to Smith the plan will fail, but …`); -1 when there is none.
 */
function sourceComma(tokens: readonly Token[], from: number, last: number): number {
  const near = findToken(tokens, from, last, ",", SOURCE_REACH);
  if (near >= 0) return near;
  for (let k = from; k < last && k - from <= MODIFIED_SOURCE_REACH; k++) {
    const t = tokens[k]!;
    if (t.text === ",") return k;
    // `According to State Department cables that were later released by WikiLeaks, …`: a relative and its verb
    // modify the source.
    if (t.kind === "word" && SUBJECT_GAP_RELATIVES.has(t.lower) && tokens[k - 1]?.kind === "word" && startsFinite(tokens[k + 1]?.lower ?? "")) {
      k++;
      continue;
    }
    if (t.kind === "quote" || isStop(tokens, k) || (t.kind === "word" && !t.cap && (isFiniteForm(t.lower) || startsClauseStrict(t)))) return -1;
  }
  return -1;
}
