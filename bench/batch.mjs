// npm run bench:batch — the NDJSON batch mode on several cores (issue #13).
//
//   jobs-1       : whosaid --stdin-ndjson --jobs 1 < all.ndjson
//   jobs-N       : whosaid --stdin-ndjson --jobs N < all.ndjson
//   side-by-side : N processes `whosaid --stdin-ndjson --jobs 1 < shard-i.ndjson` started together,
//                  one shard of the same records each (the machine's own ceiling for N cores)
//
// The NDJSON is built at run time from the bench corpus (bench/corpus.mjs: the PolNeAR dev
// articles as text and as web pages, the reference article), cycled to --articles records
// (default 10,000) with unique ids, and written to a temporary folder (removed at the end).
// Rounds are interleaved (every row once per round, order rotating) and figures are medians over
// rounds: articles/s per row, the ratio jobs-N / side-by-side (target ≥ 0.9) and jobs-N / jobs-1,
// and the peak RSS of each row, summed over its processes (sampled from /proc every 20 ms; worker
// threads live in their process, so its RSS holds them). Target: peak RSS of jobs-N ≤ 250 MB. Also
// the CPU time of jobs-N's main thread against the rest of its process (from /proc, so machine load
// hardly changes it): how many workers' worth of work one main thread could feed.
// The outputs are checked too: jobs-N and the shards' outputs (in order) must be byte for byte
// jobs-1's.
//
// Options: --articles N (default 10000)  --jobs N (default: the number of CPUs, at least 2)
//   --rounds N (default 3)  --json-only
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { closeSync, existsSync, openSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { loadCorpus, REPO_ROOT, rng } from "./corpus.mjs";
import { arg, median } from "./cli-args.mjs";

const argv = process.argv.slice(2);
const jsonOnly = argv.includes("--json-only");
const articles = Math.max(1, Number(arg("--articles", "10000")) | 0);
const jobs = Math.max(2, Number(arg("--jobs", String(availableParallelism()))) | 0);
const rounds = Math.max(1, Number(arg("--rounds", "3")) | 0);
const cli = join(REPO_ROOT, "dist", "cli.js");
if (!existsSync(cli)) {
  console.error("bench:batch: dist/cli.js not found; run `npm run build` first (npm run bench:batch does).");
  process.exit(2);
}
const log = (s) => jsonOnly || console.log(s);

const { docs, missing, synthetic } = loadCorpus();
for (const m of missing) console.error(`bench:batch: warning: ${m} is missing; corpus built without it`);
if (synthetic) console.error("bench:batch: warning: ../shared not found; generated articles (figures not comparable)");

// Records in a fixed shuffled order, cycled to the count asked for; each with its own id.
const r = rng(13);
const order = docs.map((d, i) => [r(), i]).sort((a, b) => a[0] - b[0]).map(([, i]) => docs[i]);
const lines = [];
for (let i = 0; i < articles; i++) {
  const d = order[i % order.length];
  lines.push(JSON.stringify({ id: `${i}:${d.id}`, [d.kind === "html" ? "html" : "text"]: d.input }));
}
const dir = mkdtempSync(join(tmpdir(), "whosaid-bench-batch-"));
process.on("exit", () => rmSync(dir, { recursive: true, force: true }));
const all = join(dir, "all.ndjson");
writeFileSync(all, lines.join("\n") + "\n");
// Contiguous shards, so that their outputs in shard order are the whole run's output.
const shards = Array.from({ length: jobs }, (_, k) => {
  const file = join(dir, `shard-${k}.ndjson`);
  const from = Math.floor((k * articles) / jobs);
  const to = Math.floor(((k + 1) * articles) / jobs);
  writeFileSync(file, lines.slice(from, to).join("\n") + "\n");
  return file;
});
const inputMb = Buffer.byteLength(readFileSync(all)) / 1e6;
lines.length = 0;

/** Resident memory of a process in bytes (0 once it has exited). */
function rssOf(pid) {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}
const canSampleRss = existsSync(`/proc/${process.pid}/status`);

/** CPU time in clock ticks (user + system) from a /proc stat file: of the whole process, or of one thread. */
function cpuTicks(file) {
  try {
    const stat = readFileSync(file, "utf8");
    const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return Number(f[11]) + Number(f[12]);
  } catch {
    return null;
  }
}

/**
 * Runs `node dist/cli.js --stdin-ndjson --jobs j < input > output` once per input, all at once; resolves with the wall time until the last exits, the peak of their
 * summed RSS, and the output files.
 */
function runTogether(inputs, j, name) {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    let left = inputs.length;
    let peak = 0;
    const outs = inputs.map((_, k) => join(dir, `out-${name}-${k}.ndjson`));
    const children = inputs.map((file, k) => {
      // `< file > out`: the child reads and writes the files itself, as from a shell.
      const fdIn = openSync(file, "r");
      const fdOut = openSync(outs[k], "w");
      // --force-jobs: a --jobs above the CPUs is run as asked, like the N processes it is compared with.
      const child = spawn(process.execPath, [cli, "--stdin-ndjson", "--jobs", String(j), "--force-jobs", "--quiet"], { stdio: [fdIn, fdOut, "pipe"] });
      closeSync(fdIn);
      closeSync(fdOut);
      let err = "";
      child.stderr.on("data", (b) => (err += b));
      child.on("exit", (code) => {
        if (code !== 0) {
          clearInterval(timer);
          reject(new Error(`bench:batch: whosaid --jobs ${j} exited with ${code}: ${err.slice(0, 500)}`));
          return;
        }
        if (--left === 0) {
          clearInterval(timer);
          resolve({ ms: Number(process.hrtime.bigint() - t0) / 1e6, peak, outs, cpu });
        }
      });
      return child;
    });
    // CPU time of the main thread (its thread id is the process id) and of the whole process, as last
    // sampled: a load-proof measure of how much work the main thread does per article.
    const cpu = children.map(() => ({ main: 0, all: 0 }));
    const sample = () => {
      let sum = 0;
      children.forEach((c, k) => {
        if (c.exitCode !== null) return;
        sum += rssOf(c.pid);
        const main = cpuTicks(`/proc/${c.pid}/task/${c.pid}/stat`);
        const all = cpuTicks(`/proc/${c.pid}/stat`);
        if (main !== null && all !== null) cpu[k] = { main, all };
      });
      if (sum > peak) peak = sum;
    };
    const timer = setInterval(sample, 20);
  });
}

