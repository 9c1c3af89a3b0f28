/**
 * `whosaid` command line: one article → its JSON result; many articles (files,
 * directories, globs, or NDJSON on stdin) → one record per article, in input order,
 * processed on worker threads.
 */
import { readFileSync } from "node:fs";
import { InputTooLargeError } from "../errors";
import { DEFAULT_MAX_INPUT_BYTES } from "../limits";
import type { ExtractOptions, Result } from "../types";
import { BackpressureWriter, maxLineBytes, readLineJobs, runOrdered, WINDOW_PER_JOB, type Sink } from "./batch";
import { escapeTerminal } from "./escape-terminal";
import { expandInputs, isSingleInput, type ExpandedInput } from "./expand-inputs";
import { formatText } from "./format-text";
import { effectiveJobs } from "./job-limits";
import { defaultJobs, HELP, parseArgs, UsageError, type CliOptions, type OutputFormat } from "./parse-args";
import { createProcessor } from "./pool";
import { Progress } from "./progress";
import { readInputFile, readStreamBounded } from "./read-input";
import { describeFsError, toJobError, type Job, type JobSettings, type Outcome } from "./run-job";
import { exitBetweenRecordsOnSignals } from "./signals";

function readVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version?: unknown };
    return typeof pkg.version === "string" ? pkg.version : "unknown";
  } catch {
    return "unknown";
  }
}

/** Standard input, refused as soon as it passes the article size limit (it may never end). */
function readStdin(limit: number): Promise<Buffer> {
  return readStreamBounded(process.stdin, limit);
}

function extractOptions(opts: CliOptions): ExtractOptions {
  return {
    ...(opts.maxBytes !== null ? { maxInputBytes: opts.maxBytes } : {}),
    ...(opts.inputFormat !== null ? { format: opts.inputFormat } : {}),
    ...(opts.indirect ? {} : { indirect: false }),
  };
}

/** One article: the library's result, pretty JSON (or text), exactly as returned. */
async function runSingle(path: string, format: "json" | "text", extract: ExtractOptions): Promise<number> {
  const name = path === "-" ? "standard input" : path;
  let bytes: Uint8Array;
  const limit = extract.maxInputBytes ?? DEFAULT_MAX_INPUT_BYTES;
  try {
    bytes = path === "-" ? await readStdin(limit) : readInputFile(path, limit);
  } catch (err) {
    process.stderr.write(`whosaid: ${err instanceof InputTooLargeError ? `${name}: ${err.message}` : `cannot read ${name}: ${describeFsError(err)}`}\n`);
    return 1;
  }
  // The library loads here, not at start: a batch with worker threads never loads it on the main thread.
  const { extractQuotes } = await import("../index");
  let result: Result;
  try {
    result = extractQuotes(bytes, extract);
  } catch (err) {
    process.stderr.write(`whosaid: ${name}: ${toJobError(err).message}\n`);
    return 1;
  }
  process.stdout.write(format === "text" ? formatText(result) : JSON.stringify(result, null, 2) + "\n");
  return 0;
}

/** Writes records in the batch output format: NDJSON lines, a JSON array, or text blocks. */
function createSink(format: OutputFormat, writer: BackpressureWriter, progress: Progress, logErrors: boolean, stop: { readonly stopped: boolean }): Sink & { end(count: number): void } {
  if (format === "json") writer.write("[\n");
  return {
    write(outcome: Outcome, index: number): void {
      if (stop.stopped) return; // SIGINT/SIGTERM: flushing what was written, then exiting
      if (format === "ndjson") writer.write(outcome.out + "\n");
      else if (format === "json") writer.write((index > 0 ? ",\n" : "") + outcome.out);
      else writer.write((index > 0 ? "\n" : "") + outcome.out);
      progress.tick(outcome.error !== null);
      if (outcome.error && logErrors) {
        const message = outcome.error.message;
        progress.log(escapeTerminal(`whosaid: ${message.includes(outcome.label) ? message : `${outcome.label}: ${message}`}`));
      }
    },
    ready: () => writer.ready(),
    end(count: number): void {
      if (format === "json") writer.write((count > 0 ? "\n" : "") + "]\n");
    },
  };
}

