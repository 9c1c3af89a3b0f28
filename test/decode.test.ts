import { countEncodedTags, countTags, decode, normalizeInput, splitRegions, unwrapEncodedMarkup } from "../src/decode";
import type { DecodedPart } from "../src/decode";

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const types = (parts: readonly DecodedPart[]): string[] => parts.map((p) => p.type);

describe("normalizeInput", () => {
  it.each<[string, string | Uint8Array, string]>([
    ["plain string", "abc", "abc"],
    ["BOM in a string", "\ufeffHello", "Hello"],
    ["BOM in bytes", new Uint8Array([0xef, 0xbb, 0xbf, 0x48, 0x69]), "Hi"],
    ["UTF-8 bytes", utf8("Ça “va”"), "Ça “va”"],
    ["invalid UTF-8 replaced", new Uint8Array([0x41, 0xff, 0x42]), "A\ufffdB"],
    ["CRLF", "a\r\nb\r\n", "a\nb\n"],
    ["lone CR", "a\rb\r\rc", "a\nb\n\nc"],
  ])("%s", (_name, input, expected) => {
    expect(normalizeInput(input)).toBe(expected);
  });
});

describe("countTags / countEncodedTags", () => {
  it.each<[string, number, number]>([
    ["<p>a</p>", 2, 0],
    ["<div class&equals;\"x\">a<&sol;div>", 1, 0],
    ["&lt;p&gt;a&lt;/p&gt;", 0, 2],
    ["&amp;lt;p&amp;gt;a&amp;lt;&amp;sol;p&amp;gt;", 0, 2],
    ["&#60;span&#62;", 0, 1],
    ["<tweet id=\"1\">text</tweet>", 0, 0],
    ["<amp-ad width=\"3\"></amp-ad>", 2, 0],
    ["a < b and c<d", 0, 0],
    ["<!-- note --><!DOCTYPE html>", 2, 0],
    ["<math><mi>x</mi></math>", 2, 0],
    ["<xmp>a</xmp><tt>b</tt>", 4, 0],
  ])("%s", (input, raw, encoded) => {
    expect(countTags(input)).toBe(raw);
    expect(countEncodedTags(input)).toBe(encoded);
  });
  it("stops counting at the limit it is given", () => {
    expect(countTags("<p>a</p><p>b</p>", 3)).toBe(3);
    expect(countTags("<p>a</p>", 3)).toBe(2);
    expect(countEncodedTags("&lt;p&gt;a&lt;/p&gt;&lt;b&gt;", 2)).toBe(2);
  });
});

describe("unwrapEncodedMarkup", () => {
  it.each<[string, string, string, number]>([
    ["plain HTML stays", "<p>a &amp; b</p>", "<p>a &amp; b</p>", 0],
    ["one layer", "&lt;p&gt;a &amp;amp; b&lt;/p&gt;", "<p>a &amp; b</p>", 1],
    ["two layers", "&amp;lt;p&amp;gt;Hi&amp;lt;/p&amp;gt;", "<p>Hi</p>", 2],
    ["half encoded (reference style)", "<p>A&period;<&sol;p>&NewLine;<p>B<&sol;p>", "<p>A.</p>\n<p>B</p>", 1],
    ["visible encoded tag under revealed markup stays encoded", "&lt;p&gt;Use &amp;lt;b&amp;gt; and &amp;lt;i&amp;gt;&lt;/p&gt;", "<p>Use &lt;b&gt; and &lt;i&gt;</p>", 1],
    ["a page quoting one tag is not unwrapped", "<p>x</p><p>Write &lt;b&gt; for bold</p>", "<p>x</p><p>Write &lt;b&gt; for bold</p>", 0],
  ])("%s", (_name, input, html, layers) => {
    expect(unwrapEncodedMarkup(input)).toEqual({ html, layers });
  });
});

