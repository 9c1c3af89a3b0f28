import fc from "fast-check";
import { tokenize } from "../src/speakers";
import { documentWords } from "../src/speakers/document-words";

describe("documentWords", () => {
  it("reads the words the article writes in lower case, capitalises inside a sentence, and writes in capitals", () => {
    const words = documentWords([
      "Critics said the plan would fail. Plan B, the CBP said, was Trump’s.",
      "Then they met Officials and Smith at the Café. “Every élève knows,” she said.",
    ]);
    expect(["said", "plan", "fail", "s", "met", "élève", "knows"].filter((w) => !words.hasLower(w))).toEqual([]);
    expect(["Critics", "critics", "Plan", "Trump", "B", "CBP", "smith", "élèves", "plans", ""].filter((w) => words.hasLower(w))).toEqual([]);
    expect(["café", "officials", "smith", "trump"].filter((w) => !words.hasCapitalised(w))).toEqual([]);
    expect(["critics", "plan", "then", "every", "she", "cbp", "said", "Smith", "Officials", ""].filter((w) => words.hasCapitalised(w))).toEqual([]);
    expect([...words.acronyms()]).toEqual(["CBP"]);
  });

  it("holds words of seven to twelve letters (two numbers each) and longer ones alike", () => {
    const words = documentWords(["Ask policymakers about accountability, said Counterintelligence officials to Representatives and McDonald."]);
    expect(["policymakers", "accountability", "officials", "about", "said", "to"].filter((w) => !words.hasLower(w))).toEqual([]);
    expect(["policymaker", "policymakerss", "accountabilit", "official", "representatives", "counterintelligence", "ask"].filter((w) => words.hasLower(w))).toEqual([]);
    expect(["counterintelligence", "representatives", "mcdonald"].filter((w) => !words.hasCapitalised(w))).toEqual([]);
    expect(["representative", "mcdonal", "mcdonalds", "policymakers", "Representatives"].filter((w) => words.hasCapitalised(w))).toEqual([]);
  });
});

describe("documentWords: searched or read whole", () => {
  // The answers of searches of the text (the first questions of an article) are those of its words read into sets.
  const letter = fc.constantFrom("a", "b", "k", "s", "a", "b", "k", "s", "A", "B", "K", "S", "\u212a", "é", "É", "İ", "ß");
  const lowerLetter = fc.constantFrom("a", "b", "k", "s");
  const upperLetter = fc.constantFrom("A", "B", "K", "S");
  const word = fc.oneof(
    fc.tuple(lowerLetter, fc.array(lowerLetter, { maxLength: 15, size: "max" })).map(([a, rest]) => a + rest.join("")),
    fc.tuple(upperLetter, fc.array(lowerLetter, { maxLength: 15, size: "max" })).map(([a, rest]) => a + rest.join("")),
    fc.array(upperLetter, { minLength: 1, maxLength: 8 }).map((units) => units.join("")),
    fc.array(letter, { minLength: 1, maxLength: 15, size: "max" }).map((units) => units.join("")),
  );
  const gap = fc.constantFrom(" ", " ", " ", ", ", "-", "’", "\n", "7", ". ", "  ");
  const paragraph = fc.array(fc.tuple(word, gap), { maxLength: 12 }).map((parts) => parts.map(([w, g]) => w + g).join(""));
  it("gives every question the same answer", () => {
    fc.assert(fc.property(fc.array(paragraph, { maxLength: 4 }), fc.array(word, { maxLength: 6 }), (paragraphs, others) => {
      const read = documentWords(paragraphs, 0);
      const written = paragraphs.flatMap((p) => p.split(/[^a-zA-Z\u212aéÉİß]+/));
      for (const w of [...written, ...written.map((q) => q.toLowerCase()), ...others, ...others.map((q) => q.toLowerCase()), ""]) {
        // Each question of a new article, so that the searches answer it (an article that asks many is read whole).
        // With one search's budget, a search may spend it midway and leave the question to the sets.
        for (const searches of [16, 1]) {
          const answers = [documentWords(paragraphs, searches).hasLower(w), documentWords(paragraphs, searches).hasCapitalised(w), documentWords(paragraphs, searches).acronyms().has(w)];
          expect([w, searches, ...answers]).toEqual([w, searches, read.hasLower(w), read.hasCapitalised(w), read.acronyms().has(w)]);
        }
      }
      for (const searches of [16, 1]) expect([...documentWords(paragraphs, searches).acronyms()].sort()).toEqual([...read.acronyms()].sort());
    }), { numRuns: 1000 });
  });

  it("finds words capitalised inside a sentence, in any case but capitals of two to six letters", () => {
    const words = documentWords(["met McDonald and \u212aing, saw KNOX, then Representatives of ABCDEFG; Kbc. Hi the Smithsonianbigs"]);
    expect(["mcdonald", "representatives", "abcdefg", "smithsonianbigs"].filter((w) => !words.hasCapitalised(w))).toEqual([]);
    expect(["king", "knox", "kbc", "hi", "the"].filter((w) => words.hasCapitalised(w))).toEqual([]);
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
