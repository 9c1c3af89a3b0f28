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
import { DEFAULT_FETCH_TIMEOUT_MS, fetchArticle, isUrl } from "./fetch-url";
import { filterResult } from "./filters";
import { delimitedHeader } from "./format-csv";
import { formatText } from "./format-text";
import { effectiveJobs } from "./job-limits";
import { defaultJobs, HELP, parseArgs, UsageError, type CliOptions, type OutputFormat } from "./parse-args";
import { createProcessor } from "./pool";
import { Progress } from "./progress";
import { maybeGunzip, readArticleFile, readStreamBounded } from "./read-input";
import { describeFsError, toJobError, type Job, type JobSettings, type Outcome, type RecordFormat } from "./run-job";
import { exitBetweenRecordsOnSignals } from "./signals";
import { formatSummaryText, SummaryCollector, type ArticleTally } from "./summary";

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

/** Time limit for fetching a URL: `--timeout` when given. */
function fetchTimeout(opts: CliOptions): number {
  return opts.timeout > 0 ? opts.timeout : DEFAULT_FETCH_TIMEOUT_MS;
}

/**
 * One article: the library's result, pretty JSON (or text), exactly as returned (a fetched page's final URL first, as "url").
 * With a time limit (`--timeout`, on by default) the article runs in one worker thread, as in a batch, so that the
 * limit can stop it; the main thread reads the input, so read errors are reported the same way either way.
 * `--timeout 0` runs it here, without a worker.
 */
async function runSingle(path: string, format: "json" | "text", extract: ExtractOptions, opts: CliOptions): Promise<number> {
  const name = path === "-" ? "standard input" : path;
  const limit = extract.maxInputBytes ?? DEFAULT_MAX_INPUT_BYTES;
  let bytes: Uint8Array;
  let url: string | undefined;
  let contentType: string | null = null;
  try {
    if (isUrl(path)) {
      const page = await fetchArticle(path, { maxBytes: limit, timeoutMs: fetchTimeout(opts) });
      url = page.url;
      bytes = maybeGunzip(page.bytes, page.url, limit);
      contentType = page.contentType;
    } else bytes = path === "-" ? maybeGunzip(await readStdin(limit), "", limit) : readArticleFile(path, limit);
  } catch (err) {
    const code = (err as { code?: unknown }).code;
    const known = typeof code === "string" && code.startsWith("ERR_");
    const message = (err as Error).message;
    const line = !known ? `cannot read ${name}: ${describeFsError(err)}` : message.includes(name) ? message : `${name}: ${message}`;
    process.stderr.write(escapeTerminal(`whosaid: ${line}`) + "\n");
    return 1;
  }
  if (opts.timeout > 0) {
    const settings: JobSettings = { extract, output: format === "text" ? "single-text" : "single-json", filters: opts.filters };
    const processor = createProcessor(1, settings, opts.timeout, new URL("./worker.js", import.meta.url));
    let outcome: Outcome;
    try {
      outcome = await processor.run({ kind: "bytes", path, bytes, gunzipped: true, ...(url !== undefined ? { url } : {}), contentType });
    } finally {
      await processor.close();
    }
    if (outcome.error) {
      // The pool's own failures name their code, as the batch records do; the library's errors read as before.
      const code = outcome.error.code === "ERR_TIMEOUT" || outcome.error.code === "ERR_WORKER_CRASHED" ? ` (${outcome.error.code})` : "";
      process.stderr.write(escapeTerminal(`whosaid: ${name}: ${outcome.error.message}${code}`) + "\n");
      return 1;
    }
    process.stdout.write(outcome.out);
    return 0;
  }
  if (contentType) extract = { ...extract, contentType };
  // The library loads here, not at start: a batch with worker threads never loads it on the main thread.
  const { extractQuotes } = await import("../index");
  let result: Result;
  try {
    result = extractQuotes(bytes, extract);
  } catch (err) {
    process.stderr.write(`whosaid: ${name}: ${toJobError(err).message}\n`);
    return 1;
  }
  result = filterResult(result, opts.filters);
  process.stdout.write(format === "text" ? formatText(result, url) : JSON.stringify(url === undefined ? result : { url, ...result }, null, 2) + "\n");
  return 0;
}

/**
 * Writes records in the batch output format: NDJSON lines, a JSON array, text blocks, CSV/TSV
 * rows under one header; or, for a summary, adds each article's tally and prints the total at the end.
 */
