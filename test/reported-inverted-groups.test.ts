import { expectReported, reportedTexts } from "./support/reported";

/**
 * Two shapes of reported speech that were missed, each with invented sentences: an inverted closing cue whose source
 * is a group no mention covers or a coordination (`…, said several welders.`, `…, said Ivo Brandt and others.`), and a
 * bare clause whose subject has no determiner and whose verb the lexicon does not know (`said success depends on …`).
 */
const FOUND: ReadonlyArray<readonly [what: string, sentence: string, rule: string, content: string, speaker: string | null]> = [
  ["an inverted cue and a quantified plural", "The north pier has been unsafe for years, said several welders.",
    "reported-closing-cue", "The north pier has been unsafe for years", "several welders"],
  ["an inverted cue and a plural with a relative clause", "The ferry fares will rise in May, said three riggers who attended the meeting.",
    "reported-closing-cue", "The ferry fares will rise in May", "three riggers who attended the meeting"],
  ["an inverted cue and a quantity of a plural", "Keeping the harbour open is the board's first task, said a handful of Liberals.",
    "reported-closing-cue", "Keeping the harbour open is the board's first task", "a handful of Liberals"],
  ["an inverted cue and two coordinated names", "The ferry fares will rise in May, said Ivo Brandt and Nadia Okafor.",
    "reported-closing-cue", "The ferry fares will rise in May", "Ivo Brandt"],
  ["an inverted cue and a name coordinated with `others`", "The welders were paid late last winter, said Ms. Okafor and others.",
    "reported-closing-cue", "The welders were paid late last winter", "Okafor"],
  ["an inverted cue and a name coordinated with a possessive group", "The north pier will close in June, says Ivo Brandt and his aides.",
    "reported-closing-cue", "The north pier will close in June", "Ivo Brandt"],
  ["a bare subject and an unknown `-s` verb", "Nadia Okafor said success depends on the turnout in the harbour wards.",
    "reported-said-clause", "success depends on the turnout in the harbour wards", "Nadia Okafor"],
  ["a bare compound subject and an unknown `-s` verb", "Ivo Brandt said ferry ridership rebounds every spring.",
    "reported-said-clause", "ferry ridership rebounds every spring", "Ivo Brandt"],
  ["a plural subject and an unknown bare verb before its object", "Nadia Okafor says people misjudge the harbour board.",
    "reported-said-clause", "people misjudge the harbour board", "Nadia Okafor"],
  ["a determiner, a singular noun and an `-s` form read as a noun, before its object", "Ivo Brandt said the harbour faces a long winter.",
    "reported-said-clause", "the harbour faces a long winter", "Ivo Brandt"],
];

/** Sentences whose words after the cue are no source or no clause. */
const NOT_FOUND: ReadonlyArray<readonly [what: string, sentence: string, content: string]> = [
  ["an infinitive after the cue is no source", "The board kept the north pier open, vowed to press on with repairs.", "The board kept the north pier open"],
  ["a figure and a plural are no clause", "The board had confirmed 68 harbour pilots by this point, Ivo Brandt said.", "68 harbour pilots by this point"],
  ["an adjective after a plural is no verb", "The fees, which critics say disadvantages needy wards, rose in May.", "disadvantages needy wards"],
];

describe("inverted group sources and unknown verbs", () => {
  test.each(FOUND)("%s", (_what, sentence, rule, content, speaker) => {
    expectReported(sentence, rule, content, speaker);
  });
  test.each(NOT_FOUND)("not read: %s", (_what, sentence, content) => {
    expect(reportedTexts(sentence)).not.toContain(content);
  });
});
