import type { AnalyzedParagraph } from "../../speakers/analyze";
import type { Mention } from "../../speakers/find-mentions";
import type { Sentence } from "../../speakers/split-sentences";
import type { Token } from "../../speakers/tokenize";
import { SPEECH_VERBS } from "../../lexicon/speech-verbs";
import { WordForm } from "../../speakers/word-tags";
import { verbClasses, VerbBit } from "../../lexicon/verb-classes";
import type { Cue } from "../cues";
import { indexMentions } from "../lookup";
import { sentenceMentions } from "./sources";

/** How many tokens an aside between commas after the object may take (`forced Mr. Lund, who …, to admit`). */
const MAX_ASIDE_TOKENS = 30;

/** A verb of saying whose speaker is the object of a verb that caused it, and that object. */
export interface CausedSpeech {
  readonly cue: Cue;
  readonly mention: Mention;
}

/**
 * `The senator forced Mr. Lund to admit that …`, `… led Republicans to say that …`, also with an aside between commas
 * after the object (`forced Mr. Lund, who was under questioning, to admit that …`): the infinitive of a verb of saying
 * and its `that` after the object of a verb of `CAUSING_VERBS`, whose speaker is that object, not the sentence's
 * subject.
 */
export function findCausedSpeech(para: AnalyzedParagraph, s: Sentence): readonly CausedSpeech[] {
  const { tokens } = para;
  let out: CausedSpeech[] | undefined;
  for (let v = s.first; v < s.last - 3; v++) {
    const t = tokens[v]!;
    // The word's bit first (`WordForm`, read once per word): this runs on every token of every sentence.
    if ((t.forms & WordForm.CAUSING_VERB) === 0 || t.kind !== "word" || t.cap) continue;
    const ix = indexMentions(sentenceMentions(para, s));
    const m = ix.byFirst.get(v + 1) ?? ix.byLead.get(v + 1);
    // A pronoun there is a subject's (`led to what he said`), never an object's.
    if (!m || m.possessive || m.kind === "pronoun") continue;
    const to = afterAside(tokens, m.last, s.last);
    const verb = tokens[to + 1];
    const lemma = verb && verb.kind === "word" ? SPEECH_VERBS.get(verb.lower) : undefined;
    // Only a clause after `that`: an object (`to announce her resignation`) is read by rules whose bounds fit a speaker's
    // own words, not a caused one's.
    const bits = lemma === undefined ? 0 : verbClasses(lemma);
    if (tokens[to]?.lower !== "to" || lemma === undefined || lemma !== verb!.lower || (bits & VerbBit.REPORTING) === 0 || tokens[to + 2]?.lower !== "that") continue;
    (out ??= []).push({ mention: m, cue: { first: to + 1, last: to + 2, lemma, gerund: false, sourceAfter: false, reporting: true, weak: (bits & VerbBit.WEAK) !== 0, verb: bits } });
  }
  return out ?? NONE;
}

const NONE: readonly CausedSpeech[] = [];

/** The token after an aside between commas that starts at `k` (`, who was …,`), else `k`. */
function afterAside(tokens: readonly Token[], k: number, last: number): number {
  if (tokens[k]?.text !== ",") return k;
  for (let x = k + 1; x < last && x - k <= MAX_ASIDE_TOKENS; x++) {
    const w = tokens[x]!;
    if (w.kind === "quote" || w.text === ";" || w.text === ":") return k;
    if (w.text === ",") return x + 1;
  }
  return k;
}
