/**
 * The public API's edges (table-driven): what `extractQuotes` throws and when, byte inputs,
 * line endings, hostile words, and the absence of code evaluation in the source.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { isDeepStrictEqual } from "node:util";
import { DEFAULT_MAX_INPUT_BYTES, extractQuotes, InputTooLargeError } from "../src/index";
import type { Result } from "../src/types";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** The result-contract checks that matter here (test/properties.test.ts has the full set). */
function expectValid(r: Result): void {
  expect(r.title === null || typeof r.title === "string").toBe(true);
  r.paragraphs.forEach((p, i) => {
    expect(p.index).toBe(i);
    expect(typeof p.text).toBe("string");
  });
  const ids = new Set(r.speakers.map((s) => s.id));
  expect(ids.size).toBe(r.speakers.length);
  for (const q of r.quotes) {
    const p = r.paragraphs[q.paragraph];
    expect(p).toBeDefined();
    expect(p!.text.slice(q.start, q.end)).toBe(q.text);
    for (const span of [q.cue, q.mention]) {
      if (span) expect(r.paragraphs[span.paragraph]?.text.slice(span.start, span.end)).toBe(span.text);
    }
    if (q.speaker !== null) {
      const s = r.speakers.find((x) => x.id === q.speaker);
      expect(s).toBeDefined();
      expect(s!.quotes).toContain(q.id);
    }
    expect(q.confidence).toBeGreaterThanOrEqual(0);
    expect(q.confidence).toBeLessThanOrEqual(1);
  }
  expect(JSON.parse(JSON.stringify(r))).toStrictEqual(r);
}

const utf8 = (s: string) => new TextEncoder().encode(s);
const withBom = (b: Uint8Array) => new Uint8Array([0xef, 0xbb, 0xbf, ...b]);

