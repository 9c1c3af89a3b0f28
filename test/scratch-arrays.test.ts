/**
 * readName reads a name's run into an array reused from call to call, and mentions that are no names share one empty
 * array of name tokens (src/speakers/find-mentions.ts): what findMentions returns must be its own, unchanged by later
 * calls, and the same on any call.
 */
import { tokenize } from "../src/speakers";
import { findMentions } from "../src/speakers/find-mentions";

const A = "President Joe Biden said the Department of Health and Human Services would act. The White House declined.";
const B = "Mr. Smith told Reuters that Gen. Mark Milley, the top officer, had spoken.";

function snapshot<T>(xs: readonly T[]): string {
  return JSON.stringify(xs);
}

describe("arrays of the name reader", () => {
  it("findMentions returns arrays of their own, the same on any call", () => {
    const ta = tokenize(A, []);
    const tb = tokenize(B, []);
    const ma = findMentions(A, ta, 0, ta.length, 0);
    const before = snapshot(ma);
    const mb = findMentions(B, tb, 0, tb.length, 1);
    expect(ma).not.toBe(mb);
    expect(snapshot(ma)).toBe(before);
    expect(snapshot(findMentions(A, ta, 0, ta.length, 0))).toBe(before);
    expect(ma.map((m) => m.name)).toEqual(expect.arrayContaining(["Joe Biden"]));
    expect(mb.map((m) => m.name)).toEqual(expect.arrayContaining(["Smith", "Mark Milley"]));
    const names = ma.filter((m) => m.kind === "name");
    for (const m of names) expect(m.nameTokens.length).toBeGreaterThan(0);
    expect(names.find((m) => m.name === "Joe Biden")?.nameTokens).toEqual(["joe", "biden"]);
    for (const m of [...ma, ...mb]) if (m.kind !== "name") expect(m.nameTokens).toEqual([]);
  });

  it("reads a run of more capitalised words than the scratch holds", () => {
    const text = `${Array.from({ length: 80 }, (_, k) => `Word${String.fromCharCode(65 + (k % 26))}`).join(" ")} said.`;
    const tokens = tokenize(text, []);
    expect(() => findMentions(text, tokens, 0, tokens.length, 0)).not.toThrow();
    const again = findMentions(text, tokens, 0, tokens.length, 0);
    expect(snapshot(again)).toBe(snapshot(findMentions(text, tokens, 0, tokens.length, 0)));
  });
});
