/**
 * Where a reported clause goes on past a comma or a conjunction and where a new report begins: the contrasts that
 * complete the clause (`, but not …`, `, while …` with a subject of its own), the relatives the report keeps, and a new
 * subject with its own verb of saying; the participial phrases and semicolon lists that go on with it. Read by
 * `clauseEnd` in clause-bounds.
 */
import type { Token } from "../../speakers/tokenize";
import { isFunctionWord, isNounWord, WordClass, WordForm } from "../../speakers/word-tags";
import { SPEECH_VERBS } from "../../lexicon/speech-verbs";
import { REPORTING_VERBS } from "../../lexicon/reporting-verbs";
import { verbIs, VerbBit } from "../../lexicon/verb-classes";
import {
  ARTICLES, CONTINUING_PARTICIPLES, CONTRAST_FOCUS, CONTRASTS, GIVING_VERBS, HEDGING_MODALS, NOT_NEW_REPORT, OBJECT_AFTER_VERB, REFUSAL_VERBS, RELATIVES,
  REPORTING_PARTICIPLES, CLAUSE_COORDINATORS,
  WITHHELD_NOUNS, WITHHELD_VERBS, WITHHOLDING_AUXILIARIES,
} from "../../lexicon/function-words";
import { isAuxiliary, isStop } from "../cues";
import { finiteToken, hasFiniteVerb, isFiniteForm, isPastForm, pastToken, startsClause, startsClauseStrict, startsFinite, straightApostrophes, verbFollows } from "./clause-words";

/** Forms of a verb of saying that report on their own (`said`, `says`, `acknowledged`); `rules`, `states` are nouns as often. */
export const REPORT_FORM = /^(?:[a-z]+ed|said|says|say|told|tells|wrote|writes|thought|thinks|think)$/;

/** How many words a new subject may run before its verb of saying (`more than 4 in 10 said`). */
const NEW_SUBJECT_REACH = 7;

/**
 * The words after `, but` at `k` are a phrase that completes the clause before it, not a clause of their own: a focus
 * word (`but not …`, `but also …`, `but only …`, `but rather …`), or a run with no finite verb to the next
 * punctuation mark other than a comma (`but a catastrophe.`; `but for Republicans, it is …` fronts a clause). The run
 * ends at the first mark, so the words are read once however many contrasts the sentence holds.
 */
export function contrastPhrase(tokens: readonly Token[], k: number, last: number): boolean {
  const t = tokens[k];
  if (!t || t.kind !== "word") return false;
  if (CONTRAST_FOCUS.has(t.lower)) return true;
  // `…, but should he win, …`: an auxiliary before a subject pronoun inverts a condition, a clause of its own.
  if (isAuxiliary(t) && startsClauseStrict(tokens[k + 1])) return false;
  // `…, but couldn't provide them`, `…, but hasn't decided …`: a second predicate of the clause's subject, unless its
  // verb reports (`…, but said …`, `…, but believes …`).
  if (!t.cap && (startsFinite(t.lower) || (isPastForm(t.lower) && !isNounWord(t.lower))) && !SPEECH_VERBS.has(t.lower) && !REPORTING_VERBS.clause.has(t.lower)) return true;
  let e = k;
  // `but Mrs. Clinton would …`: the period of an abbreviation goes on.
  while (e < last && (tokens[e]!.kind === "word" || (tokens[e]!.text === "." && !isStop(tokens, e)))) e++;
  // `…, but for Republicans, it is …`: a phrase before a comma fronts a clause of its own.
  return tokens[e]?.text !== "," && !hasFiniteVerb(tokens, k, e);
}

/**
 * A clause with a subject of its own opens at `k` after `, while` or `, whereas` (`…, while Mr. Sanders has backing
 * from 33 percent`): it sets a second fact against the first and stays in the report (PolNeAR keeps it). One without
 * a subject (`…, while acknowledging that …`) is the writer's, and so is a concession (`…, although he again refused
 * …`) or a clause with its own verb of saying, which `newReport` ends the clause before.
 */
export function contrastClause(tokens: readonly Token[], k: number, last: number): boolean {
  return startsClause(tokens[k]) && !isAuxiliary(tokens[k]!) && verbFollows(tokens, k, last);
}

/**
 * Where a content without a verb of its own (`reported spending $1 million on ads`, `vowed to rebuild the pier`) ends
 * before a contrast with a subject and a verb (`…, while a second group reported spending …`): a clause of the writer's,
 * which no gerund or infinitive holds; `b` when none stands in `a`..`b`.
 */
export function nonFiniteContrastEnd(tokens: readonly Token[], a: number, b: number): number {
  for (let k = a + 1; k < b; k++) {
    if (tokens[k]!.text === "," && CONTRASTS.has(tokens[k + 1]?.lower ?? "") && contrastClause(tokens, k + 2, b)) return k;
  }
  return b;
}

