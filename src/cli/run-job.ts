import { readFileSync } from "node:fs";
import { extractQuotes } from "../index";
import type { ExtractOptions, Result } from "../types";
import { formatText } from "./format-text";
import type { OutputFormat } from "./parse-args";

/** One article to process: a file to read, bytes already read, or one NDJSON line. */
export type Job =
  | { readonly kind: "file"; readonly path: string }
  | { readonly kind: "bytes"; readonly path: string; readonly bytes: Uint8Array }
  | { readonly kind: "line"; readonly line: string; readonly lineNo: number }
  | { readonly kind: "failed"; readonly path: string | null; readonly error: JobError };

/** How jobs are processed and rendered; the same for every job of a run. */
export interface JobSettings {
  /** Library options; `format` here is the explicit `--input-format`, if any. */
  readonly extract: ExtractOptions;
  /** How a record is rendered in a batch. */
  readonly output: OutputFormat;
}

/** What went wrong with one article, as written in error records. */
export interface JobError {
  readonly code: string;
  readonly message: string;
}

/** A processed job: the rendered record, and the error when it failed. */
export interface Outcome {
  /** The record, rendered for the output format (no separator or trailing newline). */
  readonly out: string;
  readonly error: JobError | null;
  /** The path, or the id as JSON, for messages. */
  readonly label: string;
}

/** The key of a record: `{path}` for files, `{id}` for NDJSON lines. */
export type Key = { readonly path: string } | { readonly id: unknown };

/** `ENOENT: no such file or directory, open 'x'` → `no such file or directory`. */
export function describeFsError(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  const m = /^[A-Z0-9_]+: ([^,]+)/.exec(message);
  return m ? m[1]! : message;
}

/** Turns anything `extractQuotes` threw into an error record. */
export function toJobError(err: unknown): JobError {
  const e = err as { code?: unknown; message?: unknown; name?: unknown } | null;
  if (e && e.code === "ERR_INPUT_TOO_LARGE") return { code: "ERR_INPUT_TOO_LARGE", message: String(e.message) };
  const message = e && typeof e.message === "string" ? e.message : String(err);
  return { code: "ERR_INTERNAL", message: `internal error: ${message}` };
}

function indent(text: string): string {
  return text.replace(/^/gm, "  ");
}

/** Renders one batch record for the output format. */
export function renderRecord(key: Key, body: { result: Result } | { error: JobError }, output: OutputFormat): string {
  if (output === "text") {
    const label = keyLabel(key);
    const text = "result" in body ? formatText(body.result) : `error: ${body.error.message} (${body.error.code})\n`;
    return `== ${label} ==\n${text}`;
  }
  const record = { ...key, ...body };
  return output === "json" ? indent(JSON.stringify(record, null, 2)) : JSON.stringify(record);
}

/** The path, or the id as JSON, of a record key. */
export function keyLabel(key: Key): string {
  return "path" in key ? key.path : JSON.stringify(key.id) ?? "null";
}

function fail(key: Key, error: JobError, output: OutputFormat): Outcome {
  return { out: renderRecord(key, { error }, output), error, label: keyLabel(key) };
}

function extract(key: Key, input: string | Uint8Array, options: ExtractOptions, output: OutputFormat): Outcome {
  let result: Result;
  try {
    result = extractQuotes(input, options);
  } catch (err) {
    return fail(key, toJobError(err), output);
  }
  return { out: renderRecord(key, { result }, output), error: null, label: keyLabel(key) };
}

/** Parses one NDJSON line and processes the article in it. */
function runLine(line: string, lineNo: number, settings: JobSettings): Outcome {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    return fail({ id: null }, { code: "ERR_INVALID_JSON", message: `line ${lineNo}: invalid JSON: ${reason}` }, settings.output);
  }
  if (record === null || typeof record !== "object" || Array.isArray(record)) {
    return fail({ id: null }, { code: "ERR_INVALID_RECORD", message: `line ${lineNo}: expected an object` }, settings.output);
  }
  const r = record as { id?: unknown; html?: unknown; text?: unknown };
  const key = { id: r.id ?? null };
  const format = settings.extract.format;
  if (typeof r.html === "string") {
    return extract(key, r.html, settings.extract, settings.output);
  }
  if (typeof r.text === "string") {
    // A record that says "text" is plain text unless --input-format says otherwise.
    return extract(key, r.text, { ...settings.extract, format: format ?? "text" }, settings.output);
  }
  return fail(key, {
    code: "ERR_INVALID_RECORD",
    message: `line ${lineNo}: expected a string "html" or "text" field`,
  }, settings.output);
}

/** Processes one job; never throws. */
export function runJob(job: Job, settings: JobSettings): Outcome {
  try {
    switch (job.kind) {
      case "failed":
        return fail(job.path === null ? { id: null } : { path: job.path }, job.error, settings.output);
      case "line":
        return runLine(job.line, job.lineNo, settings);
      case "bytes":
        return extract({ path: job.path }, job.bytes, settings.extract, settings.output);
      case "file": {
        let bytes: Uint8Array;
        try {
          bytes = readFileSync(job.path);
        } catch (err) {
          const code = (err as { code?: unknown }).code;
          return fail({ path: job.path }, {
            code: typeof code === "string" ? code : "ERR_READ",
            message: `cannot read ${job.path}: ${describeFsError(err)}`,
          }, settings.output);
        }
        return extract({ path: job.path }, bytes, settings.extract, settings.output);
      }
    }
  } catch (err) {
    // Rendering a result should not fail; if it does, it is still one article's problem.
    const key = job.kind === "line" || job.kind === "failed" ? { id: null } : { path: job.path };
    return fail(key, toJobError(err), settings.output);
  }
}
