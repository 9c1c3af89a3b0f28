import type { AnalyzedParagraph } from "../../speakers/analyze";
import type { Mention } from "../../speakers/find-mentions";
import type { Sentence } from "../../speakers/split-sentences";
import type { Token } from "../../speakers/tokenize";
import { verbClasses, VerbBit } from "../../lexicon/verb-classes";
import { ADD_PARTICLES, DOCUMENT_NOUNS } from "../../lexicon/function-words";
import { progressive, reportsAs, speechCueWords, withParticle } from "./cue-forms";
import { nounByModifier, type Cue } from "../cues";
import { findAskedQuestions } from "./asked-participle";
import { findCausedSpeech } from "./caused-speech";
import { asAgent, asManner } from "./as-reported";
import { passiveAgent } from "./passive-agent";
import { clauseAfter, type AfterCue } from "./clause-after-cue";
import { countWords, hasComma, hasFiniteVerb, isPastForm } from "./clause-words";
import { unknownVerbFollows } from "./noun-or-verb";
import type { FoundClause, ReportedContext, SourceKind, VerbContent } from "./context";
import { frontedClauseEnd } from "./fronted-clause";
import { opensAsParticiple, participleSource } from "./fronted-participle";
import { findHeadlineLabel } from "./headline-label";
import { findHeadlineSays, inHeadline } from "./headline-says";
import { findHearsay } from "./hearsay";
import { findNounClaims } from "./noun-claim";
import { relativeAntecedent, relativeCueEnd } from "./relative-said";
import { REPORTED_SOURCES, rulesFor, type ReportedRuleName } from "./rules";
import { speechCueFree } from "./cue-span";
import { nounAfter, readsNoClaim } from "./no-claim";
import { otherSenseReports } from "./no-claim-senses";
import { afterCoordinator, coordinatedSubject, documentSource, documentSubject, firstPersonSubject, isShare, phraseSubject, pollSource, widerDocument, withinPoll } from "./sources";
import { readVerbContent } from "./verb-content";
import { WordClass, WordForm } from "../../speakers/word-tags";

/** A reported clause found in a sentence, before its speaker is resolved. */
export interface ReportedClause {
  readonly start: number;
  readonly end: number;
  /** The source's mention; undefined when the text does not name it (`Asked whether …, Clinton said`). */
  readonly mention: Mention | undefined;
  /** The name a document source belongs to (`FEC` of `according to FEC filings`), who speaks through it. */
  readonly owner?: Mention | undefined;
  readonly cue: Cue;
  readonly rule: ReportedRuleName;
  /** The rule's confidence when the source is a name. */
  readonly confidence: number;
  /** The cue is a verb of saying, `according to` or a headline's (not a verb of cognition, evidence, intention …). */
  readonly speech: boolean;
}

/** Above this share of quoted characters, the clause is a direct quotation, reported as such. */
const MAX_QUOTED_SHARE = 0.5;
/** New clauses are compared with this many of the latest ones for overlap. */
const RECENT_SPANS = 8;

/**
 * Reported speech without quotation marks in sentence `s`: every candidate cue of the sentence, tried against the
 * rules of `REPORTED_RULES` that read its kind of candidate (`rulesFor`), in order; the first rule whose content passes
 * the checks of every reported clause (a verb of its own, few quoted words, enough words, no overlap with a clause
 * already found) decides. A content that fails them decides too (nothing is reported for the cue), except one read
 * before the cue: words fronted before `X said` that are no clause (`After the event, X said …`) leave the cue to the
 * rules that read after it.
 * A clause holding a quotation is left to the quotation finder: its words are a mixed quote, not reported speech.
 */
