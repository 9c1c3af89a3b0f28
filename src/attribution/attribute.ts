import { addRole, EntityTable, readAppositiveRole, type Entity } from "../speakers/build-entities";
import type { QuoteSpan } from "../quotes";
import type { Analysis, AnalyzedParagraph } from "../speakers/analyze";
import type { Mention } from "../speakers/find-mentions";
import type { Sentence } from "../speakers/split-sentences";
import type { Token } from "../speakers/tokenize";
import { findCues, mentionAfter, type Cue } from "./cues";
import { respondentsPoll } from "./descriptions";
import { PARAGRAPH_SPEAKER, ACCORDING_TO, QUOTE_RULES } from "./quote-rules";
import type { CueSite, Decided, Decision, QuoteContext, QuoteRule } from "./quote/context";
import { COLON_CONTENT, colonIntroCue, colonParagraphContent } from "./reported/colon-content";
import { findReported } from "./reported/find-reported";
import { HEARSAY } from "./reported/hearsay";
import { isFirstPerson } from "./reported/sources";
import type { RuleName } from "./rules";
import { State } from "./state";
import { SENTENCE_SUBORDINATORS } from "../lexicon/function-words";
import { bareSource, expletiveSource, isRecipient, noteOwners, refusalToSpeak } from "./source-checks";
import { cueSubject, mainSubject, preferName } from "./subjects";

export type { CueSite };

/** The decision for one quotation (or reported clause). */
export interface Attribution extends Decided {
  readonly entity: Entity | null;
  readonly mention: Mention | null;
  readonly cue: CueSite | null;
  readonly rule: RuleName;
  readonly confidence: number;
  /** The rule names no source by its nature (a hearsay adverb: `has reportedly hired`): without a speaker it keeps its name and confidence. */
  readonly sourceless?: boolean;
}

/** A reported clause without quotation marks. */
export interface ReportedSpeech extends Attribution {
  readonly paragraph: number;
  readonly start: number;
  readonly end: number;
}

/** A reported clause whose content is the next paragraph (`The governor added:`), before it is read. */
type ColonReport = Omit<ReportedSpeech, "paragraph" | "start" | "end">;

/** Everything attribution decided. */
export interface Attributed {
  /** Per quotation of the analysis, in the same order. */
  readonly quotes: readonly Attribution[];
  readonly reported: readonly ReportedSpeech[];
  readonly table: EntityTable;
}

/** The decision for a quotation no rule could attribute. */
const NONE: Attribution = { entity: null, mention: null, cue: null, rule: "none", confidence: 0 };
/**
 * The highest confidence of a speaker found on salience alone (`the 56-year-old`, `the spokesperson`, a pronoun no
 * other candidate agrees with): on the pages of pages-dev such guesses are right about four times in five.
 */
const GUESS_CONFIDENCE = 0.8;
/** Confidence lost when the mention is a pronoun or a description rather than a name (half of it for a group). */
const PRONOUN_PENALTY = 0.08;

/**
 * Runs the ordered attribution rules (see `RULES`) over an analysed document: one decision per quotation, in the
 * order of `analysis.quotes`, and the reported clauses found without marks.
 *
 * @param options `indirect` (default true): look for reported speech without marks.
 * @example
 * const paragraphs = ["“We will win,” Ms Ruiz said."];
 * const spans = findQuotations(paragraphs).quotes;
 * const decided = attribute(analyze(paragraphs, spans));
 * // decided.quotes[0]: { entity: { name: "Ruiz", … }, rule: "cue-after", confidence: 0.97, … }
 */
export function attribute(analysis: Analysis, options: { readonly indirect?: boolean } = {}): Attributed {
  return attributeParagraphs(analysis.paragraphs, analysis.quotes, options);
}

/**
 * `attribute` over paragraphs given one at a time, in order (`analyzeParagraphs`): each paragraph is read once and
 * not kept, so its tokens and sentences are garbage as soon as the next one is read. The rules read only the current
 * paragraph and what the state remembers of earlier ones.
 */
