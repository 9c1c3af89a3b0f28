// npm run bench:pathological  (or: npm run bench -- --pathological)   — issues #5, #14
//
// For each input built to be slow (bench/pathological-inputs.mjs), times extractQuotes at
// S, 2S and 4S (default 1, 2 and 4 MB), each in its own child process with a timeout so a
// hang is reported, not waited on; each child keeps the fastest of up to nine calls (fewer
// when they would take over 4 s together; see pathological-child.mjs) and the median of the calls
// after its first, in wall time and in CPU time. FAIL when the fastest run takes more than 1 s per
// MB of input (its wall time, or its CPU time where that is less: on a loaded machine the wall
// time counts the waits for a core), when a doubling of the input multiplies the median CPU time
// by more than 2.5 (judged only when the larger run takes at least GROWTH_MIN_MS, below which timer
// and GC noise dominate), on a timeout, or on a crash (extractQuotes may throw only TypeError /
// InputTooLargeError, never on odd text). A row with a doubling over RECHECK_GROWTH, or over the
// budget, is measured RECHECK_ROUNDS times more, all three sizes in turn (S, 2S, 4S, S, 2S, 4S),
// and judged on the median of its children at each size: a single child's median swung a linear
// row from 2.26× to 2.75× between two runs, while a real quadratic step (4×) stays far above the
// limit in every child.
// Each row also gives its worst ms per MB as a ratio to a baseline measured in the same run (the
// reference article repeated to S: ordinary news text), which stays comparable across machines
// and loads where the absolute budget does not; the load average is printed with the header.
// Exit code 1 if anything fails.
//
// Options: --only name,name  --size BYTES (S, default 1000000)  --timeout MS (per child, default 30000)
//          --json-only
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, rmSync } from "node:fs";
import { loadavg } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { REPO_ROOT } from "./corpus.mjs";
import { PATHOLOGICAL } from "./pathological-inputs.mjs";
import { arg } from "./cli-args.mjs";

const MAX_MS_PER_MB = 1000;
const MAX_GROWTH = 2.5;
const GROWTH_MIN_MS = 100;
/** A doubling over this (though under MAX_GROWTH) gets the row measured again: the verdict near the limit is the one that flips. */
const RECHECK_GROWTH = 2.0;
/** Further rounds of all three sizes for a row near or over a limit, each size then judged on the median of its children. */
const RECHECK_ROUNDS = 2;

const argv = process.argv.slice(2);
const S = Number(arg("--size", "1000000"));
const TIMEOUT = Number(arg("--timeout", "30000"));
const only = arg("--only", "");
const jsonOnly = argv.includes("--json-only");
const names = only ? only.split(",").filter((n) => PATHOLOGICAL[n]) : Object.keys(PATHOLOGICAL);
const CHILD = join(dirname(fileURLToPath(import.meta.url)), "pathological-child.mjs");

if (!existsSync(join(REPO_ROOT, "dist", "index.js"))) {
  console.error("bench:pathological: dist/index.js not found; run `npm run build` first");
  process.exit(2);
}

// Measure a snapshot of dist/: other people may rebuild it while this runs. The snapshot
// lives inside the repo so that the library's dependencies resolve from node_modules.
const SNAPSHOT = join(REPO_ROOT, "bench", `.dist-snapshot-${process.pid}`);
cpSync(join(REPO_ROOT, "dist"), SNAPSHOT, { recursive: true });
const cleanup = () => rmSync(SNAPSHOT, { recursive: true, force: true });
process.on("exit", cleanup);
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => { cleanup(); process.exit(130); });

function measure(name, bytes) {
  const r = spawnSync(process.execPath, [CHILD, name, String(bytes)], {
    encoding: "utf8", timeout: TIMEOUT, killSignal: "SIGKILL", maxBuffer: 16 << 20,
    env: { ...process.env, WHOSAID_DIST: SNAPSHOT },
  });
  if (r.error && r.error.code === "ETIMEDOUT") return { status: "TIMEOUT", ms: Infinity };
  const line = (r.stdout || "").trim().split("\n").pop() || "";
  let out = null;
  try { out = JSON.parse(line); } catch { /* crashed before printing */ }
  if (out && typeof out.ms === "number") return { status: "ok", ...out };
  const errLine = (r.stderr || "").split("\n").find((l) => /Error|heap|abort/i.test(l)) ?? (r.stderr || "").trim().split("\n")[0];
  const why = out?.error ?? (r.signal ? `killed by ${r.signal}` : `exit ${r.status}`) + (errLine ? `: ${errLine.trim()}` : "");
  return { status: "CRASH", ms: NaN, error: why, stack: out?.stack };
}

