import type { Token } from "../../speakers/tokenize";
import { isAdjective, isFiniteVerb, isFunctionWord, isNounWord, isPreposition } from "../../speakers/word-tags";
import { APPOSITIVE_OPENERS, DESCRIPTION_OPENERS, FRONTED_OPENERS, PASSIVE_BEFORE, REPORTING_PARTICIPLES, SOURCE_MODIFIER_PARTICIPLES, TIME_WORDS } from "../../lexicon/function-words";
import { verbIs, VerbBit } from "../../lexicon/verb-classes";
import { SPEECH_VERBS } from "../../lexicon/speech-verbs";
import { isStop } from "../cues";
import { clauseStart, closingClauseStart } from "./clause-bounds";
import { closesWithAdjunct, infinitiveAt } from "./cue-tail";
import { closesWithOwnClause } from "./cue-own-clause";
import { hasComma, hasFiniteVerb, isFiniteForm, isPastForm, startsFinite } from "./clause-words";
import { clause, type ReportedRule } from "./context";
import { cueSpan } from "./cue-span";
import { afterInnerCue } from "./inner-cue";
import { placeComma } from "../place-comma";

/** How many tokens an appositive after a closing cue's source may take (`, local president of the union`). */
const MAX_APPOSITIVE = 14;
/** How many tokens an appositive that opens with a determiner may take (`, a senior official with the board that …`). */
const MAX_LONG_APPOSITIVE = 40;
/** How many words a hearer's noun phrase may take after its determiner (`told a Senate budget panel`). */
const MAX_HEARER_WORDS = 5;
/**
 * Words that never stand in a role before a source (`, which he claimed`, `, with Cruz recently promising`, `, but
 * Moscow denies`): they open a clause of the writer's. `and` (`he and Mr. Allen said`) and quantifiers (`some GOP
 * leaders`) do stand there.
 */
const NOT_ROLE: ReadonlySet<string> = new Set(["which", "who", "whom", "whose", "that", "with", "as", "but", "or", "if", "while", "when", "because", "though", "although", "since", "even", "from", "than", "so"]);
/** Relative pronouns between a source and its cue (`X, who wrote …`). */
const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(["who", "which", "whom"]);
/** How many words of a role may stand before the source's mention (`…, Algerian foreign ministry spokesman X said`). */
const MAX_ROLE_WORDS = 8;

/** `CLAUSE, X said.`, `CLAUSE, said X.`, `CLAUSE, X told reporters on Tuesday.`: the cue closes the sentence. */
export const CLOSING_CUE = {
  name: "reported-closing-cue" as const,
  confidence: 0.85,
  doc: "The cue closes the sentence: `CLAUSE, X said.`, `CLAUSE, said X.`, `CLAUSE, X told reporters on Tuesday.`",
  candidates: ["speech-before"],
  find: (ctx) => {
    if (!ctx.cueFree()) return null;
    const { tokens, sentence: s } = ctx;
    // `, highlighting top news tweets about …`: a phrase that opens with a participle is no source.
    const head = tokens[ctx.source!.first]!;
    if (!head.cap && head.kind === "word" && head.lower.endsWith("ing") && !isNounWord(head.lower)) return null;
    const { lead, tail } = cueSpan(ctx);
    if (inRelativeClause(tokens, ctx.source!.last, ctx.cue.first)) return null;
    const comma = (ctx.source!.kind === "pronoun" ? lead : roleStart(tokens, lead, s.first)) - 1;
    if (tokens[comma]?.text !== "," || comma <= s.first) return null;
    // `… residents in Jupiter, Florida who voted … complained`: the comma of a city and its state opens no source; a
    // state that modifies the source's noun right before the cue does (`…, Florida officials said.`).
    const place = placeComma(tokens, comma);
    if (place >= 0 && ctx.cue.first - place > 2) return null;
    // The cue closes the sentence, or only a participle that goes on reporting or a clause of the cue's own follows:
    // `…, X said, adding that …`, `…, X said Friday, as they bristled at …`.
    const end = hearerEnd(tokens, appositiveEnd(tokens, tail, s.last, ctx.source!.last >= ctx.cue.last), s.last, ctx.cue.lemma);
    // A verb that reports a clause may be followed by any prepositional phrase; a weak verb or a participle
    // (`, telling few people about …`) by times and settings only.
    // An -s form that is also a noun (`top news tweets about the attacks`) may be no verb at all.
    const verb = tokens[ctx.cue.first]!;
    const phrases = !ctx.cue.gerund && (ctx.cue.verb & VerbBit.BARE_CLAUSE) !== 0 && (ctx.cue.verb & VerbBit.WEAK) === 0 && !(verb.lower.endsWith("s") && isNounWord(verb.lower));
    // `…, X said as he left the hall.`, `…, X said in posing the question to Y.`: a clause of the cue's own.
    // Not after a thousands comma (`the 50,000 per day officials estimated before …`), which closes no clause.
    const ownClause = phrases && !/^\d/.test(tokens[comma + 1]?.text ?? "") && closesWithOwnClause(tokens, end, s.last);
    if (!ownClause && !closesWithAdjunct(tokens, end, s.last, phrases) && !(tokens[end]?.text === "," && REPORTING_PARTICIPLES.has(tokens[end + 1]?.lower ?? ""))) return null;
    // `It was, he said, one of the bitterest failures …`: a copula or an auxiliary before the comma leaves its clause
    // open, and the words after the cue finish it; `reported-parenthetical-cue` reads the clause around the cue.
    if (!tokens[comma - 1]!.cap && isFiniteForm(tokens[comma - 1]!.lower) && tokens[tail]?.text === "," && tokens[tail + 1]?.kind === "word") return null;
    // `The argument would be aided, Devine said, by the calendar.`: a passive before the comma takes its agent after it.
    if (tokens[tail]?.text === "," && tokens[tail + 1]?.lower === "by" && PASSIVE_BEFORE.has(tokens[comma - 2]?.lower ?? "") && isPastForm(tokens[comma - 1]!.lower)) return null;
    const a = afterInnerCue(tokens, closingClauseStart(tokens, clauseStart(tokens, s.first, comma, false), comma), comma);
    // `In the early 1990s, she said, when …, a boss invited her …`: a fronted adverbial alone before the cue, whose
    // main clause goes on after it, is no claim; `reported-parenthetical-cue` reads the clause around the cue.
    if (FRONTED_OPENERS.has(tokens[a]!.lower) && !hasComma(tokens, a, comma) && goesOnAfter(tokens, end, s.last)) return null;
    // `Asked about it, Christie said that A — no different, he said, from …`: the pronoun's cue repeats a named one in
    // the content, which would hold its own cue; `reported-said-that` reads the clause.
    if (ctx.source!.kind === "pronoun" && opensWithOwnCue(tokens, a, comma)) return null;
    return clause(a, comma);
  },
} satisfies ReportedRule;

