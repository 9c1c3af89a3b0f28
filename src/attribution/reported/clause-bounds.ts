/**
 * The clause-boundary grammar of reported speech: where a reported clause starts before a closing cue, where it ends
 * after an opening one and where a stance verb's object ends; whether a cue closes its sentence is `cue-tail.ts`'s.
 * Each boundary is a named check in `clauseEnd`, tried in order at every token.
 */
import type { Token } from "../../speakers/tokenize";
import { isFunctionWord, isNounWord, WordForm } from "../../speakers/word-tags";
import { MONTHS } from "../../lexicon/dates";
import { DECISION_VERBS, SPEECH_VERBS } from "../../lexicon/speech-verbs";
import { QUESTION_WORDS } from "../../lexicon/reporting-verbs";
import { verbIs, VerbBit } from "../../lexicon/verb-classes";
import {
  ADVERBIAL_OPENERS, ARTICLES, BEFORE_SUBORDINATOR, CLAUSE_END_MARKS, DASH_CONDITIONS, DASH_MARKS, FRONTED_OPENERS, HEARER_WORDS, CONTRASTS, SHARED_SUBJECT_CONJUNCTIONS, CLAUSE_START_MARKS, CONTINUING_PARTICIPLES, NEW_REPORT_CONJUNCTIONS, LIST_GOES_ON, INCLUSION_OPENERS,
  GO_BETWEEN_NOUNS, REPORTING_PARTICIPLES, SPACED_DASH_GOES_ON, SPEECH_MEDIUM_NOUNS, SUBORDINATORS, TIME_NOUNS, TIME_OPENERS, TIME_WORDS, WRITER_RELATIVES,
} from "../../lexicon/function-words";
import { isAuxiliary, isStop } from "../cues";
import { hasComma, hasFiniteVerb, isDash, isPastForm, openClause, skipObject, startsClause, startsClauseStrict, verbFollows } from "./clause-words";
import { bracketPartner, dashPartner, isDateline } from "./clause-pairs";
import { placeComma } from "../place-comma";
import { concessiveAside, contrastClause, contrastPhrase, isParticipleAt, newReport, parallelAfterSemicolon, participleGoesOn, reportedRelative, resumptive, subjectAside, withholdingAt } from "./clause-breaks";
import { concededFact, contrastOnSubject, demonstrativeComment, modalBefore, namedSubject, reducedConcession, speakerPastPredicate, thatPredicateAt, writerApposition } from "./clause-joins";

/** A reported clause is cut after this many tokens: a longer run has no clause structure left to read. */
export const MAX_CLAUSE_TOKENS = 160;
/** Adverbials (`in a statement on Tuesday`) after a closing cue are read this far. */
export const MAX_TAIL_TOKENS = 12;
/** A dash this close to the sentence's start closes a dateline (`WASHINGTON (AP) —`), never an interpolation. */
const DATELINE_TOKENS = 4;
/** Words after a weak verb of saying that open a content of its own: `called on`, `vowed to`, `compared with`. */
const WEAK_VERB_CONTENT: ReadonlySet<string> = new Set(["that", "on", "to", "with", "for", "against"]);
/** A full stop, a question mark or an exclamation mark, alone (`/^[.!?]$/` without a regular expression). */
export function isFinalStop(text: string): boolean {
  if (text.length !== 1) return false;
  const c = text.charCodeAt(0);
  return c === 46 || c === 33 || c === 63;
}

/**
 * Where a clause before a cue at `end` starts: after a fronted `But`, a dateline dash or an opening colon. `dashes`:
 * a single dash past the dateline starts the clause too; a closing cue passes false, as its claim runs on across a
 * dash (`… since 1984 -- an insurgent defeating a party favorite, said X`).
 */
