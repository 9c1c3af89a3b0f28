import fc from "fast-check";
import { flatString } from "../src/segment/flat-string";

describe("flatString", () => {
  it("gives the same text back, code unit for code unit", () => {
    const cases = ["short", "a paragraph without marks", "She said \"yes\" and left the room.", "a back\\slash and \\n and \\u0041 written out",
      "a control \u0001 character inside", "lone \ud800 surrogates \udc00 kept", "“Curly quotes,” she said — and an em dash.", "tab\tand\nnewline inside it"];
    for (const text of cases) expect(flatString(text)).toBe(text);
    const sliced = cases.join(" | ").slice(3, 90);
    expect(flatString(sliced)).toBe(sliced);
  });

  it("keeps any string of mixed units", () => {
    const unit = fc.constantFrom("a", " ", "\"", "\\", "n", "u", "0", "\u0000", "\u001f", "\ud800", "\udc00", "’", "é", "\n");
    fc.assert(fc.property(fc.array(unit, { maxLength: 60 }).map((u) => u.join("")), (text) => {
      expect(flatString(text)).toBe(text);
    }), { numRuns: 500 });
  });
});
