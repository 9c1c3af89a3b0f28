/**
 * Reports whose content the sentence around it bounds: a sentence that lost its full stop before `The X said …` holds
 * two reports (`src/speakers/split-sentences.ts`); a cue whose subject follows a wh-word stands in a noun clause, whose
 * content ends before the matrix clause's auxiliary (`src/attribution/reported/embedded-cue.ts`) and whose source is
 * the phrase after the wh-word, not the words before it (`phrase-subject.ts`, `subject-phrase.ts`).
 */
import { describe, expect, test } from "@jest/globals";
import { expectReported, readSentence } from "./support/reported";

/** [what, sentence, rule, content, speaker]. */
const FOUND: [string, string, string, string, string | null][] = [
  ["the first report of a run-on sentence ends at the lost full stop",
    "Ivo Brandt said the board would review the ferry contracts and its oversight of the harbour pilots The Port Authority said it would review them as well.",
    "reported-said-clause", "the board would review the ferry contracts and its oversight of the harbour pilots", "Brandt"],
  ["the second report of a run-on sentence is its own",
    "Ivo Brandt said the board would review the ferry contracts and its oversight of the harbour pilots The Port Authority said it would review them as well.",
    "reported-said-clause", "it would review them as well", "Port Authority"],
  ["a title after its noun stays in the content", "Nadia Okafor said a report in the newspaper The Harbour Gazette said the pier was unsafe.",
    "reported-said-clause", "a report in the newspaper The Harbour Gazette said the pier was unsafe", "Okafor"],
  ["a noun clause after `how` ends before the matrix auxiliary",
    "The gap between what the board says the ferry would cost and how the pilots say it would change the harbour has grown all year.",
    "reported-said-clause", "it would change the harbour", "pilots"],
  ["a noun clause after `what` opening the sentence", "What Ivo Brandt says the board should do with the pier has not changed.",
    "reported-said-clause", "the board should do with the pier", "Brandt"],
  ["a noun clause after `why` opening the sentence", "Why the pilots say the pier is unsafe is no mystery to the crews.",
    "reported-said-clause", "the pier is unsafe", "pilots"],
  ["a noun clause without a matrix verb after it runs to the sentence's end", "Nobody knows where the pilots say the new pier would stand.",
    "reported-said-clause", "the new pier would stand", "pilots"],
  ["a relative inside the content stops the search for a matrix verb", "The crews asked how the pilots say the board that runs the pier would pay for it and has paid before.",
    "reported-said-clause", "the board that runs the pier would pay for it and has paid before", "pilots"],
];

/** [what, sentence, content, a word the speaker's name must not hold]. */
const NOT_SPEAKER: [string, string, string, string][] = [
  ["the words before a wh-word are no part of the source", "The crews know why the pilots say the pier is unsafe.", "the pier is unsafe", "crews"],
  ["a wh-word opening the sentence is no part of the source", "Why the pilots say the pier is unsafe is no mystery to the crews.", "the pier is unsafe", "Why"],
];

describe("run-on sentences and noun clauses", () => {
  test.each(FOUND)("%s", (_what, sentence, rule, content, speaker) => {
    expectReported(sentence, rule, content, speaker);
  });
  test.each(NOT_SPEAKER)("%s", (_what, sentence, content, word) => {
    const r = readSentence(sentence);
    const q = r.quotes.find((x) => x.kind === "indirect" && x.text === content);
    expect(q?.text).toBe(content);
    expect(r.speakers.find((s) => s.id === q?.speaker)?.name ?? "").not.toContain(word);
  });
});
