import type { QuoteSpan } from "../../quotes";
import type { Entity } from "../../speakers/build-entities";
import type { AnalyzedParagraph } from "../../speakers/analyze";
import type { Mention } from "../../speakers/find-mentions";
import type { Sentence } from "../../speakers/split-sentences";
import type { Token } from "../../speakers/tokenize";
import type { Cue } from "../cues";
import type { State } from "../state";

/** A cue located in the text. */
export interface CueSite {
  readonly paragraph: number;
  readonly start: number;
  readonly end: number;
}

/** What a quotation rule decided: the speaker, the mention and cue it read, and how its confidence is weighed. */
export interface Decision {
  /** Null for an unnamed source: a description that stands for no one the article names (`the spokesperson`). */
  readonly entity: Entity | null;
  readonly mention: Mention | null;
  readonly cue: CueSite | null;
  /** The confidence is lowered when the mention is a pronoun or a description rather than a name. */
  readonly weigh?: boolean;
  /** The confidence is at most this (a continued quotation is no surer than its first piece). */
  readonly atMost?: number | undefined;
  /** The cue is `according to X`: the decision is named `according-to`, whichever rule found it. */
  readonly accordingTo?: boolean;
}

/** A decision already taken, with its confidence (an `Attribution` without its rule's name). */
export interface Decided {
  readonly entity: Entity | null;
  readonly mention: Mention | null;
  readonly cue: CueSite | null;
  readonly confidence: number;
}

/** One quotation and everything the rules may read about it. */
export interface QuoteContext {
  readonly state: State;
  /** Decisions so far, in the order of the document's quotations (later quotations are still undecided). */
  readonly decided: readonly Decided[];
  readonly para: AnalyzedParagraph;
  readonly sentence: Sentence;
  readonly tokens: readonly Token[];
  /** The quotation's token and index. */
  readonly k: number;
  readonly qi: number;
  readonly span: QuoteSpan;
  readonly cues: readonly Cue[];
  readonly mentions: readonly Mention[];
  /** The sentence's main subject. */
  readonly subject: Mention | undefined;
  /** The decision of an earlier quotation of the same sentence. */
  readonly lastInSentence: Decided | null;
  /** The speaker a colon closing the paragraph before introduced (`He told reporters:`). */
  readonly colonIntro: Decided | null;
  /** The subject (or source) of a cue, read once per cue. */
  subjectOf(c: Cue): Mention | undefined;
  /**
   * The decision for a mention and a cue, weighed by the mention's kind; an unnamed source (entity null) when the
   * mention is a description of no one the article names; null when the mention is no source at all.
   */
  decide(m: Mention | undefined, cue: Cue | null): Decision | null;
}

/** One quotation rule: a name, the confidence it gives when the mention is a name, a one-line doc and its test. */
export interface QuoteRule {
  readonly name: string;
  readonly confidence: number;
  readonly doc: string;
  readonly find: (ctx: QuoteContext) => Decision | null;
}
