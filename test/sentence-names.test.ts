/**
 * The names of the current sentence as the state keeps them (src/attribution/state.ts): the first, for a pronoun after
 * a subordinate opening, and the latest eight in a ring, for an organisation's description (`the company`).
 */
import { extractQuotes } from "../src/index";

function speakerOf(text: string): string | undefined {
  const r = extractQuotes(text);
  const q = r.quotes[r.quotes.length - 1]!;
  return r.speakers.find((s) => s.id === q.speaker)?.name;
}

describe("names of the sentence", () => {
  it("gives a pronoun after a subordinate opening the first name of the sentence", () => {
    expect(speakerOf("When Afghan President Ashraf Ghani met Prime Minister Narendra Modi, he said “the talks went well.”")).toBe("Ashraf Ghani");
  });

  it("finds the organisation among the sentence's latest names, past more names than the ring holds", () => {
    const text = "Harbourview Media laid off 60 workers on Monday. Officials said the cuts were painful. Mayors of Dover, Salem, Concord, "
      + "Nashua, Keene, Manchester, Portsmouth, Derry and Exeter met as Harbourview Media cut jobs, and the company said “more cuts may come.”";
    expect(speakerOf(text)).toBe("Harbourview Media");
  });
});