async function* fileJobs(inputs: readonly ExpandedInput[], limit: number): AsyncGenerator<Job> {
  for (const input of inputs) {
    if (input.error) yield { kind: "failed", path: input.path, error: input.error };
    else if (input.path === "-") {
      try {
        yield { kind: "bytes", path: "-", bytes: await readStdin(limit) };
      } catch (err) {
        if (err instanceof InputTooLargeError) {
          yield { kind: "failed", path: "-", error: { code: err.code, message: `standard input: ${err.message}` } };
          continue;
        }
        yield { kind: "failed", path: "-", error: { code: "ERR_READ", message: `cannot read standard input: ${describeFsError(err)}` } };
      }
    } else yield { kind: "file", path: input.path };
  }
}

/** Many articles: files, directories and globs, or NDJSON on stdin. */
async function runBatch(opts: CliOptions, extract: ExtractOptions): Promise<number> {
  const format = opts.format ?? "ndjson";
  const settings: JobSettings = { extract, output: format };
  const progressOn = Boolean(process.stderr.isTTY) && !opts.quiet;

  let source: AsyncIterable<Job> | Iterable<Job>;
  let total: number | null = null;
  const limit = opts.maxBytes ?? DEFAULT_MAX_INPUT_BYTES;
  if (opts.stdinNdjson) {
    source = readLineJobs(process.stdin, maxLineBytes(limit));
  } else {
    const expanded = expandInputs(opts.inputs);
    total = expanded.length;
    source = fileJobs(expanded, limit);
  }
  const { jobs, capped } = effectiveJobs(opts.jobs, opts.forceJobs, defaultJobs(), total);
  if (capped && !opts.quiet) process.stderr.write(`whosaid: --jobs ${opts.jobs} is more than the ${defaultJobs()} CPUs; using ${jobs} (--force-jobs to insist)\n`);
  const stop = exitBetweenRecordsOnSignals();

  const progress = new Progress(process.stderr, total, progressOn);
  const writer = new BackpressureWriter(process.stdout);
  const sink = createSink(format, writer, progress, !opts.stdinNdjson, stop);
  const processor = createProcessor(jobs, settings, opts.timeout, new URL("./worker.js", import.meta.url));
  let count: number;
  try {
    count = await runOrdered(source, processor, sink, jobs * WINDOW_PER_JOB);
  } finally {
    progress.finish();
    await processor.close();
    stop.dispose();
  }
  sink.end(count);

  const { failed } = progress.counts();
  if (opts.stdinNdjson) {
    if (failed > 0 && !opts.quiet) process.stderr.write(`whosaid: ${failed} of ${count} records failed (see their "error")\n`);
    return failed > 0 && opts.failOnError ? 1 : 0;
  }
  return failed > 0 ? 1 : 0;
}

async function main(argv: readonly string[]): Promise<number> {
  let opts: CliOptions;
  try {
    opts = parseArgs(argv);
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`whosaid: ${err.message}\nTry 'whosaid --help'.\n`);
      return 2;
    }
    throw err;
  }
  if (opts.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (opts.version) {
    process.stdout.write(`whosaid ${readVersion()}\n`);
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

process.stdout.on("error", (err: NodeJS.ErrnoException) => {
  // The reader went away (`whosaid … | head`): stop quietly, like other Unix tools.
  if (err.code === "EPIPE") process.exit(0);
  process.stderr.write(`whosaid: cannot write output: ${err.message}\n`);
  process.exit(1);
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    // Only fatal failures get here (e.g. worker threads that cannot start): one line, no stack.
    process.stderr.write(`whosaid: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
