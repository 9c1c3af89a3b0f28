import { describe, expect, test } from "@jest/globals";
import { reportedTexts } from "./support/reported";

/**
 * A present in `-s` after a singular subject, which the lexicon reads as a plural noun (`presentAfterSingular` in
 * `src/attribution/reported/phrase-agreement.ts`, read by `hasFiniteVerb` and `subjectVerb` in `clause-words.ts`): after
 * a determiner and a singular noun, and before what can follow a verb, the form is the clause's verb. Invented sentences;
 * each row: what, the sentence, the content it reports (none of them found before the rule).
 */
const FOUND: ReadonlyArray<readonly [what: string, sentence: string, content: string]> = [
  ["the clause's end", "Okafor said the ferry plan works.", "the ferry plan works"],
  ["the clause's end, after `that`", "Okafor said that the new timetable works.", "the new timetable works"],
  ["an adverb after the verb", "Okafor said his new plan works better than the old one.", "his new plan works better than the old one"],
  ["a degree adverb", "Okafor said the ferry service costs too much.", "the ferry service costs too much"],
  ["an object pronoun", "Okafor said the port authority calls it a loss.", "the port authority calls it a loss"],
  ["`to` after the verb", "Okafor said the harbour board answers to the council.", "the harbour board answers to the council"],
  ["`to` and a phrase after the verb", "Okafor said the ferry company turns to the state for help.", "the ferry company turns to the state for help"],
  ["a preposition after the verb", "Okafor said the ferry line stops at the island.", "the ferry line stops at the island"],
  ["a preposition of time", "Okafor said the ferry line returns in spring.", "the ferry line returns in spring"],
  ["an adverb of frequency", "Okafor said the ferry line runs twice daily.", "the ferry line runs twice daily"],
];

/** Noun compounds in `-s` stay nouns: a noun or `of` after them. */
const NOT_FOUND: ReadonlyArray<readonly [what: string, sentence: string]> = [
  ["an adjective before the `-s` form", "Okafor said the public works department."],
  ["a noun after the `-s` form", "Okafor said the harbour works depot."],
  ["`of` after the `-s` form", "Okafor said the ferry works of the old port."],
];

describe("a present in -s after a singular subject", () => {
  test.each(FOUND)("%s", (_what, sentence, content) => {
    expect(reportedTexts(sentence)).toContain(content);
  });
  test.each(NOT_FOUND)("%s", (_what, sentence) => {
    expect(reportedTexts(sentence)).toEqual([]);
  });
});
