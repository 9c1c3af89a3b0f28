import { expectReported, reportedTexts } from "./support/reported";

/**
 * Reported speech missed for the shape of its source rather than its content: a description whose head the lexicon
 * also reads as a verb (`the fund warned that …`, `the survey suggests …`), … Invented sentences: the rule, the content
 * and the speaker (null: none the article names).
 */
const FOUND: ReadonlyArray<readonly [what: string, sentence: string, rule: string, content: string, speaker: string | null]> = [
  ["`the fund warned that`: a head that is also a verb, before `that`", "Still, the fund warned that the harbour levy would rise again.",
    "reported-said-that", "the harbour levy would rise again", null],
  ["`the survey suggests`: a present `-s` form is no participle", "But the latest survey suggests most commuters prefer the ferry.",
    "reported-said-clause", "most commuters prefer the ferry", null],
  ["`another ranking says`", "Another ranking says the port is the busiest on the coast.",
    "reported-said-clause", "the port is the busiest on the coast", null],
];

/** Sentences that report nothing. */
const NOT_FOUND: ReadonlyArray<readonly [what: string, sentence: string]> = [
  ["a past participle after a noun that is also a verb", "The rules announced Tuesday take effect in May."],
];

describe("reported speech: phrases as sources", () => {
  test.each(FOUND)("%s", (_what, sentence, rule, content, speaker) => {
    expectReported(sentence, rule, content, speaker);
  });

  test.each(NOT_FOUND)("not read: %s", (_what, sentence) => {
    expect(reportedTexts(sentence)).toEqual([]);
  });
});
