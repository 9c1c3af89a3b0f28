/**
 * Hearsay adverbs: `The board has reportedly hired a new pilot.`, `…, after he allegedly took the money.` The adverb is
 * the cue of its own clause, which the writer reports as said by others without naming them: the item has no speaker.
 */
import { verbClasses } from "../../lexicon/verb-classes";
import type { AnalyzedParagraph } from "../../speakers/analyze";
import type { Sentence } from "../../speakers/split-sentences";
import type { Token } from "../../speakers/tokenize";
import { WordClass } from "../../speakers/word-tags";
import { BEFORE_SUBORDINATOR, CLAUSE_PRONOUNS, FLOATING_QUANTIFIERS, FRONTED_OPENERS, OPENING_CONJUNCTIONS, RELATIVES, SUBORDINATORS } from "../../lexicon/function-words";
import type { Cue } from "../cues";
import { clauseEnd, clauseStart } from "./clause-bounds";
import { hasFiniteVerb, isFiniteForm, isPastForm, opensSubject, startsFinite } from "./clause-words";
import { clause, type ReportedRule } from "./context";

/** How many tokens before the adverb its clause's start is looked for. */
const MAX_LEAD_TOKENS = 40;

/** The candidates of a sentence without any: most sentences. */
const NO_CUES: readonly Cue[] = [];

/** How many tokens after a hearsay adverb a verb of saying makes it that verb's (`reportedly said`, `allegedly has told`). */
const MAX_CUE_GAP = 3;

/**
 * The hearsay adverbs of sentence `s` (`lexicon/reporting-verbs` `HEARSAY_ADVERBS`, read as `WordClass.HEARSAY_ADVERB`),
 * as cues without a source; `findReported` reads them only in a sentence where no other cue has read a clause. One
 * that qualifies a verb of saying or `according to` (`reportedly said`) is left to the rules of that cue.
 */
export function findHearsay(para: AnalyzedParagraph, s: Sentence, cues: readonly Cue[]): readonly Cue[] {
  const { tokens } = para;
  let out: Cue[] | undefined;
  // The cues come in the order of their tokens: the first that ends after the adverb is found by a pointer.
  let next = 0;
  for (let i = s.first; i < s.last; i++) {
    const t = tokens[i]!;
    // The class bit the tokenizer read once: this loop reads every token of most sentences.
    if ((t.classes & WordClass.HEARSAY_ADVERB) === 0 || t.kind !== "word") continue;
    while (next < cues.length && cues[next]!.last <= i) next++;
    if (speechCueNear(cues, next, i)) continue;
    (out ??= []).push({ first: i, last: i + 1, lemma: t.lower, gerund: false, sourceAfter: false, reporting: false, weak: false, verb: verbClasses(t.lower) });
  }
  return out ?? NO_CUES;
}

/**
 * A verb of saying or `according to` among the cues from `next` on, holding the adverb at `i` or starting within
 * `MAX_CUE_GAP` tokens after it.
 */
function speechCueNear(cues: readonly Cue[], next: number, i: number): boolean {
  for (let n = next; n < cues.length && cues[n]!.first - i <= MAX_CUE_GAP; n++) if (cues[n]!.reporting || cues[n]!.sourceAfter) return true;
  return false;
}

/**
 * The clause of a hearsay adverb, the adverb included: from the clause's start (the sentence's, or after a dash, a
 * colon, a bracket or a subordinator: `…, after he allegedly took …`) to its end (`clauseEnd`). The adverb must
 * qualify a finite predicate: after an auxiliary (`has reportedly hired`) or before a finite verb (`allegedly took`);
 * a participle (`, reportedly winning over …`), a gerund (`for allegedly taking`) or a relative clause (`who
 * reportedly …`, `the money he allegedly took`) reports nothing of its own. `Reportedly, CLAUSE` opens its clause.
 */
