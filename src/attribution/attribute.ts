import { PERSON_DESCRIPTION_HEADS, SPEAKER_PRONOUNS } from "../lexicon/people";
import type { QuoteSpan } from "../quotes";
import { EntityTable, readAppositiveRole, type Entity } from "../speakers/build-entities";
import type { Mention } from "../speakers/find-mentions";
import type { Token } from "../speakers/tokenize";
import type { Analysis, AnalyzedParagraph } from "./analyze";
import { findCues, isAuxiliary, isStop, mentionAfter, type Cue } from "./cues";
import { cuesByFirst, indexMentions, lowerBound } from "./lookup";
import { findReported } from "./reported-speech";
import { RULES, type RuleName } from "./rules";
import { cueSubject, mainSubject, preferName } from "./subjects";

/** A cue located in the text. */
export interface CueSite {
  readonly paragraph: number;
  readonly start: number;
  readonly end: number;
}

/** The decision for one quotation (or reported clause). */
export interface Attribution {
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
/** How many tokens a cue may stand from its quotation and still be adjacent (`,” Mr Smith, the mayor, said`). */
const ADJACENT_WINDOW = 10;
/** Dashes that introduce a source after a quotation: em, en, horizontal bar, figure dash, doubled hyphens. */
const DASHES = /^(?:—|–|―|‒|--|-)$/;
/** A reported clause this long (in tokens) is taken to have ended. */
const REPORTED_CLAUSE_REACH = 60;
/** How many cues on each side of a quotation the sentence-wide rule weighs. */
const MAX_CUE_CANDIDATES = 6;
/** A weak cue (`called`, `urged`) attributes only a quotation that follows within this many tokens (`calling him “…”`). */
const WEAK_CUE_REACH = 3;
/** How many paragraphs back an unmarked continuation may inherit a speaker from. */
const CONTINUATION_REACH = 1;
/** Confidence lost when the mention is a pronoun or a description rather than a name. */
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
  let colonIntro: Attribution | null = null;

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
      const cueSubjects = new Map<Cue, Mention | undefined>();
      const subjectOf = (c: Cue): Mention | undefined => {
        if (!cueSubjects.has(c)) {
          cueSubjects.set(c, c.sourceAfter ? withName(tokens, mentionAfter(mentions, c.last, 3, tokens), mentions) : cueSubject(tokens, c, s.first, s.last, mentions, subject));
        }
        return cueSubjects.get(c);
      };
      const decide = (m: Mention | undefined, cue: Cue | null, rule: RuleName): Attribution | null => {
        if (!m) return null;
        const entity = state.resolve(m);
        if (!entity) return null;
        const base = RULES[rule];
        const confidence = m.kind === "name" ? base : m.kind === "group" ? base - PRONOUN_PENALTY / 2 : base - PRONOUN_PENALTY;
        return { entity, mention: m, cue: cue ? cueSite(para, cue) : null, rule, confidence: round(confidence) };
      };

      let lastInSentence = null as Attribution | null;
      for (let k = s.first; k < s.last; k++) {
        const t = tokens[k]!;
        if (t.kind !== "quote") continue;
        const qi = t.quote;
        const span = analysis.quotes[qi]!;
        paragraphQuotes.push(qi);
        const decided: Attribution | null =
          transcriptLabel(state, para, span) ??
          continuationPiece(analysis.quotes, results, qi) ??
          adjacent(tokens, k, s.first, s.last, cues, mentions, subjectOf, decide) ??
          sentenceCue(tokens, cues, k, subjectOf, decide) ??
          (lastInSentence ? { ...lastInSentence, rule: "same-sentence" as const, confidence: RULES["same-sentence"] } : null) ??
          dashAttribution(tokens, k, s.last, mentions, decide) ??
          (colonIntro && k === 0 ? { ...colonIntro, rule: "colon-intro" as const, confidence: RULES["colon-intro"] } : null) ??
          (subject && subject.first < k && subject.kind !== "group" ? decide(subject, null, "sentence-subject") : null) ??
          continuation(state, para.index, k === 0 || (tokens[k - 1]?.kind === "punct" && k === 1), k === s.first) ??
          null;
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
          const d = decide(r.mention, r.cue, r.rule);
          if (d) { reported.push({ ...d, paragraph: para.index, start: r.start, end: r.end }); state.attributed(d, para.index); }
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
        colonIntro = cue ? decide(subjectOf(cue), cue, "colon-intro") : subject && subject.kind !== "pronoun" ? decide(subject, null, "colon-intro") : null;
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
        if (!results[qi]!.entity) results[qi] = { ...other, rule: "paragraph-speaker", confidence: RULES["paragraph-speaker"] };
      }
    }
  }
  return { quotes: results, reported, table };
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

