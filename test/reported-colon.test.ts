import { expect } from "@jest/globals";
import { extractQuotes } from "../src/index";
import { expectReported, reportedTexts } from "./support/reported";

/**
 * `reported-colon`: a verb of saying whose colon opens its content without quotation marks. Invented sentences: the
 * content after the colon runs to the end of its sentence.
 */
const SAME_SENTENCE: ReadonlyArray<readonly [what: string, sentence: string, content: string, speaker: string | null]> = [
  ["a verb and its colon", "Nadia Okafor added: The crews will be paid before the vote.", "The crews will be paid before the vote", "Nadia Okafor"],
  ["a group as the source, one sentence only", "Some residents say: It is time for the board to fix the pier. Others disagree.",
    "It is time for the board to fix the pier", "Some residents"],
  ["a hearer before the colon", "Nadia Okafor told reporters on Friday: the terminal will reopen in April.", "the terminal will reopen in April", "Nadia Okafor"],
  ["an adverbial before the colon", "In a statement, Nadia Okafor said on Tuesday: The board has frozen its accounts.", "The board has frozen its accounts", "Nadia Okafor"],
  ["a question word the colon spells out", "Ivo Brandt explained why: the pier is too old to repair.", "the pier is too old to repair", "Ivo Brandt"],
  ["the writer's adverb before the colon", "Ivo Brandt put the question simply and then answered it himself. He said simply: the board cannot pay.",
    "the board cannot pay", "Ivo Brandt"],
];

/** A colon closing its paragraph after a verb of saying opens the next paragraph, which is the content. */
const NEXT_PARAGRAPH: ReadonlyArray<readonly [what: string, intro: string, next: string, content: string, speaker: string | null]> = [
  ["a verb and its colon", "Nadia Okafor added:", "It is typical of the board. It knows nothing about the pier, and the crews know it.",
    "It is typical of the board. It knows nothing about the pier, and the crews know it", "Nadia Okafor"],
  ["a hearer before the colon", "Ivo Brandt told the Harbour Gazette on Friday:", "The pier is too old to repair, and the city will have to build a new one.",
    "The pier is too old to repair, and the city will have to build a new one", "Ivo Brandt"],
  ["a statement's adverbial", "In a speech last July, Ivo Brandt said:", "Let no one be mistaken: the levy is a tax on every family in Harbourton.",
    "Let no one be mistaken: the levy is a tax on every family in Harbourton", "Ivo Brandt"],
  ["an excerpt opened by an ellipsis", "The Harbour Gazette reports:", "…at least four ferries had their schedules changed after the review.",
    "at least four ferries had their schedules changed after the review", "Harbour Gazette"],
];

/** Colons that open no reported speech. */
const NOT_REPORTED: ReadonlyArray<readonly [what: string, sentence: string]> = [
  ["a quotation after the colon is a direct quote", "Nadia Okafor said: “The crews will be paid before the vote.”"],
  ["a colon after a quotation's closing cue goes on with the quoted speech", "“The levy is a lie,” Ivo Brandt said: That the board never read the contract."],
  ["a colon after an object of the verb", "The Harbour Gazette also noted the sparse attendance: only nine welders came to the meeting."],
  ["an assent is no speech", "Investors seem to agree: at one point this week, ferry shares were up 17 percent."],
  ["a transcript's speaker label", "OKAFOR: The crews will be paid before the vote."],
  ["a colon after a clause of the verb's own", "Nadia Okafor said the board has two options: it can sell the pier or raise the levy."],
];

function paragraphTexts(intro: string, next: string): string[] {
  return extractQuotes(`Harbour news\n\n${intro}\n\n${next}`).quotes.filter((q) => q.kind === "indirect").map((q) => q.text);
}

describe("reported-colon", () => {
  test.each(SAME_SENTENCE)("%s", (_what, sentence, content, speaker) => {
    expectReported(sentence, "reported-colon", content, speaker);
  });

  test.each(NEXT_PARAGRAPH)("next paragraph: %s", (_what, intro, next, content, speaker) => {
    const r = extractQuotes(`Harbour news\n\n${intro}\n\n${next}`);
    const q = r.quotes.find((x) => x.kind === "indirect" && x.text === content);
    expect(q ? [q.text, q.rule, q.paragraph] : r.quotes.map((x) => [x.text, x.rule])).toEqual([content, "reported-colon", 1]);
    const name = q?.speaker ? r.speakers.find((s) => s.id === q.speaker)?.name ?? null : null;
    if (speaker === null) expect(name).toBeNull();
    else expect(name).toContain(speaker);
  });

  test.each(NOT_REPORTED)("nothing reported: %s", (_what, sentence) => {
    expect(readColon(sentence)).toEqual([]);
  });

  test.each([
    ["a quoted next paragraph is a direct quote", "Nadia Okafor added:", "“The crews will be paid before the vote,” the union said on Monday."],
    ["a next paragraph that is markup", "One welder wrote:", "<tweet author=\"@welder\">The pier is falling apart and nobody cares</tweet>"],
    ["a colon after no verb of saying", "The forecast for the vote remains the same:", "The board is likely to approve the levy in June."],
    ["a list after a verb's own clause", "Nadia Okafor said the changes include:", "Fares for commuters will rise by a fifth, and the night ferry will stop."],
  ])("next paragraph, nothing reported: %s", (_what, intro, next) => {
    expect(paragraphTexts(intro, next).filter((t) => t.startsWith(next.slice(0, 12)))).toEqual([]);
  });
});

/** The reported items of `sentence` read by `reported-colon`. */
function readColon(sentence: string): string[] {
  const texts = reportedTexts(sentence);
  return extractQuotes(`Harbour news\n\n${sentence}`).quotes.filter((q) => q.kind === "indirect" && q.rule === "reported-colon" && texts.includes(q.text)).map((q) => q.text);
}
