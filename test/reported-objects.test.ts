/**
 * The object of a verb of saying as reported speech (`reported-speech-object`): which verbs and which object shapes
 * report a claim, and which are refused. Every sentence is invented for the project.
 */
import { describe, expect, it } from "@jest/globals";
import { expectReported, reportedTexts } from "./support/reported";

/** Sentences whose object is reported: sentence, content, speaker. */
const KEPT: ReadonlyArray<readonly [sentence: string, content: string, speaker: string]> = [
  // a second predicate of the subject after `and` ends the object
  ["Mayor Ivo Brandt has promised a veto and tried to persuade the council that the toll is unfair.", "a veto", "Ivo Brandt"],
  ["Nadia Okafor announced the opening of its long-awaited (and long-delayed) ferry terminal.", "the opening of its long-awaited (and long-delayed) ferry terminal", "Nadia Okafor"],
  ["Nadia Okafor announced the closure of the east pier and called for calm.", "the closure of the east pier", "Nadia Okafor"],
  // the object ends before a dash or a subordinate clause
  ["Nadia Okafor predicted a narrow vote despite the board's wide lead in the polls.", "a narrow vote", "Nadia Okafor"],
  ["Nadia Okafor acknowledged some confusion even as she defended the welders.", "some confusion", "Nadia Okafor"],
  ["Nadia Okafor acknowledged the board's deep debts -- its ''burden,'' she called them -- and asked for patience.", "the board's deep debts", "Nadia Okafor"],
  // a list, a relative or a participle after a comma goes on with the object
  ["Nadia Okafor stressed the need for new cranes, noting that the old ones date from 1970.", "the need for new cranes, noting that the old ones date from 1970", "Nadia Okafor"],
  ["Nadia Okafor noted the new cranes, the wider berths and the longer quay.", "the new cranes, the wider berths and the longer quay", "Nadia Okafor"],
  // an object after a short time adverbial
  ["Harbour police announced on Friday the arrest of a welder in the theft of a crane.", "the arrest of a welder in the theft of a crane", "police"],
  ["Nadia Okafor promised last week a new toll for ferries.", "a new toll for ferries", "Nadia Okafor"],
  // the cue's own adjuncts after the object end it: its medium, an aside after a comma, a reason, a comparison's clause
  ["Ivo Brandt announced his candidacy with a speech that mocked the harbour board.", "his candidacy", "Ivo Brandt"],
  ["Nadia Okafor announced new checks on the ferries on Monday, with her deputy blaming the welders for the delays.", "new checks on the ferries on Monday", "Nadia Okafor"],
  ["Nadia Okafor announced plans to sell the east pier, just as her rivals on the council are doing with the west pier.", "plans to sell the east pier", "Nadia Okafor"],
  ["Nadia Okafor noted the gap between the way the two piers are being run, as the east pier is praised while the west pier is blamed.", "the gap between the way the two piers are being run", "Nadia Okafor"],
  ["Ivo Brandt would not reveal the terms of the deal he reached with the union because he is bound by a confidentiality clause.", "the terms of the deal he reached with the union", "Ivo Brandt"],
  // a hyphenated verb after `and` with its own object is a second predicate
  ["Ivo Brandt denied the charges and counter-sued them for defamation.", "the charges", "Ivo Brandt"],
  // `declare` (a `noun-object` verb): its plain object right after it, when no clause opens there
  ["Ivo Brandt declared his candidacy for mayor.", "his candidacy for mayor", "Ivo Brandt"],
  ["Ivo Brandt publicly declared their support for the new toll.", "their support for the new toll", "Ivo Brandt"],
  ["Ivo Brandt could also declare a closed zone around the pier, forcing ferries to take long detours.", "a closed zone around the pier", "Ivo Brandt"],
];

/** `declare` with a clause after it reports the clause, not an object: sentence, content, speaker. */
const CLAUSE_FIRST: ReadonlyArray<readonly [sentence: string, content: string, speaker: string]> = [
  ["Ivo Brandt declared the vote was rigged.", "the vote was rigged", "Ivo Brandt"],
  ["Nadia Okafor announced on Friday the pier would reopen.", "the pier would reopen", "Nadia Okafor"],
  ["Nadia Okafor announced Friday the crane, or what is left of it, was found in the harbour.", "the crane, or what is left of it, was found in the harbour", "Nadia Okafor"],
];

/** Sentences whose verb takes an object that reports no claim: sentence, words that must not be reported. */
const REFUSED: ReadonlyArray<readonly [sentence: string, notReported: string]> = [
  ["The harbour board could deny them mooring permits.", "them mooring permits"],
  // a legal act, not a claim; verbs outside the object classes (`claim`, `suggest`: measured, more extras than hits)
  ["Ivo Brandt declared bankruptcy in 2009.", "bankruptcy"],
  ["Ivo Brandt claimed the nomination.", "the nomination"],
  ["Ivo Brandt suggested a new toll.", "a new toll"],
];

describe("reported-speech-object", () => {
  it.each(KEPT)("reports the object in %j", (sentence, content, speaker) => {
    expectReported(sentence, "reported-speech-object", content, speaker);
  });
  it.each(CLAUSE_FIRST)("reports the clause in %j", (sentence, content, speaker) => {
    expectReported(sentence, "reported-said-clause", content, speaker);
  });
  it.each(REFUSED)("reports no claim in %j", (sentence, words) => {
    expect(reportedTexts(sentence).filter((t) => t.includes(words))).toEqual([]);
  });
});