describe("splitRegions", () => {
  it("splits a title line, HTML and a footer in order", () => {
    const s = "Title line\n\n<p>One</p>\n<p>Two</p>\n\nFooter one\n\nFooter two";
    expect(splitRegions(s).map((r) => [r.type, s.slice(r.start, r.end)])).toEqual([
      ["text", "Title line\n\n"],
      ["html", "<p>One</p>\n<p>Two</p>"],
      ["text", "\n\nFooter one\n\nFooter two"],
    ]);
  });
  it("keeps text between two HTML blocks inside the HTML region", () => {
    const s = "<p>a</p>\n\nloose text\n\n<p>b</p>";
    expect(splitRegions(s)).toEqual([{ type: "html", start: 0, end: s.length }]);
  });
  it("finds the first and last block with markup among many plain blocks", () => {
    const s = "Head\n\nline\n\n&lt;b&gt; &lt;i&gt;\n\nmid\n\n<p>x</p>\n\nfoot one\n\nfoot two";
    expect(splitRegions(s).map((r) => [r.type, s.slice(r.start, r.end)])).toEqual([
      ["text", "Head\n\nline\n\n"],
      ["html", "&lt;b&gt; &lt;i&gt;\n\nmid\n\n<p>x</p>"],
      ["text", "\n\nfoot one\n\nfoot two"],
    ]);
  });
  it("reads a last block of MathML or obsolete elements as HTML, so no raw tag reaches the text", () => {
    for (const tail of ["<math><mi>x</mi></math>", "<xmp>“x”</xmp>"]) {
      const s = `<p></p>\n\n${tail}`;
      expect(splitRegions(s)).toEqual([{ type: "html", start: 0, end: s.length }]);
    }
  });
  it("treats text without markup as one text region", () => {
    expect(splitRegions("One.\n\nTwo.")).toEqual([{ type: "text", start: 0, end: 10 }]);
  });
});

describe("decode", () => {
  it.each<[string, string | Uint8Array, string[], string[]]>([
    ["plain text", "Hello.\n\nWorld.", ["text"], ["Hello.\n\nWorld."]],
    ["plain text entities decoded once", "AT&amp;T &amp;lt;b&amp;gt;", ["text"], ["AT&T &lt;b&gt;"]],
    ["HTML", "<p>Hi &amp;lt;there</p>", ["html"], ["<p>Hi &amp;lt;there</p>"]],
    ["entity-encoded HTML", "&lt;p&gt;Hi&lt;/p&gt;&lt;p&gt;Yo&lt;/p&gt;", ["html"], ["<p>Hi</p><p>Yo</p>"]],
    ["doubly encoded HTML", "&amp;lt;p&amp;gt;Hi&amp;lt;/p&amp;gt;", ["html"], ["<p>Hi</p>"]],
    ["mixed document", "Title\n\n<p>A&period;<&sol;p><p>B<&sol;p>\n\nExit mobile version",
      ["text", "html", "text"], ["Title\n\n", "<p>A.</p><p>B</p>", "\n\nExit mobile version"]],
    ["bytes with BOM and CRLF", new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("T\r\n\r\n<p>x</p>")]), ["text", "html"], ["T\n\n", "<p>x</p>"]],
    ["<tweet> markers are not HTML", "Para.\n\n<tweet id=\"1\">Hi</tweet>.", ["text"], ["Para.\n\n<tweet id=\"1\">Hi</tweet>."]],
    ["empty input", "", [], []],
  ])("%s", (_name, input, kinds, contents) => {
    const out = decode(input);
    expect(types(out.parts)).toEqual(kinds);
    expect(out.parts.map((p) => p.content)).toEqual(contents);
  });

  it.each<["auto" | "html" | "text", string[]]>([
    ["auto", ["text", "html"]],
    ["html", ["html"]],
    ["text", ["text"]],
  ])("format %s", (format, kinds) => {
    expect(types(decode("Title\n\n<p>Body</p>", { format }).parts)).toEqual(kinds);
  });

  it("format text decodes entities once and keeps markup as text", () => {
    expect(decode("<p>a &amp;amp; b</p>", { format: "text" }).parts).toEqual([{ type: "text", content: "<p>a &amp; b</p>" }]);
  });

  it.each<[string, string, number]>([
    ["one layer", "&lt;p&gt;a&lt;/p&gt;&lt;p&gt;b&lt;/p&gt;", 1],
    ["two layers", "&amp;lt;p&amp;gt;a&amp;lt;/p&amp;gt;", 2],
  ])("warns encoded-markup (%s)", (_name, input, layers) => {
    const warning = decode(input).warnings.find((w) => w.code === "encoded-markup");
    expect(warning?.message).toContain(`${layers} layer`);
  });

  it("warns invalid-utf8 for bad bytes", () => {
    expect(decode(new Uint8Array([0x41, 0xc3])).warnings.map((w) => w.code)).toEqual(["invalid-utf8"]);
  });

  it.each<[string, string]>([
    ["many <", "<".repeat(100_000)],
    ["unclosed <p>", "<p>x".repeat(10_000)],
    ["nested div", "<div>".repeat(20_000)],
    ["entity flood", "&amp;".repeat(50_000)],
    ["lone ampersands", "&".repeat(100_000)],
    ["amp runs", "&amp;amp;amp;amp;lt;p".repeat(5_000)],
    ["no space", "a".repeat(200_000)],
    ["lone surrogates", "\ud800<p>\udc00&#xD800;</p>"],
  ])("never throws: %s", (_name, input) => {
    expect(() => decode(input)).not.toThrow();
  });
});
