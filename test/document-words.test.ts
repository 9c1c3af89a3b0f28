import fc from "fast-check";
import { tokenize } from "../src/speakers";
import { documentWords } from "../src/speakers/find-mentions";

describe("documentWords", () => {
  it("reads the words the article writes in lower case, capitalises inside a sentence, and writes in capitals", () => {
    const words = documentWords([
      "Critics said the plan would fail. Plan B, the CBP said, was Trump’s.",
      "Then they met Officials and Smith at the Café. “Every élève knows,” she said.",
    ]);
    expect(["said", "plan", "fail", "s", "met", "élève", "knows"].filter((w) => !words.lower.has(w))).toEqual([]);
    expect(["Critics", "critics", "Plan", "Trump", "B", "CBP", "smith", "élèves", "plans", ""].filter((w) => words.lower.has(w))).toEqual([]);
    expect(["café", "officials", "smith", "trump"].filter((w) => !words.capitalised.has(w))).toEqual([]);
    expect(["critics", "plan", "then", "every", "she", "cbp", "said", "Smith", "Officials", ""].filter((w) => words.capitalised.has(w))).toEqual([]);
    expect([...words.acronyms]).toEqual(["CBP"]);
  });

  it("holds words of seven to twelve letters (two numbers each) and longer ones alike", () => {
    const words = documentWords(["Ask policymakers about accountability, said Counterintelligence officials to Representatives and McDonald."]);
    expect(["policymakers", "accountability", "officials", "about", "said", "to"].filter((w) => !words.lower.has(w))).toEqual([]);
    expect(["policymaker", "policymakerss", "accountabilit", "official", "representatives", "counterintelligence", "ask"].filter((w) => words.lower.has(w))).toEqual([]);
    expect(["counterintelligence", "representatives", "mcdonald"].filter((w) => !words.capitalised.has(w))).toEqual([]);
    expect(["representative", "mcdonal", "mcdonalds", "policymakers", "Representatives"].filter((w) => words.capitalised.has(w))).toEqual([]);
  });
});

describe("tokenize: lower case", () => {
  it("gives each word the lower case of its text, without a final 's", () => {
    const unit = fc.constantFrom("a", "s", "S", "Z", "é", "É", "İ", "ß", "’", "'", "-", ".", "&", "7", " ", ",");
    fc.assert(fc.property(fc.array(unit, { maxLength: 40 }).map((units) => units.join("")), (text) => {
      for (const t of tokenize(text, [])) {
        if (t.kind !== "word") continue;
        const lower = t.text.toLowerCase();
        const stripped = /['’]s$/.test(lower) ? lower.slice(0, -2) : t.possessive && /s['’]$/.test(lower) ? lower.slice(0, -1) : lower;
        expect(t.lower).toBe(stripped);
      }
    }), { numRuns: 500 });
  });
});
