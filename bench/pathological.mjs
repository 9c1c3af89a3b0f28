// npm run bench:pathological  (or: npm run bench -- --pathological)   — issue #5
//
// For each input built to be slow (bench/pathological-inputs.mjs), times extractQuotes at
// size S and 2S (default 0.5 MB and 1 MB), each in its own child process with a timeout so a
// hang is reported, not waited on. FAIL when the 2S run takes more than 3 s, when doubling
// the input multiplies the time by more than 2.5 (judged only when the 2S run takes at least
// GROWTH_MIN_MS, below which timer and GC noise dominate; re-measured once, then confirmed
// at 4S: the row fails only if 2S→4S grows more than 2.5× too, or times out), on a timeout, or on a crash
// (extractQuotes may throw only TypeError / InputTooLargeError, never on odd text).
// Exit code 1 if anything fails.
//
// Options: --only name,name  --size BYTES (S, default 500000)  --timeout MS (per child, default 30000)
//          --json-only
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { REPO_ROOT } from "./corpus.mjs";
import { PATHOLOGICAL } from "./pathological-inputs.mjs";

const MAX_MS_AT_2S = 3000;
const MAX_GROWTH = 2.5;
const GROWTH_MIN_MS = 100;

const argv = process.argv.slice(2);
const arg = (name, dflt) => {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : dflt;
};
const S = Number(arg("--size", "500000"));
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
const results = [];
if (!jsonOnly) {
  console.log(`pathological inputs: S = ${(S / 1e6).toFixed(2)} MB, 2S = ${(2 * S / 1e6).toFixed(2)} MB; FAIL if 2S > ${MAX_MS_AT_2S} ms or growth > ${MAX_GROWTH}× (judged when 2S ≥ ${GROWTH_MIN_MS} ms, confirmed at 4S); timeout ${TIMEOUT / 1000} s per run\n`);
  console.log(`${"input".padEnd(30)} ${"S ms".padStart(10)} ${"2S ms".padStart(10)} ${"growth".padStart(7)}  ${"quotes".padStart(7)} ${"paras".padStart(7)} ${"rss MB".padStart(6)}  verdict`);
}
for (const name of names) {
  let a = measure(name, S);
  // A timeout or crash at S says enough; do not wait for 2S.
  let b = a.status === "ok" ? measure(name, 2 * S) : { status: "SKIPPED", ms: NaN };
  // Growth over the limit may be noise (GC, other processes): measure both sizes once more
  // and keep the faster run of each before judging.
  if (a.status === "ok" && b.status === "ok" && b.ms >= GROWTH_MIN_MS && b.ms / Math.max(a.ms, 0.001) > MAX_GROWTH) {
    const a2 = measure(name, S), b2 = measure(name, 2 * S);
    if (a2.status === "ok" && a2.ms < a.ms) a = a2;
    if (b2.status === "ok" && b2.ms < b.ms) b = b2;
  }
  const growth = a.status === "ok" && b.status === "ok" ? b.ms / Math.max(a.ms, 0.001) : NaN;
  // A growth over the limit is confirmed at 4S before it fails the row: a quadratic stage
  // grows ~4× again, while a one-off cost (a major GC, heap growth) between S and 2S does not.
  let c = null;
  if (b.status === "ok" && b.ms >= GROWTH_MIN_MS && growth > MAX_GROWTH && b.ms <= MAX_MS_AT_2S) c = measure(name, 4 * S);
  const growth4 = c && c.status === "ok" ? c.ms / Math.max(b.ms, 0.001) : c ? Infinity : NaN;
  const reasons = [];
  const notes = [];
  if (a.status !== "ok") reasons.push(`${a.status} at S${a.error ? ` (${a.error})` : ""}`);
  if (b.status !== "ok" && b.status !== "SKIPPED") reasons.push(`${b.status} at 2S${b.error ? ` (${b.error})` : ""}`);
  if (b.status === "ok" && b.ms > MAX_MS_AT_2S) reasons.push(`2S took ${b.ms.toFixed(0)} ms > ${MAX_MS_AT_2S}`);
  if (b.status === "ok" && b.ms >= GROWTH_MIN_MS && growth > MAX_GROWTH) {
    if (c && !(growth4 > MAX_GROWTH)) notes.push(`growth ${growth.toFixed(2)}× S→2S not confirmed 2S→4S (${growth4.toFixed(2)}×, ${c.ms.toFixed(0)} ms)`);
    else reasons.push(`growth ${growth.toFixed(2)}× > ${MAX_GROWTH}` + (c ? ` (2S→4S: ${c.status === "ok" ? growth4.toFixed(2) + "×" : c.status})` : ""));
  }
  const row = {
    name, description: PATHOLOGICAL[name].description,
    msS: Number.isFinite(a.ms) ? +a.ms.toFixed(2) : String(a.ms), ms2S: Number.isFinite(b.ms) ? +b.ms.toFixed(2) : String(b.ms),
    growth: Number.isFinite(growth) ? +growth.toFixed(2) : null,
    bytes2S: b.bytes ?? null, quotes: b.quotes ?? a.quotes ?? null, paragraphs: b.paragraphs ?? a.paragraphs ?? null,
    ms4S: c ? (Number.isFinite(c.ms) ? +c.ms.toFixed(2) : String(c.ms)) : null,
    rssMB: b.rssMB ?? a.rssMB ?? null, fail: reasons.length > 0, reasons, notes,
  };
  results.push(row);
  if (!jsonOnly) {
    console.log(`${name.padEnd(30)} ${fmtMs(a.ms).padStart(10)} ${fmtMs(b.ms).padStart(10)} ${(Number.isFinite(growth) ? growth.toFixed(2) + "×" : "—").padStart(7)}  ${String(row.quotes ?? "—").padStart(7)} ${String(row.paragraphs ?? "—").padStart(7)} ${String(row.rssMB ?? "—").padStart(6)}  ${row.fail ? "FAIL: " + reasons.join("; ") : "ok"}${notes.length ? ` (${notes.join("; ")})` : ""}`);
    for (const r of [a, b]) if (r.stack) console.log("    " + r.stack.split("\n").join("\n    "));
  }
}
const failed = results.filter((r) => r.fail);
if (!jsonOnly) console.log(`\n${results.length - failed.length}/${results.length} ok${failed.length ? `; FAILED: ${failed.map((r) => r.name).join(", ")}` : ""}\n`);
console.log(JSON.stringify({ bench: "whosaid-pathological", node: process.version, sizeS: S, limits: { maxMsAt2S: MAX_MS_AT_2S, maxGrowth: MAX_GROWTH, growthMinMs: GROWTH_MIN_MS }, failed: failed.length, results }));
process.exitCode = failed.length ? 1 : 0;
