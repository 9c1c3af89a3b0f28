/**
 * The speaker of a reported item whose source is a description: `the poll`, `the campaign`, `the bank` stand for the
 * phrase the article named them by a little earlier, or for no one when it named none within reach.
 */
import { describe, expect, test } from "@jest/globals";
import { expectReported, readSentence } from "./support/reported";

/** [what, paragraph(s), rule, content, speaker (a part of its name) or null]. */
const CASES: ReadonlyArray<readonly [string, string, string, string, string | null]> = [
  ["`the poll` after a named poll",
    "A new Harbourview Research poll found that most commuters want faster boats. The poll also found that 60 percent would pay higher fares.",
    "reported-evidence", "60 percent would pay higher fares", "Harbourview Research poll"],
  ["`the survey` after a named poll",
    "A Kestrel Institute poll released on Friday found that most commuters want faster boats. The survey also found that 60 percent would pay higher fares.",
    "reported-evidence", "60 percent would pay higher fares", "Kestrel Institute poll"],
  ["`the study` after a named survey",
    "Ferry use fell by a third, according to a recent Kestrel survey of harbour records. The study found that most of the drop came in winter.",
    "reported-evidence", "most of the drop came in winter", "Kestrel survey"],
  ["`the campaign` after a candidate's campaign",
    "A new ad from Nadia Okafor's campaign attacks the harbour board. The campaign says the ad will run on local radio until May.",
    "reported-said-clause", "the ad will run on local radio until May", "Okafor's campaign"],
  ["`the bank` after an organisation named with its head",
    "Customers of the Bank of Fjordland were charged fees for accounts they never opened. The bank said that it had fired 300 employees over the practice.",
    "reported-said-that", "it had fired 300 employees over the practice", "Bank of Fjordland"],
  ["a document `from` a name is that name's",
    "A poll from Kestrel Law School released Wednesday found that Nadia Okafor leads the race by 15 points.",
    "reported-evidence", "Nadia Okafor leads the race by 15 points", "Kestrel Law School"],
  ["a document `by the` name is that name's",
    "Ferry use fell by a third last year, according to an analysis by the Kestrel Research Center.",
    "reported-according-to", "Ferry use fell by a third last year", "Kestrel Research Center"],
  ["`the poll` with no named poll within reach",
    "A Harbourview Research poll found that most commuters want faster boats.\n\nThe ferry runs twice a day.\n\nFares rose in March.\n\nThe board met on Monday.\n\nNobody came.\n\nThe poll found that 60 percent would pay higher fares.",
    "reported-evidence", "60 percent would pay higher fares", null],
  ["`the campaign` with no named campaign",
    "Mayor Nadia Okafor toured the harbour on Friday. The campaign says the ad will run on local radio until May.",
    "reported-said-clause", "the ad will run on local radio until May", null],
];

/** [what, paragraph, rule, content, speaker]: the source's name, wherever the sentence puts it. */
const NAMED: ReadonlyArray<readonly [string, string, string, string, string]> = [
  ["an adverb before the source and its appositive",
    "Even Kestria, Valdoria's only ally and its lifeline to the outside world, said it was opposed to the test and warned Valdoria to refrain from further actions.",
    "reported-intention", "Valdoria to refrain from further actions", "Kestria"],
  ["a conjunction before the source and its appositive",
    "But Nadia Okafor, the board chair, said the terminal would reopen in April and warned commuters to expect delays until then.",
    "reported-said-clause", "commuters to expect delays until then", "Nadia Okafor"],
  ["a coordinated verb after a time adverbial",
    "Nadia Okafor has been critical of the board but on Tuesday said that she would support the plan.",
    "reported-said-that", "she would support the plan", "Nadia Okafor"],
];

describe("the named source of a second verb", () => {
  test.each(NAMED)("%s", (_what, text, rule, content, speaker) => expectReported(text, rule, content, speaker));
});

describe("a document holding a name after `according to`", () => {
  test("the document is the source, and the name it belongs to the speaker", () => {
    const text = "The campaign raised $3 million in May, according to Harbour Commission filings.";
    expectReported(text, "reported-document", "The campaign raised $3 million in May", "Harbour Commission");
    expect(readSentence(text).quotes.find((q) => q.kind === "indirect")?.mention?.text).toBe("Harbour Commission filings");
  });
  test("a name alone stays the source", () => {
    expectReported("The campaign raised $3 million in May, according to the Harbour Commission.", "reported-according-to", "The campaign raised $3 million in May", "Harbour Commission");
  });
});

describe("a description as the source of reported speech", () => {
  test.each(CASES)("%s", (_what, text, rule, content, speaker) => expectReported(text, rule, content, speaker));
});