const fmtMs = (m) => (m === Infinity ? `>${TIMEOUT / 1000}s` : Number.isFinite(m) ? m.toFixed(1) : "—");
const budget = (r) => (r.bytes ?? 0) / 1e6 * MAX_MS_PER_MB;
/** The time the budget is judged on: the fastest call, in wall time or CPU time, whichever is less. */
const budgetMs = (r) => Math.min(r.ms, r.cpuMs ?? Infinity);
/** The time a doubling is judged on: the child's typical call in CPU time (see pathological-child.mjs), else in wall time, else its fastest. */
const growthMs = (r) => r.typicalCpuMs ?? r.typicalMs ?? r.ms;
const growthOf = (small, large) => (small.status === "ok" && large.status === "ok" && growthMs(large) >= GROWTH_MIN_MS ? growthMs(large) / Math.max(growthMs(small), 0.001) : NaN);
const overGrowth = (small, large) => growthOf(small, large) > MAX_GROWTH;
const medianOf = (values) => [...values].sort((a, b) => a - b)[(values.length - 1) >> 1];

/**
 * One result per size from several children of that size: growth on the median of their typical CPU times (and
 * wall times), the budget on the fastest of their fastest calls; a failed child (timeout, crash) stands as it is.
 */
function combine(children) {
  const failed = children.find((r) => r.status !== "ok");
  if (failed) return failed;
  const [first] = children;
  return {
    ...first,
    ms: Math.min(...children.map((r) => r.ms)),
    cpuMs: Math.min(...children.map((r) => r.cpuMs ?? Infinity)),
    typicalMs: medianOf(children.map((r) => r.typicalMs ?? r.ms)),
    typicalCpuMs: medianOf(children.map((r) => growthMs(r))),
    children: children.length,
  };
}
const results = [];
const BASELINE = "seed-article-repeated";
const base = measure(BASELINE, S);
const baseMsPerMB = base.status === "ok" ? budgetMs(base) / (base.bytes / 1e6) : NaN;
if (!jsonOnly) {
  console.log(`load average ${loadavg().map((x) => x.toFixed(1)).join(" ")}; baseline ${BASELINE} at S: ${Number.isFinite(baseMsPerMB) ? baseMsPerMB.toFixed(0) + " ms/MB" : base.status}`);
  console.log(`pathological inputs: S = ${(S / 1e6).toFixed(2)} MB, then 2S and 4S; FAIL if a run takes > ${MAX_MS_PER_MB} ms per MB or a doubling grows the median time > ${MAX_GROWTH}× (the ms columns are the fastest calls, in wall or CPU time whichever is less; ×2S and ×4S compare median CPU times; a row near a limit is measured ${RECHECK_ROUNDS} times more and judged on the median of its children) (judged from ${GROWTH_MIN_MS} ms); timeout ${TIMEOUT / 1000} s per run\n`);
  console.log(`${"input".padEnd(30)} ${"S ms".padStart(9)} ${"2S ms".padStart(9)} ${"4S ms".padStart(9)} ${"×2S".padStart(6)} ${"×4S".padStart(6)} ${"ms/MB".padStart(6)} ${"×base".padStart(6)}  ${"quotes".padStart(7)} ${"paras".padStart(7)} ${"rss MB".padStart(6)}  verdict`);
}
for (const name of names) {
  const sizes = [S, 2 * S, 4 * S];
  const runs = [];
  // A timeout or crash says enough; do not wait for the larger sizes.
  for (const bytes of sizes) {
    const prev = runs[runs.length - 1];
    runs.push(prev && prev.status !== "ok" ? { status: "SKIPPED", ms: NaN } : measure(name, bytes));
  }
  // A verdict near a limit may be noise (GC, other processes): all three sizes measured again, in turn, and each
  // judged on the median of its children, so that one slow or lucky child at one size does not decide.
  const suspect = runs.every((r) => r.status === "ok") && runs.some((r, i) => budgetMs(r) > budget(r) || (i > 0 && growthOf(runs[i - 1], r) > RECHECK_GROWTH));
  if (suspect) {
    const children = runs.map((r) => [r]);
    for (let round = 0; round < RECHECK_ROUNDS; round++) sizes.forEach((bytes, j) => children[j].push(measure(name, bytes)));
    children.forEach((list, j) => { runs[j] = combine(list); });
  }
  const growth = runs.slice(1).map((r, i) => (runs[i].status === "ok" && r.status === "ok" ? growthMs(r) / Math.max(growthMs(runs[i]), 0.001) : NaN));
  const reasons = [];
  runs.forEach((r, i) => {
    const at = ["S", "2S", "4S"][i];
    if (r.status !== "ok" && r.status !== "SKIPPED") reasons.push(`${r.status} at ${at}${r.error ? ` (${r.error})` : ""}`);
    if (r.status === "ok" && budgetMs(r) > budget(r)) reasons.push(`${at} took ${budgetMs(r).toFixed(0)} ms > ${budget(r).toFixed(0)} (${MAX_MS_PER_MB} ms per MB)`);
    if (i > 0 && overGrowth(runs[i - 1], r)) reasons.push(`growth ${growth[i - 1].toFixed(2)}× to ${at} > ${MAX_GROWTH}`);
  });
  const last = [...runs].reverse().find((r) => r.status === "ok");
  const msPerMB = runs.filter((r) => r.status === "ok").reduce((m, r) => Math.max(m, budgetMs(r) / (r.bytes / 1e6)), -Infinity);
  const num = (m) => (Number.isFinite(m) ? +m.toFixed(2) : String(m));
  const row = {
    name, description: PATHOLOGICAL[name].description,
    msS: num(budgetMs(runs[0])), ms2S: num(budgetMs(runs[1])), ms4S: num(budgetMs(runs[2])),
    cpuMedianMs: runs.map((r) => (r.status === "ok" ? num(growthMs(r)) : null)), children: runs.map((r) => r.children ?? 1),
    growth2S: Number.isFinite(growth[0]) ? +growth[0].toFixed(2) : null, growth4S: Number.isFinite(growth[1]) ? +growth[1].toFixed(2) : null,
    maxMsPerMB: Number.isFinite(msPerMB) ? +msPerMB.toFixed(0) : null,
    vsBaseline: Number.isFinite(msPerMB / baseMsPerMB) ? +(msPerMB / baseMsPerMB).toFixed(2) : null,
    bytes4S: runs[2].bytes ?? null, quotes: last?.quotes ?? null, paragraphs: last?.paragraphs ?? null,
    rssMB: last?.rssMB ?? null, fail: reasons.length > 0, reasons,
  };
  results.push(row);
  if (!jsonOnly) {
    const g = (x) => (Number.isFinite(x) ? x.toFixed(2) + "×" : "—");
    console.log(`${name.padEnd(30)} ${fmtMs(budgetMs(runs[0])).padStart(9)} ${fmtMs(budgetMs(runs[1])).padStart(9)} ${fmtMs(budgetMs(runs[2])).padStart(9)} ${g(growth[0]).padStart(6)} ${g(growth[1]).padStart(6)} ${String(row.maxMsPerMB ?? "—").padStart(6)} ${String(row.vsBaseline ?? "—").padStart(6)}  ${String(row.quotes ?? "—").padStart(7)} ${String(row.paragraphs ?? "—").padStart(7)} ${String(row.rssMB ?? "—").padStart(6)}  ${row.fail ? "FAIL: " + reasons.join("; ") : "ok"}`);
    for (const r of runs) if (r.stack) console.log("    " + r.stack.split("\n").join("\n    "));
  }
}
const failed = results.filter((r) => r.fail);
if (!jsonOnly) console.log(`\n${results.length - failed.length}/${results.length} ok${failed.length ? `; FAILED: ${failed.map((r) => r.name).join(", ")}` : ""}\n`);
console.log(JSON.stringify({ bench: "whosaid-pathological", node: process.version, sizeS: S, loadavg: loadavg(), baselineMsPerMB: Number.isFinite(baseMsPerMB) ? +baseMsPerMB.toFixed(0) : null, limits: { maxMsPerMB: MAX_MS_PER_MB, maxGrowth: MAX_GROWTH, growthMinMs: GROWTH_MIN_MS, recheckGrowth: RECHECK_GROWTH, recheckRounds: RECHECK_ROUNDS }, failed: failed.length, results }));
process.exitCode = failed.length ? 1 : 0;