/**
 * After the cue and its adjuncts ending at `end`, the sentence goes on past a comma with words other than a participle
 * that reports anew (`…, she said, when she was …`, not `…, he said, adding that …`).
 */
function goesOnAfter(tokens: readonly Token[], end: number, last: number): boolean {
  for (let k = end; k < last && k <= end + MAX_APPOSITIVE; k++) {
    if (tokens[k]!.text !== ",") continue;
    const next = tokens[k + 1];
    return next !== undefined && next.kind === "word" && !REPORTING_PARTICIPLES.has(next.lower);
  }
  return false;
}

/**
 * After a cue whose hearer comes first (`told`), the token after a hearer that is a noun phrase without a verb
 * (`…, X told a Senate panel Wednesday.`), so that the adverbials after it are read; `from` when none stands there.
 */
function hearerEnd(tokens: readonly Token[], from: number, last: number, lemma: string): number {
  if (!verbIs(lemma, VerbBit.HEARER_FIRST) || !DESCRIPTION_OPENERS.has(tokens[from]?.lower ?? "")) return from;
  let x = from + 1;
  while (x < last && x - from <= MAX_HEARER_WORDS && tokens[x]!.kind === "word" && !TIME_WORDS.has(tokens[x]!.lower) && !isFunctionWord(tokens[x]!.lower)) x++;
  // `told his closest advisers`: a plural after an adjective is the hearer's noun, not a verb (as `hasFiniteVerb` may read it).
  for (let k = from + 1; k < x; k++) if (startsFinite(tokens[k]!.lower) || isPastForm(tokens[k]!.lower)) return from;
  return x > from + 1 ? x : from;
}

/**
 * `…, the late James Rigney, who wrote as Robert Jordan.`: the cue stands in a relative clause about its source (a
 * comma, then `who`, and no comma closing it before the cue), which reports nothing. `sources who reviewed them told`
 * and `X, who chairs the panel, said` keep their cue.
 */
function inRelativeClause(tokens: readonly Token[], from: number, cue: number): boolean {
  let open = false;
  for (let k = from; k < cue; k++) {
    if (RELATIVE_PRONOUNS.has(tokens[k]!.lower) && tokens[k - 1]?.text === ",") open = true;
    else if (tokens[k]!.text === ",") open = false;
  }
  return open;
}

