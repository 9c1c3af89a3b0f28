// npm run bench — throughput of whosaid against two baselines measured in the same run.
//
//   whosaid : extractQuotes(input)
//   floor   : decode + segment + findQuotations (the package's own first stages, nothing else)
//   naive   : decode + segment, then one compromise nlp(text) per article with
//             .people() and .quotations() (what a naive pipeline costs)
//
// Single core, main thread, one process. Each implementation first warms up (passes over the
// corpus until they add up to --warmup-ms; the JIT needs several passes to settle, and the first
// pass's time is reported on its own as the cold figure), then N measured rounds; in each round
// every implementation processes the whole corpus once, and the order of the implementations
// rotates from round to round (interleaved) so drift (GC, JIT, thermal) hits all of them alike.
// Figures are medians over rounds.
//
// Options: --rounds N (default 5)  --warmup-ms N (default 3000)  --json-only
//   --pathological (runs bench/pathological.mjs)
//   --baseline <git ref or dist folder>: adds `baseline`, extractQuotes of that build (a ref is
//   built in a temporary worktree, bench/build-ref.mjs), measured in the same rounds, and prints
//   whosaid's speed-up over it.
import { Buffer } from "node:buffer";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { resolveBuild } from "./build-ref.mjs";
import { loadCorpus, REPO_ROOT, rng } from "./corpus.mjs";
import { arg, median } from "./cli-args.mjs";

const argv = process.argv.slice(2);

const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};
/** Default warm-up per implementation, in ms of passes over the corpus (whosaid settles in 5–10 passes, 2–3 s). */
const DEFAULT_WARMUP_MS = 3000;
/** Most warm-up passes of one implementation, whatever --warmup-ms says (the floor's pass is ~30 ms). */
const MAX_WARMUP_PASSES = 30;
const fmt = (x, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : String(x));

