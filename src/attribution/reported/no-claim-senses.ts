/**
 * Guards that tell a found content it reports no claim because a word read as the cue, or the content's first words,
 * have another sense there: a verb form in `-s` that is the noun of a phrase after the source (`in key states.`), a
 * participle of promising that is an adjective before its noun (`…, pledged delegates.`), a quality a person shows
 * (`demonstrated a good grasp of …`), the time of the saying before a clause of its own (`tweeted the day after a
 * gunman killed …`). Each reads a constant number of tokens around the cue or the content's start.
 */
import type { Token } from "../../speakers/tokenize";
import { isPreposition } from "../../speakers/word-tags";
import { VerbBit } from "../../lexicon/verb-classes";
import { ARTICLES, CLAUSE_PRONOUNS, DOCUMENT_NOUNS, POSSESSIVE_DETERMINERS, TIME_NOUNS } from "../../lexicon/function-words";
import { MONTHS } from "../../lexicon/dates";
import { SAYING_TIME_DETERMINERS, SAYING_TIME_NOUNS, SHOWN_QUALITIES, UNINVERTED_PARTICIPLES } from "../../lexicon/not-claims";
import { isAuxiliary, type Cue } from "../cues";
import type { ReportedContext } from "./context";
import { isFinalStop } from "./clause-bounds";
import { timeOfSaying } from "./opens-clause";

/**
 * A verb whose other senses dominate (`maintains a lead`, `the state`) reports only in an inflected form: closing its
 * sentence (`…, the doctor maintains.`), taking `that` (`has long maintained that …`, `stated publicly that …`) or as a
 * participle (`…, stating that …`); a bare form is a noun (`in his home state.`). A form in `-s` takes `that` as a verb
 * only after a pronoun, a document or a closing mark (`It states that …`, `the memo states that …`, `X — … — states
 * that …`): after any other word it may be a plural noun (`swing states that …`, `Coastal states that …`).
 */
export function otherSenseReports(tokens: readonly Token[], cue: Cue): boolean {
  const form = tokens[cue.last - 1]!.lower;
  if (form === cue.lemma) return false;
  if (isFinalStop(tokens[cue.last]?.text ?? "") || cue.gerund) return true;
  const k = tokens[cue.last]?.lower.endsWith("ly") ? cue.last + 1 : cue.last;
  if (tokens[k]?.lower !== "that") return false;
  const prev = tokens[cue.first - 1];
  if (!form.endsWith("s") || !prev || prev.kind !== "word" || isAuxiliary(prev)) return true;
  return CLAUSE_PRONOUNS.has(prev.lower) || DOCUMENT_NOUNS.has(prev.lower);
}

/** True when content `a`..`b` of `ctx` reports no claim because a word has another sense there (see the module's doc). */
export function readsOtherSense(ctx: ReportedContext, a: number, b: number): boolean {
  return nounOfPhrase(ctx, b) || participleBeforeNoun(ctx, b) || qualityShown(ctx, a) || timeThenClause(ctx, a, b);
}

/**
 * `…, tipping the balance in races in far-flung states.`, `…, party officials in key states.`: a verb whose other
 * senses dominate (`state`, `maintain`) closing a sentence in `-s` after a word of a phrase that is not its source's
 * head is the noun of that phrase. `the report states.`, `the doctor maintains.` keep their cue: the source stands
 * right before it.
 */
function nounOfPhrase(ctx: ReportedContext, b: number): boolean {
  const { tokens, cue, source: m } = ctx;
  if (ctx.kind !== "speech" || !m || cue.sourceAfter || b > cue.first || (cue.verb & VerbBit.OTHER_SENSE) === 0) return false;
  const prev = tokens[cue.first - 1];
  if (!prev || prev.kind !== "word" || prev.cap) return false;
  return m.last < cue.first || isPreposition(tokens[cue.first - 2]?.lower ?? "");
}

/**
 * `She clinched a majority of regular, pledged delegates.`, `…, promised land.`: a verb of promising does not invert
 * its source as `said` does (`…, said officials.`); a participle before a common noun is that noun's adjective.
 */
function participleBeforeNoun(ctx: ReportedContext, b: number): boolean {
  const { tokens, cue, source: m } = ctx;
  if (ctx.kind !== "speech" || !m || cue.sourceAfter || b > cue.first || m.first !== cue.last || !UNINVERTED_PARTICIPLES.has(cue.lemma)) return false;
  const head = tokens[m.first];
  return !!head && head.kind === "word" && !head.cap && !ARTICLES.has(head.lower) && !POSSESSIVE_DETERMINERS.has(head.lower);
}

/** How many adjectives may stand before the quality shown: `a good grasp`, `a remarkably sure command`. */
const QUALITY_ADJECTIVES = 2;

/**
 * `Brandt demonstrated a good grasp of the file`, `the mayor showed her skill as a negotiator`: a verb of evidence whose
 * object is a quality of its subject's own reports what the subject did, not a finding. A document or a poll keeps
 * its object (`the poll showed a willingness to …` is no quality of the poll).
 */
function qualityShown(ctx: ReportedContext, a: number): boolean {
  const { tokens, cue, source: m } = ctx;
  if (ctx.kind !== "verb" || (cue.verb & VerbBit.EVIDENCE) === 0 || ctx.sourceKind !== "subject" || !m || m.entityKind === "organization") return false;
  if (DOCUMENT_NOUNS.has(tokens[m.last - 1]?.lower ?? "")) return false;
  const first = tokens[a]?.lower ?? "";
  let k = ARTICLES.has(first) || POSSESSIVE_DETERMINERS.has(first) ? a + 1 : a;
  for (const end = k + QUALITY_ADJECTIVES; k <= end; k++) {
    const t = tokens[k];
    if (!t || t.kind !== "word") return false;
    if (SHOWN_QUALITIES.has(t.lower)) return true;
  }
  return false;
}

/**
 * `“We mourn them,” Romney tweeted the day after a gunman killed 49 people.`, `…, he wrote October after the paper
 * published …`: a time word (after a determiner or alone) and a time clause with a verb of its own and no comma to
 * close it (`timeOfSaying`) give when the words were said. `said the day after the vote he would resign` keeps its
 * claim: the time phrase has no verb, and a clause follows it.
 */
function timeThenClause(ctx: ReportedContext, a: number, b: number): boolean {
  const { tokens, cue } = ctx;
  if (ctx.kind !== "speech" || a < cue.last) return false;
  // The determiner may have been read as the cue's adverbial (`wrote last | October after …`).
  const k = SAYING_TIME_DETERMINERS.has(tokens[cue.last]?.lower ?? "") ? cue.last + 1 : cue.last;
  if (a > k) return false;
  const t = tokens[k]?.lower ?? "";
  return (SAYING_TIME_NOUNS.has(t) || TIME_NOUNS.has(t) || MONTHS.has(t)) && timeOfSaying(tokens, k + 1, b);
}
