/**
 * The content of a verb of cognition, evidence, intention, question or stance (`lexicon/reporting-verbs`), read by the
 * first of its classes that fits: `asked whether …`, `called for …`, `declined to …`, `believes (that) …`,
 * `…, records show.`, `endorsed Trump`.
 */
import type { Token } from "../../speakers/tokenize";
import { isFunctionWord, isNounWord, isPreposition, isUnknownWord } from "../../speakers/word-tags";
import { SPEECH_VERBS } from "../../lexicon/speech-verbs";
import { verbIs, VerbBit } from "../../lexicon/verb-classes";
import { NO_PLAIN_OBJECT, PARTICLE_VERBS, QUESTION_WORDS, REPORTING_VERBS, objectParticles } from "../../lexicon/reporting-verbs";
import { ANONYMITY_PARTICIPLES, CLAUSE_PRONOUNS, INFINITIVE_TIME_SUBORDINATORS, DESCRIPTION_OPENERS, POSSESSIVE_DETERMINERS, REPORTING_PARTICIPLES, SUBORDINATORS, TIME_NOUNS } from "../../lexicon/function-words";
import { GAP_RELATIVES, HYPOTHETICAL_MODALS, JUDGMENT_AFTER_OBJECT, NAMING_VERBS } from "../../lexicon/not-claims";
import { isAuxiliary } from "../cues";
import { clauseEnd } from "./clause-bounds";
import { objectThroughQuotes } from "./object-bounds";
import { coordinatedPredicateEnd } from "./coordinated-predicate";
import { nonFiniteContrastEnd } from "./clause-breaks";
import { closesWithAdjunct } from "./cue-tail";
import { hasComma, isPastForm, OBJECT_REACH, opensSubject, skipObject, startsClause, startsClauseStrict, startsObject, verbFollows } from "./clause-words";
import { isTimeAdjunct } from "./time-adjunct";
import { opensClause } from "./opens-clause";
import { MIN_CLAUSE_WORDS, MIN_INFINITIVE_WORDS, MIN_OBJECT_WORDS, type VerbContent } from "./context";

/**
 * Every form one of the shapes below starts from: each shape begins with a look-up of the verb in one of these maps,
 * so any other word (most words of a sentence) has no content, and is passed over with one look-up. A token tells the
 * same by its class bit `WordClass.REPORTING_VERB`, built from the same maps.
 */
const TRIGGERS: ReadonlySet<string> = new Set([
  ...REPORTING_VERBS.question.keys(), ...PARTICLE_VERBS.keys(), ...REPORTING_VERBS.infinitive.keys(),
  ...REPORTING_VERBS.clause.keys(), ...REPORTING_VERBS.object.keys(),
]);

