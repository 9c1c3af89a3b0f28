import { reportedTexts } from "./support/reported";

/**
 * A cue between commas (`A, X said, B.`, `reported-parenthetical-cue`): the content runs around the cue whatever
 * stands in the source's place, one invented sentence per shape. Each row: what, sentence, the content reported.
 */
const AROUND: ReadonlyArray<readonly [what: string, sentence: string, content: string]> = [
  ["a determiner before the source's noun", "The new cranes, these harbour officials said, would be ready by June.", "The new cranes, these harbour officials said, would be ready by June"],
  ["a role before the source with its own `of` phrase", "But, the former head of the harbour board added, the ferry never made money.", "But, the former head of the harbour board added, the ferry never made money"],
  ["a fronted time adverbial before a source phrase", "At times last winter, people close to the harbour master said, the mere mention of the audit could make her furious.", "At times last winter, people close to the harbour master said, the mere mention of the audit could make her furious"],
  ["the medium of the claim after the cue (`said in a May report`)", "The fares rose 9 percent, the agency said in a May report, and the riders in the outer towns paid the most.", "The fares rose 9 percent, the agency said in a May report, and the riders in the outer towns paid the most"],
  ["a fronted condition, then the medium after the cue", "If the board sells the pier, Nadia Okafor suggested in a tweet, the town will lose its ferry.", "If the board sells the pier, Nadia Okafor suggested in a tweet, the town will lose its ferry"],
  ["an infinitive after the cue completes the clause before it", "It is the board's job, Nadia Okafor said, to keep the ferry running through the winter.", "It is the board's job, Nadia Okafor said, to keep the ferry running through the winter"],
  ["`for` with the infinitive's own subject after the cue", "So it makes sense, Ivo Brandt said, for the town to buy the old pier now.", "So it makes sense, Ivo Brandt said, for the town to buy the old pier now"],
  ["a hyphen standing as a dash starts the clause before the cue", "Ivo Brandt praised the welders of the east yard - all of whom, Nadia Okafor said, had worked through the storm.", "all of whom, Nadia Okafor said, had worked through the storm"],
  ["a long first part left open by a progressive goes on after the cue", "The ferry workers, the dock workers and the pilots are demanding, the union tells us, a new contract for next year.", "The ferry workers, the dock workers and the pilots are demanding, the union tells us, a new contract for next year"],
  ["a long first part left open by a copula goes on after the cue", "The real problem with the harbour plan was, Nadia Okafor said, the cost of the new pier.", "The real problem with the harbour plan was, Nadia Okafor said, the cost of the new pier"],
  ["a passive before the comma takes its agent after the cue", "The pier was damaged, Nadia Okafor said, by the storm in March.", "The pier was damaged, Nadia Okafor said, by the storm in March"],
  ["a passive after a modal takes its agent after the cue", "The ferry line would be saved, Ivo Brandt said, by a grant from the state.", "The ferry line would be saved, Ivo Brandt said, by a grant from the state"],
  ["a phrase after `to` that is no infinitive is the cue's own (a closing cue)", "The ferry will stop in June, Nadia Okafor said, to applause from the crowd.", "The ferry will stop in June"],
];

/** Sentences whose words between commas are no parenthetical cue: nothing around them is reported. */
const NOT_AROUND: ReadonlyArray<readonly [what: string, sentence: string, notContent: string]> = [
  ["a verb of its own between the source and a speech noun", "In a sharp break from past meetings, Ivo Brandt made no mention of Harbourton, the ferry or the cranes.", "In a sharp break from past meetings"],
  ["a place, not the medium of a claim, after the cue", "The fares rose 9 percent, the agency said in the harbour area, and the riders paid the most.", "The fares rose 9 percent, the agency said in the harbour area, and the riders paid the most"],
];

describe("reported speech: parenthetical cues", () => {
  test.each(AROUND)("%s", (_what, sentence, content) => {
    expect(reportedTexts(sentence)).toContain(content);
  });
  test.each(NOT_AROUND)("%s", (_what, sentence, notContent) => {
    for (const text of reportedTexts(sentence)) expect(text.startsWith(notContent)).toBe(false);
  });
});
