#!/usr/bin/env node
import {
  DEFAULT_MAX_INPUT_BYTES,
  describeFsError,
  extractQuotes,
  formatText,
  keyLabel,
  renderRecord,
  runJob,
  toJobError
} from "./chunk-ZIVG67IO.js";

// src/cli/main.ts
import { readFileSync } from "fs";

// src/cli/batch.ts
import { once } from "events";
var WINDOW_PER_JOB = 4;
async function runOrdered(source, processor, sink, window) {
  const pending = /* @__PURE__ */ new Map();
  let submitted = 0;
  let written = 0;
  let fatal = null;
  let wake = null;
  const notify = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  const waitForChange = () => new Promise((resolve) => wake = resolve);
  const onOutcome = (index, outcome) => {
    pending.set(index, outcome);
    for (let next = pending.get(written); next !== void 0; next = pending.get(written)) {
      pending.delete(written);
      sink.write(next, written);
      written++;
    }
    notify();
  };
  const onFatal = (err) => {
    fatal ??= err;
    notify();
  };
  for await (const job of source) {
    while (fatal === null && submitted - written >= window) await waitForChange();
    if (fatal !== null) break;
    await sink.ready();
    const index = submitted++;
    processor.run(job).then((outcome) => onOutcome(index, outcome), onFatal);
  }
  while (fatal === null && written < submitted) await waitForChange();
  if (fatal !== null) throw fatal;
  return submitted;
}
function maxLineBytes(maxInputBytes) {
  return maxInputBytes * 6 + 65536;
}
async function* readLineJobs(stream, limit) {
  let parts = [];
  let size = 0;
  let skipping = false;
  let lineNo = 0;
  function* endLine(tail) {
    lineNo++;
    if (skipping) {
      skipping = false;
      parts = [];
      size = 0;
      yield {
        kind: "failed",
        path: null,
        error: { code: "ERR_LINE_TOO_LARGE", message: `line ${lineNo}: longer than ${limit} bytes` }
      };
      return;
    }
    const bytes = parts.length === 0 ? tail : Buffer.concat([...parts, tail]);
    parts = [];
    size = 0;
    let line = bytes.toString("utf8");
    if (line.endsWith("\r")) line = line.slice(0, -1);
    if (line.trim() === "") return;
    yield { kind: "line", line, lineNo };
  }
  for await (const data of stream) {
    const chunk = typeof data === "string" ? Buffer.from(data) : data;
    let start = 0;
    for (let nl = chunk.indexOf(10, start); nl !== -1; nl = chunk.indexOf(10, start)) {
      const piece = chunk.subarray(start, nl);
      start = nl + 1;
      if (!skipping && size + piece.length > limit) skipping = true;
      yield* endLine(skipping ? Buffer.alloc(0) : piece);
    }
    if (start < chunk.length && !skipping) {
      const rest = chunk.subarray(start);
      size += rest.length;
      if (size > limit) {
        skipping = true;
        parts = [];
      } else parts.push(Buffer.from(rest));
    }
  }
  if (skipping || size > 0) yield* endLine(Buffer.alloc(0));
}
var BackpressureWriter = class {
  constructor(out) {
    this.out = out;
  }
  blocked = null;
  write(text) {
    if (!this.out.write(text) && this.blocked === null) {
      this.blocked = once(this.out, "drain").then(() => {
        this.blocked = null;
      });
    }
  }
  ready() {
    return this.blocked ?? Promise.resolve();
  }
};

