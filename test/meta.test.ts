/**
 * The metadata stage (`src/meta`): table-driven tests of each normaliser, `extractMeta` over
 * parsed pages, bounds on hostile input, and the `not-english` warning.
 */
import { readFileSync, existsSync } from "node:fs";
import { parseDocument } from "htmlparser2";
import { extractQuotes } from "../src/index";
import {
  cleanText, dropSiteName, EMPTY_META, extractMeta, isNotEnglish, looksLikeUrl, measureEnglish, normalizeAuthors, normalizeDate,
  normalizeLanguage, normalizeUrl, splitByline, warnNotEnglish,
} from "../src/meta";
import { parseHtml, stripTags } from "../src/segment";
import type { HtmlDocument } from "../src/segment/parse-html";

// htmlparser2's own tree (no nesting limit) has the fields extractMeta reads (type, name, attribs, children, data).
const meta = (html: string) => extractMeta(parseDocument(html) as unknown as HtmlDocument);

describe("normalizeDate", () => {
  test.each([
    ["2019-05-14", "2019-05-14"],
    ["20190514", "2019-05-14"],
    ["2019-5-4", "2019-05-04"],
    ["2019-05-14T10:30:00+02:00", "2019-05-14T10:30:00+02:00"],
    ["2019-05-14T10:30:00.000+0200", "2019-05-14T10:30:00.000+02:00"],
    ["2019-05-14T10:30+02", "2019-05-14T10:30:00+02:00"],
    ["2019-05-14T10:30:00Z", "2019-05-14T10:30:00Z"],
    ["2019-05-14 10:30:00 UTC", "2019-05-14T10:30:00Z"],
    ["2019-05-14T10:30:00+00:00", "2019-05-14T10:30:00Z"],
    ["2019-05-14T10:30:00", "2019-05-14T10:30:00"],
    ["  2019-05-14T10:30:00-05:00 ", "2019-05-14T10:30:00-05:00"],
    ["2019/05/14", "2019-05-14"],
    ["2019/05/14 10:30", "2019-05-14T10:30:00"],
    ["Tue, 14 May 2019 10:30:00 GMT", "2019-05-14T10:30:00Z"],
    ["Tue, 14 May 2019 10:30:00 +0200", "2019-05-14T10:30:00+02:00"],
    ["14 May 2019", "2019-05-14"],
    ["14th May, 2019 at 10:30", "2019-05-14T10:30:00"],
    ["May 14, 2019", "2019-05-14"],
    ["Sept. 3, 2019", "2019-09-03"],
    ["Tuesday, May 14, 2019 10:30 AM EDT", "2019-05-14T10:30:00-04:00"],
    ["May 14, 2019 12:05 a.m. PST", "2019-05-14T00:05:00-08:00"],
    ["May 14, 2019 1:05 pm", "2019-05-14T13:05:00"],
    ["2024-02-29", "2024-02-29"],
  ])("%s → %s", (input, want) => {
    expect(normalizeDate(input)).toBe(want);
  });

  test.each([
    "", "yesterday", "05/06/2019", "2019-02-30", "2023-02-29", "2019-13-01", "2019-05-14T25:00:00",
    "2019-05-14T10:30:00+15:00", "0001-01-01T00:00:00Z", "May 14, 2019 10:30 IST", "Smarch 14, 2019",
    "2019-05-14T10:30:00 and then some more text that is not a date at all", "1557829800",
  ])("%j → null", (input) => {
    expect(normalizeDate(input)).toBeNull();
  });

  test("long input is refused in constant time", () => {
    expect(normalizeDate("2019-05-14".repeat(100_000))).toBeNull();
  });
});

describe("normalizeLanguage", () => {
  test.each([
    ["en", "en"], ["EN", "en"], ["en-us", "en-US"], ["en_GB", "en-GB"], ["zh-hant-tw", "zh-Hant-TW"],
    ["pt-BR, en", "pt-BR"], [" de ", "de"], ["es-419", "es-419"],
  ])("%s → %s", (input, want) => expect(normalizeLanguage(input)).toBe(want));
  test.each(["", "English", "x-default", "und", "e", "en--US", "<script>"])("%j → null", (input) => {
    expect(normalizeLanguage(input)).toBeNull();
  });
});

