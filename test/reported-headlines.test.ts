import { extractQuotes } from "../src/index";
import { expectReported, reportedTexts } from "./support/reported";

/**
 * Reported speech in a headline: the first sentence of the article's first body paragraph, in title case, whose verb
 * of saying follows its source (`X Says …`) or closes it after a comma (`…, X Says.`); and a short headline in sentence
 * case whose clause quotes a fragment without `that`. Invented headlines: the rule, the content and the speaker.
 */
const FOUND: ReadonlyArray<readonly [what: string, headline: string, rule: string, content: string, speaker: string | null]> = [
  ["the source opens, `Says`", "Amara Lindqvist Says Harbour Dredging Must Wait Until Spring.",
    "reported-headline-says", "Harbour Dredging Must Wait Until Spring", "Amara Lindqvist"],
  ["the source with an honorific, `Warns`", "Senator Vance Warns Tariffs Could Hurt Dairy Farmers.",
    "reported-headline-says", "Tariffs Could Hurt Dairy Farmers", "Vance"],
  ["a closing `Says` after a comma", "Port Authority Will Close Old Ferry Terminal, Mayor Lena Ortiz Says.",
    "reported-headline-says", "Port Authority Will Close Old Ferry Terminal", "Lena Ortiz"],
  ["a closing `Tells` and its hearer", "Ferry Fares Will Double, Harbour Board Tells Commuters.",
    "reported-headline-says", "Ferry Fares Will Double", "Harbour Board"],
  ["a contraction as the content's verb", "Nadia Okafor Says She’s Already Drafted The New Budget.",
    "reported-headline-says", "She’s Already Drafted The New Budget", "Nadia Okafor"],
  ["a second verb of the source ends the content", "Okafor Says Council Broke Its Own Rules, Calls For Inquiry.",
    "reported-headline-says", "Council Broke Its Own Rules", "Okafor"],
  ["the writer's coda after `, But` ends the content", "Okafor Claims Ferries Will Run All Winter, But ….",
    "reported-headline-says", "Ferries Will Run All Winter", "Okafor"],
  ["a dash ends the content", "Ivo Brandt Claims Ferries Will Run All Winter – Here Is Why.",
    "reported-headline-says", "Ferries Will Run All Winter", "Ivo Brandt"],
  ["a sentence-case headline quoting a fragment", "Okafor says the council vote was a 'clear betrayal.'",
    "reported-said-clause", "the council vote was a 'clear betrayal.'", "Okafor"],
];

/** Headlines and sentences that report nothing in title case, or that are no headline. */
const NOT_FOUND: ReadonlyArray<readonly [what: string, text: string]> = [
  ["a content without a verb", "Lindqvist Says Goodbye To Harbour Board."],
  ["no verb of saying", "Harbour Lights Festival Returns This Weekend."],
  ["`Tells` and its hearer before the clause", "Okafor Tells Harbour Board Ferries Will Run Late."],
];

describe("reported speech in headlines", () => {
  test.each(FOUND)("%s", (_what, headline, rule, content, speaker) => {
    expectReported(headline, rule, content, speaker);
  });

  test.each(NOT_FOUND)("not read: %s", (_what, text) => {
    expect(reportedTexts(text).filter((t) => t.length > 0)).toEqual([]);
  });

  test("a title-case sentence after the first paragraph is no headline", () => {
    const r = extractQuotes("Harbour news\n\nThe council met on Friday.\n\nAmara Lindqvist Says Harbour Dredging Must Wait Until Spring.");
    expect(r.quotes.filter((q) => q.kind === "indirect").map((q) => q.text)).toEqual([]);
  });

  test("a quoted fragment without `that` after a past verb of saying stays a quotation: a lede, not a headline", () => {
    expect(reportedTexts("Okafor said the council vote was a 'clear betrayal.'")).toEqual([]);
  });

  test("a quoted fragment without `that` in a paragraph of several sentences stays a quotation", () => {
    expect(reportedTexts("Okafor said the vote was a 'clear betrayal.' The council met again on Friday.")).toEqual([]);
  });
});
