import type { QuoteSpan } from "../quotes";
import type { Mention } from "../speakers/find-mentions";
import type { Sentence } from "../speakers/split-sentences";
import type { AnalyzedParagraph } from "./analyze";
import { isAuxiliary, type Cue } from "./cues";
import type { RuleName } from "./rules";

/** A reported clause found in a sentence, before its speaker is resolved. */
export interface ReportedClause {
  readonly start: number;
  readonly end: number;
  readonly mention: Mention;
  readonly cue: Cue;
  readonly rule: RuleName;
}

/** A reported clause must have at least this many words to be speech rather than a topic (`said so`). */
const MIN_CLAUSE_WORDS = 4;
/** Above this share of quoted characters, the clause is a direct quotation, reported as such. */
const MAX_QUOTED_SHARE = 0.5;
/** Verbs that take a clause without `that` (`Smith said the plan failed`). */
const BARE_CLAUSE = new Set(["say", "tell", "add", "claim", "argue", "insist", "write", "tweet", "warn", "predict", "suggest", "note", "state", "explain", "believe", "contend", "maintain", "assert", "announce", "declare", "report", "reveal", "confirm", "deny", "admit", "acknowledge", "emphasise", "emphasize", "stress", "promise", "vow", "concede"]);
/** Verbs that take their content as a plain object too (`emphasised the importance of …`). */
const OBJECT_CLAUSE = new Set(["emphasise", "emphasize", "stress", "deny", "confirm", "announce", "reveal", "acknowledge", "predict", "note", "promise", "pledge", "vow", "concede", "admit", "reiterate", "propose", "urge", "demand"]);
const SHORT_ADVERBIALS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|earlier|later|recently|previously|repeatedly|again|also|privately|publicly)$/;
const CLAUSE_END = /^(?:—|–|--|;|:)$/;
const TIME_WORDS = /^(?:on|in|at|last|this|yesterday|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|earlier|later|recently|previously|repeatedly|again|also|week|month|year|morning|afternoon|evening|night|during|an|a|the|interview|statement|speech|press|conference|release|with|to|reporters|told|of|his|her|their|its|on|twitter|facebook|cnn|fox|msnbc|abc|nbc|cbs|radio|television|tv|news|program|show|email|letter)$/;

/**
 * Reported speech without quotation marks, in three shapes:
 * `X said (that) CLAUSE`, `CLAUSE, X said.` and `According to X, CLAUSE` / `CLAUSE, according to X.`
 */
