import { tokenBefore, type Token } from "../../speakers/tokenize";
import { BE_WORDS, CLAUSE_COORDINATORS, CLAUSE_OPENERS, COUNT_NOUNS, PHRASE_PRONOUN_HEADS, DASH_MARKS, VERB_OR_ADVERB_ENDING, FOCUS_ADVERBS, MODALS, PHRASE_DETERMINERS, PLURALS_WITHOUT_S, QUANTITY_WORDS, SUBJECT_GAP_RELATIVES } from "../../lexicon/function-words";
import type { AnalyzedParagraph } from "../../speakers/analyze";
import { nounSource, type Mention } from "../../speakers/find-mentions";
import type { Sentence } from "../../speakers/split-sentences";
import { isFiniteVerb, isFunctionWord, isNounWord, isPreposition, isUnknownWord, WordClass } from "../../speakers/word-tags";
import { PERSON_NOUN_ENDINGS } from "../../lexicon/people";
import { isAuxiliary, isStop } from "../cues";
import { preposition } from "../subject-phrase";
import { clauseEnd } from "./clause-bounds";
import { isPastForm, startsFinite } from "./clause-words";
import { MIN_INFINITIVE_WORDS, type ReportedRule } from "./context";
import { inSubjectRelative, restrictiveRelativeEnd } from "./restrictive-relative";

/**
 * `a plan that officials said will fail`, `which critics say was unfair`, `what she said is growing demand`, `a decision
 * they say allowed …` (the relative left out): the source
 * and its verb of saying stand inside a relative clause whose subject is the relative itself, so the verb after the cue
 * has no subject of its own. The content is that verb's predicate (`will fail`): the relative stands for its subject,
 * and the source and cue are not part of what was said.
 */
export const RELATIVE_SAID = {
  name: "reported-relative-said" as const,
  confidence: 0.8,
  doc: "A verb of saying inside a relative clause, its verb right after the cue: `a plan that officials said will fail`, `a decision they say allowed …`.",
  candidates: ["speech-before"],
  find: (ctx) => {
    if (!ctx.cueFree() || ctx.cue.gerund) return null;
    const { tokens, cue, sentence: s, source: m } = ctx;
    const rel = relativeAt(tokens, m!.lead, s.first);
    if (m!.last > cue.first || rel < 0) return null;
    // Only auxiliaries and adverbs between the source and the cue: `which she has repeatedly said`.
    for (let k = m!.last; k < cue.first; k++) if (!isAuxiliary(tokens[k]!)) return null;
    // `claims that the State IG report could not corroborate`: a bare form after a singular name is a noun, not its verb.
    // `which Democrats say` is plural all the same.
    if (m!.last === cue.first && m!.kind === "name" && !m!.plural && !tokens[m!.last - 1]!.lower.endsWith("s") && tokens[cue.last - 1]!.lower === cue.lemma) return null;
    const a = cue.last;
    if (!predicateStarts(tokens, a)) return null;
    return { a, b: asideEnd(tokens, rel, a, clauseEnd(tokens, a, s.last)), minWords: MIN_INFINITIVE_WORDS, finite: true };
  },
} satisfies ReportedRule;

/**
 * The relative that is the subject of its clause, before the source at `lead` (a focus adverb may come between:
 * `which even critics say`); -1 when none stands there.
 */
function relativeAt(tokens: readonly Token[], lead: number, first: number): number {
  // `a decision they say allowed …`, `a probe the agency said was ongoing`: a relative left out after its noun, before
  // a source that opens its own phrase (a pronoun, a name, a determiner); the source then starts the clause.
  const opening = tokens[lead]!;
  if (lead > first && zeroRelativeAfter(tokens[lead - 1]!) && (opening.cap || CLAUSE_OPENERS.has(opening.lower))) return lead;
  let k = lead - 1;
  // `that several Indiana GOP insiders said`, `who U.S. officials say`: words of the source its mention left out.
  while (k > first && lead - k <= MAX_SOURCE_MODIFIERS && sourceModifier(tokens, k)) k--;
  if (k > first && FOCUS_ADVERBS.has(tokens[k]!.lower)) k--;
  const rel = k >= 0 ? tokens[k] : undefined;
  if (!rel || rel.kind !== "word" || rel.cap || !SUBJECT_GAP_RELATIVES.has(rel.lower)) return -1;
  // `for which`, `with whom`: a relative after a preposition is not the clause's subject; `what` holds its own
  // antecedent, so a preposition before it is the main clause's (`pointed to what she said is …`).
  const before = tokenBefore(tokens, k);
  const object = before && before.kind === "word" && !before.cap && isFunctionWord(before.lower) && before.lower !== "and";
  return object && rel.lower !== "what" ? -1 : k;
}

