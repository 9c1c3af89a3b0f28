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
    "reported-intention", "commuters to expect delays until then", "Nadia Okafor"],
  ["a coordinated verb after a time adverbial",
    "Nadia Okafor has been critical of the board but on Tuesday said that she would support the plan.",
    "reported-said-that", "she would support the plan", "Nadia Okafor"],
  ["a second verb of saying after `but` and an auxiliary, its subject a pronoun",
    "Nadia Okafor spoke at the quay. She did not mention her rivals but did note that the fares had fallen.",
    "reported-said-that", "the fares had fallen", "Nadia Okafor"],
  ["a second verb of saying after `, but has`",
    "Tom Dale met the skippers. He said the pier would reopen in May, but has warned that the works could run late.",
    "reported-said-that", "the works could run late", "Tom Dale"],
  ["a second verb of saying after `and has`, the first verb no verb of saying",
    "Nadia Okafor is weighing a second term. She thanked the crews and has argued that the ferries need new engines.",
    "reported-said-that", "the ferries need new engines", "Nadia Okafor"],
  ["`, but added that` after a first report",
    "Mayor Nadia Okafor said the plan will work, but added that it costs too much.",
    "reported-said-that", "it costs too much", "Nadia Okafor"],
  ["`but then announced that`",
    "Tom Dale spoke for an hour. He laid out the board's errors but then announced that he would not resign.",
    "reported-said-that", "he would not resign", "Tom Dale"],
  ["`and on Monday announced that`",
    "Tom Dale spoke for an hour. He praised the crews and on Monday announced that the pier would reopen.",
    "reported-said-that", "the pier would reopen", "Tom Dale"],
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

/**
 * [what, paragraph(s), rule, content, speaker or null]: a source a possessive pronoun owns (`his campaign`, `her
 * lawyer`, `her submission`) speaks for the pronoun's referent; a share of those asked for the poll just named.
 */
const SPOKEN_FOR: ReadonlyArray<readonly [string, string, string, string, string | null]> = [
  ["`her campaign` after the candidate",
    "Mayor Nadia Okafor toured the harbour on Friday. Her campaign said the ad would run on local radio until May.",
    "reported-said-clause", "the ad would run on local radio until May", "Nadia Okafor"],
  ["`his lawyer` after the man he speaks for",
    "Peter Lindqvist was held in contempt on Thursday for refusing to appear. His lawyer said he would not answer questions.",
    "reported-said-clause", "he would not answer questions", "Peter Lindqvist"],
  ["`its spokesman` after the organisation",
    "The Harbour Commission raised ferry fares in March. Its spokesman said the money would pay for two new boats.",
    "reported-said-clause", "the money would pay for two new boats", "Harbour Commission"],
  ["`a spokesman for` a person speaks for the person",
    "A spokesman for Mayor Nadia Okafor said the police had trained for 18 months to deal with protesters.",
    "reported-said-clause", "the police had trained for 18 months to deal with protesters", "Nadia Okafor"],
  ["`her campaign` with no one before it stays an unnamed source",
    "Her campaign said the ad would run on local radio until May.",
    "reported-said-clause", "the ad would run on local radio until May", null],
  ["a share of those asked after the poll that asked them",
    "The latest Harbourview Research poll released Friday shows that Nadia Okafor leads by five points. Another 19 percent said they would not pick either candidate.",
    "reported-poll", "they would not pick either candidate", "Harbourview Research poll"],
  ["a share inside what a named poll found",
    "A Kestrel Institute poll released in late August found that 74 percent of likely voters said the ferries should run at night.",
    "reported-poll", "the ferries should run at night", "Kestrel Institute poll"],
  ["a share with no poll named is no one's",
    "The ferry runs twice a day. Another 19 percent said they would not pick either candidate.",
    "reported-poll", "they would not pick either candidate", null],
];

describe("a source spoken for: by its owner, by the poll", () => {
  test.each(SPOKEN_FOR)("%s", (_what, text, rule, content, speaker) => expectReported(text, rule, content, speaker));
});

