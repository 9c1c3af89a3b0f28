import { expectReported, reportedTexts } from "./support/reported";

/**
 * Participles of saying: after a comma, reporting a clause of the sentence's subject (`lexicon/verb-classes`:
 * gerund-reports: `…, alleging that …`, `…, contending that …`), or opening the sentence, their subject the main
 * clause's. Invented sentences: the rule, the content, the speaker.
 */
const FOUND: ReadonlyArray<readonly [what: string, sentence: string, rule: string, content: string, speaker: string]> = [
  ["`, alleging that` after a lawsuit", "Nadia Okafor filed a suit against the harbour board, alleging that the cranes were never inspected.",
    "reported-said-that", "the cranes were never inspected", "Nadia Okafor"],
  ["`, contending that` after a challenge", "Ivo Brandt had challenged the toll before the council, contending that the levy broke the port charter.",
    "reported-said-that", "the levy broke the port charter", "Ivo Brandt"],
  ["`, confirming that` after a statement", "Nadia Okafor spoke to the welders on Monday, confirming that the yard would reopen in May.",
    "reported-said-that", "the yard would reopen in May", "Nadia Okafor"],
  ["`, recalling that` after a visit", "Ivo Brandt toured the old pier, recalling that his father had built its first crane.",
    "reported-said-that", "his father had built its first crane", "Ivo Brandt"],
  // A fronted participle whose main clause has adverbs before its verb, or a past that is also the present.
  ["adverbs between the main subject and its verb", "After saying on Monday that the pier was unsafe, Nadia Okafor only rarely visited the yard.",
    "reported-fronted-participle", "the pier was unsafe", "Nadia Okafor"],
  ["`put` as the main verb after a name", "Noting that the welders had struck twice, Ivo Brandt put the contract to a vote.",
    "reported-fronted-participle", "the welders had struck twice", "Ivo Brandt"],
];

/** The same participles with no clause to report. */
const NOT_FOUND: ReadonlyArray<readonly [what: string, sentence: string, content: string]> = [
  ["an adjective of a noun", "The alleged theft of the cranes was reported to the harbour board.", "theft of the cranes was reported to the harbour board"],
];

describe("participles of saying after a comma", () => {
  test.each(FOUND)("%s", (_what, sentence, rule, content, speaker) => {
    expectReported(sentence, rule, content, speaker);
  });

  test.each(NOT_FOUND)("not read: %s", (_what, sentence, content) => {
    expect(reportedTexts(sentence)).not.toContain(content);
  });
});
