// One pathological measurement in its own process: node bench/pathological-child.mjs <name> <bytes>
// Prints one JSON line: { name, bytes, ms, quotes, paragraphs, warnings, rssMB } or { error }.
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { REPO_ROOT } from "./corpus.mjs";
import { PATHOLOGICAL } from "./pathological-inputs.mjs";

const [name, bytesArg] = process.argv.slice(2);
const gen = PATHOLOGICAL[name];
if (!gen) {
  console.log(JSON.stringify({ name, error: `unknown input ${name}` }));
  process.exit(2);
}
const bytes = Number(bytesArg);
/** The first run's time below which a second run is made. */
const SECOND_RUN_BELOW_MS = 10_000;
/** Runs at most, and the time all runs may take together before no further one is made (after the second). */
const MAX_RUNS = 9;
const RUNS_BUDGET_MS = 4_000;
// WHOSAID_DIST: a snapshot of dist/ taken by the parent, so a rebuild during the run does not
// change (or half-write) the code under measurement.
/** Milliseconds of CPU time (user + system) the process spent since `from`, a `process.cpuUsage()` reading. */
function cpuSince(from) {
  const d = process.cpuUsage(from);
  return (d.user + d.system) / 1000;
}

function median(values) {
  return [...values].sort((a, b) => a - b)[values.length >> 1];
}

const dist = process.env.WHOSAID_DIST || join(REPO_ROOT, "dist");
const { extractQuotes } = await import(pathToFileURL(join(dist, "index.js")).href);
try {
  // Warm-up on a small input of the same shape, so the timing is not mostly JIT.
  extractQuotes(gen.make(16_000));
  const input = gen.make(bytes);
  // Each call timed twice: wall time (what a caller waits) and the process's CPU time (user + system, the garbage
  // collector's helper threads included), which does not count the time other processes hold the cores and so varies
  // far less on a loaded machine than wall time does.
  let c0 = process.cpuUsage();
  let t0 = process.hrtime.bigint();
  const r = extractQuotes(input);
  let ms = Number(process.hrtime.bigint() - t0) / 1e6;
  let cpuMs = cpuSince(c0);
  // More runs, the minimum kept: the minimum of several is far less noisy (GC, other processes),
  // and the first call at full size still pays for compiling and growing the heap. A second run
  // is skipped only when it could not fit the parent's per-child timeout (30 s by default): a row
  // that slow fails anyway. (A cut-off at 1.5 s used to leave exactly the slowest rows, and the
  // baseline on a loaded machine, with one cold call each.) Fast runs get up to MAX_RUNS: V8
  // grows the heap over the first few calls at a new size, and a 40 ms row measured 486, 269,
  // 243, 81, 58, 56 ms in six calls, so that a minimum of two made a doubling look like 5×; at
  // five, a 100 ms row (apostrophes-words: 397, 258, 154, 148 ms in four calls at 1 MB, 318, 322,
  // 309, 238 at 2 MB, the previous release alike) still showed the heap's growth as 3× per doubling.
  let spent = ms;
  let runs = 1;
  const later = []; // the calls after the first, for the typical time
  const laterCpu = [];
  while (runs < MAX_RUNS && (runs === 1 ? ms < SECOND_RUN_BELOW_MS : spent + ms <= RUNS_BUDGET_MS)) {
    c0 = process.cpuUsage();
    t0 = process.hrtime.bigint();
    extractQuotes(input);
    const again = Number(process.hrtime.bigint() - t0) / 1e6;
    const againCpu = cpuSince(c0);
    spent += again;
    later.push(again);
    laterCpu.push(againCpu);
    ms = Math.min(ms, again);
    cpuMs = Math.min(cpuMs, againCpu);
    runs++;
  }
  console.log(JSON.stringify({
    name, bytes: Buffer.byteLength(input, "utf8"), chars: input.length, ms, runs,
    // The median of the calls after the first (with three or more of them), which growth is judged on: the fastest
    // call alone can be a lucky one at one size and not at the next, as V8 sizes its heap (a linear row measured
    // 268 ms at 2 MB against calls of 360–440 ms, and looked 2.76× at 4 MB).
    typicalMs: later.length >= 3 ? median(later) : ms,
    // The same in CPU time: the fastest call, and the median of the calls after the first (else the fastest).
    cpuMs, typicalCpuMs: laterCpu.length >= 3 ? median(laterCpu) : cpuMs,
    quotes: r.quotes.length, paragraphs: r.paragraphs.length, speakers: r.speakers.length, warnings: r.warnings.length,
    rssMB: Math.round(process.resourceUsage().maxRSS / 1024),
  }));
} catch (e) {
  console.log(JSON.stringify({ name, bytes, error: `${e?.name}: ${e?.message}`, stack: String(e?.stack ?? "").split("\n").slice(0, 6).join("\n") }));
  process.exit(3);
}