/**
 * `The agency, which contended that the county overcharged it, is …`: a cue whose subject is a relative standing
 * between commas or dashes reports inside that relative clause only; its content (`a`..`b`) ends at the mark that
 * closes the relative when the main clause's verb follows (`asideEnd`).
 */
export function relativeCueEnd(tokens: readonly Token[], cue: { readonly first: number }, s: Sentence, a: number, b: number): number {
  let k = cue.first - 1;
  // `which has repeatedly argued`, `who also said`: auxiliaries and adverbs only, a few at most.
  while (k > s.first && k >= cue.first - MAX_AUXILIARIES && (isAuxiliary(tokens[k]!) || FOCUS_ADVERBS.has(tokens[k]!.lower))) k--;
  const rel = tokens[k];
  if (!rel || rel.kind !== "word" || rel.cap || rel.lower === "what" || !SUBJECT_GAP_RELATIVES.has(rel.lower)) return b;
  // `The official who said the deal was dead resigned`: the sentence's verb follows the reported clause.
  if (inSubjectRelative(tokens, s.first, k)) return restrictiveRelativeEnd(tokens, a, b, s.last);
  return asideEnd(tokens, k, a, b);
}

/** How many words a relative's antecedent may take: `the two young local voters`. */
const MAX_ANTECEDENT = 6;

/**
 * `from a young voter, who said …`, `six women who claim he …`: the cue's subject is `who`, right after a noun phrase
 * the mention finder did not read; that phrase is the source. Not after a form of `be` (`is a liar who said`): the
 * subject of `be` is the speaker there. Undefined when no such phrase stands before `who`.
 */
export function relativeAntecedent(para: AnalyzedParagraph, s: Sentence, cue: { readonly first: number }): Mention | undefined {
  const { tokens } = para;
  let k = cue.first - 1;
  // `who will say whatever …`: a modal tells a habit or a prospect, not a saying that happened.
  while (k > s.first && k >= cue.first - MAX_AUXILIARIES && isAuxiliary(tokens[k]!) && !MODALS.has(tokens[k]!.lower)) k--;
  if (tokens[k]?.lower !== "who") return undefined;
  const b = tokens[k - 1]?.text === "," ? k - 1 : k;
  const head = tokens[b - 1];
  // `only some who suggest …`, `among those who say …`: a quantifier or demonstrative standing for people, after a word
  // of the clause it is the object of; one that opens a clause is its subject, and its relative runs into the main verb.
  const prev = tokens[b - 2];
  if (head && PHRASE_PRONOUN_HEADS.has(head.lower)) {
    const object = b - 2 >= s.first && prev!.kind === "word" && !CLAUSE_COORDINATORS.has(prev!.lower) && !BE_WORDS.has(prev!.lower);
    return object ? nounSource(para.text, tokens, para.index, b - 1, b) : undefined;
  }
  if (!head || head.kind !== "word" || head.possessive) return undefined;
  // `listeners to his radio program who said …`: a prepositional phrase of things after the noun of persons.
  const p = head.cap || !thingHead(head) ? -1 : phraseOfThings(tokens, b, s.first);
  const a0 = p >= 0 && personHead(tokens[p - 1]!) ? p : b;
  const noun = tokens[a0 - 1];
  if (!noun || noun.kind !== "word" || noun.cap || noun.possessive || !personHead(noun)) return undefined;
  let a = a0 - 1;
  while (a > s.first && a0 - a < MAX_ANTECEDENT) {
    const t = tokens[a - 1]!;
    // `some far-right commentators`: a hyphen joins the words of a modifier.
    if (t.text === "-" && tokens[a - 2]?.kind === "word" && t.end === tokens[a]!.start) { a--; continue; }
    // `dozens of women who …`, `many of the voters who …`: a count and `of` open the phrase.
    const count = tokens[a - 2]?.lower ?? "";
    if (t.lower === "of" && (COUNT_NOUNS.has(count) || PHRASE_PRONOUN_HEADS.has(count))) { a -= 2; break; }
    if (t.kind !== "word" || isPreposition(t.lower) || BE_WORDS.has(t.lower) || SUBJECT_GAP_RELATIVES.has(t.lower) || (isFiniteVerb(t.lower) && !isNounWord(t.lower))) break;
    a--;
    // The determiner opens the phrase: `echoing some commentators who …` ends there.
    if (PHRASE_DETERMINERS.has(t.lower)) break;
  }
  // The phrase opens with its determiner or number (`a young voter`, `six women`): a bare noun before `who` may end a
  // list the relative does not belong to alone (`a liar, birther and bully who …`).
  // So does the object of a preposition (`calls from black listeners who …`).
  const opener = tokens[a]!;
  const object = a > s.first && isPreposition(tokens[a - 1]!.lower) && !tokens[a - 1]!.cap;
  if (BE_WORDS.has(tokens[a - 1]?.lower ?? "") || !(object || PHRASE_DETERMINERS.has(opener.lower) || QUANTITY_WORDS.has(opener.lower) || COUNT_NOUNS.has(opener.lower) || /^\d/.test(opener.text))) return undefined;
  return nounSource(para.text, tokens, para.index, a, a0);
}