/**
 * The relative at `k` opens a clause of the report's own: `which` with a subject pronoun and its verb (`…, which she
 * was doing when …`, `…, which he appeared to run afoul of`), the pronoun standing for someone the report is about.
 * A relative with a subject of its own name (`…, which the Supreme Court has put on hold`), a subject relative (`…,
 * which is spread by mosquitoes`) or one with a verb of saying (`…, which he described as …`, `…, which he has
 * denied`) is the writer's (measured on PolNeAR train and dev).
 */
export function reportedRelative(tokens: readonly Token[], k: number, last: number): boolean {
  if (hedgedRelative(tokens, k + 1, last)) return true;
  if (tokens[k]!.lower !== "which" || !startsClauseStrict(tokens[k + 1]) || !verbFollows(tokens, k + 1, last)) return false;
  for (let x = k + 2; x < last && x <= k + RELATIVE_VERB_REACH; x++) {
    const t = tokens[x]!;
    if (t.kind !== "word") break;
    if (!t.cap && SPEECH_VERBS.has(t.lower)) return false;
  }
  return true;
}

/**
 * The relative clause at `k` holds a modal of possibility within a few words (`…, which could have let him avoid
 * taxes`, `…, where other countries would change their laws`): a consequence the speaker foresees, not a fact the
 * writer adds about the last noun.
 */
function hedgedRelative(tokens: readonly Token[], k: number, last: number): boolean {
  for (let x = k; x < last && x < k + HEDGE_REACH; x++) {
    const t = tokens[x]!;
    // `…, which he said would be …`: a relative with a verb of saying reports anew.
    if (t.kind !== "word" || (!t.cap && SPEECH_VERBS.has(t.lower))) return false;
    if (HEDGING_MODALS.has(t.lower)) return true;
  }
  return false;
}

/** How many words after a relative its modal may stand (`where other countries would`). */
const HEDGE_REACH = 4;

/** How far after `which` and its pronoun a verb of saying is looked for (`which he has repeatedly denied`). */
const RELATIVE_VERB_REACH = 5;


/** A new subject followed by a finite verb of saying starts at `k`: `three-quarters said`, `she acknowledged`. */
export function newReport(tokens: readonly Token[], k: number, last: number): boolean {
  // `…, but hasn't decided what …`: an auxiliary, or a finite form (`hasn't`, `won’t`) first or after the
  // conjunction, opens a predicate, never a new subject.
  const opener = tokens[k];
  if (opener?.kind !== "word" || isAuxiliary(opener)) return false;
  const verb = tokens[(opener.forms & WordForm.NEW_REPORT_CONJUNCTION) !== 0 ? k + 1 : k];
  if (verb && finiteToken(verb)) return false;
  // `… right then and there and asked …`: `there` is a subject only before its auxiliary (`there were`).
  if (tokens[k]!.lower === "there" && !(tokens[k + 1] && isAuxiliary(tokens[k + 1]!))) return false;
  // `…, which could have allowed him to …`: a foreseen consequence, whose verb is no report.
  if (RELATIVES.has(tokens[k]!.lower) && hedgedRelative(tokens, k + 1, last)) return false;
  // `… and liked the way she responded`: a past form opens a second predicate, not a new subject.
  if (!opener.cap && pastToken(opener) && (opener.classes & WordClass.NOUN) === 0) return false;
  for (let x = k + 1; x < last && x <= k + NEW_SUBJECT_REACH; x++) {
    const t = tokens[x]!;
    if (t.kind !== "word" && t.text !== "-" && t.text !== ".") return false;
    if (t.kind !== "word" || t.cap) continue;
    // `the public to think …`: an infinitive is no report of its own (`to` counts among the auxiliaries).
    if (t.lower === "to") return false;
    // `… and Bernie Sanders so he would not be accused`: a second subject (not a relative's, `which he said`, nor one
    // after a conjunction or a fronted adverbial, `because he said`, `at the town hall she said`; `and that he thinks`
    // goes on with the report), whose verb the later one is; `campus
    // security located her and told her …`: the subject's own verb with its object comes first.
    if ((((x > k + 1 && startsClause(tokens[k])) || tokens[k]!.lower === "that") && startsClauseStrict(t) && !RELATIVES.has(tokens[x - 1]!.lower)) || (pastToken(t) && (t.classes & WordClass.SPEECH_VERB) === 0 && OBJECT_AFTER_VERB.has(tokens[x + 1]?.lower ?? ""))) return false;
    if (isAuxiliary(t)) continue;
    if ((t.classes & WordClass.SPEECH_VERB) !== 0 && REPORT_FORM.test(t.lower) && !verbIs(t.lower, VerbBit.OTHER_SENSE)) {
      // `the plan said to cost …` is no report; the subject must not be a bare article. `… its exercises and patrols
      // in the region and said …`: a verb right after `and` shares the subject before the conjunction, not this one.
      return !ARTICLES.has(tokens[x - 1]!.lower) && !(x - 1 > k && CLAUSE_COORDINATORS.has(tokens[x - 1]!.lower));
    }
    // `…, about the same number who said the party cares`: a subject with its relative `who` and a verb of saying is
    // a report of its own.
    if (t.lower === "who" && x > k && REPORT_FORM.test(tokens[x + 1]?.lower ?? "") && SPEECH_VERBS.has(tokens[x + 1]!.lower)) return true;
    if (NOT_NEW_REPORT.has(t.lower)) return false;
  }
  return false;
}

