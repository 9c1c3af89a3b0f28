#!/usr/bin/env node
/**
 * The browser bundle run where it is meant to run: dist/whosaid.browser.js in headless Chromium (character references
 * decoded by the browser's HTML parser, src/decode/browser-entities.ts) against dist/index.js in Node, on the inputs of
 * `compare-builds.mjs` — the reference article, the PolNeAR dev articles, the pages of pages-dev and the 80 pages of
 * ../shared/eval/extraction (extractQuotes, and decode + segment on the pages). Lists every difference; exit code 1 if
 * there is one. Run after `npm run build`; needs ../shared (WHOSAID_SHARED overrides it) and Chromium (CHROMIUM_PATH).
 *
 *   node scripts/compare-chromium.mjs
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { REPO_ROOT, SHARED } from "../bench/corpus.mjs";
import { startServer } from "./serve.mjs";
import { launch } from "../test/browser/chromium.mjs";
import { compareInputs, firstDifference, runOn } from "./compare-inputs.mjs";

if (!existsSync(SHARED)) {
  console.log(`compare-chromium: ${SHARED} not found; nothing to compare`);
  process.exit(0);
}
const inputs = compareInputs(SHARED);

const node = await import(pathToFileURL(join(REPO_ROOT, "dist/index.js")).href);
const server = await startServer();
const browser = await launch();
const diffs = [];
let compared = 0;
let withEntities = 0;
try {
  const tab = await browser.context.newPage();
  await tab.goto(`${server.url}/test/browser/blank.html`);
  for (const { id, input, page } of inputs) {
    if (input.includes("&")) withEntities++;
    for (const what of page ? ["extractQuotes", "segment"] : ["extractQuotes"]) {
      compared++;
      const got = await tab.evaluate(async ([text, w]) => {
        const lib = await import("/dist/whosaid.browser.js");
        try {
          return JSON.stringify(w === "extractQuotes" ? lib.extractQuotes(text) : lib.segment(lib.decode(text)));
        } catch (e) {
          return JSON.stringify({ threw: String(e) });
        }
      }, [input, what]);
      const d = firstDifference(JSON.parse(JSON.stringify(runOn(node, input, what))), JSON.parse(got));
      if (d) diffs.push(`${what} ${id} ${d}`);
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`compare-chromium: dist/index.js (Node) vs dist/whosaid.browser.js (Chromium): ${inputs.length} inputs (${withEntities} with an &), ${compared} results compared, ${diffs.length} differ`);
for (const d of diffs) console.log(`  ${d}`);
process.exit(diffs.length ? 1 : 0);
