/**
 * Issue #14, library and CLI helpers: inputs that used to take quadratic time give the right
 * result (their timings live in `npm run bench:pathological`), options are validated, globs
 * match without backtracking, and text for terminals is escaped.
 */
import { extractQuotes, InputTooLargeError } from "../src/index";
import { compileSegment } from "../src/cli/glob-match";
import { escapeTerminal } from "../src/cli/escape-terminal";
import { formatText } from "../src/cli/format-text";

describe("quotations that used to take quadratic time", () => {
  it("a quotation of punctuation is read, and its speaker found", () => {
    const r = extractQuotes("Bob Smith said: “" + "!".repeat(20_000) + "0” Bob agreed.");
    expect(r.quotes).toHaveLength(1);
    expect(r.speakers.map((s) => s.name)).toEqual(["Bob Smith"]);
    expect(r.quotes[0]!.speaker).toBe(r.speakers[0]!.id);
  });

  it("a quotation that ends a sentence still opens a new one (“Go.” Then is no name)", () => {
    // `Then` after a quotation closed by a full stop starts a sentence: a function word, not a name.
    const r = extractQuotes("“We are done here.” Then Ms Ruiz left. “Stop!” Moreover the crowd cheered.");
    const names = r.speakers.map((s) => s.name);
    expect(names).not.toContain("Then");
    expect(names).not.toContain("Moreover");
  });

  it("many short sentences in one paragraph all get their speaker", () => {
    const r = extractQuotes("Mr Smith said “yes”. ".repeat(2000));
    expect(r.quotes).toHaveLength(2000);
    expect(r.speakers).toHaveLength(1);
    expect(r.quotes.every((q) => q.speaker === r.speakers[0]!.id)).toBe(true);
  });

  it("a transcript label followed by a long run of spaces is no label", () => {
    const r = extractQuotes("Mr Smith said: “\tA" + "  ".repeat(20_000) + " no colon here.”");
    expect(r.quotes).toHaveLength(1);
    expect(r.quotes[0]!.rule).not.toBe("transcript-label");
  });
});

describe("options are validated", () => {
  it("an unknown format throws a TypeError that names it", () => {
    expect(() => extractQuotes("x", { format: "xml" as "html" })).toThrow(TypeError);
    expect(() => extractQuotes("x", { format: "xml" as "html" })).toThrow(/"xml"/);
  });

  it("indirect must be a boolean", () => {
    expect(() => extractQuotes("x", { indirect: "no" as unknown as boolean })).toThrow(/indirect/);
  });

  it("options must be an object", () => {
    expect(() => extractQuotes("x", null as unknown as object)).toThrow(TypeError);
    expect(() => extractQuotes("x", "html" as unknown as object)).toThrow(TypeError);
  });

  it("maxInputBytes: NaN and non-numbers are TypeErrors, negative limits RangeErrors", () => {
    expect(() => extractQuotes("x", { maxInputBytes: Number.NaN })).toThrow(TypeError);
    expect(() => extractQuotes("x", { maxInputBytes: "10" as unknown as number })).toThrow(TypeError);
    let err: unknown;
    try {
      extractQuotes("x", { maxInputBytes: -1 });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(RangeError);
    expect(err).not.toBeInstanceOf(InputTooLargeError);
  });

  it("undefined values keep the defaults", () => {
    expect(extractQuotes("“Hi,” Bob said.", { format: undefined, maxInputBytes: undefined, indirect: undefined } as object).quotes).toHaveLength(1);
  });

  it.each([
    ["a high surrogate before a letter", "\ud800a".repeat(20)],
    ["a lone low surrogate", "\udc00".repeat(20)],
    ["a high surrogate at the end", "ab\ud800"],
    ["a surrogate pair", "😀".repeat(10)],
  ])("maxInputBytes counts UTF-8 bytes as TextEncoder writes them: %s", (_label, input) => {
    const bytes = new TextEncoder().encode(input).byteLength;
    expect(() => extractQuotes(input, { maxInputBytes: bytes })).not.toThrow();
    let err: unknown;
    try {
      extractQuotes(input, { maxInputBytes: bytes - 1 });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InputTooLargeError);
    expect((err as InputTooLargeError).size).toBe(bytes);
  });
});

describe("glob segments match without backtracking", () => {
  it.each([
    ["*.html", "a.html", true],
    ["*.html", ".html", true],
    ["*.html", "a.htm", false],
    ["a*", "a", true],
    ["*", "", true],
    ["?", "é", true],
    ["?", "😀", true],
    ["t?o.txt", "two.txt", true],
    ["t?o.txt", "to.txt", false],
    ["*a*b*c", "xaybzc", true],
    ["*a*b*c", "xaybzcd", false],
    ["*ab*ab", "abab", true],
    ["*ab*ab", "aba", false],
    ["a*b*a", "aba", true],
    ["[x].txt", "[x].txt", true],
    ["a.b", "axb", false],
  ])("%s against %s → %s", (pattern, name, expected) => {
    expect(compileSegment(pattern).test(name)).toBe(expected);
  });

  it("*a*a*a*a*b against 200 a's is no match", () => {
    expect(compileSegment("*a*a*a*a*b").test("a".repeat(200))).toBe(false);
    expect(compileSegment("*a*a*a*a*b").test("a".repeat(200) + "b")).toBe(true);
  });
});

describe("text for terminals", () => {
  it("escapes control characters and bidi overrides, keeps the rest", () => {
    expect(escapeTerminal("\x1b]0;pwned\x07Hi")).toBe("\\x1b]0;pwned\\x07Hi");
    expect(escapeTerminal("a\u202eb\x9bc\x7f")).toBe("a\\u202eb\\x9bc\\x7f");
    expect(escapeTerminal("“Plain” text, é 😀")).toBe("“Plain” text, é 😀");
  });

  it("formatText writes no escape sequence from the article", () => {
    const r = extractQuotes("“\x1b]0;pwned\x07Hi there,” Bob said.");
    const out = formatText(r);
    expect(out).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f-\x9f]/);
    expect(out).toContain("\\x1b]0;pwned\\x07Hi there");
  });
});
