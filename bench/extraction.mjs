// npm run bench:extraction — whosaid's `segment` against @mozilla/readability (DOM: linkedom) on the
// same pages of ../shared/eval/extraction, in one process: body F1/precision/recall (the metric of
// ../shared/tools/extraction-score.mjs, bench/extraction-metric.mjs) and ms per page, and the
// speed ratio.
//
//   whosaid     : segment(decode(html)), the paragraphs joined with "\n" (as the reference scorer reads them)
//   readability : new Readability(parseHTML(html).document).parse().textContent — parsing the page
//                 into a DOM is part of its cost, as decode + parse is part of whosaid's
//
// One warm-up round, then N measured rounds; in each round both process every page, page by page
// in alternating order, so drift (GC, JIT, other processes) hits both alike. ms/page is the median
// over rounds of each round's mean. Options: --rounds N (default 3), --json-only.
import { pathToFileURL } from "node:url";
import { join } from "node:path";
import { REPO_ROOT } from "./corpus.mjs";
import { formatRow, loadExtractionData, scoreBodies } from "./extraction-metric.mjs";
import { arg, median } from "./cli-args.mjs";

const argv = process.argv.slice(2);
const rounds = Math.max(1, Number(arg("--rounds", "3")) | 0);
const jsonOnly = argv.includes("--json-only");

const data = loadExtractionData();
if (data === null) {
  console.log("bench:extraction skipped: ../shared/eval/extraction is absent");
  process.exit(0);
}
const { Readability } = await import("@mozilla/readability");
const { parseHTML } = await import("linkedom");
const lib = await import(pathToFileURL(join(REPO_ROOT, "dist", "index.js")).href);

const pages = data.ids.map((id) => [id, data.html(id)]);

const EXTRACTORS = {
  whosaid: (html) => lib.segment(lib.decode(html)).paragraphs.join("\n"),
  readability: (html) => new Readability(parseHTML(html).document).parse()?.textContent ?? "",
};
const names = Object.keys(EXTRACTORS);

/** One round: every page through both, alternating which goes first; returns bodies and total ms per extractor. */
function round(flip) {
  const bodies = Object.fromEntries(names.map((n) => [n, {}]));
  const ms = Object.fromEntries(names.map((n) => [n, 0]));
  const crashed = Object.fromEntries(names.map((n) => [n, 0]));
  pages.forEach(([id, html], i) => {
    const order = (i + (flip ? 1 : 0)) % 2 === 0 ? names : [...names].reverse();
    for (const name of order) {
      const t0 = performance.now();
      try {
        bodies[name][id] = EXTRACTORS[name](html);
      } catch {
        crashed[name]++;
        bodies[name][id] = "";
      }
      ms[name] += performance.now() - t0;
    }
  });
  return { bodies, ms, crashed };
}


const warm = round(false);
const perRound = [];
for (let r = 0; r < rounds; r++) perRound.push(round(r % 2 === 1).ms);
const result = { pages: pages.length, rounds };
for (const name of names) {
  const s = scoreBodies(data.gold, data.ids, warm.bodies[name]);
  const msPerPage = median(perRound.map((m) => m[name])) / pages.length;
  result[name] = {
    f1: s.f1, precision: s.precision, recall: s.recall, pagesBelow05: s.pagesBelow05, pagesBelow08: s.pagesBelow08,
    msPerPage: +msPerPage.toFixed(2), crashed: warm.crashed[name],
  };
  if (!jsonOnly) console.log(`${formatRow(name, s)}  ${msPerPage.toFixed(2)} ms/page`);
}
result.speedRatio = +(result.readability.msPerPage / result.whosaid.msPerPage).toFixed(2);
if (!jsonOnly) {
  console.log(`whosaid is ${result.speedRatio}× ${result.speedRatio >= 1 ? "faster" : "slower"} per page than Readability.js; F1 ${result.whosaid.f1 >= result.readability.f1 ? "ahead" : "behind"} by ${Math.abs(result.whosaid.f1 - result.readability.f1).toFixed(3)}`);
}
console.log(JSON.stringify(result));