export function clauseStart(tokens: readonly Token[], first: number, end: number, dashes = true): number {
  let a = Math.max(first, end - MAX_CLAUSE_TOKENS);
  for (let k = a; k < end; k++) {
    if (tokens[k]!.kind !== "punct" || !CLAUSE_START_MARKS.has(tokens[k]!.text)) continue;
    if (!dashes && DASH_MARKS.has(tokens[k]!.text) && !isDateline(tokens, first, k)) continue;
    // `around 8:30 p.m.`: a colon between digits is a time, never a clause's start.
    if (tokens[k]!.text === ":" && /\d$/.test(tokens[k - 1]?.text ?? "") && /^\d/.test(tokens[k + 1]?.text ?? "")) continue;
    // `571 of them — a group of party leaders — supported Clinton`: a pair of dashes holds an interpolation.
    const partner = k - a > DATELINE_TOKENS ? dashPartner(tokens, k, end) : -1;
    if (partner >= 0) k = partner;
    else a = k + 1;
  }
  return a;
}

/**
 * Where the content of a closing cue (`…, X said.`, `…, according to X.`) starts once `clauseStart` gave `a`: after
 * the last comma when an absolute phrase opens there with `with` and runs to the cue (`…, with 56 percent viewing him
 * positively, according to the poll`): the source vouches for the figures, not for the clause they hang from. A
 * relative clause, a contrast or a second clause after `, and` stays with the words before it (measured on PolNeAR
 * train: cutting there loses more claims than it finds).
 */
export function closingClauseStart(tokens: readonly Token[], a: number, end: number): number {
  let c = end - 1;
  while (c > a && !(tokens[c]!.text === "," && !(/\d$/.test(tokens[c - 1]!.text) && /^\d/.test(tokens[c + 1]?.text ?? "")))) {
    if (tokens[c]!.kind === "quote") return a;
    c--;
  }
  if (c <= a) return a;
  return tokens[c + 1]!.lower === "with" && tokens[c + 2]?.kind === "word" ? c + 2 : a;
}

/**
 * The token after the hearer and adverbials that may follow a cue at `from` before a comma (`, he told me on Friday,`,
 * `, the agency said in a June report,`); `from` when none do.
 */
export function cueAdverbialsEnd(tokens: readonly Token[], from: number, last: number): number {
  let k = from;
  while (k < last && k - from <= MAX_TAIL_TOKENS && tokens[k]!.kind === "word" && (TIME_WORDS.has(tokens[k]!.lower) || HEARER_WORDS.has(tokens[k]!.lower) || tokens[k]!.cap)) k++;
  if (tokens[k]?.text === ",") return k;
  // `, the agency said in a June report,`, `, Clinton suggested in a tweet,`: a prepositional phrase naming the medium of
  // the claim, without a verb of its own, up to the comma.
  let p = from;
  while (p < k && !ADVERBIAL_OPENERS.has(tokens[p]!.lower)) p++;
  if (p === k && !ADVERBIAL_OPENERS.has(tokens[k]?.lower ?? "")) return k;
  let x = k;
  while (x < last && x - from <= MAX_TAIL_TOKENS && tokens[x]!.kind === "word") x++;
  if (tokens[x]?.text !== "," || hasFiniteVerb(tokens, p + 1, x)) return k;
  for (let y = p + 1; y < x; y++) if (SPEECH_MEDIUM_NOUNS.has(tokens[y]!.lower)) return x;
  return k;
}

/**
 * Where a reported clause starting at `a` ends: at the sentence end, a dash, semicolon or bracket, a participial cue
 * (`, adding that …`), `according to`, a contrast, a writer's relative clause, a second predicate of the subject, a
 * participial phrase of the sentence, or a second verb of saying (`… and said that …`, `…, he said`).
 */
