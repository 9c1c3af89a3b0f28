import { EntityTable, readAppositiveRole, type Entity } from "../speakers/build-entities";
import type { Analysis, AnalyzedParagraph } from "../speakers/analyze";
import type { Mention } from "../speakers/find-mentions";
import type { Token } from "../speakers/tokenize";
import { findCues, mentionAfter, type Cue } from "./cues";
import { PARAGRAPH_SPEAKER, ACCORDING_TO, QUOTE_RULES } from "./quote-rules";
import type { CueSite, Decided, Decision, QuoteContext, QuoteRule } from "./quote/context";
import { findReported } from "./reported/find-reported";
import type { RuleName } from "./rules";
import { State } from "./state";
import { cueSubject, mainSubject, preferName } from "./subjects";

export type { CueSite };

/** The decision for one quotation (or reported clause). */
export interface Attribution extends Decided {
  readonly entity: Entity | null;
  readonly mention: Mention | null;
  readonly cue: CueSite | null;
  readonly rule: RuleName;
  readonly confidence: number;
}

/** A reported clause without quotation marks. */
export interface ReportedSpeech extends Attribution {
  readonly paragraph: number;
  readonly start: number;
  readonly end: number;
}

/** Everything attribution decided. */
export interface Attributed {
  /** Per quotation of the analysis, in the same order. */
  readonly quotes: readonly Attribution[];
  readonly reported: readonly ReportedSpeech[];
  readonly table: EntityTable;
}

/** The decision for a quotation no rule could attribute. */
const NONE: Attribution = { entity: null, mention: null, cue: null, rule: "none", confidence: 0 };
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
  const table = new EntityTable();
  const state = new State(table);
  const results: Attribution[] = analysis.quotes.map(() => NONE);
  const reported: ReportedSpeech[] = [];
  let colonIntro: Decided | null = null;

  for (const para of analysis.paragraphs) {
    const { tokens } = para;
    state.previousParagraphSubject = state.paragraphSubject;
    state.paragraphSubject = null;
    const paragraphQuotes: number[] = [];
    para.sentences.forEach((s, si) => {
      const mentions = para.mentions[si]!;
      for (const m of mentions) {
        const e = state.resolve(m, true);
        if (e && m.kind === "name") {
          const role = readAppositiveRole(para.text, tokens, m, s.last);
          if (role && !e.roles.includes(role)) e.roles.push(role);
        }
      }
      const cues = findCues(tokens, s.first, s.last);
      const subject = mainSubject(tokens, s.first, s.last, mentions);
      const subjectEntity = subject ? state.resolve(subject) : null;
      if (subjectEntity) state.promote(subjectEntity);
      // Made on the first question: most sentences have no cue.
      let cueSubjects: Map<Cue, Mention | undefined> | undefined;
      const subjectOf = (c: Cue): Mention | undefined => {
        cueSubjects ??= new Map();
        if (!cueSubjects.has(c)) {
          cueSubjects.set(c, c.sourceAfter ? withName(tokens, mentionAfter(mentions, c.last, 3, tokens), mentions) : cueSubject(tokens, c, s.first, s.last, mentions, subject));
        }
        return cueSubjects.get(c);
      };
      const decide = (m: Mention | undefined, cue: Cue | null): Decision | null => {
        const entity = m ? state.resolve(m) : null;
        return entity ? { entity, mention: m!, cue: cue ? cueSite(para, cue) : null, weigh: true } : null;
      };

      let lastInSentence: Decided | null = null;
      for (let k = s.first; k < s.last; k++) {
        const t = tokens[k]!;
        if (t.kind !== "quote") continue;
        const qi = t.quote;
        paragraphQuotes.push(qi);
        const ctx: QuoteContext = {
          state, analysis, decided: results, para, sentence: s, tokens, k, qi, span: analysis.quotes[qi]!, cues, mentions,
          subject, lastInSentence, colonIntro, subjectOf, decide,
        };
        const decided = decideQuote(ctx);
        if (decided) {
          results[qi] = decided;
          lastInSentence = decided;
          state.attributed(decided, para.index);
        }
      }
      if (options.indirect !== false) {
        for (const r of findReported(para, s, cues, subjectOf)) {
          // A source the text does not name (`Asked whether …`) leaves the reported clause without a speaker.
          if (!r.mention) { reported.push({ entity: null, mention: null, cue: cueSite(para, r.cue), rule: "none", confidence: 0, paragraph: para.index, start: r.start, end: r.end }); continue; }
          const d = decide(r.mention, r.cue);
          if (!d) continue;
          reported.push({ entity: d.entity, mention: d.mention, cue: d.cue, rule: r.rule, confidence: weigh(r.confidence, d.mention), paragraph: para.index, start: r.start, end: r.end });
          state.attributed(d, para.index);
        }
      }
      for (const c of cues) {
        const m = c.gerund ? undefined : subjectOf(c);
        if (m && m.kind === "name") {
          const e = state.resolve(m);
          if (e && e.kind === "person") { state.lastCueSubject = e; state.lastCueSubjectParagraph = para.index; }
        }
      }
      // A colon at the end of a paragraph introduces the quotation in the next one.
      const lastToken = tokens[s.last - 1];
      if (si === para.sentences.length - 1 && lastToken?.text === ":") {
        // `Trump told the crowd:` or `President Clinton released the following statement:`.
        const cue = [...cues].reverse().find((c) => subjectOf(c));
        const d = cue ? decide(subjectOf(cue), cue) : subject && subject.kind !== "pronoun" ? decide(subject, null) : null;
        colonIntro = d ? { ...d, confidence: 0 } : null;
      } else if (si === para.sentences.length - 1) {
        colonIntro = null;
      }
      if (si === 0) state.paragraphSubject = subject && subject.kind === "name" && subjectEntity && subjectEntity.kind === "person" ? subjectEntity : null;
    });
    // Second pass: quotations of the paragraph still without speaker take the paragraph's other speaker.
    let other: Attribution | undefined;
    for (const qi of paragraphQuotes) if (results[qi]!.entity) { other = results[qi]; break; }
    if (other) {
      for (const qi of paragraphQuotes) {
        if (!results[qi]!.entity) results[qi] = { ...other, rule: PARAGRAPH_SPEAKER.name, confidence: PARAGRAPH_SPEAKER.confidence };
      }
    }
  }
  return { quotes: results, reported, table };
}

/** The first rule of `QUOTE_RULES` that decides, with its name and confidence; null when none does. */
function decideQuote(ctx: QuoteContext): Attribution | null {
  for (const rule of QUOTE_RULES as readonly QuoteRule[]) {
    const d = rule.find(ctx);
    if (!d) continue;
    const named = d.accordingTo ? ACCORDING_TO : rule;
    let confidence = d.weigh && d.mention ? weigh(named.confidence, d.mention) : named.confidence;
    if (d.atMost !== undefined) confidence = round(Math.min(d.atMost, confidence));
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

