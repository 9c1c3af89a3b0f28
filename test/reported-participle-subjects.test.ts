/**
 * A participle of saying after its clause (`…, pledging that …`) reports for the subject of the clause it hangs from,
 * found before it even behind a fronted adverb (`Then X …`, `And even X …`), or else the phrase of persons before the
 * clause's auxiliary (`The families of the crews had mobilized, warning …`); never for a name after it. A participle
 * opening the sentence reports for the main clause's subject, a phrase of persons too (`Declaring that …, the billionaire
 * shipping mogul reopened …`). A quantifier right before the participle is its source (`include one saying …`).
 */
import { describe, expect, test } from "@jest/globals";
import { expectReported, readSentence } from "./support/reported";

/** [what, sentence, rule, content, speaker]. */
const FOUND: [string, string, string, string, string | null][] = [
  ["a subject behind `Then`", "Then Nadia Okafor broke with the board, pledging that the pier would reopen in May.",
    "reported-said-that", "the pier would reopen in May", "Okafor"],
  ["a subject behind `And even`", "And even Ivo Brandt tried to calm the crowd, noting that the ferry would run on Sunday.",
    "reported-said-that", "the ferry would run on Sunday", "Brandt"],
  ["a phrase of persons before the clause's auxiliary, no mention", "The families of the ferry crews had mobilized, warning that the merger would end the night service.",
    "reported-said-that", "the merger would end the night service", "families of the ferry crews"],
  ["a phrase behind `But` and a fronted adverb", "But other advisers to the harbour board have been urging a vote, saying that only a strike would move the owners.",
    "reported-said-that", "only a strike would move the owners", "advisers to the harbour board"],
  ["a fronted participle before a phrase of persons the mention finder reads in part",
    "Declaring that the pier was safe, the billionaire shipping mogul reopened it on Monday.", "reported-fronted-participle", "the pier was safe", null],
  ["a quantifier and a time right before the participle", "Okafor's posts about the levy include one last week saying the ferry had been overbooked.",
    "reported-said-clause", "the ferry had been overbooked", null],
  ["a quantifier right before the participle, not the clause's named subject",
    "Nadia Okafor was questioned over a series of online posts that included one saying that the mayor should resign.", "reported-said-that", "the mayor should resign", null],
];

/** [what, sentence, a name that must not speak]. */
const NOT_SPEAKER: [string, string, string][] = [
  ["a name inside the participle's own clause", "Shortly after the vote, the harbour board had met again, saying that Nadia Okafor would chair the panel.", "Okafor"],
];

describe("the subject of a participle of saying", () => {
  test.each(FOUND)("%s", (_what, sentence, rule, content, speaker) => {
    expectReported(sentence, rule, content, speaker);
  });
  test.each(NOT_SPEAKER)("not spoken by %s", (_what, sentence, name) => {
    const r = readSentence(sentence);
    const speakers = r.quotes.filter((q) => q.kind === "indirect" && q.speaker).map((q) => r.speakers.find((s) => s.id === q.speaker)?.name ?? "");
    expect(speakers.filter((n) => n.includes(name))).toEqual([]);
  });
});
