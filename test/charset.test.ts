/**
 * Charset detection for byte input (src/decode/sniff-charset.ts, decode-bytes.ts): the order
 * BOM → HTTP Content-Type → <meta> prescan → UTF-8, the prescan's bounds and what it skips,
 * and the two warnings. Whole-article cases per declaration style are fixtures (charset-*).
 */
import { decodeBytes, prescanMetaCharset, sniffCharset, charsetFromContentType, resolveCharsetLabel, PRESCAN_BYTES } from "../src/decode";
import { extractQuotes } from "../src/index";

const ascii = (s: string): Uint8Array => new TextEncoder().encode(s);
const latin1 = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0));

describe("charsetFromContentType", () => {
  test.each([
    ["text/html; charset=Shift_JIS", "Shift_JIS"],
    ['text/html;charset="gb18030"', "gb18030"],
    ["text/html; CHARSET = 'iso-8859-1' ; x=y", "iso-8859-1"],
    ["text/html; charset=utf-8; foo", "utf-8"],
    ["text/html", null],
    ["text/html; charset=", null],
    ['text/html; charset="unterminated', null],
  ])("%s → %s", (header, label) => {
    expect(charsetFromContentType(header)).toBe(label);
  });
});

describe("resolveCharsetLabel", () => {
  test("canonical names through TextDecoder's label table", () => {
    expect(resolveCharsetLabel("latin1")).toBe("windows-1252");
    expect(resolveCharsetLabel(" UTF8 ")).toBe("utf-8");
    expect(resolveCharsetLabel("sjis")).toBe("shift_jis");
    expect(resolveCharsetLabel("no-such-charset")).toBeNull();
  });
  test("a UTF-16 label inside a document means UTF-8", () => {
    expect(resolveCharsetLabel("utf-16", true)).toBe("utf-8");
    expect(resolveCharsetLabel("utf-16")).toBe("utf-16le");
  });
});

describe("prescanMetaCharset", () => {
  test.each([
    ['<meta charset="euc-kr">', "euc-kr"],
    ["<META CHARSET=windows-1251>", "windows-1251"],
    ['<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">', "koi8-r"],
    ['<meta content="text/html; charset=big5" http-equiv=content-type>', "big5"],
    ['<meta/charset="gbk">', "gbk"],
  ])("%s → %s", (html, encoding) => {
    expect(prescanMetaCharset(ascii(html))).toBe(encoding);
  });

  test.each([
    ['<meta content="text/html; charset=big5">', "content without http-equiv"],
    ['<meta http-equiv="refresh" content="5; charset=big5">', "http-equiv that is not Content-Type"],
    ['<!-- <meta charset="big5"> -->', "a comment"],
    ['<div title="<meta charset=big5>">', "another tag's attribute"],
    ['<meta charset="no-such-charset">', "an unknown label"],
    ["<metacharset=big5>", "no space after meta"],
  ])("%s: nothing (%s)", (html) => {
    expect(prescanMetaCharset(ascii(html))).toBeNull();
  });

  test("looks at the first PRESCAN_BYTES bytes only", () => {
    const pad = "<!-- " + "x".repeat(PRESCAN_BYTES) + " -->";
    expect(prescanMetaCharset(ascii(pad + '<meta charset="big5">'))).toBeNull();
    expect(prescanMetaCharset(ascii("<p>" + "x".repeat(PRESCAN_BYTES - 40) + '<meta charset="big5">'))).toBe("big5");
  });

  test("the first declaration wins; a later one is ignored", () => {
    expect(prescanMetaCharset(ascii('<meta charset="big5"><meta charset="koi8-r">'))).toBe("big5");
  });
});