export function findReported(para: AnalyzedParagraph, s: Sentence, cues: readonly Cue[],
  subjectOf: (c: Cue) => Mention | undefined): readonly ReportedClause[] {
  const { tokens } = para;
  // Made on the first candidate: most sentences have none.
  let search: SentenceSearch | undefined;
  const label = findHeadlineLabel(para, s);
  if (label) search = tryRules(search, para, s, "label", label.cue, label.mention, "subject", { a: label.a, b: s.last });
  const says = label ? undefined : findHeadlineSays(para, s);
  if (says) search = tryRules(search, para, s, "headline", says.cue, says.mention, "subject", { a: says.a, b: says.b });
  // The sentence's word bits, read once: most sentences hold no `asked`, causing verb, verb of cognition, noun of saying
  // or hearsay adverb, which each finder below would otherwise learn by reading every token.
  let classes = 0, forms = 0, asked = false;
  for (let i = s.first; i < s.last; i++) {
    const t = tokens[i]!;
    classes |= t.classes;
    forms |= t.forms;
    if ((t.classes & WordClass.SPEECH_VERB) !== 0 && t.lower === "asked") asked = true;
  }
  if (asked) for (const q of findAskedQuestions(para, s)) search = tryRules(search, para, s, "asked", q.cue, q.mention, "subject", { a: q.a, b: q.b });
  if ((forms & WordForm.CAUSING_VERB) !== 0) for (const c of findCausedSpeech(para, s)) search = tryRules(search, para, s, "speech", c.cue, c.mention, "subject");
  let unsourced: Set<number> | undefined;
  for (const found of cues) {
    // `is saying that`, `is stressing that`: a progressive is a finite verb of its subject, not a participle.
    const cue = reportsAs(tokens, found.gerund && progressive(tokens, found.first, s.first) ? { ...found, gerund: false } : found);
    const participle = opensAsParticiple(tokens, s, cue);
    if ((cue.gerund && !participle && (cue.verb & VerbBit.GERUND_REPORTS) === 0) || (!cue.reporting && !cue.sourceAfter) || ((cue.verb & VerbBit.OTHER_SENSE) !== 0 && !otherSenseReports(tokens, cue) && !asManner(tokens, cue))) continue;
    // `adding to his victories`, `added up`: not a verb of saying.
    if (cue.lemma === "add" && ADD_PARTICLES.has(tokens[cue.last]?.lower ?? "")) continue;
    // A verb after `and` shares a subject before it, never one after (`the affidavit cited … and said that Bujnowski …`),
    // nor does a verb that follows a word of its clause (`Other advocates also said the government …`).
    const passive = participle ? undefined : passiveAgent(para, s, cue);
    const read = passive ?? (participle ? participleSource(para, s, cue) : subjectOf(cue) ?? asAgent(para, s, cue));
    const named = !passive && read && !cue.sourceAfter && read.first >= cue.last && (afterCoordinator(tokens, cue, s.first) >= 0 || (!participle && tokens[cue.first - 1]?.kind === "word" && tokens[cue.last]?.lower !== "by" && !asManner(tokens, cue))) ? undefined : read;
    // `According to exit polls, Mitt Romney had …`: past a comma the name is the clause's subject, not the source;
    // one between commas is in apposition to the source (`According to the chief engineer, Dr Amara Lindqvist, the …`).
    const subject = named && cue.sourceAfter && hasComma(tokens, cue.last, named.lead) && tokens[named.last]?.text !== "," ? undefined : named;
    // `Now, 52 percent said …`: a subject read as a group inside a poll's quantity phrase is the poll.
    const poll = (subject && !withinPoll(subject)) || cue.lemma !== "say" || cue.gerund || cue.sourceAfter ? undefined : pollSource(para, s, cue);
    const own = poll && subject && (poll.first > subject.first || poll.last < subject.last || !isShare(tokens, poll)) ? subject : poll ? undefined : subject;
    const doc = poll || !cue.sourceAfter ? undefined : own ? namedDocument(para, s, cue, own) : documentSource(para, s, cue);
    const phrase = own || poll || doc || cue.sourceAfter || cue.gerund || participle ? undefined : phraseSubject(para, s, cue, true) ?? relativeAntecedent(para, s, cue) ?? coordinatedSubject(para, s, cue) ?? firstPersonSubject(para, s, cue);
    const source = doc ?? own ?? poll ?? phrase;
    if (source) search = tryRules(search, para, s, "speech", cue, source, source === poll ? "poll" : doc ? "document" : "subject", undefined, undefined, doc && own ? own : undefined);
    // `Sure, official data suggest that …`: a verb of saying and of evidence that finds no speaker is read as evidence.
    else if ((cue.verb & VerbBit.EVIDENCE) !== 0) (unsourced ??= new Set()).add(cue.first);
  }
  // Verbs of cognition, evidence, intention, question and stance, read from the sentence's own words. Only a word that
  // can start a shape is looked at: the forms of `PARTICLE_VERBS` carry the same class bit, so a verb of saying with
  // its particle is one too.
  let covered: ReadonlySet<number> | undefined;
  for (let i = (classes & WordClass.REPORTING_VERB) !== 0 ? s.first : s.last; i < s.last; i++) {
    const t = tokens[i]!;
    if ((t.classes & WordClass.REPORTING_VERB) === 0 || t.kind !== "word" || t.cap) continue;
    // A verb of saying reads here only with its particle (`warned against …`), which its speech rules do not read.
    if ((covered ??= speechCueWords(cues)).has(i) && !withParticle(tokens, i) && !unsourced?.has(i)) continue;
    const prev = tokens[i - 1];
    // `and asked workers if …`: a past form after `and` is a second verb of the subject, not a noun.
    const coordinated = prev?.lower === "and" && isPastForm(t.lower);
    if (prev && !coordinated && (prev.possessive || (prev.kind === "word" && (prev.classes & (WordClass.NOUN_BEFORE | WordClass.PASSIVE_BEFORE)) !== 0) || prev.text === "-" || nounAfter(prev))) continue;
    if ((t.forms & WordForm.ENDS_ING) !== 0 || nounByModifier(tokens, i)) continue;
    const content = readVerbContent(tokens, i, s.last);
    if (!content) continue;
    const cue: Cue = { first: i, last: content.cueLast, lemma: content.lemma, gerund: false, sourceAfter: false, reporting: true, weak: false, verb: verbClasses(content.lemma) };
    // `Most Republicans believe …`, `few on either side of the debate think …`: a quantity phrase as the subject.
    // `records show …`, `new fundraising reports show`: a document as the source of evidence, with all its modifiers.
    const subject = subjectOf(cue);
    const poll = subject ? undefined : pollSource(para, s, cue);
    const doc = (cue.verb & VerbBit.EVIDENCE) !== 0 ? documentSubject(para, s, cue) : undefined;
    const own = subject ?? poll ?? phraseSubject(para, s, cue);
    const source = doc && (!own || widerDocument(doc, own)) ? doc : own;
    if (!source || source.last > cue.first) continue;
    search = tryRules(search, para, s, "verb", cue, source, source === doc ? "document" : source === poll ? "poll" : "subject", undefined, content);
  }
  // Nouns of saying, last: a claim inside a clause already found is part of it (`said his claim that … was false`).
  if ((forms & WordForm.SAYING_NOUN) !== 0) for (const n of findNounClaims(para, s, subjectOf)) search = tryRules(search, para, s, "noun", n.cue, n.mention, "subject", { a: n.a, b: n.b });
  // Hearsay adverbs, last, in a sentence no other cue has read: its source is that cue's (`a probe found he allegedly …`).
  if (!search?.out && (classes & WordClass.HEARSAY_ADVERB) !== 0) for (const h of findHearsay(para, s, cues)) search = tryRules(search, para, s, "hearsay", h, undefined, "subject");
  return search?.out ?? NO_CLAUSES;
}