export function attributeParagraphs(paragraphs: Iterable<AnalyzedParagraph>, quotes: readonly QuoteSpan[], options: { readonly indirect?: boolean } = {}): Attributed {
  const table = new EntityTable();
  const state = new State(table);
  const scope = new SentenceScope(state);
  // By `push`, not `map`, so that it is a packed array whoever optimised what (`speechOf` in extract.ts).
  const results: Attribution[] = [];
  for (let i = 0; i < quotes.length; i++) results.push(NONE);
  const reported: ReportedSpeech[] = [];
  let colonIntro: Decided | null = null;
  // `The governor added:` closing a paragraph: its reported speech is the next paragraph (`COLON_CONTENT`).
  let colonReport: ColonReport | null = null;

  for (const para of paragraphs) {
    const { tokens } = para;
    state.previousParagraphSubject = state.paragraphSubject;
    state.paragraphSubject = null;
    const paragraphQuotes: number[] = [];
    const pending = colonReport as ColonReport | null;
    const colonContent = pending && colonParagraphContent(para);
    if (pending && colonContent) reported.push({ ...pending, paragraph: para.index, ...colonContent });
    colonReport = null;
    const sentences = para.sentences;
    // A loop, not `forEach`, and the sentence's questions asked of `scope`: a callback and the closures it made per
    // sentence cost a function context and four closures for each sentence.
    for (let si = 0; si < sentences.length; si++) {
      const s = sentences[si]!;
      const mentions = para.mentions[si]!;
      state.startSentence(SENTENCE_SUBORDINATORS.has(tokens[s.first]?.lower ?? ""));
      noteOwners(state, tokens, mentions);
      for (const m of mentions) {
        const e = state.resolve(m, true);
        if (e && m.kind === "name") {
          const role = readAppositiveRole(para.text, tokens, m, s.last);
          if (role) addRole(e, role);
        }
      }
      const cues = findCues(tokens, s.first, s.last);
      const subject = mainSubject(tokens, s.first, s.last, mentions);
      const subjectEntity = subject ? state.resolve(subject) : null;
      // `When Patrick walked in, the women turned around`: the subject of an opening clause is salient too, after the
      // main subject, so that a later `he` can find him.
      const opening = state.subordinateOpening ? openingName(mentions, s.first) : undefined;
      const openingEntity = opening && opening !== subject ? state.resolve(opening) : null;
      if (openingEntity) state.promote(openingEntity);
      if (subjectEntity) state.promote(subjectEntity);
      scope.start(para, s, mentions, subject);
      let lastInSentence: Decided | null = null;
      for (let k = s.first; k < s.last; k++) {
        const t = tokens[k]!;
        if (t.kind !== "quote") continue;
        scope.quoteAt = k;
        const qi = t.quote;
        paragraphQuotes.push(qi);
        const ctx: QuoteContext = {
          state, decided: results, para, sentence: s, tokens, k, qi, span: quotes[qi]!, cues, mentions,
          subject, lastInSentence, colonIntro, subjectOf: scope.quoteSubjectOf, decide: scope.decide,
        };
        const decided = decideQuote(ctx);
        if (decided) {
          results[qi] = decided;
          lastInSentence = decided;
          state.attributed(decided, para.index);
        }
      }
      if (options.indirect !== false) {
        for (const r of findReported(para, s, cues, scope.reportedSubjectOf)) {
          // `declined to comment`, `refused to say whether …`: a refusal to speak reports no speech.
          if (refusalToSpeak(para.text, r.start, r.end)) continue;
          // `It is astounding that Trump … or explain how …`: an empty `it` speaks no clause, nor one inside its own.
          if (r.mention && expletiveSource(tokens, r.mention, r.cue)) continue;
          // The cue's place, read once here for the branches below: each of them is rare, and a call the optimised code had
          // never seen made (one per branch) cost this whole function its code in the first pass.
          const site = cueSite(para, r.cue);
          // A hearsay adverb (`has reportedly hired`) names no source by its nature: its rule keeps its name and confidence.
          if (r.rule === HEARSAY.name) { reported.push({ entity: null, mention: null, cue: site, rule: r.rule, confidence: r.confidence, sourceless: true, paragraph: para.index, start: r.start, end: r.end }); continue; }
          // A source the text does not name (`Asked whether …`) leaves the reported clause without a speaker.
          // So does a source that is only the recipient (`In a letter to X and Y, said they would …`).
          if (!r.mention || isRecipient(tokens, r.mention, s.first)) { reported.push({ entity: null, mention: null, cue: site, rule: "none", confidence: 0, paragraph: para.index, start: r.start, end: r.end }); continue; }
          // `I told him that …`: the writer's own report, whom the text does not name.
          if (isFirstPerson(r.mention)) { reported.push({ entity: null, mention: r.mention, cue: site, rule: r.rule, confidence: 0, paragraph: para.index, start: r.start, end: r.end }); continue; }
          // `according to FEC filings`: the document is the FEC's, who speaks through it.
          if (r.owner) state.setOwner(r.mention, r.owner);
          const found = scope.decide(r.mention, r.cue);
          // `He said …` of no one the article has named, `Digital experts said …`: a source the state cannot resolve still
          // reports its clause, without a speaker; not a verb of cognition, evidence or intention, read more loosely.
          if (!found) {
            if (r.speech && bareSource(tokens, r.mention, r.cue)) reported.push({ entity: null, mention: r.mention, cue: site, rule: r.rule, confidence: 0, paragraph: para.index, start: r.start, end: r.end });
            continue;
          }
          // A share of those asked (`Another 19 percent`, `74 percent of likely voters`) speaks through the poll that
          // asked them, when the article has just named it.
          const poll = r.rule === "reported-poll" ? respondentsPoll(state.table, para.index) : null;
          const d = poll ? { ...found, entity: poll, atMost: GUESS_CONFIDENCE } : found;
          const confidence = d.entity ? Math.min(weigh(r.confidence, d.mention), d.atMost ?? 1) : 0;
          reported.push({ entity: d.entity, mention: d.mention, cue: d.cue, rule: r.rule, confidence, paragraph: para.index, start: r.start, end: r.end });
          state.attributed(d, para.index);
        }
      }
      for (const c of cues) {
        const m = c.gerund ? undefined : scope.subjectOf(c);
        if (m && m.kind === "name") {
          const e = state.resolve(m);
          if (e && e.kind === "person") { state.lastCueSubject = e; state.lastCueSubjectParagraph = para.index; }
        }
      }
      // A colon at the end of a paragraph introduces the quotation in the next one.
      const lastToken = tokens[s.last - 1];
      if (si === para.sentences.length - 1 && lastToken?.text === ":") {
        // `Trump told the crowd:` or `President Clinton released the following statement:`.
        let cue: Cue | undefined;
        for (let n = cues.length - 1; n >= 0 && !cue; n--) if (scope.subjectOf(cues[n]!)) cue = cues[n];
        const d = cue ? scope.decide(scope.subjectOf(cue), cue) : subject && subject.kind !== "pronoun" ? scope.decide(subject, null) : null;
        colonIntro = d ? { ...d, confidence: 0 } : null;
        const intro = options.indirect !== false ? colonIntroCue(tokens, s, cues, scope.reportedSubjectOf) : undefined;
        const r = intro && scope.decide(intro.mention, intro.cue);
        if (r) colonReport = { entity: r.entity, mention: r.mention, cue: r.cue, rule: COLON_CONTENT.name, confidence: r.entity ? Math.min(weigh(COLON_CONTENT.confidence, r.mention), r.atMost ?? 1) : 0 };
      } else if (si === para.sentences.length - 1) {
        colonIntro = null;
      }
      // A name the lexicon cannot place (`Bridenstine expects …` before his full name) counts, as a person does.
      if (si === 0) state.paragraphSubject = subject && subject.kind === "name" && subjectEntity && (subjectEntity.kind === "person" || subjectEntity.kind === "unknown") ? subjectEntity : null;
    }
    // Second pass: quotations of the paragraph still without speaker take the paragraph's other speaker.
    let other: Attribution | undefined;
    for (const qi of paragraphQuotes) if (results[qi]!.entity) { other = results[qi]; break; }
    if (other) {
      for (const qi of paragraphQuotes) {
        if (results[qi]!.rule === "none") results[qi] = { ...other, rule: PARAGRAPH_SPEAKER.name, confidence: PARAGRAPH_SPEAKER.confidence };
      }
    }
  }
  return { quotes: results, reported, table };
}

