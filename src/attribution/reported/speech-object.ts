import type { Token } from "../../speakers/tokenize";
import { isNounWord } from "../../speakers/word-tags";
import type { ReportedRule } from "./context";
import { OBJECT_PRONOUNS } from "../../lexicon/not-claims";
import { afterCue } from "./after-cue";
import { infinitiveEnd } from "./verb-content";
import { findToken, hasFiniteVerb, isPastForm, startsClause } from "./clause-words";
import { isTimeAdjunct } from "./time-adjunct";

/** How many tokens a time may take between a plan and its infinitive (`on Monday night`). */
const MAX_TIME_TOKENS = 4;
import { BEFORE_SUBORDINATOR, DASH_MARKS, MEDIUM_DETERMINERS, OBJECT_REASON_STOPS, PHRASE_OBJECT_PRONOUNS, SPEECH_MEDIUM_NOUNS, SUBORDINATORS } from "../../lexicon/function-words";

/** The object of a verb of saying: `announced his resignation`, `denied wrongdoing`, `emphasised the importance of …`. */
export const SPEECH_OBJECT = {
  name: "reported-speech-object" as const,
  confidence: 0.85,
  doc: "The object of a verb of saying: `announced his resignation`, `denied wrongdoing`, `emphasised the importance of …`.",
  candidates: ["speech-before"],
  find: (ctx) => {
    const found = afterCue(ctx, "object");
    // `could deny them mining permits`: an object pronoun is a beneficiary or a hearer, and what follows no claim.
    if (!found || OBJECT_PRONOUNS.has(ctx.tokens[found.a]?.lower ?? "")) return null;
    // `announced his candidacy with a speech that …`, `denied the charges through his lawyer`, `…, as …`: the object
    // ends where the object grammar ends it, before a comma, a dash, a subordinate clause or a time adverbial.
    const b = nounPhraseEnd(ctx.tokens, found.a, found.b);
    // `announced plans this week to give …`: the infinitive after the cue's time is read as an infinitive.
    const to = infinitiveAfterTime(ctx.tokens, found.a, b);
    if (to > found.a) return { ...found, a: to, b: infinitiveEnd(ctx.tokens, to, ctx.sentence.last) };
    return { ...found, b: adjunctEnd(ctx.tokens, found.a, secondPredicateEnd(ctx.tokens, found.a, b), ctx.cue.gerund) };
  },
} satisfies ReportedRule;

/**
 * Where an object without a verb of its own ends: before a dash, a subordinate clause (`predicted a close race despite
 * his lead`, `acknowledged some errors even as he …`); `b` when none, or when the words before hold a verb of their own
 * (then they are a clause, not an object). A list, a relative or a participle after a comma goes on (`noted the
 * attacks, her support for …`, `emphasised the importance of …, noting that …`).
 */
function nounPhraseEnd(tokens: readonly Token[], a: number, b: number): number {
  for (let k = a + 1; k < b; k++) {
    const t = tokens[k]!;
    const next = tokens[k + 1];
    const dash = t.kind === "punct" && (t.text === "-" || DASH_MARKS.has(t.text));
    const subordinate = t.kind === "word" && ((SUBORDINATORS.has(t.lower) && t.lower !== "as") ||
      (BEFORE_SUBORDINATOR.has(t.lower) && SUBORDINATORS.has(next?.lower ?? "")));
    if (dash || subordinate) return hasFiniteVerb(tokens, a, k) ? b : tokens[k - 1]!.text === "," ? k - 1 : k;
  }
  return b;
}

/**
 * `has promised a veto and attempted to …`: an object has no verb of its own, so a past form after `and` is a second
 * predicate of the cue's subject and ends the object; `b` when none.
 */
