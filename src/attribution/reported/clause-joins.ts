/**
 * What stands after `, and`, `, but`, `, though` or a bare comma inside a reported clause: a second predicate of the
 * cue's subject with a clause of its own, a concession without a subject that goes on with the clause, and the
 * writer's own words beside it (a demonstrative comment, a noun phrase in apposition, a name with its own verb).
 * Read by `clauseEnd` in clause-bounds.
 */
import type { Token } from "../../speakers/tokenize";
import { SPEECH_VERBS } from "../../lexicon/speech-verbs";
import { REPORTING_VERBS } from "../../lexicon/reporting-verbs";
import { BE_WORDS, HEDGING_MODALS, MODALS, PAST_MARKERS, PHRASE_DETERMINERS, REFUSAL_VERBS, RELATIVES, SUBJECT_QUANTIFIERS, WITHHELD_VERBS } from "../../lexicon/function-words";
import { isNounWord } from "../../speakers/word-tags";
import { isAuxiliary, isStop } from "../cues";
import { hasFiniteVerb, isPastForm, startsClause, startsClauseStrict, startsFinite, straightApostrophes, subjectVerb } from "./clause-words";
import { REPORT_FORM } from "./clause-breaks";

/**
 * The words at `k`, after `and` or `but`, are a second predicate of the cue's subject with a clause of its own: a verb
 * of thinking or saying in the past and `that` (`… about 9:42 p.m. and suspected immediately that …`).
 */
export function thatPredicateAt(tokens: readonly Token[], k: number): boolean {
  const v = tokens[k];
  if (!v || v.kind !== "word" || v.cap || !isPastForm(v.lower) || !REPORTING_VERBS.clause.has(v.lower)) return false;
  const n = tokens[k + 1]?.lower ?? "";
  return n === "that" || (n.endsWith("ly") && tokens[k + 2]?.lower === "that");
}

/**
 * A concession without a subject of its own runs from `k` (after `, though`) to the sentence's end: `…, though mixed
 * with enough truth to cause damage`. It qualifies the clause and goes on with it.
 */
export function reducedConcession(tokens: readonly Token[], k: number, last: number): boolean {
  const t = tokens[k];
  if (!t || t.kind !== "word" || t.cap || /^\d/.test(t.text) || startsClause(t) || isAuxiliary(t)) return false;
  let e = k;
  while (e < last && tokens[e]!.kind === "word" && !startsClauseStrict(tokens[e])) e++;
  // A participle may open it (`mixed with …`); no verb of a clause follows.
  return (e >= last || isStop(tokens, e)) && !hasFiniteVerb(tokens, k + 1, e);
}

/**
 * `that` at `k` is a demonstrative subject with its form of `be` (`…, and that's something most doctors reject`,
 * `…, and that is why …`): the writer's comment on the clause before it, not a second `that` clause of the cue.
 */
export function demonstrativeComment(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || t.kind !== "word" || t.cap) return false;
  // The tokenizer keeps `that's` as `that` in `lower`, its `'s` in `text` only.
  return t.lower === "that" && (t.text.length > t.lower.length || BE_WORDS.has(tokens[k + 1]?.lower ?? ""));
}

/** How many words a noun phrase after a comma may take before its relative (`, about the same number who`). */
const APPOSITION_REACH = 5;

/**
 * The words after the comma at `k` are a noun phrase of the writer's set beside the clause: `one` with a relative
 * (`…, one that will likely dominate the meeting`) or a phrase whose relative has a verb of saying of its own (`…,
 * about the same number who said the party cares`, `…, double the share who said so in May`).
 */
export function writerApposition(tokens: readonly Token[], k: number): boolean {
  const n = tokens[k + 1];
  if (!n || n.kind !== "word" || n.cap) return false;
  if (n.lower === "one") return RELATIVES.has(tokens[k + 2]?.lower ?? "") || tokens[k + 2]?.lower === "that";
  for (let x = k + 2; x <= k + 1 + APPOSITION_REACH; x++) {
    const t = tokens[x];
    if (!t || t.kind !== "word" || (x > k + 2 && startsFinite(tokens[x - 1]!.lower))) return false;
    if (t.lower !== "who") continue;
    const v = tokens[x + 1];
    return v !== undefined && SPEECH_VERBS.has(v.lower) && REPORT_FORM.test(v.lower);
  }
  return false;
}

/** How many tokens a name standing as a subject may take (`Ms. Brainard`, `Acme Corp.`). */
const NAME_SUBJECT_REACH = 4;

