import { extractQuotes } from "../src/index";

/** Each shape of reported speech the finder supports, with an invented sentence. */
const CASES: ReadonlyArray<readonly [shape: string, sentence: string, text: string, speaker: string]> = [
  ["said + bare clause", "Harbour board chair Nadia Okafor said the ferry terminal would reopen in April.", "the ferry terminal would reopen in April", "Nadia Okafor"],
  ["clause, X said", "The ferry terminal will reopen in April, Nadia Okafor said.", "The ferry terminal will reopen in April", "Nadia Okafor"],
  ["parenthetical cue", "Most of the delays, Nadia Okafor said, were caused by a shortage of welders.", "Most of the delays, Nadia Okafor said, were caused by a shortage of welders", "Nadia Okafor"],
  ["cognition + that", "Nadia Okafor believes that the harbour can handle twice as many ships by next year.", "the harbour can handle twice as many ships by next year", "Nadia Okafor"],
  ["evidence + that", "A survey by the harbour board found that most commuters would pay higher fares for faster boats.", "most commuters would pay higher fares for faster boats", "(unnamed) A survey"],
  ["declined to", "Nadia Okafor declined to sign the contract.", "to sign the contract", "Nadia Okafor"],
  ["asked whether", "Councillor Ivo Brandt asked whether the welders had been paid on time.", "whether the welders had been paid on time", "Ivo Brandt"],
  ["criticised + object", "Councillor Ivo Brandt criticised the board's handling of the contract.", "the board's handling of the contract", "Ivo Brandt"],
  ["called on + object + infinitive", "Councillor Ivo Brandt called on the board to review the contract.", "the board to review the contract", "Ivo Brandt"],
];

describe("reported speech shapes", () => {
  test.each(CASES)("%s", (_shape, sentence, text, speaker) => {
    const r = extractQuotes(`Harbour news\n\n${sentence}`);
    const q = r.quotes.find((x) => x.kind === "indirect");
    expect(q?.text).toBe(text);
    // A source the article does not name (`A survey`) is kept as the mention, with no speaker.
    expect(r.speakers.find((s) => s.id === q?.speaker)?.name ?? `(unnamed) ${q?.mention?.text}`).toBe(speaker);
  });

  test("two reported clauses in one sentence", () => {
    const r = extractQuotes("Harbour news\n\nNadia Okafor said the terminal would reopen and said that fares would not rise this year.");
    expect(r.quotes.filter((q) => q.kind === "indirect").map((q) => q.text)).toEqual(["the terminal would reopen", "fares would not rise this year"]);
  });

  test.each([
    ["a cue that opens a quotation", "At the meeting, Nadia Okafor said, “We will be ready.”"],
    ["a clause holding a quotation", "Nadia Okafor said the welders had done “a heroic job” all winter long."],
    ["a noun, not a verb", "The board's support for the plan was never in doubt."],
    ["a demand, not a claim", "The chamber of commerce called for a free shuttle service across the river."],
  ])("nothing reported for %s", (_what, sentence) => {
    const r = extractQuotes(`Harbour news\n\n${sentence}`);
    expect(r.quotes.filter((q) => q.kind === "indirect")).toEqual([]);
  });
});

describe("poll results", () => {
  it.each([
    ["About 4 in 10 say they want the next president to have more liberal policies.", "About 4 in 10", "they want the next president to have more liberal policies"],
    ["Around that time, 47 percent said they would vote for the senator.", "(unnamed) 47 percent", "they would vote for the senator"],
  ])("%s", async (sentence, source, clause) => {
    const { extractQuotes } = await import("../src/index");
    const r = extractQuotes(`Poll finds voters divided\n\n${sentence}`);
    const q = r.quotes.find((x) => x.kind === "indirect");
    expect(q?.text).toBe(clause);
    expect(r.speakers.find((s) => s.id === q?.speaker)?.name ?? `(unnamed) ${q?.mention?.text}`).toBe(source);
  });
});

describe("contractions open a reported clause", () => {
  it.each([
    ["Sanders says he’d continue the program if elected.", "he’d continue the program if elected"],
    ["Ms Ruiz said they’re ready to vote on the budget.", "they’re ready to vote on the budget"],
  ])("%s", async (sentence, clause) => {
    const { extractQuotes } = await import("../src/index");
    const r = extractQuotes(`Candidates speak\n\n${sentence}`);
    expect(r.quotes.find((x) => x.kind === "indirect")?.text).toBe(clause);
  });
});