describe("normalizeUrl and looksLikeUrl", () => {
  test.each([
    ["https://example.com/a#top", undefined, "https://example.com/a"],
    ["/news/a.html", "https://example.com/x/y", "https://example.com/news/a.html"],
    ["  http://example.com  ", undefined, "http://example.com/"],
    ["/news/a.html", undefined, null],
    ["javascript:alert(1)", "https://example.com/", null],
    ["data:text/html,hi", undefined, null],
    ["http://", undefined, null],
  ])("%s (base %s) → %s", (href, base, want) => expect(normalizeUrl(href, base)).toBe(want));

  test.each([
    ["https://twitter.com/jdoe", true], ["//cdn.example/x", true], ["www.example.com/jane", true], ["/author/jane-doe", true],
    ["@jdoe", true], ["example.com/author/jane", true], ["Jane Doe", false], ["J. R. R. Tolkien", false], ["Doe, Jane", false],
  ])("%s → %s", (value, want) => expect(looksLikeUrl(value)).toBe(want));
});

describe("cleanText and stripTags", () => {
  test.each([
    ["<img src=x onerror=alert(1)>Title", "Title"],
    ["a<br>b", "a b"],
    ["<b>bold</b>ly", "boldly"],
    ["3 < 5 and 7 > 2", "3 < 5 and 7 > 2"],
    ["a <!-- note --> b", "a  b"],
    ["text <img src=x onerror=alert(1)", "text "],
    ["</p>x", " x"],
  ])("stripTags(%j) → %j", (input, want) => expect(stripTags(input)).toBe(want));

  test.each([
    ["  Storm \n\t hits   coast ", {}, "Storm hits coast"],
    ["Storm &amp; flood", { decode: true }, "Storm & flood"],
    ["Storm &amp; flood", {}, "Storm &amp; flood"],
    ["&lt;img src=x onerror=alert(1)&gt;Storm", { decode: true }, "Storm"],
    ["&amp;lt;b&amp;gt; once", { decode: true }, "&lt;b&gt; once"],
    ["   ", {}, null],
    ["<p></p>", {}, null],
    ["one two three four", { maxChars: 10 }, "one two…"],
  ] as const)("cleanText(%j, %j) → %j", (input, options, want) => expect(cleanText(input, options)).toBe(want));

  test("many unclosed tags stay linear", () => {
    const input = "<a".repeat(200_000);
    const t0 = Date.now();
    expect(stripTags(input)).toBe("");
    expect(Date.now() - t0).toBeLessThan(1000);
  });
});

describe("authors", () => {
  test.each([
    ["By Jane Doe", ["Jane Doe"]],
    ["BY: JANE DOE", ["JANE DOE"]],
    ["Written by Jane Doe", ["Jane Doe"]],
    ["Analysis by Chris Lane, Senior Editor", ["Chris Lane, Senior Editor"]],
    ["Jane Doe and John Roe", ["Jane Doe", "John Roe"]],
    ["Jane Doe, John Roe & Ana María de la Cruz", ["Jane Doe", "John Roe", "Ana María de la Cruz"]],
    ["Jane Doe, Jean-Luc O'Brien and J. K. Lee", ["Jane Doe", "Jean-Luc O'Brien", "J. K. Lee"]],
    ["Doe, Jane", ["Doe, Jane"]],
    ["Jane Doe, Reuters", ["Jane Doe, Reuters"]],
    ["Tom Krisher, AP Auto Writer", ["Tom Krisher, AP Auto Writer"]],
    ["Bread and Butter Staff", ["Bread and Butter Staff"]],
    ["Byron Smith", ["Byron Smith"]],
    ["https://www.facebook.com/jane.doe", []],
    ["@janedoe", []],
    ["Staff November 20, 2019 10:43", []],
    ["By", []],
    ["<a href=\"/author/jane\">Jane Doe</a>", ["Jane Doe"]],
  ])("splitByline(%j) → %j", (input, want) => expect(splitByline(input)).toEqual(want));

  test("normalizeAuthors drops duplicates ignoring case, keeps order, bounds the list", () => {
    expect(normalizeAuthors(["By Jane Doe and John Roe", "jane doe", "  John   Roe ", "Ana Lind"])).toEqual(["Jane Doe", "John Roe", "Ana Lind"]);
    expect(normalizeAuthors(Array.from({ length: 50 }, (_, i) => `Writer Number${String.fromCharCode(65 + (i % 26))}${i >= 26 ? "x" : ""}`))).toHaveLength(20);
    expect(normalizeAuthors(["x".repeat(500)])).toEqual([]);
  });
});

