import { paragraphPoints } from "../src/segment/score-containers";

// paragraphPoints: 1 + commas (Latin, CJK, Arabic, small and halfwidth forms) + one per 100 characters, at most 3.
describe("paragraphPoints", () => {
  const cases: [string, string, number][] = [
    ["no comma, short", "A short line of text.", 1],
    ["Latin commas", "One, two, three.", 3],
    ["fullwidth and ideographic commas", "一，二、三", 3],
    ["Arabic comma", "واحد، اثنان", 2],
    ["small and halfwidth commas", "a\uFE50b\uFF64c", 3],
    ["length points", "x".repeat(250), 3],
    ["length points are capped", "x".repeat(1000), 4],
    ["commas and length", "a, ".repeat(50), 1 + 50 + 1],
  ];
  test.each(cases)("%s", (_name, text, points) => {
    expect(paragraphPoints(text)).toBe(points);
  });

  test("the same points whatever the string's internal kind (slice, concatenation, copy)", () => {
    const base = "Alpha, beta, gamma, delta and epsilon, ".repeat(5);
    const sliced = ("#" + base + "#").slice(1, -1);
    const joined = ["Alpha, beta, gamma, ", "delta and epsilon, "].join("").repeat(5);
    expect(paragraphPoints(sliced)).toBe(paragraphPoints(base));
    expect(paragraphPoints(joined)).toBe(paragraphPoints(base));
    // Repeated calls start from the beginning of the text (the search's position is reset).
    expect(paragraphPoints(base)).toBe(paragraphPoints(base));
  });
});
