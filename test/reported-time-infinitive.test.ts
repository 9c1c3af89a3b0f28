/**
 * A time adverbial between a verb and its infinitive is the cue's (`vowed Tuesday to stay`, `announced plans this week
 * to give …`): the reported content starts at `to`. Every sentence is invented for the project.
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
