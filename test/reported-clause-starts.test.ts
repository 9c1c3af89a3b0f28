/**
 * Where reported content starts. A time adverbial between a verb and its infinitive is the cue's (`vowed Tuesday to
 * stay`, `announced plans this week to give …`): the content starts at `to`. A comma after the report's `that` opens a
 * fronted adverbial of the clause (`said that, although …, the ferries …`): the content starts after the comma and runs
 * past the adverbial to its main clause. Every sentence is invented for the project.
 */
import { describe, it } from "@jest/globals";
import { expectReported } from "./support/reported";

/** Sentences whose content starts at the infinitive after a time: sentence, rule, content, speaker. */
const CASES: ReadonlyArray<readonly [sentence: string, rule: string, content: string, speaker: string]> = [
  ["Nadia Okafor vowed Tuesday to keep the ferry terminal open through the winter.", "reported-intention", "to keep the ferry terminal open through the winter", "Nadia Okafor"],
  ["Ivo Brandt promised last month to cut the harbour toll by half.", "reported-intention", "to cut the harbour toll by half", "Ivo Brandt"],
  ["Ivo Brandt vowed on Friday to fight the closure of the east pier.", "reported-intention", "to fight the closure of the east pier", "Ivo Brandt"],
  ["Nadia Okafor announced plans this week to give $2 million to the Harbour Fund, a charity she founded with dock workers to train welders.",
    "reported-speech-object", "to give $2 million to the Harbour Fund, a charity she founded with dock workers to train welders", "Nadia Okafor"],
  // without a time, the object stays whole and a hearer stays with its infinitive
  ["Ivo Brandt announced plans to sue the harbour board.", "reported-speech-object", "plans to sue the harbour board", "Ivo Brandt"],
  ["Nadia Okafor urged the welders to return to work.", "reported-intention", "the welders to return to work", "Nadia Okafor"],
];

describe("a time between a verb and its infinitive", () => {
  it.each(CASES)("starts the content at the infinitive in %j", (sentence, rule, content, speaker) => {
    expectReported(sentence, rule, content, speaker);
  });
});

/** A comma after `that`, then a fronted subordinate clause and the main clause: sentence, rule, content, speaker. */
const FRONTED: ReadonlyArray<readonly [sentence: string, rule: string, content: string, speaker: string]> = [
  ["Nadia Okafor said that, although the toll had risen, the ferries were full.", "reported-said-that", "although the toll had risen, the ferries were full", "Nadia Okafor"],
  ["Nadia Okafor told the Gazette that, although the toll had risen, the ferries were full.", "reported-told-hearer", "although the toll had risen, the ferries were full", "Nadia Okafor"],
  ["Ivo Brandt said that, even if the board agreed, a vote on the toll could not be held before June.", "reported-said-that", "even if the board agreed, a vote on the toll could not be held before June", "Ivo Brandt"],
  ["Ivo Brandt said that, if elected, he would close the east pier.", "reported-said-that", "if elected, he would close the east pier", "Ivo Brandt"],
  // a noun phrase after a comma that closes a finite clause stays the writer's comment
  ["Nadia Okafor said the board sacked 40 welders, a blow to the harbour.", "reported-said-clause", "the board sacked 40 welders", "Nadia Okafor"],
];

describe("a fronted adverbial after the report's that", () => {
  it.each(FRONTED)("reads the whole clause in %j", (sentence, rule, content, speaker) => {
    expectReported(sentence, rule, content, speaker);
  });
});