describe("wrong argument types throw a TypeError that says what was given", () => {
  const cases: [string, unknown, RegExp][] = [
    ["a number", 42, /number/i],
    ["NaN", Number.NaN, /number/i],
    ["null", null, /null/i],
    ["undefined", undefined, /undefined/i],
    ["a plain object", { text: "“Hi,” he said." }, /object/i],
    ["an array", ["“Hi,” he said."], /array/i],
    ["a boolean", true, /boolean/i],
    ["a function", () => "x", /function/i],
    ["a bigint", 10n, /bigint/i],
    ["a symbol", Symbol("x"), /symbol/i],
    ["a String object", new String("“Hi,” he said."), /object/i],
    ["an ArrayBuffer", new ArrayBuffer(4), /ArrayBuffer|object/i],
    ["a Uint16Array", new Uint16Array(4), /Uint16Array|object/i],
    ["a DataView", new DataView(new ArrayBuffer(4)), /DataView|object/i],
  ];
  it.each(cases)("%s", (_label, value, pattern) => {
    let err: unknown;
    try {
      extractQuotes(value as string);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(TypeError);
    expect((err as Error).message).toMatch(pattern);
    expect(err).not.toBeInstanceOf(InputTooLargeError);
  });

  it("accepts a Buffer (a Uint8Array)", () => {
    expectValid(extractQuotes(Buffer.from("“Hello,” said Mr Smith.", "utf8")));
  });
});

describe("InputTooLargeError", () => {
  const cases: [string, string | Uint8Array, number][] = [
    ["a string of ASCII over the limit", "a".repeat(101), 100],
    ["bytes over the limit", new Uint8Array(101).fill(0x61), 100],
    ["a string whose UTF-8 size (not its length) is over the limit", "é".repeat(60), 100],
    ["a string of curly quotes (3 UTF-8 bytes each) over the limit", "“".repeat(40), 100],
  ];
  it.each(cases)("%s", (_label, input, limit) => {
    let err: unknown;
    try {
      extractQuotes(input, { maxInputBytes: limit });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InputTooLargeError);
    expect(err).toBeInstanceOf(RangeError);
    const e = err as InputTooLargeError;
    expect(e.code).toBe("ERR_INPUT_TOO_LARGE");
    expect(e.limit).toBe(limit);
    expect(e.size).toBe(typeof input === "string" ? Buffer.byteLength(input, "utf8") : input.byteLength);
    expect(e.size).toBeGreaterThan(limit);
  });

  it("inputs exactly at the limit are accepted", () => {
    expectValid(extractQuotes("a".repeat(100), { maxInputBytes: 100 }));
    expectValid(extractQuotes("é".repeat(50), { maxInputBytes: 100 }));
    expectValid(extractQuotes(new Uint8Array(100).fill(0x61), { maxInputBytes: 100 }));
  });

  it("the default limit is 10 MB", () => {
    expect(DEFAULT_MAX_INPUT_BYTES).toBe(10_000_000);
    expect(() => extractQuotes("a".repeat(DEFAULT_MAX_INPUT_BYTES + 1))).toThrow(InputTooLargeError);
  });

  it("is thrown before any work: bytes are not decoded, the input is not read", () => {
    // Count TextDecoder#decode calls (restored in finally).
    const original = TextDecoder.prototype.decode;
    let decodeCalls = 0;
    TextDecoder.prototype.decode = function (this: TextDecoder, ...args: Parameters<TextDecoder["decode"]>) {
      decodeCalls++;
      return original.apply(this, args);
    };
    // A Uint8Array whose contents cannot be read without the test noticing.
    let touched = false;
    const bytes = new Uint8Array(1000).fill(0x61);
    const spy = new Proxy(bytes, {
      get(target, prop, receiver) {
        if (typeof prop === "string" && /^\d+$/.test(prop)) touched = true;
        if (prop === "subarray" || prop === "slice" || prop === "indexOf" || prop === Symbol.iterator) touched = true;
        const v = Reflect.get(target, prop, target);
        return typeof v === "function" ? v.bind(target) : (void receiver, v);
      },
    });
    try {
      expect(() => extractQuotes(bytes, { maxInputBytes: 10 })).toThrow(InputTooLargeError);
      expect(decodeCalls).toBe(0);
      // A Proxy is not a Uint8Array to every check; when it is accepted, it must not be read.
      try {
        extractQuotes(spy, { maxInputBytes: 10 });
      } catch (e) {
        expect(e instanceof InputTooLargeError || e instanceof TypeError).toBe(true);
      }
      expect(touched).toBe(false);
    } finally {
      TextDecoder.prototype.decode = original;
    }
  });
});

describe("byte inputs and line endings", () => {
  const article = "Headline of the story\n\nMr Smith said: “We will not back down.”\n\n“It is a calm way,” he added.";

  it.each([
    ["UTF-8 bytes", utf8(article)],
    ["UTF-8 bytes with a BOM", withBom(utf8(article))],
    ["a string with a BOM", "\ufeff" + article],
  ])("%s give the same result as the string", (_label, input) => {
    const r = extractQuotes(input);
    expectValid(r);
    expect(JSON.stringify(r)).not.toContain("\ufeff");
    expect(r).toStrictEqual(extractQuotes(article));
  });

  it.each([
    ["CRLF", article.replace(/\n/g, "\r\n")],
    ["CR", article.replace(/\n/g, "\r")],
    ["CRLF bytes with a BOM", withBom(utf8(article.replace(/\n/g, "\r\n")))],
  ])("%s line endings give the same paragraphs as LF", (_label, input) => {
    const r = extractQuotes(input);
    const lf = extractQuotes(article);
    expectValid(r);
    expect(r.paragraphs).toStrictEqual(lf.paragraphs);
    expect(r.title).toBe(lf.title);
    expect(r.quotes.map((q) => q.text)).toStrictEqual(lf.quotes.map((q) => q.text));
    for (const p of r.paragraphs) expect(p.text).not.toMatch(/\r/);
  });

  it.each([
    ["invalid UTF-8", new Uint8Array([0xff, 0xfe, 0x80, 0x41, 0xc3, 0x28, 0xe2, 0x80])],
    ["a lone BOM", new Uint8Array([0xef, 0xbb, 0xbf])],
    ["empty bytes", new Uint8Array(0)],
    ["a UTF-16LE BOM and text", new Uint8Array([0xff, 0xfe, 0x48, 0x00, 0x69, 0x00])],
    ["NUL bytes", new Uint8Array([0, 0, 0x22, 0, 0x22])],
  ])("%s never throw", (_label, bytes) => {
    expectValid(extractQuotes(bytes));
  });

  it.each([["an empty string", ""], ["whitespace", " \n\n\t \r\n "], ["a lone mark", "“"], ["a lone tag", "<p>"]])(
    "%s gives a valid (empty or near-empty) result",
    (_label, s) => expectValid(extractQuotes(s)),
  );
});

describe("hostile words do not pollute prototypes", () => {
  const WORDS = ["__proto__", "constructor", "prototype", "hasOwnProperty", "toString", "valueOf", "__defineGetter__", "isPrototypeOf"];
  const cap = (w: string) => w[0]!.toUpperCase() + w.slice(1);
  const inputs: [string, string][] = [];
  for (const w of WORDS) {
    inputs.push([`“Hello,” said ${cap(w)}.`, w]);
    inputs.push([`${w} said “x”`, w]);
    inputs.push([`Mr ${cap(w)} said: “We will not back down.”\n\n“It is a calm way,” ${w} added.\n\nMr ${cap(w)} told reporters that ${w} is fine.`, w]);
    inputs.push([`<p>“Yes,” said ${w}.</p><p class="${w}" id="${w}">${w} ${w}, the ${w} of ${w}, said “no”.</p>`, w]);
  }
  const before = Object.getOwnPropertyNames(Object.prototype).sort();
  const arrayBefore = Object.getOwnPropertyNames(Array.prototype).sort();

  it.each(inputs.map(([input, w]) => [JSON.stringify(input).slice(0, 70), input, w] as const))("%s", (_label, input) => {
    const r = extractQuotes(input);
    expectValid(r);
    for (const s of r.speakers) {
      expect(typeof s.name).toBe("string");
      expect(Array.isArray(s.aliases)).toBe(true);
      expect(Object.getPrototypeOf(s)).toBe(Object.prototype);
    }
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toStrictEqual(before);
    expect(Object.getOwnPropertyNames(Array.prototype).sort()).toStrictEqual(arrayBefore);
    const fresh: Record<string, unknown> = {};
    expect(Object.getPrototypeOf(fresh)).toBe(Object.prototype);
    expect(fresh.constructor).toBe(Object);
    expect(typeof fresh.hasOwnProperty).toBe("function");
    expect(Object.keys(fresh)).toHaveLength(0);
    for (const k of ["x", "Hello", "Constructor", "polluted", "name", "quotes"]) expect(k in fresh).toBe(false);
  });

  it("the same input twice gives the same result (no state leaks between calls)", () => {
    for (const [input] of inputs) expect(isDeepStrictEqual(extractQuotes(input), extractQuotes(input))).toBe(true);
  });
});

describe("no code evaluation in src/", () => {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const f of readdirSync(dir)) {
      const p = join(dir, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(ts|mts|cts|js|mjs)$/.test(f)) files.push(p);
    }
  };
  walk(join(ROOT, "src"));
  // Comments and string literals may mention eval; code may not call it.
  const strip = (src: string) =>
    src.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:\\])\/\/.*$/gm, "$1").replace(/(["'`])(?:\\.|(?!\1)[^\\\n])*\1/g, '""');

  it("finds the source files", () => {
    expect(files.length).toBeGreaterThan(3);
  });
  it.each([
    ["eval(", /(^|[^.\w$])eval\s*\(/],
    ["new Function(", /new\s+Function\s*\(/],
    ["Function(…) call", /(^|[^.\w$])Function\s*\(\s*["'`]/],
    ["setTimeout/setInterval with a string", /set(?:Timeout|Interval)\s*\(\s*["'`]/],
    ["vm module", /from\s+["'](?:node:)?vm["']|require\(\s*["'](?:node:)?vm["']\)/],
  ])("no %s", (_label, pattern) => {
    const hits = files.filter((f) => pattern.test(strip(readFileSync(f, "utf8"))));
    expect(hits).toStrictEqual([]);
  });
});

describe("script never reaches the result", () => {
  const cases: [string, string][] = [
    ["HTML page", `<html><body><p>“Hello,” said Mr Smith.</p><script>alert("<p>“evil,” said Mr Hacker</p>")</script><p>The end.</p></body></html>`],
    ["HTML fragment", `<p>“Hello,” said Mr Smith.</p><script type="text/javascript">document.write("<script>x()</scr"+"ipt>")</script>`],
    ["unclosed script", `<p>“Hello,” said Mr Smith.</p><script>var evil = "“hi,” said Mr Hacker";`],
    ["uppercase SCRIPT", `<P>“Hello,” said Mr Smith.</P><SCRIPT>evilFunction()</SCRIPT>`],
    ["script in plain text with blank lines", `Headline\n\n“Hello,” said Mr Smith.\n\n<script>evilFunction()</script>\n\nThe end.`],
    ["entity-encoded markup (seed style)", `Headline\n\n&lt;p&gt;&OpenCurlyDoubleQuote;Hello&comma;&CloseCurlyDoubleQuote; said Mr Smith&period;&lt;&sol;p&gt;&NewLine;&lt;script&gt;evilFunction()&lt;&sol;script&gt;&lt;p&gt;The end&period;&lt;&sol;p&gt;`],
    ["bytes with a BOM", `\ufeff<p>“Hello,” said Mr Smith.</p><script>evilFunction()</script>`],
  ];
  it.each(cases)("%s", (_label, input) => {
    const r = extractQuotes(_label.startsWith("bytes") ? utf8(input) : input);
    expectValid(r);
    const json = JSON.stringify(r);
    expect(json.toLowerCase()).not.toContain("<script");
    expect(json).not.toMatch(/evil|alert\(|document\.write|Hacker/);
    expect(r.quotes.some((q) => q.text.includes("Hello"))).toBe(true);
  });
});