describe("dropSiteName", () => {
  test.each([
    ["Storm hits coast | TheHill", "The Hill", "Storm hits coast"],
    ["Storm hits coast - The Courier", "The Courier", "Storm hits coast"],
    ["The Courier — Storm hits coast", "The Courier", "Storm hits coast"],
    ["Hong Kong: a city on the brink | Editorial", "the Guardian", "Hong Kong: a city on the brink | Editorial"],
    ["Storm hits coast", null, "Storm hits coast"],
    ["The Courier", "The Courier", "The Courier"],
  ])("%j with site %j → %j", (headline, site, want) => expect(dropSiteName(headline, site)).toBe(want));
});

describe("extractMeta", () => {
  test("an empty page, and plain text through extractQuotes, say nothing", () => {
    expect(meta("")).toEqual(EMPTY_META);
    expect(extractQuotes("Just a line of text.\n\nAnother one.").meta).toEqual({ ...EMPTY_META, headline: null });
    expect(extractQuotes("Bridge to close\n\nThe bridge will close on Monday, the council said.").meta).toEqual({ ...EMPTY_META, headline: "Bridge to close" });
  });

  test("JSON-LD comes before meta tags, and an article node before the page node", () => {
    const m = meta(`<html><head><meta property="og:title" content="OG">
      <script type="application/ld+json">[{"@type":"WebPage","name":"Page","description":"Page text","inLanguage":"de"},
      {"@type":"http://schema.org/BlogPosting","headline":"Post","author":"Jane Doe"}]</script></head></html>`);
    expect(m).toMatchObject({ headline: "Post", authors: ["Jane Doe"], description: "Page text", language: "de" });
  });

  test("a teaser node without a headline does not win over the article that has one", () => {
    const m = meta(`<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","url":"https://e.example/teaser"},
      {"@type":"NewsArticle","headline":"Real story","url":"https://e.example/real"}]}</script>`);
    expect(m.headline).toBe("Real story");
  });

  test("an author given as a profile URL takes the name the JSON-LD gives that URL; else it is dropped", () => {
    const ld = `<script type="application/ld+json">{"@graph":[{"@type":"Article","headline":"H","author":["https://e.example/a/ana","https://e.example/a/nobody"]},
      {"@type":"Person","name":"Ana Lind","sameAs":["https://e.example/a/ana"]}]}</script>`;
    expect(meta(ld).authors).toEqual(["Ana Lind"]);
    expect(meta(`<meta property="article:author" content="https://e.example/a/ana">${ld.replace('"author":["https://e.example/a/ana","https://e.example/a/nobody"]', '"x":1')}`).authors).toEqual(["Ana Lind"]);
    expect(meta('<meta property="article:author" content="https://www.facebook.com/ana">').authors).toEqual([]);
  });

  test("invalid, huge or deeply nested JSON-LD is skipped without harm", () => {
    const deep = `${"[".repeat(5000)}{"@type":"Article","headline":"Deep"}${"]".repeat(5000)}`;
    expect(meta(`<script type="application/ld+json">${deep}</script>`).headline).toBeNull();
    expect(meta('<script type="application/ld+json">{"@type":"Article","headline":"A",}</script>').headline).toBeNull();
    const huge = `{"@type":"Article","headline":"Huge","articleBody":"${"x".repeat(600_000)}"}`;
    expect(meta(`<script type="application/ld+json">${huge}</script>`).headline).toBeNull();
    const big = `{"@type":"Article","headline":"Big","articleBody":"${"word ".repeat(50_000)}"}`;
    expect(meta(`<script type="application/ld+json">${big}</script>`).headline).toBe("Big");
  });

  test("JSON-LD wrapped in CDATA or a comment is read; long runs of spaces stay linear", () => {
    const ld = '{"@type":"Article","headline":"Wrapped"};';
    expect(meta(`<script type="application/ld+json">//<![CDATA[\n${ld}\n//]]></script>`).headline).toBe("Wrapped");
    expect(meta(`<script type="application/ld+json"><![CDATA[${ld}]]></script>`).headline).toBe("Wrapped");
    expect(meta(`<script type="application/ld+json"><!-- ${ld} --></script>`).headline).toBe("Wrapped");
    const t0 = Date.now();
    expect(meta(`<script type="application/ld+json">{${" ".repeat(400_000)}x</script>`).headline).toBeNull();
    expect(splitByline(`Jane Doe${",".repeat(5000)}x`)).toHaveLength(1);
    expect(Date.now() - t0).toBeLessThan(2000);
  });

  test("no field carries markup, whatever the source", () => {
    const evil = "&lt;img src=x onerror=alert(1)&gt;";
    const m = meta(`<html lang="en"><head>
      <meta property="og:title" content="${evil}Title"><meta property="og:site_name" content="<b>Site</b>">
      <meta name="description" content="${evil}Desc"><meta name="author" content="<script>x</script>Jane Doe">
      <script type="application/ld+json">{"@type":"Article","description":"${evil} ld"}</script></head></html>`);
    expect(m.headline).toBe("Title");
    expect(m.siteName).toBe("Site");
    expect(m.description).toBe("ld");
    expect(JSON.stringify(m)).not.toMatch(/<[a-z/!]/i);
  });

  test("<time datetime>: one marked as publication time, else the first in <article>, else the page's only one", () => {
    expect(meta('<time datetime="2020-01-01">x</time><article><time datetime="2020-02-02"></time></article><time pubdate datetime="2020-03-03"></time>').published).toBe("2020-03-03");
    expect(meta('<time datetime="2020-01-01"></time><article><time datetime="2020-02-02"></time></article>').published).toBe("2020-02-02");
    expect(meta('<p><time datetime="2020-01-01"></time></p>').published).toBe("2020-01-01");
    expect(meta('<p><time datetime="2020-01-01"></time><time datetime="2020-01-02"></time></p>').published).toBeNull();
    expect(meta('<time itemprop="dateModified" datetime="2020-05-05T10:00:00Z"></time>').modified).toBe("2020-05-05T10:00:00Z");
  });

  test("a date that does not parse falls through to the next source", () => {
    expect(meta('<meta property="article:published_time" content="soon"><meta name="date" content="2021-07-08">').published).toBe("2021-07-08");
  });

  test("the canonical link is resolved against the page's URL; a relative one without base is not kept", () => {
    expect(meta('<link rel="canonical" href="/a"><meta property="og:url" content="https://e.example/b">').url).toBe("https://e.example/a");
    expect(meta('<link rel="canonical" href="/a">').url).toBeNull();
    expect(meta('<link rel="canonical" href="javascript:alert(1)"><meta property="og:url" content="https://e.example/b">').url).toBe("https://e.example/b");
  });

  test("byline elements are read when no metadata names an author", () => {
    expect(meta('<p class="byline">By Ana Lind and Tom Berg</p>').authors).toEqual(["Ana Lind", "Tom Berg"]);
    expect(meta('<a rel="author" href="/a/ana">Ana Lind</a>').authors).toEqual(["Ana Lind"]);
    expect(meta('<h4 class="author">The defence ministry</h4>').authors).toEqual([]);
    expect(meta('<footer class="article-author"><p class="byline__name">Ana Lind</p><p>Ana writes about transport and cities.</p></footer>').authors).toEqual(["Ana Lind"]);
    const nested = `${'<div class="byline">'.repeat(20_000)}Ana Lind${"</div>".repeat(20_000)}`;
    expect(meta(nested).authors).toEqual(["Ana Lind"]);
    expect(meta('<meta name="author" content="Jo Park"><p class="byline">By Ana Lind</p>').authors).toEqual(["Jo Park"]);
  });

  test("20 000 nested elements and thousands of meta tags stay linear", () => {
    const nested = `${"<div>".repeat(20_000)}<time datetime="2020-01-01"></time>${"</div>".repeat(20_000)}`;
    expect(meta(nested).published).toBe("2020-01-01");
    const many = Array.from({ length: 5000 }, (_, i) => `<meta name="k${i}" content="v"><meta name="author" content="Writer ${i}">`).join("");
    expect(meta(many).authors.length).toBeLessThanOrEqual(20);
  });
});