export function findReported(para: AnalyzedParagraph, s: Sentence, cues: readonly Cue[],
  subjectOf: (c: Cue) => Mention | undefined, quotes: readonly QuoteSpan[]): ReportedClause[] {
  const { tokens } = para;
  const out: ReportedClause[] = [];
  for (const cue of cues) {
    if (cue.gerund || (!cue.reporting && !cue.sourceAfter)) continue;
    const m = subjectOf(cue);
    if (!m) continue;
    let a = -1;
    let b = -1;
    if (cue.sourceAfter) {
      if (cue.first === s.first || (cue.first === s.first + 1 && tokens[s.first]!.kind === "word")) {
        // `According to X, CLAUSE`
        const comma = findToken(tokens, m.last, s.last, ",", 6);
        if (comma < 0) continue;
        a = comma + 1; b = clauseEnd(tokens, a, s.last);
      } else if (tokens[cue.first - 1]?.text === ",") {
        a = s.first; b = cue.first - 1;
      } else continue;
    } else if (closesSentence(tokens, Math.max(m.last, cue.last), s.last) && tokens[Math.min(m.lead, cue.first) - 1]?.text === "," && Math.min(m.lead, cue.first) - 1 > s.first) {
      // `CLAUSE, X said.` or `CLAUSE, said X.`: the cue closes the sentence.
      a = s.first; b = Math.min(m.lead, cue.first) - 1;
      if (tokens[a]?.kind === "quote" && tokens[a + 1]?.text === ",") continue;
    } else if (m.last > cue.first) {
      continue;
    } else {
      // `X said (that) CLAUSE`
      // Adverbials before `that` are skipped (`said in a statement on Tuesday that`); without `that`, only short ones (`said Tuesday`).
      let k = cue.last;
      const that = findToken(tokens, cue.last, s.last, "that", 8);
      if (that >= 0 && tokens.slice(cue.last, that).every((t) => t.kind === "word" && (TIME_WORDS.test(t.lower) || t.cap || isAuxiliary(t)))) k = that;
      else while (k < s.last && (isAuxiliary(tokens[k]!) || (tokens[k]!.kind === "word" && SHORT_ADVERBIALS.test(tokens[k]!.lower)))) k++;
      const lemma = cue.lemma;
      if (lemma === "tell" || lemma === "inform" || lemma === "assure" || lemma === "remind" || lemma === "warn") {
        // Skip the hearer: `told a senior Chinese military official that`.
        const that = findToken(tokens, cue.last, s.last, "that", 10);
        if (that >= 0) k = that;
      }
      if (tokens[k]?.lower === "that") a = k + 1;
      else if (BARE_CLAUSE.has(lemma) && startsClause(tokens[k])) a = k;
      else if (OBJECT_CLAUSE.has(lemma) && tokens[k]?.kind === "word" && /^(?:the|a|an|his|her|their|its|our|this|that)$/.test(tokens[k]!.lower)) a = k;
      else continue;
      b = clauseEnd(tokens, a, s.last);
    }
    if (a < 0 || b <= a) continue;
    // Trim trailing punctuation.
    while (b > a && tokens[b - 1]!.kind === "punct") b--;
    if (b <= a) continue;
    const words = countWords(tokens, a, b);
    if (words < MIN_CLAUSE_WORDS) continue;
    const start = tokens[a]!.start;
    const end = tokens[b - 1]!.end;
    let quoted = 0;
    for (let k = a; k < b; k++) if (tokens[k]!.kind === "quote") quoted += tokens[k]!.end - tokens[k]!.start;
    if (quoted / Math.max(1, end - start) > MAX_QUOTED_SHARE) continue;
    void quotes;
    out.push({ start, end, mention: m, cue, rule: cue.sourceAfter ? "according-to" : "reported-speech" });
    break; // one reported clause per sentence
  }
  return out;
}

/** Only adverbials (`in a statement`, `on Tuesday`) stand between `from` and the sentence's final stop. */
function closesSentence(tokens: AnalyzedParagraph["tokens"], from: number, last: number): boolean {
  let k = from;
  while (k < last && ((tokens[k]!.kind === "word" && (TIME_WORDS.test(tokens[k]!.lower) || tokens[k]!.cap)) || tokens[k]!.text === ",")) k++;
  return k >= last || /^[.!?]$/.test(tokens[k]!.text);
}

function findToken(tokens: AnalyzedParagraph["tokens"], from: number, to: number, text: string, max: number): number {
  for (let k = from; k < to && k < from + max; k++) if (tokens[k]!.lower === text || tokens[k]!.text === text) return k;
  return -1;
}

/** A clause ends at the sentence end, a dash or semicolon, or a participial cue (`, adding that …`). */
function clauseEnd(tokens: AnalyzedParagraph["tokens"], a: number, last: number): number {
  for (let k = a; k < last; k++) {
    const t = tokens[k]!;
    if (t.kind === "punct" && CLAUSE_END.test(t.text)) return k;
    // `, adding that …`: the participle goes on reporting, unless it carries a quotation of its own.
    if (t.text === "," && /^(?:adding|saying|noting|arguing|insisting|explaining|warning|calling|stressing|according)$/.test(tokens[k + 1]?.lower ?? "")) {
      if (tokens[k + 1]!.lower === "according") return k;
      for (let x = k + 1; x < last; x++) if (tokens[x]!.kind === "quote") return k;
    }
  }
  return last;
}

function startsClause(t: AnalyzedParagraph["tokens"][number] | undefined): boolean {
  if (!t) return false;
  if (t.kind === "quote") return false;
  if (t.kind !== "word") return false;
  return t.cap || /^(?:he|she|they|it|we|i|you|there|the|a|an|his|her|their|its|our|this|these|those|no|nobody|everyone|someone|all|some|many|most|both)$/.test(t.lower);
}

function countWords(tokens: AnalyzedParagraph["tokens"], a: number, b: number): number {
  let n = 0;
  for (let k = a; k < b; k++) if (tokens[k]!.kind === "word") n++; else if (tokens[k]!.kind === "quote") n += 2;
  return n;
}
