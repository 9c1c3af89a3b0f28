/**
 * Subjects of a verb of saying that the mention finder reads only in part: a name whose appositive closes with a
 * quotation's comma (`Berg, who calls the plan a “fiasco,” said …`), a phrase with a relative `that` or `who` (`Groups
 * that oppose the plan say …`), and a phrase headed by a noun of persons the lexicon lists but does not read as a
 * plain noun (`an inside source`, `a source close to him`); the name in apposition to an inverted source's role
 * (`…, said a former spokesman for the board, Tomas Berg, who …`); a bare clause whose verb stands before a comma; and
 * a bare present form after an adverb in `-ly` (`Commuters generally want …`).
 */
import { describe, expect, test } from "@jest/globals";
import { expectReported, readSentence, reportedTexts } from "./support/reported";

/** [what, paragraph, rule, content, speaker (a part of its name; null: unnamed)]. */
const CASES: ReadonlyArray<readonly [string, string, string, string, string | null]> = [
  ["a relative clause with a quotation whose comma closes the appositive",
    "Tomas Berg, who calls the ferry plan a “fiasco,” said he doubts the board will approve the budget.",
    "reported-said-clause", "he doubts the board will approve the budget", "Tomas Berg"],
  ["a participle phrase with a doubled-apostrophe quotation",
    "Ms. Amara Lindqvist, citing ''the harbour's long decline,'' said the port could lose its last ferry line.",
    "reported-said-clause", "the port could lose its last ferry line", "Lindqvist"],
  ["a title between quotation marks ends the appositive, then a setting before `that`",
    "Nadia Okafor, the host of the radio show \"Harbour Talk,\" said in an interview that the pier would close in May.",
    "reported-said-that", "the pier would close in May", "Nadia Okafor"],
  ["a plural phrase with a relative `that` before its verb",
    "Fishing groups that oppose the dredging plan say it will ruin the oyster beds.",
    "reported-said-clause", "it will ruin the oyster beds", "Fishing groups"],
  ["a relative `that` with an auxiliary",
    "But several ferry unions that have endorsed him say they believe fares should fall.",
    "reported-said-clause", "they believe fares should fall", "ferry unions"],
  ["a relative `who` with a bare present form",
    "Commuters who support the new timetable say the night ferry will run on time.",
    "reported-said-clause", "the night ferry will run on time", "Commuters"],
  ["a source with an adjective the mention finder does not read",
    "An inside source said the harbour board would vote on Friday.",
    "reported-said-clause", "the harbour board would vote on Friday", null],
  ["a source whose modifier takes a pronoun, closing the sentence",
    "The captain will resign before the summer, a source close to him said.",
    "reported-closing-cue", "The captain will resign before the summer", null],
  ["after a verb of saying, a clause whose verb stands before a comma and a participle",
    "Aides say Nadia Okafor also advises her father on fares, reciting input from commuters.",
    "reported-said-clause", "Nadia Okafor also advises her father on fares, reciting input from commuters", "Aides"],
  ["an inverted source: a described role with its modifier, then the name in apposition and a relative clause",
    "The ferry line had a say in every decision about the new pier, said a former spokesman for the harbour board, Tomas Berg, who also ran for mayor.",
    "reported-closing-cue", "The ferry line had a say in every decision about the new pier", "Tomas Berg"],
  ["a fronted phrase with a place, then an inverted role and the name in apposition",
    "In nearby Felton, the old pier is under pressure from the storms, said the harbour board's chief engineer, Nadia Okafor.",
    "reported-closing-cue", "In nearby Felton, the old pier is under pressure from the storms", "Nadia Okafor"],
  ["a bare present form after an adverb in `-ly` after a plural subject",
    "Commuters generally want a later night ferry, harbour officials say.",
    "reported-closing-cue", "Commuters generally want a later night ferry", "officials"],
];

describe("subjects of a verb of saying read past a quotation, a relative or a modifier", () => {
  test.each(CASES)("%s", (_what, text, rule, content, speaker) => expectReported(text, rule, content, speaker));

  test("an inverted subject after a quotation’s comma closes the sentence: no appositive, no report", () => {
    const text = "In Felton, the mayor called the pier “a disgrace,” said a harbour official.";
    const r = readSentence(text);
    expect(reportedTexts(text)).toEqual([]);
    expect(r.quotes.filter((q) => q.kind !== "indirect").map((q) => q.text)).toEqual(["a disgrace,"]);
  });

  test("`that` whose clause has its own subject is no relative of the source (`a gap that experts say …`)", () => {
    expect(reportedTexts("It is a gap in the sea wall that harbour engineers say renders the new pier useless.")).not.toContain("renders the new pier useless");
  });

  test("a role after `that` opens the clause, not an inverted source (`noted that X's manager, Y, is …`)", () => {
    const r = readSentence("Mayor Tomas Berg, facing a stiff challenge from the harbour board, noted that the board's chairman, Nadia Okafor, is from Felton.");
    const q = r.quotes.find((x) => x.kind === "indirect");
    expect([q?.text, r.speakers.find((sp) => sp.id === q?.speaker)?.name]).toEqual(["the board's chairman, Nadia Okafor, is from Felton", "Tomas Berg"]);
  });

  test("an object before a comma stays an object (`added a note of caution, should …`)", () => {
    expect(reportedTexts("The captain added a note of caution, should the weather turn.")).toEqual([]);
  });

  test("a phrase with a preposition is headed before it (`An earlier version of this story indicated`)", () => {
    expect(reportedTexts("An earlier version of this story incorrectly indicated that the pier had closed.")).toEqual([]);
  });
});