describe("the mention of an organisation keeps its article", () => {
  test.each([
    ["an acronym", "Ferry traffic fell by a third last year, the HFA said.", "the HFA"],
    ["a name at the sentence's start", "The Harbour Commission said ferry traffic fell by a third last year.", "The Harbour Commission"],
    ["a person's name has none", "Ferry traffic fell by a third last year, Nadia Okafor said.", "Nadia Okafor"],
  ])("%s", (_what, text, mention) => {
    expect(readSentence(text).quotes.find((q) => q.kind === "indirect")?.mention?.text).toBe(mention);
  });
});

/** [what, paragraph(s), rule, content, speaker]: the source's name read whole, and the subject before its object. */
const READ_WHOLE: ReadonlyArray<readonly [string, string, string, string, string | null]> = [
  ["`the United States` is one name, not `States`",
    "The United States said it would send two more ships to the harbour.",
    "reported-said-clause", "it would send two more ships to the harbour", "United States"],
  ["the group before `to` is the subject, not its object",
    "Advisers to Mayor Nadia Okafor said the plan would fail.",
    "reported-said-clause", "the plan would fail", "Advisers"],
  ["a source a pronoun owns, before `to` and its object",
    "Nadia Okafor filed for divorce in 2019. Her submission to the court noted reports that the ferry had sunk twice.",
    "reported-speech-object", "reports that the ferry had sunk twice", "Nadia Okafor"],
  ["`the bank` after a two-word name someone's title makes an employer",
    "Senators grilled Fjord Savings CEO John Haldor on Tuesday.\n\nFjord Savings was fined $185 million this month for scamming its customers.\n\nThe bank said that it had fired 300 employees over the practice.",
    "reported-said-that", "it had fired 300 employees over the practice", "Fjord Savings"],
  ["`the bank` after a two-word name of no title stays unnamed",
    "Fjord Savings was fined $185 million this month for scamming its customers.\n\nThe bank said that it had fired 300 employees over the practice.",
    "reported-said-that", "it had fired 300 employees over the practice", null],
];

describe("a source's name read whole", () => {
  test.each(READ_WHOLE)("%s", (_what, text, rule, content, speaker) => expectReported(text, rule, content, speaker));
});

/** [what, paragraph, rule, content, speaker]: a verb of saying that is also one of evidence, and its source. */
const EVIDENCE_SAYING: ReadonlyArray<readonly [string, string, string, string, string | null]> = [
  ["data after a sentence adverb", "Sure, official harbour data suggest that ferry use peaked in 2013.",
    "reported-document", "ferry use peaked in 2013", null],
  ["surveys after `And`", "And surveys suggest that even some commuters find the new ferries slow.",
    "reported-document", "even some commuters find the new ferries slow", "surveys"],
  ["data after `But`", "But early ridership data suggests that the line carried about 8,000 riders in May.",
    "reported-document", "the line carried about 8,000 riders in May", null],
  ["a person still speaks", "Nadia Okafor suggested that the board should close the pier early.",
    "reported-said-that", "the board should close the pier early", "Nadia Okafor"],
];

describe("a verb of saying and evidence whose source is a document", () => {
  test.each(EVIDENCE_SAYING)("%s", (_what, text, rule, content, speaker) => expectReported(text, rule, content, speaker));
});

/** [what, paragraph, rule, content, speaker]: a name, then an appositive between dashes or spaced hyphens, then the verb. */
const DASHED_APPOSITIVE: ReadonlyArray<readonly [string, string, string, string, string]> = [
  ["spaced hyphens around a description", "Jane Halvorsen - the captain's sister and co-host of his radio show - told reporters that the crossing had been rough.",
    "reported-told-hearer", "the crossing had been rough", "Jane Halvorsen"],
  ["spaced hyphens around a relative clause", "Ivo Brandt - who once vowed to close the pier - said on Monday that the ferries would keep running.",
    "reported-said-that", "the ferries would keep running", "Ivo Brandt"],
  ["dashes around a description", "Nadia Okafor — the board chair since 2019 — said that the pier would reopen in May.",
    "reported-said-that", "the pier would reopen in May", "Nadia Okafor"],
];

describe("a source before an appositive between dashes", () => {
  test.each(DASHED_APPOSITIVE)("%s", (_what, text, rule, content, speaker) => expectReported(text, rule, content, speaker));
});