export const HEARSAY = {
  name: "reported-hearsay" as const,
  confidence: 0.6,
  doc: "A hearsay adverb in its clause, without a source: `The board has reportedly hired a new pilot.`, `Reportedly, CLAUSE`.",
  candidates: ["hearsay"],
  find: (ctx) => {
    const { tokens, cue, sentence: s } = ctx;
    if (ctx.kind !== "hearsay") return null;
    const i = cue.first;
    const next = tokens[i + 1];
    // `has reportedly hired`, `were all allegedly paid`: the auxiliary before, across a floating quantifier.
    const aux = FLOATING_QUANTIFIERS.has(tokens[i - 1]?.lower ?? "") ? i - 2 : i - 1;
    const before = tokens[aux];
    const auxiliary = before !== undefined && aux >= s.first && before.kind === "word" && !before.cap && isFiniteForm(before.lower);
    const start = clauseOpening(tokens, s, i, auxiliary ? aux : i);
    if (start < 0) return null;
    if (next?.text === ",") return start === i ? clause(i + 2, clauseEnd(tokens, i + 2, s.last)) : null;
    if (!next || next.kind !== "word" || (!auxiliary && (next.cap || !(startsFinite(next.lower) || isPastForm(next.lower))))) return null;
    // `the thefts allegedly committed by …`: without an auxiliary, a past form before its agent is a passive participle.
    if (!auxiliary && tokens[i + 2]?.lower === "by") return null;
    // The subject just before the predicate: a relative (`who reportedly …`) or a pronoun inside the clause (`the
    // money he allegedly took`) belongs to a clause within another.
    const at = auxiliary ? aux - 1 : i - 1;
    const subject = tokens[at];
    if (!subject || subject.kind !== "word" || RELATIVES.has(subject.lower) || subject.lower === "that") return null;
    if (CLAUSE_PRONOUNS.has(subject.lower) && at !== start) return null;
    return clause(start, ownPredicateEnd(tokens, i + 1, clauseEnd(tokens, i + 1, s.last)));
  },
} satisfies ReportedRule;

/**
 * `The board is reportedly hiring a pilot as it prepares for …`: the adverb qualifies its own predicate, and a
 * subordinate clause after it (a subordinator and a subject with its verb) is the writer's setting: the content ends
 * before it (and before a comma or `even` that leads it in). `b` when none follows. Measured on PolNeAR train, whose
 * annotators end the clause of `reportedly` there.
 */
function ownPredicateEnd(tokens: readonly Token[], from: number, b: number): number {
  for (let k = from + 1; k < b; k++) {
    const t = tokens[k]!;
    // `began shortly after the vote was held`: a subordinate clause an adverb of degree leads in is the predicate's own.
    if (t.kind !== "word" || t.cap || !SUBORDINATORS.has(t.lower) || tokens[k - 1]!.lower.endsWith("ly") || !opensSubject(tokens, k + 1, b)) continue;
    let end = BEFORE_SUBORDINATOR.has(tokens[k - 1]!.lower) ? k - 1 : k;
    if (tokens[end - 1]!.text === ",") end--;
    return end;
  }
  return b;
}

/**
 * Where the clause of the adverb at `i` starts: after the latest dash, colon, semicolon, opening bracket or subordinator
 * before it (within `MAX_LEAD_TOKENS`), or after the comma that closes a fronted phrase or subordinate clause before
 * its subject, which ends at `subjectEnd` (`In total, the hackers have reportedly …`, `Although …, the board has
 * reportedly …`); past an opening conjunction (`But`, `And`). -1 when a quotation stands between.
 */
function clauseOpening(tokens: readonly Token[], s: Sentence, i: number, subjectEnd: number): number {
  let a = clauseStart(tokens, Math.max(s.first, i - MAX_LEAD_TOKENS), i);
  const fronted = FRONTED_OPENERS.has(tokens[a]!.lower);
  for (let k = i - 1; k >= a; k--) {
    const t = tokens[k]!;
    if (t.kind === "quote") return -1;
    if (t.text === "(" || (t.kind === "word" && (!t.cap || k === s.first) && SUBORDINATORS.has(t.lower) && t.lower !== "as")) { a = k + 1; break; }
    if (t.text === "," && fronted && !hasFiniteVerb(tokens, k + 1, subjectEnd)) { a = k + 1; break; }
  }
  if (a < i && OPENING_CONJUNCTIONS.has(tokens[a]!.lower)) a++;
  return a;
}
