#!/usr/bin/env node
/**
 * Compares the full output of two builds of the library, input by input: extractQuotes on the
 * reference article, the PolNeAR dev articles, the pages of pages-dev and the 80 pages of
 * ../shared/eval/extraction, and decode + segment on those 80 pages. Any difference is listed
 * (id and the first differing field); exit code 1 if there is one.
 *
 *   node scripts/compare-builds.mjs <baseline>          # against dist/ of this checkout
 *   node scripts/compare-builds.mjs <baseline> <other>  # two builds
 *   node scripts/compare-builds.mjs <baseline> --browser  # the other build's browser bundle (whosaid.browser.js)
 *
 * A build is a dist/ folder, or a git ref (commit, branch, tag) that is built in a temporary
 * worktree under the system's temp folder (bench/build-ref.mjs). Inputs are read from
 * ../shared (WHOSAID_SHARED overrides it); without it there is nothing to compare.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { REPO_ROOT, SHARED } from "../bench/corpus.mjs";
import { resolveBuild } from "../bench/build-ref.mjs";
import { compareInputs, firstDifference, runOn } from "./compare-inputs.mjs";

const [baseArg, otherArg] = process.argv.slice(2).filter((a) => !a.startsWith("--"));
if (!baseArg) {
  console.error("usage: node scripts/compare-builds.mjs <baseline dist/ or git ref> [<other dist/ or git ref>]");
  process.exit(2);
}
if (!existsSync(SHARED)) {
  console.log(`compare-builds: ${SHARED} not found; nothing to compare`);
  process.exit(0);
}

const base = await resolveBuild(baseArg);
const other = otherArg ? await resolveBuild(otherArg) : { dist: join(REPO_ROOT, "dist"), label: "dist/" };
const browser = process.argv.includes("--browser");
if (browser) other.label += "whosaid.browser.js";
const load = (dist, file = "index.js") => import(pathToFileURL(join(dist, file)).href);
const [a, b] = [await load(base.dist), await load(other.dist, browser ? "whosaid.browser.js" : "index.js")];

const inputs = compareInputs(SHARED);

let compared = 0;
const diffs = [];
for (const { id, input, page } of inputs) {
  for (const what of page ? ["extractQuotes", "segment"] : ["extractQuotes"]) {
    compared++;
    const d = firstDifference(runOn(a, input, what), runOn(b, input, what));
    if (d) diffs.push(`${what} ${id} ${d}`);
  }
}
console.log(`compare-builds: ${base.label} vs ${other.label}: ${inputs.length} inputs, ${compared} results compared, ${diffs.length} differ`);
for (const d of diffs.slice(0, 40)) console.log(`  ${d}`);
process.exit(diffs.length ? 1 : 0);
