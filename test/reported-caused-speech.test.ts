/**
 * The infinitive of a verb of saying and its `that` after the object of a verb that caused the saying (`forced X to
 * admit that …`, `led X to say that …`): the object is the speaker, also past an aside between commas; not after a
 * verb of asking or wishing, nor with an object instead of a clause.
 */
import { describe, expect, test } from "@jest/globals";
import { expectReported, reportedTexts } from "./support/reported";

/** [what, paragraph, rule, content, speaker (a part of its name)]. */
const CAUSED: ReadonlyArray<readonly [string, string, string, string, string]> = [
  ["`forced` a name `to admit that`",
    "The inquiry forced Erik Lund to admit that the harbour accounts had been altered.",
    "reported-said-that", "the harbour accounts had been altered", "Erik Lund"],
  ["an aside between commas after the object",
    "The chairwoman also forced Erik Lund, who was under questioning from the board over the ferry losses, to admit that no manager had been punished.",
    "reported-said-that", "no manager had been punished", "Erik Lund"],
  ["`led` a group `to say that`",
    "The late start of the hearing led Liberals to say that the board was hiding the report.",
    "reported-said-that", "the board was hiding the report", "Liberals"],
  ["a future `will force` with a title before the name",
    "The count will force Sen. Mara Quist to acknowledge that her campaign is over.",
    "reported-said-that", "her campaign is over", "Mara Quist"],
];

/** [what, paragraph, a text that must not be reported]. */
const NOT_CAUSED: ReadonlyArray<readonly [string, string, string]> = [
  ["`urged` asks for a saying that may never happen",
    "The council urged Erik Lund to say that the harbour was safe.", "the harbour was safe"],
  ["`led` with a verb that is no saying",
    "The storm led the harbour master to close the quay.", "the quay"],
];

describe("a verb of saying caused in its object", () => {
  test.each(CAUSED)("%s", (_what, text, rule, content, speaker) => expectReported(text, rule, content, speaker));
  test.each(NOT_CAUSED)("%s", (_what, text, wrong) => expect(reportedTexts(text)).not.toContain(wrong));
});
