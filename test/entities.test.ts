/**
 * whosaid decodes character references with `entities` (the decoder htmlparser2 already
 * bundles) rather than `he`, which shipped a second copy of the HTML entity table in the browser
 * build. Both implement the HTML standard's text decoding; this checks they agree on the
 * references and near-references that pages hold (named with and without `;`, legacy prefixes,
 * numeric in any base and size, invalid code points, stray `&`).
 */
import fc from "fast-check";
import { decode as heDecode } from "he";
import { decodeHTML } from "entities/decode";
import { decodeText } from "../src/decode/decode";

const REFERENCES = [
  "&amp;", "&amp", "&AMP;", "&Amp;", "&lt;", "&LT", "&lt", "&ltx", "&gt", "&nbsp", "&nbsp;", "&copy", "&copy2", "&notit;", "&notin;",
  "&not", "&fjlig;", "&acE;", "&NotNestedLessLess;", "&nvlt;", "&x;", "&;", "& ", "&", "&#", "&#;", "&#x;", "&#X3C;",
  "&#60;", "&#060", "&#x3c", "&#0;", "&#9;", "&#13;", "&#x0d;", "&#128;", "&#x80;", "&#x9f;", "&#xD800;", "&#xDFFF;",
  "&#xFFFE;", "&#x10FFFF;", "&#x110000;", "&#1114112;", "&#99999999999;", "&#00000065;", "&#x41g", "&#8217;", "&#x1F600;",
  "&ldquo;", "&rsquo;", "&mdash;", "&hellip;", "&eacute", "&Eacute;", "&sol;", "&quot", "&apos;", "&apos",
];

describe("entity decoding", () => {
  it("agrees with he on every reference listed", () => {
    for (const r of REFERENCES) for (const s of [r, `a${r}b`, `${r}${r}`, `${r}1;`, `${r}x;`]) expect([s, decodeHTML(s)]).toEqual([s, heDecode(s)]);
  });

  it("agrees with he on strings of references, near-references and text", () => {
    const piece = fc.oneof(
      fc.constantFrom(...REFERENCES),
      fc.constantFrom("a", "Z", "1", "x", ";", "#", "&", " ", "<", "é", "\u00a0"),
      fc.string({ maxLength: 3 }),
      fc.integer({ min: 0, max: 0x11ffff }).chain((n) => fc.constantFrom(`&#${n};`, `&#x${n.toString(16)};`, `&#${n}`, `&#X${n.toString(16).toUpperCase()}`)),
    );
    fc.assert(fc.property(fc.array(piece, { maxLength: 20 }).map((xs) => xs.join("")), (s) => decodeHTML(s) === heDecode(s)), { numRuns: 3000 });
  });
});

describe("decodeText (text regions, decoded in pieces)", () => {
  it("decodes in pieces cut before an & exactly as in one call, whatever the piece size", () => {
    const piece = fc.oneof(
      fc.constantFrom(...REFERENCES),
      fc.constantFrom("a", "Z", "1", "x", ";", "#", "&", " ", "\n", "é"),
      fc.string({ maxLength: 3 }),
    );
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }).map((xs) => xs.join("")), fc.integer({ min: 1, max: 12 }), (s, chunk) => {
      expect(decodeText(s, chunk)).toBe(decodeHTML(s));
    }), { numRuns: 3000 });
  });

  it("decodes a flood of entities larger than one piece", () => {
    const s = "&#x201C;".repeat(20_000) + "&amp" + "x".repeat(70_000) + "&lt;";
    expect(decodeText(s)).toBe(decodeHTML(s));
  });
});
