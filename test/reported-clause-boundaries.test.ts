import { reportedTexts } from "./support/reported";

/**
 * Where the content of `X said <bare clause>` starts and stops at a comma, a dash or a conjunction
 * (`src/attribution/reported/clause-bounds.ts`, `clause-breaks.ts`, `embedded-cue.ts`): list items and coordinated
 * names go on; a new report after a dash pair, a writer's noun phrase, a new named subject, the closing dash of an
 * interpolation that holds the cue and the predicate of the subject whose aside holds the cue end it.
 * Each row: what, the sentence, the content that must be reported, and text it must not hold (null: none checked).
 */
const BOUNDARIES: ReadonlyArray<readonly [what: string, sentence: string, content: string, notIn: string | null]> = [
  ["a noun that is also a verb of saying goes on as a list item", "The harbour master says the town has the money, message, staff and time to rebuild the pier.", "the town has the money, message, staff and time to rebuild the pier", null],
  ["a list item of speech nouns before `or` goes on", "Ivo Brandt said the board would accept a letter, call or visit from any resident.", "the board would accept a letter, call or visit from any resident", null],
  ["`and` between two names joins one subject, not a new report", "The port office says the work will start later because Parliament and Mayor Lind agreed last week to delay the tender.", "the work will start later because Parliament and Mayor Lind agreed last week to delay the tender", null],
  ["a lower-case subject before `and` with a verb of saying is still a new report", "Nadia Okafor said the ferry was late and the captain said the engine had failed.", "the ferry was late", "captain"],
  ["a new report after a dash pair ends the clause", "Some residents say the mayor looks tired - a long campaign - others say she has never been fitter.", "the mayor looks tired", "others say"],
  ["the report after the dash pair is read on its own", "Some residents say the mayor looks tired - a long campaign - others say she has never been fitter.", "she has never been fitter", null],
  ["a dash pair of examples goes on to the predicate after it", "The auditors said the board kept records that were hard to read - such as ledgers and receipts - and destroyed those that were easy to check.", "the board kept records that were hard to read - such as ledgers and receipts - and destroyed those that were easy to check", null],
  ["a dash pair holding a clause ends before the subject's second predicate", "Nadia Okafor said the bill was dead - the votes were not there - and left the chamber.", "the bill was dead", "left the chamber"],
  ["a cue inside a dash pair ends its content at the closing dash", "Marta Lind was a careful planner - a former aide said she read every brief twice - and her staff was no less exact.", "she read every brief twice", "her staff"],
  ["a cue in a `who` aside ends before the subject's own predicate", "Okafor, who said she would probably sail with the crew, ultimately did not show up for the race.", "she would probably sail with the crew", "show up"],
  ["a cue in a concession aside ends before the subject's own predicate", "Brandt, though he praised the fishermen and said the council should hear them, notably stopped short of backing their claim.", "the council should hear them", "stopped short"],
  ["`, one that …` is the writer's noun phrase", "Ivo Brandt said there is a long debate within the board about the new pier, one that will likely dominate the annual meeting.", "there is a long debate within the board about the new pier", "dominate"],
  ["`, about the same number who said …` compares shares of a poll", "One in four said the harbour board was hostile to the fishermen, about the same number who said the board truly cares.", "the harbour board was hostile to the fishermen", "truly cares"],
  ["`, and` with a name and its own verb is the writer's", "Nadia Okafor has said she intends to fill half the board with fishermen, and Ms. Lind is among the few regarded as ready to serve.", "she intends to fill half the board with fishermen", "Ms. Lind"],
  ["`, and` with a name and a verb of saying is a new report", "Nadia Okafor said the pier would open in May, and Ivo Brandt said it would not.", "the pier would open in May", "Brandt"],
  ["a dash before `and that` goes on with a second clause of the verb", "Ivo Brandt said the fishermen may be willing — and that the board should not wait for them.", "the fishermen may be willing — and that the board should not wait for them", null],
  ["a dash before `and` with a new clause of the writer's ends the clause", "Democrats insist the tide is turning their way — and the board is holding talks on a narrow proposal this week.", "the tide is turning their way", "holding talks"],
];

describe("reported clause boundaries", () => {
  test.each(BOUNDARIES)("%s", (_what, sentence, content, notIn) => {
    const texts = reportedTexts(sentence);
    expect(texts).toContain(content);
    if (notIn !== null) expect(texts.filter((t) => t.includes(content) && t.includes(notIn))).toEqual([]);
  });
});
