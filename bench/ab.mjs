// npm run bench:ab -- <baseline> — the wall-clock speed-up of this build over another, in steady state.
//
//   node bench/ab.mjs <git ref or dist folder> [--against <git ref or dist folder>] [--passes N] [--processes N] [--kind text|html]
//
// Each of several fresh processes (--processes, default 4) loads both builds and passes over the bench corpus
// (bench/corpus.mjs) with each in turn, alternating which goes first, for --passes passes each (default 40). The
// first half of every process's passes is warm-up (the JIT settles in 5–10 passes); the median of the second half
// is the build's time in that process, and the ratio of the two medians its speed-up. Both builds share the
// process, so a slower machine, a busier neighbour or a different heap layout slows both alike: on this 2-core
// machine the ratio repeats within about ±1% where `npm run bench`'s rounds swing by 10–30%. One process in several
// sometimes lands a JIT outcome that makes one of the two copies 10–20% slower (the same build against itself too),
// so the summary is the median over processes, each process's ratio listed.
//
// `--against` defaults to this checkout's dist/ (`npm run bench:ab` builds it first).
import { execFileSync } from "node:child_process";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { resolveBuild } from "./build-ref.mjs";
import { arg, median } from "./cli-args.mjs";
import { loadCorpus, REPO_ROOT } from "./corpus.mjs";

const argv = process.argv.slice(2);

/** One process: `child <distA> <distB> <passes> <kind>` prints `{ a, b }`, each build's median ms per pass. */
async function child([distA, distB, passes, kind]) {
  const A = await import(pathToFileURL(join(distA, "index.js")).href);
  const B = await import(pathToFileURL(join(distB, "index.js")).href);
  const docs = loadCorpus().docs.filter((d) => kind === "all" || d.kind === kind);
  const pass = (lib) => {
    const t = process.hrtime.bigint();
    for (const d of docs) lib.extractQuotes(d.input);
    return Number(process.hrtime.bigint() - t) / 1e6;
  };
  const ta = [];
  const tb = [];
  for (let p = 0; p < passes; p++) {
    if (p % 2) { tb.push(pass(B)); ta.push(pass(A)); }
    else { ta.push(pass(A)); tb.push(pass(B)); }
  }
  const settled = (xs) => median(xs.slice(xs.length >> 1));
  console.log(JSON.stringify({ a: settled(ta), b: settled(tb) }));
}

async function main() {
  const target = argv.find((a, i) => !a.startsWith("--") && !argv[i - 1]?.startsWith("--"));
  if (!target) {
    console.error("usage: node bench/ab.mjs <git ref or dist folder> [--against <ref or dist>] [--passes N] [--processes N] [--kind text|html]");
    process.exit(2);
  }
  const passes = Math.max(4, Number(arg("--passes", "40")) | 0);
  const processes = Math.max(1, Number(arg("--processes", "4")) | 0);
  const kind = arg("--kind", "all");
  const base = await resolveBuild(target);
  const mine = await resolveBuild(arg("--against", join(REPO_ROOT, "dist")));
  const { docs } = loadCorpus();
  if (docs.length === 0) {
    console.error("bench:ab: no corpus (../shared not found); nothing to measure");
    process.exit(2);
  }
  console.log(`bench:ab: ${mine.label} against ${base.label}; ${processes} processes × ${passes} passes of each over ` +
    `${kind === "all" ? "the bench corpus" : `its ${kind} articles`}, alternating; medians of each process's second half`);
  const ratios = [];
  const rows = [];
  for (let k = 0; k < processes; k++) {
    // The build loaded first has a small edge (about 1%): alternate it between processes.
    const [first, second] = k % 2 ? [base.dist, mine.dist] : [mine.dist, base.dist];
    const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), "--child", first, second, String(passes), kind], { encoding: "utf8" });
    const { a, b } = JSON.parse(out.trim().split("\n").pop());
    const [msMine, msBase] = k % 2 ? [b, a] : [a, b];
    ratios.push(msBase / msMine);
    rows.push({ msMine: +msMine.toFixed(1), msBase: +msBase.toFixed(1), speedup: +(msBase / msMine).toFixed(3) });
    console.log(`  process ${k + 1}: ${msMine.toFixed(1)} ms a pass against ${msBase.toFixed(1)} ms: ${(msBase / msMine).toFixed(3)}×`);
  }
  const speedup = median(ratios);
  console.log(`speed-up in steady state: ${speedup.toFixed(3)}× (median of ${processes} processes)`);
  console.log(JSON.stringify({ bench: "ab", build: mine.label, baseline: base.label, passes, kind, processes: rows, speedup: +speedup.toFixed(3) }));
}

if (argv[0] === "--child") await child([resolve(argv[1]), resolve(argv[2]), Number(argv[3]), argv[4]]);
else await main();
