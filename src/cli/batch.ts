import { once } from "node:events";
import type { Processor } from "./pool";
import type { Job, Outcome } from "./run-job";

/** Jobs in flight (sent but not yet written) per worker thread; bounds memory on endless input. */
export const WINDOW_PER_JOB = 4;

/** Receives outcomes in input order. */
export interface Sink {
  /** Writes the outcome of the `index`-th job. */
  write(outcome: Outcome, index: number): void;
  /** Resolves when the output can take more (stdout `drain`). */
  ready(): Promise<void>;
}

/**
 * Runs jobs through a processor with at most `window` of them in flight and hands the
 * outcomes to the sink strictly in input order. The source is only pulled when there is
 * room in the window and the sink is ready, so a slow reader of the output slows the
 * reading of the input. Returns the number of jobs.
 */
export async function runOrdered(
  source: AsyncIterable<Job> | Iterable<Job>,
  processor: Processor,
  sink: Sink,
  window: number,
): Promise<number> {
  const pending = new Map<number, Outcome>();
  let submitted = 0;
  let written = 0;
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

/** Longest NDJSON line accepted for a given input limit: escaping can make JSON up to 6× longer. */
export function maxLineBytes(maxInputBytes: number): number {
  return maxInputBytes * 6 + 65_536;
}

const STRICT_UTF8 = new TextDecoder("utf-8", { fatal: true });

/** Whether the bytes of a line were not valid UTF-8 (checked only when the decoded line holds U+FFFD). */
function isInvalidUtf8(line: string, bytes: Uint8Array): boolean {
  if (!line.includes("\ufffd")) return false;
  try {
    STRICT_UTF8.decode(bytes);
    return false;
  } catch {
    return true;
  }
}

/**
 * Splits a byte stream into NDJSON line jobs (1-based line numbers, `\r\n` accepted,
 * blank lines skipped). A line longer than `limit` bytes is skipped without being held
 * in memory and becomes an `ERR_LINE_TOO_LARGE` job.
 */
export async function* readLineJobs(stream: AsyncIterable<Buffer | string>, limit: number): AsyncGenerator<Job> {
  let parts: Buffer[] = [];
  let size = 0;
  let skipping = false;
  let lineNo = 0;

  function* endLine(tail: Buffer): Generator<Job> {
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
    let bytes = parts.length === 0 ? tail : Buffer.concat([...parts, tail]);
    parts = [];
    size = 0;
    // A byte order mark opening the stream (Windows tools write one) is no part of the first record.
    if (lineNo === 1 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
    let line = bytes.toString("utf8");
    if (line.endsWith("\r")) line = line.slice(0, -1);
    if (line.trim() === "") return;
    yield isInvalidUtf8(line, bytes) ? { kind: "line", line, lineNo, invalidUtf8: true } : { kind: "line", line, lineNo };
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
      } else parts.push(Buffer.from(rest)); // copy: the chunk may be reused
    }
  }
  if (skipping || size > 0) yield* endLine(Buffer.alloc(0));
}

/** A writable with the parts of `process.stdout` that the sinks use. */
export interface Output {
  write(text: string): boolean;
  once(event: "drain", listener: () => void): unknown;
}

/** Waits for `drain` after a write that filled the buffer. */
export class BackpressureWriter {
  private blocked: Promise<void> | null = null;

  constructor(private readonly out: Output) {}

  write(text: string): void {
    if (!this.out.write(text) && this.blocked === null) {
      this.blocked = once(this.out as unknown as NodeJS.EventEmitter, "drain").then(() => {
        this.blocked = null;
      });
    }
  }

  ready(): Promise<void> {
    return this.blocked ?? Promise.resolve();
  }
}