describe("not-english", () => {
  const english = "The council said on Monday that it would close the bridge to heavy lorries from next month, after engineers found cracks in two of its supports. Residents have been asked to use the ring road.";
  const german = "Der Stadtrat hat am Montag beschlossen, dass die Brücke ab nächsten Monat für schwere Lastwagen gesperrt wird, nachdem Ingenieure Risse an zwei Stützen gefunden haben. Die Anwohner sollen die Umgehungsstraße nutzen, sagte ein Sprecher. Es ist nicht klar, wie lange die Sperrung dauert.";
  const french = "Le conseil municipal a décidé lundi que le pont sera fermé aux poids lourds dès le mois prochain, après que des ingénieurs ont trouvé des fissures dans deux piliers. Les habitants sont invités à utiliser la rocade, a indiqué un porte-parole qui ne sait pas encore pour combien de temps.";
  const russian = "Городской совет в понедельник решил закрыть мост для грузовиков со следующего месяца.";
  const boxScore = "Palm Bay 18 22 13 17 — 70. Tolivert 25 points. Davis 17 points. Burgher 10 points. Bozeman 10 points. Bean-Laing 5 points. Moore 3 points. Blakely 15 points. Devoe 2 points. Baker 6 points. Brown 4 points. Upshaw 3 points.";

  test.each([
    ["English", false, [english], null],
    ["English declared de", false, [english], "de"],
    ["short English", false, ["“Yes,” he said."], "en"],
    ["short English, no declaration", false, ["Mayor resigns."], null],
    ["German", true, [german], null],
    ["German declared en", true, [german], "en"],
    ["French", true, [french], "fr-FR"],
    ["Russian", true, [russian], null],
    ["box score, declared en", false, [boxScore], "en-US"],
    ["box score, declared pt", true, [boxScore], "pt-BR"],
    ["short Portuguese, declared pt", true, ["Atendimento registra arrombamento."], "pt-BR"],
    ["empty", false, [], "de"],
  ] as const)("%s → not English: %s", (_name, want, paragraphs, declared) => {
    expect(isNotEnglish(paragraphs, declared)).toBe(want);
  });

  test("measureEnglish counts words of any length, and function words only where they are", () => {
    // Seven-letter ASCII words (no function word of a–z is that long) beside `también`, a seven-letter one that is.
    expect(measureEnglish(["THE Government también said ALTHOUGH Wahlkampf über que"])).toEqual({ words: 8, english: 2, other: 3, letters: 48, nonLatinLetters: 0 });
    expect(measureEnglish(["también también también también también"])).toMatchObject({ words: 5, other: 5 });
    expect(measureEnglish(["Between"])).toEqual({ words: 1, english: 0, other: 0, letters: 7, nonLatinLetters: 0 });
  });

  test("the warning names the declared language and is reported by extractQuotes", () => {
    expect(warnNotEnglish([german], "de")[0]).toMatchObject({ code: "not-english", message: expect.stringContaining("declares de") });
    const r = extractQuotes(`<html lang="de"><body><p>${german}</p></body></html>`);
    expect(r.warnings.map((w) => w.code)).toContain("not-english");
    expect(extractQuotes(`<html lang="de"><body><p>${english}</p></body></html>`).warnings.map((w) => w.code)).not.toContain("not-english");
  });

  test("the reference article is not flagged", () => {
    const reference = new URL("../../shared/seed/article.txt", import.meta.url);
    if (!existsSync(reference)) return; // ../shared is absent outside the team's machines
    expect(extractQuotes(readFileSync(reference, "utf8")).warnings.map((w) => w.code)).not.toContain("not-english");
  });
});

describe("readMeta (package root)", () => {
  test("reads a page's HTML; a wrong argument type is a TypeError", async () => {
    const { readMeta } = await import("../src/index");
    const m = readMeta('<html lang="en-GB"><head><meta property="og:title" content="Storm <b>hits</b> coast"></head></html>');
    expect(m.headline).toBe("Storm hits coast");
    expect(m.language).toBe("en-GB");
    expect(m.authors).toEqual([]);
    expect(() => readMeta(42 as unknown as string)).toThrow(TypeError);
  });
});

describe("extractMeta over parseHtml's tree", () => {
  test("comments, doctype and upper-case names read as before", () => {
    const html = `<!DOCTYPE html><HTML LANG="en"><!-- c --><HEAD><META PROPERTY="og:title" CONTENT="A"><!-- x --><TIME DATETIME="2020-01-02"></TIME></HEAD></HTML>`;
    expect(extractMeta(parseHtml(html))).toEqual(meta(html));
    expect(extractMeta(parseHtml(html)).published).toBe("2020-01-02");
  });
});