/** The content of a verb of `lexicon/reporting-verbs` at token `i`, by the first of its classes that fits. */
export function readVerbContent(tokens: readonly Token[], i: number, last: number): VerbContent | undefined {
  const form = tokens[i]!.lower;
  if (!TRIGGERS.has(form)) return undefined;
  let k = i + 1;
  const next = tokens[k];
  // Question: `asked (the senator) whether …`.
  const q = REPORTING_VERBS.question.get(form);
  if (q) {
    const w = skipObject(tokens, k, last, (t) => QUESTION_WORDS.has(t.lower));
    if (w >= 0 && tokens[w + 1]?.kind === "word") return { shape: "question", lemma: q, cueLast: i + 1, a: w, b: clauseEnd(tokens, w, last), minWords: MIN_INFINITIVE_WORDS + 1, finite: false };
  }
  // Particle: `called on X to …`, `warned against …`; `called for an inquiry` is a demand, which reports no claim.
  const p = PARTICLE_VERBS.get(form);
  if (p && next?.kind === "word") {
    const parts = objectParticles(p);
    if (parts.includes(next.lower)) {
      let e = k + 1;
      while (parts.includes(tokens[e]?.lower ?? "") && e - k < 2) e++;
      // `called on Congress to act`: the object and its infinitive.
      const to = skipObject(tokens, e, last, (t) => t.lower === "to");
      if (to >= 0 && tokens[to + 1]?.kind === "word" && !tokens[to + 1]!.cap) return { shape: "call-for", lemma: p, cueLast: e, a: e, b: infinitiveEnd(tokens, e, last), minWords: MIN_INFINITIVE_WORDS + 1, finite: false };
      if (startsObject(tokens[e]) && !NO_PLAIN_OBJECT.has(p)) return { shape: "call-for", lemma: p, cueLast: e, a: e, b: objectThroughQuotes(tokens, e, last), minWords: MIN_OBJECT_WORDS, finite: false };
    }
  }
  // Infinitive: `wants to …`, `urged the administration to …`, `declined to comment`.
  const inf = REPORTING_VERBS.infinitive.get(form);
  if (inf && !anonymityFormula(tokens, k) && !refusalToSpeak(tokens, k)) {
    if (next?.lower === "to" && tokens[k + 1]?.kind === "word" && !tokens[k + 1]!.cap) return { shape: "intention", lemma: inf, cueLast: i + 1, a: k, b: infinitiveEnd(tokens, k, last), minWords: MIN_INFINITIVE_WORDS, finite: false };
    const to = skipObject(tokens, k, last, (t) => t.lower === "to");
    // `vowed Tuesday to remain in the race`: a time between the verb and `to` is the cue's; the content starts at `to`.
    if (to > k && tokens[to + 1]?.kind === "word" && !tokens[to + 1]!.cap && isTimeAdjunct(tokens, k, to)) {
      return { shape: "intention", lemma: inf, cueLast: i + 1, a: to, b: infinitiveEnd(tokens, to, last), minWords: MIN_INFINITIVE_WORDS, finite: false };
    }
    // `told Yahoo in response to a question`: a determiner after `to` makes it a preposition — unless the object holds
    // the verb's own particle, whose phrase the content is (`warning candidates against moving too far to the left`).
    // A verb of saying right after the verb is a noun of its own (`asked questions about …`), unless it modifies the
    // object's noun (`warned state elections officials to …`).
    if (to > k && tokens[to + 1]?.kind === "word" && !tokens[to + 1]!.cap && !(SPEECH_VERBS.has(tokens[k]!.lower) && !modifiesNoun(tokens, k, to)) &&
      (!DESCRIPTION_OPENERS.has(tokens[to + 1]!.lower) || holdsParticle(tokens, k, to, inf))) {
      return { shape: "intention", lemma: inf, cueLast: i + 1, a: k, b: infinitiveEnd(tokens, k, last), minWords: MIN_INFINITIVE_WORDS + 1, finite: false };
    }
  }
  // Clause: `believes (that) …`, `found that …`, `records show …`; or closing the sentence: `…, the report found.`
  // `many would hope …`, `one could find …`, `could question the plan`: a hypothetical attitude is held by no one yet
  // (an intention is not: `would pledge to …` reports a pledge).
  if (HYPOTHETICAL_MODALS.has(tokens[i - 1]?.lower ?? "")) return undefined;
  const c = REPORTING_VERBS.clause.get(form);
  if (c) {
    while (k < last && isAuxiliary(tokens[k]!) && tokens[k]!.lower !== "to") k++;
    if (tokens[k]?.lower === "that" && tokens[k + 1]?.kind === "word") return { shape: "clause", lemma: c, cueLast: i + 1, a: k + 1, b: clauseEnd(tokens, k + 1, last), minWords: MIN_CLAUSE_WORDS, finite: true };
    // `found he gave money to both parties`, but not `found him to be …` nor a list (`found X, Y and Z`).
    // Nor an object whose verb is a relative's (`recognise the anger of workers, the consensus …`, `assumed a new role`),
    // except after a verb whose content may be verbless (`the poll shows Clinton with a lead`).
    if (startsClause(tokens[k]) && tokens[k + 1]?.lower !== "to" && tokens[k + 2]?.lower !== "to" && !hasComma(tokens, k, Math.min(last, k + OBJECT_REACH))) {
      const b = clauseEnd(tokens, k, last);
      if (verbIs(c, VerbBit.VERBLESS) || opensClause(tokens, k, b)) return { shape: "clause", lemma: c, cueLast: i + 1, a: k, b, minWords: MIN_CLAUSE_WORDS + 1, finite: true };
    }
    // `…, records show.`, `…, records show; …`, `…, the audit found on Tuesday -- a finding that …`: the tail of a
    // closing cue. A comma right after the verb (`…, he hopes, Bush 45.`) leaves it to the parenthetical reading.
    if (tokens[k] === undefined || k >= last || (tokens[k]!.text !== "," && closesWithAdjunct(tokens, k, last, false))) return { shape: "closing", lemma: c, cueLast: i + 1, a: -1, b: -1, minWords: MIN_CLAUSE_WORDS, finite: true };
  }
  // Object: `endorsed Trump`, `criticized the president's foreign policy`.
  const o = REPORTING_VERBS.object.get(form);
  if (o && !form.endsWith("ing") && startsObject(next)) {
    const b = objectThroughQuotes(tokens, k, last);
    if (!judgmentQuoted(tokens, k, b)) return { shape: "object", lemma: o, cueLast: i + 1, a: k, b, minWords: MIN_OBJECT_WORDS, finite: false };
  }
  return undefined;
}

