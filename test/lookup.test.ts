/**
 * The token-index lookups of `src/attribution/lookup.ts`: short arrays are searched in place, long ones indexed by
 * maps; both must answer alike (the first mention starting or led at a token, the last one ending there).
 */
import fc from "fast-check";
import { cuesByFirst, indexMentions } from "../src/attribution/lookup";
import type { Mention } from "../src/speakers/find-mentions";

const mention = (first: number, last: number, lead: number, text: string) => ({ first, last, lead, text }) as unknown as Mention;

/** What a map built in order gives: the first item for `first` and `lead`, the last for `last`. */
function expected(items: readonly Mention[], field: "first" | "last" | "lead", key: number): Mention | undefined {
  const hits = items.filter((m) => m[field] === key);
  return field === "last" ? hits[hits.length - 1] : hits[0];
}

describe("indexMentions and cuesByFirst", () => {
  it("answer as maps built in order would, for short and long arrays", () => {
    const item = fc.tuple(fc.nat(6), fc.nat(6), fc.nat(6));
    fc.assert(fc.property(fc.array(item, { maxLength: 20 }), (raw) => {
      const items = raw.map(([a, b, c], n) => mention(a, a + b, Math.max(0, a - c), `m${n}`));
      const ix = indexMentions(items);
      const cues = cuesByFirst(items);
      for (let key = 0; key <= 14; key++) {
        expect(ix.byFirst.get(key)).toBe(expected(items, "first", key));
        expect(ix.byLast.get(key)).toBe(expected(items, "last", key));
        expect(ix.byLead.get(key)).toBe(expected(items, "lead", key));
        expect(cues.get(key)).toBe(expected(items, "first", key));
      }
    }), { numRuns: 500 });
  });
});
