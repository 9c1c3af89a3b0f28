import fc from "fast-check";
import { addLetter, KeySet, lowerHead, lowerKey, lowerTail, MAX_KEYED_LETTERS, MAX_PAIRED_LETTERS } from "../src/letter-key";

describe("lowerKey", () => {
  it.each<[string, number]>([
    ["a", 1],
    ["z", 26],
    ["ab", addLetter(1, 98)],
    ["said", lowerKey("sai") * 32 + 4],
    ["", 0],
    ["Said", 0],
    ["it’s", 0],
    ["élève", 0],
    ["a".repeat(MAX_KEYED_LETTERS + 1), 0],
  ])("%j → %d", (word, key) => {
    expect(lowerKey(word)).toBe(key);
  });
});

describe("lowerTail", () => {
  it.each<[string, number]>([
    ["said", 0],
    ["", 0],
    ["saying", 0],
    ["sayings", lowerKey("s")],
    ["policymakers", lowerKey("makers")],
    ["a".repeat(MAX_PAIRED_LETTERS + 1), -1],
    ["Sayings", -1],
    ["sayingS", -1],
    ["élèves", 0],
    ["accounts’", -1],
  ])("%j → %d", (word, tail) => {
    expect(lowerTail(word)).toBe(tail);
    if (tail > 0) expect(lowerHead(word)).toBe(lowerKey(word.slice(0, MAX_KEYED_LETTERS)));
  });
});

describe("KeySet", () => {
  it.each<[string, number[], number[], number[]]>([
    // [case, keys added, keys held, keys not held]
    ["empty", [], [], [1, 2, 1 << 29]],
    ["one key", [7], [7], [6, 8, 7 + 64]],
    ["a key added twice counts once", [7, 7, 7], [7], [1]],
    ["keys sharing a first slot", [1, 65, 129, 193], [1, 65, 129, 193], [257, 2]],
    ["the largest keys", [lowerKey("zzzzzz"), (1 << 30) - 1], [lowerKey("zzzzzz"), (1 << 30) - 1], [1 << 29]],
    ["grown past its first table", Array.from({ length: 500 }, (_, k) => k * 3 + 1), [1, 4, 301, 1498], [2, 3, 1501]],
  ])("%s", (_, added, held, absent) => {
    const set = new KeySet();
    for (const k of added) set.add(k);
    expect(held.filter((k) => !set.has(k))).toEqual([]);
    expect(absent.filter((k) => set.has(k))).toEqual([]);
    expect(set.size).toBe(new Set(added).size);
  });

  it("tells keys apart by their tails", () => {
    const set = new KeySet();
    set.add(lowerKey("policy"), lowerKey("makers"));
    set.add(lowerKey("policy"));
    expect(set.has(lowerKey("policy"), lowerKey("makers"))).toBe(true);
    expect(set.has(lowerKey("policy"))).toBe(true);
    expect(set.has(lowerKey("policy"), lowerKey("maker"))).toBe(false);
    expect(set.has(lowerKey("makers"), lowerKey("policy"))).toBe(false);
    expect(set.size).toBe(2);
  });

  it("holds what a Set of the same keys holds, whatever size it was made for", () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 1, max: (1 << 30) - 1 }), { maxLength: 300 }), fc.array(fc.integer({ min: 1, max: (1 << 30) - 1 }), { maxLength: 50 }), fc.integer({ min: 0, max: 1 << 20 }), (added, asked, expected) => {
      const set = new KeySet(expected);
      for (const k of added) set.add(k);
      const ref = new Set(added);
      expect(set.size).toBe(ref.size);
      for (const k of [...added, ...asked]) expect(set.has(k)).toBe(ref.has(k));
    }));
  });
});