type Decide = (m: Mention | undefined, cue: Cue | null, rule: RuleName) => Attribution | null;

/** A piece that continues a quotation left open in the previous paragraph has that quotation's speaker. */
function continuationPiece(quotes: readonly QuoteSpan[], results: readonly Attribution[], qi: number): Attribution | null {
  const q = quotes[qi]!;
  if (!q.continuation || qi === 0) return null;
  const prev = results[qi - 1]!;
  if (!prev.entity) return null;
  return { ...prev, rule: "multi-paragraph", confidence: round(Math.min(prev.confidence, RULES["multi-paragraph"])) };
}

// `\s{0,40}`, not `\s*`: an unbounded run of spaces after the label backtracks quadratically (npm run check:redos).
const LABEL = /^\s*([\p{Lu}][\p{Lu}.'’ -]{1,40}?)\s{0,40}:\s/u;

/** Interview transcripts: `PENCE: …` at the start of the quotation or of the paragraph. */
function transcriptLabel(state: State, para: AnalyzedParagraph, span: QuoteSpan): Attribution | null {
  const inside = para.text.slice(span.start, span.end);
  const m = LABEL.exec(inside) ?? (span.open < 40 ? LABEL.exec(para.text.slice(0, span.open)) : null);
  if (!m) return null;
  const label = m[1]!.trim();
  if (label.length < 2 || !/\p{Lu}{2}/u.test(label)) return null;
  const entity = state.labelled(label);
  const offset = m.index + m[0].indexOf(label) + (inside === m.input ? span.start : 0);
  const mention = { text: label, paragraph: para.index, start: offset, end: offset + label.length };
  return { entity, mention: mention as unknown as Mention, cue: null, rule: "transcript-label", confidence: RULES["transcript-label"] };
}

/** The cue right after (`,” he said`, `,” said Mr Smith`, `,” Mr Smith, the mayor, said`) or right before (`Mr Putin said: “`) the quotation. */
function adjacent(tokens: readonly Token[], k: number, first: number, last: number, cues: readonly Cue[],
  mentions: readonly Mention[], subjectOf: (c: Cue) => Mention | undefined, decide: Decide): Attribution | null {
  const byFirst = cuesByFirst(cues);
  const cueAt = (j: number) => {
    const c = byFirst.get(j);
    return c && !c.gerund ? c : undefined;
  };
  // After: the cue must follow at once, or after its subject (and an appositive).
  let j = k + 1;
  if (tokens[j]?.text === ",") j++;
  let after = cueAt(j);
  if (!after) {
    const m = indexMentions(mentions).byLead.get(j);
    if (m) {
      let e = m.last;
      // `Comey Jr.`, `McDermott (D-Wash.)`: a glued period or a parenthesis after the name.
      if (tokens[e]?.text === "." && !isStop(tokens, e)) e++;
      if (tokens[e]?.text === "(") {
        let c = e + 1;
        while (c < last && c - e < 10 && tokens[c]!.text !== ")") c++;
        if (tokens[c]?.text === ")") e = c + 1;
      }
      if (tokens[e]?.text === ",") {
        for (let x = e + 1; x < Math.min(last, e + 14); x++) {
          const t = tokens[x]!;
          if (t.kind === "quote" || isStop(tokens, x)) break;
          if (t.text === ",") { e = x + 1; break; }
        }
      }
      while (e < last && isAuxiliary(tokens[e]!)) e++;
      after = cueAt(e) ?? (e !== m.last ? cueAt(m.last) : undefined);
    }
  }
  // `As X echoed …, saying the senator had “…,” the crowd cheered`: a verb of mere sound after the quotation yields
  // to a verb of saying before it in the same sentence.
  if (after && after.weak && !after.reporting) {
    const top = lowerBound(cues, k + 1, (c) => c.last) - 1;
    for (let n = top; n >= 0 && top - n < MAX_CUE_CANDIDATES; n--) {
      if (cues[n]!.reporting || cues[n]!.gerund) { after = undefined; break; }
    }
  }
  if (after) {
    const m = subjectOf(after);
    if (m && m.first > k) {
      const d = decide(m, after, after.sourceAfter ? "according-to" : "cue-after");
      if (d) return d;
    }
  }
  // Before: the nearest cue before the quotation, with no other quotation or sentence end in between.
  let from = first;
  for (let x = k - 1; x >= first && x >= k - ADJACENT_WINDOW; x--) {
    const t = tokens[x]!;
    if (t.kind === "quote" || (t.kind === "punct" && /^[.!?;]$/.test(t.text))) { from = x + 1; break; }
  }
  let before: Cue | undefined;
  for (let n = lowerBound(cues, k + 1, (c) => c.last) - 1; n >= 0; n--) {
    const c = cues[n]!;
    if (c.first < Math.max(from, k - ADJACENT_WINDOW)) break;
    if (c.last <= k && (!c.weak || k - c.last <= WEAK_CUE_REACH) && !reportedInside(tokens, cues, n, k)) { before = c; break; }
  }
  if (before) {
    const m = subjectOf(before);
    if (m) {
      const d = decide(m, before, before.sourceAfter ? "according-to" : "cue-before");
      if (d) return d;
    }
  }
  return null;
}

/** Any cue of the sentence with a subject: the nearest before the quotation, else the nearest after. */
function sentenceCue(tokens: readonly Token[], cues: readonly Cue[], k: number, subjectOf: (c: Cue) => Mention | undefined, decide: Decide): Attribution | null {
  // The nearest few cues on each side: a sentence with thousands of cues costs no more per quotation.
  const split = lowerBound(cues, k + 1, (c) => c.last);
  const before: Cue[] = [];
  for (let n = split - 1; n >= 0 && before.length < MAX_CUE_CANDIDATES; n--) if (!reportedInside(tokens, cues, n, k)) before.push(cues[n]!);
  const after: Cue[] = [];
  for (let n = split; n < cues.length && after.length < MAX_CUE_CANDIDATES; n++) if (cues[n]!.first > k) after.push(cues[n]!);
  // Speech verbs before the quotation first, then verbs of judgement before it (`accuses X of an “artful smear”`), then after it.
  const strong = (c: Cue) => !c.weak || c.reporting;
  for (const c of [...before.filter(strong), ...before.filter((c) => !strong(c)), ...after.filter(strong)]) {
    const m = subjectOf(c);
    if (!m) continue;
    const d = decide(m, c, c.sourceAfter ? "according-to" : "sentence-cue");
    if (d) return d;
  }
  return null;
}

/**
 * A cue inside the reported clause of an earlier cue (`Ms Lund added that the police would respond in a “calm …”`)
 * does not attribute a quotation that is not right after it: the outer speaker's words carry the quote.
 */
function reportedInside(tokens: readonly Token[], cues: readonly Cue[], n: number, k: number): boolean {
  const c = cues[n]!;
  let adjacentToQuote = true;
  for (let x = c.last; x < k; x++) if (!/^(?::|,|as|that)$/.test(tokens[x]!.lower)) { adjacentToQuote = false; break; }
  if (adjacentToQuote) return false;
  for (let x = n - 1; x >= 0 && n - x <= MAX_CUE_CANDIDATES; x--) {
    const o = cues[x]!;
    if (c.first - o.last > REPORTED_CLAUSE_REACH || hasStop(tokens, o.last, c.first)) return false;
    if (o.reporting && !o.sourceAfter && !o.gerund && o.last <= c.first && opensClause(tokens[o.last])) return true;
  }
  return false;
}

/** The word after a reporting verb starts its reported clause (`said that`, `said the …`, `said he …`). */
function opensClause(t: Token | undefined): boolean {
  return t !== undefined && t.kind === "word" && (t.cap || /^(?:that|the|a|an|he|she|they|it|we|i|you|his|her|their|its|this|these|those|there)(?:['’](?:d|ll|re|ve|m|s))?$/.test(t.lower));
}

function hasStop(tokens: readonly Token[], a: number, b: number): boolean {
  for (let x = a; x < b; x++) if (tokens[x]!.kind === "quote" || isStop(tokens, x)) return true;
  return false;
}

/** `“…” — Sen. Jane Doe`: a dash and a name after the quotation, ending the paragraph. */
function dashAttribution(tokens: readonly Token[], k: number, last: number, mentions: readonly Mention[], decide: Decide): Attribution | null {
  const dash = tokens[k + 1];
  if (!dash || !DASHES.test(dash.text)) return null;
  const at = indexMentions(mentions).byLead.get(k + 2);
  const m = at && at.kind === "name" ? at : undefined;
  if (!m) return null;
  const rest = tokens.slice(m.last, last).filter((t) => t.kind !== "punct");
  if (rest.length > 8) return null;
  return decide(m, null, "dash-attribution");
}

/**
 * A paragraph that opens with a quotation and names nobody takes the speaker of the paragraph before, or failing
 * that the person the paragraph before was about (`Viguerie is upbeat about Cruz.` then `“Not only can Cruz win …”`).
 */
function continuation(state: State, paragraph: number, opensParagraph: boolean, opensSentence: boolean): Attribution | null {
  const last = state.lastAttribution;
  // `…, Schiff said. “The other factor …”`: a quotation opening a sentence continues the paragraph's last speaker;
  // failing that, the named subject of a verb earlier in the paragraph (`X called him a master at deals. “He showed …”`).
  if (!opensParagraph && opensSentence && last && last.entity && state.lastAttributionParagraph === paragraph) {
    return { entity: last.entity, mention: null, cue: null, rule: "continuation", confidence: RULES.continuation };
  }
  if (!opensParagraph && opensSentence) {
    const earlier = state.lastCueSubjectParagraph === paragraph ? state.lastCueSubject : state.paragraphSubject;
    if (earlier) return { entity: earlier, mention: null, cue: null, rule: "previous-subject", confidence: RULES["previous-subject"] };
  }
  if (!opensParagraph) return null;
  if (last && last.entity && paragraph - state.lastAttributionParagraph <= CONTINUATION_REACH) {
    return { entity: last.entity, mention: null, cue: null, rule: "continuation", confidence: RULES.continuation };
  }
  const topic = state.previousParagraphSubject;
  if (topic) return { entity: topic, mention: null, cue: null, rule: "previous-subject", confidence: RULES["previous-subject"] };
  return null;
}

/** Salience and entity resolution while reading the document in order. */
class State {
  /** Entities most recently made salient first. */
  private salient: Entity[] = [];
  private readonly resolved = new Map<Mention, Entity | null>();
  lastAttribution: Attribution | null = null;
  /** The named subject of the current paragraph's first sentence. */
  paragraphSubject: Entity | null = null;
  /** The same, for the paragraph before. */
  previousParagraphSubject: Entity | null = null;
  /** The latest named subject of a speech verb, quoted or not, and its paragraph. */
  lastCueSubject: Entity | null = null;
  lastCueSubjectParagraph = -1;
  lastAttributionParagraph = -1;

  constructor(readonly table: EntityTable) {}

  /** The entity a mention refers to (names and groups from the table; pronouns and descriptions from salience). */
  resolve(m: Mention, firstSight = false): Entity | null {
    if (this.resolved.has(m)) return this.resolved.get(m)!;
    let e: Entity | null = null;
    if (m.kind === "name") e = this.table.resolveName(m);
    else if (m.kind === "group") e = this.table.resolveGroup(m);
    else if (firstSight) return null; // pronouns and descriptions are resolved where they are used
    else if (m.kind === "pronoun") e = this.pronoun(m);
    else e = this.description(m);
    this.resolved.set(m, e);
    if (e && m.kind !== "name" && m.kind !== "group") e.aliases.add(m.text);
    return e;
  }

  promote(e: Entity): void {
    this.salient = [e, ...this.salient.filter((x) => x !== e)].slice(0, 12);
  }

  attributed(a: Attribution, paragraph: number): void {
    if (!a.entity) return;
    this.lastAttribution = a;
    this.lastAttributionParagraph = paragraph;
    this.promote(a.entity);
  }

  labelled(label: string): Entity {
    const words = label.toLowerCase().split(/\s+/);
    const w = words[words.length - 1]!;
    const known = this.table.entities.find((e) => e.kind !== "group" && e.nameTokens.includes(w));
    if (known) return known;
    const name = label.split(/\s+/).map((x) => x.charAt(0) + x.slice(1).toLowerCase()).join(" ");
    return this.table.resolveName({ kind: "name", paragraph: 0, first: 0, last: 0, lead: 0, text: name, start: 0, end: 0, name, nameTokens: words, gender: "unknown", plural: false, role: null, entityKind: "person", possessive: false });
  }

  private pronoun(m: Mention): Entity | null {
    // `He’s said …`, `she’d`: the pronoun without its contraction.
    const bare = m.text.toLowerCase().replace(/['’](?:s|d|ll|re|ve|m)$/, "");
    const p = SPEAKER_PRONOUNS.get(bare);
    if (!p) return null;
    if (p.plural) return this.salient.find((e) => e.kind === "group" || e.kind === "organization") ?? null;
    if (bare === "it") return this.salient.find((e) => e.kind === "organization" || e.kind === "place" || (e.kind === "group" && !e.plural)) ?? null;
    return this.salient.find((e) => (e.kind === "person" || e.kind === "unknown") && (p.gender === "unknown" || e.gender === "unknown" || e.gender === p.gender)) ?? null;
  }

  private description(m: Mention): Entity | null {
    if (!PERSON_DESCRIPTION_HEADS.has(m.name)) return null;
    const words = m.text.toLowerCase().split(/\s+/).slice(1, -1);
    const people = this.salient.filter((e) => e.kind === "person" || e.kind === "unknown");
    const fits = (e: Entity) => e.roles.some((r) => {
      const rl = r.toLowerCase();
      return rl.includes(m.name) && words.every((w) => w.length <= 2 || /['’]s$/.test(w) || /^\d/.test(w) || rl.includes(w) || !/^[a-z]/.test(w) || w === "former");
    });
    // A role given anywhere in the article (`Colin Ashby, Brightmart's chief executive`) before the most salient person.
    const byRole = people.find(fits) ?? this.table.find((e) => (e.kind === "person" || e.kind === "unknown") && fits(e));
    const loose = people.find((e) => e.roles.some((r) => words.some((w) => w.length > 2 && r.toLowerCase().includes(w))));
    return byRole ?? loose ?? people[0] ?? null;
  }
}

export { isAuxiliary };
