import { expectReported, reportedTexts } from "./support/reported";

/**
 * Reported speech missed for the shape of its source rather than its content: a description whose head the lexicon
 * also reads as a verb (`the fund warned that …`, `the survey suggests …`), the antecedent of `who` with a hyphenated
 * modifier after its determiner (`some far-right commentators who have suggested …`), a count and `of` (`dozens of
 * women who claim …`) or a quantifier the object of its verb (`among those who say …`), and a verb after `and` or `but`
 * that shares the sentence's opening phrase as its subject (`Some seek … and argue that …`, `the affidavit cited … and
 * said that …`), never a name after the verb; a participle of saying that opens its sentence, whose subject is the main
 * clause's (`Claiming the fares are unfair, Okafor told …`). Invented sentences: the rule, the content
 * and the speaker (null: none the article names).
 */
const FOUND: ReadonlyArray<readonly [what: string, sentence: string, rule: string, content: string, speaker: string | null]> = [
  ["`the fund warned that`: a head that is also a verb, before `that`", "Still, the fund warned that the harbour levy would rise again.",
    "reported-said-that", "the harbour levy would rise again", null],
  ["`the survey suggests`: a present `-s` form is no participle", "But the latest survey suggests most commuters prefer the ferry.",
    "reported-said-clause", "most commuters prefer the ferry", null],
  ["`Other advocates also said the board …`: the phrase before the verb, never the subject of its clause",
    "Other harbour advocates also said the board should go further.", "reported-said-clause", "the board should go further", "Other harbour advocates"],
  ["an adverb between the phrase and its verb", "The budget office now says the deficit will grow sooner.",
    "reported-said-clause", "the deficit will grow sooner", null],
  ["`new fundraising reports show`: a plural before a verb is its subject, not a cue", "Most of the money came in May, new fundraising reports show.",
    "reported-document", "Most of the money came in May", "new fundraising reports"],
  ["`The state admitted it …`: a past form before a subject pronoun is no participle", "The state admitted it had closed the pier too late.",
    "reported-speech-object", "it had closed the pier too late", null],
  ["`another ranking says`", "Another ranking says the port is the busiest on the coast.",
    "reported-said-clause", "the port is the busiest on the coast", null],
  ["the antecedent of `who`: its determiner opens it, a hyphen joins its modifier",
    "The plan echoed some long-time critics who have suggested that the ferry is too costly.",
    "reported-said-that", "the ferry is too costly", "some long-time critics"],
  ["the antecedent of `who` opened by a count and `of`", "The levy is opposed by dozens of riders who claim the ferry left them stranded.",
    "reported-said-clause", "the ferry left them stranded", "dozens of riders"],
  ["`some who suggest`: a quantifier as the antecedent, the object of a verb", "The board found only some who suggest the fares could fall.",
    "reported-said-clause", "the fares could fall", null],
  ["`among those who say`", "Okafor is among those who say they will not back the levy.",
    "reported-said-clause", "they will not back the levy", null],
  ["`Some … and argue that`: a quantifier alone as the subject of both verbs",
    "Some want their names removed from the list and argue that their fortunes are far smaller.",
    "reported-said-that", "their fortunes are far smaller", "Some"],
  ["`the report cited … and said that`: a definite phrase after a fronted phrase, not the name after the verb",
    "Beyond the camera footage, the report cited interviews with the crew and said that Okafor had ignored the warnings.",
    "reported-said-that", "Okafor had ignored the warnings", null],
  ["`But the audit … and said`", "But the audit found errors in the ledger and said that the harbour board had overspent.",
    "reported-said-that", "the harbour board had overspent", null],
  ["a fronted participle: its subject is the main clause's", "Claiming the new fares are unfair to commuters, Nadia Okafor told the board that she would appeal.",
    "reported-fronted-participle", "the new fares are unfair to commuters", "Nadia Okafor"],
  ["a fronted participle after `after`", "After saying he was nervous about the vote, Ivo Brandt asked the board about the ferry.",
    "reported-fronted-participle", "he was nervous about the vote", "Ivo Brandt"],
  ["`Having announced that …`", "Having announced that the pier would close, Nadia Okafor left the meeting.",
    "reported-fronted-participle", "the pier would close", "Nadia Okafor"],
  ["a time between the participle and `that`", "Since announcing on Tuesday that she would not run, Nadia Okafor has kept quiet.",
    "reported-fronted-participle", "she would not run", "Nadia Okafor"],
  ["a phrase after `when` that opens a clause after a comma", "Critics cite the 2015 vote, when the state wrongly stated that 9,000 ballots were void.",
    "reported-said-that", "9,000 ballots were void", null],
  ["a phrase after `when` after a comma, with `said`", "Critics cite the 2015 vote, when the state said that 9,000 ballots were void.",
    "reported-said-that", "9,000 ballots were void", null],
  ["`has long argued`: an adverb of time between the auxiliary and the verb of a compound noun phrase",
    "The ferry company has long argued that the island route loses money.", "reported-said-that", "the island route loses money", null],
  ["`has since said`: after an auxiliary a past form is no participle", "The harbour authority has since said the pier will reopen in May.",
    "reported-said-clause", "the pier will reopen in May", null],
  ["`has already warned`", "The ferry operator has already warned that fares will rise.",
    "reported-said-that", "fares will rise", null],
  ["`Some note that`: a quantifier before a form the lexicon reads as a noun, then `that`", "Some note that the island route loses money.",
    "reported-said-that", "the island route loses money", "Some"],
  ["`But some note that`: a plural quantifier alone after a conjunction names many", "But some note that the island route loses money.",
    "reported-said-that", "the island route loses money", "some"],
  ["`Yet many say`", "Yet many say the island route loses money.", "reported-said-clause", "the island route loses money", "many"],
  ["a phrase after `although` that opens a clause after a comma", "The ferries ran late, although the harbour master insisted that the boats were ready.",
    "reported-said-that", "the boats were ready", null],
];

/** Sentences that report nothing. */
const NOT_FOUND: ReadonlyArray<readonly [what: string, sentence: string]> = [
  ["a past participle after a noun that is also a verb", "The rules announced Tuesday take effect in May."],
  ["`the debunked claim that …`: a bare form after a singular head is a noun", "He repeated the debunked claim that the ferry had sunk twice."],
  ["`Those who said …` opening the sentence: the relative runs into the main verb", "Those who said the fares were too high voted against the levy."],
  ["`Speaking to …`: a hearer, no content", "Speaking to reporters at the pier on Monday, Nadia Okafor smiled."],
  ["`some notes that he wrote`: a plural after a quantifier stays a noun", "She kept some notes that he wrote on the ferry."],
];

describe("reported speech: phrases as sources", () => {
  test.each(FOUND)("%s", (_what, sentence, rule, content, speaker) => {
    expectReported(sentence, rule, content, speaker);
  });

  test.each(NOT_FOUND)("not read: %s", (_what, sentence) => {
    expect(reportedTexts(sentence)).toEqual([]);
  });
});
