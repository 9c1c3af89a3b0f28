/**
 * Reported speech whose source is the writer's own `I` or `we`, outside quotation marks (columns, op-eds, first-person
 * reporting, interview answers): the clause is reported with no speaker (the text does not say who `I` is; a byline is
 * not always the one speaking, as in an interview's answers or a book excerpt), and `I` is kept as the mention.
 * Inside a quotation `I` is the quoted speaker's, and reads nothing here.
 */
import { describe, expect, test } from "@jest/globals";
import { expectReported, readSentence, reportedTexts } from "./support/reported";

/** [what, paragraph, rule, content, mention]. */
const CASES: ReadonlyArray<readonly [string, string, string, string, string]> = [
  ["`I told` a hearer `that …`",
    "The harbour master spoke for an hour on Tuesday. I told him that the ferry fares would not fall this year.",
    "reported-told-hearer", "the ferry fares would not fall this year", "I"],
  ["`when I said …`: a subordinator opens the clause of `I`",
    "I got in trouble with the board when I said the harbour levy was unfair.",
    "reported-said-clause", "the harbour levy was unfair", "I"],
  ["`I argue that …`",
    "I argue that the night ferry serves the island better than any bridge could.",
    "reported-said-that", "the night ferry serves the island better than any bridge could", "I"],
  ["`I’ve been saying … that …`: a contraction with its auxiliary",
    "I’ve been saying for six years that the harbour needs a second pier.",
    "reported-said-that", "the harbour needs a second pier", "I’ve"],
  ["`I said` with a bare clause after an answer label",
    "A: I said the council should have asked the fishermen first.",
    "reported-said-clause", "the council should have asked the fishermen first", "I"],
  ["`I should say that …` across a modal",
    "I should say that my grandfather ran the ferry for thirty years.",
    "reported-said-that", "my grandfather ran the ferry for thirty years", "I"],
  ["`, I predict,` between the clause's words",
    "This, I predict, will not end well for the harbour board.",
    "reported-parenthetical-cue", "This, I predict, will not end well for the harbour board", "I"],
  ["`we` after a comma: the writers'",
    "After a year of letters, we said that the pier would not be safe by winter.",
    "reported-said-that", "the pier would not be safe by winter", "we"],
];

describe("the writer's `I` as the source of reported speech", () => {
  test.each(CASES)("%s", (_what, text, rule, content, mention) => {
    expectReported(text, rule, content, null);
    const q = readSentence(text).quotes.find((x) => x.kind === "indirect" && x.text === content);
    expect([q?.speaker, q?.mention?.text, q?.confidence]).toEqual([null, mention, 0]);
  });

  test("`I` names no speaker of the article", () => {
    expect(readSentence("I told him that the ferry fares would not fall this year.").speakers).toEqual([]);
  });

  test("inside a quotation, `I` is the quoted speaker's: no report of the writer", () => {
    const r = readSentence("“I told him that the fares would not fall,” said Mara Lind, the harbour master.");
    expect(r.quotes.filter((q) => q.kind === "indirect").map((q) => q.mention?.text)).not.toContain("I");
    expect(r.quotes.filter((q) => q.kind !== "indirect").map((q) => r.speakers.find((s) => s.id === q.speaker)?.name)).toEqual(["Mara Lind"]);
  });

  test("`I` inside a relative clause is not the verb's subject read here (`the man whom I told …`)", () => {
    expect(reportedTexts("The man whom I told about the pier said nothing.")).toEqual([]);
  });

  test("a verb of thinking keeps its first-person holder unreported (`I think that …`)", () => {
    expect(reportedTexts("I think that the council has failed the island.")).toEqual([]);
  });
});
