/**
 * Subjects of a gerund of saying that no mention before it gives (`cueSubject` asks these last): the phrase of persons
 * that opens the clause the gerund hangs from, or a quantifier right before it.
 */
import { nounSource, type Mention } from "../speakers/find-mentions";
import type { Token } from "../speakers/tokenize";
import { FINITE_AUXILIARIES, FRONTED_ADVERBS, PHRASE_PRONOUN_HEADS, TIME_NOUNS, TIME_OPENERS } from "../lexicon/function-words";
import { isNounWord, WordClass } from "../speakers/word-tags";
import type { Cue } from "./cues";
import { phraseSource, subjectPhrase } from "./subject-phrase";

/** The paragraph's text and index, from which a subject phrase no mention covers is made a source. */
export interface ParagraphText {
  readonly text: string;
  readonly index: number;
}

/**
 * `The families of the founders had mobilized, warning that …`: for a gerund after a comma whose clause no mention
 * opens, the phrase of persons before the clause's first auxiliary, opening the sentence (behind an adverb: `But other
 * advisers …`) or following a comma.
 */
export function gerundPhrase(tokens: readonly Token[], cue: Cue, first: number, mentions: readonly Mention[], para: ParagraphText): Mention | undefined {
  if (tokens[cue.first - 1]?.text !== ",") return undefined;
  for (let v = first + 1; v < cue.first - 1; v++) {
    const t = tokens[v]!;
    if (t.kind !== "word" || t.cap || !FINITE_AUXILIARIES.has(t.lower)) continue;
    const p = subjectPhrase(tokens, v, first);
    if (!p || !(p.a === first || tokens[p.a - 1]!.text === "," || (p.a - 1 === first && FRONTED_ADVERBS.has(tokens[first]!.lower)))) return undefined;
    const head = tokens[p.headEnd - 1]!;
    const persons = (head.classes & (WordClass.GROUP_NOUN | WordClass.ROLE_NOUN)) !== 0 || (head.lower.endsWith("s") && isNounWord(head.lower));
    return persons ? phraseSource(para.text, tokens, p, mentions, para.index) : undefined;
  }
  return undefined;
}

/** `posts that include one last week saying …`: a quantifier (and a time) right before a gerund is its subject. */
export function countedBefore(tokens: readonly Token[], cue: Cue, first: number, para: ParagraphText): Mention | undefined {
  let k = cue.first - 1;
  if (k - 1 > first && TIME_NOUNS.has(tokens[k]!.lower) && TIME_OPENERS.has(tokens[k - 1]!.lower)) k -= 2;
  const t = tokens[k];
  return k > first && t && t.kind === "word" && !t.cap && PHRASE_PRONOUN_HEADS.has(t.lower) ? nounSource(para.text, tokens, para.index, k, k + 1) : undefined;
}
