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
// WHOSAID_DIST: a snapshot of dist/ taken by the parent, so a rebuild during the run does not
// change (or half-write) the code under measurement.
const dist = process.env.WHOSAID_DIST || join(REPO_ROOT, "dist");
const { extractQuotes } = await import(pathToFileURL(join(dist, "index.js")).href);
try {
  // Warm-up on a small input of the same shape, so the timing is not mostly JIT.
  extractQuotes(gen.make(16_000));
  const input = gen.make(bytes);
  let t0 = process.hrtime.bigint();
  const r = extractQuotes(input);
  let ms = Number(process.hrtime.bigint() - t0) / 1e6;
  // A second run: the minimum of two is far less noisy (GC, other processes), and the first
  // call at full size still pays for compiling and growing the heap. Skipped only when one more
  // run could not fit the parent's per-child timeout (30 s by default): a row that slow fails anyway.
  // (A cut-off at 1.5 s used to leave exactly the slowest rows, and the baseline on a loaded
  // machine, with one cold call each.)
  if (ms < SECOND_RUN_BELOW_MS) {
    t0 = process.hrtime.bigint();
    extractQuotes(input);
    ms = Math.min(ms, Number(process.hrtime.bigint() - t0) / 1e6);
  }
  console.log(JSON.stringify({
    name, bytes: Buffer.byteLength(input, "utf8"), chars: input.length, ms,
    quotes: r.quotes.length, paragraphs: r.paragraphs.length, speakers: r.speakers.length, warnings: r.warnings.length,
    rssMB: Math.round(process.resourceUsage().maxRSS / 1024),
  }));
} catch (e) {
  console.log(JSON.stringify({ name, bytes, error: `${e?.name}: ${e?.message}`, stack: String(e?.stack ?? "").split("\n").slice(0, 6).join("\n") }));
  process.exit(3);
}