export function clauseEnd(tokens: readonly Token[], a: number, last: number): number {
  last = Math.min(last, a + MAX_CLAUSE_TOKENS);
  for (let k = a; k < last; k++) {
    const t = tokens[k]!;
    // Only a mark, `on` or a conjunction of `NEW_REPORT_CONJUNCTIONS` may end the clause or skip ahead (the checks below).
    if (t.kind !== "punct" && (t.forms & WordForm.NEW_REPORT_CONJUNCTION) === 0 && t.lower !== "on") continue;
    // `said it falls flat for one reason: the pride …`: a colon that words follow spells the content out; one between
    // digits is a time (`at 9:42 p.m.`).
    if (t.text === ":" && k > a && tokens[k + 1]?.kind === "word" && (hasFiniteVerb(tokens, a, k) || (/\d$/.test(tokens[k - 1]!.text) && /^\d/.test(tokens[k + 1]!.text)))) continue;
    // `that A holds $2 billion; B holds $1 billion`, `they had spoken at hearings; helped marshal protesters; and …`:
    // a list of parallel clauses or predicates goes on past its semicolons.
    if (t.text === ";" && k > a && parallelAfterSemicolon(tokens, a, k, last)) continue;
    // `… in Burma's elections - a landslide win …`: a hyphen standing apart is a dash of plain text; before a word that
    // carries the clause on (`those old - and previously unreported - postings`) it goes on, past its partner.
    const spaced = t.text === "-" && isDash(tokens, k);
    // `… — and that the fares would not rise`, `… — only that …`: a second `that` clause goes on past any dash.
    const second = tokens[k + 2]?.lower ?? "";
    if ((spaced || (second === "that" && DASH_MARKS.has(t.text))) && SPACED_DASH_GOES_ON.has(tokens[k + 1]?.lower ?? "")) { k = Math.max(k, dashPartner(tokens, k, last)); continue; }
    if (t.kind === "punct" && (CLAUSE_END_MARKS.has(t.text) || spaced)) {
      // `helped write the law (the ACA)`, `a politician's behavior (think of …) can travel …`: a bracket pair holds an
      // aside inside the clause.
      const close = bracketPartner(tokens, k, last);
      if (close >= 0) { k = close; continue; }
      const partner = dashPartner(tokens, k, last);
      // `said the bill was dead ― the votes were not there ― and left the chamber`: a second predicate of the subject
      // after the interpolation ends the clause at its first dash.
      // `said the deal had helped him - helping start his plan`, `… — including the cost`: a participle the clause
      // keeps after a comma it keeps after a single dash too.
      if (partner < 0 && k > a && participleGoesOn(tokens, a, k)) continue;
      // `… will change fast — or if he wins the delegates`: a condition or a time after a single dash qualifies the clause.
      if (partner < 0 && k > a && (spaced || DASH_MARKS.has(t.text)) && DASH_CONDITIONS.has(tokens[k + 1]?.lower === "or" ? second : tokens[k + 1]?.lower ?? "") && hasFiniteVerb(tokens, a, k)) continue;
      // `… is in decline — a decline that took hold …`: an appositive that takes up a noun of the clause goes on with it.
      if (partner < 0 && k > a && resumptive(tokens, a, k)) continue;
      // `held by whites - such as driver's licenses - and disallowed …`: after a list of examples the predicate goes on.
      if (partner < 0 || (SHARED_SUBJECT_CONJUNCTIONS.has(tokens[partner + 1]?.lower ?? "") && isPastForm(tokens[partner + 2]?.lower ?? "") && !INCLUSION_OPENERS.has(tokens[k + 1]?.lower ?? ""))) return k;
      // `friends say he looks tired - a long campaign - others say he has never been fitter`: a new report after the pair.
      if (newReport(tokens, partner + 1, last)) return k;
      k = partner;
      continue;
    }
    const nx = tokens[k + 1]?.lower ?? "";
    // `… on (the) condition of anonymity`: the terms of the report, not its content.
    if (t.lower === "on" && k > a && (nx === "condition" || (nx === "the" && tokens[k + 2]?.lower === "condition"))) return k;
    // `… in Tulsa, Okla., police …`, `residents of Jupiter, Florida who …`: the comma between a city and its state.
    const place = t.text === "," ? placeComma(tokens, k) : -1;
    if (place >= 0) { k = place; continue; }
    if (t.text === ",") {
      // `said Millennials, numbering 75.3 million, surpassed …`: an aside inside the subject goes on to its verb.
      const inSubject = subjectAside(tokens, a, k, last);
      if (inSubject >= 0) { k = inSubject; continue; }
      // `said the plan failed, adding that …`: the participle is a report of its own after a clause; after a speech
      // verb's object (`emphasised the importance of …, noting that …`) it goes on with the report, unless it carries
      // a quotation of its own.
      if (REPORTING_PARTICIPLES.has(nx)) {
        if (nx === "according" || hasFiniteVerb(tokens, a, k)) return k;
        for (let x = k + 1; x < last; x++) if (tokens[x]!.kind === "quote") return k;
      }
      // `…, but that he would not …`: a second `that` clause goes on, as do a contrast without a clause (`…, but not for
      // fraud`) and one with a noun-phrase subject and plain verb (`…, but no action was taken`); any other contrast
      // ends it, as does a speaker's past predicate after a present content (`said the rules are fair, but declined …`).
      if ((nx === "but" && tokens[k + 2]?.lower !== "that" && ((!contrastPhrase(tokens, k + 2, last) && !contrastOnSubject(tokens, a, k + 2, last)) || speakerPastPredicate(tokens, a, k + 2))) || nx === "however") return k;
      // `could win traditionally Democratic, though culturally conservative, areas`: a concession of a few words between
      // commas qualifies the word before it.
      const aside = CONTRASTS.has(nx) ? concessiveAside(tokens, k + 2, last) : -1;
      if (aside >= 0) { k = aside; continue; }
      // `…, while about 4 in 10 want …`, `…, though she did not discuss their terms`: a contrast opens a clause of its own.
      if (CONTRASTS.has(nx) && !((nx === "while" || nx === "whereas") && contrastClause(tokens, k + 2, last)) && !(nx.endsWith("though") && (reducedConcession(tokens, k + 2, last) || concededFact(tokens, k + 2, last)))) return k;
      // `…, as has the mayor`, `…, as was the case with …`: a comparison of the writer's, with its verb first.
      if (nx === "as" && tokens[k + 2] && isAuxiliary(tokens[k + 2]!) && tokens[k + 2]!.lower !== "to") return k;
      // `…, one that will dominate the meeting`, `…, about the same number who said …`: the writer's noun phrase.
      if (k > a && writerApposition(tokens, k) && hasFiniteVerb(tokens, a, k)) return k;
      // `…, a mass layoff rivaling …`: a noun phrase in apposition to the whole clause is the writer's comment; after a
      // name (`… to For Our Future, a super PAC he formed …`) it is about the name. Not the comma that closes a fronted
      // subordinate clause (`even if they thought it wise, a recount could not …`).
      if (ARTICLES.has(nx) && nx !== "the" && k > a && !tokens[k - 1]!.cap && hasFiniteVerb(tokens, a, k) && !frontedSubordinate(tokens, a, k)) return k;
      // `…, who is the ex-wife of …` to the sentence's end: a relative clause of the writer's about the last noun; one
      // whose subject is a pronoun of the report (`…, which she was doing when …`) goes on with it.
      if (k > a && WRITER_RELATIVES.has(nx) && !hasComma(tokens, k + 2, last) && !reportedRelative(tokens, k + 1, last)) return k;
      // `…, and the downgrade is casting a shadow …`: a new subject with its own verb after `, and` is the writer's.
      // A subject pronoun (`, and they would need …`) may go on with the report; a name is read by `newReport` below.
      const nw = tokens[k + 2];
      if (nx === "and" && k > a && nw && ((!nw.cap && !startsClauseStrict(nw) && startsClause(nw) && openClause(tokens, k + 2, last)) || demonstrativeComment(tokens, k + 2)) && hasFiniteVerb(tokens, a, k)) return k;
      // `…, and Ms. Brainard is among the few …`: so does a name with its own finite verb.
      if (nx === "and" && k > a && nw?.cap && namedSubject(tokens, k + 2, last) && hasFiniteVerb(tokens, a, k)) return k;
      // `vowed to bring back the jobs, and Smith is promising …`: an infinitive is joined to no clause with a subject
      // of its own.
      if (nx === "and" && tokens[a]!.lower === "to" && nw && startsClause(nw) && !isAuxiliary(nw) && verbFollows(tokens, k + 2, last)) return k;
      // `…, and has championed an agenda …`: a second predicate of the sentence's subject.
      if (nx === "and" && /^(?:has|have|had)$/.test(tokens[k + 2]?.lower ?? "") && isPastForm(tokens[k + 3]?.lower ?? "")) return k;
      // `…, putting them ahead of …`: a participial phrase of the sentence, not of the report.
      if (k > a && isParticipleAt(tokens, k + 1) && !participleGoesOn(tokens, a, k)) return k;
    }
    // `… and three-quarters said …`, `…, though she acknowledged …`: a new subject with its own verb of saying.
    // Not after a fronted adverbial alone (`said that in 1998, Clinton allowed …`): the clause has no verb yet.
    // `because Congress and President Obama agreed …`: `and` between two names joins one subject.
    const names = t.lower === "and" && tokens[k - 1]!.cap && tokens[k + 1]?.cap === true;
    if ((t.text === "," || (t.forms & WordForm.NEW_REPORT_CONJUNCTION) !== 0) && k > a && !names && newReport(tokens, k + 1, last) && !frontedOnly(tokens, a, k)) return k;
    // `… and declined to provide a list`, `…, but would not offer details`: the source's refusal to tell more; `… and
    // suspected that …`: a clause of its own.
    if ((t.lower === "and" || t.lower === "but") && k > a && (withholdingAt(tokens, k + 1) || thatPredicateAt(tokens, k + 1))) return tokens[k - 1]?.text === "," ? k - 1 : k;
    // `… and said that …`, `…, has said …`: a second verb of saying of the same subject.
    if ((t.lower === "and" || t.lower === "but" || t.text === ",") && k > a) {
      let x = k + 1;
      while (x < last && isAuxiliary(tokens[x]!) && tokens[x]!.lower !== "to") x++;
      const v = tokens[x];
      // A weak verb in the past with a plain object (`had not met him and never called a donor`) or a verb of other
      // senses goes on with the clause; with its own `that`, particle or infinitive (`and called on X to …`, `and asked
      // their governments to help`) or in the present of the cue (`says … and calls him a friend`) it is the speaker's.
      // `the names and addresses of …`: a noun that a preposition follows is no verb.
      // `the money, message, independence and time`: a word between a comma and the next is a list item.
      const noun = v !== undefined && x === k + 1 && ((isNounWord(v.lower) && tokens[x + 1]?.lower === "of") || (t.text === "," && LIST_GOES_ON.has(tokens[x + 1]?.lower ?? "")));
      const lemma = v && v.kind === "word" && !v.cap && !v.lower.endsWith("ing") && !noun ? SPEECH_VERBS.get(v.lower) : undefined;
      // `… and will address the email in its report`, `…, and then would continue to …`, `… but decided to proceed`: a
      // weak verb after a modal, or a verb of decision with its infinitive, is a predicate of the clause's own subject.
      const predicate = modalBefore(tokens, k + 1, x) || (DECISION_VERBS.has(lemma ?? "") && tokens[x + 1]?.lower === "to");
      // `… and questioned how he would …`: an indirect question of its own is the speaker's too.
      const own = WEAK_VERB_CONTENT.has(tokens[x + 1]?.lower ?? "") || QUESTION_WORDS.has(tokens[x + 1]?.lower ?? "");
      const goesOn = verbIs(lemma ?? "", VerbBit.WEAK) && (predicate || (isPastForm(v!.lower) && !own &&
        skipObject(tokens, x + 1, last, (w) => w.lower === "to") < 0));
      if (lemma && !verbIs(lemma, VerbBit.OTHER_SENSE) && !goesOn) return tokens[k - 1]?.text === "," ? k - 1 : k;
    }
  }
  return last;
}