const rows = [
  ["jobs-1", () => runTogether([all], 1, "jobs-1")],
  [`jobs-${jobs}`, () => runTogether([all], jobs, "jobs-n")],
  ["side-by-side", () => runTogether(shards, 1, "side")],
];
const times = new Map(rows.map(([n]) => [n, []]));
const peaks = new Map(rows.map(([n]) => [n, []]));
const outputs = new Map();
/** Per round of jobs-N: main-thread CPU time over the CPU time of the rest of the process (workers, GC helpers). */
const mainShares = [];
log(`bench:batch: ${articles} articles (${inputMb.toFixed(1)} MB of NDJSON, ${docs.length} distinct), --jobs ${jobs}, ${rounds} rounds, ${availableParallelism()} CPUs, load average ${(await import("node:os")).loadavg()[0].toFixed(1)}`);
for (let k = 0; k < rounds; k++) {
  for (let i = 0; i < rows.length; i++) {
    const [name, run] = rows[(i + k) % rows.length];
    const res = await run();
    times.get(name).push(res.ms);
    peaks.get(name).push(res.peak);
    if (name === `jobs-${jobs}`) mainShares.push(res.cpu[0].main / Math.max(1, res.cpu[0].all - res.cpu[0].main));
    outputs.set(name, res.outs);
    log(`  round ${k + 1} ${name}: ${(res.ms / 1000).toFixed(1)} s, peak RSS ${(res.peak / 1e6).toFixed(0)} MB`);
  }
}

