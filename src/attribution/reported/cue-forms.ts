import type { Token } from "../../speakers/tokenize";
import { verbClasses, VerbBit } from "../../lexicon/verb-classes";
import { SPEECH_VERBS } from "../../lexicon/speech-verbs";
import { PARTICLE_VERBS, objectParticles } from "../../lexicon/reporting-verbs";
import { BE_PASSIVE as BE_FORMS } from "../../lexicon/function-words";
import type { Cue } from "../cues";

/** `went on to explain how …`: the verb after `went on to` says how the cue reports, as its finite form would. */
export function reportsAs(tokens: readonly Token[], cue: Cue): Cue {
  if (cue.lemma !== "go") return cue;
  const lemma = SPEECH_VERBS.get(tokens[cue.last - 1]?.lower ?? "");
  if (lemma === undefined) return cue;
  const verb = verbClasses(lemma);
  return { ...cue, lemma, reporting: (verb & VerbBit.REPORTING) !== 0, weak: (verb & VerbBit.WEAK) !== 0, verb };
}

/**
 * The tokens of the cues the speech rules read (a reporting verb or `according to`). A set, made once per sentence
 * that needs it: testing each word against every cue would be quadratic in a sentence with thousands of cues.
 */
export function speechCueWords(cues: readonly Cue[]): ReadonlySet<number> {
  const words = new Set<number>();
  for (const c of cues) if (c.reporting || c.sourceAfter) for (let k = c.first; k < c.last; k++) words.add(k);
  return words;
}

/** `warned against`, `complained about`: a verb whose object follows its particle. */
export function withParticle(tokens: readonly Token[], i: number): boolean {
  const lemma = PARTICLE_VERBS.get(tokens[i]!.lower);
  return lemma !== undefined && objectParticles(lemma).includes(tokens[i + 1]?.lower ?? "");
}

/** A form of `be` (across adverbs) before the verb at `i`: `is saying`, `was repeatedly stressing`. */
export function progressive(tokens: readonly Token[], i: number, first: number): boolean {
  let k = i - 1;
  while (k >= first && tokens[k]!.kind === "word" && tokens[k]!.lower.endsWith("ly")) k--;
  return k >= first && BE_FORMS.has(tokens[k]!.lower);
}
