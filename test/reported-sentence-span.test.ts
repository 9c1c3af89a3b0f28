import { reportedTexts } from "./support/reported";

/**
 * A reported clause stays inside the sentence of its cue: a closing cue (`…, X said.`) does not take the sentences
 * before it, a parenthetical cue (`The museum, X said, would …`) does not take the sentence after it, and a sentence's
 * opening words before a parenthetical cue stay in the content. Measured on PolNeAR train before choosing: of 472
 * unquoted items with a closing verb of saying, the annotation reaches back over an earlier sentence 5 times; of 80 with
 * a parenthetical cue and a sentence after it, it runs on into that sentence 6 times; extending either way loses
 * say-cue matches on train (−55 and −8), so the clause keeps to its sentence. Each row: what, the paragraph, the content
 * that must be reported, and text it must not hold.
 */
const IN_SENTENCE: ReadonlyArray<readonly [what: string, paragraph: string, content: string, notIn: string]> = [
  [
    "a closing cue's content does not take the unquoted sentences before it",
    "The cooperative's business is dredging the harbour. The silt is sold to farmers inland, converting waste into fertiliser. A single barge can move 400 tons of silt in a week, Mr. Halvorsen said.",
    "A single barge can move 400 tons of silt in a week",
    "dredging",
  ],
  [
    "a closing cue with a hearer and a day keeps to its sentence",
    "Fishing crews have struggled for a decade. Most boats now land half the catch they did in 2010, the union's treasurer told reporters on Monday.",
    "Most boats now land half the catch they did in 2010",
    "decade",
  ],
  [
    "a parenthetical cue's content does not run on into the next sentence",
    "The ferry terminal, Mayor Lind said, would open in the spring. But it would also need a second berth before the summer crowds arrive.",
    "The ferry terminal, Mayor Lind said, would open in the spring",
    "second berth",
  ],
  [
    "a sentence's opening words before a parenthetical cue stay in the content",
    "In the end, Ms. Okafor said, the crews will accept the new rota.",
    "In the end, Ms. Okafor said, the crews will accept the new rota",
    "rota.",
  ],
];

describe("reported clause kept to its sentence", () => {
  test.each(IN_SENTENCE)("%s", (_what, paragraph, content, notIn) => {
    const texts = reportedTexts(paragraph);
    expect(texts).toContain(content);
    expect(texts.filter((t) => t.includes(notIn))).toEqual([]);
  });
});