/** The paragraph and sentence of `SentenceScope` before its first `start`. */
const NO_PARAGRAPH: AnalyzedParagraph = { index: 0, text: "", tokens: [], sentences: [], mentions: [] };
const NO_SENTENCE: Sentence = { paragraph: 0, first: 0, last: 0 };

/** The first name of a sentence opening with a subordinate clause, within its first three tokens. */
function openingName(mentions: readonly Mention[], first: number): Mention | undefined {
  for (const m of mentions) if (m.kind === "name" && m.first <= first + 2) return m;
  return undefined;
}

/**
 * The questions the rules ask of the sentence being read (a cue's subject, a decision for a mention), one object per
 * document whose fields `start` sets for each sentence; the functions the rules are given are made once with it.
 */
class SentenceScope {
  private para: AnalyzedParagraph = NO_PARAGRAPH;
  private sentence: Sentence = NO_SENTENCE;
  private mentions: readonly Mention[] = [];
  private subject: Mention | undefined = undefined;
  // Made on the first question of a sentence: most sentences have no cue.
  private cueSubjects: Map<Cue, Mention | undefined> | undefined = undefined;
  private phraseSubjects: Map<Cue, Mention | undefined> | undefined = undefined;
  /** The token of the quotation being decided, for `quoteSubjectOf`. */
  quoteAt = 0;