// Outputs of the last round: jobs-N's and the shards' (in order) must be jobs-1's, byte for byte.
const hashOf = (files) => {
  const h = createHash("sha256");
  for (const f of files) h.update(readFileSync(f));
  return h.digest("hex");
};
const ref = hashOf(outputs.get("jobs-1"));
const sameN = hashOf(outputs.get(`jobs-${jobs}`)) === ref;
const sameShards = hashOf(outputs.get("side-by-side")) === ref;

const rate = (name) => articles / (median(times.get(name)) / 1000);
const one = rate("jobs-1");
const many = rate(`jobs-${jobs}`);
const side = rate("side-by-side");
const summary = {
  bench: "batch",
  node: process.version,
  date: new Date().toISOString(),
  cpus: availableParallelism(),
  jobs,
  articles,
  inputMb: Number(inputMb.toFixed(1)),
  rounds,
  articlesPerSecond: { jobs1: Math.round(one), jobsN: Math.round(many), sideBySide: Math.round(side) },
  ratioJobsNToSideBySide: Number((many / side).toFixed(3)),
  ratioJobsNToJobs1: Number((many / one).toFixed(3)),
  ratioSideBySideToJobs1: Number((side / one).toFixed(3)),
  mainThreadCpuShareJobsN: canSampleRss ? Number(median(mainShares).toFixed(3)) : null,
  peakRssMb: canSampleRss ? Object.fromEntries(rows.map(([n]) => [n, Math.round(median(peaks.get(n)) / 1e6)])) : null,
  maxPeakRssJobsNMb: canSampleRss ? Math.round(Math.max(...peaks.get(`jobs-${jobs}`)) / 1e6) : null,
  sameOutput: { jobsN: sameN, sideBySide: sameShards },
  targets: {
    ratioAtLeast0_9: many / side >= 0.9,
    peakRssAtMost250Mb: canSampleRss ? Math.max(...peaks.get(`jobs-${jobs}`)) <= 250e6 : null,
  },
};
if (!jsonOnly) {
  console.log("");
  console.log(`| | articles/s (median of ${rounds}) | peak RSS (median) |`);
  console.log("| --- | --- | --- |");
  for (const [name] of rows) console.log(`| ${name} | ${Math.round(rate(name))} | ${canSampleRss ? `${Math.round(median(peaks.get(name)) / 1e6)} MB` : "n/a"} |`);
  console.log("");
  console.log(`jobs-${jobs} / side-by-side: ${(many / side).toFixed(2)} (target ≥ 0.90: ${summary.targets.ratioAtLeast0_9 ? "met" : "NOT met"})`);
  console.log(`jobs-${jobs} / jobs-1: ${(many / one).toFixed(2)}; side-by-side / jobs-1: ${(side / one).toFixed(2)} (the machine's ceiling for ${jobs} processes)`);
  if (canSampleRss) console.log(`main thread of jobs-${jobs}: ${(100 * summary.mainThreadCpuShareJobsN).toFixed(1)}% of the CPU time of the rest of the process (one main thread could feed about ${Math.floor(1 / summary.mainThreadCpuShareJobsN)} workers' worth)`);
  if (canSampleRss) console.log(`peak RSS of jobs-${jobs}: ${summary.maxPeakRssJobsNMb} MB at most over the rounds (target ≤ 250 MB: ${summary.targets.peakRssAtMost250Mb ? "met" : "NOT met"})`);
  console.log(`output identical to jobs-1: jobs-${jobs} ${sameN ? "yes" : "NO"}, side-by-side shards ${sameShards ? "yes" : "NO"}`);
}
console.log(JSON.stringify(summary));
if (!sameN || !sameShards) process.exitCode = 1;
