// The least old-generation heap a CLI worker needs for one article, per input shape:
//   node bench/worker-heap.mjs [--size BYTES] [--only a,b] [--format ndjson|json|text]
// For each shape of bench/pathological-inputs.mjs, runs dist/worker.js (the batch worker, with
// the pool's young-generation size) on one article of that shape at --size bytes (default
// 1 MB), bisecting maxOldGenerationSizeMb between 16 and 2048 MB until the worker's
// answer/crash boundary is known to within 16 MB. Prints MB needed and MB needed per MB of
// input, worst first; src/cli/worker-heap.ts sizes the workers' cap from the worst of these.
import { Worker } from "node:worker_threads";
import { join } from "node:path";
import { REPO_ROOT } from "./corpus.mjs";
import { PATHOLOGICAL } from "./pathological-inputs.mjs";

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const size = Number(opt("--size", "1000000"));
const only = opt("--only", null)?.split(",");
const output = opt("--format", "ndjson");
const workerUrl = new URL(`file://${join(REPO_ROOT, "dist", "worker.js")}`);

/**
 * true when the worker answered (a result or an error record), false when it ran out of heap.
 * Any other death (seen on a loaded machine) is tried again.
 */
async function fits(bytes, oldMb) {
  for (let attempt = 0; ; attempt++) {
    const r = await tryOnce(bytes, oldMb);
    if (r === true || r === "ERR_WORKER_OUT_OF_MEMORY" || attempt === 2) return r === true;
  }
}

function tryOnce(bytes, oldMb) {
  return new Promise((resolve) => {
    const w = new Worker(workerUrl, {
      workerData: { extract: {}, output, filters: {} },
      resourceLimits: { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: oldMb },
    });
    let done = false;
    const finish = (ok) => {
      if (done) return;
      done = true;
      void w.terminate();
      resolve(ok);
    };
    w.on("message", (m) => {
      if (m.type === "ready") w.postMessage({ seq: 0, job: { kind: "bytes", path: "x", bytes } });
      else finish(true);
    });
    w.on("error", (e) => finish(e.code ?? e.message));
    w.on("exit", (code) => finish(`exit ${code}`));
  });
}

const rows = [];
for (const [name, gen] of Object.entries(PATHOLOGICAL)) {
  if (only && !only.includes(name)) continue;
  const bytes = new TextEncoder().encode(gen.make(size));
  let lo = 16, hi = 2048; // lo may fail, hi must fit
  if (!(await fits(bytes, hi))) {
    rows.push({ name, mb: bytes.length / 1e6, needMB: null });
    continue;
  }
  if (await fits(bytes, lo)) hi = lo;
  while (hi - lo > 16) {
    const mid = Math.round((lo + hi) / 2);
    if (await fits(bytes, mid)) hi = mid;
    else lo = mid;
  }
  rows.push({ name, mb: bytes.length / 1e6, needMB: hi, perMB: +(hi / (bytes.length / 1e6)).toFixed(1) });
  process.stderr.write(`${name}: ${hi} MB\n`);
}
rows.sort((a, b) => (b.needMB ?? Infinity) - (a.needMB ?? Infinity));
for (const r of rows) console.log(`${r.name.padEnd(32)} ${r.mb.toFixed(2).padStart(6)} MB input  ${r.needMB === null ? "> 2048" : String(r.needMB).padStart(5)} MB old generation  ${r.perMB ?? "-"} MB/MB`);
console.log(JSON.stringify({ size, output, rows }));
