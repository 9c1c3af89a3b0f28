import type { AnalyzedParagraph } from "../../speakers/analyze";
import { nounSource, type Mention } from "../../speakers/find-mentions";
import type { Sentence } from "../../speakers/split-sentences";
import { LABEL_NOUNS, LABEL_TAIL } from "../../lexicon/function-words";
import type { Cue } from "../cues";
import { countWords } from "./clause-words";
import type { ReportedRule } from "./context";
import { sentenceMentions } from "./sources";

/** A headline's content has at least this many words (`No outside influence on FBI probe`, not `Wrong`). */
export const MIN_LABEL_WORDS = 3;
/** A headline holds at most this many words. */
export const MAX_HEADLINE_WORDS = 30;
/** Words that may stand between a label's source and its colon: `Clinton to Planned Parenthood:`, `Gillibrand on Hillary …:`. */
const MAX_LABEL_TAIL = 8;

/** A headline's label: its colon as the cue, the source before it, the content after it. */
export interface HeadlineLabel {
  readonly a: number;
  readonly mention: Mention;
  readonly cue: Cue;
}

/**
 * `Lynch: No outside influence on FBI probe.`: a headline (the document's first paragraph, one sentence) that opens
 * with its source and a colon. Not section heads in the body (`Sanders: Win in a walk.`), nor transcripts (`PENCE: …`).
 */
export function findHeadlineLabel(para: AnalyzedParagraph, s: Sentence): HeadlineLabel | undefined {
  const { tokens } = para;
  if (para.index !== 0 || s.first !== 0 || para.sentences.length !== 1 || countWords(tokens, s.first, s.last, MAX_HEADLINE_WORDS) > MAX_HEADLINE_WORDS) return undefined;
  let colon = -1;
  for (let k = s.first + 1; k < s.last && k <= s.first + MAX_LABEL_TAIL + 4; k++) {
    const t = tokens[k]!;
    if (t.text === ":") { colon = k; break; }
    if (t.kind !== "word" && t.text !== "." && t.text !== "-") return undefined;
  }
  if (colon < 0 || tokens[colon + 1]?.kind === undefined) return undefined;
  let m = sentenceMentions(para, s).find((x) => x.lead === s.first || x.first === s.first);
  if (!m && tokens[s.first]!.kind === "word" && LABEL_NOUNS.has(tokens[s.first]!.lower) && colon === s.first + 1) {
    m = nounSource(para.text, tokens, para.index, s.first, colon);
  }
  if (!m || m.kind === "pronoun" || m.possessive) return undefined;
  // `Graham: …`, `Clinton camp: …`, `Clinton to Planned Parenthood: …`; a label in capitals is a transcript's.
  const gap = colon - m.last;
  if (gap < 0 || gap > MAX_LABEL_TAIL) return undefined;
  if (gap > 0 && !LABEL_TAIL.has(tokens[m.last]!.lower)) return undefined;
  if (/^[\p{Lu}\s.'’-]+$/u.test(para.text.slice(tokens[s.first]!.start, tokens[colon]!.start))) return undefined;
  const cue: Cue = { first: colon, last: colon + 1, lemma: ":", gerund: false, sourceAfter: false, reporting: true, weak: false, verb: 0 };
  return { a: colon + 1, mention: m, cue };
}

/** `Lynch: No outside influence on FBI probe.` */
export const HEADLINE_LABEL = {
  name: "reported-headline-label" as const,
  confidence: 0.8,
  doc: "A headline that opens with its source and a colon: `Lynch: No outside influence on FBI probe.`",
  candidates: ["label"],
  find: (ctx) => ctx.kind === "label" && ctx.range ? { a: ctx.range.a, b: ctx.range.b, minWords: MIN_LABEL_WORDS, finite: false } : null,
} satisfies ReportedRule;