/** Where the words of a role before a source's mention start (`Algerian foreign affairs ministry spokesman`): `lead` when there are none. */
export function roleStart(tokens: readonly Token[], lead: number, first: number): number {
  let a = lead;
  while (a > first && lead - a < MAX_ROLE_WORDS) {
    const t = tokens[a - 1]!;
    if (t.kind !== "word" && !(t.text === "." && !isStop(tokens, a - 1)) && t.text !== "-") break;
    if (t.kind === "word" && !t.cap && isFiniteVerb(t.lower) && !isNounWord(t.lower)) return lead;
    // `, which he claimed`, `, with Cruz recently promising`, `, and Democrats are alleging`: a relative, a preposition
    // or a conjunction opens a clause of the writer's, not a role.
    if (t.kind === "word" && !t.cap && NOT_ROLE.has(t.lower)) return lead;
    a--;
  }
  // `…, and Donald J. Trump … do agree`: a role that opens with a conjunction coordinates a clause of its own.
  if (a < lead && (tokens[a]!.lower === "and" || tokens[a]!.lower === "nor")) return lead;
  return tokens[a - 1]?.text === "," ? a : lead;
}

/**
 * After a source, the token after its appositive (`…, said Serene Gregg, local president of the union.`) and a
 * participle that goes on reporting (`, adding that …`); `tail` when no appositive without a verb follows. `sourceLast`:
 * the source ends the cue's span (`said X, …`), so what follows its comma may be its appositive.
 */
function appositiveEnd(tokens: readonly Token[], tail: number, last: number, sourceLast: boolean): number {
  // `…, said six million people who lost their insurance.`: a relative clause on the source runs to the sentence's end.
  if (sourceLast && tokens[tail]?.lower === "who") return longAppositiveEnd(tokens, tail - 1, last) ?? tail;
  // `…, said people familiar with the matter.`, `…, said officials briefed on the talks.`: an adjective or participle
  // and its preposition after the source modify it, to the sentence's end.
  if (sourceLast && postModifier(tokens, tail)) return longAppositiveEnd(tokens, tail - 1, last) ?? tail;
  if (tokens[tail]?.text !== ",") return tail;
  // `…, said X, a senior official with the board that oversees them.`: an appositive that opens with a determiner or a
  // relative pronoun runs to the sentence's end, verbs of its relative clauses included.
  if (sourceLast && APPOSITIVE_OPENERS.has(tokens[tail + 1]?.lower ?? "")) {
    const y = longAppositiveEnd(tokens, tail, last);
    if (y !== undefined) return y;
  }
  let x = tail + 1;
  while (x < last && x - tail <= MAX_APPOSITIVE && (tokens[x]!.kind === "word" || (tokens[x]!.text === "." && !isStop(tokens, x)) || tokens[x]!.text === "-")) x++;
  // `it is his job, he said, to talk to Congress, …`: an infinitive completes the clause before the cue.
  if (x === tail + 1 || hasFiniteVerb(tokens, tail + 1, x) || infinitiveAt(tokens, tail + 1, x)) return tail;
  // `…, said X, executive director of the fund, whose members …`: a second appositive or a relative after the first
  // runs on as the first would after the source.
  if (sourceLast && tokens[x]?.text === "," && APPOSITIVE_OPENERS.has(tokens[x + 1]?.lower ?? "")) {
    return longAppositiveEnd(tokens, x, last) ?? appositiveEnd(tokens, x, last, false);
  }
  return x;
}

/** `familiar with`, `close to`, `briefed on` at `k`: an adjective or a source's participle, then a preposition. */
export function postModifier(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const p = tokens[k + 1];
  if (!t || t.kind !== "word" || t.cap || !p || p.kind !== "word" || !(isPreposition(p.lower) || p.lower === "to")) return false;
  return SOURCE_MODIFIER_PARTICIPLES.has(t.lower) || (isAdjective(t.lower) && !isNounWord(t.lower) && !isFiniteVerb(t.lower) && !isPastForm(t.lower));
}

/**
 * The end of an appositive after the comma at `tail` that opens with a determiner or a relative pronoun and runs to the
 * sentence's end, verbs of its relative clauses included (`, a senior official with the board that oversees them.`);
 * undefined when it does not reach the end within `MAX_LONG_APPOSITIVE` tokens.
 */
function longAppositiveEnd(tokens: readonly Token[], tail: number, last: number): number | undefined {
  let y = tail + 1;
  while (y < last && y - tail <= MAX_LONG_APPOSITIVE && tokens[y]!.kind !== "quote" && !isStop(tokens, y)) y++;
  return y >= last || isStop(tokens, y) ? y : undefined;
}

/** A name, its verb of saying and `that` (`Christie said that …`) stand in `a`..`b`: the content holds a cue of its own. */
function opensWithOwnCue(tokens: readonly Token[], a: number, b: number): boolean {
  for (let k = a; k + 2 < b; k++) {
    const n = tokens[k]!;
    const v = tokens[k + 1]!;
    if (n.kind === "word" && n.cap && v.kind === "word" && !v.cap && SPEECH_VERBS.has(v.lower) && tokens[k + 2]!.lower === "that") return true;
  }
  return false;
}
