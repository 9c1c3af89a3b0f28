import { expectReported, reportedTexts } from "./support/reported";

/**
 * What stands between a source, its verb of saying and the content: adjuncts after the cue, adverbs before it, a
 * participle or an adjunct after a closing cue. Invented sentences: the rule that must read each, the content and the
 * speaker.
 */
const FOUND: ReadonlyArray<readonly [what: string, sentence: string, rule: string, content: string, speaker: string | null]> = [
  // Adjuncts between the cue and its `that`.
  ["`via` and a name", "Nadia Okafor announced via Twitter that the ferry would run again in May.",
    "reported-said-that", "the ferry would run again in May", "Nadia Okafor"],
  ["`through` and a noun phrase", "Ivo Brandt explained through a spokesman that he had only wanted to help the welders.",
    "reported-said-that", "he had only wanted to help the welders", "Ivo Brandt"],
  ["`by` and a noun", "Nadia Okafor said by phone that the cranes were idle.",
    "reported-said-that", "the cranes were idle", "Nadia Okafor"],
  ["an adverb before a prepositional phrase", "Ivo Brandt said repeatedly during the hearing that the levy was unfair.",
    "reported-said-that", "the levy was unfair", "Ivo Brandt"],
  ["a noun of saying after a determiner", "Nadia Okafor wrote in a tweet that the pier would reopen on Friday.",
    "reported-said-that", "the pier would reopen on Friday", "Nadia Okafor"],
  ["a plural noun of saying after a preposition", "Ivo Brandt said in remarks to reporters after the vote that the board had lost its nerve.",
    "reported-said-that", "the board had lost its nerve", "Ivo Brandt"],
  ["a title in quotation marks", "Nadia Okafor said during an appearance on the “Harbour Hour” programme that the toll would stay.",
    "reported-said-that", "the toll would stay", "Nadia Okafor"],
  ["an aside between dashes", "Ivo Brandt said — in a letter, as it turned out — that the welders would be paid.",
    "reported-said-that", "the welders would be paid", "Ivo Brandt"],
  ["an aside in brackets", "Nadia Okafor said (in a statement) that the ferry was safe.",
    "reported-said-that", "the ferry was safe", "Nadia Okafor"],
  // Adjuncts between the cue, or its hearer, and a bare clause.
  ["a prepositional phrase before a bare clause", "Nadia Okafor said in a recent interview the ferry would run again in May.",
    "reported-said-clause", "the ferry would run again in May", "Nadia Okafor"],
  ["two prepositional phrases before a bare clause", "Ivo Brandt said at a news conference in Harbourton the levy was unfair.",
    "reported-said-clause", "the levy was unfair", "Ivo Brandt"],
  ["a phrase before a clause opened by a name", "Nadia Okafor said during the hearing Brandt had misled the board.",
    "reported-said-clause", "Brandt had misled the board", "Nadia Okafor"],
  ["a hearer and a phrase before a bare clause", "Ivo Brandt told reporters at the harbour the pier would stay open.",
    "reported-told-hearer", "the pier would stay open", "Ivo Brandt"],
  ["`to` and a hearer before a bare clause", "Nadia Okafor said to reporters the toll would rise.",
    "reported-said-clause", "the toll would rise", "Nadia Okafor"],
  ["a noun in -ly ends the phrase", "Ivo Brandt said at the rally the pier would stay open.",
    "reported-said-clause", "the pier would stay open", "Ivo Brandt"],
  ["a day and its part before a bare clause", "Nadia Okafor said Tuesday night the ferry would not run.",
    "reported-said-clause", "the ferry would not run", "Nadia Okafor"],
  ["an adverb and a time before a bare clause", "Ivo Brandt said earlier this week the cranes were idle.",
    "reported-said-clause", "the cranes were idle", "Ivo Brandt"],
  // A closing `according to` without its comma, after a whole sentence.
  ["`according to` without a comma", "Brandt leads Okafor by 271 votes according to a count by the Harbour Gazette.",
    "reported-according-to", "Brandt leads Okafor by 271 votes", "Harbour Gazette"],
  // An adverb between the source and the cue: a surname in -ly the article has given in full is still a name.
  ["a surname in -ly and `also`", "Ivo Brantly chairs the harbour board. Brantly also noted that the two unions have shown they can agree.",
    "reported-said-that", "the two unions have shown they can agree", "Ivo Brantly"],
  // A closing cue followed by a participle of its source's, or a time adverb.
  ["a participle of citing after a closing cue", "The pier would close in May, the Harbour Gazette reported, citing another anonymous source.",
    "reported-closing-cue", "The pier would close in May", "Harbour Gazette"],
  ["a participle of refusal after a closing cue", "The welders had been paid, Nadia Okafor said, declining to give details.",
    "reported-closing-cue", "The welders had been paid", "Nadia Okafor"],
  ["`without` and a participle after a closing cue", "The levy will rise next year, Ivo Brandt said, without giving a figure.",
    "reported-closing-cue", "The levy will rise next year", "Ivo Brandt"],
  ["a participle of a verb of saying after a closing cue", "The cranes are unsafe, Nadia Okafor said, echoing the harbour master.",
    "reported-closing-cue", "The cranes are unsafe", "Nadia Okafor"],
  ["an appositive and a relative after an inverted source",
    "The pier is the first the board has closed, said Ivo Brandt, director of the harbour fund, whose members want it open.",
    "reported-closing-cue", "The pier is the first the board has closed", "Ivo Brandt"],
  ["`then` after a closing cue", "The ferry would run all winter, Ivo Brandt said then.",
    "reported-closing-cue", "The ferry would run all winter", "Ivo Brandt"],
  ["`afterward` after a closing cue", "The vote had been fair, Nadia Okafor said afterward.",
    "reported-closing-cue", "The vote had been fair", "Nadia Okafor"],
];

/** Sentences that look like these shapes but report nothing, or report a shorter clause. */
const NOT_FOUND: ReadonlyArray<readonly [what: string, sentence: string, content: string]> = [
  ["a relative `that` after the adjunct's noun", "Nadia Okafor spoke via a link that was set up by the board.", "was set up by the board"],
  ["a gerund after the preposition", "Nadia Okafor insisted on keeping all welders employed.", "all welders employed"],
  ["a time after the phrase's noun", "Ivo Brandt spoke during a hearing Thursday with Mayor Okafor hosted by the board.",
    "Thursday with Mayor Okafor hosted by the board"],
  ["`according to` a rule without a comma", "The welders must register according to state law.", "The welders must register"],
  ["`according to` a possessive without a comma", "The welders acted according to Brandt's orders.", "The welders acted"],
  ["an infinitive is no prepositional phrase", "The two unions have agreed to divide some of the shifts in ways that might help both.",
    "some of the shifts in ways that might help both"],
  ["`on condition that`", "Ivo Brandt spoke on condition that he not be named.", "he not be named"],
];

describe("reported speech: what stands between the source, the cue and the content", () => {
  test.each(FOUND)("%s", (_what, sentence, rule, content, speaker) => {
    expectReported(sentence, rule, content, speaker);
  });

  test.each(NOT_FOUND)("not read: %s", (_what, sentence, content) => {
    expect(reportedTexts(sentence)).not.toContain(content);
  });

  test.each(["reporters said", "Nadia Okafor said —", "Ivo Brandt told reporters (", "The board said, citing"])("a cue at the text's end: %s", (text) => {
    expect(() => reportedTexts(text)).not.toThrow();
  });
});