function secondPredicateEnd(tokens: readonly Token[], a: number, b: number): number {
  for (let k = a + 1; k < b - 1; k++) {
    const t = tokens[k]!;
    const v = tokens[k + 1]!;
    // `its long-awaited (and long-delayed) launch`: an aside in brackets and a compound adjective go on with the object.
    if (t.lower !== "and" || v.kind !== "word" || v.cap || tokens[k - 1]!.text === "(" || v.lower.includes("-")) continue;
    // `his allegiance to the group that killed 49 people and wounded 53`: a relative's verbs go on after `and`.
    if (isPastForm(v.lower) && !isNounWord(v.lower) && !hasFiniteVerb(tokens, a + 1, k)) return tokens[k - 1]?.text === "," ? k - 1 : k;
  }
  return b;
}

/** How many words the noun of a plan may take before its time and infinitive (`plans`, `a plan`, `its intention`). */
const PLAN_NOUN_WORDS = 2;

/**
 * `announced plans this week to give $15 million`: a time between the object's noun and its infinitive shows the noun
 * and the time to be the cue's (`announced plans this week`); the content is the infinitive. `a` otherwise.
 */
function infinitiveAfterTime(tokens: readonly Token[], a: number, b: number): number {
  for (let n = a + 1; n <= a + PLAN_NOUN_WORDS && n < b; n++) {
    const to = findToken(tokens, n, b, "to", MAX_TIME_TOKENS + 1);
    if (to > n && tokens[to + 1]?.kind === "word" && !tokens[to + 1]!.cap && isTimeAdjunct(tokens, n, to)) return to;
  }
  return a;
}

/** How many tokens the subject of a comparison's clause and its verb may take (`as his role models … are`). */
const AS_SUBJECT_REACH = 7;
/** How many words may stand between `with` and its medium noun (`with a long speech`). */
const MEDIUM_WORDS = 3;

/**
 * Where the cue's own adjuncts and a second predicate after an object start, `b` when none: the medium of the saying
 * (`announced his candidacy with a speech that …`), an adjunct after a comma (`…, with the minister leveling …`), a
 * reason or a concession (`won't reveal the terms he reached because …`), a comparison with a clause of its own
 * (`noted the dichotomy …, as Cosby is attacked …`), a verb after `and` (`denied the charges and counter-accused
 * her`), and after a gerund cue a second gerund (`acknowledging mistakes and learning from them`).
 */
function adjunctEnd(tokens: readonly Token[], a: number, b: number, gerundCue: boolean): number {
  for (let k = a + 1; k < b - 1; k++) {
    const t = tokens[k]!;
    const next = tokens[k + 1]!;
    const comma = t.text === ",";
    if (comma && next.lower === "with") return k;
    if (t.lower === "with" && MEDIUM_DETERMINERS.has(next.lower) && mediumWithin(tokens, k + 2, b)) return cut(tokens, k);
    if (t.kind === "word" && OBJECT_REASON_STOPS.has(t.lower)) return cut(tokens, k);
    const as = comma && BEFORE_SUBORDINATOR.has(next.lower) ? k + 2 : k + 1;
    if (comma && tokens[as]?.lower === "as" && startsClause(tokens[as + 1]) && hasFiniteVerb(tokens, as + 2, Math.min(b, as + AS_SUBJECT_REACH))) return k;
    if (t.lower !== "and" || next.kind !== "word" || next.cap) continue;
    // `and counter-accused her`: a hyphenated past form before an object is a verb, not a compound adjective.
    if (next.lower.includes("-") && isPastForm(next.lower.slice(next.lower.lastIndexOf("-") + 1)) && PHRASE_OBJECT_PRONOUNS.has(tokens[k + 2]?.lower ?? "")) return cut(tokens, k);
    if (gerundCue && next.lower.endsWith("ing") && !isNounWord(next.lower)) return cut(tokens, k);
  }
  return b;
}

/** A medium noun (`speech`, `statement`) within `MEDIUM_WORDS` words from `k`. */
function mediumWithin(tokens: readonly Token[], k: number, b: number): boolean {
  for (let x = k; x < Math.min(b, k + MEDIUM_WORDS); x++) if (SPEECH_MEDIUM_NOUNS.has(tokens[x]!.lower)) return true;
  return false;
}

/** `k`, or the comma before it. */
function cut(tokens: readonly Token[], k: number): number {
  return tokens[k - 1]?.text === "," ? k - 1 : k;
}
