/**
 * `reported-hearsay`: a hearsay adverb (`reportedly`, `allegedly`) in its clause reports that clause without naming a
 * source. Invented sentences, one per shape of the rule and of what it leaves alone.
 */
import { readSentence, reportedTexts } from "./support/reported";
import { HEARSAY } from "../src/attribution/reported/hearsay";
import { formatText } from "../src/cli/format-text";

/** A sentence and the clause its hearsay adverb reports. */
const CLAUSES: ReadonlyArray<readonly [what: string, sentence: string, content: string]> = [
  ["an adverb after an auxiliary", "The harbour board has reportedly hired a new pilot.", "The harbour board has reportedly hired a new pilot"],
  ["an adverb before a past form", "Ivo Brandt reportedly resigned from the harbour board on Monday.", "Ivo Brandt reportedly resigned from the harbour board on Monday"],
  ["a clause after a subordinator", "The ferry was stopped at sea after the captain allegedly ignored a storm warning.", "the captain allegedly ignored a storm warning"],
  ["an opening adverb and its comma", "Reportedly, the crews were paid late last winter.", "the crews were paid late last winter"],
  ["a fronted phrase before the subject", "In total, the welders have reportedly filed 40 complaints.", "the welders have reportedly filed 40 complaints"],
  ["a fronted subordinate clause before the subject", "Although the vote was close, the harbour board has reportedly approved the levy.", "the harbour board has reportedly approved the levy"],
  ["a second predicate of the subject", "Nadia Okafor is a former pilot, but has reportedly never sailed the new ferry.", "Nadia Okafor is a former pilot, but has reportedly never sailed the new ferry"],
  ["a floating quantifier before the adverb", "The welders were all allegedly paid in cash.", "The welders were all allegedly paid in cash"],
  ["a clause inside brackets", "The pier stayed shut for a month (the board has reportedly hired a new engineer) before it reopened.", "the board has reportedly hired a new engineer"],
  ["a subordinate clause after it is the writer's setting", "The board is reportedly hiring a second pilot as it prepares for the summer.", "The board is reportedly hiring a second pilot"],
];

/** Sentences whose hearsay adverb reports nothing of its own, and what is reported instead (if anything). */
const LEFT_ALONE: ReadonlyArray<readonly [what: string, sentence: string]> = [
  ["an adverb before a verb of saying", "Nadia Okafor reportedly said the pier would close in May."],
  ["a clause another cue reads", "Nadia Okafor said the board has reportedly hired a new pilot."],
  ["a relative clause", "The welders, who reportedly went unpaid for months, left the yard in March."],
  ["a participle", "Ivo Brandt left the meeting early, reportedly angered by the vote on the levy."],
  ["a gerund after a preposition", "The harbour board was fined for allegedly hiding its accounts from the auditors."],
  ["a passive participle before its agent", "The thefts allegedly committed by the crew cost the port two million euros."],
  ["a pronoun subject inside another clause", "The money he allegedly took from the harbour fund was never found."],
];

describe("reported-hearsay", () => {
  test.each(CLAUSES)("%s", (_what, sentence, content) => {
    const r = readSentence(sentence);
    const q = r.quotes.find((x) => x.kind === "indirect" && x.rule === HEARSAY.name);
    expect(q ? [q.text, q.speaker, q.mention, q.confidence] : r.quotes.map((x) => [x.text, x.rule])).toEqual([content, null, null, HEARSAY.confidence]);
    expect(q?.cue?.text.toLowerCase()).toMatch(/^(?:reportedly|allegedly)$/);
  });

  test.each(LEFT_ALONE)("nothing of its own: %s", (_what, sentence) => {
    expect(readSentence(sentence).quotes.filter((q) => q.rule === HEARSAY.name)).toEqual([]);
  });

  test("a clause another cue reads keeps that cue's source", () => {
    expect(reportedTexts("Nadia Okafor said the board has reportedly hired a new pilot.")).toEqual(["the board has reportedly hired a new pilot"]);
  });

  test("the text format prints it as reported, with its rule and confidence", () => {
    const text = formatText(readSentence("The harbour board has reportedly hired a new pilot."));
    expect(text).toContain(`reported: The harbour board has reportedly hired a new pilot [${HEARSAY.confidence} ${HEARSAY.name}]`);
  });
});
