import { QUOTE_MARKS } from "../src/lexicon/quote-marks";
import { ANY_MARK } from "../src/quotes/scan-marks";

describe("the native search for a mark's first character", () => {
  it("matches exactly the first characters of the quotation marks, and no other code unit", () => {
    const starts = new Set(QUOTE_MARKS.map((m) => m.mark.charCodeAt(0)));
    const probe = new RegExp(ANY_MARK.source);
    const disagree: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      if (probe.test(String.fromCharCode(code)) !== starts.has(code)) disagree.push(`U+${code.toString(16).padStart(4, "0")}`);
    }
    expect(disagree).toEqual([]);
  });
});