/**
 * Tries a candidate of sentence `s` of `para` (`tryCandidate`) and answers the sentence's search, made on its first
 * candidate. A function of its own, not a closure over the search: one would be made with its context per sentence.
 */
function tryRules(search: SentenceSearch | undefined, para: AnalyzedParagraph, s: Sentence, kind: ReportedContext["kind"], cue: Cue,
  source: Mention | undefined, sourceKind: SourceKind, range?: ReportedContext["range"], content?: VerbContent, owner?: Mention): SentenceSearch {
  search ??= new SentenceSearch(para, s);
  tryCandidate(search, new Candidate(search, kind, cue, source, sourceKind, range, content, owner));
  return search;
}

/** The result of a sentence without reported speech (most sentences): shared, never written to. */
const NO_CLAUSES: readonly ReportedClause[] = [];

/** What the candidates of one sentence share: the clauses found so far, and the clause read after the latest speech cue. */
class SentenceSearch {
  out: ReportedClause[] | undefined;
  /** The token ranges of the clauses found, for `accept`'s overlap check. */
  readonly spans: [number, number][] = [];
  /** The cue whose clause after it (`clauseAfter`) is `afterClause`. */
  afterCue: Cue | undefined;
  afterClause: AfterCue | undefined;

  constructor(readonly para: AnalyzedParagraph, readonly sentence: Sentence) {}
}

