import { once } from "node:events";
import type { Processor } from "./pool";
import { lineText, type Job, type Outcome } from "./run-job";

/**
 * Jobs in flight (sent but not yet written) per worker thread; bounds memory on endless input. Well
 * above what a worker holds at once (`PIPELINE_DEPTH` in pool.ts): records are written in input order,
 * so while one worker is on a long article the others go on with the articles after it instead of
 * waiting for it with finished records and nothing to do.
 */
export const WINDOW_PER_JOB = 16;

/**
 * Most bytes of input in flight (sent to the workers and not yet processed), whatever the window: a run of
 * large articles then holds a few of them, not a window's worth. One job is always let through.
 */
export const MAX_INPUT_BYTES_IN_FLIGHT = 64 * 1024 * 1024;

/** Bytes of input a job holds while in flight. */
function inputBytes(job: Job): number {
  return job.kind === "line" || job.kind === "bytes" ? job.bytes.length : 0;
}

/** Receives outcomes in input order. */
export interface Sink {
  /** Writes the outcome of the `index`-th job. */
  write(outcome: Outcome, index: number): void;
  /** Resolves when the output can take more (stdout `drain`). */
  ready(): Promise<void>;
}

/**
 * Runs jobs through a processor with at most `window` of them and `maxBytes` of their input
 * in flight, and hands the outcomes to the sink strictly in input order. The source is only
 * pulled when there is room in the window and the sink is ready, so a slow reader of the
 * output slows the reading of the input. Returns the number of jobs.
 */
export async function runOrdered(
  source: AsyncIterable<Job> | Iterable<Job>,
  processor: Processor,
  sink: Sink,
  window: number,
  maxBytes: number = MAX_INPUT_BYTES_IN_FLIGHT,
): Promise<number> {
  const pending = new Map<number, Outcome>();
  let submitted = 0;
  let written = 0;
  let bytesInFlight = 0;
  let fatal: unknown = null;
  let wake: (() => void) | null = null;
  const notify = (): void => {
    const w = wake;
    wake = null;
    w?.();
  };
  const waitForChange = (): Promise<void> => new Promise((resolve) => (wake = resolve));

  const onOutcome = (index: number, outcome: Outcome): void => {
    pending.set(index, outcome);
    for (let next = pending.get(written); next !== undefined; next = pending.get(written)) {
      pending.delete(written);
      sink.write(next, written);
      written++;
    }
    notify();
  };
  const onFatal = (err: unknown): void => {
    fatal ??= err;
    notify();
  };

  for await (const job of source) {
    const size = inputBytes(job);
    while (fatal === null && (submitted - written >= window || (bytesInFlight > 0 && bytesInFlight + size > maxBytes))) await waitForChange();
    if (fatal !== null) break;
    await sink.ready();
    const index = submitted++;
    bytesInFlight += size;
    processor.run(job).then((outcome) => {
      bytesInFlight -= size;
      onOutcome(index, outcome);
    }, onFatal);
  }
  while (fatal === null && written < submitted) await waitForChange();
  if (fatal !== null) throw fatal;
  return submitted;
}

/** Longest NDJSON line accepted for a given input limit: escaping can make JSON up to 6× longer. */
export function maxLineBytes(maxInputBytes: number): number {
  return maxInputBytes * 6 + 65_536;
}

/** Whether a line holds only white space (`line.trim() === ""`), read from its bytes: decoded only when it holds non-ASCII bytes and no other character. */
function isBlank(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === 0x20 || (b >= 0x09 && b <= 0x0d)) continue;
    // JSON starts with an ASCII character; other white space (U+00A0, U+2028, …) is left to trim().
    return b < 0x80 ? false : lineText(bytes.subarray(i)).trim() === "";
  }
  return true;
}

/**
 * Splits a byte stream into NDJSON line jobs (1-based line numbers, `\r\n` accepted,
 * blank lines skipped). A line longer than `limit` bytes is skipped without being held
 * in memory and becomes an `ERR_LINE_TOO_LARGE` job. A line stays bytes, copied out of the
 * stream's chunk: the worker that runs it decodes it (and tells invalid UTF-8), so the main thread
 * only looks for newlines.
 */
export async function* readLineJobs(stream: AsyncIterable<Buffer | string>, limit: number): AsyncGenerator<Job> {
  let parts: Uint8Array[] = [];
  let size = 0;
  let skipping = false;
  let lineNo = 0;

  function* endLine(tail: Uint8Array): Generator<Job> {
    lineNo++;
    if (skipping) {
      skipping = false;
      parts = [];
      size = 0;
      yield {
        kind: "failed",
        path: null,
        error: { code: "ERR_LINE_TOO_LARGE", message: `line ${lineNo}: longer than ${limit} bytes` },
      };
      return;
    }
    let start = 0;
    let end = size + tail.length;
    // One copy, into a buffer of the line's own (the chunk is reused, and a pooled buffer could not be sent whole).
    const bytes = new Uint8Array(end);
    let at = 0;
    for (const p of parts) {
      bytes.set(p, at);
      at += p.length;
    }
    bytes.set(tail, at);
    parts = [];
    size = 0;
    // A byte order mark opening the stream (Windows tools write one) is no part of the first record.
    if (lineNo === 1 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
    if (end > start && bytes[end - 1] === 0x0d) end--;
    const line = start === 0 && end === bytes.length ? bytes : bytes.subarray(start, end);
    if (isBlank(line)) return;
    yield { kind: "line", bytes: line, lineNo };
  }

  for await (const data of stream) {
    const chunk = typeof data === "string" ? Buffer.from(data) : data;
    let start = 0;
    for (let nl = chunk.indexOf(10, start); nl !== -1; nl = chunk.indexOf(10, start)) {
      const piece = chunk.subarray(start, nl);
      start = nl + 1;
      if (!skipping && size + piece.length > limit) skipping = true;
      yield* endLine(skipping ? EMPTY : piece);
    }
    if (start < chunk.length && !skipping) {
      const rest = chunk.subarray(start);
      size += rest.length;
      if (size > limit) {
        skipping = true;
        parts = [];
      } else parts.push(Uint8Array.prototype.slice.call(rest)); // copy: the chunk may be reused
    }
  }
  if (skipping || size > 0) yield* endLine(EMPTY);
}

const EMPTY = new Uint8Array(0);

/** A writable with the parts of `process.stdout` that the sinks use. */
export interface Output {
  write(chunk: string | Uint8Array): boolean;
  once(event: "drain", listener: () => void): unknown;
}

/** Waits for `drain` after a write that filled the buffer. */
export class BackpressureWriter {
  private blocked: Promise<void> | null = null;

  constructor(private readonly out: Output) {}

  /**
   * Writes the parts as one chunk: strings, or records a worker already encoded as UTF-8 (written as they
   * are, with their separators, in one write rather than one per part).
   */
  write(...parts: (string | Uint8Array)[]): void {
    let chunk: string | Uint8Array;
    if (parts.every((p) => typeof p === "string")) chunk = parts.join("");
    else {
      const nonEmpty = parts.filter((p) => p.length > 0);
      chunk = nonEmpty.length === 1 ? nonEmpty[0]! : Buffer.concat(nonEmpty.map((p) => (typeof p === "string" ? Buffer.from(p, "utf8") : p)));
    }
    if (!this.out.write(chunk) && this.blocked === null) {
      this.blocked = once(this.out as unknown as NodeJS.EventEmitter, "drain").then(() => {
        this.blocked = null;
      });
    }
  }

  ready(): Promise<void> {
    return this.blocked ?? Promise.resolve();
  }
}
