/**
 * A passive verb of reporting with its agent (`reported-passive-agent`): the agent is the source and the subject noun
 * phrase the content. Every sentence is invented for the project.
 */
import { describe, expect, it } from "@jest/globals";
import { expectReported, reportedTexts } from "./support/reported";

/** Sentences whose subject is reported: sentence, content, speaker. */
const KEPT: ReadonlyArray<readonly [sentence: string, content: string, speaker: string]> = [
  ["The closure of the east pier was first reported by the Harbour Gazette.", "The closure of the east pier", "Harbour Gazette"],
  ["The welders' strike was reported by the Harbour Gazette on Monday.", "The welders' strike", "Harbour Gazette"],
  ["Her resignation was confirmed by Mayor Ivo Brandt on Friday.", "Her resignation", "Ivo Brandt"],
  ["News of the crane's sale was later announced by Nadia Okafor.", "News of the crane's sale", "Nadia Okafor"],
  ["The new toll has been disclosed by Nadia Okafor.", "The new toll", "Nadia Okafor"],
  ["But the deal was initially revealed by the Harbour Gazette.", "the deal", "Harbour Gazette"],
];

/** Sentences with a passive that reports no subject noun phrase: sentence, words that must not be reported. */
const REFUSED: ReadonlyArray<readonly [sentence: string, notReported: string]> = [
  // a relative (`which`) or a pronoun subject is no content of its own
  ["The deal, which was first reported by the Harbour Gazette, collapsed in May.", "which"],
  ["It was first reported by the Harbour Gazette.", "It"],
  // a clause before `was` is no subject noun phrase
  ["The crews left the yard and the strike was reported by the Harbour Gazette.", "The crews left the yard and the strike"],
  // verbs outside the passive report lemmas
  ["The pier was praised by Nadia Okafor.", "The pier"],
];

describe("reported-passive-agent", () => {
  it.each(KEPT)("reports the subject in %j", (sentence, content, speaker) => {
    expectReported(sentence, "reported-passive-agent", content, speaker);
  });
  it.each(REFUSED)("reports no subject in %j", (sentence, notReported) => {
    expect(reportedTexts(sentence)).not.toContain(notReported);
  });
});
