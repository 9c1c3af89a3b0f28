/**
 * The word table (src/speakers/word-table.generated.ts) holds what whosaid reads from
 * compromise's lexicon, so the library does not load compromise at run time. These tests check
 * that it is what the installed compromise gives, word for word (the classes of each word's tags),
 * and that whosaid only ever looks up what the table keeps (single tokens, never several words).
 */
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import nlp from "compromise";
import { tokenize } from "../src/speakers";
import { classesOfTags, LexiconClass } from "../src/speakers/tag-classes";
import { unpackWordTable } from "../src/speakers/unpack-word-table";
import { CODES, ESCAPES, MAX_DROP, PARADIGMS, RULES, WORDS } from "../src/speakers/word-table.generated";
import { isPastTense, isUnknownWord, lexiconKind, wordClasses, WordClass } from "../src/speakers/word-tags";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const world = (nlp as unknown as { world(): { model: { one: { lexicon: Record<string, string | string[]> }; two: { switches: Record<string, string> } } } }).world();
const LEXICON = world.model.one.lexicon;
const SWITCHES = world.model.two.switches;
const hasPast = (readings: string) => readings.split("|").includes("Past");

describe("word table", () => {
  it("is up to date with the installed compromise (else run `node scripts/build-lexicon.mjs`)", () => {
    expect(() => execFileSync(process.execPath, ["scripts/build-lexicon.mjs", "--check"], { cwd: ROOT, stdio: "pipe" })).not.toThrow();
  });

  it("holds every one-word lexicon entry and every ambiguous word with a past reading, with the classes of its tags", () => {
    const table = unpackWordTable(WORDS, CODES, ESCAPES, MAX_DROP, PARADIGMS, RULES);
    const expected = new Map<string, number>();
    for (const [word, t] of Object.entries(LEXICON)) {
      if (/\s/.test(word)) continue;
      const readings = SWITCHES[word];
      expected.set(word, classesOfTags([...new Set(typeof t === "string" ? [t] : t)], readings !== undefined && hasPast(readings) ? readings.split("|") : []));
    }
    for (const [word, readings] of Object.entries(SWITCHES)) {
      if (!/\s/.test(word) && hasPast(readings) && !(word in LEXICON)) expected.set(word, LexiconClass.PAST);
    }
    expect(expected.size).toBeGreaterThan(10000);
    expect(table.size).toBe(expected.size);
    const wrong = [...expected].filter(([word, classes]) => table.get(word) !== classes);
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  it("writes most words and derives the others from them (walk → walks, walked, walking)", () => {
    const table = unpackWordTable(WORDS, CODES, ESCAPES, MAX_DROP, PARADIGMS, RULES);
    const written = unpackWordTable(WORDS, CODES, ESCAPES, MAX_DROP, PARADIGMS.map((p) => [p[0]!]), RULES);
    expect(written.size).toBeLessThan(table.size);
    expect(written.has("walk") && !written.has("walked") && table.has("walked")).toBe(true);
    expect(isPastTense("walked")).toBe(true);
  });

  it("answers through word-tags as compromise's lexicon does", () => {
    const wrong: string[] = [];
    for (const [word, t] of Object.entries(LEXICON)) {
      if (/\s/.test(word)) continue;
      const tags = typeof t === "string" ? [t] : t;
      const readings = SWITCHES[word];
      if (isUnknownWord(word) || isPastTense(word) !== (tags.includes("PastTense") || (readings !== undefined && hasPast(readings)))) wrong.push(word);
    }
    expect(wrong.slice(0, 5)).toEqual([]);
    expect(isUnknownWord("undertaxed")).toBe(true);
    expect(isUnknownWord("__proto__")).toBe(true);
    expect(lexiconKind("constructor")).toBeNull();
  });

  it("is only asked about single tokens: a word token never holds whitespace", () => {
    const piece = fc.oneof(fc.string({ unit: "grapheme-composite", maxLength: 4 }),
      fc.constantFrom("a", "Ab", "1", "é", "'", "’", "-", "\u2010", ".", "&", " ", "\t", "\n", "\u00a0", "\u2009", "\u202f", "\u3000", "\u2028", "\u200b"));
    fc.assert(fc.property(fc.array(piece, { maxLength: 40 }).map((xs) => xs.join("")), (text) => {
      for (const token of tokenize(text, [])) {
        if (token.kind === "word" && /\s/.test(token.lower)) return false;
      }
      return true;
    }), { numRuns: 500 });
  });
});

describe("word classes", () => {
  // V8 with compressed pointers (Chrome, Edge, Deno) keeps integers in [-2^30, 2^30) as small integers; a mask outside
  // it is a heap number, and a token field that once held one holds a boxed number on every token.
  const SMALL = (n: number): boolean => n >= -(2 ** 30) && n < 2 ** 30;

  it("every mask of classes a word can have is a small integer wherever V8 compresses pointers", () => {
    const bits = Object.values(WordClass);
    for (const b of bits) expect(SMALL(b)).toBe(true);
    // Bit 31 comes only with bit 30, so any union of classes stays in range.
    for (const b of bits) if ((b & (1 << 31)) !== 0) expect(b & (1 << 30)).not.toBe(0);
    let all = 0;
    for (const b of bits) all |= b;
    expect(SMALL(all)).toBe(true);
    expect(SMALL(wordClasses("reportedly"))).toBe(true);
    expect(wordClasses("reportedly") & WordClass.HEARSAY_ADVERB).not.toBe(0);
    expect(wordClasses("said") & WordClass.HEARSAY_ADVERB).toBe(0);
  });
});
