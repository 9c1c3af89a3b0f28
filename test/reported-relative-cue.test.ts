/**
 * A verb of saying inside a relative clause or a mid-sentence aside: the content is the reported clause alone, never
 * the relative's main clause after it, nor the cue and its source.
 */
import { describe, expect, test } from "@jest/globals";
import { expectReported, reportedTexts } from "./support/reported";

/** [what, sentence, rule, content, speaker]. */
const FOUND: [string, string, string, string, string | null][] = [
  ["a relative between commas closes before the main verb", "The Harbour Board, which contended that the county overcharged the ferry line, is a good example of the trend.",
    "reported-said-that", "the county overcharged the ferry line", "Harbour Board"],
  ["a relative between commas with a bare clause", "Nadia Okafor, who said the pier would reopen in May, was wrong.", "reported-said-clause", "the pier would reopen in May", "Okafor"],
  ["a relative with auxiliary and adverb before its cue", "Ivo Brandt, who has repeatedly argued that fares are too high, will chair the panel.",
    "reported-said-that", "fares are too high", "Brandt"],
  ["a relative at the end of the sentence runs to its end", "The question came from Nadia Okafor, who said the ferry had been late all week.",
    "reported-said-clause", "the ferry had been late all week", "Okafor"],
  ["a relative after `having said that,`, a concession that reports nothing",
    "Having said that, there are some analysts who argue that harbour fees should be very low or nothing at all.",
    "reported-said-that", "harbour fees should be very low or nothing at all", "analysts"],
  ["`who` after a person's noun phrase the mention finder does not read", "The last question came from a young voter, who said she and her father drove to the pier from Dayton.",
    "reported-said-clause", "she and her father drove to the pier from Dayton", null],
  ["`who` after a counted group", "The ferry line faces a lawsuit from six workers who claim it underpaid them for years.",
    "reported-said-clause", "it underpaid them for years", "workers"],
  ["`who` after a phrase of things that follows a noun of persons", "By noon, Nadia Okafor had taken calls from young listeners to her radio program who said the ferry fares were too high.",
    "reported-said-clause", "the ferry fares were too high", "young listeners"],
  ["`who` after a phrase of things holding a quoted title", "By noon, Nadia Okafor was taking calls from dock workers to her “Harbour Hour” radio show who said the ferry fares were too high.",
    "reported-said-clause", "the ferry fares were too high", "dock workers"],
];

/** [what, sentence, a content that must not be reported]. */
const NOT_RUN_ON: [string, string, string][] = [
  ["the main clause after a closing comma", "The Harbour Board, which contended that the county overcharged the ferry line, is a good example of the trend.",
    "the county overcharged the ferry line, is a good example of the trend"],
  ["the sentence after `having said that,`", "Having said that, the board will vote on the new fees on Monday.", "the board will vote on the new fees on Monday"],
  ["a habit under a modal", "Brandt is a flip-flopping politician who will say whatever wins the most votes at the moment.", "whatever wins the most votes at the moment"],
  ["`who` after a predicate", "Brandt is a braggart and a bully who said the pier was safe.", "the pier was safe"],
];

describe("reported speech with its cue in a relative clause", () => {
  test.each(FOUND)("%s", (_what, sentence, rule, content, speaker) => {
    expectReported(sentence, rule, content, speaker);
  });
  test.each(NOT_RUN_ON)("not run on: %s", (_what, sentence, content) => {
    expect(reportedTexts(sentence)).not.toContain(content);
  });
});
