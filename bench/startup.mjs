// npm run bench:startup — cold start: what a fresh process pays before its first result.
//
//   empty   : node -e ""                                  (the floor: starting node itself)
//   import  : node -e 'await import("dist/index.js")'     (loading the library)
//   first   : import, then extractQuotes on the reference article (what a one-page run pays)
//   cli     : node dist/cli.js <reference article>        (the command line on one file)
//
// Each row is a fresh process, timed from spawn to exit. Rounds are interleaved (every row once
// per round, order rotating) so the machine's drift hits all rows alike; figures are medians
// over rounds, reported as ratios to `empty` measured in the same run. Also prints the size of
// the browser build (dist/whosaid.browser.js), raw and gzipped.
//
// Options: --rounds N (default 20)  --baseline <dist folder or git ref> (adds the same rows for
// that build, interleaved; a ref is built in a temporary worktree, see bench/build-ref.mjs)
// --json-only
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { resolveBuild } from "./build-ref.mjs";
import { REPO_ROOT, SHARED } from "./corpus.mjs";
import { arg, median } from "./cli-args.mjs";

const argv = process.argv.slice(2);
const fmt = (x, d = 1) => x.toFixed(d);

const rounds = Math.max(1, Number(arg("--rounds", "20")) | 0);
const jsonOnly = argv.includes("--json-only");
const dist = join(REPO_ROOT, "dist");
if (!existsSync(join(dist, "index.js"))) {
  console.error("bench:startup: dist/index.js not found; run `npm run build` first (npm run bench:startup does).");
  process.exit(2);
}
const seed = join(SHARED, "seed", "article.txt");
const hasSeed = existsSync(seed);
if (!hasSeed && !jsonOnly) console.error(`bench:startup: ${seed} not found; rows first and cli skipped`);

/** The rows measured for one build. */
function rowsFor(distDir, suffix) {
  const lib = pathToFileURL(join(distDir, "index.js")).href;
  const rows = [[`import${suffix}`, ["--input-type=module", "-e", `await import(${JSON.stringify(lib)})`]]];
  if (hasSeed) {
    rows.push([`first${suffix}`, ["--input-type=module", "-e",
      `const { readFileSync } = await import("node:fs"); const { extractQuotes } = await import(${JSON.stringify(lib)}); extractQuotes(readFileSync(${JSON.stringify(seed)}, "utf8"));`]]);
    rows.push([`cli${suffix}`, [join(distDir, "cli.js"), seed]]);
  }
  return rows;
}

const rows = [["empty", ["-e", ""]], ...rowsFor(dist, "")];
let baseline = null;
if (argv.includes("--baseline")) {
  baseline = await resolveBuild(arg("--baseline", ""));
  rows.push(...rowsFor(baseline.dist, " (baseline)"));
}

const times = new Map(rows.map(([name]) => [name, []]));
const run = (args) => {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { stdio: ["ignore", "ignore", "pipe"], cwd: REPO_ROOT });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`bench:startup: \`node ${args.join(" ").slice(0, 80)}…\` failed: ${r.stderr}`);
  return ms;
};
for (const [, args] of rows) run(args); // warm the file cache
for (let k = 0; k < rounds; k++) {
  for (let i = 0; i < rows.length; i++) {
    const [name, args] = rows[(i + k) % rows.length];
    times.get(name).push(run(args));
  }
}

const empty = median(times.get("empty"));
const browser = join(dist, "whosaid.browser.js");
const browserBytes = existsSync(browser) ? readFileSync(browser) : null;
const summary = {
  bench: "startup",
  node: process.version,
  date: new Date().toISOString(),
  rounds,
  baseline: baseline?.label ?? null,
  rows: Object.fromEntries(rows.map(([name]) => {
    const ms = median(times.get(name));
    return [name, { ms: +fmt(ms), vsEmpty: +fmt(ms / empty, 2) }];
  })),
  browser: browserBytes ? { bytes: browserBytes.length, gzipBytes: gzipSync(browserBytes).length } : null,
  targets: { importVsEmpty: 2, browserGzipBytes: 100_000 },
};
summary.targetsMet = {
  importVsEmpty: summary.rows.import.vsEmpty <= 2,
  browserGzipBytes: summary.browser !== null && summary.browser.gzipBytes <= 100_000,
};

if (!jsonOnly) {
  console.log(`whosaid bench:startup: fresh processes, ${rounds} rounds interleaved, medians; node ${process.version}`);
  console.log("");
  const w = Math.max(...rows.map(([n]) => n.length));
  console.log(`${"".padEnd(w)}  ${"ms".padStart(7)}  vs empty node`);
  for (const [name] of rows) {
    const r = summary.rows[name];
    console.log(`${name.padEnd(w)}  ${fmt(r.ms).padStart(7)}  ${fmt(r.vsEmpty, 2)}×`);
  }
  console.log("");
  if (summary.browser) console.log(`browser build: ${fmt(summary.browser.bytes / 1000)} KB, ${fmt(summary.browser.gzipBytes / 1000)} KB gzipped`);
  console.log(`targets: import ≤ 2× empty node ${summary.targetsMet.importVsEmpty ? "met" : "NOT met"}; browser build ≤ 100 KB gzipped ${summary.targetsMet.browserGzipBytes ? "met" : "NOT met"}`);
  console.log("");
}
console.log(JSON.stringify(summary));
