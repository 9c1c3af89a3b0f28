import { expectReported, reportedTexts } from "./support/reported";

/**
 * Claims reported through a noun of saying (`reported-noun-claim`), each with an invented sentence: the content and the
 * speaker. A noun without a possessor, an agent or a subject that makes it (`amid allegations that …`) names no one,
 * and its claim is left out.
 */
const FOUND: ReadonlyArray<readonly [what: string, sentence: string, content: string, speaker: string]> = [
  ["a possessive pronoun's claim", "Ivo Brandt repeated his claim that the welders had been paid late.", "the welders had been paid late", "Ivo Brandt"],
  ["a possessive name's warning", "The board ignored Nadia Okafor's warning that the pier would collapse in a storm.", "the pier would collapse in a storm", "Nadia Okafor"],
  ["an adjective between the possessor and the noun", "Nadia Okafor stood by her earlier assertion that the crane contract was rigged.", "the crane contract was rigged", "Nadia Okafor"],
  ["a fronted infinitive inside the clause", "Nadia Okafor has been frank in her acknowledgment that to pay for the new pier, she needs to raise the harbour levy.",
    "to pay for the new pier, she needs to raise the harbour levy", "Nadia Okafor"],
  ["a noun of promise and its infinitive", "Ivo Brandt won the vote with his promise to cut ferry fares by a fifth.", "to cut ferry fares by a fifth", "Ivo Brandt"],
  ["a verb whose object is the noun names the source", "Councillor Ivo Brandt made the claim that the pier was unsafe for cars.", "the pier was unsafe for cars", "Ivo Brandt"],
  ["a time between the noun and `that`", "Ivo Brandt stood by his statement on Tuesday that the ferries would run on time.", "the ferries would run on time", "Ivo Brandt"],
  ["an agent after the noun", "Nadia Okafor brushed aside suggestions by Ivo Brandt that the welders were underpaid.", "the welders were underpaid", "Ivo Brandt"],
];

/** Where the claim of a noun ends: the noun phrase's place in the sentence bounds it. */
const BOUNDS: ReadonlyArray<readonly [what: string, sentence: string, content: string]> = [
  ["a subject's clause ends before the sentence's predicate", "Nadia Okafor's claim that the pier is safe was rejected by the harbour inspectors.", "the pier is safe"],
  ["a subject's clause keeps its own verb group", "The board's vow that the fares will be kept low is as reliable as the weather.", "the fares will be kept low"],
  ["a fronted phrase ends at its comma", "Despite Ivo Brandt's insistence that the welders were paid on time, the union filed a grievance.", "the welders were paid on time"],
  ["a single dash ends it", "Ivo Brandt repeated his claim that the crane was unsafe - the board met the next day.", "the crane was unsafe"],
  ["a concession of the writer's ends it", "Ivo Brandt stood by his claim that he is a lifelong sailor, despite the fact that he bought his first boat last year.", "he is a lifelong sailor"],
  ["the next item of a list ends it", "Voters were angered by Ivo Brandt's promise to cut ferry fares, and his refusal to publish the accounts.", "to cut ferry fares"],
];

/** `that` after a noun of saying that opens no claim of its own. */
const NOT_FOUND: ReadonlyArray<readonly [what: string, sentence: string]> = [
  ["a relative without a subject", "Nadia Okafor cited a claim that originated in a harbour newsletter."],
  ["a relative whose verb takes the noun", "Ivo Brandt withdrew the claims that he made to the harbour board."],
  ["a relative whose verb takes the noun, then the sentence's verb", "The charges that the union leaders denied were dropped in March."],
  ["a relative whose verb takes a document", "The council cited the report that it commissioned last year."],
  ["a verb of saying, not a noun", "Nadia Okafor claims that the pier is safe."],
  ["a noun of thought, not of saying", "The board dismissed the idea that the pier could be sold."],
  ["a claim nobody in the sentence makes", "The board met on Monday amid allegations that the harbour master had taken bribes from shippers."],
  ["a claim without a possessor or an agent", "The union dismissed complaints that they slowed the repairs on purpose."],
  ["a claim holding a quotation is a mixed quote", "Ivo Brandt repeated his promise to be “neutral” in the harbour dispute."],
];

describe("reported-noun-claim", () => {
  test.each(FOUND)("%s", (_what, sentence, content, speaker) => {
    expectReported(sentence, "reported-noun-claim", content, speaker);
  });

  test.each(BOUNDS)("bounds: %s", (_what, sentence, content) => {
    expect(reportedTexts(sentence)).toContain(content);
  });

  test.each(NOT_FOUND)("nothing from a noun: %s", (_what, sentence) => {
    for (const text of reportedTexts(sentence)) expect(text).not.toMatch(/originated|he made|union leaders|it commissioned|be “neutral”|harbour master|slowed the repairs/);
  });
});
