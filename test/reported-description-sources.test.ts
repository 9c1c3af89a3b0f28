/**
 * Reported speech whose source is a common-noun description, not a name: `the foundation` stands for the body named
 * with that head before it; a description that stands for no one named stays unnamed (speaker null, its words in
 * `mention`), as it does for a quotation.
 */
import { describe, expect, test } from "@jest/globals";
import { expectReported, readSentence, reportedTexts } from "./support/reported";

/** [what, paragraph, rule, content, speaker (a part of its name; null: unnamed)]. */
const CASES: ReadonlyArray<readonly [string, string, string, string, string | null]> = [
  ["`the foundation` after a named foundation, with a hearer before `that`",
    "The Kestrel Foundation paid its director $400,000 last year. The foundation reported to the IRS that the payments were loans.",
    "reported-said-that", "the payments were loans", "Kestrel Foundation"],
  ["`the fund` after a named fund",
    "The Fjordland Development Fund cut its forecast on Tuesday. The fund said that growth would slow next year.",
    "reported-said-that", "growth would slow next year", "Fjordland Development Fund"],
  ["`the institute` after a named institute, with `warned that`",
    "The Kestrel Institute studied ferry fares for a year. The institute warned that fares would double by 2030.",
    "reported-said-that", "fares would double by 2030", "Kestrel Institute"],
  ["a person described and named nowhere stays unnamed",
    "A ferry struck the pier on Monday. The witness said the driver accelerated before the crash.",
    "reported-said-clause", "the driver accelerated before the crash", null],
  ["an owned description is read as the source and stays unnamed",
    "Ferry captain Tomas Berg was arrested in May. His ex-wife also contended that he had hidden assets.",
    "reported-said-that", "he had hidden assets", null],
  ["a body described by its kind and named nowhere",
    "The ferry operator said the terminal would reopen in April.",
    "reported-said-clause", "the terminal would reopen in April", null],
];

describe("a description as the source of reported speech", () => {
  test.each(CASES)("%s", (_what, text, rule, content, speaker) => expectReported(text, rule, content, speaker));

  test("a described source is kept as the mention", () => {
    const r = readSentence("The witness said the driver was fast.");
    const q = r.quotes.find((x) => x.kind === "indirect");
    expect([q?.speaker, q?.mention?.text]).toEqual([null, "The witness"]);
  });

  test("a quotation keeps its described source unnamed", () => {
    const r = readSentence("“We are leaving,” the witness said.");
    expect(r.quotes.filter((q) => q.kind !== "indirect").map((q) => q.speaker)).toEqual([null]);
  });

  test("a thing is no speaker (`the new timetable`)", () => {
    const r = readSentence("The new timetable threatens to cut the night ferry.");
    expect(r.speakers.map((s) => s.name)).toEqual([]);
  });

  test("a bare infinitive after `help` is no cue (`helped find a job`)", () => {
    expect(reportedTexts("The harbour board helped find a job for the captain.")).toEqual([]);
  });
});