/** The paragraph of `Candidate.kept`. */
const NO_PARAGRAPH: AnalyzedParagraph = { index: 0, text: "", tokens: [], sentences: [], mentions: [] };

/** One candidate cue of a sentence (`ReportedContext`): its fields in one shape, its shared readings made once. */
class Candidate implements ReportedContext {
  readonly para: AnalyzedParagraph;
  readonly sentence: Sentence;
  readonly tokens: readonly Token[];
  private free: boolean | undefined = undefined;
  /** Kept as `State.kept` is: no candidate is alive between documents, and V8 drops their shape with the code reading it. */
  static readonly kept = new Candidate(new SentenceSearch(NO_PARAGRAPH, { paragraph: 0, first: 0, last: 0 }), "verb",
    { first: 0, last: 0, lemma: "", gerund: false, sourceAfter: false, reporting: false, weak: false, verb: 0 }, undefined, "subject", undefined, undefined, undefined);

  constructor(private readonly search: SentenceSearch, readonly kind: ReportedContext["kind"], readonly cue: Cue,
    readonly source: Mention | undefined, readonly sourceKind: SourceKind, readonly range: ReportedContext["range"],
    readonly content: VerbContent | undefined, readonly owner: Mention | undefined) {
    this.para = search.para;
    this.sentence = search.sentence;
    this.tokens = search.para.tokens;
  }

  after(): AfterCue | undefined {
    const search = this.search;
    if (search.afterCue !== this.cue) {
      search.afterCue = this.cue;
      search.afterClause = clauseAfter(this.para, this.sentence, this.cue);
    }
    return search.afterClause;
  }

  cueFree(): boolean {
    return (this.free ??= speechCueFree(this));
  }
}

/**
 * Tries the rules that read a candidate (`rulesFor`), in order, and records the first content that passes `accept`.
 * A reading around the cue or after it that fails decides (nothing is reported for the cue); one before the cue that
 * fails (`After the event, X said …`) leaves the cue to the rules that read around it (`At times last year, X said,
 * the mere mention …`) or after it.
 */
function tryCandidate(search: SentenceSearch, ctx: ReportedContext): void {
  const { tokens } = ctx;
  let fellThrough = false;
  for (const rule of rulesFor(ctx)) {
    const found = rule.find(ctx);
    if (!found || (fellThrough && found.a < ctx.cue.last && found.b <= ctx.cue.last)) continue;
    // A poll or a document names the clause, whatever its shape.
    const named = ctx.sourceKind === "subject" ? rule : REPORTED_SOURCES[ctx.sourceKind === "poll" ? 0 : 1];
    const span = accept(tokens, found, ctx, search.spans);
    if (!span) {
      if (found.b > ctx.cue.first) return;
      fellThrough = true;
      continue;
    }
    (search.out ??= []).push({ start: tokens[span[0]]!.start, end: tokens[span[1] - 1]!.end, mention: ctx.source, owner: ctx.owner, cue: ctx.cue, rule: named.name as ReportedRuleName, confidence: named.confidence, speech: ctx.kind !== "verb" });
    return;
  }
}