/**
 * Where a reported clause at `a`..`b` ends when its cue stands in a fronted subordinate clause (`While she says A, B`,
 * `When X noted that A ― …― Y boasted`): at the first comma or dash after which a main clause with a verb of its own
 * runs to the next comma, dash or the sentence's end, once the content before it has a verb, is a speech verb's
 * `object` or a subject pronoun opens the main clause (`once he has said his piece, he …`); `b` when the cue opens no subordinate clause (its source at
 * `lead`) or no main clause follows (`If she says A, B and C.`).
 */
export function subordinateEnd(tokens: readonly Token[], lead: number, a: number, b: number, last: number, object = false): number {
  if (!SUBORDINATORS.has(tokens[lead - 1]?.lower ?? "") || tokens[lead - 1]!.lower === "despite") return b;
  let k = a + 1;
  while (k < b && !isClauseBreak(tokens, k)) k++;
  while (k < b) {
    let e = k + 1;
    while (e < last && !isClauseBreak(tokens, e)) e++;
    // `…, and that B`: a second clause of the same verb; `…, including …`: the content goes on.
    const nx = tokens[k + 1]?.lower ?? "";
    // The content before the break must be a clause already: `said the welders, riggers and pilots were unpaid`.
    // A quotation that closes on its comma (`had “been friends for some time,” he claimed …`) ends with it.
    if (!NOT_MAIN_CLAUSE.has(nx) && !CONTINUING_PARTICIPLES.has(nx) && (hasFiniteVerb(tokens, k + 1, e) || openClause(tokens, k + 1, e)) && (object || (startsClauseStrict(tokens[k + 1]) && !frontedOnly(tokens, a, k)) || hasFiniteVerb(tokens, a, k))) return tokens[k]!.kind === "quote" ? k + 1 : k;
    k = e;
  }
  return b;
}

