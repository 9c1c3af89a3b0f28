/**
 * Subjects of a verb of saying that the cue finder or the source readers once passed over: a bare or past form of a
 * verb of saying after a capitalised name that closes a prepositional phrase (`Traders in Harbourton say …`, `Skippers
 * at Northgate argued that …`), read as the verb, not as a noun; and a possessive phrase before a first verb and a
 * coordinated verb of saying (`His deputy agreed, but also argued that …`), whose clause is reported even though its
 * speaker hangs on a pronoun's referent. A title's abbreviation after a hyphen (`then-Sen. Barack Obama`) does not end
 * the sentence of the content that holds it.
 */
import { describe, expect, test } from "@jest/globals";
import { expectReported, reportedTexts } from "./support/reported";

/** [what, paragraph, rule, content, speaker (a part of its name; null: no named speaker)]. */
const SHAPES: ReadonlyArray<readonly [string, string, string, string, string | null]> = [
  ["`say` after a name that closes a prepositional phrase",
    "Skippers and dock workers in Harbourton say the new timetable, drawn up by the port authority, has cut their pay.",
    "reported-said-clause", "the new timetable, drawn up by the port authority, has cut their pay", "Skippers and dock workers in Harbourton"],
  ["`say` after a one-word place",
    "Parents at Northgate say the school, built in the 1970s, needs a new roof.",
    "reported-said-clause", "the school, built in the 1970s, needs a new roof", "Parents at Northgate"],
  ["a past form after a name that closes a prepositional phrase",
    "Skippers at Northgate argued that the new quay was too short.",
    "reported-said-that", "the new quay was too short", "Skippers"],
  ["a bare form after a name that closes a prepositional phrase",
    "Traders in Harbourton insist the fares are too high.",
    "reported-said-clause", "the fares are too high", "Traders in Harbourton"],
  ["a past form after an organisation's name with `of`",
    "The mayor had been due at the launch, but on Thursday, the Chamber of Commerce of Northgate announced she would not attend.",
    "reported-speech-object", "she would not attend", "Chamber of Commerce"],
  ["a title after a hyphen inside the content (`then-Sen.`) does not end the sentence",
    "Looking back, Ivo Brandt argued that the gap between the board and then-Gov. Nadia Okafor was narrower than it is now.",
    "reported-said-that", "the gap between the board and then-Gov. Nadia Okafor was narrower than it is now", "Ivo Brandt"],
  ["a possessive phrase with a hyphenated head, then `agreed, but also contended that`",
    "His ex-partner agreed, but also contended that since she had left the firm, she should not pay its debts.",
    "reported-said-that", "since she had left the firm, she should not pay its debts", null],
  ["a possessive phrase, then `agreed, but also insisted that`",
    "Her business partner agreed, but also insisted that since she had signed nothing, she owed nothing.",
    "reported-said-that", "since she had signed nothing, she owed nothing", null],
];

/** [what, paragraph, a text that must not be reported]. */
const NOT_REPORTED: ReadonlyArray<readonly [string, string, string]> = [
  ["`say` as a noun after a possessive",
    "The council wants a say in how the Harbour Board spends the money.", "in how the Harbour Board spends the money"],
  ["`admitted` as a participle after a name",
    "Refugees from Syria admitted to the country last year have found work.", "to the country last year have found work"],
];

describe("subjects of a verb of saying read past a name or a coordinator", () => {
  test.each(SHAPES)("%s", (_what, text, rule, content, speaker) => expectReported(text, rule, content, speaker));
  test.each(NOT_REPORTED)("%s", (_what, text, wrong) => expect(reportedTexts(text)).not.toContain(wrong));
});