/** How far after a semicolon the verb of a parallel clause is looked for (`; Goldman Sachs holds`). */
const PARALLEL_REACH = 5;

/**
 * The segment after the semicolon at `k` is parallel to the clause `a`..`k`: a past form opens it (a second predicate
 * of the same subject, `; helped marshal …`) or the clause's own verb comes back after a name within a few words
 * (`Acme holds …; Brill holds …`).
 */
export function parallelAfterSemicolon(tokens: readonly Token[], a: number, k: number, last: number): boolean {
  const n = tokens[k + 1]?.lower === "and" ? tokens[k + 2] : tokens[k + 1];
  if (!n || n.kind !== "word") return false;
  if (nameItem(tokens, tokens[k + 1] === n ? k + 1 : k + 2, last)) return true;
  if (!n.cap && isPastForm(n.lower) && !isNounWord(n.lower) && hasFiniteVerb(tokens, a, k)) return true;
  for (let x = k + 2; x < last && x <= k + PARALLEL_REACH; x++) {
    const t = tokens[x]!;
    if (t.kind !== "word") return false;
    if (t.cap || isFunctionWord(t.lower) || t.lower.length < 4) continue;
    // The verb after a name in both: `Apple holds`, `Nike holds`.
    if (!tokens[x - 1]!.cap) continue;
    for (let y = a + 1; y < k && y <= a + PARALLEL_REACH; y++) if (tokens[y]!.lower === t.lower && tokens[y - 1]!.cap) return true;
  }
  return false;
}

/** How many tokens a list item of names may take (`Oklahoma Gov. Mary Fallin`, `Rep. Marsha Blackburn, R-Tenn.`). */
const NAME_ITEM_REACH = 10;

/**
 * `…, along with Tim Tebow; Rep. Marsha Blackburn, R-Tenn.; and Ivanka Trump`: an item of a semicolon list that holds
 * only names, numbers and function words up to the next semicolon or the sentence's end.
 */
function nameItem(tokens: readonly Token[], x: number, last: number): boolean {
  if (!tokens[x]?.cap) return false;
  for (let y = x; y - x <= NAME_ITEM_REACH; y++) {
    if (y >= last || tokens[y]!.text === ";" || isStop(tokens, y)) return y > x;
    const t = tokens[y]!;
    if (t.kind === "quote" || (t.kind === "word" && !t.cap && !/^\d/.test(t.text) && !isFunctionWord(t.lower))) return false;
  }
  return false;
}

/** A participle opens a phrase at `x` (`putting`, `allowing`), not a noun (`building`) nor a participle that continues any content (`including`). */
export function isParticipleAt(tokens: readonly Token[], x: number): boolean {
  const t = tokens[x];
  return t !== undefined && t.kind === "word" && !t.cap && t.lower.endsWith("ing") && !CONTINUING_PARTICIPLES.has(t.lower) && isParticiple(t.lower);
}

/**
 * The phrase after the mark at `k` goes on with the clause `a`..`k`: a participle that continues any content
 * (`including …`), or one after a finite clause (`…, allowing people to see …`, measured on PolNeAR: the annotators
 * keep it) unless a verb of saying (`…, citing …`, `…, pointing to …`) reports anew. After a plain object (`denied
 * the claims, pointing to …`) a participle is the writer's.
 */
export function participleGoesOn(tokens: readonly Token[], a: number, k: number): boolean {
  const nx = tokens[k + 1]?.lower ?? "";
  if (CONTINUING_PARTICIPLES.has(nx)) return !REPORTING_PARTICIPLES.has(nx);
  if (!isParticipleAt(tokens, k + 1) || !hasFiniteVerb(tokens, a, k)) return false;
  const lemma = SPEECH_VERBS.get(nx);
  return !(lemma && verbIs(lemma, VerbBit.REPORTING | VerbBit.WEAK));
}