/**
 * Where an infinitive's content ends: where a clause's would, or at a reporting participle after a comma, which is a
 * report of its own (`refused to speculate on the outcome, adding that he would be away`, `urged the Fed not to act,
 * noting …`). An infinitive has no verb of its own for the participle to go on from. A clause of time after it dates the
 * saying (`INFINITIVE_TIME_SUBORDINATORS`).
 */
export function infinitiveEnd(tokens: readonly Token[], a: number, last: number): number {
  const b = nonFiniteContrastEnd(tokens, a, coordinatedPredicateEnd(tokens, a, clauseEnd(tokens, a, last), false));
  let inner = false;
  for (let k = a + 1; k < b; k++) {
    if (tokens[k]!.text === "," && (REPORTING_PARTICIPLES.has(tokens[k + 1]?.lower ?? "") || pronounRelative(tokens, k + 1))) return k;
    if (INFINITIVE_TIME_SUBORDINATORS.has(tokens[k]!.lower) && opensSubject(tokens, k + 1, b)) return k;
    // `pledged to visit every county and he has long used that fact …`: a subject pronoun with its verb after `and` is
    // a clause of the writer's, which an infinitive never holds (not inside a clause of its own: `to show that …`,
    // `to rule out a tax only if it were neutral and it replaced …`).
    // `promised to push harder on citizenship, opposed his trade deal and …`: after a comma, a past form with an object
    // of its own is a second predicate of the source's, in a list of what it did.
    if (tokens[k]!.text === "," && pastWithObject(tokens, k + 1)) return k;
    if (tokens[k]!.lower === "that" || SUBORDINATORS.has(tokens[k]!.lower)) inner = true;
    if (!inner && (tokens[k]!.lower === "and" || tokens[k]!.lower === "but") && startsClauseStrict(tokens[k + 1]) && verbFollows(tokens, k + 1, b)) return tokens[k - 1]?.text === "," ? k - 1 : k;
  }
  return b;
}

/** A lower-case past form at `k` (not a noun's form) and a possessive determiner after it: `opposed his signature deal`. */
function pastWithObject(tokens: readonly Token[], k: number): boolean {
  const v = tokens[k];
  return v !== undefined && v.kind === "word" && !v.cap && isPastForm(v.lower) && !isNounWord(v.lower) && POSSESSIVE_DETERMINERS.has(tokens[k + 1]?.lower ?? "");
}

/**
 * `vowed to attack her character, which he would have needed to do …`: after an infinitive, a relative with a subject
 * pronoun is the writer's comment on the intention (after a finite clause it may be the report's own, `clauseEnd`).
 */
function pronounRelative(tokens: readonly Token[], k: number): boolean {
  return tokens[k]?.lower === "which" && startsClauseStrict(tokens[k + 1]);
}

/** `declined to comment.`, `refused to comment for this story`: no content, only a refusal to give one. */
function refusalToSpeak(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]?.lower !== "to" || !SPEECH_VERBS.has(tokens[k + 1]?.lower ?? "")) return false;
  const after = tokens[k + 2];
  return !after || after.kind === "punct" || after.lower === "for" || after.lower === "further";
}

