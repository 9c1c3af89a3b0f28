/**
 * Helpers shared by the reported-speech tests: each invented sentence is read as the body of a short article whose
 * title is `Harbour news`, so that the sentence is a body paragraph and never taken as the headline.
 */
import { expect } from "@jest/globals";
import { extractQuotes, type Result } from "../../src/index";

/** The result for `sentence` as the one body paragraph of an article. */
export function readSentence(sentence: string): Result {
  return extractQuotes(`Harbour news\n\n${sentence}`);
}

/** The texts of the reported (indirect) items found in `sentence`. */
export function reportedTexts(sentence: string): string[] {
  return readSentence(sentence).quotes.filter((q) => q.kind === "indirect").map((q) => q.text);
}

/**
 * Asserts that `sentence` reports `content` by rule `rule`, with a speaker whose name contains `speaker` (null: the
 * item has no named speaker). On failure the message lists every item found with its rule.
 */
export function expectReported(sentence: string, rule: string, content: string, speaker: string | null): void {
  const r = readSentence(sentence);
  const q = r.quotes.find((x) => x.kind === "indirect" && x.text === content);
  expect(q ? [q.text, q.rule] : r.quotes.map((x) => [x.text, x.rule])).toEqual([content, rule]);
  const name = q?.speaker ? r.speakers.find((s) => s.id === q.speaker)?.name ?? null : null;
  if (speaker === null) expect(name).toBeNull();
  else expect(name).toContain(speaker);
}