/** A gerund or present participle: an `-ing` form that is neither a noun (`building`, `nothing`) nor a preposition (`during`). */
function isParticiple(lower: string): boolean {
  return lower.length > 5 && !isNounWord(lower) && !isFunctionWord(lower);
}

/** How many words a concession between commas may take (`, though culturally conservative,`). */
const ASIDE_WORDS = 3;

/**
 * The comma that closes a concession of a few words without a verb opened at `k` after `, though` (`, although brief,
 * opportunity`), when the words after it go on with the clause rather than open one; else -1.
 */
export function concessiveAside(tokens: readonly Token[], k: number, last: number): number {
  for (let x = k; x < last && x <= k + ASIDE_WORDS; x++) {
    const t = tokens[x]!;
    if (t.text === ",") {
      const n = tokens[x + 1];
      return x > k && n?.kind === "word" && !n.cap && !startsClause(n) && !isAuxiliary(n) && !hasFiniteVerb(tokens, k, x) ? x : -1;
    }
    if (t.kind !== "word") return -1;
  }
  return -1;
}

/** How many words after a verb of giving its noun of information may stand (`provide a list`, `offer any further details`). */
const WITHHELD_NOUN_REACH = 3;

/**
 * The words at `k`, after `and` or `but`, are the source's refusal to tell more: `… and declined to provide a list of
 * venues`, `… but would not offer details`, `… and refuses to answer questions`, `… but won't say when`. A second
 * predicate of the cue's subject, not of the report (`… and will not provide any support` withholds no information and
 * goes on with it).
 */
export function withholdingAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || t.kind !== "word" || t.cap) return false;
  const w = straightApostrophes(t.lower);
  let v = -1;
  if (REFUSAL_VERBS.has(w) && tokens[k + 1]?.lower === "to") v = k + 2;
  else if (WITHHOLDING_AUXILIARIES.has(w)) v = w.endsWith("n't") ? k + 1 : tokens[k + 1]?.lower === "not" ? k + 2 : -1;
  const verb = v >= 0 ? tokens[v]?.lower ?? "" : "";
  if (WITHHELD_VERBS.has(verb)) return true;
  if (!GIVING_VERBS.has(verb)) return false;
  for (let x = v + 1; x <= v + WITHHELD_NOUN_REACH && x < tokens.length && tokens[x]!.kind === "word"; x++) if (WITHHELD_NOUNS.has(tokens[x]!.lower)) return true;
  return false;
}

/** How many tokens an aside inside a clause's subject may take between its commas: `, numbering 75.3 million,`. */
const MAX_SUBJECT_ASIDE = 10;

/**
 * The comma that closes an aside opened by the comma at `k` inside the subject of the clause `a`..`k` (no verb yet),
 * when the subject's verb follows it: `said Millennials, numbering 75.3 million, surpassed …`, `said his band and
 * Brian Burton, AKA Danger Mouse, wrote …`; -1 otherwise. The aside holds no verb of its own.
 */
export function subjectAside(tokens: readonly Token[], a: number, k: number, last: number): number {
  if (k <= a || tokens[k + 1]?.kind !== "word" || hasFiniteVerb(tokens, a, k)) return -1;
  for (let x = k + 2; x < last && x <= k + MAX_SUBJECT_ASIDE; x++) {
    const t = tokens[x]!;
    if (t.kind === "word") continue;
    if (t.text !== ",") return -1;
    if (/^\d/.test(tokens[x + 1]?.text ?? "")) continue;
    const v = tokens[x + 1];
    // `the program, run by the Department of Homeland Security, has …`: a participle before its agent is no verb.
    const from = tokens[k + 2]?.lower === "by" ? k + 2 : k + 1;
    return v?.kind === "word" && !v.cap && !hasFiniteVerb(tokens, from, x) && hasFiniteVerb(tokens, x + 1, x + 2) ? x : -1;
  }
  return -1;
}

/** How many words after its determiner the noun an appositive takes up may stand (`— a steep decline`). */
const RESUMED_NOUN_REACH = 2;

/** After the dash at `k`, a determiner and a noun of the clause `a`..`k` again (`in decline — a decline that …`). */
export function resumptive(tokens: readonly Token[], a: number, k: number): boolean {
  if (!ARTICLES.has(tokens[k + 1]?.lower ?? "")) return false;
  for (let x = k + 2; x <= k + 1 + RESUMED_NOUN_REACH; x++) {
    const w = tokens[x];
    if (!w || w.kind !== "word" || w.cap || isAuxiliary(w) || isFiniteForm(w.lower)) return false;
    if (isFunctionWord(w.lower)) continue;
    for (let y = a; y < k; y++) if (tokens[y]!.lower === w.lower) return true;
  }
  return false;
}
