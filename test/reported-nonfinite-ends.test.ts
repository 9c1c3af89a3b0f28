import { reportedTexts } from "./support/reported";

/**
 * Where a content without a verb of its own ends — an infinitive (`vowed to rebuild the pier`) or a gerund (`reported
 * spending $2 million`) — when the sentence runs on with a clause of the writer's: a contrast with its own subject, a
 * new subject after `, and`, or the main clause after a fronted subordinate clause that holds the cue.
 * Each row: what, the sentence, the content that must be reported, and text it must not hold.
 */
const ENDS: ReadonlyArray<readonly [what: string, sentence: string, content: string, notIn: string]> = [
  ["a gerund ends before `, while` and a clause", "The Harbour Fund reported spending $2 million on radio ads, while a second group backed by the ferry union has reported spending $900,000 on mailers.", "spending $2 million on radio ads", "while"],
  ["an infinitive ends before `, and it` with a verb in -s", "Ferrovia is promising to rebuild the east pier by spring, and it hopes to win the ferry contract as well.", "to rebuild the east pier by spring", "hopes"],
  ["an infinitive ends before `, and she` with a verb in -s", "The mayor vowed to reopen the ferry line, and she plans to visit the yard.", "to reopen the ferry line", "plans"],
  ["an infinitive in a fronted subordinate clause ends at its main clause", "Two years after the council vowed to reopen the ferry line, the harbour board has cut its budget by half.", "to reopen the ferry line", "budget"],
  ["a pledge in a fronted subordinate clause ends at its main clause", "Weeks after Nadia Okafor pledged to repair the old lighthouse, the town has sold it to a developer.", "to repair the old lighthouse", "developer"],
  ["an infinitive ends before `and he` with a verb, without a comma", "Ivo Brandt is the only candidate to have pledged to visit every harbour town and he has long used that pledge against his rivals.", "to visit every harbour town", "used"],
  ["an infinitive ends before `, opposed her …`: a second predicate of the source's", "Nadia Okafor has promised to rebuild the east pier before winter, opposed her rival's ferry plan and cut the harbour tax.", "to rebuild the east pier before winter", "opposed"],
];

/** Infinitives that go on past `and` and a subject pronoun: the pronoun's clause stands inside a clause of the content's own. */
const GOES_ON: ReadonlyArray<readonly [what: string, sentence: string, content: string]> = [
  ["inside a condition", "Nadia Okafor promised to sell the yard only if the price were fair and it covered the debts.", "to sell the yard only if the price were fair and it covered the debts"],
  ["a participle after a comma without an object of its own", "Ivo Brandt vowed to build a new pier, paid for by the state.", "to build a new pier, paid for by the state"],
  ["inside a `that` clause", "Nadia Okafor vowed to prove that the yard was sold in secret and she has hired two auditors to do it.", "to prove that the yard was sold in secret and she has hired two auditors to do it"],
];

describe("reported non-finite content ends", () => {
  test.each(ENDS)("%s", (_what, sentence, content, notIn) => {
    const texts = reportedTexts(sentence);
    expect(texts).toContain(content);
    expect(texts.filter((t) => t.includes(content) && t.includes(notIn))).toEqual([]);
  });
  test.each(GOES_ON)("goes on: %s", (_what, sentence, content) => {
    expect(reportedTexts(sentence)).toContain(content);
  });
});