// src/cli/expand-inputs.ts
import { readdirSync, statSync } from "fs";
import { join } from "path";
var ARTICLE_EXTENSIONS = [".html", ".htm", ".txt"];
function isGlob(arg) {
  return /[*?]/.test(arg);
}
function hasArticleExtension(name) {
  const lower = name.toLowerCase();
  return ARTICLE_EXTENSIONS.some((ext) => lower.endsWith(ext));
}
function sortedEntries(dir) {
  try {
    return readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  } catch {
    return [];
  }
}
function isDirectory(dir, entry) {
  if (entry.isDirectory()) return true;
  if (!entry.isSymbolicLink()) return false;
  try {
    return statSync(join(dir, entry.name)).isDirectory();
  } catch {
    return false;
  }
}
function walkDirectory(dir, out = [], seen = /* @__PURE__ */ new Set()) {
  let real;
  try {
    const st = statSync(dir);
    real = `${st.dev}:${st.ino}`;
  } catch {
    return out;
  }
  if (seen.has(real)) return out;
  seen.add(real);
  for (const entry of sortedEntries(dir)) {
    if (entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    if (isDirectory(dir, entry)) walkDirectory(path, out, seen);
    else if (hasArticleExtension(entry.name)) out.push(path);
  }
  return out;
}
function segmentToRegExp(segment) {
  let source = "";
  for (const ch of segment) {
    if (ch === "*") source += "[^/]*";
    else if (ch === "?") source += "[^/]";
    else source += ch.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${source}$`);
}
function expandGlob(pattern) {
  const absolute = pattern.startsWith("/");
  const segments = pattern.split("/").filter((s, i) => s !== "" && !(s === "." && i > 0));
  let baseCount = 0;
  while (baseCount < segments.length - 1 && !isGlob(segments[baseCount])) baseCount++;
  const baseParts = segments.slice(0, baseCount);
  const base = absolute ? "/" + baseParts.join("/") : baseParts.join("/");
  const rest = segments.slice(baseCount).map((s) => s === "**" ? s : isGlob(s) ? segmentToRegExp(s) : s);
  const results = /* @__PURE__ */ new Set();
  const visit = (dir, index) => {
    const seg = rest[index];
    if (seg === void 0) return;
    const last = index === rest.length - 1;
    const here = dir === "" ? "." : dir;
    if (seg === "**") {
      if (last) {
        for (const file of walkDirectory(here)) results.add(file);
        return;
      }
      visit(dir, index + 1);
      for (const entry of sortedEntries(here)) {
        if (entry.name.startsWith(".") || !isDirectory(here, entry)) continue;
        visit(dir === "" ? entry.name : join(dir, entry.name), index);
      }
      return;
    }
    if (typeof seg === "string") {
      const path = dir === "" ? seg : join(dir, seg);
      if (last) {
        try {
          if (statSync(path).isFile()) results.add(path);
        } catch {
        }
      } else visit(path, index + 1);
      return;
    }
    for (const entry of sortedEntries(here)) {
      if (entry.name.startsWith(".") || !seg.test(entry.name)) continue;
      const path = dir === "" ? entry.name : join(dir, entry.name);
      const directory = isDirectory(here, entry);
      if (last) {
        if (!directory) results.add(path);
      } else if (directory) visit(path, index + 1);
    }
  };
  visit(base, 0);
  return [...results].sort();
}
function expandInputs(args) {
  const out = [];
  for (const arg of args) {
    if (arg === "-") {
      out.push({ path: arg });
      continue;
    }
    let directory = false;
    let exists = false;
    try {
      directory = statSync(arg).isDirectory();
      exists = true;
    } catch {
    }
    if (directory) {
      for (const path of walkDirectory(arg)) out.push({ path });
    } else if (!exists && isGlob(arg)) {
      const matches = expandGlob(arg);
      if (matches.length === 0) out.push({ path: arg, error: { code: "ENOENT", message: `no files match ${arg}` } });
      for (const path of matches) out.push({ path });
    } else {
      out.push({ path: arg });
    }
  }
  return out;
}
function isSingleInput(args) {
  if (args.length === 0) return true;
  if (args.length !== 1) return false;
  const arg = args[0];
  if (arg === "-") return true;
  try {
    if (statSync(arg).isDirectory()) return false;
  } catch {
    return !isGlob(arg);
  }
  return true;
}

// src/cli/parse-args.ts
import { availableParallelism, cpus } from "os";
var UsageError = class extends Error {
  name = "UsageError";
};
var HELP = `Usage: whosaid [options] [file|dir|glob|-]...

Find every quotation in news articles and attribute it to a speaker.

Inputs:
  file            an article (HTML, entity-encoded HTML or plain text, any encoding
                  the library detects); read as bytes
  dir             every *.html, *.htm and *.txt below it, recursively
  glob            a quoted pattern with *, ** and ? (e.g. 'news/**/*.html')
  -               standard input (also the default when no input is given)

Output:
  one input       the JSON result of extractQuotes(), pretty-printed
  several inputs  NDJSON, one {"path", "result"} or {"path", "error"} per line, in order

Options:
  -f, --format FMT     json | text | ndjson (text is for people)
      --stdin-ndjson   read NDJSON from stdin, one {"id", "html"} or {"id", "text"} per
                       line; write {"id", "result"} or {"id", "error"} lines in input order
  -j, --jobs N         worker threads (default: number of CPUs; 1 runs in-process)
      --max-bytes N    refuse articles larger than N bytes (library maxInputBytes)
      --input-format F auto | html | text (library format option; default auto, and
                       "text" for NDJSON records given as {"text"})
      --no-indirect    do not report indirect (unmarked) speech
      --timeout MS     give up on an article after MS milliseconds (worker threads)
      --fail-on-error  with --stdin-ndjson, exit 1 when any record failed
  -q, --quiet          no progress bar (it is only drawn when stderr is a terminal)
  -h, --help           show this help
  -V, --version        show the version

Exit status: 0 on success; 1 when an input could not be read or processed (in a batch
after all inputs, with an error record for each; with --stdin-ndjson bad records are
reported as data and only --fail-on-error makes them fail the run); 2 for usage errors.
`;
var FORMATS = ["json", "text", "ndjson"];
var INPUT_FORMATS = ["auto", "html", "text"];
var VALUE_OPTIONS = {
  "-f": "format",
  "--format": "format",
  "-j": "jobs",
  "--jobs": "jobs",
  "--max-bytes": "max-bytes",
  "--input-format": "input-format",
  "--timeout": "timeout"
};
var FLAGS = {
  "--stdin-ndjson": "stdin-ndjson",
  "--no-indirect": "no-indirect",
  "--fail-on-error": "fail-on-error",
  "-q": "quiet",
  "--quiet": "quiet",
  "-h": "help",
  "--help": "help",
  "-V": "version",
  "-v": "version",
  "--version": "version"
};
function defaultJobs() {
  return typeof availableParallelism === "function" ? availableParallelism() : Math.max(1, cpus().length);
}
function parseInteger(name, value, min) {
  if (!/^\d+$/.test(value)) throw new UsageError(`--${name} expects a whole number, got "${value}"`);
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < min) throw new UsageError(`--${name} must be at least ${min}, got ${value}`);
  return n;
}
function parseArgs(argv) {
  let format = null;
  let jobs = null;
  let maxBytes = null;
  let inputFormat = null;
  let timeout = 0;
  const flags = /* @__PURE__ */ new Set();
  const inputs = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") {
      inputs.push(...argv.slice(i + 1));
      break;
    }
    if (arg === "-" || !arg.startsWith("-")) {
      inputs.push(arg);
      continue;
    }
    const eq = arg.startsWith("--") ? arg.indexOf("=") : -1;
    const spelling = eq === -1 ? arg : arg.slice(0, eq);
    const flag = FLAGS[spelling];
    if (flag !== void 0) {
      if (eq !== -1) throw new UsageError(`${spelling} takes no value`);
      flags.add(flag);
      continue;
    }
    const name = VALUE_OPTIONS[spelling];
    if (name === void 0) throw new UsageError(`unknown option ${spelling}`);
    let value;
    if (eq !== -1) value = arg.slice(eq + 1);
    else {
      const next = argv[i + 1];
      if (next === void 0) throw new UsageError(`${spelling} needs a value`);
      value = next;
      i++;
    }
    switch (name) {
      case "format":
        if (!FORMATS.includes(value)) {
          throw new UsageError(`--format must be one of ${FORMATS.join(", ")}, got "${value}"`);
        }
        format = value;
        break;
      case "jobs":
        jobs = parseInteger(name, value, 1);
        break;
      case "max-bytes":
        maxBytes = parseInteger(name, value, 0);
        break;
      case "timeout":
        timeout = parseInteger(name, value, 0);
        break;
      case "input-format":
        if (!INPUT_FORMATS.includes(value)) {
          throw new UsageError(`--input-format must be one of ${INPUT_FORMATS.join(", ")}, got "${value}"`);
        }
        inputFormat = value;
        break;
    }
  }
  const stdinNdjson = flags.has("stdin-ndjson");
  if (stdinNdjson && inputs.length > 0) {
    throw new UsageError("--stdin-ndjson reads standard input; do not name files as well");
  }
  return {
    format,
    jobs: jobs ?? defaultJobs(),
    stdinNdjson,
    maxBytes,
    inputFormat,
    indirect: !flags.has("no-indirect"),
    quiet: flags.has("quiet"),
    timeout,
    failOnError: flags.has("fail-on-error"),
    help: flags.has("help"),
    version: flags.has("version"),
    inputs
  };
}

// src/cli/pool.ts
import { Worker } from "worker_threads";
var InProcessProcessor = class {
  constructor(settings) {
    this.settings = settings;
  }
  run(job) {
    return Promise.resolve(runJob(job, this.settings));
  }
  async close() {
  }
};
var MAX_START_FAILURES = 3;
function failedOutcome(job, error, settings) {
  let key;
  if (job.kind === "line") {
    let id = null;
    try {
      const parsed = JSON.parse(job.line);
      if (parsed && typeof parsed === "object") id = parsed.id ?? null;
    } catch {
    }
    key = { id };
  } else key = job.kind === "failed" ? { id: null } : { path: job.path };
  return { out: renderRecord(key, { error }, settings.output), error, label: keyLabel(key) };
}
var WorkerPool = class {
  constructor(size, settings, timeout, workerUrl) {
    this.settings = settings;
    this.timeout = timeout;
    this.workerUrl = workerUrl;
    for (let i = 0; i < size; i++) this.spawn();
  }
  slots = /* @__PURE__ */ new Set();
  idle = [];
  queue = [];
  seq = 0;
  startFailures = 0;
  fatal = null;
  closed = false;
  run(job) {
    if (this.fatal) return Promise.reject(this.fatal);
    return new Promise((resolve, reject) => {
      this.queue.push({ seq: this.seq++, job, resolve, reject });
      this.pump();
    });
  }
  async close() {
    this.closed = true;
    const slots = [...this.slots];
    this.slots.clear();
    await Promise.all(slots.map((s) => {
      s.dead = true;
      return s.worker.terminate();
    }));
  }
  spawn() {
    const worker = new Worker(this.workerUrl, { workerData: this.settings });
    const slot = { worker, ready: false, dead: false, task: null, timer: null };
    this.slots.add(slot);
    worker.on("message", (reply) => {
      if (reply.type === "ready") {
        slot.ready = true;
        this.startFailures = 0;
        this.idle.push(slot);
        this.pump();
        return;
      }
      const task = slot.task;
      if (!task || task.seq !== reply.seq) return;
      this.finish(slot);
      task.resolve(reply.outcome);
      this.idle.push(slot);
      this.pump();
    });
    worker.on("error", (err) => this.onDeath(slot, err));
    worker.on("exit", (code) => this.onDeath(slot, new Error(`worker exited with code ${code}`)));
  }
  finish(slot) {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.task = null;
  }
  onDeath(slot, err) {
    if (slot.dead) return;
    slot.dead = true;
    this.slots.delete(slot);
    const i = this.idle.indexOf(slot);
    if (i !== -1) this.idle.splice(i, 1);
    const task = slot.task;
    this.finish(slot);
    void slot.worker.terminate();
    if (this.closed) return;
    if (!slot.ready && ++this.startFailures >= MAX_START_FAILURES) {
      this.fail(new Error(`cannot start worker threads: ${err.message}`), task);
      return;
    }
    if (task) {
      task.resolve(failedOutcome(task.job, { code: "ERR_WORKER_CRASHED", message: `worker crashed: ${err.message}` }, this.settings));
    }
    this.spawn();
  }
  fail(err, task) {
    this.fatal = err;
    task?.reject(err);
    for (const t of this.queue.splice(0)) t.reject(err);
    for (const s of this.slots) s.task?.reject(err);
  }
  pump() {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const slot = this.idle.pop();
      const task = this.queue.shift();
      slot.task = task;
      if (this.timeout > 0) {
        slot.timer = setTimeout(() => {
          const t = slot.task;
          if (!t || slot.dead) return;
          slot.dead = true;
          this.slots.delete(slot);
          this.finish(slot);
          void slot.worker.terminate();
          t.resolve(failedOutcome(t.job, {
            code: "ERR_TIMEOUT",
            message: `gave up after ${this.timeout} ms`
          }, this.settings));
          this.spawn();
        }, this.timeout);
      }
      const request = { seq: task.seq, job: task.job };
      slot.worker.postMessage(request);
    }
  }
};
function createProcessor(jobs, settings, timeout, workerUrl) {
  return jobs <= 1 && timeout === 0 ? new InProcessProcessor(settings) : new WorkerPool(jobs, settings, timeout, workerUrl);
}

// src/cli/progress.ts
var REDRAW_INTERVAL_MS = 100;
function formatDuration(seconds) {
  if (!Number.isFinite(seconds) || seconds < 0) return "--:--";
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor(s % 3600 / 60);
  const ss = String(s % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${ss}` : `${m}:${ss}`;
}
var Progress = class {
  constructor(stream, total, enabled) {
    this.stream = stream;
    this.total = total;
    this.enabled = enabled;
  }
  done = 0;
  failed = 0;
  drawn = false;
  lastDraw = 0;
  started = Date.now();
  /** Counts one finished article and redraws if enough time has passed. */
  tick(failed) {
    this.done++;
    if (failed) this.failed++;
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.lastDraw >= REDRAW_INTERVAL_MS) {
      this.lastDraw = now;
      this.draw(now);
    }
  }
  /** Sets the total once it becomes known. */
  setTotal(total) {
    this.total = total;
  }
  /** Prints a message on its own line without garbling the bar. */
  log(message) {
    this.clear();
    this.stream.write(message + "\n");
  }
  /** Removes the bar (call before exiting). */
  finish() {
    this.clear();
  }
  /** Articles processed so far, and how many of them failed. */
  counts() {
    return { done: this.done, failed: this.failed };
  }
  clear() {
    if (this.drawn) {
      this.stream.write("\r\x1B[K");
      this.drawn = false;
    }
  }
  /** The text of the progress line (exported for tests through `render`). */
  render(now) {
    const elapsed = Math.max((now - this.started) / 1e3, 1e-3);
    const rate = this.done / elapsed;
    const rateText = `${rate >= 100 ? Math.round(rate) : rate.toFixed(1)} articles/s`;
    const failedText = this.failed > 0 ? `, ${this.failed} failed` : "";
    if (this.total === null || this.total === 0) {
      return `${this.done} done${failedText}  ${rateText}  ${formatDuration(elapsed)}`;
    }
    const fraction = Math.min(this.done / this.total, 1);
    const eta = rate > 0 ? (this.total - this.done) / rate : Infinity;
    const info = ` ${this.done}/${this.total} ${Math.floor(fraction * 100)}%${failedText}  ${rateText}  ETA ${formatDuration(eta)}`;
    const width = Math.max(10, Math.min(40, (this.stream.columns ?? 80) - info.length - 3));
    const filled = Math.round(fraction * width);
    return `[${"#".repeat(filled)}${".".repeat(width - filled)}]${info}`;
  }
  draw(now) {
    const columns = this.stream.columns ?? 80;
    this.stream.write("\r\x1B[K" + this.render(now).slice(0, columns - 1));
    this.drawn = true;
  }
};

// src/cli/main.ts
function readVersion() {
  try {
    const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
    return typeof pkg.version === "string" ? pkg.version : "unknown";
  } catch {
    return "unknown";
  }
}
async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}
function extractOptions(opts) {
  return {
    ...opts.maxBytes !== null ? { maxInputBytes: opts.maxBytes } : {},
    ...opts.inputFormat !== null ? { format: opts.inputFormat } : {},
    ...opts.indirect ? {} : { indirect: false }
  };
}
async function runSingle(path, format, extract) {
  const name = path === "-" ? "standard input" : path;
  let bytes;
  try {
    bytes = path === "-" ? await readStdin() : readFileSync(path);
  } catch (err) {
    process.stderr.write(`whosaid: cannot read ${name}: ${describeFsError(err)}
`);
    return 1;
  }
  let result;
  try {
    result = extractQuotes(bytes, extract);
  } catch (err) {
    process.stderr.write(`whosaid: ${name}: ${toJobError(err).message}
`);
    return 1;
  }
  process.stdout.write(format === "text" ? formatText(result) : JSON.stringify(result, null, 2) + "\n");
  return 0;
}
function createSink(format, writer, progress, logErrors) {
  if (format === "json") writer.write("[\n");
  return {
    write(outcome, index) {
      if (format === "ndjson") writer.write(outcome.out + "\n");
      else if (format === "json") writer.write((index > 0 ? ",\n" : "") + outcome.out);
      else writer.write((index > 0 ? "\n" : "") + outcome.out);
      progress.tick(outcome.error !== null);
      if (outcome.error && logErrors) {
        const message = outcome.error.message;
        progress.log(`whosaid: ${message.includes(outcome.label) ? message : `${outcome.label}: ${message}`}`);
      }
    },
    ready: () => writer.ready(),
    end(count) {
      if (format === "json") writer.write((count > 0 ? "\n" : "") + "]\n");
    }
  };
}
async function* fileJobs(inputs) {
  for (const input of inputs) {
    if (input.error) yield { kind: "failed", path: input.path, error: input.error };
    else if (input.path === "-") {
      try {
        yield { kind: "bytes", path: "-", bytes: await readStdin() };
      } catch (err) {
        yield { kind: "failed", path: "-", error: { code: "ERR_READ", message: `cannot read standard input: ${describeFsError(err)}` } };
      }
    } else yield { kind: "file", path: input.path };
  }
}
async function runBatch(opts, extract) {
  const format = opts.format ?? "ndjson";
  const settings = { extract, output: format };
  const progressOn = Boolean(process.stderr.isTTY) && !opts.quiet;
  let source;
  let total = null;
  let jobs = opts.jobs;
  if (opts.stdinNdjson) {
    source = readLineJobs(process.stdin, maxLineBytes(opts.maxBytes ?? DEFAULT_MAX_INPUT_BYTES));
  } else {
    const expanded = expandInputs(opts.inputs);
    total = expanded.length;
    jobs = Math.max(1, Math.min(jobs, total));
    source = fileJobs(expanded);
  }
  const progress = new Progress(process.stderr, total, progressOn);
  const writer = new BackpressureWriter(process.stdout);
  const sink = createSink(format, writer, progress, !opts.stdinNdjson);
  const processor = createProcessor(jobs, settings, opts.timeout, new URL("./worker.js", import.meta.url));
  let count;
  try {
    count = await runOrdered(source, processor, sink, jobs * WINDOW_PER_JOB);
  } finally {
    progress.finish();
    await processor.close();
  }
  sink.end(count);
  const { failed } = progress.counts();
  if (opts.stdinNdjson) {
    if (failed > 0 && !opts.quiet) process.stderr.write(`whosaid: ${failed} of ${count} records failed (see their "error")
`);
    return failed > 0 && opts.failOnError ? 1 : 0;
  }
  return failed > 0 ? 1 : 0;
}
async function main(argv) {
  let opts;
  try {
    opts = parseArgs(argv);
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`whosaid: ${err.message}
Try 'whosaid --help'.
`);
      return 2;
    }
    throw err;
  }
  if (opts.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (opts.version) {
    process.stdout.write(`whosaid ${readVersion()}
`);
    return 0;
  }
  const readsStdin = opts.stdinNdjson || opts.inputs.length === 0 || opts.inputs.includes("-");
  if (readsStdin && process.stdin.isTTY) {
    process.stderr.write("whosaid: no input: name a file, or pipe an article (or NDJSON with --stdin-ndjson) into whosaid\nTry 'whosaid --help'.\n");
    return 2;
  }
  const extract = extractOptions(opts);
  if (!opts.stdinNdjson && opts.format !== "ndjson" && isSingleInput(opts.inputs)) {
    return runSingle(opts.inputs[0] ?? "-", opts.format ?? "json", extract);
  }
  return runBatch(opts, extract);
}
process.stdout.on("error", (err) => {
  if (err.code === "EPIPE") process.exit(0);
  process.stderr.write(`whosaid: cannot write output: ${err.message}
`);
  process.exit(1);
});
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`whosaid: ${err instanceof Error ? err.message : String(err)}
`);
    process.exitCode = 1;
  }
);
