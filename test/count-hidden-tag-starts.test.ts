/**
 * `countHiddenTagStarts` bounds, without decoding, how many tags decoding a page can reveal, so
 * `unwrapEncodedMarkup` decodes on trial only pages that may hold encoded markup.
 */
import fc from "fast-check";
import { decodeHTML } from "entities/decode";
import { countHiddenTagStarts, countTags, MAX_ENCODING_LAYERS, unwrapEncodedMarkup } from "../src/decode";

describe("countHiddenTagStarts", () => {
  it.each<[string, number]>([
    ["plain text", 0],
    ["<p>Tom &amp; Jerry&rsquo;s &ldquo;show&rdquo;&nbsp;</p>", 0],
    ["a &lt; b and a &lt;= c", 0],
    ["if (a && b) x = 1;", 0],
    ["&lt;p&gt;", 1],
    ["&LT;P&GT;", 1],
    ["&lt;/p&gt;", 1],
    ["&lt;!-- note --&gt;", 1],
    ["&#60;p&#62;", 1],
    ["&#060;div", 1],
    ["&#x3C;/span", 1],
    ["&#x0003c;b", 1],
    ["&ltp", 1], // a legacy reference needs no `;`
    ["&amp;lt;p&amp;gt;", 1],
    ["&amp;amp;lt;p", 1],
    ["&#38;lt;p", 1],
    ["&#x26;#60;p", 1],
    ["&amp;&#35;60;p", 1], // an encoded `&` before another reference may start one
    ["&lt;&#112;&gt;", 1], // the letter itself encoded
    ["<&#112;>", 1], // a raw `<` before an encoded letter
    ["<di&#118;>", 1],
    ["<p>x</p>", 0],
    ["&lt;p&gt;a&lt;/p&gt;&lt;p&gt;b&lt;/p&gt;", 4],
  ])("%s → %i", (input, expected) => {
    expect(countHiddenTagStarts(input)).toBe(expected);
  });

  it("bounds the tags any number of decoding layers adds", () => {
    // Pieces never spell a reference's name with encoded letters (`&l&#116;;`), the one case not looked through.
    const piece = fc.constantFrom(
      "&", "&amp;", "&amp", "&#38;", "&#x26;", "&lt;", "&LT", "&lt", "&#60;", "&#060", "&#x3c;", "&#X3C", "&gt;", "&sol;", "&#47;",
      "&#112;", "&#98;", "&#33;", "<", "/", ">", "!", ";", " ", "#", "x", "3", "c", "6", "0", "l", "t", "p", "b", "d", "i", "v", "q", "u", "s", "-",
    );
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }).map((xs) => xs.join("")), (s) => {
      const bound = countTags(s) + countHiddenTagStarts(s);
      let layer = s;
      for (let k = 0; k < MAX_ENCODING_LAYERS; k++) {
        layer = decodeHTML(layer);
        if (countTags(layer) > bound) return false;
      }
      return true;
    }), { numRuns: 5000 });
  });

  it("counts each raw `<` or `</` whose name runs into an `&` once, as reading every tag's name does", () => {
    // The raw tag starts counted by reading the name after every `<` (the count without encoded `<`, so the pieces
    // hold no `lt` and no digits).
    const isNameChar = (c: string) => /[a-z0-9:-]/i.test(c);
    const rawStarts = (s: string): number => {
      let count = 0;
      for (let i = s.indexOf("<"); i !== -1; i = s.indexOf("<", i + 1)) {
        let j = i + 1;
        if (s[j] === "/") j++;
        while (j < s.length && isNameChar(s[j]!)) j++;
        if (s[j] === "&") count++;
      }
      return count;
    };
    const piece = fc.constantFrom("<", "</", "/", "&", "&amp;", "a", "B", "-", ":", " ", ">", "=", "\"", "div", "<&", "</&", "<<", "//");
    fc.assert(fc.property(fc.array(piece, { maxLength: 40 }).map((xs) => xs.join("")), (s) => {
      // An encoded `&` before another reference (`&amp;&`) counts too: taken out by counting the text with every
      // `&amp;` spelled so that it never precedes an `&` (a space after it).
      const spaced = s.replaceAll("&amp;", "&amp; ");
      expect(countHiddenTagStarts(spaced)).toBe(rawStarts(spaced));
    }), { numRuns: 5000 });
  });

  it("is linear: a flood of `&amp;` and of `<` costs one pass", () => {
    expect(countHiddenTagStarts("&" + "amp;".repeat(200_000) + "lt;p")).toBe(1);
    expect(countHiddenTagStarts("&amp;".repeat(200_000))).toBe(199_999); // each may start a reference with the next
    expect(countHiddenTagStarts("<".repeat(200_000))).toBe(0);
    expect(countHiddenTagStarts("<a".repeat(100_000) + "&")).toBe(1);
    expect(countHiddenTagStarts("<" + "a".repeat(200_000) + "&".repeat(200_000))).toBe(1);
    expect(countHiddenTagStarts("&#" + "0".repeat(200_000))).toBe(0);
  });
});

describe("unwrapEncodedMarkup without a trial decode", () => {
  it("leaves a page whose references cannot hide markup as it is", () => {
    const page = "<p>Tom &amp; Jerry &lt; 3 &rsquo;s</p>".repeat(50);
    expect(unwrapEncodedMarkup(page)).toEqual({ html: page, layers: 0 });
  });

  it("leaves a page of markup that quotes a few encoded tags in its text as it is", () => {
    const page = "<p>Write &lt;b&gt;bold&lt;/b&gt; to embolden.</p>".repeat(3) + "<div><p>More</p></div>".repeat(10);
    expect(unwrapEncodedMarkup(page)).toEqual({ html: page, layers: 0 });
  });

  it("still undoes markup hidden under entities", () => {
    expect(unwrapEncodedMarkup("&lt;p&gt;One&lt;/p&gt;&lt;p&gt;Two&lt;/p&gt;")).toEqual({ html: "<p>One</p><p>Two</p>", layers: 1 });
    expect(unwrapEncodedMarkup("&amp;lt;p&amp;gt;One&amp;lt;/p&amp;gt;")).toEqual({ html: "<p>One</p>", layers: 2 });
  });
});