function createSink(format: RecordFormat, summaryFormat: "json" | "text", writer: BackpressureWriter, progress: Progress, logErrors: boolean, stop: { readonly stopped: boolean }): Sink & { end(count: number): void } {
  if (format === "json") writer.write("[\n");
  if (format === "csv" || format === "tsv") writer.write(delimitedHeader(format));
  const collector = new SummaryCollector();
  return {
    write(outcome: Outcome, index: number): void {
      if (stop.stopped) return; // SIGINT/SIGTERM: flushing what was written, then exiting
      if (format === "summary") {
        if (outcome.error) collector.addFailure();
        else collector.add(JSON.parse(typeof outcome.out === "string" ? outcome.out : Buffer.from(outcome.out).toString("utf8")) as ArticleTally);
      } else if (format === "csv" || format === "tsv") writer.write(outcome.out);
      else if (format === "ndjson") writer.write(outcome.out, "\n");
      else if (format === "json") writer.write(index > 0 ? ",\n" : "", outcome.out);
      else writer.write(index > 0 ? "\n" : "", outcome.out);
      progress.tick(outcome.error !== null);
      if (outcome.error && logErrors) {
        const message = outcome.error.message;
        // A record without an id (unreadable NDJSON) is named by its line number in the message.
        const named = message.includes(outcome.label) || outcome.label === "null";
        progress.log(escapeTerminal(`whosaid: ${named ? message : `${outcome.label}: ${message}`}`));
      }
    },
    ready: () => writer.ready(),
    end(count: number): void {
      if (format === "json") writer.write((count > 0 ? "\n" : "") + "]\n");
      if (format === "summary") {
        const summary = collector.summary();
        writer.write(summaryFormat === "text" ? formatSummaryText(summary) : JSON.stringify(summary, null, 2) + "\n");
      }
    },
  };
}

async function* fileJobs(inputs: readonly ExpandedInput[], opts: CliOptions): AsyncGenerator<Job> {
  const limit = opts.maxBytes ?? DEFAULT_MAX_INPUT_BYTES;
  for (const input of inputs) {
    if (input.error) yield { kind: "failed", path: input.path, error: input.error };
    else if (isUrl(input.path)) {
      // Pages are fetched here, one at a time, and handed to the workers as bytes.
      try {
        const page = await fetchArticle(input.path, { maxBytes: limit, timeoutMs: fetchTimeout(opts) });
        yield { kind: "bytes", path: input.path, bytes: page.bytes, url: page.url, contentType: page.contentType };
      } catch (err) {
        yield { kind: "failed", path: input.path, error: toJobError(err) };
      }
    }
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
  const format: RecordFormat = opts.summary ? "summary" : opts.format ?? "ndjson";
  const settings: JobSettings = { extract, output: format, filters: opts.filters };
  const progressOn = Boolean(process.stderr.isTTY) && !opts.quiet;

  let source: AsyncIterable<Job> | Iterable<Job>;
  let total: number | null = null;
  const limit = opts.maxBytes ?? DEFAULT_MAX_INPUT_BYTES;
  if (opts.stdinNdjson) {
    source = readLineJobs(process.stdin, maxLineBytes(limit));
  } else {
    const expanded = expandInputs(opts.inputs);
    total = expanded.length;
    source = fileJobs(expanded, opts);
  }
  const { jobs, capped } = effectiveJobs(opts.jobs, opts.forceJobs, defaultJobs(), total);
  if (capped && !opts.quiet) process.stderr.write(`whosaid: --jobs ${opts.jobs} is more than the ${defaultJobs()} CPUs; using ${jobs} (--force-jobs to insist)\n`);
  const stop = exitBetweenRecordsOnSignals();

  const progress = new Progress(process.stderr, total, progressOn);
  const writer = new BackpressureWriter(process.stdout);
  // Rows and summaries have no place for an error record: errors always go to stderr then.
  const recordsHoldErrors = format === "json" || format === "ndjson" || format === "text";
  const sink = createSink(format, opts.format === "text" ? "text" : "json", writer, progress, !opts.stdinNdjson || !recordsHoldErrors, stop);
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
    const where = recordsHoldErrors ? `see their "error"` : "see above";
    if (failed > 0 && !opts.quiet) process.stderr.write(`whosaid: ${failed} of ${count} records failed (${where})\n`);
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
  const format = opts.format ?? "json";
  if (!opts.stdinNdjson && !opts.summary && (format === "json" || format === "text") && isSingleInput(opts.inputs)) {
    return runSingle(opts.inputs[0] ?? "-", format, extract, opts);
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