/** How many words a prepositional phrase between a relative's antecedent and `who` may take (`to his radio program`). */
const MAX_THING_PHRASE = 5;

/**
 * `listeners to his radio program who …`: the preposition that opens a phrase of lower-case words (and a quoted title)
 * right before the relative at `b`, whose object names no person (`who` then stands for the noun before it); -1 when none does.
 */
function phraseOfThings(tokens: readonly Token[], b: number, first: number): number {
  for (let k = b - 1; k > first && b - k <= MAX_THING_PHRASE; k--) {
    const t = tokens[k]!;
    // `to his “Keepin’ It Real” radio program`: a quoted title inside the phrase.
    if (t.kind === "quote" && k < b - 1) continue;
    if (t.kind !== "word" || t.cap || BE_WORDS.has(t.lower) || SUBJECT_GAP_RELATIVES.has(t.lower) || (k < b - 1 && personHead(t))) return -1;
    if (preposition(tokens, k)) return k < b - 1 ? k : -1;
  }
  return -1;
}

/**
 * A noun `who` hardly stands for: no person (`program`), or one group in the singular (`campaign`, `panel`); never a
 * role or people in the plural (`lawyers for the women who …` is the women's).
 */
function thingHead(t: Token): boolean {
  if ((t.classes & WordClass.ROLE_NOUN) !== 0 || PLURALS_WITHOUT_S.has(t.lower)) return false;
  return !personHead(t) || ((t.classes & WordClass.GROUP_NOUN) !== 0 && !t.lower.endsWith("s"));
}

/** `who` stands for a person: a role or a group of people (`voter`, `women`), or a word with a person's ending (`economist`). */
function personHead(t: Token): boolean {
  if ((t.classes & (WordClass.ROLE_NOUN | WordClass.GROUP_NOUN)) !== 0) return true;
  // `commentators who …`, `hackers who …`: a plural noun; `who` tells that they are people.
  if (t.lower.length > 4 && t.lower.endsWith("s") && !t.lower.endsWith("ss") && (isNounWord(t.lower) || isUnknownWord(t.lower))) return true;
  return PERSON_NOUN_ENDINGS.some((e) => t.lower.length > e.length + 2 && t.lower.endsWith(e));
}

/** How many words of the source its mention may leave out before it (`several Indiana GOP insiders`). */
const MAX_SOURCE_MODIFIERS = 3;

/** A word of the source phrase before its mention: a determiner or a capitalised word, or an abbreviation's period. */
function sourceModifier(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (t.kind !== "word") return t.text === "." && !isStop(tokens, k);
  if (SUBJECT_GAP_RELATIVES.has(t.lower)) return false;
  return t.cap || PHRASE_DETERMINERS.has(t.lower);
}

/** A lower-case noun right before a source (`a decision they say`): the head of a relative clause whose relative is left out. */
function zeroRelativeAfter(t: Token): boolean {
  return t.kind === "word" && !t.cap && !t.possessive && !isFunctionWord(t.lower) && !isFiniteVerb(t.lower) && !VERB_OR_ADVERB_ENDING.test(t.lower)
    && !BE_WORDS.has(t.lower) && !SUBJECT_GAP_RELATIVES.has(t.lower) && !/^\d/.test(t.text);
}

/** How many auxiliaries and adverbs may stand between a relative and its verb of saying. */
const MAX_AUXILIARIES = 4;

/**
 * A relative clause between commas or dashes ends at the mark that closes it, when the main clause's verb follows
 * (`The law, which critics said was unfair, passed.`); any other ends where its clause does (`b`).
 */
function asideEnd(tokens: readonly Token[], rel: number, a: number, b: number): number {
  const open = tokens[rel - 1]?.text;
  if (open !== "," && !DASH_MARKS.has(open ?? "")) return b;
  for (let k = a; k < b; k++) {
    const t = tokens[k]!;
    if ((t.text === "," || DASH_MARKS.has(t.text)) && predicateStarts(tokens, k + 1)) return k;
  }
  return b;
}

/** The predicate of the relative's clause opens at `a`: a finite verb without a subject before it (`will fail`, `led him`). */
function predicateStarts(tokens: readonly Token[], a: number): boolean {
  const t = tokens[a];
  if (!t || t.kind !== "word" || t.cap) return false;
  return startsFinite(t.lower) || isPastForm(t.lower);
}
