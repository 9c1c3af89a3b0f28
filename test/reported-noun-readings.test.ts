import { describe, expect, test } from "@jest/globals";
import { reportedTexts } from "./support/reported";

/**
 * A verb of saying or evidence read as the noun it also is, by the words before it (`src/attribution/cues.ts`,
 * `nounByModifier`): after a determiner and a limiting adjective (`the only show that …`), or as the plural of a
 * compound after a preposition (`relies on user reports to …`). Each row: what, the sentence, a text no reported item
 * may hold.
 */
const NOUNS: ReadonlyArray<readonly [what: string, sentence: string, notIn: string]> = [
  ["`the only show that` is no verb of evidence", "Last spring Harbour Tonight was the only show that regularly invited dock workers onto its panel.", "regularly invited"],
  ["`the same report` is no verb", "Nadia Okafor read the same report that the council had leaked to the press.", "the council had leaked"],
  ["`on user reports` is a compound noun", "Twitter primarily relies on user reports to ferret out fake accounts.", "ferret out"],
];

/** Rows where the verb reading must stay: a determiner and a plain noun as the subject, an adverbial phrase before the verb. */
const VERBS: ReadonlyArray<readonly [what: string, sentence: string, content: string]> = [
  ["a determiner and a noun before `shows` stay its subject", "The harbour survey shows the ferry lost riders last year.", "the ferry lost riders last year"],
  ["`the only` before a noun leaves the noun's verb a verb", "The only audit of the yard shows the board lost money.", "the board lost money"],
  ["a noun's preposition closes the subject before its verb", "The new evidence from trade suggests the yard cannot compete with cheaper ports.", "the yard cannot compete with cheaper ports"],
];

describe("noun readings of verbs of saying", () => {
  test.each(NOUNS)("%s", (_what, sentence, notIn) => {
    expect(reportedTexts(sentence).filter((t) => t.includes(notIn))).toEqual([]);
  });
  test.each(VERBS)("%s", (_what, sentence, content) => {
    expect(reportedTexts(sentence)).toContain(content);
  });
});