  /** Kept as `State.kept` is: no scope is alive between documents, and V8 drops its shape with the code reading it. */
  static readonly kept = new SentenceScope(State.kept);

  constructor(private readonly state: State) {}

  /** Sentence `s` of `para` is read from now on. */
  start(para: AnalyzedParagraph, s: Sentence, mentions: readonly Mention[], subject: Mention | undefined): void {
    this.para = para;
    this.sentence = s;
    this.mentions = mentions;
    this.subject = subject;
    this.cueSubjects = undefined;
    this.phraseSubjects = undefined;
    this.quoteAt = 0;
  }

  /** The subject (or source) of a cue, read once per cue. */
  subjectOf(c: Cue): Mention | undefined {
    this.cueSubjects ??= new Map();
    if (!this.cueSubjects.has(c)) {
      const { para, sentence: s, mentions } = this;
      const { tokens } = para;
      this.cueSubjects.set(c, c.sourceAfter ? withName(tokens, mentionAfter(mentions, c.last, 3, tokens), mentions) : cueSubject(tokens, c, s.first, s.last, mentions, this.subject, para));
    }
    return this.cueSubjects.get(c);
  }

  /**
   * Reported speech also reads a subject phrase no mention covers (`People familiar with her thinking say`); so does
   * a quotation, for a cue before it (one after it may open another report: `…, “patently false,” and analysts told …`).
   */
  readonly reportedSubjectOf = (c: Cue): Mention | undefined => {
    const m = this.subjectOf(c);
    if (m || c.sourceAfter) return m;
    this.phraseSubjects ??= new Map();
    if (!this.phraseSubjects.has(c)) {
      const { para, sentence: s } = this;
      this.phraseSubjects.set(c, cueSubject(para.tokens, c, s.first, s.last, this.mentions, this.subject, para, true));
    }
    return this.phraseSubjects.get(c);
  };

  /** A cue's subject for the quotation at `quoteAt`: read as reported speech reads it for a cue before the quotation. */
  readonly quoteSubjectOf = (c: Cue): Mention | undefined => (c.last <= this.quoteAt ? this.reportedSubjectOf(c) : this.subjectOf(c));

  /** `QuoteContext.decide`. */
  readonly decide = (m: Mention | undefined, cue: Cue | null): Decision | null => {
    const { para, state } = this;
    if (!m || isRecipient(para.tokens, m, this.sentence.first)) return null;
    const entity = state.resolve(m);
    if (!entity && !state.unnamed(m)) return null;
    // One shape whether guessed or not (`atMost` undefined when not): the rarely run readers of a decision (a colon
    // at a paragraph's end) otherwise met the other shape late and cost this whole function its optimised code.
    return { entity, mention: m, cue: cue ? cueSite(para, cue) : null, weigh: true, atMost: state.guessed(m) ? GUESS_CONFIDENCE : undefined };
  };
}

/** The first rule of `QUOTE_RULES` that decides, with its name and confidence; null when none does. */
function decideQuote(ctx: QuoteContext): Attribution | null {
  for (const rule of QUOTE_RULES as readonly QuoteRule[]) {
    const d = rule.find(ctx);
    if (!d) continue;
    const named = d.accordingTo ? ACCORDING_TO : rule;
    let confidence = d.weigh && d.mention ? weigh(named.confidence, d.mention) : named.confidence;
    if (d.atMost !== undefined) confidence = round(Math.min(d.atMost, confidence));
    if (!d.entity) confidence = 0;
    return { entity: d.entity, mention: d.mention, cue: d.cue, rule: named.name as RuleName, confidence };
  }
  return null;
}

/** A rule's confidence for a mention: lower for a pronoun or a description than for a name, a group in between. */
function weigh(base: number, m: Mention | null): number {
  if (!m || m.kind === "name") return base;
  return round(m.kind === "group" ? base - PRONOUN_PENALTY / 2 : base - PRONOUN_PENALTY);
}

function withName(tokens: readonly Token[], m: Mention | undefined, mentions: readonly Mention[]): Mention | undefined {
  return m ? preferName(tokens, m, mentions) : undefined;
}

function round(x: number): number {
  return Math.round(Math.max(0, Math.min(1, x)) * 100) / 100;
}

function cueSite(para: AnalyzedParagraph, cue: Cue): CueSite {
  return { paragraph: para.index, start: para.tokens[cue.first]!.start, end: para.tokens[cue.last - 1]!.end };
}

