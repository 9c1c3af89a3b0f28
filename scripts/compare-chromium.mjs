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
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { isDeepStrictEqual } from "node:util";
import { gunzipSync } from "node:zlib";
import { REPO_ROOT, SHARED } from "../bench/corpus.mjs";
import { startServer } from "./serve.mjs";
import { launch } from "../test/browser/chromium.mjs";

if (!existsSync(SHARED)) {
  console.log(`compare-chromium: ${SHARED} not found; nothing to compare`);
  process.exit(0);
}
const readPage = (path) => (existsSync(path) ? readFileSync(path, "utf8") : gunzipSync(readFileSync(path + ".gz")).toString("utf8"));
const jsonl = (name) => readFileSync(join(SHARED, "eval", name), "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
const inputs = [{ id: "seed/article.txt", input: readFileSync(join(SHARED, "seed", "article.txt"), "utf8") }];
for (const d of jsonl("polnear-dev.jsonl")) inputs.push({ id: d.id, input: d.paragraphs.join("\n\n") });
const htmlDir = join(SHARED, "eval", "extraction", "html");
for (const d of jsonl("pages-dev.jsonl")) inputs.push({ id: `pages-dev/${d.slug.slice(0, 12)}`, input: readPage(resolve(htmlDir, d.slug + ".html")) });
for (const f of readdirSync(htmlDir).filter((f) => /\.html(\.gz)?$/.test(f)).sort()) {
  inputs.push({ id: `extraction/${f.slice(0, 12)}`, input: readPage(join(htmlDir, f.replace(/\.gz$/, ""))), page: true });
}

/** First path where two JSON values differ. */
function firstDifference(x, y, path = "") {
  if (isDeepStrictEqual(x, y)) return null;
  if (x && y && typeof x === "object" && typeof y === "object") {
    for (const k of new Set([...Object.keys(x), ...Object.keys(y)])) {
      const d = firstDifference(x[k], y[k], `${path}.${k}`);
      if (d) return d;
    }
  }
  return `${path || "(root)"}: ${JSON.stringify(x)?.slice(0, 120)} → ${JSON.stringify(y)?.slice(0, 120)}`;
}

const node = await import(pathToFileURL(join(REPO_ROOT, "dist/index.js")).href);
const runIn = (lib, input, what) => {
  try {
    return what === "extractQuotes" ? lib.extractQuotes(input) : lib.segment(lib.decode(input));
  } catch (e) {
    return { threw: String(e) };
  }
};

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
      const d = firstDifference(JSON.parse(JSON.stringify(runIn(node, input, what))), JSON.parse(got));
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
