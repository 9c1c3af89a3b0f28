/**
 * ScanningTokenizer skips with `indexOf` where htmlparser2's Tokenizer steps one character at a
 * time; it must report exactly the same events. Checked by running htmlparser2's Parser with
 * each tokenizer over HTML soup made of the pieces that change the tokenizer's state (text,
 * entities, tag and attribute names, tags with quoted, unquoted and entity-bearing attributes, comments, scripts, styles,
 * titles, textareas, CDATA, stray `<` and `&`) and comparing every callback with its arguments.
 */
import fc from "fast-check";
import { Parser, Tokenizer, type Handler } from "htmlparser2";
import { ScanningTokenizer } from "../src/segment/scanning-tokenizer";
import { parseHtml } from "../src/segment";

type Event = [string, ...unknown[]];

/** Every event a handler receives, with its arguments and the parser's indices. */
function events(html: string, tokenizer: typeof Tokenizer, chunks: readonly string[] = [html]): Event[] {
  const out: Event[] = [];
  let parser: Parser;
  const record = (name: string) => (...args: unknown[]): void => {
    out.push([name, ...args, parser.startIndex, parser.endIndex]);
  };
  const handler: Partial<Handler> = {
    onopentag: record("open"), onclosetag: record("close"), ontext: record("text"), oncomment: record("comment"),
    onattribute: record("attribute"), oncdatastart: record("cdata"), onprocessinginstruction: record("pi"),
    oncommentend: record("commentend"),
  };
  parser = new Parser(handler, { decodeEntities: true, Tokenizer: tokenizer });
  for (const chunk of chunks) parser.write(chunk);
  parser.end();
  return out;
}

const PIECES = [
  "Hello ", "world.", " ", "\n", "&amp;", "&lt;", "&#8220;", "&#x201d;", "&nbsp", "&ampx", "&", "&#", "&;", "<", ">", "\"", "'",
  "<p>", "</p>", "<div class=\"a b\">", "<div class='c&amp;d'>", "<a href=x&amp;y>", "<a href=\"&quot;q\">", "</a>",
  "<img src=\"a.png\" alt='it&#39;s'>", "<br/>", "<input disabled>", "<span id=\"", "\">", "<b", " c=\"",
  "<!-- note -->", "<!--", "-->", "--!>", "<!---->", "<!doctype html>", "<![CDATA[x]]>", "<?php x ?>",
  "<script>if (a < b && c) {}</script>", "<script>", "</script>", "<style>p > a { x: '\"' }</style>",
  "<title>A &amp; B</title>", "<textarea>x &lt; y</textarea>", "<svg><path d=\"M0 0\"/></svg>",
  "<noscript>&copy;</noscript>", "</ div>", "</>", "<3", "a<b", "&gt;&gt;",
  // Tag and attribute names ended by each character that can end them, and cut by the end of a chunk.
  "<div data-a=b hidden>", "<a\thref\n=\"x\" >", "<DIV Class=Y>", "</DIV\n>", "<p/>", "<custom-el foo-bar/>", "<section", "</section",
  " data-long-name", "=", "\f", "\r",
];

const soup = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join(""));

describe("ScanningTokenizer", () => {
  test("reports the same events as htmlparser2's Tokenizer on HTML soup", () => {
    fc.assert(fc.property(soup, (html) => {
      expect(events(html, ScanningTokenizer)).toEqual(events(html, Tokenizer));
    }), { numRuns: 2000 });
  });

  test("reports the same events when the input comes in several chunks", () => {
    fc.assert(fc.property(soup, fc.array(fc.nat(), { maxLength: 4 }), (html, cuts) => {
      const at = [...new Set(cuts.map((c) => c % (html.length + 1)))].sort((a, b) => a - b);
      const chunks = [0, ...at].map((start, i) => html.slice(start, at[i] ?? html.length)).filter((c) => c !== "");
      expect(events(html, ScanningTokenizer, chunks)).toEqual(events(html, Tokenizer, chunks));
    }), { numRuns: 500 });
  });

  test("the page reads the same through parseHtml", () => {
    const html = "<p class=\"x\">A &amp; B <a href=\"/a?b=1&amp;c=2\">link</a></p><script>x<y</script><p>Tail &lt;</p>";
    const p = parseHtml(html).children[0]!;
    expect(p.type === "tag" && p.attribs["class"]).toBe("x");
    expect(events(html, ScanningTokenizer)).toEqual(events(html, Tokenizer));
  });
});
