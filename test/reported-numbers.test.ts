import { expectReported, reportedTexts } from "./support/reported";

/**
 * A number written with thousands commas (`3,248`, `$41,000`) is one word: a reported clause never ends inside it and
 * a source is never read from its last group (`248 cases reported` is no closing cue, `000 people` no source). With the
 * number whole, a clause runs on to the next boundary, so a weak verb of the source's with an indirect question of its
 * own (`… and questioned how …`) ends it as `… and asked them to …` does. Each row: what, the sentence, the rule, the
 * content and the speaker (part of the name).
 */
const WHOLE: ReadonlyArray<readonly [what: string, sentence: string, rule: string, content: string, speaker: string | null]> = [
  ["`according to` with a number and a participle of reporting after it", "According to Mr. Halvorsen, there were 3,248 ships reported in the port last year.", "reported-according-to", "there were 3,248 ships reported in the port last year", "Halvorsen"],
  ["a figure in dollars ends no clause", "Ivo Brandt said he makes $41,000 a year and questioned how he would pay the rent.", "reported-said-clause", "he makes $41,000 a year", "Ivo Brandt"],
  ["a quantity phrase with a thousands comma is the whole source", "Nearly 3,000 people said they had lost power.", "reported-said-clause", "they had lost power", "3,000 people"],
  ["a closing cue whose source is a quantity with a thousands comma", "The ferry plan would fail, 1,200 residents said.", "reported-closing-cue", "The ferry plan would fail", "1,200 residents"],
  ["a new subject with a number and its own verb of saying ends the clause", "The union urged its members to run for the harbour board, and at least 21,000 said they would.", "reported-intention", "its members to run for the harbour board", "the union"],
];

/** Text that must not end a reported content: a number's first group. */
const NOT_CUT: ReadonlyArray<readonly [what: string, sentence: string, notContent: string]> = [
  ["no content ends at a number's first group", "According to Mr. Halvorsen, there were 3,248 ships reported in the port last year.", "there were 3"],
  ["a closing cue is never read inside a number", "According to Mr. Halvorsen, there were 3,248 ships reported.", "According to Mr. Halvorsen, there were 3"],
];

describe("numbers with thousands commas in reported speech", () => {
  test.each(WHOLE)("%s", (_what, sentence, rule, content, speaker) => {
    expectReported(sentence, rule, content, speaker);
  });
  test.each(NOT_CUT)("%s", (_what, sentence, notContent) => {
    expect(reportedTexts(sentence)).not.toContain(notContent);
  });
});
