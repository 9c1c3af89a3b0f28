import { describe, test } from "@jest/globals";
import { expectReported } from "./support/reported";

/**
 * A closing cue whose source after the verb carries a modifier of its own to the sentence's end (`…, said people
 * familiar with the matter.`, `…, said officials briefed on the talks.`): an adjective or a source's participle and its
 * preposition modify the source, as a relative clause does (`…, said Ivo Brandt, who ran it.`), and leave the cue
 * closing its sentence. Each row: the sentence, the content, the speaker's name (part of it).
 */
const CLOSING: ReadonlyArray<readonly [sentence: string, content: string, speaker: string]> = [
  ["The harbour board never reviewed the ferry contract, said people familiar with the matter.", "The harbour board never reviewed the ferry contract", "people"],
  ["The yard will cut 40 jobs before the winter, said two people familiar with the plans.", "The yard will cut 40 jobs before the winter", "two people"],
  ["The council had already chosen a contractor, said officials briefed on the talks.", "The council had already chosen a contractor", "officials"],
  ["The mayor will not seek a third term, said aides close to her.", "The mayor will not seek a third term", "aides"],
  ["The pier will stay shut through March, said inspectors involved in the survey.", "The pier will stay shut through March", "inspectors"],
];

describe("closing cue with a modified source after it", () => {
  test.each(CLOSING)("%s", (sentence, content, speaker) => {
    expectReported(sentence, "reported-closing-cue", content, speaker);
  });
});
