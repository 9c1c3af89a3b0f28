// Runs extractQuotes over the text articles of the bench corpus (bench/corpus.mjs) a given number of times, for
// instruction counts that do not depend on the machine's load.
//
// Settled metric (preferred): W warm-up passes run uninstrumented, then the script switches callgrind's
// instrumentation on (`callgrind_control -i on <pid>`), runs M measured passes and switches it off again, so the
// total ("I refs") is what M passes cost once loaded and warm; `--toggle-collect` on V8's optimising compiler
// (`Runtime_CompileOptimized*`, entered on the main thread under `--single-threaded`) leaves its work out too:
//
//   nice -n 10 valgrind --tool=callgrind --instr-atstart=no \
//     --toggle-collect='v8::internal::Runtime_CompileOptimized*' --collect-atstart=yes --callgrind-out-file=/dev/null \
//     node --single-threaded --predictable-gc-schedule --expose-gc bench/passes.mjs <dist folder> 2 --warmup 5
//
// Why leave the compiler out: even after 5 warm-up passes, TurboFan still makes 7–9 first optimisations per pass (a
// long tail of functions crossing the threshold), and they were 52% of the 2 measured passes; a change to hot code
// showed mostly as different compile work. (`--collect-atstart=yes` must come after `--toggle-collect`, which sets it
// to no.) Same build twice: 1,552,389,222 and 1,551,998,914 (0.025% apart); with the compiler counted (drop the two
// options): 3,239,630,598 / 3,240,041,361 / 3,239,831,139 (0.013%). `--warmup W` needs `--instr-atstart=no` and fails
// when `callgrind_control` cannot reach the run; with `--expose-gc` a full GC runs before the measured passes.
// Compare the total between two builds (a dist/ folder each). About 80–100 s a run.
//
// Older difference metric (includes V8's compile work of passes 2–4, which dominates it):
//
//   valgrind --tool=callgrind --callgrind-out-file=/dev/null node --single-threaded bench/passes.mjs <dist folder> 4
//   valgrind --tool=callgrind --callgrind-out-file=/dev/null node --single-threaded bench/passes.mjs <dist folder> 1
//
// `--single-threaded` keeps V8's compiler and garbage collector on the main thread, whose background threads callgrind
// counts too and whose timing varies: two builds 0.6% apart with it came out 12% apart without it.
// The difference of the two totals is what 3 warm passes cost (start-up, loading and the first, mostly unoptimised
// pass cancel out).
import { execSync } from "node:child_process";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { loadCorpus } from "./corpus.mjs";

const args = process.argv.slice(2);
const wi = args.indexOf("--warmup");
const warmup = wi >= 0 ? Math.max(0, Number(args[wi + 1]) | 0) : -1;
if (wi >= 0) args.splice(wi, 2);
const [distArg = "dist", repsArg = "1"] = args;
const lib = await import(pathToFileURL(resolve(distArg, "index.js")).href);
const reps = Math.max(0, Number(repsArg) | 0);
const docs = loadCorpus().docs.filter((d) => d.kind === "text");

function pass() {
  let n = 0;
  for (const d of docs) n += lib.extractQuotes(d.input).quotes.length;
  return n;
}

function callgrind(state) {
  try {
    execSync(`callgrind_control -i ${state} ${process.pid}`, { stdio: ["ignore", "ignore", "inherit"] });
  } catch (e) {
    console.error(`passes.mjs: callgrind_control -i ${state} failed (run under valgrind --tool=callgrind --instr-atstart=no): ${e.message}`);
    process.exit(1);
  }
}

let quotes = 0;
if (warmup >= 0) {
  for (let r = 0; r < warmup; r++) pass();
  if (typeof globalThis.gc === "function") globalThis.gc();
  callgrind("on");
  for (let r = 0; r < reps; r++) quotes += pass();
  callgrind("off");
  console.log(`${docs.length} articles × ${warmup} warm-up + ${reps} measured: ${quotes} quotes`);
} else {
  for (let r = 0; r < reps; r++) quotes += pass();
  console.log(`${docs.length} articles × ${reps}: ${quotes} quotes`);
}