/** `asked not to be named`, `declined to be identified`: a source's condition of anonymity reports nothing. */
function anonymityFormula(tokens: readonly Token[], k: number): boolean {
  let x = k;
  if (tokens[x]?.lower === "not") x++;
  return tokens[x]?.lower === "to" && tokens[x + 1]?.lower === "be" && ANONYMITY_PARTICIPLES.has(tokens[x + 2]?.lower ?? "");
}

/**
 * An infinitive whose object a relative took away (`which Beijing has vowed to ignore`, `what he promises to do`,
 * `something many had urged him to do`): the content `a`..`b` ends at its verb, and a relative word stands right
 * before the source at `lead`, or the verb is `do`. What is intended is named elsewhere, not in the content.
 */
export function gappedInfinitive(tokens: readonly Token[], a: number, b: number, lead: number): boolean {
  let end = b;
  while (end > a && tokens[end - 1]!.kind === "punct") end--;
  if (end - a > GAPPED_WORDS || tokens[end - 2]?.lower !== "to") return false;
  if (tokens[end - 1]!.lower === "do") return true;
  for (let k = Math.max(0, lead - RELATIVE_REACH); k < lead; k++) if (GAP_RELATIVES.has(tokens[k]!.lower)) return true;
  return contactRelative(tokens, lead);
}

/**
 * `the very people they refuse to define`, `unions they have declined to join`: a subject pronoun right after a common
 * noun, without a relative word, opens a relative clause of that noun (`At the rally he said` is fronted by a
 * preposition; `Last week they vowed` by a time).
 */
function contactRelative(tokens: readonly Token[], lead: number): boolean {
  const pronoun = tokens[lead];
  const t = tokens[lead - 1];
  if (!pronoun || !CLAUSE_PRONOUNS.has(pronoun.lower) || !t || t.kind !== "word" || t.cap || t.possessive) return false;
  return (isNounWord(t.lower) || isPlural(t.lower)) && !isFunctionWord(t.lower) && !TIME_NOUNS.has(t.lower);
}

/** The word at `k` stands before the noun of the object ending at `to`: no preposition comes between (`state officials`). */
function modifiesNoun(tokens: readonly Token[], k: number, to: number): boolean {
  if (to <= k + 1) return false;
  for (let x = k + 1; x < to; x++) if (isPreposition(tokens[x]!.lower)) return false;
  return true;
}

/** True when a particle of `lemma`'s object (`warn` … `against`) stands in `a`..`b`. */
function holdsParticle(tokens: readonly Token[], a: number, b: number, lemma: string): boolean {
  const particles = objectParticles(lemma);
  for (let k = a; k < b; k++) if (particles.includes(tokens[k]!.lower)) return true;
  return false;
}

/** A plural the lexicon may not list (`unions`, `donors`). */
function isPlural(lower: string): boolean {
  return lower.length > 3 && lower.endsWith("s") && !lower.endsWith("ss") && isUnknownWord(lower);
}

/** The most words a gapped infinitive takes: `him to do`. */
const GAPPED_WORDS = 3;
/** How many tokens before the source its relative word may stand: `which he has, so far, refused to consider`. */
const RELATIVE_REACH = 2;

/** How many tokens may stand between `as` and the quotation of a judgment: `dismissed the plan as a “crazy system”`. */
const JUDGMENT_REACH = 4;

/**
 * A stance whose judgment is a quotation: `dismissed the plan as “absurd”`, `condemned what he called a “brazen
 * breach”`. The claim is the quoted words, which the quotation finder reports; the bare object is none.
 */
function judgmentQuoted(tokens: readonly Token[], a: number, b: number): boolean {
  if (tokens[a]?.lower === "what" && NAMING_VERBS.has(tokens[a + 2]?.lower ?? "")) return true;
  if (!JUDGMENT_AFTER_OBJECT.has(tokens[b]?.lower ?? "")) return false;
  for (let k = b + 1; k <= b + JUDGMENT_REACH && k < tokens.length; k++) if (tokens[k]!.kind === "quote") return true;
  return false;
}
