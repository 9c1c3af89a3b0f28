import type { AnalyzedParagraph } from "../../speakers/analyze";
import type { Mention } from "../../speakers/find-mentions";
import type { Sentence } from "../../speakers/split-sentences";
import type { Token } from "../../speakers/tokenize";
import type { Cue } from "../cues";
import type { AfterCue } from "./clause-after-cue";

/** How a verb's content is shaped. */
export type VerbShape = "question" | "call-for" | "intention" | "clause" | "closing" | "object";

/** The content of a reporting verb at a token. */
export interface VerbContent {
  readonly shape: VerbShape;
  readonly lemma: string;
  /** The token after the cue (a particle belongs to it: `called for`). */
  readonly cueLast: number;
  /** Content range; -1 for `closing`, whose content comes before the verb. */
  readonly a: number;
  readonly b: number;
  readonly minWords: number;
  /** True for a finite clause, which must hold a verb; false for an infinitive, a question or an object. */
  readonly finite: boolean;
}

/** Where a candidate cue comes from. */
export type CandidateKind =
  /** The colon of a headline label: `Lynch: No outside influence on FBI probe`. */
  | "label"
  /** A headline's verb of saying in title case: `Obama Says Museum Will Tell of …`, `…, Former Doctor Says.` */
  | "headline"
  /** A participle `asked` putting a question to the sentence's speaker: `Asked whether …, X said`. */
  | "asked"
  /** A verb of saying or `according to`, found by `findCues`. */
  | "speech"
  /** A verb of cognition, evidence, intention, question or stance (`lexicon/reporting-verbs`). */
  | "verb"
  /** A noun of saying with its clause or infinitive: `his claim that …`, `her promise to …`. */
  | "noun"
  /** A hearsay adverb, without a source: `The board has reportedly hired …` (`lexicon/reporting-verbs`). */
  | "hearsay";

/** How the source of a candidate was found; a poll or a document names the rule (`reported-poll`, `reported-document`). */
export type SourceKind = "subject" | "poll" | "document";

/** One candidate cue of a sentence, with what the rules need to read its clause. */
export interface ReportedContext {
  readonly para: AnalyzedParagraph;
  readonly sentence: Sentence;
  readonly tokens: readonly Token[];
  readonly kind: CandidateKind;
  readonly cue: Cue;
  /** The source: the cue's subject, a poll's quantity phrase or a document; undefined when the text names none. */
  readonly source: Mention | undefined;
  readonly sourceKind: SourceKind;
  /** For a document source holding a name (`according to FEC filings`): the name, whose document it is. */
  readonly owner?: Mention | undefined;
  /** For `label`, `headline`, `asked` and `noun` candidates: the content range their finder read. */
  readonly range?: { readonly a: number; readonly b: number } | undefined;
  /** For `verb` candidates: the content its class reads. */
  readonly content?: VerbContent | undefined;
  /** The start of the clause after a speech cue (`said (that) …`), read once and shared by the rules after the cue. */
  after(): AfterCue | undefined;
  /** `speechCueFree` of this candidate, read once and shared by the rules that ask it. */
  cueFree(): boolean;
}

/** A content range a rule found, before the checks every reported clause must pass. */
export interface FoundClause {
  /** Token range of the content. */
  readonly a: number;
  readonly b: number;
  /** The fewest words it must have. */
  readonly minWords: number;
  /** True for a finite clause, which must hold a verb of its own; false for an infinitive, a question or an object. */
  readonly finite: boolean;
  /** The clause runs around its cue and source, as an aside's does (`A, according to X, B`). */
  readonly aroundSource?: boolean;
}

/**
 * The candidates a rule can read, by their kind, and for a speech cue by where its source stands: `speech-before`
 * (`X said …`) or `speech-after` (`according to X`, `said X`).
 */
export type RuleCandidate = Exclude<CandidateKind, "speech"> | "speech-before" | "speech-after";

/** One shape of reported speech: a named rule that reads the content of a candidate cue, or returns null. */
export interface ReportedRule {
  readonly name: string;
  /**
   * The candidates whose content it can read; it is tried for no other (its `find` would return null): most
   * candidates are tried against a few rules of the list, not all of them.
   */
  readonly candidates: readonly RuleCandidate[];
  /** Confidence of the speaker when the source is a name. */
  readonly confidence: number;
  /** One line: the shape it reads. */
  readonly doc: string;
  readonly find: (ctx: ReportedContext) => FoundClause | null;
}

/** A reported clause must have at least this many words to be speech rather than a topic (`said so`). */
export const MIN_CLAUSE_WORDS = 3;
/** A speech verb's object needs fewer (`announced his resignation`, `confirmed the meeting`). */
export const MIN_SPEECH_OBJECT_WORDS = 2;
/** An infinitive or a question needs fewer (`declined to comment`, `asked why`). */
export const MIN_INFINITIVE_WORDS = 2;
/** An object needs fewer still: `endorsed Trump`. */
export const MIN_OBJECT_WORDS = 1;

/** A finite clause in `a`..`b` with the usual minimum. */
export function clause(a: number, b: number, minWords = MIN_CLAUSE_WORDS): FoundClause {
  return { a, b, minWords, finite: true };
}