describe("sniffCharset: BOM, then HTTP, then <meta>, then UTF-8", () => {
  const page = ascii('<meta charset="koi8-r"><p>x</p>');
  test("meta alone", () => expect(sniffCharset(page)).toEqual({ encoding: "koi8-r", source: "meta", bomLength: 0 }));
  test("HTTP beats meta", () => expect(sniffCharset(page, "text/html; charset=big5").encoding).toBe("big5"));
  test("an unknown HTTP charset falls through to meta", () => expect(sniffCharset(page, "text/html; charset=bogus").encoding).toBe("koi8-r"));
  test("a BOM beats both", () => {
    expect(sniffCharset(new Uint8Array([0xef, 0xbb, 0xbf, ...page]), "text/html; charset=big5")).toEqual({ encoding: "utf-8", source: "bom", bomLength: 3 });
    expect(sniffCharset(new Uint8Array([0xfe, 0xff, 0, 0x78])).encoding).toBe("utf-16be");
  });
  test("nothing declared: UTF-8", () => expect(sniffCharset(ascii("<p>x</p>"))).toEqual({ encoding: "utf-8", source: "default", bomLength: 0 }));
});

describe("decodeBytes", () => {
  test("windows-1252 curly quotes and dashes become their characters", () => {
    const bytes = latin1('<meta charset="windows-1252"><p>\x93Yes\x94 \x96 caf\xe9</p>');
    expect(decodeBytes(bytes).text).toContain("“Yes” – café");
    // iso-8859-1 is windows-1252 in the Encoding standard, as in browsers.
    expect(decodeBytes(latin1("<p>\x93Yes\x94</p>"), "text/html; charset=iso-8859-1").text).toBe("<p>“Yes”</p>");
  });

  test("valid UTF-8 under a legacy declaration is read as UTF-8, with a warning", () => {
    const r = decodeBytes(ascii('<meta charset="iso-8859-1"><p>“Grüß Gott”</p>'));
    expect(r.encoding).toBe("utf-8");
    expect(r.text).toContain("“Grüß Gott”");
    expect(r.warnings.map((w) => w.code)).toEqual(["charset-mismatch"]);
  });

  test("pure ASCII under a legacy declaration: no warning", () => {
    expect(decodeBytes(ascii('<meta charset="iso-8859-1"><p>plain</p>')).warnings).toEqual([]);
  });

  test("invalid UTF-8 without a declaration keeps the invalid-utf8 warning", () => {
    const r = decodeBytes(new Uint8Array([0x3c, 0x70, 0x3e, 0xff, 0x61]));
    expect(r.text).toBe("<p>\ufffda");
    expect(r.warnings.map((w) => w.code)).toEqual(["invalid-utf8"]);
  });

  test("UTF-16LE with a BOM", () => {
    const units = [..."“Hi,” she said."].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]);
    expect(decodeBytes(new Uint8Array([0xff, 0xfe, ...units])).text).toBe("“Hi,” she said.");
  });
});

describe("extractQuotes with bytes", () => {
  test("uses the charset and contentType; strings ignore contentType", () => {
    const html = '<html><head><title>T</title></head><body><p>\x93We will win,\x94 said Mayor Ana Ruiz.</p></body></html>';
    const r = extractQuotes(latin1(html), { contentType: "text/html; charset=windows-1252" });
    expect(r.quotes.map((q) => q.text)).toEqual(["We will win,"]);
    // No charset warning (a one-line page is too short to read as an article: no-article-body).
    expect(r.warnings.map((w) => w.code)).toEqual(["no-article-body"]);
    const s = extractQuotes("<p>“We will win,” said Mayor Ana Ruiz.</p>", { contentType: "text/html; charset=shift_jis" });
    expect(s.quotes.map((q) => q.text)).toEqual(["We will win,"]);
  });

  test("any bytes give a valid result: random bytes under each declaration", () => {
    for (const charset of ["shift_jis", "gb18030", "windows-1252", "utf-16be", "bogus"]) {
      const bytes = new Uint8Array(4096);
      for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 2654435761) >>> 24;
      const r = extractQuotes(bytes, { contentType: `text/html; charset=${charset}` });
      expect(Array.isArray(r.quotes)).toBe(true);
    }
  });
});