/** Words after a comma that do not open the main clause after a subordinate one. */
const NOT_MAIN_CLAUSE: ReadonlySet<string> = new Set(["and", "or", "but", "that", "who", "which", "whose", "whom", "where"]);

/** A comma (not a thousands comma: `34,570`), a dash, or a quotation closing on its comma at `k`. */
function isClauseBreak(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (t.kind === "quote") return t.text.length > 2 && t.text.charCodeAt(t.text.length - 2) === 44;
  if (t.kind !== "punct") return false;
  if (DASH_MARKS.has(t.text)) return true;
  return t.text === "," && !(/^\d/.test(tokens[k + 1]?.text ?? "") && /\d$/.test(tokens[k - 1]?.text ?? ""));
}

/**
 * `b`, or where a closing time adverbial (`on Friday`, `last week`, `earlier this month`) or the go-between of the
 * source (`denied the charges through his lawyer`) starts. `dates`: a month or a year closes it too (`announced his
 * candidacy in June 2015`), as after a noun object; a gerund's (`admitted closing the terminal in April`) keeps it.
 */
export function withoutTrailingTime(tokens: readonly Token[], a: number, b: number, dates = false): number {
  let end = b;
  while (end > a && tokens[end - 1]!.kind === "punct") end--;
  const last = tokens[end - 1]!.lower;
  const time = TIME_NOUNS.has(last) || (dates && (MONTHS.has(last) || /^(?:19|20)\d\d$/.test(last)));
  for (let k = Math.max(a + 1, end - 3); k < end; k++) {
    if (TIME_OPENERS.has(tokens[k]!.lower) && time) return k;
    if (tokens[k]!.lower === "through" && k + 1 < end - 1 && GO_BETWEEN_NOUNS.has(last)) return k;
  }
  return b;
}

/** `in 1998`, `after the vote`: the words from `a` to `k` are a fronted adverbial, without a verb of their own. */
function frontedOnly(tokens: readonly Token[], a: number, k: number): boolean {
  return FRONTED_OPENERS.has(tokens[a]!.lower) && !hasFiniteVerb(tokens, a, k);
}

/** `if elected, …`, `even if they thought it wise, …`: the words from `a` to the comma at `k` are a subordinate clause alone. */
function frontedSubordinate(tokens: readonly Token[], a: number, k: number): boolean {
  const s = BEFORE_SUBORDINATOR.has(tokens[a]!.lower) ? a + 1 : a;
  return SUBORDINATORS.has(tokens[s]?.lower ?? "") && !hasComma(tokens, a, k);
}
