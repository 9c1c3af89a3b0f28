import { expectReported, reportedTexts } from "./support/reported";

/**
 * Reported speech that was missed whole (no prediction overlapped it), each shape with invented sentences: the rule
 * that must read the sentence, the content and the speaker (null: a source that names no one).
 */
const FOUND: ReadonlyArray<readonly [what: string, sentence: string, rule: string, content: string, speaker: string | null]> = [
  // A content that stands for a claim made before it.
  ["`the same of X` after a poll's share", "Now, 61 percent said the same of Ivo Brandt.",
    "reported-poll", "the same of Ivo Brandt", null],
  ["`the same about X` with a title's abbreviation", "Now, 30 percent said the same about Mr. Brandt.",
    "reported-poll", "the same about Mr. Brandt", null],
  ["`the same of X` with a title's abbreviation before a time", "Nadia Okafor said the same of Sen. Brandt on Friday.",
    "reported-said-same", "the same of Sen. Brandt", "Nadia Okafor"],
  ["`the same thing` after a perfect", "Nadia Okafor has said the same thing, and so has the harbour union.",
    "reported-said-same", "the same thing", "Nadia Okafor"],
  ["`as much` before a time", "Ivo Brandt said as much in an interview on Monday.",
    "reported-said-same", "as much", "Ivo Brandt"],
  ["`so` closing the sentence", "The pier was never safe, and Nadia Okafor said so.",
    "reported-said-same", "so", "Nadia Okafor"],
  ["`yes` before a comma", "Asked whether the ferries would run, Ivo Brandt said yes, but only in summer.",
    "reported-said-same", "yes", "Ivo Brandt"],
  ["an answer repeated", "Nadia Okafor said yes, yes, yes, and left the hall.",
    "reported-said-same", "yes, yes, yes", "Nadia Okafor"],
  ["`no to` and what is refused", "Ivo Brandt said no to the new toll.",
    "reported-said-same", "no to the new toll", "Ivo Brandt"],
  // A verb of saying whose content is a gerund.
  ["`reported` and a gerund", "Nadia Okafor reported raising $2 million during the spring.",
    "reported-gerund-content", "raising $2 million during the spring", "Nadia Okafor"],
  ["`admitted` and a gerund", "Ivo Brandt has admitted using the union's cars for his campaign.",
    "reported-gerund-content", "using the union's cars for his campaign", "Ivo Brandt"],
  ["`admitted to` and a gerund", "Nadia Okafor admitted to skipping the safety checks on the pier.",
    "reported-gerund-content", "skipping the safety checks on the pier", "Nadia Okafor"],
  ["`denied` and a gerund after an auxiliary", "Ivo Brandt did not deny taking money from the harbour fund.",
    "reported-gerund-content", "taking money from the harbour fund", "Ivo Brandt"],
  ["`recalled` and a gerund", "Nadia Okafor recalled seeing the crane move that night.",
    "reported-gerund-content", "seeing the crane move that night", "Nadia Okafor"],
  // A clause whose verb is an irregular past the lexicon reads as an adjective.
  ["a bare clause with `built`", "Ivo Brandt said contractors built a cushion into their bids.",
    "reported-said-clause", "contractors built a cushion into their bids", "Ivo Brandt"],
  ["a bare clause with `sought`", "Nadia Okafor said the welders sought a delay of the vote.",
    "reported-said-clause", "the welders sought a delay of the vote", "Nadia Okafor"],
  // A bare clause whose subject is a list with a serial comma before its last item.
  ["a list subject with a serial comma", "Nadia Okafor said her remarks on cranes, piers, and closed terminals will hurt the welders.",
    "reported-said-clause", "her remarks on cranes, piers, and closed terminals will hurt the welders", "Nadia Okafor"],
  // A closing cue followed by a clause of its own: a subordinator, or a preposition of circumstance and a gerund.
  ["a closing cue and `as` with its clause", "The pier is unsafe, Ivo Brandt said as he left the hall.",
    "reported-closing-cue", "The pier is unsafe", "Ivo Brandt"],
  ["a closing cue, a time and `after` with a gerund", "The welders were paid late, Ivo Brandt said Thursday after meeting the board.",
    "reported-closing-cue", "The welders were paid late", "Ivo Brandt"],
  ["a closing cue and `in` with a gerund", "The welders were paid late, Nadia Okafor said in answering a question from the floor.",
    "reported-closing-cue", "The welders were paid late", "Nadia Okafor"],
];

/** Sentences of the same look that report nothing, or not these words. */
const NOT_FOUND: ReadonlyArray<readonly [what: string, sentence: string, content: string]> = [
  ["`so far` is no content", "Ivo Brandt said so far the pier has held.", "so"],
  ["`so that` opens a purpose", "Nadia Okafor said so that the welders would hear it.", "so"],
  ["`no one` is a subject", "Ivo Brandt said no one had been paid.", "no"],
  ["`the same day` is a time", "Nadia Okafor said the same day that the pier was closed.", "the same day"],
  ["a verb that takes no gerund", "Ivo Brandt said during the meeting that the pier was safe.", "during the meeting that the pier was safe"],
  ["a noun `report` before a participle", "The harbour report covering the spring was released on Monday.", "covering the spring"],
  ["a preposition in `-ing` after the cue", "Nadia Okafor reported according to the rules of the board.", "according to the rules of the board"],
  ["a preposition whose gerund is the verb's own content", "The ferries ran late, Ivo Brandt insisted on getting the report.", "The ferries ran late"],
  ["an object before `as`", "The ferries ran late, and Nadia Okafor moved to stress safety as a priority.", "The ferries ran late, and"],
  ["a subordinator that opens a phrase, not a clause", "As the ferries were inspected in Harbourton, Ivo Brandt testified before the harbour board in Westport.",
    "As the ferries were inspected in Harbourton"],
  ["a thousands comma before the cue", "The ferries carried 50,000 people a day the officials estimated before the season opened.", "The ferries carried 50"],
];

describe("reported speech missed whole", () => {
  test.each(FOUND)("%s", (_what, sentence, rule, content, speaker) => {
    expectReported(sentence, rule, content, speaker);
  });

  test.each(NOT_FOUND)("not read: %s", (_what, sentence, content) => {
    expect(reportedTexts(sentence)).not.toContain(content);
  });
});