/**
 * The token range of a found content once it passes the checks of every reported clause, else undefined; the range
 * is recorded in `spans`.
 */
function accept(tokens: readonly Token[], found: FoundClause, ctx: ReportedContext, spans: [number, number][]): [number, number] | undefined {
  let { a, b } = found;
  const { cue, source: m } = ctx;
  if (a < 0 || b <= a) return undefined;
  while (b > a && tokens[b - 1]!.kind === "punct") b--;
  while (a < b && tokens[a]!.kind === "punct") a++;
  // A report inside a fronted subordinate clause ends with it: `While he refused to …, the mayor deemed …`.
  if (a > cue.first) b = relativeCueEnd(tokens, cue, ctx.sentence, a, frontedClauseEnd(tokens, ctx.sentence, a, b));
  if (b <= a) return undefined;
  // A reported clause has a verb of its own (`said the plan failed`); `wrote the letter Feb. 2` reports nothing.
  if (found.finite && (cue.verb & VerbBit.VERBLESS) === 0 && !hasFiniteVerb(tokens, a, b) && !unknownVerbFollows(tokens, a, b)) return undefined;
  // A clause mostly made of quotation is a mixed quote; one with a quoted fragment is reported speech only after
  // an explicit `that` or for the speech verbs' object (`emphasised the importance of a “…”`).
  let quoted = 0;
  for (let k = a; k < b; k++) if (tokens[k]!.kind === "quote") quoted += tokens[k]!.end - tokens[k]!.start;
  if (quoted > 0 && (quoted / Math.max(1, tokens[b - 1]!.end - tokens[a]!.start) > MAX_QUOTED_SHARE || !(allowQuoted(tokens, a, cue) || inHeadline(ctx)))) return undefined;
  if (countWords(tokens, a, b) < found.minWords || readsNoClaim(ctx, a, b)) return undefined;
  // The source is not its own content.
  if (m && m.first >= a && m.last <= b && (ctx.kind === "label" || cue.sourceAfter) && !found.aroundSource) return undefined;
  // Nested clauses that share most of their words (`said they believe X`) are one attribution, not two.
  for (let n = spans.length - 1; n >= 0 && spans.length - n <= RECENT_SPANS; n--) {
    const [x, y] = spans[n]!;
    // A clause inside one already reported (`emphasised …, noting that X`) is part of it.
    if ((a >= x && b <= y) || shared(x, y, a, b) * 2 >= Math.max(y - x, b - a)) return undefined;
  }
  spans.push([a, b]);
  return [a, b];
}

/**
 * `according to U.S. lobbying records`, `according to FEC filings from the 2012 cycle`: a document whose phrase holds
 * the name after the cue is the source, with the name as its modifier; undefined when the name is the source itself
 * (`according to the FEC`).
 */
function namedDocument(para: AnalyzedParagraph, s: Sentence, cue: Cue, name: Mention): Mention | undefined {
  if (name.kind !== "name") return undefined;
  const doc = documentSource(para, s, cue);
  if (!doc || doc.first > name.lead || doc.last <= name.last) return undefined;
  for (let k = name.last; k < doc.last; k++) if (DOCUMENT_NOUNS.has(para.tokens[k]!.lower)) return doc;
  return undefined;
}

/** A quoted fragment may stand inside a clause introduced by `that` or a colon, or inside a speech verb's object. */
function allowQuoted(tokens: readonly Token[], a: number, cue: Cue): boolean {
  return tokens[a - 1]?.lower === "that" || (cue.verb & VerbBit.OBJECT_CLAUSE) !== 0 || tokens[a - 1]?.text === ":";
}

/** Tokens two ranges share. */
function shared(x: number, y: number, a: number, b: number): number {
  return Math.max(0, Math.min(y, b) - Math.max(x, a));
}