async function main() {
  const rounds = Math.max(1, Number(arg("--rounds", "5")) | 0);
  const warmupMs = Math.max(0, Number(arg("--warmup-ms", String(DEFAULT_WARMUP_MS))) || 0);
  const jsonOnly = argv.includes("--json-only");
  const dist = join(REPO_ROOT, "dist", "index.js");
  if (!existsSync(dist)) {
    console.error(`bench: ${dist} not found; run \`npm run build\` first (npm run bench does).`);
    process.exit(2);
  }
  // Cold start: importing the library (and whatever it loads at module level) before anything else.
  const i0 = process.hrtime.bigint();
  const lib = await import(pathToFileURL(dist).href);
  const importMs = Number(process.hrtime.bigint() - i0) / 1e6;
  const { default: nlp } = await import("compromise");
  const baseline = argv.includes("--baseline") ? await resolveBuild(arg("--baseline", "")) : null;
  const baseLib = baseline ? await import(pathToFileURL(join(baseline.dist, "index.js")).href) : null;

  const { docs, missing, synthetic } = loadCorpus();
  for (const m of missing) console.error(`bench: warning: ${m} is missing; corpus built without it`);
  if (synthetic) console.error("bench: warning: ../shared not found; measuring generated articles (figures not comparable)");
  if (docs.length === 0) {
    console.error("bench: no corpus (../shared not found); nothing to measure");
    process.exit(2);
  }
  // Fixed shuffled order so text and HTML versions of the same article are not adjacent.
  const r = rng(42);
  const order = docs.map((d, i) => [r(), i]).sort((a, b) => a[0] - b[0]).map(([, i]) => docs[i]);
  const totalBytes = order.reduce((s, d) => s + Buffer.byteLength(d.input, "utf8"), 0);

  const impls = {
    whosaid: (input) => {
      const res = lib.extractQuotes(input);
      return res.quotes.length + res.paragraphs.length;
    },
    floor: (input) => {
      const seg = lib.segment(lib.decode(input));
      return lib.findQuotations(seg.paragraphs).quotes.length + seg.paragraphs.length;
    },
    naive: (input) => {
      const seg = lib.segment(lib.decode(input));
      const doc = nlp(seg.paragraphs.join("\n\n"));
      return doc.people().out("array").length + doc.quotations().out("array").length;
    },
  };
  if (baseLib) {
    impls.baseline = (input) => {
      const res = baseLib.extractQuotes(input);
      return res.quotes.length + res.paragraphs.length;
    };
  }
  const names = Object.keys(impls);
  const times = Object.fromEntries(names.map((n) => [n, []])); // ms per round
  const checks = Object.fromEntries(names.map((n) => [n, 0]));
  const errors = Object.fromEntries(names.map((n) => [n, []]));
  const perDoc = new Map(order.map((d) => [d.id, []])); // whosaid ms per doc per round

  // Fast implementations pass over the corpus several times per round (reps, fixed after the
  // warm-up) so that a round lasts at least MIN_ROUND_MS and timer noise stays small.
  const MIN_ROUND_MS = 250;
  const reps = Object.fromEntries(names.map((n) => [n, 1]));
  const runRound = (name, measured) => {
    const fn = impls[name];
    let sink = 0;
    const t0 = process.hrtime.bigint();
    for (let rep = 0; rep < reps[name]; rep++) for (const d of order) {
      const a = name === "whosaid" ? process.hrtime.bigint() : 0n;
      try {
        sink += fn(d.input);
      } catch (e) {
        if (measured && errors[name].length < 5) errors[name].push(`${d.id}: ${e && e.stack ? e.stack.split("\n").slice(0, 3).join(" | ") : e}`);
      }
      if (name === "whosaid" && measured && rep === 0) perDoc.get(d.id).push(Number(process.hrtime.bigint() - a) / 1e6);
    }
    const ms = Number(process.hrtime.bigint() - t0) / 1e6 / reps[name];
    checks[name] = sink;
    return ms; // per pass over the corpus
  };

  if (!jsonOnly) {
    console.log(`whosaid bench: ${order.length} articles (${docs.filter((d) => d.kind === "text").length} text, ` +
      `${docs.filter((d) => d.kind === "html").length} web pages, ${docs.filter((d) => d.kind === "seed").length} seed), ` +
      `${fmt(totalBytes / 1e6, 2)} MB per round; warm-up ≥ ${warmupMs} ms each, then ${rounds} rounds, interleaved; node ${process.version}`);
  }
  // Warm-up: passes until they add up to `warmupMs` (at least one, at most MAX_WARMUP_PASSES). The first pass of a
  // fresh implementation is mostly the JIT's (and one-time set-up); whosaid's optimised code takes several passes more
  // to settle, so one warm-up pass would measure rounds still warming up. The first pass is kept as the cold figure.
  const warm = Object.fromEntries(names.map((n) => [n, { firstPassMs: 0, passes: 0, ms: 0 }]));
  for (const n of names) {
    const w = warm[n];
    let ms = 0;
    do {
      ms = runRound(n, false);
      if (w.passes === 0) w.firstPassMs = ms;
      w.passes++;
      w.ms += ms;
    } while (w.ms < warmupMs && w.passes < MAX_WARMUP_PASSES);
    reps[n] = Math.min(100, Math.max(1, Math.ceil(MIN_ROUND_MS / Math.max(ms, 0.01))));
  }
  for (let k = 0; k < rounds; k++) {
    const rot = names.map((_, i) => names[(i + k) % names.length]);
    for (const n of rot) {
      if (globalThis.gc) globalThis.gc();
      times[n].push(runRound(n, true));
    }
    if (!jsonOnly) process.stderr.write(`  round ${k + 1}/${rounds}: ` + names.map((n) => `${n} ${fmt(times[n][k], 0)} ms`).join(", ") + "\n");
  }

  const fig = {};
  for (const n of names) {
    const ms = median(times[n]);
    fig[n] = {
      msPerRound: +fmt(ms, 2),
      articlesPerSec: +fmt(order.length / (ms / 1000), 1),
      mbPerSec: +fmt(totalBytes / 1e6 / (ms / 1000), 3),
      msPerArticle: +fmt(ms / order.length, 3),
      roundsMs: times[n].map((x) => +fmt(x, 1)),
      passesPerRound: reps[n],
      // The cold figure: the first pass over the corpus, before any warm-up (JIT, one-time tables).
      firstPassMs: +fmt(warm[n].firstPassMs, 1),
      warmupPasses: warm[n].passes,
      errors: errors[n].length,
    };
  }
  // whosaid per-article latency and per-kind throughput (medians over rounds per doc).
  const docMedian = order.map((d) => ({ d, ms: median(perDoc.get(d.id)) }));
  const lat = docMedian.map((x) => x.ms);
  const byKind = {};
  for (const kind of ["text", "html", "seed"]) {
    const sel = docMedian.filter((x) => x.d.kind === kind);
    if (!sel.length) continue;
    const ms = sel.reduce((s, x) => s + x.ms, 0);
    const bytes = sel.reduce((s, x) => s + Buffer.byteLength(x.d.input, "utf8"), 0);
    byKind[kind] = { articles: sel.length, articlesPerSec: +fmt(sel.length / (ms / 1000), 1), mbPerSec: +fmt(bytes / 1e6 / (ms / 1000), 3) };
  }
  const slowest = [...docMedian].sort((a, b) => b.ms - a.ms).slice(0, 3).map((x) => ({ id: x.d.id, ms: +fmt(x.ms, 2) }));
  const wt = fig.whosaid.msPerRound;
  const summary = {
    bench: "whosaid",
    node: process.version,
    date: new Date().toISOString(),
    corpus: { synthetic, articles: order.length, bytes: totalBytes, text: byKind.text?.articles ?? 0, html: byKind.html?.articles ?? 0, seed: byKind.seed?.articles ?? 0 },
    rounds,
    warmupMs,
    importMs: +fmt(importMs, 1),
    whosaid: { ...fig.whosaid, byKind, latencyMs: { p50: +fmt(quantile(lat, 0.5), 3), p95: +fmt(quantile(lat, 0.95), 3), max: +fmt(Math.max(...lat), 3) }, slowest },
    floor: fig.floor,
    naive: fig.naive,
    ...(baseline ? { baseline: { ...fig.baseline, build: baseline.label } } : {}),
    // >1 means whosaid is that many times slower than the floor.
    costVsFloor: +fmt(wt / fig.floor.msPerRound, 2),
    // >1 means whosaid is that many times faster than the naive pipeline.
    speedupVsNaive: +fmt(fig.naive.msPerRound / wt, 2),
    // >1 means whosaid is that many times faster than the baseline build.
    ...(baseline ? { speedupVsBaseline: +fmt(fig.baseline.msPerRound / wt, 2) } : {}),
    // The same for the first (cold) pass of each, before any warm-up.
    ...(baseline ? { firstPassVsBaseline: +fmt(fig.baseline.firstPassMs / fig.whosaid.firstPassMs, 2) } : {}),
    // Issue #13: 1.8× the previous build's articles/s (with --baseline), 35× the naive pipeline, at most 4× the floor.
    targets: { speedupVsBaseline: 1.8, speedupVsNaive: 35, costVsFloor: 4 },
  };
  summary.targetsMet = {
    ...(baseline ? { speedupVsBaseline: summary.speedupVsBaseline >= 1.8 } : {}),
    speedupVsNaive: summary.speedupVsNaive >= 35,
    costVsFloor: summary.costVsFloor <= 4,
  };

  if (!jsonOnly) {
    const rows = [["", "articles/s", "MB/s", "ms/article", "vs whosaid"]];
    for (const n of names) {
      const rel = n === "whosaid" ? "1.00×" : n === "floor" ? `floor is ${fmt(wt / fig.floor.msPerRound, 2)}× faster` : `whosaid is ${fmt(fig[n].msPerRound / wt, 2)}× faster`;
      rows.push([n, fmt(fig[n].articlesPerSec), fmt(fig[n].mbPerSec, 3), fmt(fig[n].msPerArticle, 3), rel]);
    }
    const w = rows[0].map((_, c) => Math.max(...rows.map((row) => row[c].length)));
    console.log("");
    for (const [i, row] of rows.entries()) {
      console.log(row.map((cell, c) => (c === 0 || c === 4 ? cell.padEnd(w[c]) : cell.padStart(w[c]))).join("  "));
      if (i === 0) console.log(w.map((x) => "-".repeat(x)).join("  "));
    }
    console.log("");
    for (const [k, v] of Object.entries(byKind)) console.log(`whosaid on ${k.padEnd(4)}: ${fmt(v.articlesPerSec)} articles/s, ${fmt(v.mbPerSec, 3)} MB/s (${v.articles} articles)`);
    console.log(`whosaid latency per article: p50 ${fmt(summary.whosaid.latencyMs.p50, 3)} ms, p95 ${fmt(summary.whosaid.latencyMs.p95, 3)} ms, max ${fmt(summary.whosaid.latencyMs.max, 3)} ms (${slowest[0]?.id})`);
    console.log(`import of dist/index.js (cold start): ${fmt(importMs, 1)} ms`);
    console.log(`first pass, before warm-up: ` + names.map((n) => `${n} ${fmt(fig[n].firstPassMs, 0)} ms`).join(", ") +
      `; warm-up passes: ` + names.map((n) => `${n} ${fig[n].warmupPasses}`).join(", "));
    if (baseline) console.log(`baseline: ${baseline.label}; whosaid is ${fmt(summary.speedupVsBaseline, 2)}× its articles/s (first pass: ${fmt(summary.firstPassVsBaseline, 2)}×)`);
    const met = (ok) => (ok ? "met" : "NOT met");
    console.log(`targets: ${baseline ? `≥ 1.8× the baseline ${met(summary.targetsMet.speedupVsBaseline)}; ` : ""}≥ 35× naive ${met(summary.targetsMet.speedupVsNaive)}; ≤ 4× the floor ${met(summary.targetsMet.costVsFloor)}`);
    for (const n of names) for (const e of errors[n]) console.log(`ERROR in ${n}: ${e}`);
    console.log("");
  }
  console.log(JSON.stringify(summary));
}

// Dispatch last: the helpers above are `const`s and must be initialised first.
if (argv.includes("--pathological")) {
  await import("./pathological.mjs");
} else {
  await main();
}