/** A name of up to `NAME_SUBJECT_REACH` words and a finite auxiliary after it open a clause at `k`: `Ms. Brainard is`, `Acme Corp. has`. */
export function namedSubject(tokens: readonly Token[], k: number, last: number): boolean {
  let x = k;
  while (x < last && x - k < NAME_SUBJECT_REACH && (tokens[x]!.cap || tokens[x]!.text === ".")) x++;
  return x > k && x < last && isAuxiliary(tokens[x]!) && tokens[x]!.lower !== "to";
}

/** A modal stands in `from`..`to` (the auxiliaries before a verb: `will`, `then would`). */
export function modalBefore(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (MODALS.has(tokens[k]!.lower)) return true;
  return false;
}

/**
 * After `, but`, a clause opens at `k` with a subject of common nouns and a verb that reports nothing (`…, but the
 * shift was expected after 2018`, `…, but no action was taken`, `…, but those items are hard to find`), and the
 * content from `a` is a clause too: the second half of the contrast the source draws, kept in the report (PolNeAR
 * train keeps it after a verb of saying 7 times to 1). A pronoun (`…, but he …`), a name, a quantifier (`…, but many
 * firms have found ways …`), a verb of saying or thinking (`…, but her allies fear …`) or a refusal (`…, but the
 * campaign refused to answer`) opens the writer's clause or a report of its own; after an object (`called for his
 * resignation, but his battles …`) the clause is the writer's.
 */
export function contrastOnSubject(tokens: readonly Token[], a: number, k: number, last: number): boolean {
  const t = tokens[k];
  if (!t || t.kind !== "word" || t.cap || !PHRASE_DETERMINERS.has(t.lower) || SUBJECT_QUANTIFIERS.has(t.lower)) return false;
  const v = subjectVerb(tokens, k, last);
  if (v < 0) return false;
  const w = tokens[v]!.lower;
  return !SPEECH_VERBS.has(w) && !REPORTING_VERBS.clause.has(w) && !REFUSAL_VERBS.has(w) && hasFiniteVerb(tokens, a, k - 2);
}

/** How many words after a concession's first verb a verb of saying may stand (`though he did not say who`). */
const CONCESSION_VERB_REACH = 3;

/**
 * After `, though` or `, although`, a clause opens at `k` with a subject and a verb that reports nothing (`…, though he
 * hasn't endorsed her`, `…, although the fees are still too high`): a fact the source concedes, kept in the report (PolNeAR
 * train keeps it). One whose verb says, thinks or refuses (`…, though she noted …`, `…, although he refused to …`,
 * `…, though she did not discuss them`) is the writer's, and so is a possibility (`…, though it may take weeks to …`) or one
 * opened by an adverb (`…, though ultimately …`).
 */
export function concededFact(tokens: readonly Token[], k: number, last: number): boolean {
  const t = tokens[k];
  if (!t || !startsClause(t) || isAuxiliary(t)) return false;
  const v = subjectVerb(tokens, k, last);
  if (v < 0 || HEDGING_MODALS.has(tokens[v]!.lower)) return false;
  for (let x = v; x < last && x <= v + CONCESSION_VERB_REACH && tokens[x]!.kind === "word"; x++) {
    const w = tokens[x]!;
    if (!w.cap && (SPEECH_VERBS.has(w.lower) || REPORTING_VERBS.clause.has(w.lower) || REFUSAL_VERBS.has(w.lower) || WITHHELD_VERBS.has(w.lower))) return false;
  }
  return true;
}

/**
 * After `, but` at `k - 1`, a verb in the simple past with no subject of its own, when nothing in the content from `a`
 * to `k - 2` is in the past (a clause in the present, an infinitive or a noun phrase: `said the attacks come from
 * insecurity, but appeared to betray …`, `vowed to back the nominee, but sounded equivocal`): the past is the tense of
 * the cue, not of the report, so the predicate is the speaker's, added by the writer (PolNeAR train ends the content
 * there 3 times of 3). After a content in the past (`said income rose, but declined later`, `said he was unsure, but
 * planned to …`) it may be the report's own second predicate and goes on. Names are no verbs (`the United States`).
 * The scan runs over the clause read so far, once per `, but`.
 */
export function speakerPastPredicate(tokens: readonly Token[], a: number, k: number): boolean {
  const v = tokens[k];
  if (!v || v.kind !== "word" || v.cap || isAuxiliary(v) || !isPastForm(v.lower) || isNounWord(v.lower)) return false;
  for (let x = a; x < k - 1; x++) {
    const t = tokens[x]!;
    if (t.kind !== "word" || (t.cap && x > a)) continue;
    if (PAST_MARKERS.has(straightApostrophes(t.lower)) || isPastForm(t.lower)) return false;
  }
  return true;
}
