#!/usr/bin/env node
/**
 * npm run eval:extraction — article-body extraction quality of whosaid's `segment` on the page set
 * of ../shared/eval/extraction (80 pages with gold bodies), with the figures and output lines of
 * ../shared/tools/extraction-score.mjs (same metric: bench/extraction-metric.mjs), the other
 * extractors' stored outputs beside it, then the worst pages.
 *
 * Usage: node scripts/eval-extraction.mjs [--lib dist/index.js] [--data DIR] [--misses N]
 * Skips with one line when the data folder is absent.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { EXTRACTION_DATA, formatRow, loadExtractionData, scoreBodies } from "../bench/extraction-metric.mjs";

const argv = process.argv.slice(2);
const arg = (name, dflt) => {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] !== undefined && !argv[i + 1].startsWith("--") ? argv[i + 1] : dflt;
};

const data = loadExtractionData(resolve(arg("--data", EXTRACTION_DATA)));
if (data === null) {
  console.log(`eval:extraction skipped: no page set at ${arg("--data", EXTRACTION_DATA)} (../shared is absent)`);
  process.exit(0);
}
const lib = await import(pathToFileURL(resolve(arg("--lib", "dist/index.js"))).href);
const { gold, ids } = data;

const bodies = {};
let ms = 0;
let crashed = 0;
for (const id of ids) {
  const html = data.html(id);
  const t0 = performance.now();
  try {
    bodies[id] = lib.segment(lib.decode(html)).paragraphs.map((p) => (typeof p === "string" ? p : p.text)).join("\n");
  } catch {
    crashed++;
    bodies[id] = "";
  }
  ms += performance.now() - t0;
}
const ours = scoreBodies(gold, ids, bodies);
const rows = [["whosaid", ours]];
const outDir = join(data.dir, "output");
if (existsSync(outDir)) {
  for (const f of readdirSync(outDir).filter((f) => f.endsWith(".json")).sort()) {
    let o = JSON.parse(readFileSync(join(outDir, f), "utf8"));
    if (o.output && o.version !== undefined) o = o.output;
    rows.push([f.replace(/\.json$/, ""), scoreBodies(gold, ids, Object.fromEntries(ids.map((id) => [id, o[id]?.articleBody ?? ""])))]);
  }
}
for (const [name, s] of rows.sort((a, b) => b[1].f1 - a[1].f1)) console.log(formatRow(name, s));
const misses = Number(arg("--misses", "10"));
if (misses > 0) {
  const worst = ids.map((id, i) => [ours.docF1[i], id]).sort((a, b) => a[0] - b[0]).slice(0, misses);
  for (const [f, id] of worst) console.log(JSON.stringify({ id, f1: +f.toFixed(3), url: gold[id].url, got: (bodies[id] ?? "").slice(0, 120) }));
}
const { docF1, ...summary } = ours;
console.log(JSON.stringify({ pages: ids.length, crashed, ...summary, msPerPage: +(ms / ids.length).toFixed(2) }));
