/**
 * The HTML reader's cache of tag and attribute names (src/segment/parse-html.ts) keeps flat copies: a name sliced from
 * the page (13 characters or more) would be a view holding the whole page alive after its document.
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { extractQuotes } from "../src/index";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

function heapAfterGc(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

describe("the name cache of the HTML reader", () => {
  it("keeps no page alive after its document", () => {
    const filler = "x".repeat(4_000_000);
    const before = heapAfterGc();
    for (let i = 0; i < 10; i++) {
      // Long attribute names (`data-component-name0` …) are kept in the cache; each page is 4 MB.
      const html = `<html><body><div data-component-name${i}="a" aria-describedbyxx="b"><p>“Hi,” she said.</p></div><!-- ${filler}${i} --></body></html>`;
      expect(extractQuotes(html).quotes).toHaveLength(1);
    }
    // Ten 4 MB pages kept would be 40 MB or more.
    expect(heapAfterGc() - before).toBeLessThan(20_000_000);
  });
});
