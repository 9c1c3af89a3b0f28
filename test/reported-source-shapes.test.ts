import { expectReported, reportedTexts } from "./support/reported";

/**
 * Reported speech whose source or subject used to defeat the rules: a source the article names nowhere else (`He said
 * …`, `The official said …`), a capitalised pronoun after a colon or a bracket, a determiner the source's mention
 * leaves out (`the Gazette said`), a relative clause without its relative or with the source's modifiers (`a decision
 * they say allowed …`, `that several Harbour Board members said went …`), a relative clause on an inverted source
 * (`…, said X who …`), an appositive between commas inside the clause's subject, and a subject whose plural has no
 * `-s`. Invented sentences: the rule, the content and the speaker (null: none the article names).
 */
const FOUND: ReadonlyArray<readonly [what: string, sentence: string, rule: string, content: string, speaker: string | null]> = [
  ["a pronoun of no one named still reports", "He said the pier would reopen in May.",
    "reported-said-clause", "the pier would reopen in May", null],
  ["`The official said`: the verb after a noun that names a person", "The official said the breakwater would be repaired by spring.",
    "reported-said-clause", "the breakwater would be repaired by spring", "the official"],
  ["a capitalised pronoun after a colon", "Nadia Okafor praised the crews: She said the repairs would finish by May.",
    "reported-said-clause", "the repairs would finish by May", "Nadia Okafor"],
  ["a capitalised pronoun after a bracket", "Nadia Okafor toured the harbour. (She says the ferry will run all winter.)",
    "reported-said-clause", "the ferry will run all winter", "Nadia Okafor"],
  ["a parenthetical cue whose source opens with `the`", "The ferry, the Gazette said, would resume service in March.",
    "reported-parenthetical-cue", "The ferry, the Gazette said, would resume service in March", "Gazette"],
  ["a name, its party and state in brackets, then a comma before the verb",
    "State Sen. Lena Ortiz (D-Harbourton), said after the hearing that the ferry budget would be cut.",
    "reported-said-that", "the ferry budget would be cut", "Lena Ortiz"],
  ["a relative left out after its noun", "Crews began work on the seawall, a project Mayor Lena Ortiz said would cost $4 million.",
    "reported-relative-said", "would cost $4 million", "Lena Ortiz"],
  ["a relative left out before a pronoun", "Officials raised the fares on the ferry, a decision they say will cut the deficit.",
    "reported-relative-said", "will cut the deficit", "Officials"],
  ["words of the source between the relative and its mention",
    "Applicants had to file by March 15, a deadline that several Harbour Board members said went unnoticed.",
    "reported-relative-said", "went unnoticed", "Harbour Board members"],
  ["a relative clause on an inverted source closing the sentence",
    "The breakwater will fail within a decade, said Harbour Board members who toured the site last year.",
    "reported-closing-cue", "The breakwater will fail within a decade", "Harbour Board members"],
  ["an appositive between commas in the clause's subject, then its verb",
    "Okafor said her deputy and the contractor, Brandt Marine, signed a new agreement on Friday.",
    "reported-said-clause", "her deputy and the contractor, Brandt Marine, signed a new agreement on Friday", "Okafor"],
  ["a bare present after a plural without `-s`", "Okafor said children need safer ferries.",
    "reported-said-clause", "children need safer ferries", "Okafor"],
];

/** Sentences that report nothing. */
const NOT_FOUND: ReadonlyArray<readonly [what: string, sentence: string]> = [
  ["`it` of no antecedent", "It said the pier would reopen in May."],
  ["a bare form after a singular name is a noun", "The captain kept the log, claims that the Harbour Board report could not corroborate."],
  ["an auxiliary before a subject after the object's comma", "She added a note of caution, should the council approve the fares."],
  ["`her official pledge`: a noun after a determiner and an adjective", "Her official pledge came on Monday."],
];

describe("reported speech: shapes of the source", () => {
  test.each(FOUND)("%s", (_what, sentence, rule, content, speaker) => {
    expectReported(sentence, rule, content, speaker);
  });

  test.each(NOT_FOUND)("not read: %s", (_what, sentence) => {
    expect(reportedTexts(sentence)).toEqual([]);
  });
});
