/**
 * The subject of a verb of saying written as a noun phrase no mention covers: its head with modifiers after it,
 * coordinated heads, members between commas or dashes, a quantifier as its head, and descriptions that stand for a
 * name the article gave just before. The source is the phrase (or its head), never a noun inside its modifiers.
 */
import { describe, expect, test } from "@jest/globals";
import { expectReported, readSentence } from "./support/reported";

/** [what, paragraph, rule, content, speaker (a part of its name)]. */
const PHRASES: ReadonlyArray<readonly [string, string, string, string, string]> = [
  ["a head and a preposition with coordinated objects",
    "Experts on ferry safety and port security said the new boats could change that.",
    "reported-said-clause", "the new boats could change that", "Experts on ferry safety and port security"],
  ["coordinated heads before a preposition",
    "Fishermen and traders in Harbourton say the new quay has brought more business.",
    "reported-said-clause", "the new quay has brought more business", "Fishermen and traders in Harbourton"],
  ["coordinated prepositional phrases",
    "Shop owners in the old town and along the quay say the works have driven customers away.",
    "reported-said-clause", "the works have driven customers away", "Shop owners in the old town and along the quay"],
  ["a demonstrative head with an adjective and its preposition",
    "Nadia Okafor is weighing a second term. Those close to the mayor say she will decide in June.",
    "reported-said-clause", "she will decide in June", "Those close to the mayor"],
  ["members between commas",
    "Local newspapers across the region, including the Harbour Gazette, warned that the fares would rise.",
    "reported-said-that", "the fares would rise", "Local newspapers across the region, including the Harbour Gazette"],
  ["a quantifier with its group",
    "Most of the skippers at the meeting said the fares were too high.",
    "reported-said-clause", "the fares were too high", "Most of the skippers at the meeting"],
  ["coordinated groups, the second a mention",
    "Many skippers and some harbour officials say the quay is too short.",
    "reported-said-clause", "the quay is too short", "Many skippers and some harbour officials"],
  ["a share of people after `and`",
    "Most riders were unsure, and one in five say the new timetable is worse.",
    "reported-said-clause", "the new timetable is worse", "one in five"],
  ["a long relative clause with an aside between commas",
    "Yet some skippers who have worked the northern route over the years, in winter or in summer, said the new buoys were misplaced.",
    "reported-said-clause", "the new buoys were misplaced", "some skippers who have worked the northern route"],
  ["the members of a list before `who said`",
    "The show drew callers, including commuters who said they had waited hours for the ferry.",
    "reported-said-clause", "they had waited hours for the ferry", "commuters"],
  ["a name before a prepositional phrase is the source, not the paper after `with`",
    "Nadia Okafor in an interview with the Harbour Gazette said the plan would fail.",
    "reported-said-clause", "the plan would fail", "Nadia Okafor"],
  ["a participle and its agent after the head",
    "Skippers interviewed by the Harbour Gazette said the new buoys were misplaced.",
    "reported-said-clause", "the new buoys were misplaced", "Skippers"],
  ["a participle and its agent, then members between commas",
    "Ferry workers hired by the port, including Tom Dale, said the pumps had failed twice.",
    "reported-said-clause", "the pumps had failed twice", "Ferry workers hired by the port"],
  ["an -ing participle and its preposition after the head",
    "Commuters waiting at the quay said the morning ferry had not come.",
    "reported-said-clause", "the morning ferry had not come", "Commuters"],
  ["a relative clause without its relative after a plural head",
    "Several skippers I have spoken with over the past two winters said the new buoys were misplaced.",
    "reported-said-clause", "the new buoys were misplaced", "Several skippers I have spoken with"],
  ["a group before an organisation after `at`",
    "Officials at the Kestria Port Authority said the pier would reopen in May.",
    "reported-said-clause", "the pier would reopen in May", "Officials at the Kestria Port Authority"],
];

/** [what, paragraph, rule, content, speaker]: a description stands for the name given just before. */
const DESCRIBED: ReadonlyArray<readonly [string, string, string, string, string]> = [
  ["a person's description with a participle",
    "Nadia Okafor toured the new terminal on Monday. The retired engineer said the building would open in June.",
    "reported-said-clause", "the building would open in June", "Nadia Okafor"],
  ["a person's description whose head has a person's ending",
    "Amara Lindqvist spoke in Harbourton on Saturday. The self-described harbour traditionalist said the old quay should stay.",
    "reported-said-clause", "the old quay should stay", "Amara Lindqvist"],
  ["an organisation's description with modifiers",
    "Felton Harbour Ltd cut three ferry routes. The shipping company said on Friday that fuel costs had doubled.",
    "reported-said-that", "fuel costs had doubled", "Felton Harbour"],
];

/** [what, paragraph, rule, content, speaker]: a name whose surname is a demonym, before a long appositive. */
const NAMED: ReadonlyArray<readonly [string, string, string, string, string]> = [
  ["a demonym after a given name is its surname, before an appositive with a relative clause",
    "Owen Irish, the harbour master who rebuilt the old quay after the storm of 2019, says he is open to a second term.",
    "reported-said-clause", "he is open to a second term", "Owen Irish"],
];

describe("a name before a long appositive is the source", () => {
  test.each(NAMED)("%s", (_what, text, rule, content, speaker) => expectReported(text, rule, content, speaker));
});

describe("a subject phrase no mention covers is the source", () => {
  test.each(PHRASES)("%s", (_what, text, rule, content, speaker) => expectReported(text, rule, content, speaker));
});

describe("a description as the subject stands for the name before it", () => {
  test.each(DESCRIBED)("%s", (_what, text, rule, content, speaker) => expectReported(text, rule, content, speaker));
});

/** [what, paragraph, a speaker name no item may have]: phrases that are no subject of a verb of saying. */
const NOT_SOURCES: ReadonlyArray<readonly [string, string, string]> = [
  ["`after` opens a clause, not a phrase of the subject",
    "Weeks after Nadia Okafor announced the closure, ferries were still running.", "Weeks"],
  ["a predicate noun before `who` is no source",
    "Okafor is a skipper and campaigner who has pledged to keep the ferry running.", "campaigner"],
  ["an intention of a thing is no report",
    "The new timetable threatens to cut the night ferry.", "timetable"],
  ["a capitalised adjective opening the sentence heads no phrase",
    "Prior to launch Felton said the boats were ready.", "Prior"],
  ["a spokesman speaks for whom he is named after",
    "A spokesman for the Harbour Board said the plan would fail.", "spokesman"],
];

describe("phrases that are not the source", () => {
  test.each(NOT_SOURCES)("%s", (_what, text, wrong) => {
    const r = readSentence(text);
    const names = r.quotes.filter((q) => q.kind === "indirect").map((q) => r.speakers.find((s) => s.id === q.speaker)?.name ?? "");
    expect(names.filter((n) => n.includes(wrong))).toEqual([]);
  });
});

describe("a quotation after its cue takes the subject phrase as its speaker", () => {
  test("`Those close to the mayor said: “…”`", () => {
    const r = readSentence("Nadia Okafor has not decided. Those close to the mayor said: “She will not run again.”");
    const q = r.quotes.find((x) => x.kind !== "indirect");
    expect(q?.text).toBe("She will not run again.");
    expect(r.speakers.find((s) => s.id === q?.speaker)?.name).toBe("Those close to the mayor");
  });
});
